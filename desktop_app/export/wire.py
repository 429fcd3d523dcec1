"""A header stack as bytes on the wire, with every field's byte range (no Qt).

The hop inspector shows a Wireshark-style tree and a hex dump side by side and highlights a
field in both, so it needs the offsets scapy does not hand back; the bytes are built here with
``struct`` (checksums included) the same way ``desktop_app.export.pcap`` builds them with scapy,
and a test holds the two to the same bytes. Building here also keeps the 0.4 s scapy import
off the UI thread.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from ipaddress import IPv4Address

from desktop_app.engine.headers import (
    ESP,
    ESP_ICV_BYTES,
    ETHERTYPE_IPV4,
    ETHERTYPE_VLAN,
    GRE,
    GRE_TRANSPARENT_ETHERNET,
    HTTP,
    ICMP,
    TCP,
    UDP,
    VXLAN,
    Ethernet,
    Header,
    HeaderStack,
    IPv4,
    Payload,
)

PROTOCOL_NAMES = {1: "ICMP", 4: "IPIP", 6: "TCP", 17: "UDP", 47: "GRE", 50: "ESP"}
ETHERTYPE_NAMES = {ETHERTYPE_IPV4: "IPv4", ETHERTYPE_VLAN: "802.1Q Virtual LAN",
                   GRE_TRANSPARENT_ETHERNET: "Transparent Ethernet bridging"}
_TCP_FLAG_BITS = {"F": 0x01, "S": 0x02, "R": 0x04, "P": 0x08, "A": 0x10, "U": 0x20, "E": 0x40,
                  "C": 0x80}
_TCP_FLAG_NAMES = {"F": "FIN", "S": "SYN", "R": "RST", "P": "PSH", "A": "ACK", "U": "URG",
                   "E": "ECE", "C": "CWR"}


@dataclass(frozen=True)
class Field:
    """One line of the tree: ``key`` names the header attribute it shows ('' when derived)."""

    key: str
    label: str
    value: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return f"{self.label}: {self.value}"


@dataclass(frozen=True)
class DissectedLayer:
    """A protocol in the frame: ``index`` is its header's place in the stack."""

    index: int
    kind: str  # ethernet, dot1q, ipv4, tcp, udp, icmp, vxlan, esp, gre, http, payload
    title: str
    start: int
    end: int
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Dissection:
    data: bytes
    layers: tuple[DissectedLayer, ...]

    def field_at(self, offset: int) -> tuple[DissectedLayer, Field | None] | None:
        """The innermost layer and field covering a byte (ESP trailers sit after the payload)."""
        best: tuple[DissectedLayer, Field | None] | None = None
        for layer in self.layers:
            for f in layer.fields:
                if f.start <= offset < f.end:
                    best = (layer, f)
            if best is None and layer.start <= offset < layer.end:
                best = (layer, None)
        if best is None:
            for layer in reversed(self.layers):
                if layer.start <= offset < layer.end:
                    return (layer, None)
        return best


def dissect(stack: HeaderStack) -> Dissection:
    """Bytes and fields of a stack, outermost first; an empty stack gives no bytes."""
    data, layers = _encode(stack, 0, None)
    return Dissection(data, tuple(layers))


# -- encoding ---------------------------------------------------------------------------------
def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _ip_bytes(text: str) -> bytes:
    return IPv4Address(text).packed


def _mac_bytes(text: str) -> bytes:
    return bytes(int(part, 16) for part in text.split(":"))


def _shift(layers: list[DissectedLayer], by: int) -> list[DissectedLayer]:
    return [DissectedLayer(la.index, la.kind, la.title, la.start + by, la.end + by,
                           tuple(Field(f.key, f.label, f.value, f.start + by, f.end + by)
                                 for f in la.fields)) for la in layers]


def _encode(stack: HeaderStack, i: int, ip: IPv4 | None
            ) -> tuple[bytes, list[DissectedLayer]]:
    """Bytes of ``stack[i:]`` with layer offsets from its start; ``ip`` is the enclosing IPv4."""
    if i >= len(stack):
        return b"", []
    h = stack[i]
    inner_ip = h if isinstance(h, IPv4) else ip
    body, inner = _encode(stack, i + 1, inner_ip)
    if isinstance(h, ESP):
        return _esp(h, i, body, inner)
    head, own = _header(h, i, body, ip)
    return head + body, own + _shift(inner, len(head))


def _header(h: Header, i: int, body: bytes, ip: IPv4 | None
            ) -> tuple[bytes, list[DissectedLayer]]:
    if isinstance(h, Ethernet):
        return _ethernet(h, i)
    if isinstance(h, IPv4):
        return _ipv4(h, i, body)
    if isinstance(h, TCP):
        return _tcp(h, i, body, ip)
    if isinstance(h, UDP):
        return _udp(h, i, body, ip)
    if isinstance(h, ICMP):
        return _icmp(h, i, body)
    if isinstance(h, VXLAN):
        data = struct.pack("!B3sI", 0x08, b"\0\0\0", h.vni << 8)
        return data, [DissectedLayer(i, "vxlan", "Virtual eXtensible Local Area Network", 0, 8, (
            Field("", "Flags", "0x08 (VXLAN Network ID present)", 0, 1),
            Field("", "Reserved", "0x000000", 1, 4),
            Field("vni", "VXLAN Network Identifier (VNI)", str(h.vni), 4, 7),
            Field("", "Reserved", "0x00", 7, 8),
        ))]
    if isinstance(h, GRE):
        proto = ETHERTYPE_NAMES.get(h.protocol, "unknown")
        data = struct.pack("!HH", 0, h.protocol)
        return data, [DissectedLayer(i, "gre", f"Generic Routing Encapsulation ({proto})", 0, 4, (
            Field("", "Flags and Version", "0x0000", 0, 2),
            Field("protocol", "Protocol Type", f"{proto} (0x{h.protocol:04x})", 2, 4),
        ))]
    if isinstance(h, HTTP):
        return _http(h, i)
    if isinstance(h, Payload):
        data = bytes(h.bytes)
        return data, [DissectedLayer(i, "payload", f"Data ({h.bytes} bytes)", 0, h.bytes, (
            Field("bytes", "Length", str(h.bytes), 0, h.bytes),))]
    raise TypeError(f"no dissection for header {h!r}")


def _ethernet(h: Ethernet, i: int) -> tuple[bytes, list[DissectedLayer]]:
    type_name = ETHERTYPE_NAMES.get(h.ethertype, "unknown")
    if h.vlan is None:
        data = _mac_bytes(h.dst) + _mac_bytes(h.src) + struct.pack("!H", h.ethertype)
        return data, [DissectedLayer(i, "ethernet", f"Ethernet II, Src: {h.src}, Dst: {h.dst}",
                                     0, 14, (
            Field("dst", "Destination", h.dst, 0, 6),
            Field("src", "Source", h.src, 6, 12),
            Field("ethertype", "Type", f"{type_name} (0x{h.ethertype:04x})", 12, 14),
        ))]
    data = (_mac_bytes(h.dst) + _mac_bytes(h.src)
            + struct.pack("!HHH", ETHERTYPE_VLAN, h.vlan & 0x0FFF, h.ethertype))
    eth = DissectedLayer(i, "ethernet", f"Ethernet II, Src: {h.src}, Dst: {h.dst}", 0, 14, (
        Field("dst", "Destination", h.dst, 0, 6),
        Field("src", "Source", h.src, 6, 12),
        Field("", "Type", "802.1Q Virtual LAN (0x8100)", 12, 14),
    ))
    dot1q = DissectedLayer(i, "dot1q", f"802.1Q Virtual LAN, PRI: 0, DEI: 0, ID: {h.vlan}", 14, 18, (
        Field("vlan", "ID", str(h.vlan), 14, 16),
        Field("ethertype", "Type", f"{type_name} (0x{h.ethertype:04x})", 16, 18),
    ))
    return data, [eth, dot1q]


def _ipv4(h: IPv4, i: int, body: bytes) -> tuple[bytes, list[DissectedLayer]]:
    length = 20 + len(body)
    flags = 0x4000 if h.df else 0
    head = struct.pack("!BBHHHBBH4s4s", 0x45, 0, length, h.id, flags, h.ttl, h.protocol, 0,
                       _ip_bytes(h.src), _ip_bytes(h.dst))
    head = head[:10] + struct.pack("!H", _checksum(head)) + head[12:]
    proto = PROTOCOL_NAMES.get(h.protocol, "unknown")
    return head, [DissectedLayer(i, "ipv4", f"Internet Protocol Version 4, Src: {h.src}, "
                                 f"Dst: {h.dst}", 0, 20, (
        Field("", "Version", "4", 0, 1),
        Field("", "Header Length", "20 bytes (5)", 0, 1),
        Field("", "Differentiated Services Field", "0x00", 1, 2),
        Field("length", "Total Length", str(length), 2, 4),
        Field("id", "Identification", f"0x{h.id:04x} ({h.id})", 4, 6),
        Field("df", "Flags", "0x2, Don't fragment" if h.df else "0x0", 6, 8),
        Field("ttl", "Time to Live", str(h.ttl), 8, 9),
        Field("protocol", "Protocol", f"{proto} ({h.protocol})", 9, 10),
        Field("", "Header Checksum", f"0x{struct.unpack('!H', head[10:12])[0]:04x}", 10, 12),
        Field("src", "Source Address", h.src, 12, 16),
        Field("dst", "Destination Address", h.dst, 16, 20),
    ))]


def _pseudo(ip: IPv4 | None, proto: int, length: int) -> bytes:
    if ip is None:
        return b""
    return _ip_bytes(ip.src) + _ip_bytes(ip.dst) + struct.pack("!BBH", 0, proto, length)


def _tcp(h: TCP, i: int, body: bytes, ip: IPv4 | None) -> tuple[bytes, list[DissectedLayer]]:
    bits = 0
    for letter in h.flags:
        bits |= _TCP_FLAG_BITS.get(letter, 0)
    ack = 1 if "A" in h.flags else 0
    options = _tcp_options(h)
    words = (20 + len(options)) // 4
    head = struct.pack("!HHIIBBHHH", h.sport, h.dport, 1, ack, words << 4, bits, 64240, 0, 0) + options
    chk = _checksum(_pseudo(ip, 6, len(head) + len(body)) + head + body)
    head = head[:16] + struct.pack("!H", chk) + head[18:]
    names = ", ".join(_TCP_FLAG_NAMES[c] for c in "CEUAPRSF" if c in h.flags)
    title = (f"Transmission Control Protocol, Src Port: {h.sport}, Dst Port: {h.dport}, "
             f"Seq: 1, Ack: {ack}, Len: {len(body)}")
    return head, [DissectedLayer(i, "tcp", title, 0, 20, (
        Field("sport", "Source Port", str(h.sport), 0, 2),
        Field("dport", "Destination Port", str(h.dport), 2, 4),
        Field("", "Sequence Number", "1 (relative)", 4, 8),
        Field("", "Acknowledgment Number", str(ack), 8, 12),
        Field("", "Header Length", "20 bytes (5)", 12, 13),
        Field("flags", "Flags", f"0x{bits:03x} ({names})", 13, 14),
        Field("", "Window", "64240", 14, 16),
        Field("", "Checksum", f"0x{chk:04x}", 16, 18),
        Field("", "Urgent Pointer", "0", 18, 20),
        *((Field("", "Options", f"MSS {h.mss}, SACK permitted, timestamps, NOP, window scale "
                 f"{dict(h.options)['window_scale']}", 20, len(head)),) if options else ()),
    ))]


def _tcp_options(h: TCP) -> bytes:
    """Linux's SYN options: MSS, SACK permitted, timestamps, NOP, window scale (20 bytes)."""
    if not h.options:
        return b""
    opts = dict(h.options)
    echo = 0 if h.flags == "S" else 1
    return (struct.pack("!BBH", 2, 4, opts["mss"]) + bytes((4, 2)) + struct.pack("!BBII", 8, 10, 1, echo)
            + bytes((1, 3, 3, opts["window_scale"])))


def _icmp_error(h: ICMP, i: int, body: bytes) -> tuple[bytes, list[DissectedLayer]]:
    """An ICMP error: type, code, checksum, next-hop MTU, then the quoted header + 8 bytes."""
    quote = h.quote or ()
    ip = quote[0]
    assert isinstance(ip, IPv4)
    flags = 0x4000 if ip.df else 0
    quoted = struct.pack("!BBHHHBBH4s4s", 0x45, 0, ip.length, ip.id, flags, ip.ttl, ip.protocol, 0,
                         _ip_bytes(ip.src), _ip_bytes(ip.dst))
    quoted = quoted[:10] + struct.pack("!H", _checksum(quoted)) + quoted[12:]
    l4 = quote[1] if len(quote) > 1 else None
    ports = struct.pack("!HH", l4.sport, l4.dport) if isinstance(l4, (TCP, UDP)) else bytes(4)
    quoted += ports + bytes(4)
    head = struct.pack("!BBHHH", h.icmp_type, h.code, 0, 0, h.mtu or 0) + quoted
    chk = _checksum(head + body)
    head = head[:2] + struct.pack("!H", chk) + head[4:]
    kind = {(3, 4): "Destination unreachable (Fragmentation needed)", (3, 3): "Destination unreachable (Port "
            "unreachable)", (11, 0): "Time-to-live exceeded (Time to live exceeded in transit)"}.get(
        (h.icmp_type, h.code), "")
    return head, [DissectedLayer(i, "icmp", "Internet Control Message Protocol", 0, len(head), (
        Field("icmp_type", "Type", f"{h.icmp_type} ({kind})" if kind else str(h.icmp_type), 0, 1),
        Field("code", "Code", str(h.code), 1, 2),
        Field("", "Checksum", f"0x{chk:04x}", 2, 4),
        Field("mtu", "MTU of next hop", str(h.mtu or 0), 6, 8),
        Field("", f"Quoted: Internet Protocol Version 4, Src: {ip.src}, Dst: {ip.dst}", "", 8, 28),
        Field("", "Quoted: first 8 bytes of the transport header", "", 28, 36),
    ))]


def _udp(h: UDP, i: int, body: bytes, ip: IPv4 | None) -> tuple[bytes, list[DissectedLayer]]:
    length = 8 + len(body)
    head = struct.pack("!HHHH", h.sport, h.dport, length, 0)
    chk = _checksum(_pseudo(ip, 17, length) + head + body) or 0xFFFF
    head = head[:6] + struct.pack("!H", chk)
    return head, [DissectedLayer(i, "udp", f"User Datagram Protocol, Src Port: {h.sport}, "
                                 f"Dst Port: {h.dport}", 0, 8, (
        Field("sport", "Source Port", str(h.sport), 0, 2),
        Field("dport", "Destination Port", str(h.dport), 2, 4),
        Field("length", "Length", str(length), 4, 6),
        Field("", "Checksum", f"0x{chk:04x}", 6, 8),
    ))]


def _icmp(h: ICMP, i: int, body: bytes) -> tuple[bytes, list[DissectedLayer]]:
    if h.quote:
        return _icmp_error(h, i, body)
    head = struct.pack("!BBHHH", h.icmp_type, h.code, 0, 1, 1)
    chk = _checksum(head + body)
    head = head[:2] + struct.pack("!H", chk) + head[4:]
    kind = {8: "Echo (ping) request", 0: "Echo (ping) reply"}.get(h.icmp_type, "")
    return head, [DissectedLayer(i, "icmp", "Internet Control Message Protocol", 0, 8, (
        Field("icmp_type", "Type", f"{h.icmp_type} ({kind})" if kind else str(h.icmp_type), 0, 1),
        Field("code", "Code", str(h.code), 1, 2),
        Field("", "Checksum", f"0x{chk:04x}", 2, 4),
        Field("", "Identifier", "1", 4, 6),
        Field("", "Sequence Number", "1", 6, 8),
    ))]


def _http(h: HTTP, i: int) -> tuple[bytes, list[DissectedLayer]]:
    data = h.summary.encode("utf-8")
    fields: list[Field] = []
    at = 0
    lines = h.summary.split("\r\n")
    for k, line in enumerate(lines):
        n = len(line.encode("utf-8")) + (2 if k < len(lines) - 1 else 0)
        if line:
            fields.append(Field("summary", "Header" if fields else "Request Line", line, at,
                                at + n))
        elif n:
            fields.append(Field("", "End of headers", "\\r\\n", at, at + n))
        at += n
    first = h.summary.split("\r\n", 1)[0]
    return data, [DissectedLayer(i, "http", f"Hypertext Transfer Protocol ({first})", 0,
                                 len(data), tuple(fields))]


def _esp(h: ESP, i: int, body: bytes, inner: list[DissectedLayer]
         ) -> tuple[bytes, list[DissectedLayer]]:
    from desktop_app.export.pcap import esp_bytes  # pure Python; scapy stays unimported

    data = esp_bytes(h, body)
    total = len(data)
    trailer_at = 8 + len(body)
    pad = total - trailer_at - 2 - ESP_ICV_BYTES
    icv_at = total - ESP_ICV_BYTES
    fields = [
        Field("spi", "ESP SPI", f"0x{h.spi:08x} ({h.spi})", 0, 4),
        Field("seq", "ESP Sequence", str(h.seq), 4, 8),
    ]
    if pad:
        fields.append(Field("", "Padding", f"{pad} bytes", trailer_at, trailer_at + pad))
    fields += [
        Field("", "Pad Length", str(pad), trailer_at + pad, trailer_at + pad + 1),
        Field("next_header", "Next Header", _next_header(h.next_header),
              trailer_at + pad + 1, trailer_at + pad + 2),
        Field("", "Integrity Check Value", f"{ESP_ICV_BYTES} bytes (NULL encryption)",
              icv_at, total),
    ]
    esp = DissectedLayer(i, "esp", f"Encapsulating Security Payload, SPI: 0x{h.spi:08x}", 0, 8,
                         tuple(fields))
    return data, [esp, *_shift(inner, 8)]


def _next_header(n: int) -> str:
    names = {4: "IPIP", 47: "GRE", 97: "EtherIP", 143: "Ethernet"}
    return f"{names[n]} ({n})" if n in names else str(n)
