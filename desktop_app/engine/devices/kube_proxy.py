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
from typing import Any

from desktop_app.model.topology import Device, Service, ServicePort

from ..headers import HeaderStack, IPv4
from ..index import address, parse_net, stable_hash
from ..messages import (
    ENDPOINT_NO_ADDRESS,
    KUBE_DNAT,
    KUBE_HAIRPIN,
    KUBE_LOCAL,
    KUBE_MASQ,
    KUBE_MASQ_OFF_CLUSTER,
    PICKED_BY,
    SERVICE_NO_ENDPOINTS,
    SERVICE_NO_ENDPOINTS_DROP,
    SERVICE_NO_LOCAL,
    SERVICE_NO_LOCAL_DROP,
    WHERE,
)
from ..packets import ports, protocol_name, rewrite
from ..trace import Hop
from ..walk import Walk


@dataclass(frozen=True)
class ServiceHit:
    service: Service
    port: ServicePort
    via: str  # ClusterIP, NodePort, LoadBalancer

    @property
    def external(self) -> bool:
        return self.via != "ClusterIP"


@dataclass(frozen=True)
class Rewrite:
    packet: HeaderStack
    masquerade: bool  # KUBE-MARK-MASQ: SNAT to the node when leaving


def find_service(walk: Walk, node: Device, packet: HeaderStack) -> ServiceHit | None:
    cluster = walk.index.clusters.get(node.cluster or "")
    ip = packet[0]
    assert isinstance(ip, IPv4)
    _, dport = ports(packet)
    if cluster is None or dport is None:
        return None
    to_node = walk.index.owns(node.id, ip.dst)
    match = walk.index.services(cluster.id).match(protocol_name(ip.protocol), ip.dst, dport, to_node)
    if match is None:
        return None
    _, svc, sp, via = match
    return ServiceHit(svc, sp, via)


def apply(walk: Walk, hop: Hop, node: Device, packet: HeaderStack) -> Rewrite | None:
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
    rule = f"service {svc.name}"
    matched: dict[str, Any] = dict(service=svc.name, via=hit.via, dst=ip.dst, dport=dport)
    if not endpoints:
        if local_only:
            walk.step(hop, "kube-proxy", SERVICE_NO_LOCAL, rule=rule, node=node.id, **matched)
            walk.drop(hop, "no-endpoint", SERVICE_NO_LOCAL_DROP, rule=rule, service=svc.name, node=node.id)
        else:
            selector = ", ".join(f"{k}={v}" for k, v in svc.selector.items())
            walk.step(hop, "kube-proxy", SERVICE_NO_ENDPOINTS, rule=rule, selector=selector, **matched)
            walk.drop(hop, "no-endpoint", SERVICE_NO_ENDPOINTS_DROP, rule=rule, service=svc.name,
                      selector=selector)
        return None
    pinned = next((p for p in endpoints if p.id == walk.endpoint), None)
    chosen = pinned or endpoints[stable_hash(ip.src, ip.dst, sport, dport) % len(endpoints)]
    target_ip = walk.index.pod_ip(chosen)
    target_port = hit.port.effective_target_port
    if target_ip is None:
        walk.drop(hop, "no-endpoint", ENDPOINT_NO_ADDRESS, rule=rule, pod=chosen.id, service=svc.name)
        return None
    walk.step(hop, "kube-proxy", KUBE_DNAT, rule=rule, count=len(endpoints), pod=chosen.id, ip=target_ip,
              port=target_port, how=PICKED_BY[pinned is not None], **matched)
    # kube-proxy marks all external traffic of a Cluster-policy service for masquerade ("in
    # case we cross nodes", proxier.go), so even a local endpoint sees the node's address.
    masquerade = hit.external and svc.effective_policy == "Cluster"
    cluster = walk.index.clusters.get(node.cluster or "")
    pods = parse_net(cluster.pod_cidr) if cluster is not None else None
    if masquerade:
        walk.step(hop, "kube-proxy", KUBE_MASQ, rule=rule, pod=chosen.id, where=WHERE[chosen.node == node.id])
    elif hit.external and svc.effective_policy == "Local":
        walk.step(hop, "kube-proxy", KUBE_LOCAL, rule=rule, src=ip.src)
    elif str(target_ip) == ip.src:
        # Hairpin: the pod picked itself; without masquerade its reply would never come back
        # through the DNAT (KUBE-SEP's KUBE-MARK-MASQ for the endpoint's own address).
        masquerade = True
        walk.step(hop, "kube-proxy", KUBE_HAIRPIN, rule=rule, pod=chosen.id, src=ip.src)
    elif (cluster is not None and cluster.cluster_cidr_masquerade and pods is not None
          and address(ip.src) not in pods):
        masquerade = True
        walk.step(hop, "kube-proxy", KUBE_MASQ_OFF_CLUSTER, rule=rule, src=ip.src, cidr=pods)
    return Rewrite(rewrite(packet, dst=str(target_ip), dport=target_port), masquerade)
