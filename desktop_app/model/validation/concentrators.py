"""L2 concentrators: the bridged network, the peer at the other site, one subnet for both."""

from __future__ import annotations

from ..messages import (
    FIX_DECLARE_NETWORK,
    FIX_NAME_PEER,
    L2C_BRIDGES_DIFFER,
    L2C_NEEDS_BRIDGE,
    L2C_NEEDS_PEER,
    L2C_NO_BRIDGE_INTERFACE,
    L2C_OWN_PEER,
    L2C_PEERS_NOT_MUTUAL,
    NETWORK,
    TUNNEL,
)
from ..topology import TUNNEL_KINDS, Device
from .addresses import show_net
from .context import Context
from .references import ref_device, unknown_reference
from .wording import unknown_value


def index_bridges(ctx: Context) -> None:
    # Networks bridged by an L2 concentrator pair are one L2 domain (one subnet, one set
    # of addresses): the stretched VM's gateway lives on the other site.
    """Merge the networks an L2 concentrator pair bridges into one L2 domain."""
    for device in ctx.devices.values():
        if device.kind != "l2-concentrator" or device.bridge is None or device.peer is None:
            continue
        peer = ctx.devices.get(device.peer)
        if peer is None or peer.bridge is None:
            continue
        a = ctx.domain.get(device.bridge, device.bridge)
        b = ctx.domain.get(peer.bridge, peer.bridge)
        if a != b:
            for net, dom in list(ctx.domain.items()):
                if dom == b:
                    ctx.domain[net] = a
            ctx.domain[b] = a
            ctx.domain.setdefault(device.bridge, a)


def check_concentrator(ctx: Context, path: str, d: Device) -> None:
    """The bridge network and the peer of an l2-concentrator."""
    did = d.id
    if d.tunnel is not None and d.tunnel not in TUNNEL_KINDS:
        ctx.error(f"{path}.tunnel", unknown_value(TUNNEL, d.tunnel, TUNNEL_KINDS), did)
    if d.bridge is None:
        ctx.error(path, L2C_NEEDS_BRIDGE, did, device=did)
    elif d.bridge not in ctx.networks:
        ctx.error(
            f"{path}.bridge",
            unknown_reference(ctx, NETWORK, d.bridge, ctx.networks, FIX_DECLARE_NETWORK),
            did,
        )
    elif not any(i is not None and i.network == d.bridge for i in d.interfaces):
        ctx.warn(f"{path}.bridge", L2C_NO_BRIDGE_INTERFACE, did, device=did, network=d.bridge)
    if d.peer is None:
        ctx.error(path, L2C_NEEDS_PEER, did, device=did)
        return
    if d.peer == did:
        ctx.error(f"{path}.peer", L2C_OWN_PEER, did, device=did)
        return
    peer = ref_device(ctx, f"{path}.peer", d.peer, did, "l2-concentrator", FIX_NAME_PEER)
    if peer is None:
        return
    if peer.peer is None:
        return  # reported on the peer: it needs 'peer'
    if peer.peer != did:
        ctx.error(
            f"{path}.peer", L2C_PEERS_NOT_MUTUAL, did, peer=peer.id, other=peer.peer, device=did
        )
        return
    if ctx.device_index[did] > ctx.device_index[peer.id]:
        return  # the pair's networks are compared once, from the first of the two
    a, b = ctx.net_cidr.get(d.bridge or ""), ctx.net_cidr.get(peer.bridge or "")
    if a is not None and b is not None and a != b:
        ctx.error(
            f"{path}.bridge",
            L2C_BRIDGES_DIFFER,
            did,
            network=d.bridge,
            cidr=show_net(a),
            peer_network=peer.bridge,
            peer_cidr=show_net(b),
        )
