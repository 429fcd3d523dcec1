"""L2 concentrator pair: bridges a network to its peer's across a tunnel between uplinks.

A frame for the far side of the stretched network is carried whole (its Ethernet header and
TTL untouched) inside IPsec ESP in UDP 4500 (``ipsec``), ESP carrying GRE (``gre-ipsec``) or
plain GRE (``gre``), from this appliance's uplink IP to the peer's; the WAN routes the outer
packet; the peer unwraps it and puts the frame on its own bridged network.
"""

from __future__ import annotations

from ipaddress import IPv4Address

from desktop_app.model import topology as t

from .. import messages as M
from .. import segment
from ..headers import (
    ESP,
    ESP_ICV_BYTES,
    GRE,
    IPSEC_NAT_T_PORT,
    PROTO_ESP,
    PROTO_GRE,
    PROTO_UDP,
    UDP,
    Ethernet,
    HeaderStack,
    IPv4,
)
from ..index import Attachment, stable_hash
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame
from .forwarding import deliver, dst_of, lookup, route_step, send_via

OUTER_TTL = 64
ESP_NEXT_HEADER_ETHERNET = 143  # IANA: Ethernet (RFC 8986)
ESP_NEXT_HEADER_GRE = 47
TUNNEL_LAYER = {"ipsec": "IPsec", "gre-ipsec": "GRE over IPsec", "gre": "GRE"}


def uplink(walk: Walk, l2c: t.Device) -> Attachment | None:
    return next((a for a in walk.index.attachments.get(l2c.id, []) if a.ip is not None and a.network != l2c.bridge), None)


def spi_for(sender: str, receiver: str) -> int:
    """A stable SPI per direction of the appliance pair (values below 256 are reserved)."""
    return 0x1000 + stable_hash("spi", sender, receiver) % 0xFFFF0000


def esp_trailer(protected: int) -> int:
    """Padding to 4 bytes, pad length and next header, and the ICV (NULL encryption)."""
    pad = (4 - (protected + 2) % 4) % 4
    return pad + 2 + ESP_ICV_BYTES


def encapsulate(kind: str, src: IPv4Address, dst: IPv4Address, frame: HeaderStack, df: bool,
                spi: int) -> HeaderStack:
    inner = sum(h.size for h in frame)
    if kind == "gre":
        return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_GRE, df), GRE(), *frame)
    if kind == "gre-ipsec":
        esp = ESP(spi, 1, esp_trailer(inner + GRE.size), ESP_NEXT_HEADER_GRE)
        return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_ESP, df), esp, GRE(), *frame)
    esp = ESP(spi, 1, esp_trailer(inner), ESP_NEXT_HEADER_ETHERNET)
    return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_UDP, df),
            UDP(IPSEC_NAT_T_PORT, IPSEC_NAT_T_PORT), esp, *frame)


def receive(walk: Walk, arrival: Arrival) -> None:
    l2c = walk.index.devices[arrival.device]
    hop = walk.open_hop(l2c.id, "l2-concentrator", arrival)
    if arrival.in_network == l2c.bridge:
        _into_tunnel(walk, hop, l2c, arrival.frame)
        return
    packet = routed_frame(arrival.frame)
    own = uplink(walk, l2c)
    if own is not None and packet and isinstance(packet[0], IPv4) and dst_of(packet) == own.ip:
        inner = _unwrap(packet)
        if inner is not None:
            _out_of_tunnel(walk, hop, l2c, packet, inner)
            return
        deliver(walk, hop, l2c.id, packet)
        return
    walk.drop(hop, "no-route", M.L2C_ONLY_BRIDGES, device=l2c.id, network=l2c.bridge, dst=dst_of(packet))


def _into_tunnel(walk: Walk, hop: Hop, l2c: t.Device, frame: HeaderStack) -> None:
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    peer = walk.index.devices.get(l2c.peer or "")
    own = uplink(walk, l2c)
    far = uplink(walk, peer) if peer is not None else None
    if peer is None or own is None or far is None or own.ip is None or far.ip is None:
        walk.drop(hop, "unresolved", M.L2C_NO_PEER, device=l2c.id)
        return
    target = walk.index.by_mac.get((peer.bridge or "", eth.dst))
    walk.step(hop, "bridge", M.L2C_BRIDGE_OUT, rule=f"bridge {l2c.bridge} ↔ {peer.bridge}", src=eth.src,
              dst=eth.dst, target=target.device if target else "?", network=peer.bridge, peer=peer.id)
    inner_ip = next((h for h in frame if isinstance(h, IPv4)), None)
    kind = l2c.effective_tunnel
    outer = encapsulate(kind, own.ip, far.ip, frame, inner_ip.df if inner_ip else True, spi_for(l2c.id, peer.id))
    esp = next((h for h in outer if isinstance(h, ESP)), None)
    spi = f", SPI 0x{esp.spi:08x}" if esp else ""
    walk.step(hop, "encapsulate", M.L2C_PUSH, rule=f"tunnel {kind}", extra={"layer": TUNNEL_LAYER[kind]},
              tunnel=M.TUNNEL_WORDS[kind], src=own.ip, peer=peer.id, dst=far.ip, spi=spi)
    entry = lookup(walk, hop, l2c.id, outer)
    if entry is None:
        return
    route_step(walk, hop, outer, entry)
    send_via(walk, hop, entry, outer, walk.index.host_of(l2c.id))


def _unwrap(packet: HeaderStack) -> HeaderStack | None:
    """The bridged frame inside a tunnel packet, or None when this is not tunnel traffic."""
    for i, h in enumerate(packet):
        if isinstance(h, Ethernet):
            return packet[i:]
    return None


def _out_of_tunnel(walk: Walk, hop: Hop, l2c: t.Device, packet: HeaderStack, frame: HeaderStack) -> None:
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    bridge = walk.index.networks.get(l2c.bridge or "")
    if bridge is None:
        walk.drop(hop, "unresolved", M.L2C_NO_NETWORK, device=l2c.id)
        return
    receiver = segment.resolve_mac(walk, bridge.id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", M.NO_MAC, network=bridge.id, mac=eth.dst)
        return
    kind = l2c.effective_tunnel
    walk.step(hop, "decapsulate", M.L2C_POP, rule=f"tunnel {kind}", extra={"layer": TUNNEL_LAYER[kind]},
              tunnel=M.TUNNEL_WORDS[kind], src=packet[0].src)  # type: ignore[union-attr]
    walk.step(hop, "bridge", M.L2C_BRIDGE_IN, rule=f"bridge {l2c.bridge}", network=bridge.id,
              device=receiver.device, mac=eth.dst)
    walk.forward_frame(hop, bridge, frame, receiver, walk.index.host_of(l2c.id))
