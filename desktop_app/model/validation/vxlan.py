"""VXLAN: the UDP port, VTEPs on hosts that carry logical switches, transport MTUs."""

from __future__ import annotations

from ..messages import HOST_WITHOUT_VTEP, TRANSPORT_MTU_TOO_SMALL, VXLAN_PORT_OUT_OF_RANGE
from .context import Context
from .networks import MTU_MIN

# VXLAN adds 50 bytes to a 1500-byte frame.
VXLAN_TRANSPORT_MTU = 1550


def check_settings(ctx: Context) -> None:
    """The VXLAN UDP port in settings."""
    s = ctx.topo.settings
    if s is not None and s.vxlan_port is not None and not 1 <= s.vxlan_port <= 65535:
        ctx.error("settings.vxlan_port", VXLAN_PORT_OUT_OF_RANGE, port=s.vxlan_port)


def check_vteps(ctx: Context) -> None:
    """Hosts carrying logical-switch guests have a VTEP; transport MTUs fit VXLAN."""
    for host_id, (guest, ls) in ctx.vxlan_guests.items():
        if ctx.vtep_count.get(host_id, 1) == 0:
            i = ctx.device_index[host_id]
            host = ctx.devices[host_id]
            ctx.error(
                f"devices[{i}].interfaces" if host.interfaces else f"devices[{i}]",
                HOST_WITHOUT_VTEP,
                host_id,
                host=host_id,
                guest=guest,
                network=ls,
            )
    for net_id in sorted(ctx.transport_networks, key=ctx.network_index.__getitem__):
        net = ctx.networks[net_id]
        if MTU_MIN <= net.effective_mtu < VXLAN_TRANSPORT_MTU:
            i = ctx.network_index[net_id]
            ctx.warn(
                f"networks[{i}].mtu" if net.mtu is not None else f"networks[{i}]",
                TRANSPORT_MTU_TOO_SMALL,
                net_id,
                network=net_id,
                mtu=net.effective_mtu,
            )
