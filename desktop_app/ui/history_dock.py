"""The history dock: the undo stack as a list; clicking an entry goes back to that point."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from desktop_app.ui.document import Document


class HistoryDock(QDockWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history-dock")
        self.view = QUndoView(doc.undo_stack)
        self.view.setObjectName("history-view")
        self.setWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.view.setEmptyLabel(self.tr("<opened>"))
        self.view.setToolTip(self.tr("Every edit; click one to undo back to it"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
