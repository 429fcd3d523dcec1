"""Interfaces: names, MACs, networks, VTEPs, and the addresses and gateways they carry."""

from __future__ import annotations

import re

from .. import topology as t
from .addresses import (
    claim_address,
    contains,
    format_ip,
    mask,
    parse_ip,
    parse_prefixed,
    read_ip,
    show_net,
)
from .context import Context
from .references import unknown_reference
from .wording import with_article

_MAC = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}\Z")
# VM-like kinds whose frames on a logical switch leave through their host's VTEP (the DLR
# runs in every host's kernel, so it has no one host).
_GUEST_KINDS = frozenset(t.HOSTED_KINDS) - {"dlr"}


def check_interfaces(ctx: Context, path: str, d: t.Device) -> None:
    """A device's interfaces: names, MACs, networks, VTEPs and logical-switch hosts."""
    did = d.id
    names: set[str] = set()
    vteps = 0
    homeless = False
    for k, itf in enumerate(d.interfaces):
        if itf is None:
            continue
        ipath = f"{path}.interfaces[{k}]"
        name = itf.name or f"eth{k}"
        if name in names:
            ctx.error(
                f"{ipath}.name" if itf.name else ipath,
                f"interface name '{name}' is used twice on '{did}'; rename one",
                did,
            )
        names.add(name)
        if itf.mac is not None and not _MAC.match(itf.mac):
            ctx.error(
                f"{ipath}.mac",
                f"'{itf.mac}' is not a MAC address; write it as 02:00:00:00:00:01 "
                "or leave it out for a stable default",
                did,
            )
        net: t.Network | None = None
        if itf.network is None:
            ctx.error(ipath, "an interface needs 'network', the id of the network it is on", did)
        else:
            net = ctx.networks.get(itf.network)
            if net is None:
                ctx.error(
                    f"{ipath}.network",
                    unknown_reference(
                        ctx, "network", itf.network, ctx.networks, "declare it under networks"
                    ),
                    did,
                )
        if itf.vtep:
            vteps += 1
            if d.kind != "esxi-host":
                ctx.error(
                    f"{ipath}.vtep",
                    f"only an esxi-host has a VTEP and '{did}' is {with_article(d.kind)}; "
                    "remove vtep",
                    did,
                )
            elif vteps > 1:
                ctx.error(
                    f"{ipath}.vtep",
                    f"'{did}' already has a VTEP interface; a host has one, so remove vtep here",
                    did,
                )
            if itf.ip is None:
                ctx.error(ipath, "a VTEP needs an ip on the transport network", did)
            if net is not None:
                if net.kind == "vxlan":
                    ctx.error(
                        f"{ipath}.network",
                        f"a VTEP sits on the underlay, but '{net.id}' is a "
                        "logical switch; put it on a vlan transport network",
                        did,
                    )
                elif d.kind == "esxi-host":
                    ctx.transport_networks.add(net.id)
        if net is not None and net.kind == "vxlan" and d.kind in _GUEST_KINDS:
            if d.host is None:
                if not homeless:
                    ctx.warn(
                        path,
                        f"'{did}' is on logical switch '{net.id}' but has no host; set host "
                        "to the esxi-host it runs on so VXLAN can be traced",
                        did,
                    )
                homeless = True
            elif d.host not in ctx.vxlan_guests:
                ctx.vxlan_guests[d.host] = (did, net.id)
        _check_interface_addresses(ctx, ipath, itf, net, did, d)
    if d.kind == "esxi-host":
        ctx.vtep_count[did] = vteps


def _check_interface_addresses(
    ctx: Context, ipath: str, itf: t.Interface, net: t.Network | None, did: str, d: t.Device
) -> None:
    """An interface's address, secondary addresses and gateway against its network."""
    cidr = ctx.net_cidr.get(net.id) if net is not None else None
    on_internet = net is not None and net.kind == "internet"
    if itf.ip is not None:
        addr = parse_prefixed(itf.ip)
        if addr is None:
            if parse_ip(itf.ip) is not None:
                plen = cidr[1] if cidr is not None else 24
                ctx.error(
                    f"{ipath}.ip",
                    f"write the interface address with its prefix length, like '{itf.ip}/{plen}'",
                    did,
                )
            else:
                ctx.error(
                    f"{ipath}.ip",
                    f"'{itf.ip}' is not an interface address; write it as a.b.c.d/len, "
                    "like 10.0.1.5/24",
                    did,
                )
        elif net is not None:
            ip, plen = addr
            if cidr is not None and not on_internet:
                if not contains(cidr, ip):
                    ctx.error(
                        f"{ipath}.ip",
                        f"{format_ip(ip)} is outside network '{net.id}' "
                        f"({show_net(cidr)}); use an address inside it or change network",
                        did,
                    )
                else:
                    if plen != cidr[1]:
                        ctx.warn(
                            f"{ipath}.ip",
                            f"prefix /{plen} differs from network '{net.id}' "
                            f"({show_net(cidr)}); write /{cidr[1]}",
                            did,
                        )
                    if cidr[1] <= 30 and ip in (
                        cidr[0],
                        cidr[0] | (~mask(cidr[1]) & 0xFFFFFFFF),
                    ):
                        ctx.warn(
                            f"{ipath}.ip",
                            f"{format_ip(ip)} is the network or broadcast address "
                            f"of {show_net(cidr)}; pick a host address",
                            did,
                        )
            claim_address(ctx, net.id, ip, f"{ipath}.ip", did)
        if d.kind == "l2-concentrator" and itf.network is not None and itf.network == d.bridge:
            ctx.error(
                f"{ipath}.ip",
                "the bridge interface carries the stretched network's frames and has "
                "no address of its own; remove ip",
                did,
            )
    for k, text in enumerate(itf.secondary):
        if not isinstance(text, str):
            continue
        spath = f"{ipath}.secondary[{k}]"
        ip2 = read_ip(ctx, spath, text, did)
        if ip2 is not None and net is not None:
            if cidr is not None and not on_internet and not contains(cidr, ip2):
                ctx.error(
                    spath,
                    f"{format_ip(ip2)} is outside network '{net.id}' ({show_net(cidr)}); "
                    "use an address inside it",
                    did,
                )
            claim_address(ctx, net.id, ip2, spath, did)
    if itf.gateway is not None:
        gw = read_ip(ctx, f"{ipath}.gateway", itf.gateway, did)
        if gw is not None and net is not None and cidr is not None and not on_internet:
            if not contains(cidr, gw):
                ctx.error(
                    f"{ipath}.gateway",
                    f"gateway {format_ip(gw)} is outside network '{net.id}' "
                    f"({show_net(cidr)}); a gateway must be on the interface's own network",
                    did,
                )
            else:
                ctx.pending_next_hops.append((f"{ipath}.gateway", did, net.id, gw, "gateway"))
