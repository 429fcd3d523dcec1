"""Routing tables and longest-prefix match.

A device's table holds its connected subnets, its static ``routes``, the ``gateway`` of an
interface as a default route, and, for a device on an ``internet`` network, the internet
itself as the last-resort default (the cloud is the next hop there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from ipaddress import IPv4Address, IPv4Network

from .index import Attachment, TopologyIndex, address, parse_ip, parse_net, text_of
from .messages import ROUTE_CONNECTED, ROUTE_INTO_INTERNET, ROUTE_VIA, Phrase
from .trace import RouteUsed

DEFAULT = IPv4Network("0.0.0.0/0")
# Among routes of equal length: connected beats static beats gateway beats the internet.
_RANK = {"connected": 0, "static": 1, "gateway": 2, "internet": 3}
_UNKNOWN = object()


@dataclass(frozen=True)
class RouteEntry:
    prefix: IPv4Network
    via: IPv4Address | None  # None: the destination is on the link (or the internet cloud)
    out: Attachment
    source: str  # connected, static, gateway, internet
    # How a route step quotes it, in words and as data: a table's entries outlive many
    # traces, and every routed hop quotes one (made here once, read as plain attributes).
    said: str = field(init=False, repr=False, compare=False)
    used: RouteUsed = field(init=False, repr=False, compare=False)
    via_text: str | None = field(init=False, repr=False, compare=False)  # as a header writes it

    def __post_init__(self) -> None:
        if self.via:
            said = Phrase(ROUTE_VIA, prefix=self.prefix, via=self.via, dev=self.out.name)
        else:
            template = ROUTE_INTO_INTERNET if self.source == "internet" else ROUTE_CONNECTED
            said = Phrase(template, prefix=self.prefix, dev=self.out.name)
        via_text = text_of(self.via) if self.via else None
        object.__setattr__(self, "said", said)
        object.__setattr__(self, "via_text", via_text)
        object.__setattr__(self, "used", RouteUsed(str(self.prefix), via_text, self.out.name))


class RouteTable:
    def __init__(self, entries: list[RouteEntry]):
        # Sorted once so that lookup returns the first match: longest prefix, then rank.
        self.entries = sorted(entries, key=lambda e: (-e.prefix.prefixlen, _RANK[e.source]))
        # The same entries as (netmask, network) numbers: ``address in IPv4Network`` runs in
        # Python and costs a microsecond a route, an AND of two ints a tenth of that.
        self._numbers = [(int(e.prefix.netmask), int(e.prefix.network_address), e) for e in self.entries]
        # A table outlives many traces. Keyed by the header's text as well: a str keeps its
        # hash, an IPv4Address computes it again in Python at every lookup.
        self._found: dict[IPv4Address, RouteEntry | None] = {}
        self._found_text: dict[str, RouteEntry | None] = {}

    def lookup(self, dst: IPv4Address) -> RouteEntry | None:
        found = self._found.get(dst, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._found[dst] = self._match(int(dst))
        return found  # type: ignore[return-value]

    def _match(self, n: int) -> RouteEntry | None:
        for mask, net, e in self._numbers:  # a loop, not next(generator): asked for every new destination
            if n & mask == net:
                return e
        return None

    def lookup_text(self, dst: str) -> RouteEntry | None:
        """``lookup`` of an address as a header carries it (``10.0.1.5``)."""
        found = self._found_text.get(dst, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._found_text[dst] = self._match(int(address(dst)))
        return found  # type: ignore[return-value]


def build_table(index: TopologyIndex, device_id: str) -> RouteTable:
    d = index.devices[device_id]
    atts = [a for a in index.attachments.get(device_id, []) if a.iface is not None]
    entries: list[RouteEntry] = []
    for a in atts:
        net = index.networks.get(a.network or "")
        if net is not None and net.kind == "internet":
            entries.append(RouteEntry(DEFAULT, None, a, "internet"))
            continue
        if a.prefix is not None:
            entries.append(RouteEntry(a.prefix, None, a, "connected"))
    for a in atts:
        gw = parse_ip(d.interfaces[a.iface].gateway)  # type: ignore[index]
        if gw is not None:
            entries.append(RouteEntry(DEFAULT, gw, a, "gateway"))
    for r in d.routes:
        prefix, via = parse_net(r.to), parse_ip(r.via)
        if prefix is None or via is None:
            continue
        out = next((a for a in atts if a.prefix is not None and via in a.prefix), None)
        if out is not None:
            entries.append(RouteEntry(prefix, via, out, "static"))
    return RouteTable(entries)


class RouteTables:
    """Tables built on first use (a large topology has thousands, a trace visits a few)."""

    def __init__(self, index: TopologyIndex):
        self.index = index
        self._tables: dict[str, RouteTable] = {}

    def __getitem__(self, device_id: str) -> RouteTable:
        table = self._tables.get(device_id)
        if table is None:
            table = self._tables[device_id] = build_table(self.index, device_id)
        return table
