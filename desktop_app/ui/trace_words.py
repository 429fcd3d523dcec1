"""A trace's sentences in the reader's language.

The engine keeps each step as an English sentence plus its template and parameters
(``desktop_app.engine.messages``); here the template and any ``Word`` parameters go through
Qt's translator (context ``trace``), so a Chinese reader sees Chinese steps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.engine.messages import CONTEXT, Word
from desktop_app.engine.trace import Hop, Step, Trace


def translate(template: str, params: dict[str, Any]) -> str:
    """Format a message template in the current language."""
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format(**{k: _param(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**{k: _param(v) for k, v in params.items()})


def _param(value: Any) -> Any:
    if isinstance(value, Step):
        return step_text(value)
    if isinstance(value, Word):
        return QCoreApplication.translate(CONTEXT, str(value))
    return value


def step_text(step: Step) -> str:
    return translate(step.template, dict(step.params)) if step.template else step.text


def hop_summary(hop: Hop) -> str:
    separator = QCoreApplication.translate(CONTEXT, ", ")
    return separator.join(translate(t, p) for t, p in hop.summary_parts())


def trace_detail(trace: Trace) -> str:
    return step_text(trace.reason) if trace.reason is not None else trace.detail
