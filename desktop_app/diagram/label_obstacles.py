"""What labels keep off (device icons, the shapes only their own label may sit on, a drawn
flow), the grids that find it fast, and the count of overlaps the tests and exports check
(no Qt)."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.diagram import geometry
from desktop_app.diagram.label_model import (
    CLOUD_ICON,
    DEVICE_ICON,
    PATH_HALF_WIDTH,
    POD_ICON,
    FlowMarks,
    Point,
)
from desktop_app.diagram.network_shapes import NetworkShape
from desktop_app.model.topology import Device, Topology

# -- what counts as in the way -------------------------------------------------------------------

def icon_boxes(topology: Topology, diagram: geometry.Diagram,
               hidden: frozenset[str] = frozenset()) -> list[tuple[geometry.Box, str]]:
    """Every device icon (and the internet's), as drawn, with its owner's id."""
    return [(geometry.Box(x, y, w, h), owner) for x, y, w, h, owner in _icons(topology, diagram, hidden)]


def _icons(topology: Topology, diagram: geometry.Diagram, hidden: frozenset[str]
           ) -> Iterator[tuple[float, float, float, float, str]]:
    """``icon_boxes`` as plain numbers (x, y, w, h, owner)."""
    glyphs = diagram.glyphs
    for d in topology.devices:
        glyph = glyphs.get(d.id)
        if glyph is not None and d.id not in hidden:
            yield (*device_icon(d.kind, glyph), d.id)
    for shape in diagram.networks.values():
        if shape.orientation == "cloud" and shape.id not in hidden:
            yield (*_cloud_icon(shape.box), shape.id)


def device_icon(kind: str, glyph: geometry.Box) -> tuple[float, float, float, float]:
    """Where a device's icon is drawn in its glyph (x, y, w, h)."""
    x, y, w, h = glyph
    if kind in geometry.CONTAINER_KINDS:
        size = 26.0 if kind == "esxi-host" else 24.0
        return x + 4, y + h / 2 - size / 2, size, size
    if kind == "pod":
        return x + 5, y + h / 2 - POD_ICON / 2, POD_ICON, POD_ICON
    return x + w / 2 - DEVICE_ICON / 2, y + geometry.ICON_TOP, DEVICE_ICON, DEVICE_ICON


def _cloud_icon(box: geometry.Box) -> tuple[float, float, float, float]:
    return box.cx - 16, box.cy - 22, CLOUD_ICON, CLOUD_ICON


def _network_body(shape: NetworkShape) -> tuple[float, float, float, float]:
    x, y, w, h = shape.box
    if shape.orientation != "cloud":
        return x - 1, y - 3, w + 2, h + 6
    return x, y, w, h


def _bodies(topology: Topology, diagram: geometry.Diagram, hidden: frozenset[str]
            ) -> Iterator[tuple[float, float, float, float, str]]:
    """Shapes other labels keep off but their own label may sit on: pod pills, host and node
    title rows, network bars, the cloud (x, y, w, h, owner)."""
    glyphs = diagram.glyphs
    containers = geometry.CONTAINER_KINDS
    for d in topology.devices:
        if d.kind == "pod" or d.kind in containers:
            glyph = glyphs.get(d.id)
            if glyph is not None and d.id not in hidden:
                yield glyph[0], glyph[1], glyph[2], glyph[3], d.id
    for shape in diagram.networks.values():
        if shape.id not in hidden:
            yield (*_network_body(shape), shape.id)


class _Grid:
    """Boxes and segments bucketed by cell, to find what a candidate might touch.

    (Written out for speed: a big diagram tries hundreds of thousands of candidates. Each
    bucket is one flat list, ``x0, y0, x1, y1, owner`` after another, rather than a tuple per
    box: thousands of small tuples kept alive make every later garbage collection slower.)
    """

    def __init__(self, cell: float):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Any]] = {}
        self.lines: dict[tuple[int, int], list[tuple[Point, Point]]] = {}

    def add(self, box: geometry.Box, owner: str) -> None:
        self.add_xywh(box[0], box[1], box[2], box[3], owner)

    def add_xywh(self, x0: float, y0: float, w: float, h: float, owner: str) -> None:
        c = self.cell
        x1, y1 = x0 + w, y0 + h
        cells = self.cells
        floor = math.floor
        i0, j0 = floor(x0 / c), floor(y0 / c)
        i1, j1 = floor(x1 / c), floor(y1 / c)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    cells[(i, j)] = [x0, y0, x1, y1, owner]
                else:
                    bucket += (x0, y0, x1, y1, owner)

    def add_segment(self, a: Point, b: Point, half: float) -> None:
        c = self.cell
        x0, x1 = min(a[0], b[0]) - half, max(a[0], b[0]) + half
        y0, y1 = min(a[1], b[1]) - half, max(a[1], b[1]) + half
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                self.lines.setdefault((i, j), []).append((a, b))

    def hits(self, box: geometry.Box, owner: str | None = None) -> bool:
        """Whether ``box`` overlaps a stored box (of another owner, when one is given)."""
        cells = self.cells
        if not cells:
            return False
        c = self.cell
        x0, y0, w, h = box
        x1, y1 = x0 + w, y0 + h
        floor = math.floor
        i0, i1 = floor(x0 / c), floor(x1 / c)
        j0, j1 = floor(y0 / c), floor(y1 / c)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    continue
                it = iter(bucket)
                for bx0, by0, bx1, by1, who in zip(it, it, it, it, it, strict=False):
                    if bx0 < x1 and x0 < bx1 and by0 < y1 and y0 < by1 and who != owner:
                        return True
        return False

    def blocks_segment(self, a: Point, b: Point, icons_only: bool = False) -> bool:
        """Whether the segment from ``a`` to ``b`` passes through a stored box (only the
        icons, owner "", when ``icons_only``)."""
        c = self.cell
        floor = math.floor
        for i in range(floor(min(a[0], b[0]) / c), floor(max(a[0], b[0]) / c) + 1):
            for j in range(floor(min(a[1], b[1]) / c), floor(max(a[1], b[1]) / c) + 1):
                bucket = self._bucket(i, j)
                it = iter(bucket)
                for bx0, by0, bx1, by1, who in zip(it, it, it, it, it, strict=False):
                    if icons_only and who:
                        continue
                    if segment_hits_box(a, b, geometry.Box(bx0, by0, bx1 - bx0, by1 - by0)):
                        return True
        return False

    def _bucket(self, i: int, j: int) -> list[Any]:
        return self.cells.get((i, j)) or []

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
FIXED_CELL = 100.0  # the icons' grid: finer (a dense rack puts dozens of boxes in 200 × 200)
BLOCK = 8  # the icons' grid fills BLOCK × BLOCK cells at a time, the first time one is asked
REACH = 40.0  # no icon or shape reaches farther than this outside its device's glyph (or bar)


class _FixedGrid(_Grid):
    """The icons and bodies of a diagram, filled block by block when a candidate first
    looks there: a view of a corner of a big diagram never pays for the rest of it."""

    def __init__(self, topology: Topology, diagram: geometry.Diagram, hidden: frozenset[str]):
        super().__init__(FIXED_CELL)
        self.glyphs = diagram.glyphs
        span = FIXED_CELL * BLOCK
        index: dict[tuple[int, int], list[Device | NetworkShape]] = {}
        floor = math.floor

        def put(source: Device | NetworkShape, box: geometry.Box) -> None:
            x, y, w, h = box
            for i in range(floor((x - REACH) / span), floor((x + w + REACH) / span) + 1):
                for j in range(floor((y - REACH) / span), floor((y + h + REACH) / span) + 1):
                    found = index.get((i, j))
                    if found is None:
                        index[(i, j)] = [source]
                    else:
                        found.append(source)

        glyphs = diagram.glyphs
        for d in topology.devices:
            glyph = glyphs.get(d.id)
            if glyph is None or d.id in hidden:
                continue
            x, y, w, h = glyph
            i, j = floor((x - REACH) / span), floor((y - REACH) / span)
            if i == floor((x + w + REACH) / span) and j == floor((y + h + REACH) / span):
                found = index.get((i, j))  # most devices: one block (written out, for speed)
                if found is None:
                    index[(i, j)] = [d]
                else:
                    found.append(d)
            else:
                put(d, glyph)
        for shape in diagram.networks.values():
            if shape.id not in hidden:
                put(shape, shape.box)
        self.index = index

    def hits(self, box: geometry.Box, owner: str | None = None) -> bool:
        cells = self.cells
        c = self.cell
        x0, y0, w, h = box
        x1, y1 = x0 + w, y0 + h
        floor = math.floor
        i0, i1 = floor(x0 / c), floor(x1 / c)
        j0, j1 = floor(y0 / c), floor(y1 / c)
        if i0 == i1 and j0 == j1:  # most candidates lie in one cell
            bucket = cells.get((i0, j0))
            if bucket is None:
                bucket = self._fill(i0, j0)
            it = iter(bucket)
            for bx0, by0, bx1, by1, who in zip(it, it, it, it, it, strict=False):
                if bx0 >= x1:  # sorted by left edge: the rest start right of the box
                    return False
                if x0 < bx1 and by0 < y1 and y0 < by1 and who != owner:
                    return True
            return False
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    bucket = self._fill(i, j)
                it = iter(bucket)
                for bx0, by0, bx1, by1, who in zip(it, it, it, it, it, strict=False):
                    if bx0 >= x1:
                        break
                    if x0 < bx1 and by0 < y1 and y0 < by1 and who != owner:
                        return True
        return False

    def _bucket(self, i: int, j: int) -> list[Any]:
        bucket = self.cells.get((i, j))
        return self._fill(i, j) if bucket is None else bucket

    def _fill(self, i: int, j: int) -> list[Any]:
        """Fill the block of cells holding cell (i, j); that cell's bucket."""
        bi, bj = i // BLOCK, j // BLOCK
        i_lo, j_lo = bi * BLOCK, bj * BLOCK
        i_hi, j_hi = i_lo + BLOCK - 1, j_lo + BLOCK - 1
        cells = self.cells
        c = self.cell
        floor = math.floor

        def add(x0: float, y0: float, w: float, h: float, owner: str) -> None:
            x1, y1 = x0 + w, y0 + h
            entry = (x0, y0, x1, y1, owner)
            for ci in range(max(i_lo, floor(x0 / c)), min(i_hi, floor(x1 / c)) + 1):
                for cj in range(max(j_lo, floor(y0 / c)), min(j_hi, floor(y1 / c)) + 1):
                    bucket = cells.get((ci, cj))
                    if bucket is None:
                        cells[(ci, cj)] = list(entry)
                    else:
                        bucket += entry

        glyphs = self.glyphs
        for source in self.index.get((bi, bj), ()):
            if isinstance(source, Device):
                glyph = glyphs[source.id]
                add(*device_icon(source.kind, glyph), "")
                if source.kind == "pod" or source.kind in geometry.CONTAINER_KINDS:
                    add(*glyph, source.id)
            else:
                if source.orientation == "cloud":
                    add(*_cloud_icon(source.box), "")
                add(*_network_body(source), source.id)
        # Each bucket sorted by left edge, so a check stops at the first box starting right
        # of the candidate.
        for ci in range(i_lo, i_hi + 1):
            for cj in range(j_lo, j_hi + 1):
                bucket = cells.get((ci, cj))
                if bucket is None:
                    cells[(ci, cj)] = []
                elif len(bucket) > 5:
                    it = iter(bucket)
                    cells[(ci, cj)] = [v for entry in sorted(zip(it, it, it, it, it, strict=False),
                                                           key=_left) for v in entry]
        return cells[(i, j)]


def _left(entry: tuple[float, float, float, float, str]) -> float:
    return entry[0]


class Obstacles:
    """The icons labels keep off, and the shapes only their own label may sit on: the same
    at every zoom, so the canvas builds them once per change of the model."""

    def __init__(self, topology: Topology, diagram: geometry.Diagram,
                 hidden: frozenset[str] = frozenset()):
        self.hidden = hidden
        self._source = (topology, diagram)
        self._icons: list[tuple[geometry.Box, str]] | None = None
        # Icons (nobody's label on them: owner "") and bodies (pills, bars: only their own
        # label on them) in one grid, so a candidate is checked against both in one pass.
        self.fixed = _FixedGrid(topology, diagram, hidden)
        self.bounds = diagram.bounds()

    @functools.cached_property
    def links(self) -> dict[str, geometry.Link]:
        return {link.key: link for link in self._source[1].links}

    @functools.cached_property
    def tunnels(self) -> dict[str, geometry.Tunnel]:
        return {tu.key: tu for tu in self._source[1].tunnels}

    def devices_in(self, topology: Topology, diagram: geometry.Diagram, area: geometry.Box
                   ) -> list[Device]:
        """The devices whose glyph overlaps ``area``, in the topology's order."""
        x0, y0, x1, y1 = area.x, area.y, area.right, area.bottom
        glyphs = diagram.glyphs
        out = []
        for d in topology.devices:
            g = glyphs.get(d.id)
            if g is not None and g[0] < x1 and x0 < g[0] + g[2] and g[1] < y1 and y0 < g[1] + g[3]:
                out.append(d)
        return out

    def links_in(self, diagram: geometry.Diagram, area: geometry.Box) -> list[geometry.Link]:
        """The interfaces whose device end lies in ``area``, in the diagram's order."""
        x0, y0, x1, y1 = area.x, area.y, area.right, area.bottom
        return [link for link in diagram.links
                if x0 <= link.points[0][0] <= x1 and y0 <= link.points[0][1] <= y1]

    @property
    def icons(self) -> list[tuple[geometry.Box, str]]:
        """``icon_boxes`` of the diagram (made when first asked for)."""
        if self._icons is None:
            self._icons = icon_boxes(*self._source, self.hidden)
        return self._icons


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
