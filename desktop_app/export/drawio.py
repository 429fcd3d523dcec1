"""The diagram as a diagrams.net (draw.io) file: editable shapes at the editor's positions (no Qt).

One ``mxCell`` per zone, device and network, placed where the editor draws them (the geometry
of ``desktop_app.diagram.geometry`` from the model's layout, or the automatic one), an edge
per interface link from the device to the network, a dashed edge per L2 concentrator tunnel,
and optionally a flow's path with its hop numbers. A device is drawn as its icon's square;
every label sits where ``diagram/labels.py`` places it for the other exports (a geometry
offset from its cell), clear of icons, other labels and the flow, or is hidden where it found
no room. Cells are flat under one layer, back to
front (zones by depth, host and node boxes, networks, devices, links): zones can cross host
boxes in this picture, so draw.io's parent/child nesting would not hold. Labels are plain
text (no ``html=1``) and ElementTree escapes them, so a label like ``<script>`` stays text;
characters XML cannot hold at all are replaced in every attribute before writing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from desktop_app.diagram import geometry
from desktop_app.diagram import labels as lb
from desktop_app.diagram.auto_layout import complete
from desktop_app.diagram.collapse import collapsed_view, shut_notes
from desktop_app.diagram.flow_path import flow_path
from desktop_app.diagram.overlay import badge_box, badge_positions
from desktop_app.diagram.theme_colours import CLOUD_ALPHA, FLOW_PATH, LIGHT, blend, kind_colour
from desktop_app.engine.trace import Trace
from desktop_app.model.safe_text import xml_safe
from desktop_app.model.topology import Device, Network, Topology

THEME = LIGHT  # the editor's light theme, from the colours it paints with
MARGIN = 40.0
ROOT, LAYER = "_root", "_layer"  # model ids start with a letter or digit, so these never clash


def _style(**items: object) -> str:
    return "".join(f"{k.replace('_', '')}={v};" for k, v in items.items())


def drawio_bytes(topology: Topology, positions: Mapping[str, Sequence[float]] | None = None,
                 trace: Trace | None = None) -> bytes:
    """The ``.drawio`` file for ``topology`` at ``positions`` (default: its layout, completed)."""
    positions = complete(topology) if positions is None else positions
    diagram, _ = collapsed_view(topology, geometry.compute(topology, positions))  # as the window draws it
    bounds = diagram.bounds() or geometry.Box(0, 0, 0, 0)
    dx, dy = MARGIN - bounds.x, MARGIN - bounds.y

    mxfile = ET.Element("mxfile", host="hybridviz", type="device")
    page = ET.SubElement(mxfile, "diagram", id="hybridviz", name=topology.name or "topology")
    model = ET.SubElement(page, "mxGraphModel", grid="1", gridSize="10", guides="1", tooltips="1",
                          connect="1", arrows="1", fold="1", page="0", pageScale="1",
                          pageWidth=_n(bounds.w + 2 * MARGIN), pageHeight=_n(bounds.h + 2 * MARGIN),
                          math="0", shadow="0")
    root = ET.SubElement(model, "root")
    _cell(root, id=ROOT)
    _cell(root, id=LAYER, parent=ROOT)

    ids, marks = (lb.flow_obstacles(diagram, trace) if trace is not None
                  else (frozenset(), lb.FlowMarks()))
    notes = shut_notes(topology)  # a collapsed box says how much it holds, as in the window
    placement = lb.place_labels(topology, diagram, lb.LabelOptions(
        scale=1.0, path_devices=ids, flow=marks, notes=notes))

    def noted(item_id: str, value: str) -> str:
        return f"{value}\n{notes[item_id]}" if item_id in notes else value

    def vertex(cell_id: str, value: str, style: str, box: geometry.Box, key: str | None = None) -> None:
        # The label goes where the placement put it: centred on its box through the
        # geometry's offset, wrapped to its width, or not drawn where it found no room.
        label = placement.labels.get(key) if key else None
        offset = None
        if key is not None:
            if label is None:
                style += "noLabel=1;"
            else:
                size = round(lb.ROLES[label.lines[0].role][0] * label.grow)
                style += _style(labelPosition="center", verticalLabelPosition="middle",
                                align="center", verticalAlign="middle", whiteSpace="wrap",
                                labelWidth=_n(label.box.w), fontSize=size, spacingTop=0,
                                spacingLeft=0, spacing=0)
                offset = (label.box.cx - box.cx, label.box.cy - box.cy)
        cell = _cell(root, id=cell_id, value=value, style=style, vertex="1",
                             parent=LAYER)
        geo = ET.SubElement(cell, "mxGeometry", {"x": _n(box.x + dx), "y": _n(box.y + dy),
                                                 "width": _n(box.w), "height": _n(box.h),
                                                 "as": "geometry"})
        if offset is not None:
            ET.SubElement(geo, "mxPoint", {"x": _n(offset[0]), "y": _n(offset[1]), "as": "offset"})

    def edge_label(geo: ET.Element, key: str, start: tuple[float, float]) -> str:
        """The style that puts an edge's label where the placement did (at the edge's start,
        shifted by an offset), or hides it."""
        label = placement.labels.get(key)
        if label is None:
            return "noLabel=1;"
        geo.set("x", "-1")
        ET.SubElement(geo, "mxPoint", {"x": _n(label.box.cx - start[0]),
                                       "y": _n(label.box.cy - start[1]), "as": "offset"})
        return ""

    zones = {z.id: z for z in topology.zones}
    for zid in sorted(diagram.zones, key=lambda z: diagram.zone_depth.get(z, 0)):
        depth = diagram.zone_depth.get(zid, 0)
        vertex(zid, noted(zid, zones[zid].display_label),
               _style(rounded=1, arcSize=2, fillColor=THEME.zone_fill(depth),
                      strokeColor=THEME.zone_border, dashed=1, fontStyle=1,
                      fontColor=THEME.zone_text, container=0),
               diagram.zones[zid], f"zone:{zid}")

    devices = [d for d in topology.devices if d.id in diagram.boxes]
    # Outer boxes first so the VMs and pods inside them are drawn on top.
    containers = sorted((d for d in devices if d.kind in geometry.CONTAINER_KINDS),
                        key=lambda d: d.kind != "esxi-host")
    for d in containers:
        fill, border = ((THEME.host_fill, THEME.host_border) if d.kind == "esxi-host"
                        else (THEME.node_fill, THEME.node_border))
        vertex(d.id, noted(d.id, f"{d.display_label}\n{_role(d)}"),
               _style(rounded=1, arcSize=4, fillColor=fill, strokeColor=border, strokeWidth=1.5,
                      fontStyle=1, fontColor=THEME.label_text),
               diagram.boxes[d.id], f"device:{d.id}")

    nets = {n.id: n for n in topology.networks}
    for nid, shape in diagram.networks.items():
        n = nets[nid]
        colour = THEME.network_colour(n.kind)
        if shape.orientation == "cloud":
            style = _style(ellipse="", shape="cloud",
                           fillColor=blend(colour, CLOUD_ALPHA[False], THEME.scene_background),
                           strokeColor=colour, fontStyle=1)
        else:
            style = _style(rounded=0, fillColor=colour, strokeColor="none",
                           fontColor=THEME.label_text,
                           labelBackgroundColor=THEME.label_background)
        vertex(nid, _network_label(n), style, shape.box, f"network:{nid}")

    icons = dict((owner, box) for box, owner in lb.icon_boxes(topology, diagram))
    for d in devices:
        if d.kind in geometry.CONTAINER_KINDS:
            continue
        # The device is its icon, a square of its kind's colour; its name beside it.
        fill = (_style(fillColor=THEME.base, strokeColor=kind_colour("pod"), arcSize=50)
                if d.kind == "pod" else _style(fillColor=kind_colour(d.kind), strokeColor="none",
                                               arcSize=12))
        vertex(d.id, d.display_label,
               _style(rounded=1) + fill + _style(fontColor=THEME.label_text),
               diagram.glyphs[d.id] if d.kind == "pod" else icons[d.id], f"device:{d.id}")

    for link in diagram.links:
        box = diagram.boxes[link.device]
        shape = diagram.networks[link.network]
        (ax, ay), (bx, by) = link.points
        edge = _cell(root, id=link.key,
                             value="\n".join(x for x in (link.name, link.ip) if x),
                             style=_style(endArrow="none", edgeStyle="none", rounded=0,
                                          strokeColor=THEME.network_colour(shape.kind),
                                          strokeWidth=1.5, fontSize=9, fontColor=THEME.label_text,
                                          labelBackgroundColor=THEME.label_background,
                                          exitX=_r(ax, box.x, box.w), exitY=_r(ay, box.y, box.h),
                                          exitPerimeter=0,
                                          entryX=_r(bx, shape.box.x, shape.box.w),
                                          entryY=_r(by, shape.box.y, shape.box.h),
                                          entryPerimeter=0),
                             edge="1", parent=LAYER, source=link.device, target=link.network)
        geo = ET.SubElement(edge, "mxGeometry", {"relative": "1", "as": "geometry"})
        edge.set("style", edge.get("style", "") + edge_label(geo, f"link:{link.key}", (ax, ay)))

    for tunnel in diagram.tunnels:
        edge = _cell(root, id=tunnel.key, value=f"{tunnel.kind} tunnel",
                             style=_style(endArrow="none", edgeStyle="none", dashed=1,
                                          strokeColor=THEME.tunnel, strokeWidth=2,
                                          fontSize=10, fontColor=THEME.tunnel),
                             edge="1", parent=LAYER, source=tunnel.a, target=tunnel.b)
        geo = ET.SubElement(edge, "mxGeometry", {"relative": "1", "as": "geometry"})
        edge.set("style", edge.get("style", "") + edge_label(geo, f"tunnel:{tunnel.key}",
                                                             tunnel.start))

    if trace is not None and trace.hops:
        _add_path(root, diagram, trace, dx, dy)

    _make_xml_safe(mxfile)
    ET.indent(mxfile)
    return ET.tostring(mxfile, encoding="utf-8", xml_declaration=True) + b"\n"


def _cell(into: ET.Element, **attributes: str) -> ET.Element:
    """An ``mxCell`` (its ``parent`` attribute is a keyword here, which ``SubElement`` takes as
    its own first argument)."""
    return ET.SubElement(into, "mxCell", attributes)


def _add_path(root: ET.Element, diagram: geometry.Diagram, trace: Trace, dx: float, dy: float) -> None:
    """The flow's path as one orange polyline with a numbered dot at every stop."""
    path = flow_path(diagram, trace)
    points = path.points()
    edge = _cell(root, id="_flow", value="",
                         style=_style(endArrow="block", endFill=1, edgeStyle="none", rounded=1,
                                      strokeColor=FLOW_PATH, strokeWidth=4, opacity=85),
                         edge="1", parent=LAYER)
    geo = ET.SubElement(edge, "mxGeometry", {"relative": "1", "as": "geometry"})
    (sx, sy), (tx, ty) = points[0], points[-1]
    ET.SubElement(geo, "mxPoint", {"x": _n(sx + dx), "y": _n(sy + dy), "as": "sourcePoint"})
    ET.SubElement(geo, "mxPoint", {"x": _n(tx + dx), "y": _n(ty + dy), "as": "targetPoint"})
    if len(points) > 2:
        way = ET.SubElement(geo, "Array", {"as": "points"})
        for x, y in points[1:-1]:
            ET.SubElement(way, "mxPoint", x=_n(x + dx), y=_n(y + dy))
    # The badges where the other exports put them (the labels were placed clear of them).
    for hop, (x, y) in badge_positions(diagram, trace, path):
        box = badge_box(x, y, str(hop.index))
        cell = _cell(root, id=f"_hop{hop.index}", value=str(hop.index),
                             style=_style(rounded=1, arcSize=50, fillColor=FLOW_PATH,
                                          strokeColor="#FFFFFF", strokeWidth=2, fontColor="#FFFFFF",
                                          fontStyle=1, fontSize=11),
                             vertex="1", parent=LAYER)
        ET.SubElement(cell, "mxGeometry", {"x": _n(box.x + dx), "y": _n(box.y + dy),
                                           "width": _n(box.w), "height": _n(box.h),
                                           "as": "geometry"})


def _make_xml_safe(tree: ET.Element) -> None:
    """Every attribute (labels, ids, names, styles) as text XML can hold: the file parses."""
    for element in tree.iter():
        for key, value in element.attrib.items():
            safe = xml_safe(value)
            if safe is not value:
                element.attrib[key] = safe


def _role(d: Device) -> str:
    addresses = [itf.ip.split("/")[0] for itf in d.interfaces if itf.ip][:1]
    if d.kind == "pod" and d.ip:
        addresses = [d.ip]
    return " ".join([d.kind, *addresses])


def _network_label(n: Network) -> str:
    detail = [x for x in (n.cidr, f"VNI {n.vni}" if n.vni else None,
                          f"VLAN {n.vlan}" if n.vlan else None) if x]
    return n.display_label + (f"\n{'  '.join(detail)}" if detail else "")


def _r(value: float, start: float, size: float) -> str:
    return _n((value - start) / size if size else 0.5, 4)


def _n(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
