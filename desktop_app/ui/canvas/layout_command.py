"""Tidy layout: replace every position with the automatic layout, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.diagram.auto_layout import auto_layout
from desktop_app.ui.document import Document


class TidyLayout(QUndoCommand):
    """Set ``Topology.layout`` to the automatic layout; undo restores the old one exactly."""

    def __init__(self, doc: Document):
        super().__init__(QCoreApplication.translate("commands", "Tidy layout"))
        self.doc = doc
        self.old = {k: list(v) for k, v in doc.topology.layout.items()}
        self.new = auto_layout(doc.topology)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, layout: dict[str, list[float]]) -> None:
        target = self.doc.topology.layout
        target.clear()  # in place: other commands hold this very dict
        target.update({k: list(v) for k, v in layout.items()})
        self.doc.notify(None)
