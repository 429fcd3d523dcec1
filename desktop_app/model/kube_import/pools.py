"""Calico IP pools → the cluster's ``pod_cidr`` and ``calico`` settings.

Read from ``calicoctl get ippool -o yaml`` (``projectcalico.org/v3``) or ``kubectl get
ippools.crd.projectcalico.org -o yaml`` (``crd.projectcalico.org/v1``): both spell the
spec the same. Calico's defaults apply to what a pool leaves out: ``ipipMode`` and
``vxlanMode`` ``Never``, ``natOutgoing`` false. A topology's cluster has one pod range, so
the first enabled IPv4 pool gives it; the others are reported.
"""

from __future__ import annotations

import ipaddress

from desktop_app.model.messages import phrase
from desktop_app.model.topology import Calico

from . import messages as K
from .context import ImportContext
from .parse import KubeObject

MODES = ("Always", "CrossSubnet", "Never")


def map_pools(ctx: ImportContext, pools: list[KubeObject]) -> None:
    chosen: KubeObject | None = None
    for obj in pools:
        ctx.imported.setdefault("IPPool", set()).add(obj.name)
        text = obj.get(("spec", "cidr"), str, required=True)
        try:
            network = ipaddress.ip_network(text, strict=False)
        except ValueError:
            raise obj.error(("spec", "cidr"), phrase(
                K.BAD_CIDR, field="spec.cidr", kind="IPPool", name=obj.name, value=text)) from None
        if obj.get(("spec", "disabled"), bool):
            ctx.report.ignored(K.POOLS, K.DISABLED_POOL, obj.name)
        elif network.version != 4:
            ctx.report.ignored(K.POOLS, K.IPV6_POOL, obj.name)
        elif chosen is None:
            chosen = obj
            _apply(ctx, obj, str(network))
        else:
            ctx.report.ignored(K.POOLS, K.EXTRA_POOL, obj.name, first=chosen.name)


def _mode(obj: KubeObject, key: str) -> str:
    mode = obj.get(("spec", key), str) or "Never"
    if mode not in MODES:
        raise obj.error(("spec", key), phrase(K.WRONG_TYPE, field=f"spec.{key}", kind="IPPool",
                                              name=obj.name, wanted="Always, CrossSubnet or Never",
                                              found=mode))
    return mode


def calico_settings(obj: KubeObject) -> Calico:
    """The cluster's calico settings that one pool stands for."""
    ipip, vxlan = _mode(obj, "ipipMode"), _mode(obj, "vxlanMode")
    nat = bool(obj.get(("spec", "natOutgoing"), bool))
    if ipip != "Never":
        return Calico("ipip", "cross-subnet" if ipip == "CrossSubnet" else "always", nat)
    if vxlan != "Never":
        return Calico("vxlan", None, nat)
    return Calico("none", None, nat)


def _apply(ctx: ImportContext, obj: KubeObject, cidr: str) -> None:
    cluster = ctx.cluster
    what = phrase(K.CLUSTER, id=cluster.id)
    ctx.update(cluster, "pod_cidr", cidr, what)
    new = calico_settings(obj)
    if _mode(obj, "vxlanMode") == "CrossSubnet" and new.encapsulation == "vxlan":
        ctx.report.note(phrase(K.POOL, name=obj.name), phrase(K.VXLAN_CROSS_SUBNET))
    if cluster.calico is None:
        ctx.update(cluster, "calico", new, what)
        return
    for attr in ("encapsulation", "ipip_mode", "nat_outgoing"):
        ctx.update(cluster.calico, attr, getattr(new, attr), what, f"calico.{attr}")
