"""The IKS sample: public ALB behind a keepalived LoadBalancer IP, Local policy, pods to a VCS VM."""

from __future__ import annotations

from pathlib import Path

from desktop_app.engine import trace
from desktop_app.engine.headers import IPv4
from desktop_app.model import load_topology

TOPO = load_topology(Path(__file__).resolve().parents[1] / "samples" / "iks-vcs.yaml")


def run(flow_id):
    return trace(TOPO, TOPO.flow(flow_id))


def test_public_alb_to_shop_pod():
    tr = run("alb-to-shop")
    assert tr.disposition == "delivered" and tr.hops[-1].device == "shop-2"
    devices = [h.device for h in tr.hops]
    assert devices[:4] == ["shopper", "internet", "fcr", "worker-1"]  # worker-1 holds 198.51.100.80
    assert any(h.kind == "pod" and any(s.type == "proxy" for s in h.steps) for h in tr.hops)
    # CrossSubnet: the workers share 10.177.20.0/26, so no IP-in-IP between them.
    assert not any(h.protocol == 4 for hop in tr.hops for h in hop.headers_out if isinstance(h, IPv4))


def test_local_policy_keeps_the_client_address():
    tr = run("lb-local")
    assert tr.hops[-1].headers_in[1].src == "203.0.113.40"


def test_shop_pod_reaches_the_database_over_the_private_network():
    tr = run("shop-to-db")
    assert [h.device for h in tr.hops] == [
        "shop-1", "worker-1", "bcr", "esg", "dlr", "esxi-1", "esxi-2", "db-1"]
    esg = next(h for h in tr.hops if h.device == "esg")
    assert esg.steps[0].rule == "iks-to-postgres"
    assert tr.hops[-1].headers_in[1].src == "10.177.20.10"  # natOutgoing to the worker's private IP
