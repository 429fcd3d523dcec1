"""View → Reachability Matrix…: who reaches whom, one traced outcome a cell.

Rows and columns come from selectors (``desktop_app.model.selectors``; ``selection`` is what
is selected on the canvas). Each cell is coloured and carries its symbol, so it reads without
colour too; clicking one plays that flow. Export writes CSV, Markdown, JSON (the same as
``hybridviz matrix``) or a PNG of the grid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.diagram.outcome_style import style_of
from desktop_app.engine.matrix import Matrix, MatrixSpec, compute
from desktop_app.engine.tracer import FlowRequest
from desktop_app.export import matrix_table
from desktop_app.model.messages import Phrase, Word
from desktop_app.model.selectors import SelectorError
from desktop_app.model.writer import write_atomic
from desktop_app.ui.document import Document
from desktop_app.ui.intents import outcome_text, reason_text
from desktop_app.ui.problem_words import say

_SHOWN_IN_LEGEND = ("established", "delivered", "denied", "refused", "no-route",
                    "no-return-route", "asymmetric", "black-hole", "no-endpoint", "unresolved",
                    "mtu-exceeded", "ttl-exceeded")


def selector_error_text(error: SelectorError) -> str:
    """Why a selector cannot be used, in the reader's language (context ``selectors``)."""
    values: dict[str, Any] = {}
    for key, value in error.params:
        if isinstance(value, Phrase):
            values[key] = say(value.template, value.params)
        elif isinstance(value, Word):
            values[key] = QCoreApplication.translate("selectors", str(value))
        else:
            values[key] = value
    text = QCoreApplication.translate("selectors", error.template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.template.format(**values)


class CellTips(QStyledItemDelegate):
    """Says a cell's tooltip when asked for it (the dialog's ``cell_tip``)."""

    def __init__(self, tip: Callable[[int, int], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.tip = tip

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = self.tip(index.row(), index.column())
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


class MatrixDialog(QDialog):
    """Selectors, traffic, and the grid of outcomes."""

    cell_played = Signal(object)  # the FlowRequest of a clicked cell

    def __init__(self, document: Document, selection: Callable[[], list[str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrix_dialog")
        self.document = document
        self.selection = selection
        self.matrix: Matrix | None = None
        self.sources = QLineEdit("kind:client")
        self.sources.setObjectName("matrix_from")
        self.destinations = QLineEdit("kind:vm, service:*")
        self.destinations.setObjectName("matrix_to")
        self.protocol = QComboBox()
        self.protocol.setObjectName("matrix_protocol")
        self.protocol.addItems(["tcp", "udp", "icmp"])
        self.port = QSpinBox()
        self.port.setObjectName("matrix_port")
        self.port.setRange(0, 65535)
        self.port.setValue(443)
        self.compute_button = QPushButton()
        self.compute_button.setObjectName("matrix_compute")
        self.compute_button.setDefault(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("matrix_export")
        self.export_button.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("matrix_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00;")
        self.summary = QLabel()
        self.summary.setObjectName("matrix_summary")
        self.table = QTableWidget()
        self.table.setObjectName("matrix_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setItemDelegate(CellTips(self.cell_tip, self.table))
        self.legend = QLabel()
        self.legend.setObjectName("matrix_legend")
        self.legend.setWordWrap(True)

        self.form = QFormLayout()
        self.row_labels = (QLabel(), QLabel(), QLabel())
        self.form.addRow(self.row_labels[0], self.sources)
        self.form.addRow(self.row_labels[1], self.destinations)
        traffic = QHBoxLayout()
        traffic.addWidget(self.protocol)
        traffic.addWidget(self.port)
        traffic.addStretch(1)
        traffic.addWidget(self.compute_button)
        traffic.addWidget(self.export_button)
        self.form.addRow(self.row_labels[2], traffic)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.error)
        col.addWidget(self.summary)
        col.addWidget(self.table, 1)
        col.addWidget(self.legend)

        self.compute_button.clicked.connect(self.recompute)
        self.export_button.clicked.connect(self._export)
        self.table.cellClicked.connect(self._play)
        self.protocol.currentTextChanged.connect(lambda p: self.port.setEnabled(p != "icmp"))
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reachability Matrix"))
        for label, text in zip(self.row_labels, (self.tr("From:"), self.tr("To:"),
                                                 self.tr("Traffic:")), strict=True):
            label.setText(text)
        tip = self.tr("Comma-separated: zone:ID, kind:KIND, label:KEY=VALUE, service:NAME or "
                      "service:*, device:ID, a device id, an address (To only), or selection")
        self.sources.setToolTip(tip)
        self.destinations.setToolTip(tip)
        self.port.setToolTip(self.tr("Destination port (0: the protocol's default)"))
        self.compute_button.setText(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Trace every pair"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the matrix as CSV, Markdown, JSON or PNG"))
        self.table.setToolTip(self.tr("Click a cell to play that flow"))
        self.legend.setText("   ".join(f"{style_of(o).symbol} {outcome_text(o)}"
                                       for o in _SHOWN_IN_LEGEND))
        if self.matrix is not None:
            self._fill(self.matrix)

    def spec(self) -> MatrixSpec:
        port = self.port.value() or None
        protocol = self.protocol.currentText()
        return MatrixSpec(self.sources.text(), self.destinations.text(), protocol,
                          None if protocol == "icmp" else port)

    def recompute(self) -> bool:
        """Trace every cell; False (with the reason shown) when a selector is wrong."""
        # Thousands of cells take a second or two even on every core: say the window is busy.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            matrix = compute(self.document.topology, self.spec(),
                             selection=tuple(self.selection()))
        except SelectorError as exc:
            self.error.setText(self.tr("Cannot make the matrix: {why}").format(
                why=selector_error_text(exc)))
            self.error.show()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.error.hide()
        self.matrix = matrix
        self._fill(matrix)
        self.export_button.setEnabled(True)
        return True

    def _fill(self, matrix: Matrix) -> None:
        t = self.table
        t.clear()
        t.setRowCount(len(matrix.sources))
        t.setColumnCount(len(matrix.destinations))
        t.setHorizontalHeaderLabels([d.name for d in matrix.destinations])
        t.setVerticalHeaderLabels([s.name for s in matrix.sources])
        for (i, j), cell in matrix.cells.items():
            style = style_of(cell.outcome.name)
            item = QTableWidgetItem(f"{style.symbol} {outcome_text(cell.outcome.name)}")
            item.setBackground(QBrush(QColor(style.fill)))
            item.setForeground(QBrush(QColor(style.ink)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            t.setItem(i, j, item)
        t.resizeColumnsToContents()
        counts = matrix.tally()
        self.summary.setText(self.tr("{cells} pairs: {counts}").format(
            cells=len(matrix.cells), counts=self.tr(", ").join(
                f"{n} {style_of(o).symbol} {outcome_text(o)}"
                for o, n in sorted(counts.items(), key=lambda kv: -kv[1]))))

    def cell_tip(self, row: int, column: int) -> str:
        """A cell's tooltip: the pair, its outcome and why, in the reader's language. Made when
        the pointer rests on the cell (``CellTips``), not for each of ten thousand cells."""
        if self.matrix is None or (row, column) not in self.matrix.cells:
            return ""
        cell = self.matrix.cell(row, column)
        where = self.tr(" at {device}").format(device=cell.outcome.where) if cell.outcome.where else ""
        return self.tr("{source} → {destination}: {outcome}{where}\n{why}").format(
            source=cell.source.name, destination=cell.destination.name,
            outcome=outcome_text(cell.outcome.name), where=where, why=reason_text(cell.outcome))

    def request_at(self, row: int, column: int) -> FlowRequest | None:
        if self.matrix is None or (row, column) not in self.matrix.cells:
            return None
        return self.matrix.cell(row, column).request

    def _play(self, row: int, column: int) -> None:
        request = self.request_at(row, column)
        if request is not None:
            self.cell_played.emit(request)

    def export_to(self, path: str) -> None:
        """Write the matrix to ``path``; the extension picks the form (.csv .md .json .png)."""
        assert self.matrix is not None
        lower = path.lower()
        if lower.endswith(".png"):
            self.table.grab().save(path)
            return
        writer = (matrix_table.to_csv if lower.endswith(".csv") else
                  matrix_table.to_markdown if lower.endswith(".md") else matrix_table.to_json)
        write_atomic(path, writer(self.matrix).encode())

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the matrix"), "matrix.csv",
            self.tr("CSV (*.csv);;Markdown (*.md);;JSON (*.json);;PNG image (*.png)"))
        if path:
            try:
                self.export_to(path)
            except OSError as exc:
                self.error.setText(self.tr("Cannot write {path}: {why}").format(
                    path=path, why=exc.strerror or str(exc)))
                self.error.show()

