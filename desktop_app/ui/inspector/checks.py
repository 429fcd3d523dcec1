"""What the inspector refuses, and why: each check returns a sentence, or None when fine.

These checks run on the text a user typed, before any command is pushed. They are
stricter than ``set_field`` (which stores any well-typed value so that a file with
problems stays editable): the inspector does not let a new mistake in.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from desktop_app.model import topology as t
from desktop_app.ui.commands import check_id

Check = Callable[[str], "str | None"]


def _address(text: str) -> ipaddress.IPv4Address | str:
    try:
        return ipaddress.IPv4Address(text.strip())
    except ValueError:
        return f"'{text.strip()}' is not an IPv4 address (write it like 10.10.1.5)"


def ip(text: str) -> str | None:
    """A bare IPv4 address."""
    if not text.strip():
        return None
    got = _address(text)
    return got if isinstance(got, str) else None


def cidr(text: str) -> str | None:
    """An IPv4 network such as 10.10.1.0/24 (host bits clear)."""
    text = text.strip()
    if not text:
        return None
    try:
        ipaddress.IPv4Network(text)
    except ValueError:
        try:
            near = ipaddress.IPv4Network(text, strict=False)
        except ValueError:
            return f"'{text}' is not a network in CIDR form (write it like 10.10.1.0/24)"
        return f"{text} has host bits set; did you mean {near}?"
    if "/" not in text:
        return f"'{text}' needs a prefix length (like {text}/24)"
    return None


def cidr_or_ip(text: str, allow_any: bool = False) -> str | None:
    """A CIDR, a single address or (for firewall rules) ``any``."""
    text = text.strip()
    if not text or (allow_any and text == "any"):
        return None
    if "/" in text:
        return cidr(text)
    problem = ip(text)
    if problem and allow_any:
        return problem.replace("(write it like 10.10.1.5)", "(an address, a CIDR or 'any')")
    return problem


def cidr_list(text: str) -> str | None:
    return next((p for x in _items(text) if (p := cidr(x))), None)


def ip_list(text: str) -> str | None:
    return next((p for x in _items(text) if (p := ip(x))), None)


def _items(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def network_subnet(network: t.Network | None) -> ipaddress.IPv4Network | None:
    if network is None or network.kind == "internet" or not network.cidr:
        return None
    try:
        return ipaddress.IPv4Network(network.cidr, strict=False)
    except ValueError:
        return None


def address_on(network: t.Network | None, text: str, with_prefix: bool) -> str | None:
    """An address that must lie inside the network's CIDR (any address on the internet)."""
    text = text.strip()
    if not text:
        return None
    bare = text.split("/", 1)[0]
    got = _address(bare)
    if isinstance(got, str):
        return got
    if "/" in text:
        if not with_prefix:
            return f"write the address without a prefix length ({bare})"
        try:
            ipaddress.IPv4Interface(text)
        except ValueError:
            return f"'{text}' has an invalid prefix length"
    subnet = network_subnet(network)
    if subnet is not None and network is not None:
        if got not in subnet:
            return f"{bare} is outside {network.id} ({subnet})"
        if with_prefix and "/" in text and ipaddress.IPv4Interface(text).network != subnet:
            return f"the prefix of {text} does not match {network.id} ({subnet})"
        if got in (subnet.network_address, subnet.broadcast_address) and subnet.prefixlen < 31:
            which = "network" if got == subnet.network_address else "broadcast"
            return f"{bare} is the {which} address of {network.id} ({subnet})"
    return None


def with_prefix(network: t.Network | None, text: str) -> str:
    """Interface addresses are written ``a.b.c.d/len``; add the network's length if left out."""
    text = text.strip()
    if not text or "/" in text:
        return text
    subnet = network_subnet(network)
    if subnet is not None:
        return f"{text}/{subnet.prefixlen}"
    return f"{text}/32" if network is not None and network.kind == "internet" else text


def in_cidr(text: str, block: str | None, what: str) -> str | None:
    """An address that must lie inside a pod CIDR or service CIDR, when that is set."""
    problem = ip(text)
    if problem or not text.strip() or not block:
        return problem
    try:
        net = ipaddress.IPv4Network(block, strict=False)
    except ValueError:
        return None
    if ipaddress.IPv4Address(text.strip()) not in net:
        return f"{text.strip()} is outside {what} ({net})"
    return None


def whole_number(low: int, high: int, what: str) -> Check:
    def check(text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        try:
            value = int(text)
        except ValueError:
            return f"{what} must be a whole number, not '{text}'"
        if not low <= value <= high:
            return f"{what} must be between {low} and {high}"
        return None
    return check


port = whole_number(1, 65535, "a port")
node_port = whole_number(30000, 32767, "a NodePort")
vlan = whole_number(1, 4094, "a VLAN tag")
mtu = whole_number(68, 65535, "the MTU")
size = whole_number(28, 65535, "the packet size")


def vni(topology: t.Topology, network: t.Network) -> Check:
    def check(text: str) -> str | None:
        problem = whole_number(t.VNI_MIN, t.VNI_MAX, "a VNI")(text)
        if problem or not text.strip():
            return problem
        value = int(text)
        other = next((n.id for n in topology.networks if n.vni == value and n is not network), None)
        return f"VNI {value} is already used by {other}" if other else None
    return check


def identifier(topology: t.Topology, kind: str, current: str) -> Check:
    def check(text: str) -> str | None:
        try:
            check_id(topology, text.strip(), kind, current=current)
        except ValueError as exc:
            return str(exc)
        return None
    return check


def required(what: str) -> Check:
    return lambda text: None if text.strip() else f"{what} cannot be empty"


def key_values(text: str) -> str | None:
    """``app=web, tier=front``: labels and selectors."""
    for item in _items(text):
        key, sep, _ = item.partition("=")
        if not sep or not key.strip():
            return f"'{item}' is not key=value (write labels like app=web, tier=front)"
    return None


def parse_key_values(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in _items(text):
        key, _, value = item.partition("=")
        out[key.strip()] = value.strip()
    return out


def format_key_values(mapping: dict[str, str] | None) -> str:
    return ", ".join(f"{k}={v}" for k, v in (mapping or {}).items())


def ports_list(text: str) -> str | None:
    return next((p for x in _items(text) if (p := port(x))), None)
