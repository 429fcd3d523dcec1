"""Differential reachability: the flows whose outcome, path, translations or tunnels changed
between two versions of a topology.

The flows compared are the saved ones (by id), the intents, or every cell of a matrix; each is
traced in the old version and in the new one, and a flow is listed when its two traces differ
(``changes.describe_change``). A flow only one version has is listed as added or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.model.selectors import Endpoint, select
from desktop_app.model.topology import Topology

from .batch import collector_paused
from .changes import Change, describe_change
from .matrix import MatrixSpec, request_for
from .outcome import Outcome, follow, outcome_of
from .trace import Trace
from .tracer import FlowRequest, TraceInputError
from .walk import Context

Scope = Literal["saved", "all-intents", "matrix"]


@dataclass(frozen=True)
class FlowChange:
    """One flow that differs: its traces before and after (None where it could not be traced)."""

    flow_id: str
    label: str
    before: Trace | None
    after: Trace | None
    change: Change | None  # the sentence's clauses when both versions traced

    @property
    def outcome_before(self) -> Outcome | None:
        return outcome_of(self.before) if self.before is not None else None

    @property
    def outcome_after(self) -> Outcome | None:
        return outcome_of(self.after) if self.after is not None else None

    def english(self) -> str:
        """The plain sentence ``hybridviz diff`` prints after the flow's id."""
        if self.change is not None:
            return self.change.english()
        if self.before is None and self.after is not None:
            o = outcome_of(self.after)
            return f"New flow: {o.name}{_at(o)}."
        if self.after is None and self.before is not None:
            return f"Flow removed (was {outcome_of(self.before).name})."
        return "Cannot be traced in either version."


def _at(o: Outcome) -> str:
    return f" at {o.where}" if o.where else ""


def _requests(topology: Topology, scope: Scope, spec: MatrixSpec | None
              ) -> dict[str, tuple[str, FlowRequest]]:
    """id → (label, request) of the flows ``scope`` compares in one version."""
    if scope == "matrix":
        assert spec is not None
        sources: list[Endpoint] = select(topology, spec.sources, "source")
        destinations = select(topology, spec.destinations, "destination")
        out = {}
        for s in sources:
            for d in destinations:
                request = request_for(s, d, spec)
                out[request.id or ""] = (request.id or "", request)
        return out
    flows = [f for f in topology.flows if f is not None and (scope == "saved" or f.expect)]
    return {f.id: (f.display_label, FlowRequest.from_flow(f)) for f in flows}


def _trace(topology: Topology, request: FlowRequest | None, ctx: Context) -> Trace | None:
    if request is None:
        return None
    try:
        return follow(topology, request, ctx)
    except TraceInputError:
        return None


def compare(old: Topology, new: Topology, scope: Scope = "saved",
            spec: MatrixSpec | None = None) -> list[FlowChange]:
    """Every compared flow whose traces differ, in the new version's order, then removed ones.

    Raises ``SelectorError`` when a matrix selector picks nothing in either version.
    """
    with collector_paused():
        return _compare(old, new, scope, spec)


def _compare(old: Topology, new: Topology, scope: Scope, spec: MatrixSpec | None
             ) -> list[FlowChange]:
    before, after = _requests(old, scope, spec), _requests(new, scope, spec)
    old_ctx, new_ctx = Context(old), Context(new)
    out: list[FlowChange] = []
    for flow_id in [*after, *(k for k in before if k not in after)]:
        label = (after.get(flow_id) or before[flow_id])[0]
        a = _trace(old, before[flow_id][1] if flow_id in before else None, old_ctx)
        b = _trace(new, after[flow_id][1] if flow_id in after else None, new_ctx)
        if a is None and b is None:
            continue
        if a is not None and b is not None:
            change = describe_change(a, b)
            if change is not None:
                out.append(FlowChange(flow_id, label, a, b, change))
        else:
            out.append(FlowChange(flow_id, label, a, b, None))
    return out
