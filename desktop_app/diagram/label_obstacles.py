"""What labels keep off (device icons, the shapes only their own label may sit on, a drawn
flow), the grids that find it fast, and the count of overlaps the tests and exports check
(no Qt)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from desktop_app.diagram import geometry
from desktop_app.diagram.label_model import (
    CLOUD_ICON,
    DEVICE_ICON,
    PATH_HALF_WIDTH,
    POD_ICON,
    FlowMarks,
    Point,
)
from desktop_app.model.topology import Topology

# -- what counts as in the way -------------------------------------------------------------------

def icon_boxes(topology: Topology, diagram: geometry.Diagram,
               hidden: frozenset[str] = frozenset()) -> list[tuple[geometry.Box, str]]:
    """Every device icon (and the internet's), as drawn, with its owner's id."""
    out: list[tuple[geometry.Box, str]] = []
    for d in topology.devices:
        glyph = diagram.glyphs.get(d.id)
        if glyph is None or d.id in hidden:
            continue
        if d.kind in geometry.CONTAINER_KINDS:
            size = 26.0 if d.kind == "esxi-host" else 24.0
            out.append((geometry.Box(glyph.x + 4, glyph.cy - size / 2, size, size), d.id))
        elif d.kind == "pod":
            out.append((geometry.Box(glyph.x + 5, glyph.cy - POD_ICON / 2, POD_ICON, POD_ICON), d.id))
        else:
            out.append((geometry.Box(glyph.cx - DEVICE_ICON / 2, glyph.y + 2, DEVICE_ICON, DEVICE_ICON),
                        d.id))
    for shape in diagram.networks.values():
        if shape.orientation == "cloud" and shape.id not in hidden:
            out.append((geometry.Box(shape.box.cx - 16, shape.box.cy - 22, CLOUD_ICON, CLOUD_ICON),
                        shape.id))
    return out


def _bodies(topology: Topology, diagram: geometry.Diagram, hidden: frozenset[str]
            ) -> list[tuple[geometry.Box, str]]:
    """Shapes other labels keep off but their own label may sit on: pod pills, host and node
    title rows, network bars, the cloud."""
    out: list[tuple[geometry.Box, str]] = []
    for d in topology.devices:
        if d.id in hidden:
            continue
        if d.kind == "pod" or d.kind in geometry.CONTAINER_KINDS:
            glyph = diagram.glyphs.get(d.id)
            if glyph is not None:
                out.append((glyph, d.id))
    for shape in diagram.networks.values():
        if shape.id not in hidden:
            out.append((shape.box.grown(1, 3, 1, 3) if shape.orientation != "cloud"
                        else shape.box, shape.id))
    return out


class _Grid:
    """Boxes and segments bucketed by cell, to find what a candidate might touch.

    (Written out for speed: a big diagram tries hundreds of thousands of candidates.)
    """

    def __init__(self, cell: float):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float, str]]] = {}
        self.lines: dict[tuple[int, int], list[tuple[Point, Point]]] = {}

    def add(self, box: geometry.Box, owner: str) -> None:
        c = self.cell
        x0, y0, x1, y1 = box.x, box.y, box.x + box.w, box.y + box.h
        entry = (x0, y0, x1, y1, owner)
        cells = self.cells
        i0, j0 = math.floor(x0 / c), math.floor(y0 / c)
        if i0 == math.floor(x1 / c) and j0 == math.floor(y1 / c):  # most icons: one cell
            bucket = cells.get((i0, j0))
            if bucket is None:
                cells[(i0, j0)] = [entry]
            else:
                bucket.append(entry)
            return
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    cells[(i, j)] = [entry]
                else:
                    bucket.append(entry)

    def add_segment(self, a: Point, b: Point, half: float) -> None:
        c = self.cell
        x0, x1 = min(a[0], b[0]) - half, max(a[0], b[0]) + half
        y0, y1 = min(a[1], b[1]) - half, max(a[1], b[1]) + half
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                self.lines.setdefault((i, j), []).append((a, b))

    def hits(self, box: geometry.Box, owner: str | None = None) -> bool:
        """Whether ``box`` overlaps a stored box (of another owner, when one is given)."""
        c = self.cell
        x0, y0, w, h = box
        x1, y1 = x0 + w, y0 + h
        cells = self.cells
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    continue
                for bx0, by0, bx1, by1, who in bucket:
                    if bx0 < x1 and x0 < bx1 and by0 < y1 and y0 < by1 and who != owner:
                        return True
        return False

    def crosses(self, box: geometry.Box, half: float) -> bool:
        if not self.lines:
            return False
        c = self.cell
        grown = box.grown(half, half, half, half)
        for i in range(math.floor(grown.x / c), math.floor(grown.right / c) + 1):
            for j in range(math.floor(grown.y / c), math.floor(grown.bottom / c) + 1):
                for a, b in self.lines.get((i, j), ()):
                    if segment_hits_box(a, b, grown):
                        return True
        return False


def segment_hits_box(a: Point, b: Point, box: geometry.Box) -> bool:
    """Whether the segment from ``a`` to ``b`` passes through the inside of ``box``."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - box.x), (dx, box.right - x0), (-dy, y0 - box.y),
                 (dy, box.bottom - y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        r = q / p
        if p < 0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)
        if lo >= hi:
            return False
    return True


CELL = 200.0  # scene units per cell of the grids that find what a candidate touches


class Obstacles:
    """The icons labels keep off, and the shapes only their own label may sit on: the same
    at every zoom, so the canvas builds them once per change of the model."""

    def __init__(self, topology: Topology, diagram: geometry.Diagram,
                 hidden: frozenset[str] = frozenset()):
        self.hidden = hidden
        self.icons = icon_boxes(topology, diagram, hidden)
        self.blocks = _Grid(CELL)  # icons: nobody's label on them
        self.bodies = _Grid(CELL)  # pills, bars: only their own label on them
        for box, _owner in self.icons:
            self.blocks.add(box, "")
        for box, owner in _bodies(topology, diagram, hidden):
            self.bodies.add(box, owner)


# -- checking a placement -----------------------------------------------------------------------

@dataclass(frozen=True)
class Overlaps:
    label_label: int
    label_icon: int
    label_path: int

    @property
    def total(self) -> int:
        return self.label_label + self.label_icon + self.label_path


def count_overlaps(labels: Sequence[geometry.Box], icons: Sequence[geometry.Box], flow: FlowMarks,
                   path_half_width: float = PATH_HALF_WIDTH) -> Overlaps:
    """Pairs of label rectangles that overlap, labels over an icon, and labels the flow's line,
    arrows or badges cross: counted afresh from the rectangles (a grid, then exact tests)."""
    cell = 512.0
    grid: dict[tuple[int, int], list[int]] = {}

    def span(b: geometry.Box) -> Iterator[tuple[int, int]]:
        for i in range(math.floor(b.x / cell), math.floor(b.right / cell) + 1):
            for j in range(math.floor(b.y / cell), math.floor(b.bottom / cell) + 1):
                yield (i, j)

    for n, box in enumerate(labels):
        for key in span(box):
            grid.setdefault(key, []).append(n)

    def near(b: geometry.Box) -> set[int]:
        out: set[int] = set()
        for key in span(b):
            out.update(grid.get(key, ()))
        return out

    pairs = 0
    for n, box in enumerate(labels):
        pairs += sum(1 for m in near(box) if m > n and labels[m].intersects(box))
    on_icons = sum(1 for icon in icons for m in near(icon) if labels[m].intersects(icon))
    on_path = 0
    for a, b in flow.segments():
        seg = geometry.Box(min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))
        for m in near(seg.grown(path_half_width, path_half_width, path_half_width,
                                path_half_width)):
            grown = labels[m].grown(*(path_half_width,) * 4)
            if segment_hits_box(a, b, grown):
                on_path += 1
    on_path += sum(1 for mark in flow.marks for m in near(mark) if labels[m].intersects(mark))
    return Overlaps(pairs, on_icons, on_path)
