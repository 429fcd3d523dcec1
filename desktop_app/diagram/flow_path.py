"""Where a traced packet goes on the diagram: a stop per hop and the legs between (no Qt).

The legs follow the drawn links: out of the sending device along its link to the network,
along the bar, and up the receiver's link. Hops the picture has no link for (a VM handing its
frame to its own ESXi host for VXLAN, a proxy inside a node) are joined by a straight line.
The diagram exports draw it and the animation moves the packet token along it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.diagram.geometry import Diagram, Link
from desktop_app.engine.trace import Hop, Trace

Point = tuple[float, float]


@dataclass(frozen=True)
class Leg:
    """The way from hop ``start`` to hop ``start + 1``."""

    start: int
    points: tuple[Point, ...]

    @property
    def length(self) -> float:
        return sum(math.dist(a, b) for a, b in zip(self.points, self.points[1:], strict=False))

    def point_at(self, fraction: float) -> Point:
        """The point ``fraction`` (0..1) of the way along the leg."""
        if len(self.points) == 1:
            return self.points[0]
        goal = max(0.0, min(1.0, fraction)) * self.length
        for a, b in zip(self.points, self.points[1:], strict=False):
            d = math.dist(a, b)
            if goal <= d and d > 0:
                k = goal / d
                return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
            goal -= d
        return self.points[-1]


@dataclass(frozen=True)
class FlowPath:
    stops: tuple[Point, ...]  # one per hop, in hop order
    legs: tuple[Leg, ...]  # len(stops) - 1

    def points(self) -> list[Point]:
        """The whole path as one polyline."""
        out: list[Point] = list(self.stops[:1])
        for leg in self.legs:
            for p in leg.points:
                if not out or out[-1] != p:
                    out.append(p)
        return out


def stop_of(diagram: Diagram, device: str) -> Point | None:
    """A hop's place on the picture: its device's icon (a host's or node's title row, a pod's
    pill), the network's centre, or for a device inside a collapsed box, that box's centre."""
    glyph = diagram.glyphs.get(device)
    if glyph is not None:
        return diagram.icon_centres.get(device) or (glyph.cx, glyph.cy)
    box_id = diagram.stand_ins.get(device)
    if box_id is not None:
        box = diagram.glyphs.get(box_id) or diagram.zones.get(box_id)
        if box is not None:
            return (box.cx, box.cy)
    shape = diagram.networks.get(device)
    if shape is not None:
        return shape.centre
    return None


def flow_path(diagram: Diagram, trace: Trace) -> FlowPath:
    """The path of ``trace`` on ``diagram``; hops the picture lacks stay at the previous stop."""
    links: dict[tuple[str, str], Link] = {}
    for link in diagram.links:
        links.setdefault((link.device, link.network), link)
    stops: list[Point] = []
    for hop in trace.hops:
        p = stop_of(diagram, hop.device)
        if p is None:
            p = stops[-1] if stops else (0.0, 0.0)
        stops.append(p)
    legs = []
    for i in range(len(trace.hops) - 1):
        a, b = trace.hops[i], trace.hops[i + 1]
        legs.append(Leg(i, _dedupe(_leg_points(diagram, links, a, b, stops[i], stops[i + 1]))))
    return FlowPath(tuple(stops), tuple(legs))


def _leg_points(diagram: Diagram, links: dict[tuple[str, str], Link], a: Hop, b: Hop,
                pa: Point, pb: Point) -> list[Point]:
    network = a.out_network or b.in_network
    if not network or network not in diagram.networks:
        return [pa, pb]
    centre = diagram.networks[network].centre
    out_link = links.get((a.device, network))
    in_link = links.get((b.device, network))
    cloud = diagram.networks[network].orientation == "cloud"
    if b.device == network and out_link is not None:  # into the internet cloud
        return [pa, *out_link.points, centre]
    if a.device == network and in_link is not None:  # out of the cloud
        return [centre, in_link.points[1], in_link.points[0], pb]
    if out_link is None or in_link is None:
        return [pa, pb]
    middle = [centre] if cloud else []
    return [pa, *out_link.points, *middle, in_link.points[1], in_link.points[0], pb]


def _dedupe(points: list[Point]) -> tuple[Point, ...]:
    out: list[Point] = []
    for p in points:
        if not out or math.dist(out[-1], p) > 1e-6:
            out.append(p)
    return tuple(out) or tuple(points[:1])
