"""Show only the path: everything off the current flow's path drawn faint, so a lesson on a
big topology reads as the few devices the packet visits."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .scene import TopologyScene

FAINT = 0.18


def path_ids(scene: TopologyScene) -> set[str]:
    """The path's devices, the zones and boxes they stand in, and the networks between
    them (a network two of them are on)."""
    if not scene.path_devices:
        return set()
    topo = scene.doc.topology
    on = set(scene.path_devices)
    count: dict[str, int] = {}
    parents = {z.id: z.parent for z in topo.zones}
    for dev in topo.devices:
        if dev.id not in scene.path_devices:
            continue
        for itf in dev.interfaces:
            if itf.network:
                count[itf.network] = count.get(itf.network, 0) + 1
        zone, seen = dev.zone, set()
        while zone and zone not in seen:
            on.add(zone)
            seen.add(zone)
            zone = parents.get(zone)
        on.update(x for x in (dev.host, dev.node) if x)
    on.update(n for n, k in count.items() if k >= 2)
    return on

def dim_off_path(scene: TopologyScene) -> None:
    """Opacity of every item: faint off the path while "show only the path" is on."""
    keep = path_ids(scene) if scene.only_path else None
    faint = FAINT

    def opacity(owner: str) -> float:
        return 1.0 if keep is None or not keep or owner in keep else faint

    for model_id, item in scene.item_for.items():
        item.setOpacity(opacity(model_id))
    for link in scene.links.values():
        if link.link is not None:
            both = opacity(link.link.device) == 1.0 and opacity(link.link.network) == 1.0
            link.setOpacity(1.0 if both else faint)
    for tunnel in scene.tunnels.values():
        if tunnel.tunnel is not None:
            tunnel.setOpacity(min(opacity(tunnel.tunnel.a), opacity(tunnel.tunnel.b)))
    for label in scene.label_layer.items.values():
        if label.label is not None:
            label.setOpacity(opacity(label.label.owner.split("#")[0]))
