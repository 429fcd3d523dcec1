"""Where the marks of a diagram export go, without Qt: the area drawn, a flow's hop badges and
arrowheads. The SVG writer and the Qt exports (``diagram.py``) both place them from here.
"""

from __future__ import annotations

import math

from desktop_app.diagram import geometry
from desktop_app.diagram.flow_path import FlowPath, flow_path
from desktop_app.engine.trace import Hop, Trace

AREA_MARGIN = 24.0  # scene units around the whole topology
BADGE = 22.0  # a hop number's badge


def whole_area(diagram: geometry.Diagram) -> geometry.Box:
    """The rectangle around everything drawn, with a small margin."""
    b = diagram.bounds() or geometry.Box(0, 0, 100, 100)
    return b.grown(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)


def flow_area(diagram: geometry.Diagram, trace: Trace, margin: float = 120.0) -> geometry.Box:
    """The rectangle around a flow's path and the devices it visits."""
    path = flow_path(diagram, trace)
    boxes = [diagram.glyphs[h.device] for h in trace.hops if h.device in diagram.glyphs]
    xs = [p[0] for p in path.points()] + [b.x for b in boxes] + [b.right for b in boxes]
    ys = [p[1] for p in path.points()] + [b.y for b in boxes] + [b.bottom for b in boxes]
    if not xs:
        return whole_area(diagram)
    return geometry.Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).grown(
        margin, margin, margin, margin)


def badge_positions(diagram: geometry.Diagram, trace: Trace, path: FlowPath | None = None
                    ) -> list[tuple[Hop, tuple[float, float]]]:
    """Where each hop's number goes: beside its device, side by side for repeated visits."""
    path = path or flow_path(diagram, trace)
    seen: dict[str, int] = {}
    out = []
    for hop, (x, y) in zip(trace.hops, path.stops, strict=True):
        n = seen.get(hop.device, 0)
        seen[hop.device] = n + 1
        glyph = diagram.glyphs.get(hop.device)
        if glyph is None or glyph.w > geometry.DEVICE_SIZE[0] or glyph.h < geometry.DEVICE_SIZE[1]:
            # Host and node titles, pods and the cloud: numbers sit on their left edge.
            left = glyph.x if glyph is not None else x - 40
            bx, by = left - 4 - BADGE / 2 - n * (BADGE + 2), (glyph.cy if glyph else y)
        else:
            bx, by = x - 30 - n * (BADGE + 2), glyph.y + 12
        out.append((hop, (bx, by)))
    return out


def badge_box(x: float, y: float, text: str) -> geometry.Box:
    """A hop badge's rounded rectangle (wider for three digits)."""
    box = geometry.Box.around(x, y, BADGE, BADGE)
    return box.grown(4, 0, 4, 0) if len(text) > 2 else box


def arrow_points(a: tuple[float, float], b: tuple[float, float]
                 ) -> tuple[tuple[float, float], ...] | None:
    """The triangle of an arrowhead pointing from ``a`` to ``b`` (None when they coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d == 0:
        return None
    ux, uy = dx / d, dy / d
    bx, by = b[0] - ux * 7, b[1] - uy * 7
    return ((b[0] + ux * 5, b[1] + uy * 5), (bx - uy * 6, by + ux * 6), (bx + uy * 6, by - ux * 6))
