"""The source material's three flows on the reference sample, checked against its numbered steps
and against header values worked out by hand from the sample's addresses."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.engine import trace
from desktop_app.engine.headers import ESP, UDP, VXLAN, Ethernet, IPv4
from desktop_app.model import load_topology

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture(scope="module")
def topo():
    return load_topology(SAMPLE)


def run(topo, flow_id):
    return trace(topo, topo.flow(flow_id))


def devices(tr):
    return [h.device for h in tr.hops]


def ips(stack):
    return [(h.src, h.dst) for h in stack if isinstance(h, IPv4)]


def hop(tr, device, nth=0, segment=None):
    found = [h for h in tr.hops if h.device == device and (segment is None or h.segment == segment)]
    return found[nth]


def step_types(h):
    return [s.type for s in h.steps]


def test_flow1_internet_user_to_web_tier(topo):
    tr = run(topo, "flow1-internet-to-web")
    assert tr.disposition == "delivered"
    # Steps 1-3: DNS, the public network, the host of the ESG; 4: ESG then VXLAN between
    # esxi-1 (ESG) and esxi-2 (proxy node); 5: node/kube-proxy; ingress; 6: IP-in-IP in VXLAN.
    assert devices(tr) == [
        "internet-user", "internet", "fcr", "esg", "esxi-1", "esxi-2", "proxy-1", "nginx-ingress",
        "proxy-1", "esxi-2", "bcr", "esxi-3", "worker-2", "web-2",
    ]
    first = tr.hops[0]
    assert first.steps[0].type == "dns"
    assert "web.example.com" in first.steps[0].text and "198.51.100.5" in first.steps[0].text
    assert tr.flow.resolved == "198.51.100.5"

    esg = hop(tr, "esg")
    assert step_types(esg)[:3] == ["firewall", "dnat", "route"]  # firewall before DNAT
    assert esg.steps[0].rule == "allow-web-https"
    assert esg.steps[1].rule == "dnat-icp-vip"
    assert ips(esg.headers_in) == [("203.0.113.25", "198.51.100.5")]
    assert ips(esg.headers_out) == [("203.0.113.25", "10.10.1.100")]  # DNAT to the proxy VIP
    # TTL: 64 at the user, -1 internet, -1 FCR, -1 ESG.
    assert esg.headers_out[1].ttl == 61

    vtep = hop(tr, "esxi-1")
    outer_ip = vtep.headers_out[1]
    assert isinstance(outer_ip, IPv4) and (outer_ip.src, outer_ip.dst) == ("10.190.20.11", "10.190.20.12")
    udp, vx = vtep.headers_out[2], vtep.headers_out[3]
    assert isinstance(udp, UDP) and udp.dport == 4789 and 49152 <= udp.sport <= 65535
    assert isinstance(vx, VXLAN) and vx.vni == 5001
    assert vtep.out_network == "vtep-a" and vtep.in_network == "icp-ls"

    proxy = hop(tr, "proxy-1", 0)
    assert any(s.type == "kube-proxy" for s in proxy.steps)
    ingress = hop(tr, "nginx-ingress")
    proxy_step = next(s for s in ingress.steps if s.type == "proxy")
    assert "web-ingress" in proxy_step.rule and "X-Forwarded-For: 203.0.113.25" in proxy_step.text
    assert ips(ingress.headers_out) == [("10.10.1.21", "10.0.0.50")]  # new connection from the node
    http = ingress.headers_out[-1]
    assert "X-Forwarded-For: 203.0.113.25" in http.summary
    assert [h.segment for h in tr.hops][-1] == 1

    # Second connection: kube-proxy DNAT to web-2, Calico IP-in-IP inside VXLAN.
    node = hop(tr, "proxy-1", 1)
    assert node.segment == 1
    kp = next(s for s in node.steps if s.type == "kube-proxy")
    assert kp.rule == "service web" and "10.1.3.10:8080" in kp.text
    assert ips(node.headers_out) == [("10.10.1.21", "10.10.1.32"), ("10.10.1.21", "10.1.3.10")]
    assert node.headers_out[1].protocol == 4
    carried = hop(tr, "esxi-2", 1)
    assert ips(carried.headers_out) == [
        ("10.190.20.12", "10.190.21.13"), ("10.10.1.21", "10.10.1.32"), ("10.10.1.21", "10.1.3.10")]
    # esxi-3's VTEP is in another subnet: the BCR routes the outer packet only.
    bcr = hop(tr, "bcr")
    assert bcr.headers_out[1].ttl == 63 and bcr.headers_out[5].ttl == 64
    worker = hop(tr, "worker-2")
    assert "decapsulate" in step_types(worker)
    assert tr.hops[-1].device == "web-2" and tr.detail == "delivered to web-2 (10.1.3.10:8080)"


def test_flow2_web_pod_to_database_vm(topo):
    tr = run(topo, "flow2-web-to-db")
    assert tr.disposition == "delivered"
    # Steps: pod → vRouter (worker-1) with SNAT → ESG → DLR → VXLAN → database VM.
    assert devices(tr) == [
        "web-1", "worker-1", "esxi-2", "esxi-1", "esg", "dlr", "esxi-1", "bcr", "esxi-3", "db-1"]
    assert tr.hops[0].steps[0].type == "dns" and "10.10.2.10" in tr.hops[0].steps[0].text
    pod_out = tr.hops[0].headers_out
    assert isinstance(pod_out[0], Ethernet) and pod_out[0].dst == "ee:ee:ee:ee:ee:ee"
    worker = hop(tr, "worker-1")
    snat = next(s for s in worker.steps if s.type == "snat")
    assert snat.rule == "natOutgoing"
    assert ips(worker.headers_in) == [("10.1.2.10", "10.10.2.10")]
    assert ips(worker.headers_out) == [("10.10.1.31", "10.10.2.10")]
    dlr = hop(tr, "dlr")
    assert dlr.on_host == "esxi-1"  # routed in the kernel of the host the ESG runs on
    vx = hop(tr, "esxi-1", 1).headers_out[3]
    assert isinstance(vx, VXLAN) and vx.vni == 5002
    # TTL: 64 pod, 63 worker, 62 ESG, 61 DLR; bridging and VXLAN leave it alone.
    assert tr.hops[-1].headers_in[1].ttl == 61


def test_flow3_enterprise_user_to_stretched_vm(topo):
    tr = run(topo, "flow3-enterprise-to-vm")
    assert tr.disposition == "delivered"
    assert devices(tr) == [
        "ent-user", "onprem-router", "onprem-l2c", "onprem-router", "xcr", "bcr", "cloud-l2c",
        "esxi-2", "esxi-1", "app-vm"]
    l2c = hop(tr, "onprem-l2c")
    assert step_types(l2c)[:2] == ["bridge", "encapsulate"]
    outer = l2c.headers_out
    assert ips(outer) == [("10.190.30.2", "10.190.10.20"), ("172.16.10.25", "172.16.50.20")]
    assert isinstance(outer[2], UDP) and outer[2].sport == outer[2].dport == 4500
    assert isinstance(outer[3], ESP) and outer[3].spi >= 256
    inner_eth = outer[4]
    assert isinstance(inner_eth, Ethernet)
    # The router's frame is carried whole: router MAC → the VM's MAC, TTL 63 (one routed hop).
    assert inner_eth.src == hop(tr, "onprem-router").headers_out[0].src
    assert inner_eth.dst == tr.hops[-2].headers_out[0].dst
    assert outer[5].ttl == 63
    # The WAN routers decrement the outer TTL only.
    assert [h.headers_out[1].ttl for h in tr.hops[3:6]] == [63, 62, 61]
    assert all(h.headers_out[5].ttl == 63 for h in tr.hops[3:6])
    vtep = hop(tr, "esxi-2")
    assert vtep.headers_out[3].vni == 5003
    assert tr.hops[-1].headers_in[1].ttl == 63


def test_access_methods(topo):
    nodeport = run(topo, "access-nodeport")
    assert nodeport.disposition == "delivered"
    worker = hop(nodeport, "worker-1")
    assert any("web-nodeport" in (s.rule or "") for s in worker.steps)
    # ETP Cluster with the endpoint on worker-2: masqueraded to worker-1's tunl0 address.
    assert ips(worker.headers_out) == [("10.10.1.31", "10.10.1.32"), ("10.1.2.0", "10.1.3.10")]

    lb = run(topo, "access-loadbalancer")
    assert lb.disposition == "delivered"
    assert hop(lb, "esg").steps[1].rule == "dnat-web-lb"
    # ETP Local: the internet client's address reaches the pod.
    assert lb.hops[-1].headers_in[1].src == "203.0.113.25"

    ing = run(topo, "access-ingress")
    assert ing.disposition == "delivered" and ing.hops[-1].device == "web-1"
    # proxy-1 and worker-1 share esxi-2: IP-in-IP but no VXLAN in the second segment.
    second = [h for h in ing.hops if h.segment == 1]
    assert not any(isinstance(x, VXLAN) for h in second for x in h.headers_out)
    assert any(x.protocol == 4 for h in second for x in h.headers_out if isinstance(x, IPv4))


def test_every_saved_flow_is_deterministic_json(topo):
    for flow in topo.flows:
        a, b = trace(topo, flow).dumps(), trace(topo, flow).dumps()
        assert a == b
        assert '"format": "hybridviz-trace/1"' in a
