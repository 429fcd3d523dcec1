"""Network shapes: a bar that runs horizontally or vertically and stretches to every link
dropped onto it, or the internet cloud; which side of a device each link leaves from, and
where it meets its network (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from desktop_app.diagram.box import Box
from desktop_app.model.topology import Device, Topology

CLOUD_SIZE = (240.0, 112.0)
BAR_THICKNESS = 8.0
BAR_MIN_LENGTH = 220.0
BAR_MARGIN = 28.0  # how far a bar reaches past the outermost link on it
BAR_LABEL = 30.0  # room above a horizontal bar for its two label lines


class NetworkShape(NamedTuple):
    """A bar (``h`` or ``v``) or the internet cloud; ``box`` covers the drawn shape."""

    id: str
    kind: str
    orientation: str  # h, v or cloud
    box: Box
    centre: tuple[float, float]

    @property
    def label_box(self) -> Box:
        """The shape with the room its label takes (what must not overlap other things)."""
        if self.orientation == "h":
            return self.box.grown(0, BAR_LABEL, 0, 4)
        if self.orientation == "v":
            return self.box.grown(60, BAR_LABEL + 6, 60, 0)
        return self.box


def orientations(wired: Iterable[Device], boxes: Mapping[str, Box],
                  net_pos: Mapping[str, tuple[float, float]], kinds: Mapping[str, str]
                  ) -> dict[str, str]:
    """``h`` unless most attached devices sit beside the bar's centre: then ``v``."""
    beside: dict[str, int] = {}
    over: dict[str, int] = {}
    for d in wired:
        box = boxes.get(d.id)
        if box is None:
            continue
        for itf in d.interfaces:
            p = net_pos.get(itf.network or "")
            if p is None:
                continue
            x, y = p
            if box.y <= y <= box.bottom and not box.x <= x <= box.right:
                beside[itf.network or ""] = beside.get(itf.network or "", 0) + 1
            else:
                over[itf.network or ""] = over.get(itf.network or "", 0) + 1
    out = {}
    for nid in net_pos:
        if kinds.get(nid) == "internet":
            out[nid] = "cloud"
        elif beside.get(nid, 0) > over.get(nid, 0):
            out[nid] = "v"
        else:
            out[nid] = "h"
    return out


def link_side(box: Box, net: tuple[float, float], orientation: str) -> str:
    x, y = net
    bx, by, bw, bh = box  # right = bx + bw, bottom = by + bh, cx = bx + bw / 2…
    if orientation == "v":
        if x >= bx + bw:
            return "right"
        if x <= bx:
            return "left"
        return "top" if y < by + bh / 2 else "bottom"
    if orientation == "cloud":
        if y + CLOUD_SIZE[1] / 2 <= by:
            return "top"
        if y - CLOUD_SIZE[1] / 2 >= by + bh:
            return "bottom"
        return "right" if x > bx + bw / 2 else "left"
    if y <= by:
        return "top"
    if y >= by + bh:
        return "bottom"
    return "right" if x > bx + bw / 2 else "left"


def network_shapes(topology: Topology, net_pos: Mapping[str, tuple[float, float]],
                    orient: Mapping[str, str], anchors: Sequence[tuple[Any, ...]]) -> dict[str, NetworkShape]:
    reach: dict[str, list[tuple[float, float]]] = {}
    for anchor in anchors:
        nid, side, (ax, ay) = anchor[4], anchor[5], anchor[6]
        o = orient[nid]
        if (o == "h" and side in ("top", "bottom")) or (o == "v" and side in ("left", "right")):
            reach.setdefault(nid, []).append((ax, ay))
    shapes = {}
    for n in topology.networks:
        if n.id not in net_pos:
            continue
        x, y = net_pos[n.id]
        o = orient[n.id]
        if o == "cloud":
            box = Box.around(x, y, *CLOUD_SIZE)
        elif o == "h":
            lo, hi = x - BAR_MIN_LENGTH / 2, x + BAR_MIN_LENGTH / 2
            for ax, _ in reach.get(n.id, []):
                lo, hi = min(lo, ax - BAR_MARGIN), max(hi, ax + BAR_MARGIN)
            box = Box(lo, y - BAR_THICKNESS / 2, hi - lo, BAR_THICKNESS)
        else:
            lo, hi = y - BAR_MIN_LENGTH / 2, y + BAR_MIN_LENGTH / 2
            for _, ay in reach.get(n.id, []):
                lo, hi = min(lo, ay - BAR_MARGIN), max(hi, ay + BAR_MARGIN)
            box = Box(x - BAR_THICKNESS / 2, lo, BAR_THICKNESS, hi - lo)
        shapes[n.id] = NetworkShape(n.id, n.kind, o, box, (x, y))
    return shapes


def link_end(shape: NetworkShape, side: str, ax: float, ay: float) -> tuple[float, float]:
    box = shape.box
    if shape.orientation == "cloud":
        return _ellipse_hit(box, ax, ay)
    bx, by, bw, bh = box  # the properties, spelled out: this runs once per link
    if shape.orientation == "h":
        cy = by + bh / 2
        if side == "top" or side == "bottom":
            return (ax, cy)
        right = bx + bw
        return (bx if ax < bx else right if ax > right else ax, cy)
    cx = bx + bw / 2
    if side == "left" or side == "right":
        return (cx, ay)
    bottom = by + bh
    return (cx, by if ay < by else bottom if ay > bottom else ay)


def _ellipse_hit(box: Box, px: float, py: float) -> tuple[float, float]:
    """Where the line from a point to the ellipse's centre crosses the ellipse."""
    cx, cy, rx, ry = box.cx, box.cy, box.w / 2 * 0.92, box.h / 2 * 0.88
    dx, dy = px - cx, py - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    s = 1 / math.sqrt((dx / rx) ** 2 + (dy / ry) ** 2)
    return (cx + dx * s, cy + dy * s)
