"""What the inspector refuses, and why: each check returns a sentence, or None when fine.

These checks run on the text a user typed, before any command is pushed. They are
stricter than ``set_field`` (which stores any well-typed value so that a file with
problems stays editable): the inspector does not let a new mistake in. The sentences are in
the current language (context ``checks``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.model.topology import VNI_MAX, VNI_MIN, Network, Topology
from desktop_app.ui.commands import check_id
from desktop_app.ui.problem_words import error_text

Check = Callable[[str], "str | None"]


def _address(text: str) -> ipaddress.IPv4Address | str:
    try:
        return ipaddress.IPv4Address(text.strip())
    except ValueError:
        return QCoreApplication.translate(
            "checks", "'{text}' is not an IPv4 address (write it like 10.10.1.5)").format(
            text=text.strip())


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
            return QCoreApplication.translate(
                "checks", "'{text}' is not a network in CIDR form (write it like 10.10.1.0/24)"
            ).format(text=text)
        return QCoreApplication.translate(
            "checks", "{text} has host bits set; did you mean {near}?").format(text=text,
                                                                             near=near)
    if "/" not in text:
        return QCoreApplication.translate(
            "checks", "'{text}' needs a prefix length (like {text}/24)").format(text=text)
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
        return QCoreApplication.translate(
            "checks", "'{text}' is not an address, a CIDR or 'any'").format(text=text)
    return problem


def cidr_list(text: str) -> str | None:
    return next((p for x in _items(text) if (p := cidr(x))), None)


def ip_list(text: str) -> str | None:
    return next((p for x in _items(text) if (p := ip(x))), None)


def _items(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def network_subnet(network: Network | None) -> ipaddress.IPv4Network | None:
    if network is None or network.kind == "internet" or not network.cidr:
        return None
    try:
        return ipaddress.IPv4Network(network.cidr, strict=False)
    except ValueError:
        return None


def address_on(network: Network | None, text: str, with_prefix: bool) -> str | None:
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
            return QCoreApplication.translate(
                "checks", "write the address without a prefix length ({address})").format(
                address=bare)
        try:
            ipaddress.IPv4Interface(text)
        except ValueError:
            return QCoreApplication.translate(
                "checks", "'{text}' has an invalid prefix length").format(text=text)
    subnet = network_subnet(network)
    if subnet is not None and network is not None:
        if got not in subnet:
            return QCoreApplication.translate(
                "checks", "{address} is outside {network} ({subnet})").format(
                address=bare, network=network.id, subnet=subnet)
        if with_prefix and "/" in text and ipaddress.IPv4Interface(text).network != subnet:
            return QCoreApplication.translate(
                "checks", "the prefix of {text} does not match {network} ({subnet})").format(
                text=text, network=network.id, subnet=subnet)
        if got == subnet.network_address and subnet.prefixlen < 31:
            return QCoreApplication.translate(
                "checks", "{address} is the network address of {network} ({subnet})").format(
                address=bare, network=network.id, subnet=subnet)
        if got == subnet.broadcast_address and subnet.prefixlen < 31:
            return QCoreApplication.translate(
                "checks", "{address} is the broadcast address of {network} ({subnet})").format(
                address=bare, network=network.id, subnet=subnet)
    return None


def with_prefix(network: Network | None, text: str) -> str:
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
        return QCoreApplication.translate("checks", "{address} is outside {what} ({net})").format(
            address=text.strip(), what=what, net=net)
    return None


def whole_number(low: int, high: int, what: str) -> Check:
    """``what`` is marked with QT_TRANSLATE_NOOP("checks", …) and said in the current language."""
    def check(text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        name = QCoreApplication.translate("checks", what)
        try:
            value = int(text)
        except ValueError:
            return QCoreApplication.translate(
                "checks", "{what} must be a whole number, not '{text}'").format(what=name,
                                                                               text=text)
        if not low <= value <= high:
            return QCoreApplication.translate(
                "checks", "{what} must be between {low} and {high}").format(what=name, low=low,
                                                                           high=high)
        return None
    return check


port = whole_number(1, 65535, QT_TRANSLATE_NOOP("checks", "a port"))
node_port = whole_number(30000, 32767, QT_TRANSLATE_NOOP("checks", "a NodePort"))
vlan = whole_number(1, 4094, QT_TRANSLATE_NOOP("checks", "a VLAN tag"))
mtu = whole_number(68, 65535, QT_TRANSLATE_NOOP("checks", "the MTU"))
size = whole_number(28, 65535, QT_TRANSLATE_NOOP("checks", "the packet size"))


def vni(topology: Topology, network: Network) -> Check:
    def check(text: str) -> str | None:
        problem = whole_number(VNI_MIN, VNI_MAX, QT_TRANSLATE_NOOP("checks", "a VNI"))(text)
        if problem or not text.strip():
            return problem
        value = int(text)
        other = next((n.id for n in topology.networks if n.vni == value and n is not network), None)
        if other is None:
            return None
        return QCoreApplication.translate("checks", "VNI {vni} is already used by {other}").format(
            vni=value, other=other)
    return check


def identifier(topology: Topology, kind: str, current: str) -> Check:
    def check(text: str) -> str | None:
        try:
            check_id(topology, text.strip(), kind, current=current)
        except ValueError as exc:
            return error_text(exc)
        return None
    return check


def required(what: str) -> Check:
    return lambda text: None if text.strip() else QCoreApplication.translate(
        "checks", "{what} cannot be empty").format(what=what)


def key_values(text: str) -> str | None:
    """``app=web, tier=front``: labels and selectors."""
    for item in _items(text):
        key, sep, _ = item.partition("=")
        if not sep or not key.strip():
            return QCoreApplication.translate(
                "checks", "'{item}' is not key=value (write labels like app=web, tier=front)"
            ).format(item=item)
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
