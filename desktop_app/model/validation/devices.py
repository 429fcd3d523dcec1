"""Devices: kinds, keys that belong to other kinds, hosts, dns servers and records."""

from __future__ import annotations

from ..messages import (
    DEVICE_KIND,
    FIX_NAME_DNS,
    FIX_NAME_HOST,
    KEY_NOT_FOR_KIND,
    NO_INTERFACES,
    RUNS_ON_ITSELF,
    Kind,
    Kinds,
)
from ..schema import DEVICE_KIND_KEYS
from ..topology import DEVICE_KINDS, Device
from .addresses import check_port, read_cidr, read_ip
from .concentrators import check_concentrator
from .context import Context
from .esg import check_firewall, check_nat
from .interfaces import check_interfaces
from .kubernetes import check_node, check_pod
from .references import ref_device, ref_zone
from .routes import check_routes
from .wording import unknown_value

# Kinds that need no interface of their own: a pod uses its node's, a host may only carry VMs.
_NO_INTERFACE_KINDS = ("pod", "esxi-host")
# Per device kind, the kind-specific keys it must not carry.
_FOREIGN_KEYS = {
    kind: tuple(key for key, kinds in DEVICE_KIND_KEYS.items() if kind not in kinds)
    for kind in DEVICE_KINDS
}


def check_device(ctx: Context, i: int, d: Device) -> None:
    """One device: its kind, misplaced keys, references, then its kind's own checks."""
    path = f"devices[{i}]"
    did = d.id
    kind = d.kind
    known_kind = kind in DEVICE_KINDS
    if not known_kind:
        ctx.error(f"{path}.kind", unknown_value(DEVICE_KIND, kind, DEVICE_KINDS), did)
    if d.zone is not None and d.zone not in ctx.zones:
        ref_zone(ctx, f"{path}.zone", d.zone, did)
    misplaced: set[str] = set()
    if known_kind:
        fields = d.__dict__
        for key in _FOREIGN_KEYS[kind]:
            if fields[key] is not None:
                misplaced.add(key)
                allowed = Kinds(
                    Kind(k) for k in DEVICE_KINDS if k in DEVICE_KIND_KEYS[key]
                )
                ctx.warn(
                    f"{path}.{key}",
                    KEY_NOT_FOR_KIND,
                    did,
                    key=key,
                    kind=Kind(kind),
                    allowed=allowed,
                )
    if d.host is not None and "host" not in misplaced:
        ref_device(ctx, f"{path}.host", d.host, did, "esxi-host", FIX_NAME_HOST)
        if d.host == did:
            ctx.error(f"{path}.host", RUNS_ON_ITSELF, did, device=did)
    check_interfaces(ctx, path, d)
    check_routes(ctx, path, d)
    if d.dns is not None and "dns" not in misplaced:
        ref_device(ctx, f"{path}.dns", d.dns, did, "dns", FIX_NAME_DNS)
    if kind == "dns" and d.records is not None:
        for name, value in d.records.items():
            if isinstance(value, str):
                read_ip(ctx, f"{path}.records.{name}", value, did)
            ctx.records.setdefault(name, []).append(did)
    if kind == "router" and d.announce is not None:
        for k, text in enumerate(d.announce):
            if isinstance(text, str):
                read_cidr(ctx, f"{path}.announce[{k}]", text, did)
    if d.ports and kind != "pod" and "ports" not in misplaced:  # a pod's are checked with the pod
        for k, port in enumerate(d.ports):
            if isinstance(port, int):
                check_port(ctx, f"{path}.ports[{k}]", port, did)
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
        ctx.warn(path, NO_INTERFACES, did, kind=Kind(kind), device=did)
