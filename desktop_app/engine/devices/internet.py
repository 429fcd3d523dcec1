"""The internet as one routed hop: to whoever owns or announces the destination."""

from __future__ import annotations

from ipaddress import IPv4Address

from ..headers import Ethernet
from ..index import Attachment, parse_net
from ..walk import Arrival, Walk, routed_frame
from .forwarding import dst_of


def _best(walk: Walk, network_id: str, dst: IPv4Address, sender_mac: str) -> tuple[Attachment, str] | None:
    """The attachment that owns ``dst``, else the one covering it with the longest prefix."""
    owner = walk.index.owner.get((network_id, dst))
    if owner is not None:
        return owner, f"{dst} belongs to {owner.device}"
    best: tuple[int, Attachment, str] | None = None
    for att in walk.index.on_network.get(network_id, []):
        if att.mac == sender_mac:
            continue
        d = walk.index.devices[att.device]
        prefixes = [(a.prefix, f"its subnet on {a.name}") for a in walk.index.attachments[d.id]
                    if a.prefix is not None and a.network != network_id]
        prefixes += [(parse_net(p), "its announcement") for p in d.announce or []]
        for prefix, why in prefixes:
            if prefix is not None and dst in prefix and (best is None or prefix.prefixlen > best[0]):
                best = (prefix.prefixlen, att, f"{att.device} announces {prefix} ({why})")
    return (best[1], best[2]) if best else None


def receive(walk: Walk, arrival: Arrival) -> None:
    net = walk.index.networks[arrival.device]
    hop = walk.open_hop(net.id, "internet", arrival)
    packet = routed_frame(arrival.frame)
    eth = arrival.frame[0]
    sender_mac = eth.src if isinstance(eth, Ethernet) else ""
    found = _best(walk, net.id, dst_of(packet), sender_mac)
    if found is None:
        walk.drop(hop, "no-route", f"nobody on the {net.display_label} owns or announces {dst_of(packet)}")
        return
    att, why = found
    walk.step(hop, "route", f"internet routing: {why}", rule=why)
    packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
    if packet is None:
        return
    from ..walk import _cloud_mac

    frame = (Ethernet(_cloud_mac(net.id), att.mac), *packet)
    if walk.emit(hop, net, frame):
        walk.pending = Arrival(att.device, net.id, hop.headers_out, walk.index.host_of(att.device))
