"""What every IP forwarder shares: the routing lookup and handing the packet on."""

from __future__ import annotations

from ipaddress import IPv4Address
from typing import Any

from ..headers import HeaderStack, IPv4
from ..index import address
from ..messages import DELIVERED, NO_ROUTE, ROUTE, ROUTE_SOURCES
from ..packets import ports
from ..routing import RouteEntry
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame


def lookup(walk: Walk, hop: Hop, device_id: str, packet: HeaderStack) -> RouteEntry | None:
    """Longest-prefix match for the packet's destination; drops with ``no-route`` on a miss."""
    ip = packet[0]
    assert isinstance(ip, IPv4)
    entry = walk.ctx.routes[device_id].lookup_text(ip.dst)
    if entry is None:
        walk.drop(hop, "no-route", NO_ROUTE, dst=ip.dst, device=device_id)
    return entry


def route_step(walk: Walk, hop: Hop, packet: HeaderStack, entry: RouteEntry,
               template: str = ROUTE, **params: Any) -> None:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    said = entry.said
    walk.step(hop, "route", template, rule=said, route_used=entry.used, dst=ip.dst, route=said,
              source=ROUTE_SOURCES[entry.source], **params)


def forward(walk: Walk, hop: Hop, device_id: str, packet: HeaderStack, sender_host: str | None,
            *, routed: bool = True, template: str = ROUTE, **params: Any) -> None:
    """Route the packet out of ``device_id``: lookup, TTL, then send to the next hop."""
    entry = lookup(walk, hop, device_id, packet)
    if entry is None:
        return
    route_step(walk, hop, packet, entry, template, **params)
    if routed:
        packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
        if packet is None:
            return
    send_via(walk, hop, entry, packet, sender_host)


def send_via(walk: Walk, hop: Hop, entry: RouteEntry, packet: HeaderStack, sender_host: str | None) -> None:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    walk.send(hop, entry.out, entry.via_text or ip.dst, packet, sender_host, entry.said if entry.via else None)


def dst_of(packet: HeaderStack) -> IPv4Address:
    return address(dst_text(packet))


def dst_text(packet: HeaderStack) -> str:
    """The packet's destination as its header writes it."""
    ip = packet[0]
    assert isinstance(ip, IPv4)
    return ip.dst


def deliver(walk: Walk, hop: Hop, device_id: str, packet: HeaderStack) -> None:
    """The packet has arrived: record it with the address and port it reached."""
    ip = packet[0]
    assert isinstance(ip, IPv4)
    _, dport = ports(packet)
    where = f"{ip.dst}:{dport}" if dport is not None else ip.dst
    walk.deliver(hop, DELIVERED, device=device_id, where=where)


def receive_as_host(walk: Walk, arrival: Arrival, kind: str) -> tuple[Hop, HeaderStack]:
    hop = walk.open_hop(arrival.device, kind, arrival)
    return hop, routed_frame(arrival.frame)
