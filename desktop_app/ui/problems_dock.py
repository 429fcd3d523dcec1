"""The problems dock: the validator's errors and warnings for the model, kept up to date.

Validation runs a short while after the last change (a debounce), so typing in the
inspector never waits for it. Activating a problem emits ``subject_activated(id)``; the
main window selects and centres that item.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.engine.intents import IntentResult
from desktop_app.model.problems import Problem
from desktop_app.model.topology import Topology
from desktop_app.ui.document import Document
from desktop_app.ui.intents import FLOW_ROLE, problem_item
from desktop_app.ui.problem_words import problem_text

DEBOUNCE_MS = 150
_SUBJECT_ROLE = Qt.ItemDataRole.UserRole
_PATH_HEAD = re.compile(r"^(zones|networks|devices|kubernetes|flows)\[(\d+)\]")
log = logging.getLogger(__name__)


def subject_of(topology: Topology, problem: Problem) -> str | None:
    """The id a problem is about: its ``subject``, or the object its path starts in."""
    if problem.subject:
        return problem.subject
    m = _PATH_HEAD.match(problem.path or "")
    if m is None:
        return None
    items = getattr(topology, m.group(1))
    index = int(m.group(2))
    return items[index].id if index < len(items) else None


class ProblemsDock(QDockWidget):
    """Errors and warnings of the open topology; click one to go to its item."""

    subject_activated = Signal(str)
    collapsed_changed = Signal(bool)  # True: nothing wrong, the dock is one line
    flow_activated = Signal(str)  # a broken intent's flow, to play

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems-dock")
        self.doc = doc
        self.problems: list[Problem] = []
        self.collapsed = False
        self.broken_intents: list[IntentResult] = []  # set by ui.intents' watch
        self.tree = QTreeWidget()
        self.tree.setObjectName("problems-list")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemActivated.connect(self._activated)
        self.setWidget(self.tree)
        style = self.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(lambda _ids: self.timer.start())
        doc.reset.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Item"), self.tr("Where")])
        self.tree.setToolTip(self.tr("Click a problem to select its item on the canvas"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def refresh(self) -> None:
        """Validate now and show the result."""
        self.timer.stop()
        try:
            self.problems = self.doc.problems()
        except Exception:  # a validator bug must not take the editor down with it
            log.exception("validation failed")
            self.problems = [Problem("", self.tr("the validator stopped on an internal error; "
                                                 "the log has the details"))]
        self._fill()

    def _fill(self) -> None:
        topo = self.doc.topology
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        ordered = sorted(self.problems, key=lambda p: (not p.is_error,))  # errors first
        for p in ordered:
            subject = subject_of(topo, p)
            text = problem_text(p)
            item = QTreeWidgetItem([text, subject or "", p.path])
            item.setIcon(0, self._icons["error" if p.is_error else "warning"])
            kind = self.tr("Error") if p.is_error else self.tr("Warning")
            item.setToolTip(0, self.tr("{kind}: {problem}").format(kind=kind, problem=text))
            item.setToolTip(2, p.path)
            # Never None: PySide6 6.12 drops a reference to None passed through a QVariant.
            item.setData(0, _SUBJECT_ROLE, subject or "")
            items.append(item)
        for result in self.broken_intents:
            item = problem_item(result)
            item.setIcon(0, self._icons["error"])
            items.append(item)
        if not items:
            item = QTreeWidgetItem([self.tr("No problems found"), "", ""])
            item.setIcon(0, self._icons["ok"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(0, _SUBJECT_ROLE, "")
            items.append(item)
        self.tree.addTopLevelItems(items)
        self._collapse(not self.problems)
        self.tree.setUpdatesEnabled(True)
        self.setWindowTitle(self._title())

    def _collapse(self, empty: bool) -> None:
        """Nothing wrong: one line ("No problems found"), leaving the room to the canvas."""
        self.tree.setHeaderHidden(empty)
        if empty:
            self.tree.setFixedHeight(self.tree.sizeHintForRow(0) + 2 * self.tree.frameWidth() + 2)
        else:
            self.tree.setMinimumHeight(0)
            self.tree.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX
        if empty != self.collapsed:
            self.collapsed = empty
            self.collapsed_changed.emit(empty)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the list takes its room now, before anyone clicks in it

    def _title(self) -> str:
        e, w = self.errors, self.warnings
        if not e and not w and not self.broken_intents:
            return self.tr("Problems")
        parts = []
        if self.broken_intents:
            n = len(self.broken_intents)
            parts.append(self.tr("1 broken intent") if n == 1 else self.tr("{} broken intents").format(n))
        if e:
            parts.append(self.tr("1 error") if e == 1 else self.tr("{} errors").format(e))
        if w:
            parts.append(self.tr("1 warning") if w == 1 else self.tr("{} warnings").format(w))
        return self.tr("Problems ({0})").format(self.tr(", ").join(parts))

    def show_intents(self, broken: list[IntentResult]) -> None:
        """List the intents that do not hold below the file's problems."""
        self.broken_intents = broken
        self._fill()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        flow = item.data(0, FLOW_ROLE)
        if flow:
            self.flow_activated.emit(flow)
            return
        subject = item.data(0, _SUBJECT_ROLE)
        if subject:
            self.subject_activated.emit(subject)
