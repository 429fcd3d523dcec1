"""Every trace ends in a disposition within a bounded number of hops, and is deterministic."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.engine import DISPOSITIONS, STEP_TYPES, Context, FlowRequest, trace
from desktop_app.engine.walk import MAX_HOPS
from desktop_app.model import load_topology
from tests.engine_lab import build, k8s_lab

ROOT = Path(__file__).resolve().parents[1]
TOPOLOGIES = [load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml"), build(k8s_lab(n3_subnet=True))]
CONTEXTS = [Context(t) for t in TOPOLOGIES]


@st.composite
def requests(draw):
    i = draw(st.integers(0, len(TOPOLOGIES) - 1))
    topo = TOPOLOGIES[i]
    ids = sorted(d.id for d in topo.devices)
    source = draw(st.sampled_from(ids))
    target = draw(st.one_of(st.sampled_from(ids), st.ip_addresses(v=4).map(str)))
    protocol = draw(st.sampled_from(["tcp", "udp", "icmp"]))
    port = draw(st.one_of(st.none(), st.integers(1, 65535)))
    size = draw(st.one_of(st.none(), st.integers(60, 9000)))
    return i, FlowRequest(source, target, protocol, port, size)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_every_trace_ends_with_a_disposition(case):
    i, request = case
    topo = TOPOLOGIES[i]
    try:
        tr = trace(topo, request, CONTEXTS[i])
    except Exception as exc:  # only sentence-bearing input errors are allowed
        from desktop_app.engine import TraceInputError

        assert isinstance(exc, TraceInputError), exc
        return
    assert tr.disposition in DISPOSITIONS
    assert tr.detail
    assert 1 <= len(tr.hops) <= MAX_HOPS
    assert tr.hops[-1].steps[-1].type in ("deliver", "drop")
    assert all(s.type in STEP_TYPES for h in tr.hops for s in h.steps)
    for a, b in zip(tr.hops, tr.hops[1:], strict=False):
        assert a.out_network == b.in_network
    assert tr.dumps() == trace(topo, request).dumps()
