"""Intents in the window: ✓/✗ beside each flow that carries ``expect``, kept true after edits.

``IntentWatch`` judges every intent again once per burst of edits (the same debounce as the
animation's retrace: after the scene has redrawn), on one ``Context`` built for that state of
the document, so its caches die with the edit. It tells the Flows dock (a mark per flow), the
Problems dock (one row per broken intent) and the status bar (an edit that just broke an
intent says so at once).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

from desktop_app.diagram.outcome_style import style_of
from desktop_app.engine.intents import IntentResult, check
from desktop_app.engine.outcome import Outcome
from desktop_app.ui.document import Document
from desktop_app.ui.trace_words import input_error_text, outcome_word, step_text

log = logging.getLogger(__name__)
HOLDS, FAILS = "✓", "✗"


def outcome_text(name: str) -> str:
    """An outcome in the reader's language: a conversation's, a one-way trace's, or none."""
    if name == "untraceable":
        return QCoreApplication.translate("intents", "cannot be traced")
    return outcome_word(name)


def why_text(result: IntentResult) -> str:
    if result.error is not None:
        return input_error_text(result.error)
    return reason_text(result.outcome)


def reason_text(outcome: Outcome) -> str:
    """Why an outcome came about, in the reader's language."""
    return step_text(outcome.reason) if outcome.reason is not None else outcome.why


def verdict_text(result: IntentResult) -> str:
    """``expected delivered, got denied at esg: denied by …``, translated."""
    o = result.outcome
    if result.holds:
        return QCoreApplication.translate("intents", "holds: {outcome}").format(
            outcome=outcome_text(o.name))
    where = (QCoreApplication.translate("intents", " at {device}").format(device=o.where)
             if o.where else "")
    return QCoreApplication.translate("intents", "expected {expected}, got {got}{where}: {why}").format(
        expected=outcome_text(result.expected), got=outcome_text(o.name), where=where,
        why=why_text(result))


class IntentWatch(QObject):
    """The document's intents, judged after every burst of edits."""

    judged = Signal()  # ``results`` is up to date
    broke = Signal(str)  # a sentence: which intents the last edit broke

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.results: dict[str, IntentResult] = {}
        self._pending = False
        document.changed.connect(self._on_changed)
        document.reset.connect(lambda: self.judge(announce=False))
        self.judge(announce=False)

    def _on_changed(self, _ids: object) -> None:
        if self._pending:
            return
        self._pending = True
        QTimer.singleShot(0, self.judge)

    @property
    def broken(self) -> list[IntentResult]:
        return [r for r in self.results.values() if not r.holds]

    def judge(self, announce: bool = True) -> None:
        """Check every intent now; announce the ones this edit broke."""
        self._pending = False
        before = {fid for fid, r in self.results.items() if r.holds}
        try:
            results = check(self.document.topology)
        except Exception:  # an engine bug must not take the editor down with it
            log.exception("checking intents failed")
            results = []
        self.results = {r.flow_id: r for r in results}
        self.judged.emit()
        newly = [r for r in results if not r.holds and r.flow_id in before]
        if announce and newly:
            first = newly[0]
            text = self.tr("Intent broken: {flow} — {verdict}.").format(
                flow=first.flow.display_label, verdict=verdict_text(first))
            if len(newly) > 1:
                text += self.tr(" ({n} more broken)").format(n=len(newly) - 1)
            self.broke.emit(text)


# -- the Flows dock's marks -------------------------------------------------------------------
def mark_flow_item(item: QListWidgetItem, result: IntentResult | None, label: str) -> None:
    """Prefix a flow's row with ✓ or ✗ and say the verdict in its tooltip."""
    if result is None:
        item.setText(label)
        return
    item.setText(f"{HOLDS if result.holds else FAILS} {label}")
    style = style_of("delivered" if result.holds else "denied")
    item.setForeground(QBrush(QColor(style.fill)))
    tip = item.toolTip().split("\n\n")[0]
    item.setToolTip(tip + "\n\n" + QCoreApplication.translate("intents", "Intent: {verdict}").format(
        verdict=verdict_text(result)))
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                 QCoreApplication.translate("intents", "intent holds") if result.holds
                 else QCoreApplication.translate("intents", "intent broken"))


# -- the Problems dock's rows -----------------------------------------------------------------
FLOW_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_item(result: IntentResult) -> QTreeWidgetItem:
    """A Problems dock row for a broken intent; activating it plays the flow."""
    text = QCoreApplication.translate("intents", "Intent {flow}: {verdict}").format(
        flow=result.flow_id, verdict=verdict_text(result))
    path = f"flows.{result.flow_id}.expect"  # where in the file, as the Where column says it
    item = QTreeWidgetItem([text, result.flow_id, path])
    item.setToolTip(0, QCoreApplication.translate("intents", "{problem}\nClick to play the flow.")
                    .format(problem=text))
    item.setData(0, Qt.ItemDataRole.UserRole, "")
    item.setData(0, FLOW_ROLE, result.flow_id)
    return item
