"""Protocol headers as immutable values, outermost first in a ``HeaderStack`` (a tuple).

Each header knows its size on the wire and its JSON form (FORMAT.md section 2). Fields a
header carries beyond the contract (IPv4 id and total length, UDP length) are additive.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, ClassVar, TypeVar

ETHERTYPE_IPV4 = 0x0800
ETHERTYPE_VLAN = 0x8100
GRE_TRANSPARENT_ETHERNET = 0x6558
PROTO_ICMP, PROTO_IPIP, PROTO_TCP, PROTO_UDP, PROTO_GRE, PROTO_ESP = 1, 4, 6, 17, 47, 50
IPSEC_NAT_T_PORT = 4500
ESP_ICV_BYTES = 12
TCP_SYN_OPTION_BYTES = 20  # MSS 4 + SACK permitted 2 + timestamps 10 + NOP 1 + window scale 3
QUOTED_TRANSPORT_BYTES = 8  # an ICMP error quotes the first 8 bytes after the IP header  # HMAC-SHA1-96, which Wireshark's NULL-encryption heuristic assumes


C = TypeVar("C", bound=type)


def quick_init(cls: C) -> C:
    """Give a frozen dataclass a constructor that fills the instance's dict directly.

    The constructor that ``dataclass(frozen=True)`` writes sets each field through
    ``object.__setattr__``, four times slower than this one; every hop makes a header or two
    and a matrix of 10,000 conversations makes a quarter of a million. The fields stay
    read-only afterwards: the frozen ``__setattr__`` is kept. Plain fields only.
    """
    if any(f.default_factory is not MISSING or not f.init for f in fields(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init makes plain fields only")
    names = [f.name for f in fields(cls)]
    defaults = {f"_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    params = ", ".join(f"{n}=_{n}" if f"_{n}" in defaults else n for n in names)
    body = "".join(f"\n    d[{n!r}] = {n}" for n in names)
    namespace: dict[str, Any] = dict(defaults)
    exec(f"def __init__(self, {params}):\n    d = self.__dict__{body}", namespace)  # noqa: S102
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", namespace["__init__"])  # noqa: B010 - mypy refuses the plain assignment
    return cls


@quick_init
@dataclass(frozen=True)
class Ethernet:
    src: str
    dst: str
    ethertype: int = ETHERTYPE_IPV4
    vlan: int | None = None
    type: ClassVar[str] = "ethernet"

    @property
    def size(self) -> int:  # measured() says the same without the call
        return 18 if self.vlan is not None else 14


@quick_init
@dataclass(frozen=True)
class IPv4:
    src: str
    dst: str
    ttl: int
    protocol: int
    df: bool = True
    id: int = 0
    length: int = 0  # total length, filled in when the stack is built
    type: ClassVar[str] = "ipv4"
    size: ClassVar[int] = 20


@quick_init
@dataclass(frozen=True)
class TCP:
    """TCP; a SYN or SYN-ACK carries Linux's options (``options``: MSS, SACK permitted,
    timestamps, window scale), 20 bytes in Linux's order MSS, SACK_PERM, TS, NOP, WS."""

    sport: int
    dport: int
    flags: str = "S"
    options: tuple[tuple[str, int], ...] = ()
    type: ClassVar[str] = "tcp"

    @property
    def size(self) -> int:  # measured() says the same without the call
        return 20 + (TCP_SYN_OPTION_BYTES if self.options else 0)

    @property
    def mss(self) -> int | None:
        return dict(self.options).get("mss")


@quick_init
@dataclass(frozen=True)
class UDP:
    sport: int
    dport: int
    length: int = 0
    type: ClassVar[str] = "udp"
    size: ClassVar[int] = 8


@quick_init
@dataclass(frozen=True)
class ICMP:
    """ICMP echo (type 8, reply 0) or an error (3/4 fragmentation needed, 3/3 port
    unreachable, 11/0 time exceeded) that quotes the offending packet's IP header and the
    first 8 bytes after it (RFC 792); ``mtu`` is the next-hop MTU of "fragmentation needed"."""

    icmp_type: int = 8
    code: int = 0
    mtu: int | None = None
    quote: tuple[Header, ...] | None = None
    type: ClassVar[str] = "icmp"

    @property
    def size(self) -> int:
        return 8 + (IPv4.size + QUOTED_TRANSPORT_BYTES if self.quote else 0)


@quick_init
@dataclass(frozen=True)
class VXLAN:
    vni: int
    type: ClassVar[str] = "vxlan"
    size: ClassVar[int] = 8


@quick_init
@dataclass(frozen=True)
class ESP:
    """ESP header; ``trailer`` counts padding, pad length, next header and the ICV."""

    spi: int
    seq: int
    trailer: int = 0
    next_header: int = 4
    type: ClassVar[str] = "esp"

    @property
    def size(self) -> int:
        return 8 + self.trailer


@quick_init
@dataclass(frozen=True)
class GRE:
    protocol: int = GRE_TRANSPARENT_ETHERNET
    type: ClassVar[str] = "gre"
    size: ClassVar[int] = 4


@quick_init
@dataclass(frozen=True)
class HTTP:
    summary: str
    type: ClassVar[str] = "http"

    @property
    def size(self) -> int:
        return len(self.summary.encode("utf-8"))


@quick_init
@dataclass(frozen=True)
class Payload:
    """Application bytes beyond the headers (to reach a flow's ``size``)."""

    bytes: int
    type: ClassVar[str] = "payload"

    @property
    def size(self) -> int:
        return self.bytes


Header = Ethernet | IPv4 | TCP | UDP | ICMP | VXLAN | ESP | GRE | HTTP | Payload
HeaderStack = tuple[Header, ...]


def header_json(h: Header) -> dict[str, Any]:
    """The header as FORMAT.md's JSON object (``type`` first; ``None`` fields left out)."""
    out: dict[str, Any] = {"type": h.type}
    for f in fields(h):
        value = getattr(h, f.name)
        if value is None or (f.name == "options" and not value):
            continue
        if f.name == "options":
            value = dict(value)
        if f.name == "quote":
            value = [header_json(q) for q in value]
        out[f.name] = value
    return out


def stack_json(stack: HeaderStack) -> list[dict[str, Any]]:
    return [header_json(h) for h in stack]


def stack_bytes(stack: HeaderStack) -> int:
    return sum(h.size for h in stack)


H = TypeVar("H", bound=Header)


def replaced(h: H, **changes: Any) -> H:
    """``dataclasses.replace`` for headers, without its per-call field checks (a hop copies a
    header or two, and a matrix walks thousands of hops): a copy with ``changes`` applied."""
    copy = object.__new__(type(h))
    d = copy.__dict__
    d.update(h.__dict__)
    d.update(changes)
    return copy


Shape = tuple[tuple[type, int], ...]  # each header's kind and size, innermost first


def measured(stack: HeaderStack) -> tuple[HeaderStack, Shape, int]:
    """The stack with every IPv4 total length and UDP length filled in from what follows it,
    its shape and its size in bytes, in one pass (each hop that sends a frame asks all three).

    Most hops pass a packet on with its lengths already right: then the stack itself comes
    back, and only a header whose length changes is copied."""
    # Every hop asks this of the frame it sends, and a matrix cell sends a dozen: the headers
    # nearly every frame has are sized here without their ``size`` property, and their shape
    # entries are made once (``_IPV4``…).
    out: list[Header] | None = None
    shape: list[tuple[type, int]] = []
    add = shape.append
    tail = 0
    i = len(stack)
    for h in reversed(stack):
        i -= 1
        kind = h.__class__
        if kind is IPv4:
            if h.length != 20 + tail:  # type: ignore[union-attr]
                out = out or list(stack)
                out[i] = replaced(h, length=20 + tail)
            add(_IPV4)
            tail += 20
        elif kind is UDP:
            if h.length != 8 + tail:  # type: ignore[union-attr]
                out = out or list(stack)
                out[i] = replaced(h, length=8 + tail)
            add(_UDP)
            tail += 8
        elif kind is Ethernet:
            entry = _ETHERNET if h.vlan is None else _ETHERNET_TAGGED  # type: ignore[union-attr]
            add(entry)
            tail += entry[1]
        elif kind is TCP:
            entry = _TCP_SYN if h.options else _TCP  # type: ignore[union-attr]
            add(entry)
            tail += entry[1]
        else:
            size = h.size
            add((kind, size))
            tail += size
    return (tuple(out) if out is not None else stack), tuple(shape), tail


_IPV4: tuple[type, int] = (IPv4, 20)
_UDP: tuple[type, int] = (UDP, 8)
_ETHERNET: tuple[type, int] = (Ethernet, 14)
_ETHERNET_TAGGED: tuple[type, int] = (Ethernet, 18)
_TCP: tuple[type, int] = (TCP, 20)
_TCP_SYN: tuple[type, int] = (TCP, 20 + TCP_SYN_OPTION_BYTES)


def outer_ip_index(stack: HeaderStack) -> int | None:
    """Index of the outermost IPv4 header."""
    for i, h in enumerate(stack):
        if isinstance(h, IPv4):
            return i
    return None


def ip_packet_bytes(stack: HeaderStack) -> int:
    """Size of the outermost IP packet (the frame without its outer Ethernet header)."""
    i = outer_ip_index(stack)
    return stack_bytes(stack[i:]) if i is not None else 0
