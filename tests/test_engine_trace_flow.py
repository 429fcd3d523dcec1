"""The typed flow a trace carries, its one headline, and routes recorded as data."""

from __future__ import annotations

from pathlib import Path

from desktop_app.engine import trace
from desktop_app.engine.flow import TraceFlow
from desktop_app.model import load

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "icp-vcs-hybrid.yaml"


def test_headline_is_source_target_protocol_port():
    flow = TraceFlow("internet-user", "web.example.com", "tcp", 443, "169.47.8.5", "f1")
    assert flow.headline() == "internet-user → web.example.com tcp:443"
    assert flow.headline(resolved=True) == "internet-user → web.example.com (169.47.8.5) tcp:443"
    assert TraceFlow("a", "10.0.0.1", "icmp", None, "10.0.0.1").headline(resolved=True) == "a → 10.0.0.1 icmp"


def test_flow_json_names_the_sender_from():
    flow = TraceFlow("a", "b", "udp", 53, "10.0.0.2", "dns")
    assert flow.to_json() == {"id": "dns", "from": "a", "to": "b", "protocol": "udp", "port": 53,
                              "resolved": "10.0.0.2"}
    assert "id" not in TraceFlow("a", "b", "udp", 53).to_json()


def test_route_steps_carry_the_route_they_used():
    topo = load(SAMPLE).topology
    tr = trace(topo, topo.flow("flow2-web-to-db"))
    routes = [s for h in tr.hops for s in h.steps if s.type == "route" and s.route_used is not None]
    assert routes, "the web-to-db flow routes at several hops"
    for step in routes:
        used = step.route_used
        assert used is not None and (used.via or used.dev)
        if used.via:
            assert f"via {used.via}" in (step.rule or "")
    assert ("route via {via}", {"via": "169.254.1.1"}) in tr.hops[0].summary_parts()  # the pod's gateway
    assert tr.hops[0].summary == "DNS, send, route via 169.254.1.1"
