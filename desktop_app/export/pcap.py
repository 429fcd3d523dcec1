"""A Wireshark capture of a trace: one packet per hop, real bytes built by scapy (no Qt).

Each hop contributes the frame it sends (``headers_out``), or the frame it received when it
sends nothing (the destination, a drop). scapy computes lengths and checksums; ESP is written
by hand with NULL encryption (RFC 2410) so Wireshark's NULL heuristic shows what it carries:
SPI and sequence, the protected bytes, padding 1, 2, 3…, pad length, next header and a 12-byte
ICV (the HMAC-SHA1-96 size that heuristic assumes). Frames that never touch a wire (inside a
Kubernetes node, between a pod and its node) have no Ethernet header in the trace and are
written on a raw-IPv4 interface.

The pcapng container is written here rather than with scapy's ``PcapNgWriter`` because the
file should name its interfaces after the networks, carry a section comment and the
application name, and come out byte-identical on every run.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.engine.headers import (
    ESP,
    ESP_ICV_BYTES,
    GRE,
    HTTP,
    ICMP,
    QUOTED_TRANSPORT_BYTES,
    TCP,
    UDP,
    VXLAN,
    Ethernet,
    Header,
    HeaderStack,
    IPv4,
    Payload,
)
from desktop_app.engine.trace import Hop, Trace

if TYPE_CHECKING:
    from scapy.packet import Packet

VXLAN_IANA_PORT = 4789  # the only port Wireshark decodes as VXLAN without "Decode As"
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101  # raw IPv4/IPv6, no link-layer header
EPOCH = 1_577_836_800  # 2020-01-01T00:00:00Z: fixed, so the same trace gives the same bytes
STEP_US = 1000  # one millisecond between hops
ESP_NULL_PREFERENCE = "esp.enable_null_encryption_decode_heuristic:TRUE"


@dataclass(frozen=True)
class CapturedPacket:
    """One hop's frame as it goes into the capture."""

    hop: int
    data: bytes
    linktype: int
    interface: str
    comment: str


def vxlan_ports(trace: Trace) -> list[int]:
    """The UDP destination ports that carry VXLAN in this trace (4789, or 8472 on older NSX)."""
    ports: set[int] = set()
    for hop in trace.all_hops:
        stack = _stack_of(hop)
        for outer, inner in zip(stack, stack[1:], strict=False):
            if isinstance(outer, UDP) and isinstance(inner, VXLAN):
                ports.add(outer.dport)
    return sorted(ports)


def notes(trace: Trace) -> list[str]:
    """What a Wireshark user must set to see every layer of this trace."""
    stacks = [_stack_of(h) for h in trace.all_hops]
    out = []
    for port in vxlan_ports(trace):
        if port != VXLAN_IANA_PORT:
            out.append(f"Decode As UDP {port} → VXLAN (tshark -d udp.port=={port},vxlan)")
    if any(isinstance(x, ESP) for s in stacks for x in s):
        out.append("ESP uses NULL encryption: enable the ESP preference 'Attempt to detect/decode "
                   f"NULL encrypted ESP payloads' (tshark -o {ESP_NULL_PREFERENCE})")
    return out


def packets(trace: Trace) -> list[CapturedPacket]:
    """Every hop's frame with its bytes, link type, interface name and comment."""
    out: list[CapturedPacket] = []
    first_notes = notes(trace)
    for hop in trace.all_hops:  # a conversation's reply follows its request, in time order
        stack = _stack_of(hop)
        if not stack:
            continue  # a hop that neither got nor sent a packet (unresolved at the source)
        linktype = LINKTYPE_ETHERNET if isinstance(stack[0], Ethernet) else LINKTYPE_RAW
        comment = f"hop {hop.index}: {hop.device} — {hop.summary or hop.kind}"
        if not out and first_notes:
            comment += "\n" + "\n".join(first_notes)
        out.append(CapturedPacket(hop.index, frame_bytes(stack), linktype,
                                  _interface_name(hop, linktype), comment))
    return out


def pcapng_bytes(trace: Trace) -> bytes:
    """The whole capture file: section header, one interface per segment, one packet per hop."""
    captured = packets(trace)
    name = f"flow {trace.flow.id}: " if trace.flow.id else ""
    section = [f"hybridviz trace, {name}{trace.flow.headline()}: {trace.disposition} — {trace.detail}"]
    if trace.conversation is not None:
        section.append(f"conversation: {trace.conversation.outcome} — {trace.conversation.detail}")
    section.append("Every packet is the same one seen leaving the next hop, so Wireshark marks the "
                   "repeats as TCP retransmissions and repeated ESP sequence numbers.")
    section += notes(trace)
    out = [_shb("\n".join(section))]
    interfaces: dict[tuple[str, int], int] = {}
    for n, p in enumerate(captured):
        key = (p.interface, p.linktype)
        if key not in interfaces:
            interfaces[key] = len(interfaces)
            out.append(_idb(p.linktype, p.interface))
        out.append(_epb(interfaces[key], EPOCH * 1_000_000 + n * STEP_US, p.data, p.comment))
    return b"".join(out)


def frame_bytes(stack: HeaderStack) -> bytes:
    """The bytes on the wire for a header stack, outermost first (no FCS)."""
    return bytes(_build(stack))


def _stack_of(hop: Hop) -> HeaderStack:
    return hop.headers_out or hop.headers_in


def _interface_name(hop: Hop, linktype: int) -> str:
    network = hop.out_network if hop.headers_out else hop.in_network
    if linktype == LINKTYPE_ETHERNET and network:
        return network
    # Ids never contain spaces, so this cannot collide with a network's name.
    return f"inside {hop.on_host or hop.device}"


def _build(stack: HeaderStack) -> Packet:
    from scapy.packet import Raw

    if not stack:
        return Raw(b"")
    head, rest = stack[0], stack[1:]
    if isinstance(head, ESP):
        return Raw(esp_bytes(head, bytes(_build(rest)) if rest else b""))
    layer = _layer(head)
    return layer / _build(rest) if rest else layer


def _layer(h: Header) -> Packet:
    """One header as a scapy layer with every field the trace sets given explicitly."""
    from scapy.layers.inet import ICMP as ScapyICMP
    from scapy.layers.inet import IP
    from scapy.layers.inet import TCP as ScapyTCP
    from scapy.layers.inet import UDP as ScapyUDP
    from scapy.layers.l2 import GRE as ScapyGRE
    from scapy.layers.l2 import Dot1Q, Ether
    from scapy.layers.vxlan import VXLAN as ScapyVXLAN
    from scapy.packet import Raw

    if isinstance(h, Ethernet):
        if h.vlan is not None:
            return Ether(src=h.src, dst=h.dst, type=0x8100) / Dot1Q(vlan=h.vlan, type=h.ethertype)
        return Ether(src=h.src, dst=h.dst, type=h.ethertype)
    if isinstance(h, IPv4):
        return IP(src=h.src, dst=h.dst, ttl=h.ttl, proto=h.protocol, id=h.id,
                  flags="DF" if h.df else 0)
    if isinstance(h, TCP):
        # A mid-connection segment: fixed sequence numbers keep the bytes stable.
        ack = 1 if "A" in h.flags else 0
        return ScapyTCP(sport=h.sport, dport=h.dport, flags=h.flags, seq=1, ack=ack, window=64240,
                        options=tcp_options(h))
    if isinstance(h, UDP):
        return ScapyUDP(sport=h.sport, dport=h.dport)
    if isinstance(h, ICMP):
        if h.quote:
            error = ScapyICMP(type=h.icmp_type, code=h.code)
            if h.mtu is not None:
                error = ScapyICMP(type=h.icmp_type, code=h.code, nexthopmtu=h.mtu)
            return error / Raw(quoted_bytes(h.quote))
        return ScapyICMP(type=h.icmp_type, code=h.code, id=1, seq=1)
    if isinstance(h, VXLAN):
        return ScapyVXLAN(flags=0x08, vni=h.vni)
    if isinstance(h, GRE):
        return ScapyGRE(proto=h.protocol)
    if isinstance(h, HTTP):
        return Raw(h.summary.encode("utf-8"))
    if isinstance(h, Payload):
        return Raw(bytes(h.bytes))
    raise TypeError(f"no packet layer for header {h!r}")


def tcp_options(h: TCP) -> list[tuple[str, object]]:
    """Linux's SYN options in Linux's order (MSS, SACK_PERM, TS, NOP, WS), or none."""
    if not h.options:
        return []
    opts = dict(h.options)
    return [("MSS", opts["mss"]), ("SAckOK", b""), ("Timestamp", (1, 0 if h.flags == "S" else 1)),
            ("NOP", None), ("WScale", opts["window_scale"])]


def quoted_bytes(quote: tuple[Header, ...]) -> bytes:
    """An ICMP error's quote: the offending IP header (its own length kept) and 8 bytes after it."""
    ip = quote[0]
    assert isinstance(ip, IPv4)
    layer = _layer(ip)
    layer.len = ip.length or None
    data = bytes(layer / _build(quote[1:])) if len(quote) > 1 else bytes(layer)
    return data[:IPv4.size + QUOTED_TRANSPORT_BYTES]


def esp_bytes(esp: ESP, protected: bytes) -> bytes:
    """ESP with NULL encryption: header, payload, padding, pad length, next header, ICV."""
    pad = esp.trailer - 2 - ESP_ICV_BYTES
    if pad < 0:  # a stack built without a trailer: pad to 4 bytes ourselves
        pad = (4 - (len(protected) + 2) % 4) % 4
    padding = bytes(range(1, pad + 1))  # RFC 4303 §2.4: 1, 2, 3, … by default
    return (struct.pack("!II", esp.spi, esp.seq) + protected + padding
            + bytes((pad, esp.next_header)) + bytes(ESP_ICV_BYTES))


# -- pcapng blocks (https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-02.html) -----

def _option(code: int, value: bytes) -> bytes:
    return struct.pack("<HH", code, len(value)) + value + bytes(-len(value) % 4)


def _block(kind: int, body: bytes, options: bytes = b"") -> bytes:
    if options:
        options += struct.pack("<HH", 0, 0)  # opt_endofopt
    body = body + bytes(-len(body) % 4) + options
    length = 12 + len(body)
    return struct.pack("<II", kind, length) + body + struct.pack("<I", length)


def _shb(comment: str) -> bytes:
    from desktop_app import __version__

    body = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
    options = _option(1, comment.encode("utf-8")) + _option(4, f"hybridviz {__version__}".encode())
    return _block(0x0A0D0D0A, body, options)


def _idb(linktype: int, name: str) -> bytes:
    return _block(1, struct.pack("<HHI", linktype, 0, 0), _option(2, name.encode("utf-8")))


def _epb(interface: int, micros: int, data: bytes, comment: str) -> bytes:
    body = struct.pack("<IIIII", interface, micros >> 32, micros & 0xFFFFFFFF, len(data), len(data))
    return _block(6, body + data, _option(1, comment.encode("utf-8")))
