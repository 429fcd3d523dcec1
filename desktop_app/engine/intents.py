"""Intents: saved flows that say how they must end (``expect``), traced and judged.

``check(topology)`` is what ``hybridviz check``, the Flows dock's ✓/✗ and the Problems dock
all ask; one ``Context`` serves every flow, so checking many intents costs one index build.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.model.topology import Flow, Topology

from .batch import collector_paused
from .outcome import Outcome, follow, outcome_of
from .trace import Trace
from .tracer import TraceInputError
from .walk import Context


@dataclass(frozen=True)
class IntentResult:
    """One intent's verdict: the flow, what it expects, what it got and whether that holds.

    ``trace`` is None when the flow could not be traced at all (``error`` says why).
    """

    flow: Flow
    expected: str
    outcome: Outcome
    trace: Trace | None
    error: TraceInputError | None = None

    @property
    def holds(self) -> bool:
        return self.error is None and self.outcome.name == self.expected

    @property
    def flow_id(self) -> str:
        return self.flow.id


def intents(topology: Topology) -> list[Flow]:
    """The saved flows that carry an ``expect``, in file order."""
    return [f for f in topology.flows if f is not None and f.expect]


def judge(topology: Topology, flow: Flow, context: Context | None = None) -> IntentResult:
    """Trace one intent and compare its outcome with what it expects."""
    expected = flow.expect or ""
    try:
        result = follow(topology, flow, context)
    except TraceInputError as exc:
        return IntentResult(flow, expected, Outcome("untraceable", None, str(exc)), None, exc)
    return IntentResult(flow, expected, outcome_of(result, expected), result)


def check(topology: Topology, context: Context | None = None) -> list[IntentResult]:
    """Every intent of ``topology``, judged on one shared index."""
    with collector_paused():
        ctx = context or Context(topology)
        return [judge(topology, flow, ctx) for flow in intents(topology)]
