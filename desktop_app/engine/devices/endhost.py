"""End hosts (client, dns server, VM): originate flows and accept what is addressed to them."""

from __future__ import annotations

from typing import Any

from ..headers import HeaderStack, IPv4
from ..messages import NO_SOURCE_ADDRESS, NOT_A_ROUTER, ORIGINATE, ORIGINATE_NO_PORTS
from ..packets import PacketBuilder, ports, protocol_name
from ..trace import Hop
from ..walk import Arrival, Walk
from .forwarding import deliver, dst_of, dst_text, forward, lookup, receive_as_host


def originate(walk: Walk, hop: Hop, device_id: str, build: PacketBuilder) -> None:
    """Pick the source interface by route lookup, build the packet, send it."""
    probe = build(None)
    entry = lookup(walk, hop, device_id, probe)
    if entry is None:
        return
    if entry.out.ip is None:
        walk.drop(hop, "no-route", NO_SOURCE_ADDRESS, device=device_id, iface=entry.out.name)
        return
    network = walk.index.networks.get(entry.out.network or "")
    packet: HeaderStack = build(entry.out.ip, (network.effective_mtu if network else 1500) - 40)
    _originate_step(walk, hop, packet, entry.out.name)
    forward(walk, hop, device_id, packet, walk.index.host_of(device_id), routed=False)


def _originate_step(walk: Walk, hop: Hop, packet: HeaderStack, iface: str) -> None:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    sport, dport = ports(packet)
    params: dict[str, Any] = dict(protocol=protocol_name(ip.protocol), src=ip.src, dst=ip.dst,
                                  iface=iface)
    if sport is None:
        walk.step(hop, "originate", ORIGINATE_NO_PORTS, **params)
    else:
        walk.step(hop, "originate", ORIGINATE, sport=sport, dport=dport, **params)


def receive(walk: Walk, arrival: Arrival) -> None:
    d = walk.index.devices[arrival.device]
    hop, packet = receive_as_host(walk, arrival, d.kind)
    if walk.index.owns(d.id, dst_text(packet)):
        deliver(walk, hop, d.id, packet)
        return
    walk.drop(hop, "no-route", NOT_A_ROUTER, device=d.id, kind=d.kind, dst=dst_of(packet))


__all__ = ["originate", "receive", "Hop"]
