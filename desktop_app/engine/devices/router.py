"""Routers (IBM Cloud FCR/BCR/XCR, on-premises, ISP): longest-prefix match, TTL, new Ethernet."""

from __future__ import annotations

from ..walk import Arrival, Walk
from .forwarding import deliver, dst_text, forward, receive_as_host


def receive(walk: Walk, arrival: Arrival) -> None:
    hop, packet = receive_as_host(walk, arrival, "router")
    if walk.index.owns(arrival.device, dst_text(packet)):
        deliver(walk, hop, arrival.device, packet)
        return
    forward(walk, hop, arrival.device, packet, walk.index.host_of(arrival.device))
