"""L2 concentrator pair: bridges a network to its peer's across a tunnel between uplinks.

A frame for the far side of the stretched network is carried whole (its Ethernet header and
TTL untouched) inside IPsec ESP in UDP 4500 (``ipsec``), ESP carrying GRE (``gre-ipsec``) or
plain GRE (``gre``), from this appliance's uplink IP to the peer's; the WAN routes the outer
packet; the peer unwraps it and puts the frame on its own bridged network.
"""

from __future__ import annotations

from ipaddress import IPv4Address

from desktop_app.model.topology import Device

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
    replaced,
)
from ..index import Attachment, stable_hash
from ..messages import (
    L2C_BRIDGE_IN,
    L2C_BRIDGE_OUT,
    L2C_NO_NETWORK,
    L2C_NO_PEER,
    L2C_ONLY_BRIDGES,
    L2C_POP,
    L2C_PUSH,
    NO_MAC,
    TUNNEL_WORDS,
)
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame
from .forwarding import deliver, dst_of, lookup, route_step, send_via

OUTER_TTL = 64
ESP_NEXT_HEADER_ETHERNET = 143  # IANA: Ethernet (RFC 8986)
ESP_NEXT_HEADER_IPV4 = 4
TUNNEL_LAYER = {"ipsec": "IPsec", "gre-ipsec": "GRE over IPsec", "gre": "GRE"}


def uplink(walk: Walk, l2c: Device) -> Attachment | None:
    return next((a for a in walk.index.attachments.get(l2c.id, []) if a.ip is not None and a.network != l2c.bridge), None)


def spi_for(sender: str, receiver: str) -> int:
    """A stable SPI per direction of the appliance pair (values below 256 are reserved)."""
    return 0x1000 + stable_hash("spi", sender, receiver) % 0xFFFF0000


def esp_trailer(protected: int, minimum_pad: int = 0) -> int:
    """Padding (at least ``minimum_pad``, to 4 bytes), pad length, next header and the ICV."""
    pad = minimum_pad + (4 - (protected + minimum_pad + 2) % 4) % 4
    return pad + 2 + ESP_ICV_BYTES


# HCX network extension adds about 150 bytes to each frame (VMware HCX blog); its own
# encapsulation is proprietary, so the model carries the difference as ESP padding, which
# keeps the NULL-encrypted capture decodable. Outer IP 20 + UDP 8 + ESP 8 + trailer = 150.
HCX_OVERHEAD = 150
HCX_PAD = HCX_OVERHEAD - 20 - 8 - 8 - 2 - ESP_ICV_BYTES - 3  # the last ≤ 3 bytes align to 4
# NSX-T L2VPN runs GRE between tunnel-interface addresses inside route-based IPsec.
TUNNEL_INTERFACE_NET = "169.254.64."


def tunnel_interfaces(src: IPv4Address, dst: IPv4Address) -> tuple[str, str]:
    """The two ends' tunnel-interface addresses (169.254.64.1 on the lower uplink address)."""
    low, high = TUNNEL_INTERFACE_NET + "1", TUNNEL_INTERFACE_NET + "2"
    return (low, high) if src < dst else (high, low)


def encapsulate(kind: str, src: IPv4Address, dst: IPv4Address, frame: HeaderStack, df: bool,
                spi: int) -> HeaderStack:
    inner = sum(h.size for h in frame)
    if kind == "gre":
        return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_GRE, df), GRE(), *frame)
    if kind == "gre-ipsec":
        here, there = tunnel_interfaces(src, dst)
        esp = ESP(spi, 1, esp_trailer(IPv4.size + GRE.size + inner), ESP_NEXT_HEADER_IPV4)
        return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_ESP, df), esp,
                IPv4(here, there, OUTER_TTL, PROTO_GRE, df), GRE(), *frame)
    # HCX fragments the outer packet rather than drop a frame that does not fit: DF clear.
    esp = ESP(spi, 1, esp_trailer(inner, HCX_PAD), ESP_NEXT_HEADER_ETHERNET)
    return (IPv4(str(src), str(dst), OUTER_TTL, PROTO_UDP, False),
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
    walk.drop(hop, "no-route", L2C_ONLY_BRIDGES, device=l2c.id, network=l2c.bridge, dst=dst_of(packet))


def _into_tunnel(walk: Walk, hop: Hop, l2c: Device, frame: HeaderStack) -> None:
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    peer = walk.index.devices.get(l2c.peer or "")
    own = uplink(walk, l2c)
    far = uplink(walk, peer) if peer is not None else None
    if peer is None or own is None or far is None or own.ip is None or far.ip is None:
        walk.drop(hop, "unresolved", L2C_NO_PEER, device=l2c.id)
        return
    target = walk.index.by_mac.get((peer.bridge or "", eth.dst))
    walk.step(hop, "bridge", L2C_BRIDGE_OUT, rule=f"bridge {l2c.bridge} ↔ {peer.bridge}", src=eth.src,
              dst=eth.dst, target=target.device if target else "?", network=peer.bridge, peer=peer.id)
    if eth.vlan is not None:  # the port group strips the tag: the tunnel carries untagged frames
        frame = (replaced(eth, vlan=None), *frame[1:])
    inner_ip = next((h for h in frame if isinstance(h, IPv4)), None)
    kind = l2c.effective_tunnel
    outer = encapsulate(kind, own.ip, far.ip, frame, inner_ip.df if inner_ip else True, spi_for(l2c.id, peer.id))
    esp = next((h for h in outer if isinstance(h, ESP)), None)
    spi = f", SPI 0x{esp.spi:08x}" if esp else ""
    walk.step(hop, "encapsulate", L2C_PUSH, rule=f"tunnel {kind}", extra={"layer": TUNNEL_LAYER[kind]},
              tunnel=TUNNEL_WORDS[kind], src=own.ip, peer=peer.id, dst=far.ip, spi=spi)
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


def _out_of_tunnel(walk: Walk, hop: Hop, l2c: Device, packet: HeaderStack, frame: HeaderStack) -> None:
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    bridge = walk.index.networks.get(l2c.bridge or "")
    if bridge is None:
        walk.drop(hop, "unresolved", L2C_NO_NETWORK, device=l2c.id)
        return
    receiver = segment.resolve_mac(walk, bridge.id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", NO_MAC, network=bridge.id, mac=eth.dst)
        return
    kind = l2c.effective_tunnel
    walk.step(hop, "decapsulate", L2C_POP, rule=f"tunnel {kind}", extra={"layer": TUNNEL_LAYER[kind]},
              tunnel=TUNNEL_WORDS[kind], src=packet[0].src)  # type: ignore[union-attr]
    walk.step(hop, "bridge", L2C_BRIDGE_IN, rule=f"bridge {l2c.bridge}", network=bridge.id,
              device=receiver.device, mac=eth.dst)
    walk.forward_frame(hop, bridge, frame, receiver, walk.index.host_of(l2c.id))
