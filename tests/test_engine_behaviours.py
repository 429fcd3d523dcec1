"""Each forwarding behaviour and its counterpart, on topologies built in the test."""

from __future__ import annotations

import pytest

from desktop_app.engine import FlowRequest, TraceInputError, trace
from desktop_app.engine.headers import ESP, GRE, UDP, VXLAN, Ethernet, IPv4
from tests.engine_lab import build, build_unchecked, device, k8s_lab, lab


def run(doc, source, to, **kw):
    return trace(build(doc), FlowRequest(source, to, **kw))


def kinds(tr):
    return [h.device for h in tr.hops]


def ips(stack):
    return [(h.src, h.dst) for h in stack if isinstance(h, IPv4)]


# -- VXLAN ---------------------------------------------------------------------------------------
def test_vxlan_only_between_different_hosts():
    doc = lab()
    apart = run(doc, "a", "10.0.1.20", port=22)
    assert kinds(apart) == ["a", "h1", "h2", "b"]
    enc = apart.hops[1].headers_out
    assert ips(enc) == [("192.168.0.1", "192.168.0.2"), ("10.0.1.10", "10.0.1.20")]
    assert isinstance(enc[2], UDP) and enc[2].dport == 4789 and 49152 <= enc[2].sport <= 65535
    assert isinstance(enc[3], VXLAN) and enc[3].vni == 6000
    assert apart.hops[1].steps[0].type == "encapsulate"
    assert apart.hops[2].steps[0].type == "decapsulate"

    device(doc, "b")["host"] = "h1"  # move the VM onto a's host
    together = run(doc, "a", "10.0.1.20", port=22)
    assert kinds(together) == ["a", "b"]
    assert not any(isinstance(h, VXLAN) for hop in together.hops for h in hop.headers_out)


def test_vxlan_port_follows_settings():
    doc = lab(settings={"vxlan_port": 8472})
    tr = run(doc, "a", "10.0.1.20", port=22)
    assert tr.hops[1].headers_out[2].dport == 8472


def test_vxlan_source_port_is_a_stable_hash_of_the_inner_flow():
    doc = lab()
    one = run(doc, "a", "10.0.1.20", port=22).hops[1].headers_out[2].sport
    again = run(doc, "a", "10.0.1.20", port=22).hops[1].headers_out[2].sport
    other = run(doc, "a", "10.0.1.20", port=23).hops[1].headers_out[2].sport
    assert one == again and 49152 <= other <= 65535 and one != other


def test_underlay_routing_between_vtep_subnets():
    doc = lab()
    device(doc, "b")["host"] = "h3"
    tr = run(doc, "a", "10.0.1.20", port=22)
    assert kinds(tr) == ["a", "h1", "ur", "h3", "b"]
    routed = tr.hops[2].headers_out
    assert routed[1].ttl == 63  # outer TTL decremented by the underlay router
    assert routed[5].ttl == 64  # the bridged inner packet is not routed
    assert tr.hops[-1].headers_in[1].ttl == 64


def test_missing_vtep_is_reported():
    doc = lab()
    device(doc, "h2")["interfaces"][0]["vtep"] = False
    tr = trace(build_unchecked(doc), FlowRequest("a", "10.0.1.20", port=22))
    assert tr.disposition == "no-route"
    assert "h2 has no VTEP" in tr.detail


# -- ESG, DLR --------------------------------------------------------------------------------------
def test_firewall_deny_names_the_rule_and_is_checked_before_dnat():
    doc = lab()
    edge = device(doc, "edge")
    edge["firewall"] = {"default": "allow", "rules": [
        {"name": "block-public-ssh", "action": "deny", "dst": "10.9.0.5", "protocol": "tcp", "port": 22}]}
    edge["nat"] = [{"name": "ssh-in", "type": "dnat", "match": {"dst": "10.9.0.5", "port": 22},
                    "translate": {"ip": "10.0.1.10"}}]
    tr = run(doc, "outsider", "10.9.0.5", port=22)
    assert tr.disposition == "denied"
    assert tr.hops[-1].device == "edge"
    assert "block-public-ssh" in tr.detail
    assert [s.type for s in tr.hops[-1].steps] == ["firewall", "drop"]


def test_dnat_after_firewall_on_original_destination_then_snat_on_egress():
    doc = lab()
    edge = device(doc, "edge")
    edge["firewall"] = {"default": "deny", "rules": [
        {"name": "allow-public-web", "action": "allow", "dst": "10.9.0.5", "protocol": "tcp", "port": 80},
        {"name": "allow-inside-out", "action": "allow", "src": "10.0.0.0/16"}]}
    edge["nat"] = [
        {"name": "web-in", "type": "dnat", "match": {"dst": "10.9.0.5", "protocol": "tcp", "port": 80,
                                                      "interface": "outside"},
         "translate": {"ip": "10.0.1.20", "port": 8080}},
        {"name": "hide-inside", "type": "snat", "match": {"src": "10.0.0.0/16", "interface": "outside"},
         "translate": {"ip": "10.9.0.1"}},
    ]
    inbound = run(doc, "outsider", "10.9.0.5", port=80)
    assert inbound.disposition == "delivered" and inbound.hops[-1].device == "b"
    esg = next(h for h in inbound.hops if h.device == "edge")
    assert [s.type for s in esg.steps][:3] == ["firewall", "dnat", "route"]
    assert esg.steps[0].rule == "allow-public-web"
    assert ips(esg.headers_out) == [("10.9.0.100", "10.0.1.20")]
    assert esg.headers_out[2].dport == 8080

    outbound = run(doc, "a", "10.9.0.100", port=443)
    esg = next(h for h in outbound.hops if h.device == "edge")
    assert any(s.type == "snat" and s.rule == "hide-inside" for s in esg.steps)
    assert outbound.hops[-1].headers_in[1].src == "10.9.0.1"

    edge["firewall"]["rules"].pop()  # no rule for inside → out any more: the default denies
    denied = run(doc, "a", "10.9.0.100", port=443)
    assert denied.disposition == "denied" and "default policy" in denied.detail


def test_dlr_routes_on_the_senders_host():
    doc = lab()
    tr = run(doc, "c", "10.0.1.20", port=22)  # c (h2) → DLR → ESG (h1) → b (h2)
    dlr = next(h for h in tr.hops if h.device == "dr")
    assert dlr.on_host == "h2"
    assert kinds(tr)[:2] == ["c", "dr"]  # same host: no VXLAN between c and the DLR
    assert tr.disposition == "delivered"
    device(doc, "c")["host"] = "h3"
    moved = run(doc, "c", "10.0.1.20", port=22)
    assert next(h for h in moved.hops if h.device == "dr").on_host == "h3"


# -- routing ----------------------------------------------------------------------------------------
def test_missing_route_and_routing_loop():
    doc = lab()
    device(doc, "edge")["routes"] = []  # the ESG no longer knows ls2
    tr = run(doc, "a", "10.0.2.30", port=22)
    assert tr.disposition == "no-route"
    assert tr.detail == "no route to 10.0.2.30 at edge"

    loop = lab()
    device(loop, "edge")["routes"] = [{"to": "10.0.2.0/24", "via": "10.0.0.2"}]
    device(loop, "dr")["interfaces"].pop()  # the DLR loses ls2 and sends everything back
    looped = run(loop, "a", "10.0.2.30", port=22)
    assert looped.disposition == "ttl-exceeded"
    routed = [h for h in looped.hops if h.device in ("edge", "dr")]
    # TTL 64 leaves a; 63 routed hops take one each; the 64th receives TTL 1 and drops it.
    assert len(routed) == 64
    assert routed[-1].headers_in[1].ttl == 1 and routed[-1].steps[-1].type == "drop"


def test_mtu_exceeded_when_vxlan_does_not_fit_the_underlay():
    doc = lab()
    for net in doc["networks"]:
        if net["id"] == "vtep":
            net["mtu"] = 1500
    tr = run(doc, "a", "10.0.1.20", port=22, size=1500)
    assert tr.disposition == "mtu-exceeded"
    assert tr.hops[-1].device == "h1"
    mtu = next(s for s in tr.hops[-1].steps if s.type == "mtu")
    breakdown = dict((d["layer"], d["bytes"]) for d in dict(mtu.extra)["breakdown"])
    assert breakdown == {"VXLAN": 50, "inner IP packet": 1500}
    assert "1,550" in mtu.text

    small = run(doc, "a", "10.0.1.20", port=22, size=1400)
    assert small.disposition == "delivered"
    assert small.hops[1].frame_bytes == 1400 + 50 + 14


def test_dns_name_without_record_is_unresolved():
    doc = lab()
    doc["devices"].append({"id": "ns", "kind": "dns", "records": {"b.lab": "10.0.1.20"},
                           "interfaces": [{"network": "ls", "ip": "10.0.1.53/24"}]})
    device(doc, "a")["dns"] = "ns"
    ok = run(doc, "a", "b.lab", port=22)
    assert ok.disposition == "delivered"
    assert ok.hops[0].steps[0].type == "dns" and ok.hops[0].steps[0].rule == "ns: b.lab A 10.0.1.20"
    missing = run(doc, "a", "nothing.lab", port=22)
    assert missing.disposition == "unresolved"
    assert "nothing.lab" in missing.detail and "ns" in missing.detail


def test_bad_input_raises_a_sentence():
    doc = lab()
    with pytest.raises(TraceInputError, match="unknown source device 'zz'"):
        run(doc, "zz", "10.0.1.20")
    with pytest.raises(TraceInputError, match="not a valid IPv4"):
        run(doc, "a", "10.0.1.999")


# -- Kubernetes and Calico ---------------------------------------------------------------------------
def test_ipip_always_vs_cross_subnet_vs_none():
    always = run(k8s_lab("ipip", "always"), "p1", "10.244.2.10", port=8080)
    assert always.disposition == "delivered"
    n1 = next(h for h in always.hops if h.device == "n1")
    assert ips(n1.headers_out) == [("10.0.1.51", "10.0.1.52"), ("10.244.1.10", "10.244.2.10")]
    assert n1.headers_out[1].protocol == 4

    cross = run(k8s_lab("ipip", "cross-subnet"), "p1", "10.244.2.10", port=8080)
    n1 = next(h for h in cross.hops if h.device == "n1")
    assert ips(n1.headers_out) == [("10.244.1.10", "10.244.2.10")]  # same subnet: no tunnel

    far = run(k8s_lab("ipip", "cross-subnet", n3_subnet=True), "p1", "10.244.3.10", port=8080)
    n1 = next(h for h in far.hops if h.device == "n1")
    assert ips(n1.headers_out) == [("10.0.1.51", "10.0.2.53"), ("10.244.1.10", "10.244.3.10")]
    assert far.disposition == "delivered"

    none = run(k8s_lab("none"), "p1", "10.244.2.10", port=8080)
    assert none.disposition == "delivered"
    assert all(h.protocol != 4 for hop in none.hops for h in hop.headers_out if isinstance(h, IPv4))
    unroutable = run(k8s_lab("none", n3_subnet=True), "p1", "10.244.3.10", port=8080)
    assert unroutable.disposition == "no-route"


def test_ipip_inside_vxlan_overhead():
    tr = run(k8s_lab(), "p1", "10.244.2.10", port=8080, size=1000)
    vtep = next(h for h in tr.hops if h.device == "h1")
    mtu = next(s for s in vtep.steps if s.type == "mtu")
    layers = [(d["layer"], d["bytes"]) for d in dict(mtu.extra)["breakdown"]]
    assert layers == [("VXLAN", 50), ("IP-in-IP", 20), ("inner IP packet", 1000)]


def test_nat_outgoing_on_and_off():
    on = run(k8s_lab(nat_outgoing=True), "p1", "10.9.0.100", port=443)
    assert on.disposition == "delivered"
    assert on.hops[-1].headers_in[1].src == "10.0.1.51"
    off = run(k8s_lab(nat_outgoing=False), "p1", "10.9.0.100", port=443)
    assert off.hops[-1].headers_in[1].src == "10.244.1.10"


def test_external_traffic_policy_cluster_vs_local():
    cluster = run(k8s_lab(policy="Cluster"), "a", "10.0.1.51", port=30080)  # NodePort on n1
    assert cluster.disposition == "delivered" and cluster.hops[-1].device == "p2"
    n1 = next(h for h in cluster.hops if h.device == "n1")
    assert any(s.type == "snat" for s in n1.steps)
    assert cluster.hops[-1].headers_in[1].src == "10.244.1.0"  # n1's tunl0 address

    local = run(k8s_lab(policy="Local"), "a", "10.0.1.51", port=30080)
    assert local.disposition == "no-endpoint"
    assert "Local" in local.detail and local.hops[-1].device == "n1"

    kept = run(k8s_lab(policy="Local"), "a", "10.0.1.52", port=30080)  # n2 has the endpoint
    assert kept.disposition == "delivered" and kept.hops[-1].headers_in[1].src == "10.0.1.10"


def test_service_without_endpoints():
    tr = run(k8s_lab(), "p1", "10.96.0.11", port=80)
    assert tr.disposition == "no-endpoint"
    assert "empty" in tr.detail


def test_cluster_ip_dnat_and_pinned_endpoint():
    tr = run(k8s_lab(), "p1", "10.96.0.10", port=80, endpoint="p2")
    n1 = next(h for h in tr.hops if h.device == "n1")
    kp = next(s for s in n1.steps if s.type == "kube-proxy")
    assert "10.244.2.10:8080" in kp.text and "pinned" in kp.text
    assert tr.hops[-1].device == "p2"


# -- L2 concentrators ----------------------------------------------------------------------------------
def stretch(tunnel: str):
    doc = lab()
    doc["networks"] += [
        {"id": "site-lan", "kind": "vlan", "cidr": "10.0.1.0/24"},
        {"id": "site-up", "kind": "vlan", "cidr": "172.20.0.0/24"},
        {"id": "cloud-up", "kind": "vlan", "cidr": "172.21.0.0/24"},
    ]
    doc["devices"] += [
        {"id": "wan", "kind": "router", "interfaces": [
            {"network": "site-up", "ip": "172.20.0.1/24"}, {"network": "cloud-up", "ip": "172.21.0.1/24"}]},
        {"id": "site-l2c", "kind": "l2-concentrator", "bridge": "site-lan", "peer": "cloud-l2c", "tunnel": tunnel,
         "interfaces": [{"name": "up", "network": "site-up", "ip": "172.20.0.2/24", "gateway": "172.20.0.1"},
                        {"name": "br", "network": "site-lan"}]},
        {"id": "cloud-l2c", "kind": "l2-concentrator", "host": "h2", "bridge": "ls", "peer": "site-l2c",
         "tunnel": tunnel,
         "interfaces": [{"name": "up", "network": "cloud-up", "ip": "172.21.0.2/24", "gateway": "172.21.0.1"},
                        {"name": "br", "network": "ls"}]},
        {"id": "site-pc", "kind": "client", "interfaces": [{"network": "site-lan", "ip": "10.0.1.99/24"}]},
    ]
    return doc


@pytest.mark.parametrize("tunnel, layers", [
    ("ipsec", [IPv4, UDP, ESP, Ethernet]),
    ("gre-ipsec", [IPv4, ESP, IPv4, GRE, Ethernet]),  # NSX-T L2VPN: GRE inside route-based IPsec
    ("gre", [IPv4, GRE, Ethernet]),
])
def test_l2_stretch_carries_the_frame_whole(tunnel, layers):
    tr = run(stretch(tunnel), "site-pc", "10.0.1.10", port=22)  # a is on h1, the cloud L2C on h2
    assert tr.disposition == "delivered"
    assert [h.device for h in tr.hops] == ["site-pc", "site-l2c", "wan", "cloud-l2c", "h2", "h1", "a"]
    out = tr.hops[1].headers_out
    assert [type(h) for h in out[1:1 + len(layers)]] == layers
    assert ips(out)[0] == ("172.20.0.2", "172.21.0.2")
    inner = out[len(layers) + 1]
    assert isinstance(inner, IPv4) and inner.ttl == 64  # bridged, never routed
    assert out[len(layers)] == tr.hops[0].headers_out[0]  # the sender's frame, Ethernet included
    assert tr.hops[2].headers_out[1].ttl == 63  # the WAN router routes the outer packet
    assert tr.hops[-1].headers_in[1].ttl == 64


def test_ipsec_overhead_is_hcx_sized_and_the_outer_packet_is_fragmented():
    # HCX adds about 150 bytes and fragments the outer packet rather than drop the frame:
    # 1,500 IP + 14 inner Ethernet = 1,514; + IP 20 + UDP 8 + ESP 8 + trailer 114 (pad 100,
    # pad length and next header 2, ICV 12) = 1,664 on a 1,500 WAN: fragmented, delivered.
    tr = run(stretch("ipsec"), "site-pc", "10.0.1.10", port=22, size=1500)
    assert tr.disposition == "delivered"
    l2c = tr.hops[1]
    outer = l2c.headers_out[1]
    assert isinstance(outer, IPv4) and not outer.df and outer.length == 1664
    mtu = next(s for s in l2c.steps if s.type == "mtu")
    assert "fragmented" in mtu.text
    breakdown = dict((d["layer"], d["bytes"]) for d in dict(mtu.extra)["breakdown"])
    assert breakdown["inner IP packet"] == 1500 and breakdown["IPsec ESP in UDP"] == 164


def test_gre_ipsec_cannot_fragment_and_drops_silently():
    tr = run(stretch("gre-ipsec"), "site-pc", "10.0.1.10", port=22, size=1500)
    assert tr.disposition == "mtu-exceeded" and tr.hops[-1].device == "site-l2c"
    mtu = next(s for s in tr.hops[-1].steps if s.type == "mtu")
    assert dict((d["layer"], d["bytes"]) for d in dict(mtu.extra)["breakdown"])["inner IP packet"] == 1500
    assert "silently" in tr.detail


def test_the_node_holding_a_pod_address_is_the_longest_block_then_the_first_node():
    # Calico's BGP routes: a /26 carved from another node's /24 wins for its addresses; two
    # nodes claiming the same block (an edit in progress) route to the first in the file.
    from desktop_app.engine.index import TopologyIndex, parse_ip

    doc = k8s_lab()
    doc["devices"].append({"id": "n9", "kind": "k8s-node", "host": "h2", "cluster": "k", "role": "worker",
                           "pod_cidr": "10.244.1.64/26",
                           "interfaces": [{"network": "ls", "ip": "10.0.1.59/24", "gateway": "10.0.1.1"}]})
    doc["devices"].append({"id": "n8", "kind": "k8s-node", "host": "h2", "cluster": "k", "role": "worker",
                           "pod_cidr": "10.244.2.0/24",
                           "interfaces": [{"network": "ls", "ip": "10.0.1.58/24", "gateway": "10.0.1.1"}]})
    index = TopologyIndex(build_unchecked(doc))

    def holder(ip: str) -> str | None:
        node = index.node_for_pod_ip("k", parse_ip(ip))
        return node.id if node else None

    assert holder("10.244.1.10") == "n1"
    assert holder("10.244.1.70") == "n9"  # inside n9's /26, longer than n1's /24
    assert holder("10.244.1.128") == "n1"
    assert holder("10.244.2.7") == "n2"  # n8 claims the same block later in the file
    assert holder("10.244.3.1") is None
    assert index.node_for_pod_ip("nowhere", parse_ip("10.244.1.10")) is None
