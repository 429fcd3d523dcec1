"""Networks: kinds, subnets, VNIs of logical switches, VLAN tags and MTUs."""

from __future__ import annotations

from ..messages import (
    MTU_OUT_OF_RANGE,
    NETWORK_KIND,
    NETWORK_NEEDS_CIDR,
    VLAN_NOT_VLAN,
    VLAN_OUT_OF_RANGE,
    VNI_MISSING,
    VNI_NOT_VXLAN,
    VNI_OUT_OF_RANGE,
    VNI_TAKEN,
    Kind,
)
from ..topology import DEFAULT_MTU, NETWORK_KINDS, VNI_MAX, VNI_MIN
from .addresses import read_cidr
from .context import Context
from .references import ref_zone
from .wording import unknown_value

MTU_MIN, MTU_MAX = 576, 9216


def check_networks(ctx: Context) -> None:
    """Each network: kind, zone, cidr, vni, vlan tag and mtu."""
    vni_owner: dict[int, str] = {}
    for i, net in enumerate(ctx.topo.networks):
        if net is None:
            continue
        path = f"networks[{i}]"
        nid = net.id
        if net.kind not in NETWORK_KINDS:
            ctx.error(f"{path}.kind", unknown_value(NETWORK_KIND, net.kind, NETWORK_KINDS), nid)
        ref_zone(ctx, f"{path}.zone", net.zone, nid)
        if net.cidr is None:
            if net.kind != "internet" and net.kind in NETWORK_KINDS:
                ctx.error(path, NETWORK_NEEDS_CIDR, nid, network=nid)
        else:
            cidr = read_cidr(ctx, f"{path}.cidr", net.cidr, nid)
            if cidr is not None:
                ctx.net_cidr[nid] = cidr
        if net.kind == "vxlan":
            if net.vni is None:
                ctx.error(path, VNI_MISSING, nid, network=nid, low=VNI_MIN, high=VNI_MAX)
            elif not VNI_MIN <= net.vni <= VNI_MAX:
                ctx.error(
                    f"{path}.vni", VNI_OUT_OF_RANGE, nid, vni=net.vni, low=VNI_MIN,
                    high=VNI_MAX,
                )
            elif net.vni in vni_owner:
                ctx.error(f"{path}.vni", VNI_TAKEN, nid, vni=net.vni, other=vni_owner[net.vni])
            else:
                vni_owner[net.vni] = nid
        elif net.vni is not None:
            ctx.error(f"{path}.vni", VNI_NOT_VXLAN, nid, network=nid, kind=Kind(net.kind))
        if net.vlan is not None:
            if not 1 <= net.vlan <= 4094:
                ctx.error(f"{path}.vlan", VLAN_OUT_OF_RANGE, nid, vlan=net.vlan)
            elif net.kind != "vlan":
                ctx.warn(f"{path}.vlan", VLAN_NOT_VLAN, nid, network=nid, kind=Kind(net.kind))
        if net.mtu is not None and not MTU_MIN <= net.mtu <= MTU_MAX:
            ctx.error(
                f"{path}.mtu",
                MTU_OUT_OF_RANGE,
                nid,
                mtu=net.mtu,
                low=MTU_MIN,
                high=MTU_MAX,
                default=DEFAULT_MTU,
            )
