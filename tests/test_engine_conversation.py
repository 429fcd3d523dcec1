"""Conversations: every outcome produced by a real edit of the reference sample."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.engine import FlowRequest
from desktop_app.engine.conversation import converse
from desktop_app.engine.headers import ICMP, TCP, IPv4
from desktop_app.model import load
from desktop_app.model.topology import (
    Calico,
    Device,
    NatMatch,
    NatRule,
    NatTranslate,
    Route,
    Topology,
)

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture
def topo() -> Topology:
    return load(SAMPLE).topology


def dev(topo: Topology, device_id: str) -> Device:
    return next(d for d in topo.devices if d.id == device_id)


def run(topo: Topology, flow_id: str, **override):
    request = FlowRequest.from_flow(topo.flow(flow_id))
    return converse(topo, replace(request, **override))


def ip_of(stack) -> IPv4:
    return next(h for h in stack if isinstance(h, IPv4))


@pytest.mark.parametrize("flow_id", ["flow1-internet-to-web", "flow2-web-to-db", "flow3-enterprise-to-vm"])
def test_the_three_source_flows_are_established_both_ways(topo, flow_id):
    tr = converse(topo, topo.flow(flow_id))
    assert tr.disposition == "delivered"
    assert tr.conversation.outcome == "established", tr.conversation.detail
    client = tr.hops[0]
    assert tr.reply[-1].device == client.device and tr.reply[-1].direction == "reply"
    sent = ip_of(client.headers_out)
    got = ip_of(tr.reply[-1].headers_in[1:] if tr.reply[-1].headers_in else ())
    # The reply the client receives mirrors what it sent: addresses swapped.
    assert (got.src, got.dst) == (sent.dst, sent.src)
    assert [h.index for h in tr.all_hops] == list(range(len(tr.all_hops)))


def test_flow1_reply_is_un_dnatted_by_the_esg_and_by_kube_proxy(topo):
    tr = converse(topo, topo.flow("flow1-internet-to-web"))
    esg = next(h for h in tr.reply if h.device == "esg")
    (entry,) = esg.state
    assert entry.original.dst == "198.51.100.5" and entry.reply.src == "10.10.1.100"
    assert "dnat-icp-vip" in entry.rules
    assert ip_of(esg.headers_out).src == "198.51.100.5"  # the public address again
    proxy = next(h for h in tr.reply if h.device == "proxy-1" and h.state)
    assert proxy.state[0].original.dst == "10.0.0.50"  # the ClusterIP the ingress spoke to
    tcp = next(h for h in tr.reply[-1].headers_in if isinstance(h, TCP))
    assert tcp.dport == next(h for h in tr.hops[0].headers_out if isinstance(h, TCP)).sport


def test_flow2_syn_ack_reverses_nat_outgoing_and_carries_options(topo):
    tr = converse(topo, topo.flow("flow2-web-to-db"))
    syn = next(h for h in tr.hops[0].headers_out if isinstance(h, TCP))
    assert syn.flags == "S" and syn.size == 40 and ip_of(tr.hops[0].headers_out).length == 60
    synack = next(h for h in tr.reply[0].headers_out if isinstance(h, TCP))
    assert synack.flags == "SA" and synack.mss == 1460
    worker = next(h for h in tr.reply if h.device == "worker-1")
    assert worker.state[0].rules == ("natOutgoing",)
    assert ip_of(worker.headers_out).dst == "10.1.2.10"


def test_nat_outgoing_off_leaves_no_return_route(topo):
    topo.kubernetes[0].calico = Calico(nat_outgoing=False)
    tr = converse(topo, topo.flow("flow2-web-to-db"))
    assert tr.disposition == "delivered"
    assert tr.conversation.outcome == "no-return-route"
    assert tr.reply[-1].steps[-1].type == "drop"


def test_asymmetric_through_nat_and_its_fix(topo):
    tr = converse(topo, topo.flow("app-via-esg-nat"))
    assert tr.disposition == "delivered"
    assert tr.conversation.outcome == "asymmetric"
    assert "onprem-router" in [h.device for h in tr.reply]
    assert "esg" not in [h.device for h in tr.reply]
    assert "172.16.50.20:443" in tr.conversation.detail and "10.10.9.20:443" in tr.conversation.detail
    # The fix from the flow's notes: SNAT on the ESG so the reply comes back through it.
    dev(topo, "esg").nat.append(NatRule(
        name="snat-app", type="snat", match=NatMatch(dst="172.16.50.20", interface="stretch"),
        translate=NatTranslate(ip="172.16.50.254")))
    fixed = converse(topo, topo.flow("app-via-esg-nat"))
    assert fixed.conversation.outcome == "established", fixed.conversation.detail
    assert "esg" in [h.device for h in fixed.reply]


def test_a_reply_without_session_is_denied_by_the_stateful_esg(topo):
    # app-vm answers through the ESG, but flow 3's request came over the L2 stretch.
    dev(topo, "app-vm").interfaces[0].gateway = "172.16.50.254"
    tr = converse(topo, topo.flow("flow3-enterprise-to-vm"))
    assert tr.disposition == "delivered"
    assert tr.conversation.outcome == "denied"
    assert tr.reply[-1].device == "esg" and tr.reply[-1].steps[-1].rule == "no session"


def test_nothing_listening_is_refused(topo):
    dev(topo, "app-vm").ports = [22]
    tr = converse(topo, topo.flow("flow3-enterprise-to-vm"))
    assert tr.disposition == "delivered" and tr.conversation.outcome == "refused"
    rst = next(h for h in tr.reply[0].headers_out if isinstance(h, TCP))
    assert rst.flags == "RA"
    assert tr.reply[-1].device == "ent-user"


def test_dnat_kept_after_the_ingress_is_removed_is_refused(topo):
    topo.devices = [d for d in topo.devices if d.id != "nginx-ingress"]
    tr = converse(topo, topo.flow("flow1-internet-to-web"))
    assert tr.disposition == "delivered" and tr.hops[-1].device == "proxy-1"
    assert tr.conversation.outcome == "refused"


def test_udp_to_a_closed_port_gets_icmp_port_unreachable(topo):
    dev(topo, "app-vm").ports = [443]
    tr = run(topo, "flow3-enterprise-to-vm", protocol="udp", port=514)
    assert tr.conversation.outcome == "refused"
    icmp = next(h for h in tr.reply[0].headers_out if isinstance(h, ICMP))
    assert (icmp.icmp_type, icmp.code) == (3, 3)


def test_service_without_endpoints_is_rejected(topo):
    for d in topo.devices:
        if d.labels and d.labels.get("app") == "web":
            d.labels = {"app": "gone"}
    tr = run(topo, "access-nodeport")
    assert tr.disposition == "no-endpoint"
    assert tr.conversation.outcome == "refused"
    assert tr.reply[-1].device == "jumpbox"


def test_dnat_to_an_address_nobody_owns_is_a_black_hole(topo):
    rule = next(r for r in dev(topo, "esg").nat if r.name == "dnat-icp-vip")
    rule.translate = NatTranslate(ip="10.10.1.99")
    tr = converse(topo, topo.flow("flow1-internet-to-web"))
    assert tr.disposition == "unresolved"
    assert tr.conversation.outcome == "black-hole" and tr.reply == []


def test_oversize_into_a_vtep_is_a_black_hole(topo):
    next(n for n in topo.networks if n.id == "vtep-a").mtu = 1500
    tr = run(topo, "flow2-web-to-db", size=1480)
    assert tr.disposition == "mtu-exceeded" and tr.hops[-1].kind == "esxi-host"
    assert tr.conversation.outcome == "black-hole" and tr.reply == []


def test_a_router_sends_fragmentation_needed_back_to_the_client(topo):
    next(n for n in topo.networks if n.id == "direct-link").mtu = 1400
    tr = run(topo, "app-via-esg-nat", size=1450)
    assert tr.disposition == "mtu-exceeded" and tr.hops[-1].device == "onprem-router"
    assert tr.conversation.outcome == "mtu-exceeded"
    first = tr.reply[0]
    icmp = next(h for h in first.headers_out if isinstance(h, ICMP))
    assert (icmp.icmp_type, icmp.code, icmp.mtu) == (3, 4, 1400)
    assert icmp.quote[0].dst == "10.10.9.20"
    assert tr.reply[-1].device == "ent-user"


def test_icmp_error_is_translated_back_by_the_state_it_crosses(topo):
    next(n for n in topo.networks if n.id == "db-ls").mtu = 1000
    tr = run(topo, "flow2-web-to-db", size=1200)
    assert tr.hops[-1].device == "dlr" and tr.disposition == "mtu-exceeded"
    assert tr.reply[-1].device == "web-1"
    last = ip_of(tr.reply[-1].headers_in[1:])
    icmp = next(h for h in tr.reply[-1].headers_in if isinstance(h, ICMP))
    assert last.dst == "10.1.2.10"  # natOutgoing reversed (RELATED)
    assert icmp.quote[0].src == "10.1.2.10"  # the quote shows the packet web-1 sent
    worker = next(h for h in tr.reply if h.device == "worker-1")
    assert worker.steps[0].type == "state"


def test_routing_loop_sends_time_exceeded_back(topo):
    # The BCR now sends the enterprise range back to the XCR and the XCR to the BCR.
    dev(topo, "xcr").routes = [Route(to="172.16.0.0/12", via="10.254.1.2"), *dev(topo, "xcr").routes]
    tr = converse(topo, FlowRequest("jumpbox", "172.16.10.25", "tcp", 22))
    assert tr.disposition == "ttl-exceeded"
    assert tr.conversation.outcome == "ttl-exceeded"
    icmp = next(h for h in tr.reply[0].headers_out if isinstance(h, ICMP))
    assert icmp.icmp_type == 11
    assert tr.reply[-1].device == "jumpbox"


def test_the_esg_drops_its_own_address_as_a_martian(topo):
    # The FCR is told the registry is behind the ESG: the SNATed packet comes straight back.
    dev(topo, "fcr").routes = [Route(to="192.0.2.0/24", via="198.51.100.2")]
    tr = converse(topo, topo.flow("icp-image-pull"))
    martian = [h for h in tr.hops if h.device == "esg"]
    assert len(martian) == 2 and martian[-1].steps[-1].rule == "martian"
    assert tr.disposition == "no-route"


def test_conversation_json_is_additive(topo):
    tr = converse(topo, topo.flow("app-via-esg-nat"))
    doc = tr.to_json()
    assert doc["format"] == "hybridviz-trace/1"
    assert doc["conversation"]["outcome"] == "asymmetric"
    assert [k for k in doc] == ["format", "flow", "disposition", "detail", "conversation", "hops", "reply"]
    esg = next(h for h in doc["hops"] if h["device"] == "esg")
    assert esg["state"][0]["rules"] == ["enterprise-to-overlay", "dnat-app-vm"]
    assert all("state" in h for h in doc["reply"])
