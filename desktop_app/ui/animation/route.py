"""The way the packet travels on the canvas: one polyline per pair of consecutive hops.

Legs follow what is drawn: out of the sender along its link to the network, along the bar,
and up the receiver's link; into and out of ESXi host and node boxes in a straight move
(the frame never leaves the machine); into the internet cloud's middle and out again. Legs
are computed once per trace (and after an edit), so a frame only interpolates along a
precomputed polyline.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from desktop_app.diagram.flow_path import stop_of
from desktop_app.diagram.geometry import Diagram, NetworkShape
from desktop_app.engine import Hop, Trace
from desktop_app.ui.canvas.scene import TopologyScene

Point = tuple[float, float]


@dataclass(frozen=True)
class Leg:
    """A polyline from one hop's anchor to the next one's, with its arc lengths."""

    points: tuple[Point, ...]
    cumulative: tuple[float, ...]  # arc length at each point, starting at 0

    @staticmethod
    def through(points: list[Point]) -> Leg:
        clean: list[Point] = []
        for p in points:
            if not clean or math.dist(clean[-1], p) > 0.01:
                clean.append(p)
        if len(clean) == 1:
            clean.append(clean[0])
        acc = [0.0]
        for a, b in zip(clean, clean[1:], strict=False):
            acc.append(acc[-1] + math.dist(a, b))
        return Leg(tuple(clean), tuple(acc))

    @property
    def length(self) -> float:
        return self.cumulative[-1]

    def point_at(self, fraction: float) -> Point:
        """The point at ``fraction`` (0–1) of the way along the polyline."""
        if self.length <= 0:
            return self.points[0]
        target = max(0.0, min(1.0, fraction)) * self.length
        k = min(bisect_right(self.cumulative, target), len(self.points) - 1)
        a, b = self.points[k - 1], self.points[k]
        seg = self.cumulative[k] - self.cumulative[k - 1]
        t = (target - self.cumulative[k - 1]) / seg if seg > 0 else 1.0
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    def path(self) -> QPainterPath:
        p = QPainterPath()
        p.moveTo(*self.points[0])
        for pt in self.points[1:]:
            p.lineTo(*pt)
        return p


@dataclass(frozen=True)
class Route:
    anchors: tuple[Point, ...]  # where the token rests at each hop
    legs: tuple[Leg, ...]  # legs[i] runs from hop i to hop i + 1

    def path(self, upto: int | None = None) -> QPainterPath:
        """All legs (or the first ``upto``) as one path, for the route line."""
        p = QPainterPath()
        for leg in self.legs[: upto if upto is not None else len(self.legs)]:
            p.addPath(leg.path())
        return p

    def bounds(self) -> QRectF:
        xs = [x for leg in self.legs for x, _ in leg.points] or [x for x, _ in self.anchors]
        ys = [y for leg in self.legs for _, y in leg.points] or [y for _, y in self.anchors]
        if not xs:
            return QRectF()
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _ancestors(diagram: Diagram, device: str) -> list[str]:
    out: list[str] = []
    cur = diagram.contain.parent(device)
    while cur is not None and cur not in out:
        out.append(cur)
        cur = diagram.contain.parent(cur)
    return out


def _on_bar(shape: NetworkShape, p: Point) -> Point:
    """The point of the network's bar nearest to ``p`` (the cloud's middle for the internet)."""
    box = shape.box
    if shape.orientation == "h":
        return (min(max(p[0], box.x + 4), box.right - 4), box.cy)
    if shape.orientation == "v":
        return (box.cx, min(max(p[1], box.y + 4), box.bottom - 4))
    return shape.centre


def _link_points(scene: TopologyScene, device: str, network: str) -> list[Point]:
    path = scene.link_path(device, network)
    return [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]


def _to_network(scene: TopologyScene, device: str, anchor: Point, network: str) -> list[Point]:
    """From the device's anchor onto the network: down its drawn link, or straight across."""
    d = scene.diagram
    shape = d.networks.get(network)
    if device == network:
        return [anchor]
    link = _link_points(scene, device, network)
    if link:
        return [anchor, *link]
    if shape is None:
        return [anchor]
    return [anchor, _on_bar(shape, anchor)]


def leg_points(scene: TopologyScene, a: Hop, b: Hop, pa: Point, pb: Point) -> list[Point]:
    d = scene.diagram
    network = a.out_network or b.in_network
    inside = a.device in _ancestors(d, b.device) or b.device in _ancestors(d, a.device)
    if network is None or inside or a.device == b.device:
        return [pa, pb]
    out = _to_network(scene, a.device, pa, network)
    back = _to_network(scene, b.device, pb, network)
    shape = d.networks.get(network)
    if shape is not None and shape.orientation == "cloud" and network not in (a.device, b.device):
        out.append(shape.centre)  # a routed cloud: through its middle
    return out + list(reversed(back))


def build_route(scene: TopologyScene, trace: Trace) -> Route:
    """Anchors and legs of a trace on this scene's current drawing."""
    d = scene.diagram
    anchors: list[Point] = []
    for hop in trace.hops:
        p = stop_of(d, hop.device)
        if p is None:  # not drawn (no position yet): rest where the previous hop was
            p = anchors[-1] if anchors else (0.0, 0.0)
        anchors.append(p)
    legs = [Leg.through(leg_points(scene, a, b, anchors[i], anchors[i + 1]))
            for i, (a, b) in enumerate(zip(trace.hops, trace.hops[1:], strict=False))]
    return Route(tuple(anchors), tuple(legs))
