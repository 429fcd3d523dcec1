"""Form fields bound to one value of the model: they show it, check edits, and push set_field.

A refused edit stays in the field with a red border and the reason underneath (and as
tooltip); the model is not touched until the text is acceptable. Each accepted edit is
exactly one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.schema import ATTR_FOR_KEY
from desktop_app.model.topology import Topology
from desktop_app.ui import commands
from desktop_app.ui.document import Document
from desktop_app.ui.problem_words import error_text

ERROR_COLOUR = "#d32f2f"
ERROR_COLOUR_ON_DARK = "#ef6461"  # the same red, lifted to stay readable on a dark theme


def error_colour() -> str:
    """The red for refusals, chosen for the current palette's background."""
    dark = QGuiApplication.palette().window().color().lightness() < 128
    return ERROR_COLOUR_ON_DARK if dark else ERROR_COLOUR


def invalid_style() -> str:
    return f"border: 1.5px solid {error_colour()}; border-radius: 3px; padding: 1px 3px;"

TextCheck = Callable[[str], "str | None"]


def read_path(obj: Any, path: str) -> Any:
    """The value at a field path (see commands.fields), or None where the path runs out."""
    if not path:
        return obj
    for part in commands.parse_path(path):
        if obj is None:
            return None
        if isinstance(part, int):
            obj = obj[part] if isinstance(obj, list) and part < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(part)
        else:
            obj = getattr(obj, ATTR_FOR_KEY.get(part, part), None)
    return obj


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Subject:
    """The model object a form shows. Its target key follows renames; ``alive`` notices deletes."""

    def __init__(self, doc: Document, kind: str, obj: Any):
        self.doc, self.kind, self.obj = doc, kind, obj

    @classmethod
    def of(cls, doc: Document, target: str) -> Subject:
        found = commands.find(doc.topology, target)
        return cls(doc, found.kind, found.obj)

    def key(self) -> str:
        if self.kind == "topology":
            return commands.TOPOLOGY
        return f"{self.kind}:{self.obj.id}" if self.kind in ("cluster", "flow") else self.obj.id

    @property
    def id(self) -> str:
        return "" if self.kind == "topology" else self.obj.id

    def alive(self) -> bool:
        topo = self.doc.topology
        if self.kind == "topology":
            return self.obj is topo
        items = {"zone": topo.zones, "network": topo.networks, "device": topo.devices,
                 "cluster": topo.kubernetes, "flow": topo.flows}[self.kind]
        return any(x is self.obj for x in items)


class ErrorLabel(QLabel):
    """The reason an edit was refused, in red under the field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("field-error")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {error_colour()};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        self.setText(reason or "")
        self.setVisible(bool(reason))


class BoundField(QWidget):
    """Base: an editor for ``path`` inside the subject, with an error line under it."""

    refused = Signal(str)

    def __init__(self, subject: Subject, path: str, editor: QWidget, tip: str = ""):
        super().__init__()
        self.subject, self.path, self.editor = subject, path, editor
        self.setObjectName(f"field:{path}")
        editor.setObjectName(f"edit:{path}")
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        if tip:
            editor.setToolTip(tip)
        self._tip = tip
        self.reason: str | None = None

    @property
    def doc(self) -> Document:
        return self.subject.doc

    def value(self) -> Any:
        return read_path(self.subject.obj, self.path)

    def refresh(self) -> None:
        raise NotImplementedError

    def show_reason(self, reason: str | None) -> None:
        self.reason = reason
        self.error.show_reason(reason)
        self.editor.setStyleSheet(invalid_style() if reason else "")
        self.editor.setToolTip(reason or self._tip)
        if reason:
            self.refused.emit(reason)

    def push(self, value: Any) -> bool:
        """Push ``set_field``; show the reason and return False when it is refused."""
        try:
            cmd = commands.set_field(self.doc, self.subject.key(), self.path, value)
        except ValueError as exc:
            self.show_reason(error_text(exc))
            return False
        self.show_reason(None)
        self.doc.undo_stack.push(cmd)
        return True


class LineField(BoundField):
    """A one-line value: checked as you type, committed on Enter or when focus leaves."""

    def __init__(self, subject: Subject, path: str, check: TextCheck | None = None,
                 parse: Callable[[str], Any] | None = None,
                 show: Callable[[Any], str] = as_text, tip: str = "", placeholder: str = ""):
        super().__init__(subject, path, QLineEdit(), tip)
        self.line: QLineEdit = self.editor  # type: ignore[assignment]
        self.line.setPlaceholderText(placeholder)
        self.check, self.parse, self.show = check, parse, show
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self.commit)
        self.refresh()

    def refresh(self) -> None:
        if self.reason is not None:
            return  # keep the refused text on screen until it is fixed or undone
        text = self.show(self.value())
        if self.line.text() != text:
            self.line.setText(text)
            self.line.setCursorPosition(0)

    def pending(self) -> bool:
        """Typed but not yet committed (and not refused)."""
        return self.reason is None and self.line.text() != self.show(self.value())

    def _edited(self, text: str) -> None:
        self.show_reason(self.check(text) if self.check else None)

    def commit(self) -> None:
        text = self.line.text()
        if text == self.show(self.value()):
            self.show_reason(None)
            return
        reason = self.check(text) if self.check else None
        if reason:
            self.show_reason(reason)
            return
        self.push(self.parse(text) if self.parse else text.strip())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Escape reverts
        if event.key() == Qt.Key.Key_Escape:
            self.show_reason(None)
            self.refresh()
            return
        super().keyPressEvent(event)


class ChoiceField(BoundField):
    """A value chosen from a list (a host, a zone, a kind…); ``None`` shows as "(none)"."""

    def __init__(self, subject: Subject, path: str,
                 choices: Callable[[], list[tuple[Any, str]]], optional: bool = True,
                 tip: str = "", command: Callable[[Any], QUndoCommand] | None = None,
                 none_label: str = "(none)"):
        super().__init__(subject, path, QComboBox(), tip)
        self.none_label = none_label
        self.command = command  # a dedicated command (set_host, set_node) instead of set_field
        self.combo: QComboBox = self.editor  # type: ignore[assignment]
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.choices, self.optional = choices, optional
        self.combo.activated.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        current = self.value()
        items = list(self.choices())
        if self.optional:
            items.insert(0, (None, self.none_label))
        if current is not None and all(v != current for v, _ in items):
            items.append((current, self.tr("{value} (unknown)").format(value=current)))
        # Values stay on the Python side: PySide6 6.12 loses a reference to None each time
        # None crosses a QVariant (addItem/itemData), which crashes Python 3.11 at exit.
        self.values = [v for v, _ in items]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems([label for _, label in items])
        self.combo.setCurrentIndex(self.values.index(current) if current in self.values else 0)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        value = self.values[index] if 0 <= index < len(self.values) else None
        if value == self.value():
            return
        if self.command is None:
            self.push(value)
            return
        try:
            cmd = self.command(value)
        except ValueError as exc:
            self.show_reason(error_text(exc))
            self.refresh()
            return
        self.show_reason(None)
        self.doc.undo_stack.push(cmd)


class CheckField(BoundField):
    """A yes/no value; unchecked writes nothing (the format's default is false)."""

    def __init__(self, subject: Subject, path: str, text: str, tip: str = ""):
        super().__init__(subject, path, QCheckBox(text), tip)
        self.box: QCheckBox = self.editor  # type: ignore[assignment]
        self.box.clicked.connect(lambda on: self.push(True if on else None))
        self.refresh()

    def refresh(self) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(self.value()))
        self.box.blockSignals(False)


class _NotesEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_lost.emit()


class TextField(BoundField):
    """Free text over several lines (notes, description), committed when focus leaves."""

    def __init__(self, subject: Subject, path: str, tip: str = "", lines: int = 3):
        edit = _NotesEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        super().__init__(subject, path, edit, tip)
        self.text_edit = edit
        edit.focus_lost.connect(self.commit)
        self.refresh()

    def refresh(self) -> None:
        text = as_text(self.value())
        if self.text_edit.toPlainText() != text and not self.text_edit.hasFocus():
            self.text_edit.setPlainText(text)

    def pending(self) -> bool:
        return self.text_edit.toPlainText() != as_text(self.value())

    def commit(self) -> None:
        text = self.text_edit.toPlainText()
        if text != as_text(self.value()):
            self.push(text if text.strip() else None)


class ReadOnlyField(QLabel):
    """A value shown, not edited (a device's kind)."""

    def __init__(self, subject: Subject, path: str, show: Callable[[Any], str] = as_text):
        super().__init__()
        self.subject, self.path, self.show = subject, path, show
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh()

    def refresh(self) -> None:
        self.setText(self.show(read_path(self.subject.obj, self.path)))


def ids_of(items: list[Any]) -> list[tuple[Any, str]]:
    """Combo choices for model objects: (id, "id — label")."""
    out = []
    for x in items:
        label = getattr(x, "label", None)
        out.append((x.id, f"{x.id} — {label}" if label else x.id))
    return out


def devices_of_kind(topology: Topology, *kinds: str) -> list[tuple[Any, str]]:
    return ids_of([d for d in topology.devices if d.kind in kinds])
