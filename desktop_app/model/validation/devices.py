"""Devices: kinds, keys that belong to other kinds, hosts, dns servers and records."""

from __future__ import annotations

from .. import topology as t
from ..schema import DEVICE_KIND_KEYS
from .addresses import read_cidr, read_ip
from .concentrators import check_concentrator
from .context import Context
from .esg import check_firewall, check_nat
from .interfaces import check_interfaces
from .kubernetes import check_node, check_pod
from .references import ref_device, ref_zone
from .routes import check_routes
from .wording import unknown_value, with_article

# Kinds that need no interface of their own: a pod uses its node's, a host may only carry VMs.
_NO_INTERFACE_KINDS = ("pod", "esxi-host")
# Per device kind, the kind-specific keys it must not carry.
_FOREIGN_KEYS = {
    kind: tuple(key for key, kinds in DEVICE_KIND_KEYS.items() if kind not in kinds)
    for kind in t.DEVICE_KINDS
}


def check_device(ctx: Context, i: int, d: t.Device) -> None:
    """One device: its kind, misplaced keys, references, then its kind's own checks."""
    path = f"devices[{i}]"
    did = d.id
    kind = d.kind
    known_kind = kind in t.DEVICE_KINDS
    if not known_kind:
        ctx.error(f"{path}.kind", unknown_value("device kind", kind, t.DEVICE_KINDS), did)
    if d.zone is not None and d.zone not in ctx.zones:
        ref_zone(ctx, f"{path}.zone", d.zone, did)
    misplaced: set[str] = set()
    if known_kind:
        fields = d.__dict__
        for key in _FOREIGN_KEYS[kind]:
            if fields[key] is not None:
                misplaced.add(key)
                allowed = ", ".join(k for k in t.DEVICE_KINDS if k in DEVICE_KIND_KEYS[key])
                ctx.warn(
                    f"{path}.{key}",
                    f"'{key}' does not apply to {with_article(kind)} (only to {allowed}); "
                    "remove it or change the kind",
                    did,
                )
    if d.host is not None and "host" not in misplaced:
        ref_device(ctx, f"{path}.host", d.host, did, "esxi-host", "name the ESXi host it runs on")
        if d.host == did:
            ctx.error(
                f"{path}.host",
                f"'{did}' cannot run on itself; name the ESXi host it runs on",
                did,
            )
    check_interfaces(ctx, path, d)
    check_routes(ctx, path, d)
    if d.dns is not None and "dns" not in misplaced:
        ref_device(
            ctx, f"{path}.dns", d.dns, did, "dns", "name the dns device that resolves its names"
        )
    if kind == "dns" and d.records is not None:
        for name, value in d.records.items():
            if isinstance(value, str):
                read_ip(ctx, f"{path}.records.{name}", value, did)
            ctx.records.setdefault(name, []).append(did)
    if kind == "router" and d.announce is not None:
        for k, text in enumerate(d.announce):
            if isinstance(text, str):
                read_cidr(ctx, f"{path}.announce[{k}]", text, did)
    if kind == "esg":
        check_nat(ctx, path, d)
        check_firewall(ctx, path, d)
    elif kind == "k8s-node":
        check_node(ctx, path, d)
    elif kind == "pod":
        check_pod(ctx, path, d)
    elif kind == "l2-concentrator":
        check_concentrator(ctx, path, d)
    if not d.interfaces and known_kind and kind not in _NO_INTERFACE_KINDS:
        ctx.warn(
            path,
            f"{kind} '{did}' has no interfaces, so packets cannot reach it; "
            "add one under interfaces",
            did,
        )
