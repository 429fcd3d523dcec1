"""The error an edit rule raises: an English sentence plus the template it was said from."""

from __future__ import annotations

from typing import Any


class EditRefused(ValueError):
    """An edit the model refuses; ``str()`` is the English sentence.

    ``template`` is a ``desktop_app.model.messages`` template (context ``validation``) and
    ``params`` its parameters, so a view can say the same sentence in its language.
    """

    def __init__(self, template: str, **params: Any):
        self.template = template
        self.params: tuple[tuple[str, Any], ...] = tuple(params.items())
        super().__init__(template.format(**params))
