"""End hosts (client, dns server, VM): originate flows and accept what is addressed to them."""

from __future__ import annotations

from ..headers import HeaderStack
from ..trace import Hop
from ..walk import Arrival, Walk
from .forwarding import deliver_text, dst_of, forward, receive_as_host


def originate(walk: Walk, hop: Hop, device_id: str, build) -> None:
    """Pick the source interface by route lookup, build the packet, send it."""
    from .forwarding import lookup

    probe = build(None)
    entry = lookup(walk, hop, device_id, probe)
    if entry is None:
        return
    if entry.out.ip is None:
        walk.drop(hop, "no-route", f"{device_id} has no address on {entry.out.name}")
        return
    packet: HeaderStack = build(entry.out.ip)
    walk.step(hop, "originate", _describe(packet, entry.out.name))
    forward(walk, hop, device_id, packet, walk.index.host_of(device_id), routed=False)


def _describe(packet: HeaderStack, iface: str) -> str:
    from ..packets import ports, protocol_name

    ip = packet[0]
    sport, dport = ports(packet)
    proto = protocol_name(ip.protocol)  # type: ignore[union-attr]
    if sport is None:
        return f"{proto} {ip.src} → {ip.dst} from {iface}"  # type: ignore[union-attr]
    return f"{proto} {ip.src}:{sport} → {ip.dst}:{dport} from {iface}"  # type: ignore[union-attr]


def receive(walk: Walk, arrival: Arrival) -> None:
    d = walk.index.devices[arrival.device]
    hop, packet = receive_as_host(walk, arrival, d.kind)
    if walk.index.owns(d.id, dst_of(packet)):
        walk.deliver(hop, deliver_text(walk, d.id, packet))
        return
    walk.drop(hop, "no-route", f"{d.id} is a {d.kind}, not a router: it drops a packet for {dst_of(packet)}")


__all__ = ["originate", "receive", "Hop"]
