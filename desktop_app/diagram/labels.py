"""Where every label of the diagram goes, and how big, at one zoom (no Qt).

The canvas, the SVG writer, the Qt exports and the draw.io file all draw labels from one
``Placement``: for each label (a device's name, a host's or node's title, a pod's name, a
network's name and addressing, an interface's name and address, a zone's title, a tunnel's
kind) it picks the first of a few candidate positions that overlaps no label placed before
it, no device icon and no mark of a drawn flow (its line, arrows and hop numbers). A label
with no free candidate is not drawn at that zoom rather than drawn over something. A name
with no room near its icon goes farther out (rings of up to 120 units, times its growth) and
gets a thin leader line to its icon wherever that line is clear of other icons and labels.

Level of detail comes from the view's scale (screen pixels per scene unit):

- names of devices on the current flow's path and zone titles never draw smaller on screen
  than a floor (they grow in scene units as the view zooms out); other device names have a
  lower floor and show where there is room for them; a name or title with no room at its
  floor tries smaller, down to ``SHRUNK`` (zone titles ``ZONE_SHRUNK``) on screen;
- network, interface and tunnel labels draw at their own size, and only when that size is
  legible on screen; interface addresses only at close zoom.

Labels are placed in priority order: path names, zone titles, the other names, networks,
tunnels, interfaces. Long labels wrap (at spaces, between Chinese characters); they are never
cut short. Sizes are measured with ``text_metrics`` (DejaVu Sans, the canvas's font).

The canvas of a big diagram places only the labels of the area its view shows (and a short
margin), and a view wider or taller than the fitted diagram lends its sides to names
(``view_room``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from desktop_app.diagram import geometry
from desktop_app.diagram.flow_path import FlowPath
from desktop_app.diagram.label_model import (
    ADDRESS_SCALE,
    EDGE,
    FLOOR_NAME,
    FLOOR_PATH,
    FLOOR_ZONE,
    LEGIBLE,
    ROLES,
    SHRUNK,
    ZONE_SHRUNK,
    FlowMarks,
    Label,
    LabelOptions,
    Line,
    Placement,
    Point,
    font,
    line_ascent,
    line_height,
)
from desktop_app.diagram.label_obstacles import (
    Obstacles,
    Overlaps,
    count_overlaps,
    icon_boxes,
    segment_hits_box,
)
from desktop_app.diagram.label_placer import _Placer
from desktop_app.engine.trace import Trace
from desktop_app.model.topology import Topology

__all__ = ["ADDRESS_SCALE", "EDGE", "FLOOR_NAME", "FLOOR_PATH", "FLOOR_ZONE", "LEGIBLE", "ROLES",
           "SHRUNK", "ZONE_SHRUNK", "FlowMarks", "Label", "LabelOptions", "Line", "Obstacles", "Overlaps",
           "Placement", "count_overlaps", "fit_scale", "flow_marks", "flow_obstacles", "font",
           "icon_boxes", "line_ascent", "line_height", "place_labels", "segment_hits_box",
           "view_room"]


# -- a flow's marks ----------------------------------------------------------------------------

def flow_marks(diagram: geometry.Diagram, path: FlowPath, badges: Iterable[tuple[str, Point]] = (),
               arrows: bool = True) -> FlowMarks:
    """The flow's line, its arrowheads (on legs longer than 40) and its hop badges
    (``(text, centre)``), as the exports draw them (``overlay``)."""
    from desktop_app.diagram import overlay

    marks: list[geometry.Box] = []
    if arrows:
        for leg in path.legs:
            if leg.length > 40:
                tri = overlay.arrow_points(leg.point_at(0.5 - 6 / leg.length),
                                           leg.point_at(0.5 + 6 / leg.length))
                if tri:
                    xs, ys = [p[0] for p in tri], [p[1] for p in tri]
                    marks.append(geometry.Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    for text, (x, y) in badges:
        marks.append(overlay.badge_box(x, y, text).grown(1, 1, 1, 1))
    return FlowMarks(tuple(path.points()), tuple(marks))


def flow_obstacles(diagram: geometry.Diagram, trace: Trace, hop_numbers: bool = True
                   ) -> tuple[frozenset[str], FlowMarks]:
    """The devices a traced flow visits and the marks the exports draw for it."""
    from desktop_app.diagram import overlay
    from desktop_app.diagram.flow_path import flow_path

    if not trace.hops:
        return frozenset(), FlowMarks()
    path = flow_path(diagram, trace)
    badges = ([(str(hop.index), xy) for hop, xy in overlay.badge_positions(diagram, trace, path)]
              if hop_numbers else [])
    return frozenset(h.device for h in trace.hops), flow_marks(diagram, path, badges)


def place_labels(topology: Topology, diagram: geometry.Diagram, options: LabelOptions | None = None,
                 obstacles: Obstacles | None = None) -> Placement:
    """Every label's place and size at ``options.scale`` (see the module's docstring);
    ``obstacles`` are ``Obstacles(topology, diagram)`` for callers that keep them."""
    return _Placer(topology, diagram, options or LabelOptions(), obstacles).run()


def view_room(diagram: geometry.Diagram, width: float, height: float, scale: float,
              inset: float = 4.0) -> geometry.Box | None:
    """What a ``width`` × ``height`` view centred on the diagram at ``scale`` shows around it,
    less ``inset`` pixels, when that is more than the usual edge (a fitted view of a diagram
    narrower or flatter than the view has room at its sides for names); None otherwise.
    For ``LabelOptions.room``."""
    bounds = diagram.bounds()
    if bounds is None or scale <= 0:
        return None
    sx = math.floor((width / scale - bounds.w) / 2 - inset / scale)
    sy = math.floor((height / scale - bounds.h) / 2 - inset / scale)
    edge = max(EDGE, 36.0 / scale)
    if sx <= edge and sy <= edge:
        return None
    sx, sy = max(sx, 0), max(sy, 0)
    return bounds.grown(sx, sy, sx, sy)


def fit_scale(diagram: geometry.Diagram, width: float, height: float, margin: float = 40.0) -> float:
    """The zoom at which the whole diagram fills a ``width`` × ``height`` view (as the canvas's
    fit: a margin around it, never more than 150 %)."""
    bounds = diagram.bounds()
    if bounds is None or bounds.w <= 0 or bounds.h <= 0:
        return 1.0
    return min(1.5, (width - 2 * margin) / bounds.w, (height - 2 * margin) / bounds.h)
