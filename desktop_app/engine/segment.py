"""The L2 segment: who answers ARP on a network, where a frame for a MAC goes (across an
L2 concentrator's bridge too), and carrying a frame to its receiver, through the sender's
host VTEP when a logical switch joins two VMs on different ESXi hosts."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Address
from typing import TYPE_CHECKING

from desktop_app.model import topology as t

from .arrival import Arrival
from .index import Attachment
from .trace import Hop

if TYPE_CHECKING:
    from .walk import Walk


@dataclass(frozen=True)
class Target:
    """Who receives a frame on a network, and who it is finally for when a bridge is between."""

    receiver: Attachment
    final: Attachment
    bridged_by: str | None = None  # the L2 concentrator carrying the frame across


def resolve_ip(walk: Walk, network: str, ip: IPv4Address) -> Target | None:
    """ARP on a network: the attachment that answers for ``ip``, across an L2 bridge too."""
    att = walk.index.owner.get((network, ip))
    if att is not None:
        return Target(att, att)
    l2c = walk.index.l2c_by_bridge.get(network)
    if l2c is not None and l2c.peer in walk.index.devices:
        peer = walk.index.devices[l2c.peer]
        far = walk.index.owner.get((peer.bridge or "", ip))
        bridge_att = bridge_attachment(walk, l2c)
        if far is not None and bridge_att is not None:
            return Target(bridge_att, far, l2c.id)
    return None


def resolve_mac(walk: Walk, network: str, mac: str) -> Attachment | None:
    """Which attachment a frame for ``mac`` goes to on a network (bridges learn the far side)."""
    att = walk.index.by_mac.get((network, mac))
    if att is not None:
        return att
    l2c = walk.index.l2c_by_bridge.get(network)
    if l2c is not None and l2c.peer in walk.index.devices:
        peer = walk.index.devices[l2c.peer]
        if (peer.bridge or "", mac) in walk.index.by_mac:
            return bridge_attachment(walk, l2c)
    return None


def bridge_attachment(walk: Walk, l2c: t.Device) -> Attachment | None:
    return next((a for a in walk.index.attachments.get(l2c.id, []) if a.network == l2c.bridge), None)


def host_for_receiver(walk: Walk, att: Attachment, sender_host: str | None) -> str | None:
    d = walk.index.devices.get(att.device)
    if d is not None and d.kind == "dlr":
        return sender_host  # the DLR's data plane is in every host's kernel
    return walk.index.host_of(att.device)


def carry(walk: Walk, hop: Hop, network: t.Network, receiver: Attachment, sender_host: str | None) -> None:
    """Move the frame just emitted across the segment: directly, or through VXLAN."""
    receiver_host = host_for_receiver(walk, receiver, sender_host)
    if (network.kind == "vxlan" and sender_host and receiver_host
            and sender_host != receiver_host):
        # The sender's host VTEP encapsulates; see devices/esxi.py.
        walk.pending = Arrival(sender_host, network.id, hop.headers_out, sender_host)
        return
    walk.pending = Arrival(receiver.device, network.id, hop.headers_out, receiver_host)


