"""The L2 segment: who answers ARP on a network, where a frame for a MAC goes (across an
L2 concentrator's bridge too), and carrying a frame to its receiver, through the sender's
host VTEP when a logical switch joins two VMs on different ESXi hosts."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Address
from typing import TYPE_CHECKING

from desktop_app.model.topology import Device, Network

from .arrival import Arrival
from .headers import Ethernet, HeaderStack, replaced
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


def bridge_attachment(walk: Walk, l2c: Device) -> Attachment | None:
    return next((a for a in walk.index.attachments.get(l2c.id, []) if a.network == l2c.bridge), None)


def host_for_receiver(walk: Walk, att: Attachment, sender_host: str | None) -> str | None:
    d = walk.index.devices.get(att.device)
    if d is not None and d.kind == "dlr":
        return sender_host  # the DLR's data plane is in every host's kernel
    return walk.index.host_of(att.device)


def carry(walk: Walk, hop: Hop, network: Network, receiver: Attachment, sender_host: str | None) -> None:
    """Move the frame just emitted across the segment: directly, or through VXLAN."""
    receiver_host = host_for_receiver(walk, receiver, sender_host)
    if (network.kind == "vxlan" and sender_host and receiver_host
            and sender_host != receiver_host):
        # The sender's host VTEP encapsulates; see devices/esxi.py.
        walk.pending = Arrival(sender_host, network.id, hop.headers_out, sender_host)
        return
    vlan = wire_tag(walk, network, receiver.device) if network.vlan is not None else None
    frame = retagged(hop.headers_out, vlan)
    walk.pending = Arrival(receiver.device, network.id, frame, receiver_host)


def wire_tag(walk: Walk, network: Network, device_id: str) -> int | None:
    """The 802.1Q tag of a frame as ``device_id`` sends or receives it on ``network``.

    A VLAN network's tag is on the wire between physical devices; a VM's port group adds it
    on the way out and strips it on the way in, so VMs (ESG, nodes, appliances) never see it.
    """
    if network.vlan is None or network.kind != "vlan":
        return None
    device = walk.index.devices.get(device_id)
    if device is not None and device.kind != "esxi-host" and walk.index.host_of(device_id) is not None:
        return None
    return network.vlan


def retagged(frame: HeaderStack, vlan: int | None) -> HeaderStack:
    """The frame with its outer Ethernet tag set to ``vlan`` (a port group's work)."""
    eth = frame[0] if frame else None
    if not isinstance(eth, Ethernet) or eth.vlan == vlan:
        return frame
    return (replaced(eth, vlan=vlan), *frame[1:])


