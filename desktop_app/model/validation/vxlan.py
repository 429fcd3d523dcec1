"""VXLAN: the UDP port, VTEPs on hosts that carry logical switches, transport MTUs."""

from __future__ import annotations

from .context import Context
from .networks import MTU_MIN

# VXLAN adds 50 bytes to a 1500-byte frame.
VXLAN_TRANSPORT_MTU = 1550


def check_settings(ctx: Context) -> None:
    """The VXLAN UDP port in settings."""
    s = ctx.topo.settings
    if s is not None and s.vxlan_port is not None and not 1 <= s.vxlan_port <= 65535:
        ctx.error(
            "settings.vxlan_port",
            f"vxlan_port {s.vxlan_port} is not a port; use 4789 (or 8472 for older NSX-V installs)",
        )


def check_vteps(ctx: Context) -> None:
    """Hosts carrying logical-switch guests have a VTEP; transport MTUs fit VXLAN."""
    for host_id, (guest, ls) in ctx.vxlan_guests.items():
        if ctx.vtep_count.get(host_id, 1) == 0:
            i = ctx.device_index[host_id]
            host = ctx.devices[host_id]
            ctx.error(
                f"devices[{i}].interfaces" if host.interfaces else f"devices[{i}]",
                f"esxi-host '{host_id}' runs '{guest}' on logical switch '{ls}' "
                "but has no VTEP; "
                "add an interface with vtep: true on the transport network",
                host_id,
            )
    for net_id in sorted(ctx.transport_networks, key=ctx.network_index.__getitem__):
        net = ctx.networks[net_id]
        if MTU_MIN <= net.effective_mtu < VXLAN_TRANSPORT_MTU:
            i = ctx.network_index[net_id]
            ctx.warn(
                f"networks[{i}].mtu" if net.mtu is not None else f"networks[{i}]",
                f"transport network '{net_id}' carries VXLAN "
                f"with an MTU of {net.effective_mtu}; "
                "VXLAN adds 50 bytes; NSX wants 1600, so set mtu: 1600",
                net_id,
            )
