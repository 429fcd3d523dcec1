"""NSX distributed logical router: routes in the kernel of the host the packet is on."""

from __future__ import annotations

from ..messages import ROUTE_DLR
from ..walk import Arrival, Walk
from .forwarding import deliver, dst_text, forward, receive_as_host


def receive(walk: Walk, arrival: Arrival) -> None:
    hop, packet = receive_as_host(walk, arrival, "dlr")
    if walk.index.owns(arrival.device, dst_text(packet)):
        deliver(walk, hop, arrival.device, packet)
        return
    if arrival.on_host:
        forward(walk, hop, arrival.device, packet, arrival.on_host, template=ROUTE_DLR, host=arrival.on_host)
    else:
        forward(walk, hop, arrival.device, packet, None)
