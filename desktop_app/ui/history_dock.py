"""The history dock: the undo stack as a list; clicking an entry goes back to that point."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from desktop_app.ui.document import Document


class HistoryDock(QDockWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history-dock")
        self.doc = doc
        self.view = QUndoView(doc.undo_stack)
        self.view.setObjectName("history-view")
        self.setWidget(self.view)
        doc.reset.connect(self._name_start)
        doc.path_changed.connect(lambda _p: self._name_start())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.view.setToolTip(self.tr("Every edit; click one to undo back to it"))
        self._name_start()

    def _name_start(self) -> None:
        """The first entry says, as a sentence, where the history starts."""
        if self.doc.path:
            text = self.tr("Opened {file}").format(file=os.path.basename(self.doc.path))
        elif not (self.doc.topology.devices or self.doc.topology.networks):
            text = self.tr("Started a new, empty topology")
        else:
            text = self.tr("Started from {name}").format(name=self.doc.topology.name)
        self.view.setEmptyLabel(text)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
