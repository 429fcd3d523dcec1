"""Collapsed boxes: a zone, an ESXi host or a Kubernetes node drawn as one box, its contents
hidden. A view choice saved with the positions: a trailing ``1`` on the item's layout entry
(``[x, y, width, height, 1]`` for a zone, ``[x, y, 1]`` for a host or node); files without
it load as before, every box expanded.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.model.topology import Topology

COLLAPSIBLE_KINDS = ("esxi-host", "k8s-node")


def _flag_at(topology: Topology, item_id: str) -> int | None:
    """Where an item's collapsed flag sits in its layout entry (None: it cannot collapse)."""
    if topology.zone(item_id) is not None:
        return 4
    device = topology.device(item_id)
    if device is not None and device.kind in COLLAPSIBLE_KINDS:
        return 2
    return None


def is_collapsed(topology: Topology, item_id: str) -> bool:
    at = _flag_at(topology, item_id)
    entry = topology.layout.get(item_id)
    return at is not None and entry is not None and len(entry) > at and entry[at] == 1


def collapsed_ids(topology: Topology) -> set[str]:
    """Zones, hosts and nodes drawn collapsed."""
    out: set[str] = set()
    for z in topology.zones:
        entry = topology.layout.get(z.id)
        if entry is not None and len(entry) == 5 and entry[4] == 1:
            out.add(z.id)
    for d in topology.devices:
        if d.kind in COLLAPSIBLE_KINDS:
            entry = topology.layout.get(d.id)
            if entry is not None and len(entry) == 3 and entry[2] == 1:
                out.add(d.id)
    return out


def with_flag(entry: Sequence[float], zone: bool, collapsed: bool) -> list[float]:
    """A layout entry with the collapsed flag set or cleared (cleared: the plain entry)."""
    base = [float(v) for v in entry[: 4 if zone else 2]]
    return [*base, 1.0] if collapsed else base


def hidden_by_collapse(topology: Topology, collapsed: set[str] | None = None) -> set[str]:
    """Every zone, device and network inside a collapsed box (not the boxes themselves)."""
    collapsed = collapsed_ids(topology) if collapsed is None else collapsed
    if not collapsed:
        return set()
    parent = {z.id: z.parent for z in topology.zones}

    def inside_collapsed_zone(zone: str | None, include_self: bool) -> bool:
        seen: set[str] = set()
        cur = zone if include_self else parent.get(zone or "")
        while cur and cur not in seen:
            if cur in collapsed:
                return True
            seen.add(cur)
            cur = parent.get(cur)
        return False

    hidden = {z.id for z in topology.zones if inside_collapsed_zone(z.id, False)}
    hidden |= {n.id for n in topology.networks if inside_collapsed_zone(n.zone, True)}
    kinds = {d.id: d.kind for d in topology.devices}
    for d in topology.devices:
        if inside_collapsed_zone(d.zone, True):
            hidden.add(d.id)
    # What runs on a collapsed host or node (and on the nodes a collapsed host runs).
    host_of = {d.id: d.host for d in topology.devices if d.host and kinds.get(d.host) == "esxi-host"}
    for d in topology.devices:
        owners = [d.host if d.id in host_of else None, d.node]
        if d.node and d.node in host_of:
            owners.append(host_of[d.node])
        if any(o in collapsed for o in owners if o):
            hidden.add(d.id)
    return hidden
