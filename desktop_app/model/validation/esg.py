"""ESG rules: NAT (DNAT, SNAT) and the firewall."""

from __future__ import annotations

from ..messages import (
    DNAT_NEEDS_TRANSLATION,
    DUPLICATE_NAT_NAME,
    FIREWALL_ACTION,
    FIREWALL_DEFAULT,
    NAT_TYPE,
    NO_INTERFACE_NAMED,
    NOT_A_MATCH,
    PROTOCOL,
    SNAT_NEEDS_TRANSLATION,
    USE_ONE_OF,
    phrase,
)
from ..topology import PROTOCOLS, Device
from .addresses import check_port, parse_ip, read_cidr, read_ip
from .context import Context
from .wording import unknown_value

NAT_TYPES = ("dnat", "snat")
FIREWALL_ACTIONS = ("allow", "deny")
RULE_PROTOCOLS = (*PROTOCOLS, "any")


def check_nat(ctx: Context, path: str, d: Device) -> None:
    """An ESG's NAT rules: names, types, matches and what they translate to."""
    if not d.nat:
        return
    names = set(d.interface_names()) if all(i is not None for i in d.interfaces) else set()
    seen: set[str] = set()
    for k, rule in enumerate(d.nat):
        if rule is None:
            continue
        rpath = f"{path}.nat[{k}]"
        if rule.name in seen:
            ctx.warn(f"{rpath}.name", DUPLICATE_NAT_NAME, d.id, name=rule.name)
        seen.add(rule.name)
        if rule.type not in NAT_TYPES:
            ctx.error(f"{rpath}.type", unknown_value(NAT_TYPE, rule.type, NAT_TYPES), d.id)
        m, tr = rule.match, rule.translate
        if m is not None:
            check_match_address(ctx, f"{rpath}.match.src", m.src, d.id)
            check_match_address(ctx, f"{rpath}.match.dst", m.dst, d.id)
            if m.protocol is not None and m.protocol not in RULE_PROTOCOLS:
                ctx.error(
                    f"{rpath}.match.protocol",
                    unknown_value(PROTOCOL, m.protocol, RULE_PROTOCOLS),
                    d.id,
                )
            check_port(ctx, f"{rpath}.match.port", m.port, d.id)
            if m.interface is not None and m.interface not in names:
                ctx.error(
                    f"{rpath}.match.interface",
                    NO_INTERFACE_NAMED,
                    d.id,
                    device=d.id,
                    name=m.interface,
                    hint=ctx.suggest(m.interface, names)
                    or phrase(USE_ONE_OF, options=", ".join(sorted(names))),
                )
        if tr is not None:
            if tr.ip is not None:
                read_ip(ctx, f"{rpath}.translate.ip", tr.ip, d.id)
            check_port(ctx, f"{rpath}.translate.port", tr.port, d.id)
            if rule.type == "dnat" and tr.ip is None and tr.port is None:
                ctx.error(f"{rpath}.translate", DNAT_NEEDS_TRANSLATION, d.id)
            elif rule.type == "snat" and tr.ip is None:
                ctx.error(f"{rpath}.translate", SNAT_NEEDS_TRANSLATION, d.id)


def check_firewall(ctx: Context, path: str, d: Device) -> None:
    """An ESG's firewall: default action and each rule's match."""
    fw = d.firewall
    if fw is None:
        return
    if fw.default is not None and fw.default not in FIREWALL_ACTIONS:
        ctx.error(
            f"{path}.firewall.default",
            unknown_value(FIREWALL_DEFAULT, fw.default, FIREWALL_ACTIONS),
            d.id,
        )
    for k, rule in enumerate(fw.rules):
        if rule is None:
            continue
        rpath = f"{path}.firewall.rules[{k}]"
        if rule.action not in FIREWALL_ACTIONS:
            ctx.error(
                f"{rpath}.action",
                unknown_value(FIREWALL_ACTION, rule.action, FIREWALL_ACTIONS),
                d.id,
            )
        check_match_address(ctx, f"{rpath}.src", rule.src, d.id)
        check_match_address(ctx, f"{rpath}.dst", rule.dst, d.id)
        if rule.protocol is not None and rule.protocol not in RULE_PROTOCOLS:
            ctx.error(
                f"{rpath}.protocol", unknown_value(PROTOCOL, rule.protocol, RULE_PROTOCOLS), d.id
            )
        check_port(ctx, f"{rpath}.port", rule.port, d.id)


def check_match_address(ctx: Context, path: str, text: str | None, subject: str | None) -> None:
    """A firewall or NAT match: an address, a network or ``any``."""
    if text is None or text == "any":
        return
    if "/" in text:
        read_cidr(ctx, path, text, subject)
    elif parse_ip(text) is None:
        ctx.error(path, NOT_A_MATCH, subject, text=text)
