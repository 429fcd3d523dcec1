"""The diagram with its collapsed boxes shut (no Qt): a collapsed zone is a small box at its
corner, a collapsed ESXi host or node is its title row, and whatever they hold is left out,
with the links and tunnels that reach it (see ``model/view_state``)."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.diagram import geometry
from desktop_app.diagram.canvas_words import Translate, collapsed_note, english
from desktop_app.model.topology import Topology
from desktop_app.model.view_state import collapsed_ids, hidden_by_collapse

COLLAPSED_ZONE = (300.0, 76.0)  # at most; a smaller zone keeps its size


def collapsed_view(topology: Topology, diagram: geometry.Diagram) -> tuple[geometry.Diagram, set[str]]:
    """``diagram`` with the collapsed boxes shut, and the ids it leaves out."""
    collapsed = collapsed_ids(topology)
    if not collapsed:
        return diagram, set()
    hidden = hidden_by_collapse(topology, collapsed)
    glyphs = {k: v for k, v in diagram.glyphs.items() if k not in hidden}
    boxes = {k: (glyphs[k] if k in collapsed else v) for k, v in diagram.boxes.items()
             if k not in hidden}
    zones = {}
    for zid, box in diagram.zones.items():
        if zid in hidden:
            continue
        if zid in collapsed:
            box = geometry.Box(box.x, box.y, min(box.w, COLLAPSED_ZONE[0]), min(box.h, COLLAPSED_ZONE[1]))
        zones[zid] = box
    networks = {k: v for k, v in diagram.networks.items() if k not in hidden}
    links = [link for link in diagram.links
             if link.device not in hidden and link.network not in hidden
             and link.device not in collapsed]
    tunnels = [tu for tu in diagram.tunnels if tu.a not in hidden and tu.b not in hidden]
    return replace(diagram, glyphs=glyphs, boxes=boxes, networks=networks, links=links,
                   tunnels=tunnels, zones=zones,
                   stand_ins=stand_ins(topology, collapsed, hidden)), hidden


def stand_ins(topology: Topology, collapsed: set[str], hidden: set[str]) -> dict[str, str]:
    """Each hidden device's drawn collapsed box: the machine it runs on or a zone around it,
    innermost first, whichever is collapsed and not itself inside another collapsed box."""
    parent = {z.id: z.parent for z in topology.zones}
    devices = {d.id: d for d in topology.devices}
    out: dict[str, str] = {}
    for d in topology.devices:
        if d.id not in hidden:
            continue
        node = devices.get(d.node or "")
        host = devices.get((node.host if node is not None else d.host) or "")
        machines = [m for m in (node, host) if m is not None]
        chain = [m.id for m in machines]
        for zone in (d.zone, *(m.zone for m in machines)):
            seen: set[str] = set()
            while zone and zone not in seen:
                chain.append(zone)
                seen.add(zone)
                zone = parent.get(zone)
        box = next((c for c in chain if c in collapsed and c not in hidden), None)
        if box is not None:
            out[d.id] = box
    return out


def shut_notes(topology: Topology, tr: Translate = english) -> dict[str, str]:
    """The line under each collapsed box's name, by id (for ``LabelOptions.notes``): how many
    devices it holds, in the window and in every export alike."""
    return {i: collapsed_note(hidden_count(topology, i), tr) for i in collapsed_ids(topology)}


def hidden_count(topology: Topology, item_id: str) -> int:
    """How many devices a collapsed box holds (for its label)."""
    hidden = hidden_by_collapse(topology, {item_id})
    return sum(1 for d in topology.devices if d.id in hidden)
