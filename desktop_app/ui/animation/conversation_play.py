"""The conversation the animation plays, and what an edit changed on its way back.

The player shows the request and then the reply as one sequence of hops
(``Trace.played``); "what changed" compares the requests as before
(``trace_changes.describe_change``) and adds the reply's story: the devices it now crosses
and how the conversation ends ("now the reply returns through onprem-router and the client
resets: asymmetric through NAT at esg"). The sentences are in the current language (Qt's
translator, context ``changes``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.engine import FlowRequest, Trace
from desktop_app.engine.changes import MAX_NAMES
from desktop_app.engine.conversation import converse
from desktop_app.model.topology import Topology
from desktop_app.ui.trace_words import outcome_text

from .trace_changes import describe_change


def conversation(topology: Topology, request: FlowRequest) -> Trace:
    """Trace the request and its reply, as the animation plays them."""
    return converse(topology, request).played()


def reply_hops(trace: Trace) -> list:
    return [h for h in trace.hops if h.direction == "reply"]


def describe(old: Trace, new: Trace) -> str:
    """The request's change sentence, then the reply's; empty when nothing changed."""
    sentence = describe_change(old.request(), new.request())
    clause = reply_clause(old, new)
    if not clause:
        return sentence
    if not sentence:
        return QCoreApplication.translate("changes", "{sentence}.").format(sentence=clause[0].upper() + clause[1:])
    return QCoreApplication.translate("changes", "{first} {then}.").format(first=sentence, then=clause)


def reply_clause(old: Trace, new: Trace) -> str:
    """How the reply changed: the devices it now crosses and the conversation's new end."""
    if old.conversation is None or new.conversation is None:
        return ""
    old_path = [h.device for h in reply_hops(old) if h.kind != "esxi-host"]
    new_path = [h.device for h in reply_hops(new) if h.kind != "esxi-host"]
    same_end = old.conversation.outcome == new.conversation.outcome
    if same_end and old_path == new_path:
        return ""
    came = [d for d in dict.fromkeys(new_path) if d not in old_path][:MAX_NAMES]
    end = _end_words(new)
    if came:
        return QCoreApplication.translate("changes", "now the reply returns through {names} and {end}").format(
            names=", ".join(came), end=end)
    return QCoreApplication.translate("changes", "now {end}").format(end=end)


def _end_words(trace: Trace) -> str:
    conv = trace.conversation
    assert conv is not None
    if conv.outcome == "established":
        return QCoreApplication.translate("changes", "the conversation is established")
    if conv.outcome == "asymmetric":
        holder = _holder(trace)
        return QCoreApplication.translate(
            "changes", "the client resets: asymmetric through NAT at {device}").format(device=holder)
    return QCoreApplication.translate("changes", "the conversation ends {outcome}").format(
        outcome=outcome_text(trace))


def _holder(trace: Trace) -> str:
    for hop in trace.hops:
        if hop.direction == "request":
            for entry in hop.state:
                if entry.translated:
                    return entry.device
    return "?"
