"""What an edit changed in a running trace, in one sentence in the reader's language.

The sentence is built Qt-free in ``desktop_app.engine.changes`` (``hybridviz diff`` says the
same one in English); here its templates go through Qt's translator (context ``changes``) and
its typed parameters (a disposition, a step, a hop) through the trace's own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.engine import changes
from desktop_app.engine.changes import TunnelUse, tunnel_uses
from desktop_app.engine.messages import CHANGE_NOTHING
from desktop_app.engine.trace import Hop, Step, Trace
from desktop_app.ui.i18n import sentence_case
from desktop_app.ui.trace_words import disposition_text, hop_summary, step_text

__all__ = ["TunnelUse", "change_text", "describe_change", "tunnel_uses"]


def _translate(template: str) -> str:
    return QCoreApplication.translate("changes", template)


def _value(v: Any) -> str:
    if isinstance(v, changes.Disposition):
        return disposition_text(str(v))
    if isinstance(v, Step):
        return step_text(v)
    if isinstance(v, Hop):
        return hop_summary(v) or _translate(CHANGE_NOTHING)
    return str(v)


def change_text(change: changes.Change | None) -> str:
    """A change's sentence in the current language; empty for None."""
    if change is None:
        return ""
    return changes.render(change, _translate, _value, sentence_case)


def describe_change(old: Trace, new: Trace) -> str:
    """A sentence saying how ``new`` differs from ``old``; empty when they are the same."""
    return change_text(changes.describe_change(old, new))
