"""Editable tables over list fields (interfaces, routes, NAT and firewall rules, services…).

The Qt model reads rows straight from the topology and writes through ``set_field``; it
keeps no copy. A refused cell edit keeps the typed text in that cell, painted red with
the reason as tooltip and under the table, until it is fixed or another edit succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import commands
from desktop_app.ui.problem_words import error_text

from .bound import ErrorLabel, Subject, as_text, error_colour, read_path

Index = QModelIndex | QPersistentModelIndex
_ROLE_EDIT = Qt.ItemDataRole.EditRole
_ROLE_SHOW = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Column:
    """One table column: where its value sits in a row and how edits are checked and parsed."""

    header: str
    path: str  # inside the row; "" when the rows are plain values
    check: Callable[[Any, str], str | None] | None = None
    parse: Callable[[Any, str], Any] | None = None
    show: Callable[[Any], str] = as_text
    choices: Callable[[Any], list[str]] | None = None  # a drop-down editor
    tip: str = ""
    read_only: bool = False
    checkbox: bool = False  # a yes/no field: ticked is True, unticked leaves it out


class RowsModel(QAbstractTableModel):
    """A table over ``list_path`` inside the subject; edits are ``set_field`` pushes."""

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, subject: Subject, list_path: str, columns: list[Column]):
        super().__init__()
        self.subject, self.list_path, self.columns = subject, list_path, columns
        self.error: tuple[int, int, str, str] | None = None  # row, column, text, reason

    def rows(self) -> list[Any]:
        return read_path(self.subject.obj, self.list_path) or []

    def set_list_path(self, list_path: str) -> None:
        self.beginResetModel()
        self.list_path, self.error = list_path, None
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _ROLE_SHOW) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == _ROLE_SHOW:
                return col.header
            if role == Qt.ItemDataRole.ToolTipRole and col.tip:
                return col.tip
        elif role == _ROLE_SHOW:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if col.checkbox:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if not col.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def cell_text(self, row: int, column: int) -> str:
        col = self.columns[column]
        return col.show(read_path(self.rows()[row], col.path))

    def data(self, index: Index, role: int = _ROLE_SHOW) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        bad = self.error is not None and self.error[:2] == (r, c)
        if self.columns[c].checkbox:
            on = bool(read_path(self.rows()[r], self.columns[c].path))
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if role in (_ROLE_SHOW, _ROLE_EDIT):
                return ""
        if role in (_ROLE_SHOW, _ROLE_EDIT):
            return self.error[2] if bad else self.cell_text(r, c)  # type: ignore[index]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.error[3] if bad else (self.columns[c].tip or None)  # type: ignore[index]
        if role == Qt.ItemDataRole.ForegroundRole and bad:
            return QColor(error_colour())
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            colour = QColor(error_colour())
            colour.setAlpha(40)
            return colour
        return None

    def setData(self, index: Index, value: Any, role: int = _ROLE_EDIT) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() \
                and self.columns[index.column()].checkbox:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            role, value = _ROLE_EDIT, "true" if ticked else ""
        if role != _ROLE_EDIT or not index.isValid():
            return False
        r, c = index.row(), index.column()
        col = self.columns[c]
        text = as_text(value).strip()
        row = self.rows()[r]
        if text == self.cell_text(r, c):
            self._clear_error()
            return True
        reason = col.check(row, text) if col.check else None
        new = None if reason else (col.parse(row, text) if col.parse else text)
        path = f"{self.list_path}[{r}]" + (f".{col.path}" if col.path else "")
        if reason is None:
            try:
                cmd = commands.set_field(self.subject.doc, self.subject.key(), path, new)
            except ValueError as exc:
                reason = error_text(exc)
        if reason is not None:
            self.error = (r, c, text, reason)
            self.dataChanged.emit(index, index)
            self.refused.emit(reason)
            return False
        self._clear_error()
        self.subject.doc.undo_stack.push(cmd)
        self.accepted.emit()
        return True

    def _clear_error(self) -> None:
        if self.error is not None:
            r, c = self.error[:2]
            self.error = None
            if r < self.rowCount():
                self.dataChanged.emit(self.index(r, c), self.index(r, c))


class MappingRowsModel(RowsModel):
    """A table over a mapping field (DNS records): one row per key, in file order."""

    def rows(self) -> list[Any]:
        mapping = read_path(self.subject.obj, self.list_path) or {}
        return [{"name": k, "value": v} for k, v in mapping.items()]

    def cell_text(self, row: int, column: int) -> str:
        return as_text(self.rows()[row][self.columns[column].path])

    def setData(self, index: Index, value: Any, role: int = _ROLE_EDIT) -> bool:  # noqa: N802
        if role != _ROLE_EDIT or not index.isValid():
            return False
        r, c = index.row(), index.column()
        col, text = self.columns[c], as_text(value).strip()
        if text == self.cell_text(r, c):
            return True
        items = [(x["name"], x["value"]) for x in self.rows()]
        reason = col.check(items[r], text) if col.check else None
        if reason is None and col.path == "name" and any(k == text for k, _ in items):
            reason = self.tr("'{text}' is already in the list").format(text=text)
        if reason is None:
            k, v = items[r]
            items[r] = (text, v) if col.path == "name" else (k, text)
            try:
                cmd = commands.set_field(self.subject.doc, self.subject.key(), self.list_path,
                                         dict(items))
            except ValueError as exc:
                reason = error_text(exc)
        if reason is not None:
            self.error = (r, c, text, reason)
            self.dataChanged.emit(index, index)
            self.refused.emit(reason)
            return False
        self._clear_error()
        self.subject.doc.undo_stack.push(cmd)
        self.accepted.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for columns with fixed choices (network, protocol, action…)."""

    def __init__(self, model: RowsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows_model = model

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        col = self.rows_model.columns[index.column()]
        if col.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(col.choices(self.rows_model.rows()[index.row()]))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            text = index.data(_ROLE_EDIT) or ""
            if editor.findText(text) < 0:
                editor.addItem(text)
            editor.setCurrentText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), _ROLE_EDIT)
        else:
            super().setModelData(editor, model, index)


class _TableView(QTableView):
    """A table view that tells its owner when its width changes (to refit its height)."""

    resized = Signal()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()


class RowsTable(QWidget):
    """A table with add / remove / move-up / move-down buttons and the refusal reason under it."""

    current_row_changed = Signal(int)

    def __init__(self, model: RowsModel, what: str, mapping: bool = False,
                 new_row: Callable[[], Any] | None = None, max_rows_shown: int = 8):
        super().__init__()
        self.model, self.what, self.mapping = model, what, mapping
        self.new_row, self.max_rows_shown = new_row, max_rows_shown
        self.setObjectName(f"table:{model.list_path}")
        self.view = _TableView()
        self.view.resized.connect(self._fit_height)
        self.view.setObjectName(f"view:{model.list_path}")
        self.view.setModel(model)
        delegate = ChoiceDelegate(model, self.view)
        self.view.setItemDelegate(delegate)
        self._reload_pending = False
        delegate.closeEditor.connect(self._editor_closed)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_row_changed.emit(cur.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.error = ErrorLabel(self)
        model.refused.connect(self.error.show_reason)
        model.accepted.connect(lambda: self.error.show_reason(None))

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.add_button = self._button("+", "add", self.tr("Add a row to {what}").format(
            what=what), self.add_row)
        self.remove_button = self._button("−", "remove", self.tr(
            "Remove the selected row of {what}").format(what=what), self.remove_row)
        self.up_button = self._button("↑", "move", self.tr(
            "Move the selected row up (rules match in order)"), lambda: self.move_row(-1))
        self.down_button = self._button("↓", "move", self.tr("Move the selected row down"),
                                        lambda: self.move_row(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        if mapping:
            self.up_button.hide()
            self.down_button.hide()
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.reload()

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], Any]) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setObjectName(f"{self.model.list_path}:{name}")
        b.clicked.connect(slot)
        return b

    def reload(self, keep_row: int | None = None) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            # A cell editor is open (often the one whose edit caused this change): resetting
            # the model now would pull it from under the view, so reload once it has closed.
            self._reload_pending = True
            return
        self._reload_pending = False
        row = self.current_row() if keep_row is None else keep_row
        self.model.reload()
        self.view.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.view.setColumnWidth(c, min(max(self.view.columnWidth(c), 48), 220))
        self._fit_height()
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
        self._update_buttons()

    def _editor_closed(self, *_args: Any) -> None:
        if self._reload_pending:
            QTimer.singleShot(0, self, self.reload)

    def _fit_height(self) -> None:
        """Tall enough for every row (up to a limit), plus the scroll bar when columns overflow."""
        shown = min(max(self.model.rowCount(), 1), self.max_rows_shown)
        frame = 2 * self.view.frameWidth()
        height = self.view.horizontalHeader().sizeHint().height() + frame
        height += shown * self.view.verticalHeader().defaultSectionSize()
        columns = sum(self.view.columnWidth(c) for c in range(self.model.columnCount()))
        inside = self.view.width() - frame - self.view.verticalHeader().width()
        if columns > inside:
            height += self.view.horizontalScrollBar().sizeHint().height()
        if self.view.height() != height:
            self.view.setFixedHeight(height)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _push(self, make: Callable[[], Any]) -> bool:
        try:
            cmd = make()
        except ValueError as exc:
            self.error.show_reason(error_text(exc))
            return False
        self.error.show_reason(None)
        self.model.subject.doc.undo_stack.push(cmd)
        return True

    def add_row(self) -> None:
        doc, key, path = self.model.subject.doc, self.model.subject.key(), self.model.list_path
        if self.mapping:
            items = dict(read_path(self.model.subject.obj, path) or {})
            n = len(items) + 1
            while f"name-{n}.example.com" in items:
                n += 1
            items[f"name-{n}.example.com"] = "0.0.0.0"
            done = self._push(lambda: commands.set_field(doc, key, path, items))
        else:
            item = self.new_row() if self.new_row else None
            done = self._push(lambda: commands.add_list_item(doc, key, path, item))
        if done:
            self.reload(self.model.rowCount() - 1)
            self.view.setFocus()

    def remove_row(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        doc, key, path = self.model.subject.doc, self.model.subject.key(), self.model.list_path
        if self.mapping:
            items = dict(read_path(self.model.subject.obj, path) or {})
            items.pop(list(items)[row])
            done = self._push(lambda: commands.set_field(doc, key, path, items or None))
        else:
            done = self._push(lambda: commands.remove_list_item(doc, key, path, row))
        if done:
            self.reload(min(row, self.model.rowCount() - 1))

    def move_row(self, step: int) -> None:
        row = self.current_row()
        dst = row + step
        if row < 0 or not 0 <= dst < self.model.rowCount():
            return
        doc, key, path = self.model.subject.doc, self.model.subject.key(), self.model.list_path
        if self._push(lambda: commands.move_list_item(doc, key, path, row, dst)):
            self.reload(dst)
