"""Static routes and gateways: next hops on a connected subnet, held by some device."""

from __future__ import annotations

from ..messages import NEXT_HOP_NOT_CONNECTED, NEXT_HOP_UNHELD, NO_SUBNETS, phrase
from ..topology import NETWORK_KINDS, Device
from .addresses import contains, format_ip, mask, parse_prefixed, read_cidr, read_ip, show_net
from .context import Context, Net


def check_routes(ctx: Context, path: str, d: Device) -> None:
    """A device's static routes: destination networks and next hops on its own subnets."""
    if not d.routes:
        return
    connected: list[tuple[Net, str]] = []
    for itf in d.interfaces:
        if itf is None or itf.ip is None or itf.network is None:
            continue
        addr = parse_prefixed(itf.ip)
        net = ctx.networks.get(itf.network)
        if addr is None or net is None:
            continue
        cidr = ctx.net_cidr.get(net.id)
        if net.kind == "internet" or cidr is None:
            cidr = (addr[0] & mask(addr[1]), addr[1])
        connected.append((cidr, net.id))
    for k, route in enumerate(d.routes):
        if route is None:
            continue
        rpath = f"{path}.routes[{k}]"
        read_cidr(ctx, f"{rpath}.to", route.to, d.id)
        via = read_ip(ctx, f"{rpath}.via", route.via, d.id)
        if via is None:
            continue
        hit = next((net_id for cidr, net_id in connected if contains(cidr, via)), None)
        if hit is None:
            ctx.error(
                f"{rpath}.via",
                NEXT_HOP_NOT_CONNECTED,
                d.id,
                address=format_ip(via),
                device=d.id,
                subnets=", ".join(show_net(c) for c, _ in connected) or phrase(NO_SUBNETS),
            )
        elif ctx.networks[hit].kind != "internet":
            ctx.pending_next_hops.append((f"{rpath}.via", d.id, hit, via, NEXT_HOP_UNHELD))


def check_next_hops(ctx: Context) -> None:
    """Warn about gateways and next hops that no device holds (after all are claimed)."""
    for path, did, net_id, ip, template in ctx.pending_next_hops:
        if ctx.networks[net_id].kind not in NETWORK_KINDS:
            continue  # unknown kind: already an error, and maybe meant to be internet
        if (ctx.domain.get(net_id, net_id), ip) not in ctx.address_owner:
            ctx.warn(path, template, did, network=net_id, address=format_ip(ip))
