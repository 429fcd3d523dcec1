"""NSX Edge firewall and NAT rule matching (first match wins; firewall before NAT)."""

from __future__ import annotations

from desktop_app.model.topology import Firewall, NatRule

from .headers import HeaderStack, IPv4
from .index import address, ip_in
from .packets import ports, protocol_name


def _matches(packet: HeaderStack, src: str | None, dst: str | None, protocol: str | None,
             port: int | None) -> bool:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    if protocol not in (None, "any") and protocol_name(ip.protocol) != protocol:
        return False
    if port is not None and ports(packet)[1] != port:
        return False
    return ip_in(address(ip.src), src) and ip_in(address(ip.dst), dst)


def firewall_verdict(firewall: Firewall | None, packet: HeaderStack) -> tuple[str, str | None]:
    """("allow"|"deny", rule name or None for the default policy)."""
    if firewall is None:
        return "allow", None
    for rule in firewall.rules:
        if _matches(packet, rule.src, rule.dst, rule.protocol, rule.port):
            return rule.action, rule.name
    return firewall.effective_default, None


def nat_match(rules: list[NatRule] | None, kind: str, packet: HeaderStack, interface: str) -> NatRule | None:
    """The first ``kind`` (dnat|snat) rule matching the packet on that interface."""
    for rule in rules or []:
        m = rule.match
        if rule.type != kind:
            continue
        if m.interface is not None and m.interface != interface:
            continue
        if _matches(packet, m.src, m.dst, m.protocol, m.port):
            return rule
    return None
