"""The animation's pure parts: tunnel layers, what-changed sentences, legs, rewrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.engine import trace
from desktop_app.model import load_topology
from desktop_app.ui.animation.encapsulation import LAYER_COLOURS, describe_layers, packet_layers
from desktop_app.ui.animation.packet_look import look_at, nsx_vni_map, rewrites
from desktop_app.ui.animation.route import Leg
from desktop_app.ui.animation.trace_changes import describe_change, tunnel_uses

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture
def topo():
    return load_topology(SAMPLE)


def _flow(topo, flow_id: str):
    return trace(topo, topo.flow(flow_id))


@pytest.mark.parametrize("tunnel, rings", [
    ("ipsec", ["IPsec"]),
    ("gre", ["GRE"]),
    ("gre-ipsec", ["IPsec", "GRE"]),
])
def test_l2_stretch_tunnels_wear_their_rings_over_the_wan(topo, tunnel, rings):
    for device in ("onprem-l2c", "cloud-l2c"):
        topo.device(device).tunnel = tunnel
    tr = _flow(topo, "flow3-enterprise-to-vm")
    assert tr.delivered
    xcr = next(h for h in tr.hops if h.device == "xcr")
    layers = packet_layers(xcr.headers_out, nsx_vni_map(topo))
    assert [la.kind for la in layers if la.is_tunnel] == rings
    look = look_at(tr, xcr.index, True, nsx_vni_map(topo))
    assert look.rings == tuple(LAYER_COLOURS[k] for k in rings)
    # The inner packet inside the tunnel is the enterprise user's, untouched.
    inner = layers[-1]
    assert (inner.src, inner.dst) == ("172.16.10.25", "172.16.50.20")


def test_layers_read_outermost_first(topo):
    tr = _flow(topo, "flow1-internet-to-web")
    bcr = next(h for h in tr.hops if h.device == "bcr")
    layers = packet_layers(bcr.headers_out, nsx_vni_map(topo))
    assert describe_layers(layers) == "VXLAN 5001 › IP-in-IP › TCP"
    assert (layers[0].src, layers[0].dst, layers[0].vlan) == ("10.190.20.12", "10.190.21.13", 1302)
    assert (layers[1].src, layers[1].dst) == ("10.10.1.21", "10.10.1.32")
    assert layers[2].app.startswith("GET / HTTP/1.1 (Host web.example.com)")


def test_a_vni_no_network_carries_is_calicos(topo):
    tr = _flow(topo, "flow1-internet-to-web")
    vtep = next(h for h in tr.hops if h.device == "esxi-1")
    layers = packet_layers(vtep.headers_out, {9999: "other"})
    assert layers[0].kind == "Calico VXLAN"


def test_rewrites_name_the_rule_and_the_addresses(topo):
    tr = _flow(topo, "flow2-web-to-db")
    worker = next(h for h in tr.hops if h.device == "worker-1")
    texts = [r.text for r in rewrites(tr, worker.index, nsx_vni_map(topo))]
    assert texts == ["SNAT natOutgoing: 10.1.2.10 → 10.10.1.31"]
    host = next(h for h in tr.hops if h.device == "esxi-2")
    assert [r.text for r in rewrites(tr, host.index, nsx_vni_map(topo))] == [
        "+ VXLAN 5001 (encapsulate)"]


def test_same_trace_says_nothing(topo):
    tr = _flow(topo, "flow1-internet-to-web")
    assert describe_change(tr, _flow(topo, "flow1-internet-to-web")) == ""


def test_tunnels_are_named_by_the_machines_around_them(topo):
    uses = tunnel_uses(_flow(topo, "flow1-internet-to-web"))
    assert [(u.family, u.sender, u.receiver) for u in uses] == [
        ("VXLAN", "esg", "proxy-1"), ("IP-in-IP", "proxy-1", "worker-2"),
        ("VXLAN", "proxy-1", "worker-2")]


def test_a_new_endpoint_is_said_in_words(topo):
    old = _flow(topo, "flow1-internet-to-web")
    topo.flow("flow1-internet-to-web").endpoint = "web-1"
    new = _flow(topo, "flow1-internet-to-web")
    sentence = describe_change(old, new)
    assert sentence.startswith("Now delivered to web-1 instead of web-2")
    assert "IP-in-IP no longer needed between proxy-1 and worker-2" in sentence


def test_a_fixed_flow_says_it_is_delivered_again(topo):
    esg = topo.device("esg")
    rules = list(esg.firewall.rules)
    del esg.firewall.rules[0]
    denied = _flow(topo, "flow1-internet-to-web")
    esg.firewall.rules[:] = rules
    fixed = _flow(topo, "flow1-internet-to-web")
    sentence = describe_change(denied, fixed)
    assert sentence.startswith(f"Now delivered to web-2 (was denied: {denied.detail})")
    assert "last hop 3 → 13" in sentence
    assert describe_change(fixed, denied).startswith(
        "Now denied by the firewall's default policy at esg")


def test_leg_interpolates_by_arc_length():
    leg = Leg.through([(0, 0), (0, 0), (30, 0), (30, 40)])
    assert leg.points == ((0, 0), (30, 0), (30, 40))
    assert leg.length == 70
    assert leg.point_at(0) == (0, 0)
    assert leg.point_at(30 / 70) == pytest.approx((30, 0))
    assert leg.point_at(0.5) == pytest.approx((30, 5))
    assert leg.point_at(2) == (30, 40)
    assert Leg.through([(5, 5)]).point_at(0.5) == (5, 5)
