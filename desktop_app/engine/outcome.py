"""How a traced flow ended, as one word with the device where and the sentence why.

Intents (a flow's ``expect``), the reachability matrix and the differences between two
versions all compare outcomes, so they all ask this module, never the trace's fields.

Two vocabularies meet here (``desktop_app.model.topology.OUTCOMES``): the request's own
disposition (``delivered``, ``denied``, ``no-route``…) and, when the trace also followed the
reply, the conversation's outcome (``established``, ``no-return-route``, ``asymmetric``,
``refused``, ``black-hole``, ``denied``). An intent that names a one-way word is judged on the
request alone, so ``delivered`` stays a valid intent after replies are traced; everything else
uses the conversation when the trace has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.model.topology import (
    CONVERSATION_OUTCOMES,
    ONE_WAY_OUTCOMES,
    OUTCOMES,
    Flow,
    Topology,
)

from .conversation import converse
from .trace import Step, Trace
from .tracer import FlowRequest
from .walk import Context

# Words only the request's disposition can say: judged without the reply.
REQUEST_ONLY = frozenset(ONE_WAY_OUTCOMES) - frozenset((*CONVERSATION_OUTCOMES, "denied"))

__all__ = ["OUTCOMES", "REQUEST_ONLY", "Outcome", "follow", "outcome_of"]


def follow(topology: Topology, request: Flow | FlowRequest, context: Context | None = None) -> Trace:
    """Trace a flow the way checks judge it: intents, the matrix and diff all call this.

    The whole conversation: the request, then the reply through the state it left.
    """
    return converse(topology, request, context)


@dataclass(frozen=True)
class Outcome:
    """``name`` from ``OUTCOMES``; ``where`` the device it was decided at; ``why`` in English.

    ``reason`` is the step behind ``why`` (its template and parameters let a view say it in
    the reader's language); None when the outcome came without one.
    """

    name: str
    where: str | None
    why: str
    reason: Step | None = None

    @property
    def reachable(self) -> bool:
        return self.name in ("delivered", "established")


def outcome_of(trace: Trace, expect: str | None = None) -> Outcome:
    """The outcome of ``trace``, judged the way an intent ``expect`` asks (see the module doc)."""
    conversation = getattr(trace, "conversation", None)
    if conversation is not None and expect not in REQUEST_ONLY:
        return _conversation_outcome(trace, conversation)
    return _request_outcome(trace)


def _request_outcome(trace: Trace) -> Outcome:
    where = trace.hops[-1].device if trace.hops else None
    return Outcome(trace.disposition, where, trace.detail, trace.reason)


def _conversation_outcome(trace: Trace, conversation: Any) -> Outcome:
    """The conversation's ``outcome``, ``detail``, ``reason`` and the device of its ``hop``.

    ``hop`` counts through the request's hops and then the reply's (``Trace.reply``), which
    continue the request's numbering. A conversation without an outcome leaves the request's
    disposition as the whole story.
    """
    name = str(getattr(conversation, "outcome", "") or "")
    if not name:
        return _request_outcome(trace)
    reason = getattr(conversation, "reason", None)
    reason = reason if isinstance(reason, Step) else None
    why = str(getattr(conversation, "detail", "") or (reason.text if reason else "") or trace.detail)
    hops = [*trace.hops, *(getattr(trace, "reply", None) or [])]
    decided = getattr(conversation, "hop", None)
    where = next((h.device for h in hops if h.index == decided), None) if decided is not None else None
    if where is None and hops:
        where = hops[-1].device
    return Outcome(name, where, why, reason or trace.reason)
