"""Connection tracking: the state a request leaves in stateful devices, and its reverse.

Linux netfilter (kube-proxy, Calico) and the NSX Edge look NAT rules up only for a
connection's first packet; the translation is stored, and every reply gets the reverse
translation with no rule consulted. ``ConnEntry`` is one such stored connection: the tuple
as it arrived at the device (``original``) and the tuple a reply must carry to match it
(``reply``: the translated tuple, swapped). ``ConnTable`` holds the entries of one
conversation by device; a reply (or an ICMP error quoting the request) that matches an entry
is translated back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from .headers import ICMP, TCP, UDP, HeaderStack, IPv4, replaced
from .packets import protocol_name

# Step types whose rule created the state a hop holds.
STATEFUL_STEPS = ("firewall", "dnat", "snat", "kube-proxy")


class Tuple5(NamedTuple):
    """A connection's addresses and ports in one direction (ports None for ICMP).

    A named tuple rather than a frozen dataclass: conntrack makes one for nearly every hop of
    a conversation, and a frozen dataclass's constructor costs four times as much."""

    protocol: str
    src: str
    sport: int | None
    dst: str
    dport: int | None

    def swapped(self) -> Tuple5:
        return Tuple5(self.protocol, self.dst, self.dport, self.src, self.sport)

    def __str__(self) -> str:
        def end(ip: str, port: int | None) -> str:
            return f"{ip}:{port}" if port is not None else ip

        return f"{self.protocol} {end(self.src, self.sport)} → {end(self.dst, self.dport)}"

    def to_json(self) -> dict[str, Any]:
        return {"src": self.src, "sport": self.sport, "dst": self.dst, "dport": self.dport}


def transport_index(stack: HeaderStack) -> int | None:
    """Index of the innermost IPv4 header that carries the connection (TCP, UDP or ICMP)."""
    found = None
    for i in range(len(stack) - 1):  # asked at every stateful hop: classes compared, no slices
        if stack[i].__class__ is IPv4 and stack[i + 1].__class__ in _TRANSPORTS:
            found = i
    return found


_TRANSPORTS = frozenset((TCP, UDP, ICMP))


def tuple_of(stack: HeaderStack) -> Tuple5 | None:
    """The connection tuple of the innermost transport packet in a header stack."""
    i = transport_index(stack)
    if i is None:
        return None
    ip, l4 = stack[i], stack[i + 1]
    assert isinstance(ip, IPv4)
    if isinstance(l4, (TCP, UDP)):
        return Tuple5(protocol_name(ip.protocol), ip.src, l4.sport, ip.dst, l4.dport)
    return Tuple5("icmp", ip.src, None, ip.dst, None)


@dataclass(frozen=True)
class ConnEntry:
    """One connection-table entry on a device: original tuple ↔ reply tuple, and why."""

    device: str
    kind: str  # nat (the tuple was translated) or session (a stateful firewall's session)
    original: Tuple5
    reply: Tuple5
    rules: tuple[str, ...]  # the rules that created it (firewall, DNAT, SNAT, kube-proxy)
    hop: int  # the request hop that created it

    @property
    def translated(self) -> bool:
        return self.original.swapped() != self.reply

    def describe(self) -> str:
        """``tcp 203.0.113.25:49152 → 198.51.100.5:443 ↔ tcp 10.10.1.100:443 → 10.10.1.2:49152``."""
        return f"{self.original} ↔ {self.reply}"

    def to_json(self) -> dict[str, Any]:
        return {"device": self.device, "kind": self.kind, "protocol": self.original.protocol,
                "original": self.original.to_json(), "reply": self.reply.to_json(),
                "rules": list(self.rules)}


class ConnTable:
    """The entries one request created, by device."""

    def __init__(self) -> None:
        self.by_device: dict[str, list[ConnEntry]] = {}

    def add(self, entry: ConnEntry) -> None:
        self.by_device.setdefault(entry.device, []).append(entry)

    def entries(self) -> list[ConnEntry]:
        return [e for entries in self.by_device.values() for e in entries]

    def holds(self, device: str) -> bool:
        return device in self.by_device

    def match(self, device: str, packet: HeaderStack) -> ConnEntry | None:
        """The entry on ``device`` whose reply tuple is this packet's (or the ICMP error's quote)."""
        entries = self.by_device.get(device)
        if not entries:
            return None
        quoted = quoted_tuple(packet)
        key = quoted.swapped() if quoted is not None else tuple_of(packet)
        if key is None:
            return None
        for e in entries:
            if _same(e.reply, key):
                return e
        return None


def _same(a: Tuple5, b: Tuple5) -> bool:
    if a.protocol == "icmp" or b.protocol == "icmp":
        return a.protocol == b.protocol and a.src == b.src and a.dst == b.dst
    return a == b


def quoted_tuple(packet: HeaderStack) -> Tuple5 | None:
    """For an ICMP error, the tuple of the packet it quotes (as that packet travelled)."""
    if len(packet) > 1 and isinstance(packet[0], IPv4) and isinstance(packet[1], ICMP) and packet[1].quote:
        return tuple_of(packet[1].quote)
    return None


def reverse(entry: ConnEntry, packet: HeaderStack) -> HeaderStack:
    """The reply (or ICMP error) with the entry's translation undone."""
    ip = packet[0]
    assert isinstance(ip, IPv4)
    want = entry.original.swapped()  # what the reply must look like after this device
    l4 = packet[1] if len(packet) > 1 else None
    if isinstance(l4, ICMP) and l4.quote:
        # RELATED: the error's destination is the original sender; its quote shows the
        # request as that sender sent it; the reporting router's own address stays.
        quote = _with_tuple(l4.quote, entry.original)
        src = want.src if ip.src == entry.reply.src else ip.src
        return (replaced(ip, src=src, dst=want.dst), replaced(l4, quote=quote), *packet[2:])
    return _with_tuple(packet, want)


def _with_tuple(stack: HeaderStack, tup: Tuple5) -> HeaderStack:
    i = transport_index(stack)
    if i is None:
        return stack
    out = list(stack)
    ip = out[i]
    assert isinstance(ip, IPv4)
    out[i] = replaced(ip, src=tup.src, dst=tup.dst)
    l4 = out[i + 1]
    if isinstance(l4, (TCP, UDP)) and tup.sport is not None and tup.dport is not None:
        out[i + 1] = replaced(l4, sport=tup.sport, dport=tup.dport)
    return tuple(out)
