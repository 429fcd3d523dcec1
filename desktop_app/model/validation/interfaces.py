"""Interfaces: names, MACs, networks, VTEPs, and the addresses and gateways they carry."""

from __future__ import annotations

import re

from ..messages import (
    ADDRESS_WITHOUT_PREFIX,
    BAD_INTERFACE_ADDRESS,
    BAD_MAC,
    BRIDGE_INTERFACE_WITH_IP,
    DUPLICATE_INTERFACE,
    FIX_DECLARE_NETWORK,
    GATEWAY_OUTSIDE_NETWORK,
    GATEWAY_UNHELD,
    GUEST_WITHOUT_HOST,
    INTERFACE_NEEDS_NETWORK,
    NETWORK,
    NETWORK_OR_BROADCAST,
    OUTSIDE_NETWORK,
    PREFIX_DIFFERS,
    SECOND_VTEP,
    SECONDARY_OUTSIDE_NETWORK,
    VTEP_NEEDS_IP,
    VTEP_NOT_ON_HOST,
    VTEP_ON_LOGICAL_SWITCH,
    Kind,
)
from ..topology import HOSTED_KINDS, Device, Interface, Network
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

_MAC = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}\Z")
# VM-like kinds whose frames on a logical switch leave through their host's VTEP (the DLR
# runs in every host's kernel, so it has no one host).
_GUEST_KINDS = frozenset(HOSTED_KINDS) - {"dlr"}


def check_interfaces(ctx: Context, path: str, d: Device) -> None:
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
                DUPLICATE_INTERFACE,
                did,
                name=name,
                device=did,
            )
        names.add(name)
        if itf.mac is not None and not _MAC.match(itf.mac):
            ctx.error(f"{ipath}.mac", BAD_MAC, did, mac=itf.mac)
        net: Network | None = None
        if itf.network is None:
            ctx.error(ipath, INTERFACE_NEEDS_NETWORK, did)
        else:
            net = ctx.networks.get(itf.network)
            if net is None:
                ctx.error(
                    f"{ipath}.network",
                    unknown_reference(
                        ctx, NETWORK, itf.network, ctx.networks, FIX_DECLARE_NETWORK
                    ),
                    did,
                )
        if itf.vtep:
            vteps += 1
            if d.kind != "esxi-host":
                ctx.error(
                    f"{ipath}.vtep", VTEP_NOT_ON_HOST, did, device=did, kind=Kind(d.kind)
                )
            elif vteps > 1:
                ctx.error(f"{ipath}.vtep", SECOND_VTEP, did, device=did)
            if itf.ip is None:
                ctx.error(ipath, VTEP_NEEDS_IP, did)
            if net is not None:
                if net.kind == "vxlan":
                    ctx.error(f"{ipath}.network", VTEP_ON_LOGICAL_SWITCH, did, network=net.id)
                elif d.kind == "esxi-host":
                    ctx.transport_networks.add(net.id)
        if net is not None and net.kind == "vxlan" and d.kind in _GUEST_KINDS:
            if d.host is None:
                if not homeless:
                    ctx.warn(path, GUEST_WITHOUT_HOST, did, device=did, network=net.id)
                homeless = True
            elif d.host not in ctx.vxlan_guests:
                ctx.vxlan_guests[d.host] = (did, net.id)
        _check_interface_addresses(ctx, ipath, itf, net, did, d)
    if d.kind == "esxi-host":
        ctx.vtep_count[did] = vteps


def _check_interface_addresses(
    ctx: Context, ipath: str, itf: Interface, net: Network | None, did: str, d: Device
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
                    f"{ipath}.ip", ADDRESS_WITHOUT_PREFIX, did, address=itf.ip, prefix=plen
                )
            else:
                ctx.error(f"{ipath}.ip", BAD_INTERFACE_ADDRESS, did, text=itf.ip)
        elif net is not None:
            ip, plen = addr
            if cidr is not None and not on_internet:
                if not contains(cidr, ip):
                    ctx.error(
                        f"{ipath}.ip",
                        OUTSIDE_NETWORK,
                        did,
                        address=format_ip(ip),
                        network=net.id,
                        cidr=show_net(cidr),
                    )
                else:
                    if plen != cidr[1]:
                        ctx.warn(
                            f"{ipath}.ip",
                            PREFIX_DIFFERS,
                            did,
                            prefix=plen,
                            network=net.id,
                            cidr=show_net(cidr),
                            network_prefix=cidr[1],
                        )
                    if cidr[1] <= 30 and ip in (
                        cidr[0],
                        cidr[0] | (~mask(cidr[1]) & 0xFFFFFFFF),
                    ):
                        ctx.warn(
                            f"{ipath}.ip",
                            NETWORK_OR_BROADCAST,
                            did,
                            address=format_ip(ip),
                            cidr=show_net(cidr),
                        )
            claim_address(ctx, net.id, ip, f"{ipath}.ip", did)
        if d.kind == "l2-concentrator" and itf.network is not None and itf.network == d.bridge:
            ctx.error(f"{ipath}.ip", BRIDGE_INTERFACE_WITH_IP, did)
    for k, text in enumerate(itf.secondary):
        if not isinstance(text, str):
            continue
        spath = f"{ipath}.secondary[{k}]"
        ip2 = read_ip(ctx, spath, text, did)
        if ip2 is not None and net is not None:
            if cidr is not None and not on_internet and not contains(cidr, ip2):
                ctx.error(
                    spath,
                    SECONDARY_OUTSIDE_NETWORK,
                    did,
                    address=format_ip(ip2),
                    network=net.id,
                    cidr=show_net(cidr),
                )
            claim_address(ctx, net.id, ip2, spath, did)
    if itf.gateway is not None:
        gw = read_ip(ctx, f"{ipath}.gateway", itf.gateway, did)
        if gw is not None and net is not None and cidr is not None and not on_internet:
            if not contains(cidr, gw):
                ctx.error(
                    f"{ipath}.gateway",
                    GATEWAY_OUTSIDE_NETWORK,
                    did,
                    address=format_ip(gw),
                    network=net.id,
                    cidr=show_net(cidr),
                )
            else:
                ctx.pending_next_hops.append(
                    (f"{ipath}.gateway", did, net.id, gw, GATEWAY_UNHELD)
                )
