"""The internet as one routed hop: to whoever owns or announces the destination."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network
from typing import Any

from ..headers import Ethernet
from ..index import Attachment, parse_net
from ..messages import INTERNET_ANNOUNCE, INTERNET_NOBODY, INTERNET_OWNER, INTERNET_SUBNET, Phrase
from ..walk import Arrival, Walk, routed_frame
from .forwarding import dst_of


def _best(walk: Walk, network_id: str, dst: IPv4Address, sender_mac: str
          ) -> tuple[Attachment, str, dict[str, Any]] | None:
    """The attachment that owns ``dst``, else the one covering it with the longest prefix."""
    owner = walk.index.owner.get((network_id, dst))
    if owner is not None:
        return owner, INTERNET_OWNER, {"dst": dst, "device": owner.device}
    best: tuple[int, Attachment, str, dict[str, Any]] | None = None
    for att in walk.index.on_network.get(network_id, []):
        if att.mac == sender_mac:
            continue
        d = walk.index.devices[att.device]
        prefixes: list[tuple[IPv4Network | None, str | None]] = [
            (a.prefix, a.name) for a in walk.index.attachments[d.id]
            if a.prefix is not None and a.network != network_id]
        prefixes += [(parse_net(p), None) for p in d.announce or []]
        for prefix, iface in prefixes:
            if prefix is not None and dst in prefix and (best is None or prefix.prefixlen > best[0]):
                template = INTERNET_SUBNET if iface else INTERNET_ANNOUNCE
                best = (prefix.prefixlen, att, template, {"device": att.device, "prefix": prefix, "iface": iface})
    return (best[1], best[2], best[3]) if best else None


def receive(walk: Walk, arrival: Arrival) -> None:
    net = walk.index.networks[arrival.device]
    hop = walk.open_hop(net.id, "internet", arrival)
    packet = routed_frame(arrival.frame)
    eth = arrival.frame[0]
    sender_mac = eth.src if isinstance(eth, Ethernet) else ""
    found = _best(walk, net.id, dst_of(packet), sender_mac)
    if found is None:
        walk.drop(hop, "no-route", INTERNET_NOBODY, network=net.display_label, dst=dst_of(packet))
        return
    att, template, params = found
    walk.step(hop, "route", template, rule=Phrase(template, **params), **params)
    packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
    if packet is None:
        return
    from ..walk import _cloud_mac

    frame = (Ethernet(_cloud_mac(net.id), att.mac), *packet)
    if walk.emit(hop, net, frame):
        walk.pending = Arrival(att.device, net.id, hop.headers_out, walk.index.host_of(att.device))
