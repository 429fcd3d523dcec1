"""A trace's sentences in the reader's language.

The engine keeps each step as an English sentence plus its template and parameters
(``desktop_app.engine.messages``); here the template and any ``Word`` parameters go through
Qt's translator (context ``trace``), so a Chinese reader sees Chinese steps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.engine.flow import TraceFlow
from desktop_app.engine.messages import (
    BREAKDOWN_JOIN,
    BREAKDOWN_PART,
    CONTEXT,
    DISPOSITION_WORDS,
    OUTCOME_WORDS,
    Breakdown,
    Phrase,
    Word,
)
from desktop_app.engine.trace import Hop, Step, Trace
from desktop_app.engine.tracer import TraceInputError
from desktop_app.ui.model_words import kind_name

# How a trace ended, and the kinds of step, as the views name them (the engine's ids stay).
DISPOSITIONS = DISPOSITION_WORDS
OUTCOMES = OUTCOME_WORDS
FLOW_HEADLINE = QT_TRANSLATE_NOOP("trace", "{source} → {to} ({protocol}{port})")
STEP_TYPES = {
    "originate": QT_TRANSLATE_NOOP("trace", "originate"),
    "dns": QT_TRANSLATE_NOOP("trace", "dns"),
    "switch": QT_TRANSLATE_NOOP("trace", "switch"),
    "route": QT_TRANSLATE_NOOP("trace", "route"),
    "firewall": QT_TRANSLATE_NOOP("trace", "firewall"),
    "dnat": QT_TRANSLATE_NOOP("trace", "dnat"),
    "snat": QT_TRANSLATE_NOOP("trace", "snat"),
    "kube-proxy": QT_TRANSLATE_NOOP("trace", "kube-proxy"),
    "encapsulate": QT_TRANSLATE_NOOP("trace", "encapsulate"),
    "decapsulate": QT_TRANSLATE_NOOP("trace", "decapsulate"),
    "bridge": QT_TRANSLATE_NOOP("trace", "bridge"),
    "proxy": QT_TRANSLATE_NOOP("trace", "proxy"),
    "mtu": QT_TRANSLATE_NOOP("trace", "mtu"),
    "deliver": QT_TRANSLATE_NOOP("trace", "deliver"),
    "drop": QT_TRANSLATE_NOOP("trace", "drop"),
}


def disposition_text(disposition: str) -> str:
    """``delivered``, ``denied``… in the current language."""
    source = DISPOSITIONS.get(disposition)
    return QCoreApplication.translate(CONTEXT, source) if source else disposition


def outcome_word(name: str) -> str:
    """A conversation's outcome (``established``, ``black-hole``…) or a disposition, in the
    current language."""
    source = OUTCOMES.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else disposition_text(name)


def step_type_text(step_type: str) -> str:
    """A step's kind (``route``, ``dnat``…) in the current language."""
    source = STEP_TYPES.get(step_type)
    return QCoreApplication.translate(CONTEXT, source) if source else step_type


def translate(template: str, params: dict[str, Any]) -> str:
    """Format a message template in the current language."""
    text = QCoreApplication.translate(CONTEXT, template)
    values = {k: _param(k, v) for k, v in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**values)


def _param(name: str, value: Any) -> Any:
    if name == "kind" and isinstance(value, str):
        return kind_name(value)  # a device kind ("client") named in the reader's language
    if isinstance(value, Step):
        return step_text(value)
    if isinstance(value, Phrase):
        return translate(value.template, value.params)
    if isinstance(value, Breakdown):
        part = QCoreApplication.translate(CONTEXT, BREAKDOWN_PART)
        join = QCoreApplication.translate(CONTEXT, BREAKDOWN_JOIN)
        return join.join(part.format(layer=_param("layer", name), bytes=n)
                         for name, n in value.layers)
    if isinstance(value, Word):
        return QCoreApplication.translate(CONTEXT, str(value))
    return value


def step_text(step: Step) -> str:
    """A step's sentence in the current language."""
    return translate(step.template, dict(step.params)) if step.template else step.text


def rule_text(step: Step) -> str:
    """The rule or route behind a step, in the current language where it has words."""
    return str(_param("rule", step.rule))


def input_error_text(error: TraceInputError) -> str:
    """Why a flow cannot be traced at all, in the current language."""
    return translate(error.template, dict(error.params)) if error.template else str(error)


def hop_summary(hop: Hop) -> str:
    """A hop's short action (``firewall allow-web, DNAT dnat-vip, route``)."""
    separator = QCoreApplication.translate("trace", ", ")
    return separator.join(translate(t, p) for t, p in hop.summary_parts())


def flow_headline(flow: TraceFlow) -> str:
    """``internet-user → web.example.com (tcp:443)`` in the current language."""
    return translate(FLOW_HEADLINE, {"source": flow.source, "to": flow.to, "protocol": flow.protocol,
                                     "port": flow.port_suffix})


def trace_detail(trace: Trace) -> str:
    """Why the trace ended as it did: the conversation's outcome, or its drop or deliver step."""
    conversation = trace.conversation
    if conversation is not None:
        return step_text(conversation.reason) if conversation.reason is not None else conversation.detail
    return step_text(trace.reason) if trace.reason is not None else trace.detail


def outcome_text(trace: Trace) -> str:
    """``✓ established`` or ``✗ asymmetric`` (a conversation), else the disposition's word."""
    if trace.conversation is None:
        return disposition_text(trace.disposition)
    word = outcome_word(trace.conversation.outcome)
    return f"✓ {word}" if trace.ok else f"✗ {word}"
