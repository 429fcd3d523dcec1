"""A trace's sentences in the reader's language, given a ``translate(context, text)``.

The engine keeps each step as an English sentence plus its template and parameters
(``desktop_app.engine.messages``). The app translates them through Qt (``ui/trace_words.py``);
the web page is written without Qt, so this does the same with any ``translate``: Qt's own
when the app exports, the ``.ts`` catalogue (``desktop_app.export.catalogue``) on the command
line. Same contexts, same source texts, so the page reads as the app does.
"""

from __future__ import annotations

from typing import Any

from desktop_app.diagram.canvas_words import Translate
from desktop_app.engine.messages import CONTEXT, Word
from desktop_app.engine.trace import Hop, Step, Trace

from .words import KIND_NAMES


def _param(name: str, value: Any, tr: Translate) -> Any:
    if name == "kind" and isinstance(value, str) and value in KIND_NAMES:
        return tr("model", KIND_NAMES[value])
    if isinstance(value, Step):
        return step_text(value, tr)
    if isinstance(value, Word):
        return tr(CONTEXT, str(value))
    return value


def say(template: str, params: dict[str, Any], tr: Translate) -> str:
    """Format a message template in the reader's language (English if the translation breaks)."""
    values = {k: _param(k, v, tr) for k, v in params.items()}
    try:
        return tr(CONTEXT, template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**values)


def step_text(step: Step, tr: Translate) -> str:
    """A step's sentence in the reader's language."""
    return say(step.template, dict(step.params), tr) if step.template else step.text


def hop_summary(hop: Hop, tr: Translate) -> str:
    """A hop's short action (``firewall allow-web, DNAT dnat-vip, route``)."""
    return tr(CONTEXT, ", ").join(say(t, p, tr) for t, p in hop.summary_parts())


def trace_detail(trace: Trace, tr: Translate) -> str:
    """Why the trace ended as it did, in the reader's language."""
    return step_text(trace.reason, tr) if trace.reason is not None else trace.detail
