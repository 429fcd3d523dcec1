"""Fidelity fixes, each against a case computed by hand on the reference sample."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.engine import FlowRequest, trace
from desktop_app.engine.conversation import converse
from desktop_app.engine.headers import TCP, Ethernet, IPv4
from desktop_app.engine.index import DLR_VMAC
from desktop_app.model import load
from desktop_app.model.topology import Calico, Topology

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture
def topo() -> Topology:
    return load(SAMPLE).topology


def ip_of(stack) -> IPv4:
    return next(h for h in stack if isinstance(h, IPv4))


def tcp_of(stack) -> TCP:
    return next(h for h in stack if isinstance(h, TCP))


def test_hairpin_to_its_own_service_is_masqueraded_to_the_node(topo):
    # web-1 (10.1.2.10 on worker-1, 10.10.1.31) → service web 10.0.0.50:80, picking itself.
    tr = converse(topo, FlowRequest("web-1", "10.0.0.50", "tcp", 80, endpoint="web-1"))
    assert tr.hops[-1].device == "web-1"
    got = ip_of(tr.hops[-1].headers_in[1:])
    assert (got.src, got.dst) == ("10.10.1.31", "10.1.2.10")
    assert any(s.template and "hairpin" in s.text for s in tr.hops[1].steps)
    assert tr.conversation.outcome == "established", tr.conversation.detail
    back = ip_of(tr.reply[-1].headers_in[1:])
    assert (back.src, back.dst) == ("10.0.0.50", "10.1.2.10")  # un-DNATed and un-masqueraded


def test_cluster_cidr_masquerade_is_off_by_default_and_on_when_set(topo):
    tr = trace(topo, topo.flow("access-ingress"))
    assert ip_of(tr.hops[-1].headers_in[1:]).src == "10.10.1.21"  # the host-network controller's node
    topo.kubernetes[0].cluster_cidr_masquerade = True
    tr = converse(topo, topo.flow("access-ingress"))
    # proxy-1 is outside 10.1.0.0/16: masqueraded to its tunl0 address (the first of 10.1.1.0/24).
    assert ip_of(tr.hops[-1].headers_in[1:]).src == "10.1.1.0"
    assert any("--cluster-cidr" in s.text for h in tr.hops for s in h.steps)
    assert tr.conversation.outcome == "established", tr.conversation.detail


@pytest.mark.parametrize("settings, mtu", [
    ({"encapsulation": "ipip"}, 1480), ({"encapsulation": "vxlan"}, 1450), ({"encapsulation": "none"}, 1500),
])
def test_pod_mtu_comes_from_calico(topo, settings, mtu):
    topo.kubernetes[0].calico = Calico(**settings)
    tr = trace(topo, topo.flow("flow2-web-to-db"))
    assert tr.hops[0].mtu == mtu
    assert tcp_of(tr.hops[0].headers_out).mss == mtu - 40  # the SYN announces MSS = MTU − 40


def test_a_cluster_mtu_overrides_and_pods_refuse_bigger_packets(topo):
    topo.kubernetes[0].mtu = 1400
    ok = trace(topo, replace(FlowRequest.from_flow(topo.flow("flow2-web-to-db")), size=1400))
    assert ok.disposition == "delivered" and ok.hops[0].mtu == 1400
    big = converse(topo, replace(FlowRequest.from_flow(topo.flow("flow2-web-to-db")), size=1401))
    assert big.disposition == "mtu-exceeded" and big.hops[-1].device == "web-1"
    assert big.conversation.outcome == "mtu-exceeded" and big.reply == []  # the pod's own stack


def test_syn_carries_linux_options(topo):
    tr = trace(topo, FlowRequest("ent-user", "app.corp.example", "tcp", 22))
    syn = tcp_of(tr.hops[0].headers_out)
    assert syn.flags == "S"
    assert dict(syn.options) == {"mss": 1460, "sack_permitted": 1, "timestamps": 1, "window_scale": 7}
    assert ip_of(tr.hops[0].headers_out).length == 60
    assert tr.hops[0].frame_bytes == 78  # 60 + Ethernet 14 + the LAN's 802.1Q tag 4


def test_vlan_tags_stay_on_the_wire_and_vms_never_see_them(topo):
    tr = converse(topo, topo.flow("flow3-enterprise-to-vm"))
    by = {h.device: h for h in tr.hops}
    assert tr.hops[0].headers_out[0].vlan == 10  # the user's LAN is tagged on the wire
    # On-premises router → the on-prem L2 concentrator (a VM): the port group strips VLAN 50.
    assert by["onprem-l2c"].headers_in[0].vlan is None
    tunnel = by["onprem-l2c"].headers_out
    assert [h.vlan for h in tunnel if isinstance(h, Ethernet)] == [None, None]
    assert by["app-vm"].headers_in[0].vlan is None  # untagged onto the logical switch
    # The reply the other way: the concentrator sends untagged, the router receives VLAN 50.
    router = [h for h in tr.reply if h.device == "onprem-router"][-1]
    assert router.headers_in[0].vlan == 50
    hops = trace(topo, topo.flow("flow1-internet-to-web")).hops
    fcr, esg = next(h for h in hops if h.device == "fcr"), next(h for h in hops if h.device == "esg")
    assert fcr.headers_out[0].vlan == 1101  # the FCR sends on the tagged public VLAN
    assert esg.headers_in[0].vlan is None  # the ESG, a VM, gets it untagged at its vNIC


def test_dlr_uses_the_nsx_vmac_on_every_host(topo):
    tr = trace(topo, topo.flow("flow2-web-to-db"))
    dlr = next(h for h in tr.hops if h.device == "dlr")
    assert dlr.headers_out[0].src == DLR_VMAC == "02:50:56:56:44:52"
    back = converse(topo, FlowRequest("db-1", "web-1", "tcp", 8080))
    assert back.hops[0].headers_out[0].dst == DLR_VMAC  # db-1's gateway, on esxi-3 this time
