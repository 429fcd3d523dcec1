"""The rules an edit follows, without Qt: valid and free ids, free addresses, subnets and VNIs,
what refers to what, and the fresh devices and networks the palette adds.

The undo commands in ``desktop_app.ui.commands`` are thin calls onto these. A refused edit
raises ``EditRefused`` (a ``ValueError``) whose English sentence the command line and tests
read, and whose template and parameters (``desktop_app.model.messages``) the GUI says in the
reader's language, as it does for validation problems.
"""

from .refusal import EditRefused

__all__ = ["EditRefused"]
