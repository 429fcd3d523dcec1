"""Sending a packet a device did not receive: a reply, an RST or an ICMP error, from the
device that answers, through the same forwarding behaviour as every other packet."""

from __future__ import annotations

from ..headers import HeaderStack
from ..trace import Hop
from ..walk import Walk
from . import k8s_node, pod, state
from .forwarding import forward


def send_from(walk: Walk, hop: Hop, device_id: str, packet: HeaderStack) -> None:
    """Route ``packet`` out of ``device_id`` as that device's own stack sends it."""
    device = walk.index.devices[device_id]
    host = walk.index.host_of(device_id)
    if device.kind == "pod":
        pod.send_to_node(walk, hop, device_id, packet)
        return
    if device.kind == "k8s-node":
        k8s_node.process(walk, hop, device, packet, True, host)
        return
    # An error the ESG itself raises about a translated packet is translated back too.
    packet = state.reverse_at(walk, hop, device_id, packet) or packet
    forward(walk, hop, device_id, packet, host, routed=False)
