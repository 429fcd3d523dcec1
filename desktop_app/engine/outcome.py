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

from desktop_app.model.topology import CONVERSATION_OUTCOMES, ONE_WAY_OUTCOMES, OUTCOMES

from .trace import Step, Trace

# Words only the request's disposition can say: judged without the reply.
REQUEST_ONLY = frozenset(ONE_WAY_OUTCOMES) - frozenset((*CONVERSATION_OUTCOMES, "denied"))

__all__ = ["OUTCOMES", "REQUEST_ONLY", "Outcome", "outcome_of"]


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
    """The conversation's outcome: ``outcome`` plus, where it has them, ``where``/``detail``/``reason``.

    A request that never arrived has no reply: its own disposition is the whole story.
    """
    name = str(getattr(conversation, "outcome", "") or "")
    if not name:
        return _request_outcome(trace)
    reason = getattr(conversation, "reason", None)
    why = getattr(conversation, "detail", None) or (reason.text if isinstance(reason, Step) else "")
    where = getattr(conversation, "where", None)
    if where is None:
        reply = getattr(trace, "reply", None)
        hops = getattr(reply, "hops", None) or trace.hops
        where = hops[-1].device if hops else None
    return Outcome(name, where, why or trace.detail, reason if isinstance(reason, Step) else trace.reason)
