"""Pods: send through the node's Calico gateway, receive, or proxy (an ingress controller)."""

from __future__ import annotations

from .. import messages as M
from ..headers import Ethernet, HeaderStack, IPv4, ip_packet_bytes
from ..index import CALICO_GATEWAY, CALICO_GATEWAY_MAC
from ..packets import PacketBuilder, ports
from ..trace import Hop, RouteUsed
from ..walk import Arrival, Walk, routed_frame
from . import calico, ingress
from .forwarding import deliver, dst_of


def originate(walk: Walk, hop: Hop, pod_id: str, build: PacketBuilder) -> None:
    pod = walk.index.devices[pod_id]
    src = walk.index.pod_ip(pod)
    if src is None or pod.node not in walk.index.devices:
        walk.drop(hop, "no-route", M.POD_NO_ADDRESS, pod=pod_id)
        return
    packet = build(src, calico.sending_mtu(walk, pod_id) - 40)  # the MSS of the pod's MTU
    sport, dport = ports(packet)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    walk.step(hop, "originate", M.OPENS, device=pod_id, src=src, sport=sport, dst=ip.dst, dport=dport)
    send_to_node(walk, hop, pod_id, packet)


# Every pod's one route: Calico's link-local gateway, answered by the node (proxy ARP).
_GATEWAY_RULE = f"default via {CALICO_GATEWAY}"
_GATEWAY_ROUTE = RouteUsed("0.0.0.0/0", CALICO_GATEWAY, "eth0")


def send_to_node(walk: Walk, hop: Hop, pod_id: str, packet: HeaderStack) -> None:
    """Out of the pod: host-network pods use the node's stack; others its Calico gateway."""
    pod = walk.index.devices[pod_id]
    host = walk.index.host_of(pod_id)
    if pod.host_network:
        walk.step(hop, "route", M.HOST_NETWORK, rule="host network", node=pod.node)
        walk.hand_over(hop, pod.node or "", packet, host)
        return
    mtu = calico.pod_mtu(walk, pod)
    hop.mtu = mtu
    size = ip_packet_bytes(packet)
    ip = packet[0]
    if size > mtu and isinstance(ip, IPv4) and ip.df:
        # Calico sizes the pod's veth for the tunnel: the pod's own stack refuses a bigger
        # packet (TCP would have segmented to the MSS), so nothing oversize reaches tunl0.
        walk.dropped = packet
        walk.drop(hop, "mtu-exceeded", M.POD_MTU_EXCEEDED, rule="pod MTU", pod=pod_id, size=size, mtu=mtu)
        return
    walk.step(hop, "route", M.CALICO_GATEWAY, rule=_GATEWAY_RULE, route_used=_GATEWAY_ROUTE,
              gateway=CALICO_GATEWAY, node=pod.node, mac=CALICO_GATEWAY_MAC)
    mac = walk.index.attachments[pod_id][0].mac
    walk.hand_over(hop, pod.node or "", (Ethernet(mac, CALICO_GATEWAY_MAC), *packet), host)


def receive(walk: Walk, arrival: Arrival) -> None:
    pod = walk.index.devices[arrival.device]
    hop = walk.open_hop(pod.id, "pod", arrival)
    packet = routed_frame(arrival.frame)
    if walk.conntrack is None and ingress.controls(walk, pod, packet):
        ingress.proxy(walk, hop, pod, packet)
        return
    if dst_of(packet) in walk.index.device_ips(pod.id):
        deliver(walk, hop, pod.id, packet)
        return
    walk.drop(hop, "no-route", M.POD_NO_FORWARD, pod=pod.id, dst=dst_of(packet))
