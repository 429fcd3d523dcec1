"""kube-proxy in iptables mode: service addresses DNATed to one endpoint pod.

KUBE-SERVICES matches a ClusterIP:port, a node address:NodePort or a LoadBalancer IP:port;
KUBE-SVC-… picks an endpoint (the flow's pinned ``endpoint`` or a stable hash of the
connection over the ready endpoints sorted by id); KUBE-SEP-… DNATs to it. Traffic from
outside (NodePort, LoadBalancer) with externalTrafficPolicy Cluster is marked for masquerade
(all of it, in case it crosses nodes); Local keeps the client's address and uses only this
node's endpoints.
"""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Address

from desktop_app.model import topology as t

from ..headers import HeaderStack, IPv4
from ..index import parse_ip, stable_hash
from ..packets import ports, protocol_name, rewrite
from ..trace import Hop
from ..walk import Walk


@dataclass(frozen=True)
class ServiceHit:
    service: t.Service
    port: t.ServicePort
    via: str  # ClusterIP, NodePort, LoadBalancer

    @property
    def external(self) -> bool:
        return self.via != "ClusterIP"


@dataclass(frozen=True)
class Rewrite:
    packet: HeaderStack
    masquerade: bool  # KUBE-MARK-MASQ: SNAT to the node when leaving


def find_service(walk: Walk, node: t.Device, packet: HeaderStack) -> ServiceHit | None:
    cluster = walk.index.clusters.get(node.cluster or "")
    ip = packet[0]
    assert isinstance(ip, IPv4)
    _, dport = ports(packet)
    if cluster is None or dport is None:
        return None
    dst = IPv4Address(ip.dst)
    proto = protocol_name(ip.protocol)
    node_ips = walk.index.device_ips(node.id)
    for svc in cluster.services:
        for sp in svc.ports:
            if sp.effective_protocol != proto:
                continue
            if parse_ip(svc.cluster_ip) == dst and sp.port == dport:
                return ServiceHit(svc, sp, "ClusterIP")
            if (svc.effective_type == "LoadBalancer" and parse_ip(svc.load_balancer_ip) == dst
                    and sp.port == dport):
                return ServiceHit(svc, sp, "LoadBalancer")
            if (svc.effective_type in ("NodePort", "LoadBalancer") and sp.node_port == dport
                    and dst in node_ips):
                return ServiceHit(svc, sp, "NodePort")
    return None


def apply(walk: Walk, hop: Hop, node: t.Device, packet: HeaderStack) -> Rewrite | None:
    """DNAT a packet for a service; returns it unchanged when no service matches.

    Returns None when the packet was dropped (no endpoint).
    """
    hit = find_service(walk, node, packet)
    if hit is None:
        return Rewrite(packet, False)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    sport, dport = ports(packet)
    svc = hit.service
    endpoints = walk.index.pods_matching(node.cluster or "", svc.selector)
    local_only = hit.external and svc.effective_policy == "Local"
    if local_only:
        endpoints = [p for p in endpoints if p.node == node.id]
    name = f"{svc.name} ({hit.via} {ip.dst}:{dport})"
    if not endpoints:
        why = (f"externalTrafficPolicy Local and no ready endpoint of {svc.name} on {node.id}"
               if local_only else f"service {svc.name} has no ready endpoints (selector {svc.selector})")
        walk.step(hop, "kube-proxy", f"KUBE-SERVICES matches {name}, but {why}", rule=f"service {svc.name}")
        walk.drop(hop, "no-endpoint", f"{why}; kube-proxy rejects the connection", rule=f"service {svc.name}")
        return None
    pinned = next((p for p in endpoints if p.id == walk.endpoint), None)
    chosen = pinned or endpoints[stable_hash(ip.src, ip.dst, sport, dport) % len(endpoints)]
    target_ip = walk.index.pod_ip(chosen)
    target_port = hit.port.effective_target_port
    if target_ip is None:
        walk.drop(hop, "no-endpoint", f"endpoint {chosen.id} of {svc.name} has no address")
        return None
    how = "pinned by the flow" if pinned else "picked by hash"
    walk.step(
        hop, "kube-proxy",
        f"KUBE-SERVICES matches {name} → KUBE-SVC ({len(endpoints)} endpoint"
        f"{'s' if len(endpoints) != 1 else ''}) → KUBE-SEP {chosen.id}: DNAT to {target_ip}:{target_port} ({how})",
        rule=f"service {svc.name}",
    )
    # kube-proxy marks all external traffic of a Cluster-policy service for masquerade ("in
    # case we cross nodes", proxier.go), so even a local endpoint sees the node's address.
    masquerade = hit.external and svc.effective_policy == "Cluster"
    if masquerade:
        where = "on another node" if chosen.node != node.id else "on this node"
        walk.step(hop, "kube-proxy",
                  f"externalTrafficPolicy Cluster: KUBE-MARK-MASQ, the source becomes this node's address "
                  f"when the packet leaves (endpoint {chosen.id} is {where}; the pod will not see the client)",
                  rule=f"service {svc.name}")
    elif hit.external and svc.effective_policy == "Local":
        walk.step(hop, "kube-proxy", f"externalTrafficPolicy Local: client source {ip.src} kept",
                  rule=f"service {svc.name}")
    return Rewrite(rewrite(packet, dst=str(target_ip), dport=target_port), masquerade)
