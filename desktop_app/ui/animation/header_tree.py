"""The header stack as an expandable tree, Wireshark's packet details style, outermost first.

Fields the hop rewrote are highlighted (address and port translation stronger than the MAC
and TTL rewrites of every routed hop); layers the hop pushed (sent view) or popped (arrived
view) are marked as a whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.diagram.theme_colours import CHANGE_MARKS, PANEL_LIGHT, TREE_MARKS
from desktop_app.export.wire import DissectedLayer, Dissection, Field

RANGE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "", "changed", "translated", "added", "removed"

COLOURS = TREE_MARKS
HEX_MARKS = {k: v for k, v in CHANGE_MARKS.items() if k != "hover"}


def _value(v: Any) -> str:
    if v is None:
        return QCoreApplication.translate("HeaderTree", "absent")
    if isinstance(v, bool):
        return QCoreApplication.translate("HeaderTree", "set") if v \
            else QCoreApplication.translate("HeaderTree", "not set")
    return str(v)


class HeaderTree(QTreeWidget):
    """One top-level row per protocol, its fields beneath."""

    field_selected = Signal(int, int)  # byte range of the current row

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hop_headers")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dissection: Dissection | None = None
        self.currentItemChanged.connect(self._on_current)
        self.retranslate()

    def retranslate(self) -> None:
        # The rows are written again by the hop inspector, which follows the same event.
        self.setToolTip(self.tr("Headers outermost first. Highlighted fields changed at this hop; "
                                "select one to see its bytes."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_stack(self, dissection: Dissection, changed: dict[int, dict[str, Any]],
                   whole: dict[int, str], translated: set[tuple[int, str]],
                   note: str = "was") -> None:
        """Fill the tree.

        ``changed`` maps a stack index to {field key: the other side's value}; ``whole`` marks
        stack indices added or removed at this hop; ``translated`` lists (index, key) pairs
        that are address or port translation.
        """
        self.blockSignals(True)
        self.clear()
        self.dissection = dissection
        for layer in dissection.layers:
            top = QTreeWidgetItem([layer.title])
            top.setData(0, RANGE_ROLE, (layer.start, layer.end))
            top.setData(0, KEY_ROLE, f"{layer.index}:")
            state = whole.get(layer.index, "")
            fields_changed = changed.get(layer.index, {})
            for f in layer.fields:
                child = QTreeWidgetItem([f.text])
                child.setData(0, RANGE_ROLE, (f.start, f.end))
                child.setData(0, KEY_ROLE, f"{layer.index}:{f.key}")
                if f.key == "summary" and f.key in fields_changed and not state:
                    # HTTP: a line is new when the other side's request does not have it.
                    other_lines = str(fields_changed[f.key] or "").split("\r\n")
                    if f.value not in other_lines:
                        mark = self.tr("new") if note == "was" else self.tr("dropped")
                        child.setText(0, f"{f.text}   ← {mark}")
                        self._paint(child, "changed")
                elif f.key and f.key in fields_changed and not state:
                    fstate = "translated" if (layer.index, f.key) in translated else "changed"
                    other = _value(fields_changed[f.key])
                    if note == "was":
                        mark = self.tr("was {value}").format(value=other)
                        tip = self.tr("{field} was {value} before this hop").format(
                            field=f.label, value=other)
                    else:
                        mark = self.tr("becomes {value}").format(value=other)
                        tip = self.tr("{field} becomes {value}").format(field=f.label, value=other)
                    child.setText(0, f"{f.text}   ← {mark}")
                    child.setToolTip(0, tip)
                    self._paint(child, fstate)
                top.addChild(child)
            if state:
                suffix = self.tr("added at this hop") if state == "added" \
                    else self.tr("removed at this hop")
                top.setText(0, f"{layer.title}   — {suffix}")
                self._paint(top, state)
            elif any(f.key in fields_changed for f in layer.fields if f.key):
                bold = QFont(top.font(0))
                bold.setBold(True)
                top.setFont(0, bold)
            self.addTopLevelItem(top)
            top.setExpanded(bool(state) or any(f.key in fields_changed for f in layer.fields))
        self.blockSignals(False)

    @staticmethod
    def _paint(item: QTreeWidgetItem, state: str) -> None:
        item.setData(0, STATE_ROLE, state)
        item.setBackground(0, QBrush(QColor(COLOURS[state])))
        item.setForeground(0, QBrush(QColor(PANEL_LIGHT["marked_text"])))
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)

    # -- lookups -------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str]]:
        """(text, state) of every row, depth first: what tests and screen readers see."""
        out = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out.append((top.text(0), top.data(0, STATE_ROLE) or ""))
            for j in range(top.childCount()):
                child = top.child(j)
                out.append((child.text(0), child.data(0, STATE_ROLE) or ""))
        return out

    def item_for_key(self, key: str) -> QTreeWidgetItem | None:
        """The row of ``"<stack index>:<field key>"`` (``"3:"`` is the layer's own row)."""
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top.data(0, KEY_ROLE) == key:
                return top
            for j in range(top.childCount()):
                if top.child(j).data(0, KEY_ROLE) == key:
                    return top.child(j)
        return None

    def select_offset(self, offset: int) -> None:
        """Select the field covering a byte (a click in the hex view)."""
        if self.dissection is None:
            return
        hit = self.dissection.field_at(offset)
        if hit is None:
            return
        layer, f = hit
        item = self._item_of(layer, f)
        if item is not None:
            if item.parent() is not None:
                item.parent().setExpanded(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _item_of(self, layer: DissectedLayer, f: Field | None) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top.data(0, RANGE_ROLE) != (layer.start, layer.end) or \
                    not top.text(0).startswith(layer.title):
                continue
            if f is None:
                return top
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, RANGE_ROLE) == (f.start, f.end) and \
                        child.text(0).startswith(f.text):
                    return child
            return top
        return None

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        start, end = current.data(0, RANGE_ROLE)
        self.field_selected.emit(start, end)
