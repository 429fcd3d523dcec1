"""Building the first packet of a flow, and reading its transport ports."""

from __future__ import annotations

from ipaddress import IPv4Address
from typing import Protocol

from .headers import (
    HTTP,
    ICMP,
    PROTO_ICMP,
    PROTO_TCP,
    PROTO_UDP,
    TCP,
    UDP,
    Header,
    HeaderStack,
    IPv4,
    Payload,
    replaced,
)
from .index import stable_hash, text_of

HTTP_PORTS = frozenset({80, 443, 8080, 8443})
PROTOCOL_NUMBERS = {"tcp": PROTO_TCP, "udp": PROTO_UDP, "icmp": PROTO_ICMP}
DEFAULT_PORTS = {"tcp": 80, "udp": 53, "icmp": None}
INITIAL_TTL = 64
UDP_REQUEST_BYTES = 32  # a short datagram, e.g. a DNS query

# How an originator builds its flow's packet from a source address (None: a probe for the
# route lookup that picks the source).
class PacketBuilder(Protocol):
    def __call__(self, src: IPv4Address | None, mss: int = ...) -> HeaderStack: ...


LINUX_WINDOW_SCALE = 7
DEFAULT_MSS = 1460  # a 1500-byte MTU less 40 bytes of IP and TCP headers


def syn_options(mss: int) -> tuple[tuple[str, int], ...]:
    """The options Linux puts on a SYN or SYN-ACK: MSS, SACK permitted, timestamps, window scale."""
    return (("mss", mss), ("sack_permitted", 1), ("timestamps", 1), ("window_scale", LINUX_WINDOW_SCALE))


def ephemeral_port(*parts: object) -> int:
    """A deterministic client port in the IANA dynamic range 49152–65535."""
    return 49152 + stable_hash(*parts) % 16384


def http_summary(host: str | None, port: int, forwarded_for: IPv4Address | None = None) -> str:
    lines = ["GET / HTTP/1.1", f"Host: {host or 'localhost'}"]
    if forwarded_for is not None:
        lines.append(f"X-Forwarded-For: {forwarded_for}")
    text = "\r\n".join(lines) + "\r\n\r\n"
    return text


def build_packet(
    src: IPv4Address,
    dst: IPv4Address,
    protocol: str,
    dport: int | None,
    sport: int,
    *,
    size: int | None = None,
    host: str | None = None,
    forwarded_for: IPv4Address | None = None,
    ip_id: int = 0,
    mss: int = DEFAULT_MSS,
) -> HeaderStack:
    """IPv4 / TCP|UDP|ICMP / request: the packet as the client's stack sends it (TTL 64, DF).

    TCP to a web port carries the HTTP request (flags PA, the request's segment); other TCP
    is the connection's SYN. ``size`` pads the packet to that many IP bytes.
    """
    proto = PROTOCOL_NUMBERS[protocol]
    ip = IPv4(text_of(src), text_of(dst), INITIAL_TTL, proto, True, ip_id)
    body: list[Header] = []
    l4: TCP | UDP | ICMP
    if protocol == "tcp":
        web = dport in HTTP_PORTS or forwarded_for is not None
        l4 = TCP(sport, dport or 0, "PA") if web else TCP(sport, dport or 0, "S", syn_options(mss))
        if web:
            body.append(HTTP(http_summary(host, dport or 80, forwarded_for)))
    elif protocol == "udp":
        l4 = UDP(sport, dport or 0)
        body.append(Payload(UDP_REQUEST_BYTES))
    else:
        l4 = ICMP()
        body.append(Payload(56))
    stack: list[Header] = [ip, l4, *body]
    if size is not None:
        current = sum(h.size for h in stack)
        extra = size - current
        payloads = [h for h in stack if isinstance(h, Payload)]
        if payloads:
            stack = [h for h in stack if not isinstance(h, Payload)]
            extra += payloads[0].bytes
        if extra > 0:
            stack.append(Payload(extra))
    return tuple(stack)


def ports(packet: HeaderStack) -> tuple[int | None, int | None]:
    """(source port, destination port) of the transport header right after the first IP."""
    if len(packet) > 1 and isinstance(packet[1], (TCP, UDP)):
        return packet[1].sport, packet[1].dport
    return None, None


def protocol_name(number: int) -> str:
    return _PROTOCOL_NAMES.get(number) or str(number)


_PROTOCOL_NAMES = {PROTO_TCP: "tcp", PROTO_UDP: "udp", PROTO_ICMP: "icmp"}


def rewrite(packet: HeaderStack, *, src: str | None = None, dst: str | None = None,
            sport: int | None = None, dport: int | None = None) -> HeaderStack:
    """The packet with its outer IP addresses and/or transport ports rewritten (NAT)."""
    ip = packet[0]
    assert isinstance(ip, IPv4)
    out = list(packet)
    out[0] = replaced(ip, src=src or ip.src, dst=dst or ip.dst)
    if (sport is not None or dport is not None) and len(out) > 1 and isinstance(out[1], (TCP, UDP)):
        l4 = out[1]
        out[1] = replaced(l4, sport=sport if sport is not None else l4.sport,
                         dport=dport if dport is not None else l4.dport)
    return tuple(out)
