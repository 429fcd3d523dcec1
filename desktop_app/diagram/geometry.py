"""Where everything sits on the diagram, from the model and its positions (no Qt).

The scene, the automatic layout and the exports all draw the same picture, so the picture's
geometry is computed here, in plain Python:

- a device's position ``[x, y]`` is the centre of its glyph (icon and label; for an ESXi host
  or a Kubernetes node, its title row);
- an ESXi host is a box around its title and every device whose ``host`` it is; a node is a
  box around its title and its pods (boxes nest: host ⊃ node ⊃ pod);
- a network's position is the centre of its bar; the bar runs horizontally, or vertically
  when most of its devices sit beside it rather than above or below, and stretches to reach
  every device that drops a link onto it; the ``internet`` network is a cloud;
- a zone's rectangle is the one in the layout, grown to hold its members and child zones.

Coordinates are scene units (pixels at 100 % zoom), y growing downwards.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import NamedTuple

from desktop_app.diagram.box import Box, _new, union_all
from desktop_app.diagram.network_shapes import (
    BAR_LABEL,
    BAR_MARGIN,
    BAR_MIN_LENGTH,
    BAR_THICKNESS,
    CLOUD_SIZE,
    NetworkShape,
    link_end,
    link_side,
    network_shapes,
    orientations,
)
from desktop_app.model.topology import Device, Interface, Topology

__all__ = ["BAR_LABEL", "BAR_MARGIN", "BAR_MIN_LENGTH", "BAR_THICKNESS", "CLOUD_SIZE", "Box",
           "NetworkShape", "union_all"]


# Sizes of the glyphs, in scene units.
DEVICE_SIZE = (120.0, 70.0)  # icon on top, two lines of label below
ICON = 36.0  # a device's icon, drawn ICON_TOP below its glyph's top
ICON_TOP = 2.0
POD_SIZE = (154.0, 28.0)  # small icon left, one line of label
HOST_TITLE = (210.0, 38.0)
NODE_TITLE = (178.0, 40.0)
HOST_PAD = 12.0
NODE_PAD = 8.0
LINK_SPREAD = 16.0  # distance between two links leaving one device on the same side
ZONE_PAD = 22.0
ZONE_TITLE = 36.0  # the title, and room under it for labels of links leaving upwards

CONTAINER_KINDS = ("esxi-host", "k8s-node")


def glyph_size(kind: str) -> tuple[float, float]:
    if kind == "esxi-host":
        return HOST_TITLE
    if kind == "k8s-node":
        return NODE_TITLE
    if kind == "pod":
        return POD_SIZE
    return DEVICE_SIZE


class Link(NamedTuple):
    """An interface drawn from its device to its network.

    ``points`` runs from the device end to the network end; ``side`` is where it leaves the
    device (top, bottom, left, right).
    """

    device: str
    interface_index: int  # the interface's position in its device's list
    network: str
    name: str
    ip: str | None
    points: tuple[tuple[float, float], ...]
    side: str
    label_side: str = "right"  # which side of the line its label goes (left or right)
    label_step: int = 0  # labels of links spread on one side are staggered along them

    @property
    def key(self) -> str:
        return f"{self.device}#{self.interface_index}"


class Tunnel(NamedTuple):
    """The L2 concentrator pair's secure tunnel, between the two appliances' glyph centres."""

    a: str
    b: str
    kind: str
    start: tuple[float, float]
    end: tuple[float, float]

    @property
    def key(self) -> str:
        return f"{self.a}~{self.b}"


@dataclass
class Containment:
    """Which devices sit inside which host and node boxes."""

    host_of: dict[str, str] = field(default_factory=dict)  # device -> esxi-host
    node_of: dict[str, str] = field(default_factory=dict)  # pod -> k8s-node
    children: dict[str, list[str]] = field(default_factory=dict)  # container -> inside, in order

    def parent(self, device_id: str) -> str | None:
        return self.node_of.get(device_id) or self.host_of.get(device_id)

    def descendants(self, device_id: str) -> list[str]:
        out: list[str] = []
        stack = list(reversed(self.children.get(device_id, [])))
        while stack:
            d = stack.pop()
            out.append(d)
            stack.extend(reversed(self.children.get(d, [])))
        return out


def containment(topology: Topology) -> Containment:
    """Hosts hold the devices naming them in ``host``; nodes hold their pods."""
    kinds = {d.id: d.kind for d in topology.devices}
    c = Containment()
    for d in topology.devices:
        if d.kind == "pod":
            if d.node and kinds.get(d.node) == "k8s-node":
                c.node_of[d.id] = d.node
                c.children.setdefault(d.node, []).append(d.id)
        elif d.kind != "esxi-host" and d.host and kinds.get(d.host) == "esxi-host":
            c.host_of[d.id] = d.host
            c.children.setdefault(d.host, []).append(d.id)
    return c


def zone_depths(topology: Topology) -> dict[str, int]:
    """Nesting depth of each zone (0 at the top); a parent cycle is cut where it closes."""
    parents = {z.id: z.parent for z in topology.zones}
    depth: dict[str, int] = {}
    for z in topology.zones:
        chain: list[str] = []
        cur: str | None = z.id
        while cur is not None and cur in parents and cur not in depth and cur not in chain:
            chain.append(cur)
            cur = parents[cur]
        base = depth[cur] + 1 if cur in depth else 0
        for i, zid in enumerate(reversed(chain)):
            depth[zid] = base + i
    return depth


@dataclass
class Diagram:
    """The whole picture's geometry for one topology and one set of positions."""

    glyphs: dict[str, Box]  # device -> its own glyph (title row for containers)
    boxes: dict[str, Box]  # device -> glyph, or the whole box for containers
    networks: dict[str, NetworkShape]
    links: list[Link]
    tunnels: list[Tunnel]
    zones: dict[str, Box]
    zone_depth: dict[str, int]
    contain: Containment
    # zone -> its own devices and networks united, before its child zones (see with_zones)
    zone_contents: dict[str, Box] = field(default_factory=dict, repr=False, compare=False)
    # device inside a collapsed box -> that box (a zone or a container), where a flow through
    # the device is drawn (see collapse.py)
    stand_ins: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # device with its icon on top of its name -> the icon's centre, where a packet stops: the
    # glyph's centre is the top of the name, which the token would cover
    icon_centres: dict[str, tuple[float, float]] = field(default_factory=dict, repr=False, compare=False)

    def bounds(self) -> Box | None:
        return union_all([
            *self.boxes.values(),
            *(n.label_box for n in self.networks.values()),
            *self.zones.values(),
        ])

    def device_at(self, px: float, py: float, kinds: Sequence[str] | None = None) -> str | None:
        """The innermost device box under a point (a pod before its node before its host)."""
        best: tuple[float, str] | None = None
        for did, box in self.boxes.items():
            if box.contains(px, py):
                area = box.w * box.h
                if best is None or area < best[0]:
                    best = (area, did)
        return best[1] if best else None


def compute(topology: Topology, positions: Mapping[str, Sequence[float]] | None = None,
            contain: Containment | None = None) -> Diagram:
    """The geometry of every zone, device, network, link and tunnel.

    ``positions`` defaults to the topology's own layout; anything without a position is
    left out (callers fill positions first, see ``auto_layout.complete``). ``contain`` is
    ``containment(topology)``, for callers that have it already.
    """
    positions = topology.layout if positions is None else positions
    contain = containment(topology) if contain is None else contain
    devices: dict[str, Device] = {}
    glyphs: dict[str, Box] = {}
    icon_centres: dict[str, tuple[float, float]] = {}
    wired: list[Device] = []  # devices with interfaces
    concentrators: list[Device] = []
    sizes: dict[str, tuple[float, float]] = {}
    # One pass over the devices (big diagrams have thousands): their glyphs, and who has links.
    for d in topology.devices:
        did = d.id
        devices[did] = d
        p = positions.get(did)
        if p is not None and len(p) >= 2:
            size = sizes.get(d.kind)
            if size is None:
                size = sizes[d.kind] = glyph_size(d.kind)
            w, h = size
            x, y = float(p[0]), float(p[1])
            glyphs[did] = _new(Box, (x - w / 2, y - h / 2, w, h))  # Box.around, inlined
            if d.kind != "pod" and d.kind not in CONTAINER_KINDS:  # the icon above the name
                icon_centres[did] = (x, y - h / 2 + ICON_TOP + ICON / 2)
        if d.interfaces:
            wired.append(d)
        if d.kind == "l2-concentrator":
            concentrators.append(d)
    boxes: dict[str, Box] = {}
    children = contain.children

    def box_of(did: str) -> Box:
        if did in boxes:
            return boxes[did]
        box = glyphs[did]
        if did not in children:
            boxes[did] = box
            return box
        inside = [box_of(c) for c in children[did] if c in glyphs]
        if inside:
            pad = HOST_PAD if devices[did].kind == "esxi-host" else NODE_PAD
            inside.append(box)
            # min() and max() of the edges in one pass, keeping the first of equal values
            # as they do.
            left, top, w, h = inside[0]
            right, bottom = left + w, top + h
            for bx, by, bw, bh in inside[1:]:
                if bx < left:
                    left = bx
                if by < top:
                    top = by
                if bx + bw > right:
                    right = bx + bw
                if by + bh > bottom:
                    bottom = by + bh
            x0, y0 = left - pad, top - pad
            x1, y1 = right + pad, bottom + pad
            box = Box(x0, y0, x1 - x0, y1 - y0)
        boxes[did] = box
        return box

    for did, glyph in glyphs.items():
        if did not in boxes:
            if did in children:
                box_of(did)
            else:
                boxes[did] = glyph

    # Links: which side each interface leaves its device, then spread links sharing a side.
    net_pos: dict[str, tuple[float, float]] = {}
    kind_of_net: dict[str, str] = {}
    for n in topology.networks:
        kind_of_net[n.id] = n.kind
        p = positions.get(n.id)
        if p is not None and len(p) >= 2:
            net_pos[n.id] = (float(p[0]), float(p[1]))

    orient = orientations(wired, boxes, net_pos, kind_of_net)
    pending: dict[tuple[str, str], list[tuple[float, int, str, Interface]]] = {}
    for d in wired:
        box = boxes.get(d.id)
        if box is None:
            continue
        cx, cy = box.cx, box.cy
        for i, itf in enumerate(d.interfaces):
            nid = itf.network
            p = net_pos.get(nid)  # type: ignore[arg-type]
            if p is None:
                continue
            side = link_side(box, p, orient[nid])  # type: ignore[index]
            distance = abs(p[1] - cy) + abs(p[0] - cx)
            # The name as Device.interface_names() gives it.
            entry = (distance, i, itf.name or f"eth{i}", itf)
            key = (d.id, side)
            same_side = pending.get(key)
            if same_side is None:
                pending[key] = [entry]
            else:
                same_side.append(entry)

    # (device, index, name, ip, network, side, anchor, label side, label step) per link
    anchors: list[tuple[str, int, str, str | None, str, str, tuple[float, float], str, int]] = []
    for (did, side), items in pending.items():
        k = len(items)
        if k > 1:
            # The farthest network's link goes outermost so that nearer ones end before it.
            items.sort(key=_farthest_first)
        gx, gy, gw, gh = glyphs[did]
        bx, by, bw, bh = boxes[did]
        centre = (k - 1) / 2
        for j, (_, i, name, itf) in enumerate(items):
            offset = (j - (k - 1) / 2) * LINK_SPREAD
            # max(-limit, min(limit, offset)) and the boxes' properties, spelled out: this
            # runs once per interface.
            if side == "top" or side == "bottom":
                limit = gw / 2 - 8
                shift = offset if offset < limit else limit
                ax = (gx + gw / 2) + (shift if shift > -limit else -limit)
                ay = by if side == "top" else by + bh
            else:
                limit = gh / 2 - 4
                shift = offset if offset < limit else limit
                ay = (gy + gh / 2) + (shift if shift > -limit else -limit)
                ax = bx if side == "left" else bx + bw
            anchors.append((did, i, name, itf.ip, itf.network or "", side, (ax, ay),
                            "left" if j < centre else "right", int(abs(j - centre))))

    shapes = network_shapes(topology, net_pos, orient, anchors)
    links: list[Link] = []
    for did, i, name, ip, nid, side, (ax, ay), lside, lstep in anchors:
        end = link_end(shapes[nid], side, ax, ay)
        links.append(_new(Link, (did, i, nid, name, ip, ((ax, ay), end), side, lside, lstep)))
    links.sort(key=itemgetter(0, 1))  # device, index

    tunnels: list[Tunnel] = []
    for d in concentrators:
        if not d.peer or d.peer not in glyphs or d.id not in glyphs:
            continue
        peer = devices[d.peer]
        if peer.peer == d.id and d.peer < d.id:
            continue  # drawn once, from the pair's first id
        a, b = glyphs[d.id], glyphs[d.peer]
        tunnels.append(Tunnel(d.id, d.peer, d.effective_tunnel, (a.cx, a.cy), (b.cx, b.cy)))

    depths = zone_depths(topology)
    contents = _zone_contents(topology, boxes, shapes)
    zones = _zone_boxes(topology, positions, contents, depths)
    return Diagram(glyphs, boxes, shapes, links, tunnels, zones, depths, contain, contents,
                   icon_centres=icon_centres)


def with_zones(diagram: Diagram, topology: Topology,
               positions: Mapping[str, Sequence[float]]) -> Diagram:
    """``diagram`` with its zone rectangles worked out again for ``positions``: the same as
    ``compute(topology, positions)`` when no device or network has moved since."""
    contents = diagram.zone_contents or _zone_contents(topology, diagram.boxes, diagram.networks)
    zones = _zone_boxes(topology, positions, contents, diagram.zone_depth)
    return replace(diagram, zones=zones, zone_contents=contents)


def _farthest_first(entry: tuple[float, int, str, Interface]) -> tuple[float, int]:
    return (-entry[0], entry[1])


def _zone_contents(topology: Topology, boxes: Mapping[str, Box],
                   shapes: Mapping[str, NetworkShape]) -> dict[str, Box]:
    """Each zone's own devices and networks, united (its child zones come later)."""
    members: dict[str, list[Box]] = {}
    for d in topology.devices:
        if d.zone and d.id in boxes:
            members.setdefault(d.zone, []).append(boxes[d.id])
    for n in topology.networks:
        if n.zone and n.id in shapes:
            members.setdefault(n.zone, []).append(shapes[n.id].label_box)
    return {zid: union_all(inside) for zid, inside in members.items()}  # type: ignore[misc]


def _zone_boxes(topology: Topology, positions: Mapping[str, Sequence[float]],
                contents: Mapping[str, Box], depths: Mapping[str, int]) -> dict[str, Box]:
    inner: dict[str, list[Box]] = {}  # zone -> its child zones' rectangles, grown
    out: dict[str, Box] = {}
    # Deepest first, so a parent grows around its children's final rectangles.
    for z in sorted(topology.zones, key=lambda z: -depths.get(z.id, 0)):
        box: Box | None = contents.get(z.id)
        for child in inner.get(z.id, ()):
            # The union goes on from the contents' as if they had been one list.
            box = child if box is None else union_all((box, child))
        if box is not None:
            box = box.grown(ZONE_PAD, ZONE_PAD + ZONE_TITLE, ZONE_PAD, ZONE_PAD)
        given = positions.get(z.id)
        if given is not None and len(given) >= 4:
            fixed = Box(*(float(v) for v in given[:4]))
            box = fixed if box is None else box.union(fixed)
        if box is None:
            continue
        out[z.id] = box
        parent = z.parent
        if parent and parent != z.id and depths.get(parent, -1) < depths.get(z.id, 0):
            inner.setdefault(parent, []).append(box.grown(8, 8, 8, 8))
    return out


def tunnel_curve(tunnel: Tunnel) -> tuple[tuple[float, float], tuple[float, float]]:
    """The control point of a tunnel's arc and the arc's middle (as the canvas bends it)."""
    (x0, y0), (x1, y1) = tunnel.start, tunnel.end
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1.0
    bend = min(160.0, length * 0.18)
    cx, cy = mx + dy / length * bend, my - dx / length * bend
    # The control point sits on the chord's perpendicular bisector, so half the arc's length
    # is at t = 0.5.
    return (cx, cy), (0.25 * x0 + 0.5 * cx + 0.25 * x1, 0.25 * y0 + 0.5 * cy + 0.25 * y1)
