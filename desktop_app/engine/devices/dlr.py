"""NSX distributed logical router: routes in the kernel of the host the packet is on."""

from __future__ import annotations

from ..walk import Arrival, Walk
from .forwarding import deliver_text, dst_of, forward, receive_as_host


def receive(walk: Walk, arrival: Arrival) -> None:
    hop, packet = receive_as_host(walk, arrival, "dlr")
    if walk.index.owns(arrival.device, dst_of(packet)):
        walk.deliver(hop, deliver_text(walk, arrival.device, packet))
        return
    where = f"DLR in the kernel of {arrival.on_host}" if arrival.on_host else "DLR"
    forward(walk, hop, arrival.device, packet, arrival.on_host, who=where)
