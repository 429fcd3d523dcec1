"""Where new nodes and pods go on the canvas: pods under their node, a new node beside its peers.

The canvas lines up anything the layout lacks below the drawing, which would pull a pod out
of its node's box. So an import places what it adds the way the samples are drawn: a node's
pods in a column under it, a new node to the right of the cluster's rightmost node. Nothing
is placed when there is nothing placed to go by; the canvas then lays it out.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.model.topology import Device

from .changes import Append, Place
from .context import ImportContext

POD_DROP, POD_STEP, POD_INDENT = 40.0, 34.0, -2.0  # as samples/iks-vcs.yaml draws them
NODE_STEP = 222.0


def place_new_devices(ctx: ImportContext) -> None:
    layout = ctx.topology.layout
    new = [c.item for c in ctx.changes
           if isinstance(c, Append) and c.items is ctx.topology.devices]
    placed: dict[str, list[float]] = {}

    def where(ident: str) -> list[float] | None:
        return placed.get(ident) or layout.get(ident)

    for device in new:
        if device.kind == "k8s-node":
            spot = _beside_peers(ctx, device, where)
            if spot is not None:
                placed[device.id] = spot
    below: dict[str, int] = {}
    for d in ctx.topology.devices:
        if d.kind == "pod" and d.node and d.id in layout:
            below[d.node] = below.get(d.node, 0) + 1
    for device in new:
        if device.kind != "pod" or not device.node:
            continue
        node = where(device.node)
        if node is None or len(node) < 2:
            continue
        k = below.get(device.node, 0)
        below[device.node] = k + 1
        placed[device.id] = [node[0] + POD_INDENT, node[1] + POD_DROP + POD_STEP * k]
    for ident, spot in placed.items():
        if ident not in layout:  # a place kept from before (a device removed by hand) stays
            ctx.changes.append(Place(layout, ident, spot))


def _beside_peers(ctx: ImportContext, device: Device,
                  where: Callable[[str], list[float] | None]) -> list[float] | None:
    spots = [where(d.id) for d in ctx.topology.devices
             if d.kind == "k8s-node" and d.cluster == device.cluster and d.id != device.id]
    spots += [where(d.id) for d in ctx.new_devices.values()
              if d.kind == "k8s-node" and d.id != device.id]
    known = [s for s in spots if s is not None and len(s) >= 2]
    if not known:
        return None
    right = max(known, key=lambda s: (s[0], -s[1]))
    return [right[0] + NODE_STEP, right[1]]
