"""Words the diagram draws that a view translates (context ``canvas``), marked for lupdate.

The diagram has no Qt: a view passes its translate function to the words of ``canvas_words``.
"""

from __future__ import annotations

from desktop_app.model.messages import QT_TRANSLATE_NOOP

COLLAPSED_NOTE = QT_TRANSLATE_NOOP("canvas", "{count} devices inside (collapsed)")
