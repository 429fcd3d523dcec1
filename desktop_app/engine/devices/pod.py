"""Pods: send through the node's Calico gateway, receive, or proxy (an ingress controller)."""

from __future__ import annotations

from ..headers import Ethernet, HeaderStack
from ..index import CALICO_GATEWAY, CALICO_GATEWAY_MAC
from ..packets import ports
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame
from . import ingress
from .forwarding import deliver_text, dst_of


def originate(walk: Walk, hop: Hop, pod_id: str, build) -> None:
    pod = walk.index.devices[pod_id]
    src = walk.index.pod_ip(pod)
    if src is None or pod.node not in walk.index.devices:
        walk.drop(hop, "no-route", f"{pod_id} has no address or no node")
        return
    packet = build(src)
    sport, dport = ports(packet)
    walk.step(hop, "originate", f"{pod_id} opens {src}:{sport} → {packet[0].dst}:{dport}")  # type: ignore[union-attr]
    send_to_node(walk, hop, pod_id, packet)


def send_to_node(walk: Walk, hop: Hop, pod_id: str, packet: HeaderStack) -> None:
    """Out of the pod: host-network pods use the node's stack; others its Calico gateway."""
    pod = walk.index.devices[pod_id]
    host = walk.index.host_of(pod_id)
    if pod.host_network:
        walk.step(hop, "route", f"host network: the packet goes straight into {pod.node}'s stack", rule="host network")
        walk.hand_over(hop, pod.node or "", packet, host)
        return
    walk.step(hop, "route", f"default via {CALICO_GATEWAY} dev eth0: Calico's gateway, answered by {pod.node} "
              f"with proxy ARP ({CALICO_GATEWAY_MAC})", rule=f"default via {CALICO_GATEWAY}")
    mac = walk.index.attachments[pod_id][0].mac
    walk.hand_over(hop, pod.node or "", (Ethernet(mac, CALICO_GATEWAY_MAC), *packet), host)


def receive(walk: Walk, arrival: Arrival) -> None:
    pod = walk.index.devices[arrival.device]
    hop = walk.open_hop(pod.id, "pod", arrival)
    packet = routed_frame(arrival.frame)
    if ingress.controls(walk, pod, packet):
        ingress.proxy(walk, hop, pod, packet)
        return
    if dst_of(packet) in walk.index.device_ips(pod.id):
        walk.deliver(hop, deliver_text(walk, pod.id, packet))
        return
    walk.drop(hop, "no-route", f"{pod.id} does not forward packets for {dst_of(packet)}")
