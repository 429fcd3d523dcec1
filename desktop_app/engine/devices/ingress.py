"""Ingress controller (NGINX): terminate the client's connection, match host and path, and
open a new connection to the rule's service with X-Forwarded-For."""

from __future__ import annotations

from ipaddress import IPv4Address

from desktop_app.model.topology import Cluster, Device, Ingress, IngressRule

from ..headers import HeaderStack, IPv4
from ..index import address
from ..messages import (
    INGRESS_NO_RULE,
    INGRESS_NO_RULE_DROP,
    INGRESS_NO_SERVICE,
    INGRESS_NO_SERVICE_DROP,
    INGRESS_PROXY,
    INGRESS_PROXY_TLS,
    POD_NO_ADDRESS,
)
from ..packets import build_packet, ephemeral_port, ports
from ..trace import Hop
from ..walk import Walk


def _ingresses_for(walk: Walk, pod: Device) -> list[tuple[Cluster, Ingress]]:
    node = walk.index.devices.get(pod.node or "")
    cluster = walk.index.clusters.get(node.cluster or "") if node else None
    if cluster is None:
        return []
    labels = pod.labels or {}
    return [(cluster, ing) for ing in cluster.ingresses
            if ing.controller and all(labels.get(k) == v for k, v in ing.controller.items())]


def controls(walk: Walk, pod: Device, packet: HeaderStack) -> bool:
    """Whether this pod is an ingress controller listening on the packet's port."""
    _, dport = ports(packet)
    return bool(_ingresses_for(walk, pod)) and (not pod.ports or dport in pod.ports)


def proxy(walk: Walk, hop: Hop, pod: Device, packet: HeaderStack) -> None:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    _, dport = ports(packet)
    host = walk.request_host or ip.dst
    path = "/"
    for cluster, ing in _ingresses_for(walk, pod):
        for rule in ing.rules:
            if (rule.host in (None, host)) and path.startswith(rule.path or "/"):
                _open_backend(walk, hop, pod, cluster, ing, rule, packet, host)
                return
    walk.step(hop, "proxy", INGRESS_NO_RULE, pod=pod.id, host=host, path=path)
    walk.drop(hop, "no-endpoint", INGRESS_NO_RULE_DROP, host=host, path=path)


def _open_backend(walk: Walk, hop: Hop, pod: Device, cluster: Cluster, ing: Ingress,
                  rule: IngressRule, packet: HeaderStack, host: str) -> None:
    from .pod import send_to_node

    client = address(packet[0].src)  # type: ignore[union-attr]
    _, dport = ports(packet)
    svc = next((s for s in cluster.services if s.name == rule.service), None)
    if svc is None or svc.cluster_ip is None:
        walk.step(hop, "proxy", INGRESS_NO_SERVICE, ingress=ing.name, host=host, service=rule.service)
        walk.drop(hop, "no-endpoint", INGRESS_NO_SERVICE_DROP, ingress=ing.name, service=rule.service)
        return
    src = walk.index.pod_ip(pod)
    if src is None:
        walk.drop(hop, "no-route", POD_NO_ADDRESS, pod=pod.id)
        return
    walk.step(hop, "proxy", INGRESS_PROXY_TLS if dport == 443 else INGRESS_PROXY, rule=f"ingress {ing.name}",
              pod=pod.id, client=client, ingress=ing.name, host=host, path=rule.path or "/",
              service=svc.name, port=rule.port)
    walk.segment += 1
    sport = ephemeral_port(pod.id, svc.name, walk.segment, client)
    new = build_packet(src, IPv4Address(svc.cluster_ip), "tcp", rule.port, sport, host=host,
                       forwarded_for=client, ip_id=walk.segment)
    send_to_node(walk, hop, pod.id, new)
