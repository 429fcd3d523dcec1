"""File → Compare With…: the saved flows whose outcome or path differs from another version.

The other version is another file or the open file as last saved; the open document is
"after". Each changed flow is listed with the sentence the animation says after an edit
(``desktop_app.engine.changes``, translated); selecting one plays its path now, with the
path it took before drawn as a dashed ghost.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.engine.differences import FlowChange, compare
from desktop_app.model import TopologyError, load
from desktop_app.model.topology import Topology
from desktop_app.ui.animation.route import build_route
from desktop_app.ui.animation.trace_changes import change_text
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.document import Document
from desktop_app.ui.intents import outcome_text

GHOST_Z = 900.0  # above the drawing, below the packet token
_ROLE = Qt.ItemDataRole.UserRole


class CompareDialog(QDialog):
    """Pick the other version; list what changed; show one as now-and-ghost."""

    change_selected = Signal(object)  # the FlowChange to play

    def __init__(self, document: Document, scene: TopologyScene, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.document = document
        self.scene = scene
        self.changes: list[FlowChange] = []
        self.ghost: QGraphicsPathItem | None = None
        self.against = ""
        self.saved_button = QPushButton()
        self.saved_button.setObjectName("compare_saved")
        self.file_button = QPushButton()
        self.file_button.setObjectName("compare_file")
        self.status = QLabel()
        self.status.setObjectName("compare_status")
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("compare_list")
        self.list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.saved_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.status)
        col.addWidget(self.list, 1)
        self.saved_button.clicked.connect(self.compare_with_saved)
        self.file_button.clicked.connect(self._pick_file)
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.finished.connect(lambda _r: self.clear_ghost())
        self.resize(620, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare With…"))
        self.saved_button.setText(self.tr("Last Saved Version"))
        self.saved_button.setToolTip(self.tr("Compare with the open file as it is on disk"))
        self.saved_button.setEnabled(bool(self.document.path))
        self.file_button.setText(self.tr("Another File…"))
        self.file_button.setToolTip(self.tr("Compare with another topology file"))
        self.list.setToolTip(self.tr("Select a flow to play it now, with its path before as a "
                                     "dashed ghost"))
        self._fill()

    # -- choosing the other version --------------------------------------------------------
    def compare_with_saved(self) -> bool:
        if not self.document.path:
            return False
        return self.compare_with_file(self.document.path)

    def _pick_file(self) -> None:
        folder = os.path.dirname(self.document.path or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with"), folder,
                                              self.tr("Topology files (*.yaml *.yml)"))
        if path:
            self.compare_with_file(path)

    def compare_with_file(self, path: str) -> bool:
        try:
            before = load(path).topology
        except TopologyError as exc:
            first = exc.problems[0].format() if exc.problems else str(exc)
            self.status.setText(self.tr("Cannot read {path}: {why}").format(path=path, why=first))
            return False
        self.against = os.path.basename(path)
        self.compare_with(before)
        return True

    def compare_with(self, before: Topology) -> None:
        """List the saved flows that differ between ``before`` and the open document."""
        self.clear_ghost()
        self.changes = compare(before, self.document.topology, "saved")
        self._fill()

    # -- the list and the ghost ------------------------------------------------------------
    def _fill(self) -> None:
        self.list.clear()
        for c in self.changes:
            text = change_text(c.change) if c.change is not None else self._added_or_removed(c)
            item = QListWidgetItem(f"{c.label}\n    {text}")
            item.setData(_ROLE, c.flow_id)
            item.setToolTip(f"{c.flow_id}: {text}")
            self.list.addItem(item)
        if not self.against:
            self.status.setText(self.tr("Choose what to compare the open file with."))
        elif not self.changes:
            self.status.setText(self.tr("No flow changed since {file}.").format(file=self.against))
        elif len(self.changes) == 1:
            self.status.setText(self.tr("1 flow changed since {file}.").format(file=self.against))
        else:
            self.status.setText(self.tr("{n} flows changed since {file}.").format(
                n=len(self.changes), file=self.against))

    def _added_or_removed(self, c: FlowChange) -> str:
        if c.before is None and c.outcome_after is not None:
            return self.tr("new flow: {outcome}").format(outcome=outcome_text(c.outcome_after.name))
        if c.outcome_before is not None:
            return self.tr("flow removed (was {outcome})").format(
                outcome=outcome_text(c.outcome_before.name))
        return ""

    def _select(self, item: QListWidgetItem | None) -> None:
        self.clear_ghost()
        if item is None:
            return
        flow_id = item.data(_ROLE)
        change = next((c for c in self.changes if c.flow_id == flow_id), None)
        if change is None:
            return
        self.change_selected.emit(change)
        if change.before is not None:
            self.show_ghost(change)

    def show_ghost(self, change: FlowChange) -> None:
        """Draw the path the flow took before as a dashed grey line on the canvas."""
        assert change.before is not None
        route = build_route(self.scene, change.before)
        ghost = QGraphicsPathItem(route.path())
        pen = QPen(QColor(128, 128, 128, 200), 5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        ghost.setPen(pen)
        ghost.setZValue(GHOST_Z)
        ghost.setToolTip(self.tr("Before: {outcome}").format(
            outcome=outcome_text(change.before.disposition)))
        self.scene.addItem(ghost)
        self.ghost = ghost

    def clear_ghost(self) -> None:
        if self.ghost is not None and self.ghost.scene() is not None:
            self.ghost.scene().removeItem(self.ghost)
        self.ghost = None
