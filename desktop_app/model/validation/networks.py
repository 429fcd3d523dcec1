"""Networks: kinds, subnets, VNIs of logical switches, VLAN tags and MTUs."""

from __future__ import annotations

from .. import topology as t
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
        if net.kind not in t.NETWORK_KINDS:
            ctx.error(f"{path}.kind", unknown_value("network kind", net.kind, t.NETWORK_KINDS), nid)
        ref_zone(ctx, f"{path}.zone", net.zone, nid)
        if net.cidr is None:
            if net.kind != "internet" and net.kind in t.NETWORK_KINDS:
                ctx.error(
                    path,
                    f"network '{nid}' needs a cidr (its IPv4 subnet, like 10.0.1.0/24); "
                    "only internet networks go without",
                    nid,
                )
        else:
            cidr = read_cidr(ctx, f"{path}.cidr", net.cidr, nid)
            if cidr is not None:
                ctx.net_cidr[nid] = cidr
        if net.kind == "vxlan":
            if net.vni is None:
                ctx.error(
                    path,
                    f"logical switch '{nid}' needs a vni ({t.VNI_MIN}–{t.VNI_MAX}, unique)",
                    nid,
                )
            elif not t.VNI_MIN <= net.vni <= t.VNI_MAX:
                ctx.error(
                    f"{path}.vni",
                    f"vni {net.vni} is out of range; use {t.VNI_MIN}–{t.VNI_MAX}",
                    nid,
                )
            elif net.vni in vni_owner:
                ctx.error(
                    f"{path}.vni",
                    f"vni {net.vni} is already used by logical switch "
                    f"'{vni_owner[net.vni]}'; give each logical switch its own vni",
                    nid,
                )
            else:
                vni_owner[net.vni] = nid
        elif net.vni is not None:
            ctx.error(
                f"{path}.vni",
                f"vni only applies to vxlan networks and '{nid}' is {net.kind}; "
                "remove vni or set kind: vxlan",
                nid,
            )
        if net.vlan is not None:
            if not 1 <= net.vlan <= 4094:
                ctx.error(f"{path}.vlan", f"vlan tag {net.vlan} is out of range; use 1–4094", nid)
            elif net.kind != "vlan":
                ctx.warn(
                    f"{path}.vlan",
                    f"vlan tags only apply to vlan networks and '{nid}' is {net.kind}; remove vlan",
                    nid,
                )
        if net.mtu is not None and not MTU_MIN <= net.mtu <= MTU_MAX:
            ctx.error(
                f"{path}.mtu",
                f"mtu {net.mtu} is out of range; use {MTU_MIN}–{MTU_MAX} (default {t.DEFAULT_MTU})",
                nid,
            )
