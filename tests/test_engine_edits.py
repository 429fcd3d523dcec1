"""Editing the topology changes the trace the way the real network would."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.engine import trace
from desktop_app.engine.headers import VXLAN, IPv4
from desktop_app.model import load_topology

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture()
def topo():
    return load_topology(SAMPLE)


def test_moving_the_proxy_node_to_the_esg_host_removes_vxlan(topo):
    before = trace(topo, topo.flow("flow1-internet-to-web"))
    assert [h.device for h in before.hops][3:6] == ["esg", "esxi-1", "esxi-2"]
    topo.device("proxy-1").host = "esxi-1"
    after = trace(topo, topo.flow("flow1-internet-to-web"))
    first = [h for h in after.hops if h.segment == 0]
    assert [h.device for h in first][3:5] == ["esg", "proxy-1"]
    assert not any(isinstance(x, VXLAN) for h in first for x in h.headers_out)


def test_deleting_the_esg_route_to_the_dlr_breaks_flow2(topo):
    esg = topo.device("esg")
    esg.routes = [r for r in esg.routes if r.to != "10.10.2.0/24"]
    tr = trace(topo, topo.flow("flow2-web-to-db"))
    # 10.10.2.10 now falls to 10.0.0.0/8 via the BCR, which sends it back: a loop until TTL ends.
    assert tr.disposition in ("ttl-exceeded", "no-route")
    assert "db-1" not in [h.device for h in tr.hops]


def test_changing_the_dnat_rule_changes_the_destination(topo):
    rule = next(r for r in topo.device("esg").nat if r.name == "dnat-icp-vip")
    rule.translate.ip = "10.10.1.200"  # the LoadBalancer VIP on worker-2 instead
    tr = trace(topo, topo.flow("flow1-internet-to-web"))
    esg = next(h for h in tr.hops if h.device == "esg")
    assert [(h.src, h.dst) for h in esg.headers_out if isinstance(h, IPv4)] == [("203.0.113.25", "10.10.1.200")]
    assert "worker-2" in [h.device for h in tr.hops]


def test_removing_the_firewall_allow_rule_denies_flow1(topo):
    fw = topo.device("esg").firewall
    fw.rules = [r for r in fw.rules if r.name != "allow-web-https"]
    tr = trace(topo, topo.flow("flow1-internet-to-web"))
    assert tr.disposition == "denied" and tr.hops[-1].device == "esg"
    assert "default policy" in tr.detail
