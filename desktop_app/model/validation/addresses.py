"""IPv4 addresses, networks and ports: parsing their text and who holds each address.

A regular expression and inet_aton instead of ipaddress (~5 µs per parse; a big topology
has tens of thousands of addresses); the rules are the same: four decimal octets, no
leading zeros. The pattern does the checking because inet_aton alone accepts '10.1'.
"""

from __future__ import annotations

import re
import socket

from ..messages import (
    ADDRESS_TAKEN,
    HOST_BITS_SET,
    NETWORK_NOT_ADDRESS,
    NOT_A_NETWORK,
    NOT_AN_ADDRESS,
    PORT_OUT_OF_RANGE,
)
from .context import Context, Net

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}\Z")
_PREFIXED = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})/(3[0-2]|[12][0-9]|[0-9])\Z")


def parse_ip(text: object) -> int | None:
    """``a.b.c.d`` as an int, or None when it is not a dotted-quad IPv4 address."""
    if text.__class__ is not str or _IPV4.match(text) is None:
        return None
    return int.from_bytes(socket.inet_aton(text), "big")


def parse_prefixed(text: object) -> Net | None:
    """``a.b.c.d/len`` as (address, len), host bits kept; None when malformed."""
    if text.__class__ is not str:
        return None
    m = _PREFIXED.match(text)
    if m is None:
        return None
    return int.from_bytes(socket.inet_aton(m.group(1)), "big"), int(m.group(2))


def format_ip(value: int) -> str:
    """The dotted-quad text of an address held as an int."""
    return f"{value >> 24 & 255}.{value >> 16 & 255}.{value >> 8 & 255}.{value & 255}"


def mask(plen: int) -> int:
    """The netmask of a prefix length, as an int."""
    return (0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF


def contains(net: Net, ip: int) -> bool:
    """Whether the network holds the address."""
    return (ip ^ net[0]) >> (32 - net[1]) == 0


def overlap(a: Net, b: Net) -> bool:
    """Whether two networks share any address."""
    return contains(a, b[0]) or contains(b, a[0])


def show_net(net: Net) -> str:
    """``a.b.c.d/len``."""
    return f"{format_ip(net[0])}/{net[1]}"


def read_cidr(ctx: Context, path: str, text: str, subject: str | None) -> Net | None:
    """A network in CIDR form, or None after reporting why it is not one."""
    net = parse_prefixed(text)
    if net is None:
        ctx.error(path, NOT_A_NETWORK, subject, text=text)
        return None
    base = net[0] & mask(net[1])
    if base != net[0]:
        ctx.error(path, HOST_BITS_SET, subject, text=text, network=f"{format_ip(base)}/{net[1]}")
        return None
    return net


def read_ip(ctx: Context, path: str, text: str, subject: str | None) -> int | None:
    # Gateways and next hops repeat across hundreds of devices: parse each text once.
    """A single IPv4 address, or None after reporting why it is not one."""
    ip = ctx.ip_cache.get(text, -1)
    if ip == -1:
        ip = ctx.ip_cache[text] = parse_ip(text)
    if ip is None:
        if parse_prefixed(text) is not None:
            ctx.error(
                path, NETWORK_NOT_ADDRESS, subject, text=text, address=text.partition("/")[0]
            )
        else:
            ctx.error(path, NOT_AN_ADDRESS, subject, text=text)
    return ip


def check_port(
    ctx: Context,
    path: str,
    value: int | None,
    subject: str | None,
    template: str = PORT_OUT_OF_RANGE,
) -> None:
    """Report a port (or, with its template, a target port) outside 1–65535."""
    if value is not None and not 1 <= value <= 65535:
        ctx.error(path, template, subject, port=value)


def claim_address(ctx: Context, network: str, ip: int, path: str, subject: str) -> None:
    """Record that an address answers on a network; report it if another already does."""
    key = (ctx.domain.get(network, network), ip)
    owner = ctx.address_owner.get(key)
    if owner is None:
        ctx.address_owner[key] = path
        ctx.held_addresses.add(ip)
    else:
        ctx.error(path, ADDRESS_TAKEN, subject, address=format_ip(ip), owner=owner)
