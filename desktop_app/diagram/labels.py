"""Where every label of the diagram goes, and how big, at one zoom (no Qt).

The canvas, the SVG writer, the Qt exports and the draw.io file all draw labels from one
``Placement``: for each label (a device's name, a host's or node's title, a pod's name, a
network's name and addressing, an interface's name and address, a zone's title, a tunnel's
kind) it picks the first of a few candidate positions that overlaps no label placed before
it, no device icon and no mark of a drawn flow (its line, arrows and hop numbers). A label
with no free candidate is not drawn at that zoom rather than drawn over something.

Level of detail comes from the view's scale (screen pixels per scene unit):

- names of devices on the current flow's path and zone titles never draw smaller on screen
  than a floor (they grow in scene units as the view zooms out); other device names have a
  lower floor and show where there is room for them;
- network, interface and tunnel labels draw at their own size, and only when that size is
  legible on screen; interface addresses only at close zoom.

Labels are placed in priority order: path names, zone titles, the other names, networks,
tunnels, interfaces. Long labels wrap (at spaces, between Chinese characters); they are never
cut short. Sizes are measured with ``text_metrics`` (DejaVu Sans, the canvas's font).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from desktop_app.diagram import geometry as g
from desktop_app.diagram.canvas_words import (
    Translate,
    container_subtitle,
    english,
    network_details,
    tunnel_label,
)
from desktop_app.diagram.flow_path import FlowPath
from desktop_app.diagram.text_metrics import Font, wrap_lines
from desktop_app.engine.trace import Trace
from desktop_app.model import topology as t

Point = tuple[float, float]

# Natural sizes (scene units = pixels at 100 %) and weights of the label fonts.
ROLES: dict[str, tuple[float, bool]] = {
    "name": (11.0, False),  # a device's name
    "title": (12.0, True),  # an ESXi host's title
    "detail": (10.0, False),  # the muted second line of hosts, nodes and networks
    "zone": (13.0, True),
    "link": (9.5, False),  # an interface's name and address (a preference may change it)
    "pod": (10.0, False),
}
FLOOR_PATH = 14.0  # on-screen pixels: names of devices on the current flow's path
FLOOR_ZONE = 13.0  # zone titles
FLOOR_NAME = 9.0  # other device names, where there is room
LEGIBLE = 7.0  # other labels draw only when at least this big on screen
ADDRESS_SCALE = 0.9  # interface addresses from this zoom on
PATH_HALF_WIDTH = 5.0  # half the flow line's drawn width (its white halo is 9)
MAX_TRIES = 48  # candidates tried for a label off the path before it is left out…
MANY_LABELS = 1500  # …when there are more labels than this to place
PATH_TRIES = 400  # and for any label
SHRINK = 0.85  # a floored label with no room tries this much smaller…
SHRUNK = 8.5  # …down to this many pixels on screen
EDGE = 18.0  # labels stay this far inside the area an export draws (its margin is 24)

DEVICE_ICON = 36.0
POD_ICON = 18.0
CLOUD_ICON = 32.0


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a label: its text, its font role and its colour (text, muted, network…)."""

    text: str
    role: str
    ink: str = "text"


@dataclass(frozen=True, slots=True)
class Label:
    """A placed label: the rectangle it takes and its lines, ``grow`` times their own size."""

    key: str
    owner: str  # the model id it names
    kind: str  # device, container, pod, network, link, zone, tunnel
    box: g.Box
    lines: tuple[Line, ...]
    grow: float = 1.0
    align: str = "left"  # left or center
    backing: bool = True  # drawn on a label-coloured rounded rectangle

    def pad(self) -> tuple[float, float]:
        return 3.0 * self.grow, 1.0 * self.grow

    def line_places(self, sizes: dict[str, float] | None = None) -> list[tuple[Line, float, float, float]]:
        """(line, x, top, pixel size) of each line in scene units; x is the left edge, or the
        centre when the label is centred."""
        px, py = self.pad()
        x = self.box.cx if self.align == "center" else self.box.x + px
        top = self.box.y + py
        out = []
        for line in self.lines:
            size = (sizes or {}).get(line.role, ROLES[line.role][0]) * self.grow
            out.append((line, x, top, size))
            top += size * 1.16405  # text_metrics' line height
        return out


@dataclass(frozen=True)
class FlowMarks:
    """What a drawn flow puts on the picture: its polyline, arrowheads and hop badges."""

    points: tuple[Point, ...] = ()
    marks: tuple[g.Box, ...] = ()  # arrowheads and badges

    def segments(self) -> Iterator[tuple[Point, Point]]:
        return zip(self.points, self.points[1:], strict=False)


@dataclass(frozen=True)
class LabelOptions:
    """The zoom and what is drawn around the labels."""

    scale: float = 1.0  # screen pixels per scene unit
    path_devices: frozenset[str] = frozenset()
    flow: FlowMarks = FlowMarks()
    link_labels: bool = True
    link_ips: bool = True
    link_pixels: float = 9.5
    translate: Translate = english
    hidden: frozenset[str] = frozenset()  # devices and zones not drawn (inside a collapsed box)
    # How far past the diagram's bounds a label may go: an export's margin, or (the canvas)
    # the room a fitted view leaves around the diagram.
    edge: float = EDGE
    # Only labels of what lies in this rectangle, kept inside it (a big diagram's canvas
    # places what its view shows); None: the whole diagram.
    region: g.Box | None = None
    # Only the labels placed first (path names and zone titles): a far view of a big
    # diagram, where the overview picture stands for the rest.
    first_only: bool = False


@dataclass
class Placement:
    """Every label drawn at one zoom, and what they were kept off."""

    scale: float
    labels: dict[str, Label] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # keys with no free place at this zoom
    icons: list[tuple[g.Box, str]] = field(default_factory=list)  # (box, owner)
    flow: FlowMarks = FlowMarks()

    def label(self, key: str) -> Label | None:
        return self.labels.get(key)


# -- what counts as in the way -------------------------------------------------------------------

def icon_boxes(topology: t.Topology, diagram: g.Diagram,
               hidden: frozenset[str] = frozenset()) -> list[tuple[g.Box, str]]:
    """Every device icon (and the internet's), as drawn, with its owner's id."""
    out: list[tuple[g.Box, str]] = []
    for d in topology.devices:
        glyph = diagram.glyphs.get(d.id)
        if glyph is None or d.id in hidden:
            continue
        if d.kind in g.CONTAINER_KINDS:
            size = 26.0 if d.kind == "esxi-host" else 24.0
            out.append((g.Box(glyph.x + 4, glyph.cy - size / 2, size, size), d.id))
        elif d.kind == "pod":
            out.append((g.Box(glyph.x + 5, glyph.cy - POD_ICON / 2, POD_ICON, POD_ICON), d.id))
        else:
            out.append((g.Box(glyph.cx - DEVICE_ICON / 2, glyph.y + 2, DEVICE_ICON, DEVICE_ICON),
                        d.id))
    for shape in diagram.networks.values():
        if shape.orientation == "cloud" and shape.id not in hidden:
            out.append((g.Box(shape.box.cx - 16, shape.box.cy - 22, CLOUD_ICON, CLOUD_ICON),
                        shape.id))
    return out


def _bodies(topology: t.Topology, diagram: g.Diagram, hidden: frozenset[str]
            ) -> list[tuple[g.Box, str]]:
    """Shapes other labels keep off but their own label may sit on: pod pills, host and node
    title rows, network bars, the cloud."""
    out: list[tuple[g.Box, str]] = []
    for d in topology.devices:
        if d.id in hidden:
            continue
        if d.kind == "pod" or d.kind in g.CONTAINER_KINDS:
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

    def add(self, box: g.Box, owner: str) -> None:
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

    def hits(self, box: g.Box, owner: str | None = None) -> bool:
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

    def crosses(self, box: g.Box, half: float) -> bool:
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


def segment_hits_box(a: Point, b: Point, box: g.Box) -> bool:
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


# -- candidates ---------------------------------------------------------------------------------

_FONTS: dict[tuple[float, bool], Font] = {}


def font(role: str, sizes: dict[str, float] | None = None) -> Font:
    size, bold = ROLES[role]
    if sizes and role in sizes:
        size = sizes[role]
    f = _FONTS.get((size, bold))
    if f is None:
        f = _FONTS[(size, bold)] = Font(size, bold)
    return f


@dataclass(frozen=True)
class _Spec:
    key: str
    owner: str
    kind: str
    priority: int
    grow: float
    texts: tuple[tuple[str, str, str], ...]  # (text, role, ink) before wrapping
    wrap: float  # the natural wrap width (scene units at grow 1)
    places: tuple[str, ...]  # candidate names, tried in order
    align: str = "left"
    backing: bool = True


_WRAPPED: dict[tuple[str, float, bool, float, bool], list[str] | None] = {}


def _wrapped(text: str, f: Font, width: float, split: bool) -> list[str] | None:
    """``wrap_lines``, remembered: the same names are wrapped at every zoom."""
    key = (text, f.size, f.bold, width, split)
    if key not in _WRAPPED:
        if len(_WRAPPED) > 50_000:
            _WRAPPED.clear()
        _WRAPPED[key] = wrap_lines(text, f, width, split)
    return _WRAPPED[key]


def _layout(spec: _Spec, width: float, sizes: dict[str, float], first: bool
            ) -> tuple[tuple[Line, ...], float, float] | None:
    """The spec's lines wrapped at ``width`` (natural units), and the label's natural size;
    None when only the ``first`` layout may split a word and this one would."""
    lines: list[Line] = []
    w = 0.0
    h = 0.0
    for text, role, ink in spec.texts:
        f = font(role, sizes)
        parts = _wrapped(text, f, width, first)
        if parts is None:
            return None
        for part in parts:
            lines.append(Line(part, role, ink))
            w = max(w, f.width(part))
            h += f.height
    return tuple(lines), w + 6.0, h + 2.0


CELL = 200.0  # scene units per cell of the grids that find what a candidate touches


class Obstacles:
    """The icons labels keep off, and the shapes only their own label may sit on: the same
    at every zoom, so the canvas builds them once per change of the model."""

    def __init__(self, topology: t.Topology, diagram: g.Diagram,
                 hidden: frozenset[str] = frozenset()):
        self.hidden = hidden
        self.icons = icon_boxes(topology, diagram, hidden)
        self.blocks = _Grid(CELL)  # icons: nobody's label on them
        self.bodies = _Grid(CELL)  # pills, bars: only their own label on them
        for box, _owner in self.icons:
            self.blocks.add(box, "")
        for box, owner in _bodies(topology, diagram, hidden):
            self.bodies.add(box, owner)


class _Placer:
    def __init__(self, topology: t.Topology, diagram: g.Diagram, options: LabelOptions,
                 obstacles: Obstacles | None = None):
        self.top = topology
        self.d = diagram
        self.o = options
        self.sizes = {"link": options.link_pixels}
        self.labels = _Grid(CELL)
        if obstacles is None or obstacles.hidden != options.hidden:
            obstacles = Obstacles(topology, diagram, options.hidden)
        self.blocks = obstacles.blocks
        self.bodies = obstacles.bodies
        self.icons = obstacles.icons
        self.flow = _Grid(CELL)  # the drawn flow's line, arrows and badges
        region = options.region
        for a, b in options.flow.segments():
            self.flow.add_segment(a, b, PATH_HALF_WIDTH)
        for box in options.flow.marks:
            self.flow.add(box, "")
        bounds = diagram.bounds() or g.Box(0, 0, 0, 0)
        e = options.edge
        self.area = bounds.grown(e, e, e, e)
        if region is not None:
            x0, y0 = max(self.area.x, region.x), max(self.area.y, region.y)
            x1 = min(self.area.right, region.right)
            y1 = min(self.area.bottom, region.bottom)
            self.area = g.Box(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))

    def grow(self, role: str, floor: float | None) -> float | None:
        """How much bigger than its own size a label draws, or None when it is not drawn."""
        natural = self.sizes.get(role, ROLES[role][0])
        on_screen = natural * self.o.scale
        if floor is not None and on_screen < floor:
            return floor / on_screen
        if floor is None and on_screen < LEGIBLE:
            return None
        return 1.0

    def free(self, box: g.Box, owner: str) -> bool:
        a = self.area
        x, y, w, h = box
        if x < a.x or y < a.y or x + w > a.x + a.w or y + h > a.y + a.h:
            return False
        return not (self.blocks.hits(box) or self.labels.hits(box)
                    or self.bodies.hits(box, owner) or self.flow.hits(box)
                    or self.flow.crosses(box, PATH_HALF_WIDTH))

    def run(self) -> Placement:
        out = Placement(self.o.scale, icons=self.icons, flow=self.o.flow)
        specs = self.specs()
        if self.o.first_only:
            specs = (s for s in specs if s.priority <= 1)
        ordered = sorted(specs, key=lambda s: s.priority)
        # A few hundred labels try every candidate; thousands give up sooner off the path.
        self.many = len(ordered) > MANY_LABELS
        for spec in ordered:
            label = self.place(spec)
            if label is None:
                out.left_out.append(spec.key)
            else:
                out.labels[spec.key] = label
                self.labels.add(label.box, "")
        return out

    def place(self, spec: _Spec) -> Label | None:
        label = self._place(spec)
        # A label grown to its floor that found no room tries a little smaller, never below
        # SHRUNK on screen, before it is left out.
        grow = spec.grow
        while label is None and grow > 1.0 and not self.many:
            floor_px = grow * ROLES[spec.texts[0][1]][0] * self.o.scale
            if floor_px * SHRINK < SHRUNK:
                break
            grow = max(1.0, grow * SHRINK)
            label = self._place(replace(spec, grow=grow))
        return label

    def _place(self, spec: _Spec) -> Label | None:
        k = spec.grow
        widths = (spec.wrap, spec.wrap * 1.7, spec.wrap * 0.7, spec.wrap * 0.45) if spec.wrap else (1e9,)
        layouts = []
        seen: set[tuple[Line, ...]] = set()
        for n, width in enumerate(widths):
            laid = _layout(spec, width, self.sizes, n == 0)
            if laid is None:
                continue
            lines, w, h = laid
            if lines not in seen:
                seen.add(lines)
                layouts.append((lines, w * k, h * k))
        # Names on the path try every candidate; the others give up after a few dozen (in a
        # crowded corner of a big diagram most of them would not fit anywhere).
        budget = (PATH_TRIES if spec.priority == 0 or not self.many
                  else MAX_TRIES if k <= 1.5 else MAX_TRIES // 4)
        for place in spec.places:
            for lines, w, h in layouts:
                for box in self.boxes(spec, place, w, h):
                    if self.free(box, spec.owner):
                        return Label(spec.key, spec.owner, spec.kind, box, lines, k, spec.align,
                                     spec.backing)
                    budget -= 1
                    if budget <= 0:
                        return None
        return None

    # The candidate rectangles of a label of size w × h at a named place.
    def boxes(self, spec: _Spec, place: str, w: float, h: float) -> Iterator[g.Box]:
        d, k = self.d, spec.grow
        gap = 3.0 * k
        if place == "ring":  # farther out all round what it names: the last resort
            glyph = d.glyphs[spec.owner]
            for r in (8.0, 24.0, 48.0):
                r *= k
                b = glyph.grown(r, r, r, r)
                yield g.Box(b.cx - w / 2, b.bottom, w, h)
                yield g.Box(b.cx - w / 2, b.y - h, w, h)
                yield g.Box(b.right, b.cy - h / 2, w, h)
                yield g.Box(b.x - w, b.cy - h / 2, w, h)
                yield g.Box(b.right, b.bottom, w, h)
                yield g.Box(b.x - w, b.bottom, w, h)
                yield g.Box(b.right, b.y - h, w, h)
                yield g.Box(b.x - w, b.y - h, w, h)
            return
        if spec.kind == "device":
            glyph = d.glyphs[spec.owner]
            ix, iy = glyph.cx, glyph.y + 2 + DEVICE_ICON / 2
            r = DEVICE_ICON / 2
            if place == "below" or place == "above":
                y = iy + r + 3 if place == "below" else iy - r - 3 - h
                # centred under (over) the icon, else slid sideways as far as it still touches it
                for x in (ix - w / 2, ix - r, ix + r - w):
                    yield g.Box(x, y, w, h)
            elif place == "right":
                yield g.Box(ix + r + 4, iy - h / 2, w, h)
            elif place == "left":
                yield g.Box(ix - r - 4 - w, iy - h / 2, w, h)
            elif place == "corners":
                for dx in (r + 4, -r - 4 - w):
                    for dy in (r + 3, -r - 3 - h):
                        yield g.Box(ix + dx, iy + dy, w, h)
            elif place == "far":
                for dy in (r + 3 + h, -r - 3 - 2 * h):
                    yield g.Box(ix - w / 2, iy + dy, w, h)
        elif spec.kind in ("container", "pod"):
            glyph = d.glyphs[spec.owner]
            box = d.boxes[spec.owner]
            icon = 26.0 if spec.kind == "container" else POD_ICON
            if place == "inside":
                if h <= glyph.h and w <= glyph.w - icon - 12:
                    yield g.Box(glyph.x + icon + 8, glyph.cy - h / 2, w, h)
            elif place == "above":
                yield g.Box(box.x + 4, box.y - gap - h, w, h)
                yield g.Box(box.right - 4 - w, box.y - gap - h, w, h)
            elif place == "below":
                yield g.Box(box.x + 4, box.bottom + gap, w, h)
            elif place == "right":
                yield g.Box(glyph.right + gap, glyph.cy - h / 2, w, h)
            elif place == "left":
                yield g.Box(glyph.x - gap - w, glyph.cy - h / 2, w, h)
        elif spec.kind == "zone":
            z = d.zones[spec.owner]
            if place == "inside":
                for y in (z.y + 5, z.bottom - 5 - h):
                    for f in (0.0, 1.0, 0.5, 0.25, 0.75):
                        yield g.Box(z.x + 8 + (z.w - 16 - w) * f, y, w, h)
            elif place == "outside":
                yield g.Box(z.x + 8, z.y - 3 - h, w, h)
        elif spec.kind == "network":
            shape = d.networks[spec.owner]
            b = shape.box
            if shape.orientation == "cloud":
                if place == "inside":
                    yield g.Box(b.cx - w / 2, b.cy + 11, w, h)
                elif place == "outside":
                    yield g.Box(b.cx - w / 2, b.bottom + 2, w, h)
                    yield g.Box(b.cx - w / 2, b.y - 2 - h, w, h)
            elif shape.orientation == "h":
                fractions = (0.0, 1.0, 0.5, 0.25, 0.75) if place == "near" else (0.125, 0.375,
                                                                                  0.625, 0.875)
                for f in fractions:
                    x = min(max(b.x + 2, b.x + (b.w - w) * f), max(b.x + 2, b.right - 2 - w))
                    yield g.Box(x, b.y - 2 - h, w, h)
                    yield g.Box(x, b.bottom + 3, w, h)
            else:
                if place == "near":
                    yield g.Box(b.cx - w / 2, b.y - 4 - h, w, h)
                    yield g.Box(b.cx - w / 2, b.bottom + 4, w, h)
                for f in ((0.1, 0.5, 0.9) if place == "near" else (0.3, 0.7)):
                    y = b.y + (b.h - h) * f
                    yield g.Box(b.right + 6, y, w, h)
                    yield g.Box(b.x - 6 - w, y, w, h)
        elif spec.kind == "link":
            link = self.links[spec.owner]
            yield from _link_boxes(link, w, h, place)
        elif spec.kind == "tunnel":
            tunnel = self.tunnels[spec.owner]
            (x0, y0), (x1, y1) = tunnel.start, tunnel.end
            (cx, cy), _ = g.tunnel_curve(tunnel)
            for u in ((0.5,) if place == "near" else (0.35, 0.65, 0.2, 0.8)):
                mx = (1 - u) ** 2 * x0 + 2 * u * (1 - u) * cx + u * u * x1
                my = (1 - u) ** 2 * y0 + 2 * u * (1 - u) * cy + u * u * y1
                yield g.Box(mx - w / 2, my - h / 2, w, h)

    # -- what is labelled --------------------------------------------------------------------
    def specs(self) -> Iterator[_Spec]:
        top, d, o = self.top, self.d, self.o
        hidden = o.hidden
        tr = o.translate
        region = o.region
        self.tunnels = {tu.key: tu for tu in d.tunnels}
        self.links = {link.key: link for link in d.links}
        devices = top.devices
        if o.first_only:
            devices = [x for x in (top.device(i) for i in sorted(o.path_devices)) if x]
        for dev in devices:
            glyph = d.glyphs.get(dev.id)
            if glyph is None or dev.id in hidden:
                continue
            if region is not None and not region.intersects(glyph):
                continue
            on_path = dev.id in o.path_devices
            floor = FLOOR_PATH if on_path else FLOOR_NAME
            priority = 0 if on_path else 2
            if dev.kind in g.CONTAINER_KINDS:
                role = "title" if dev.kind == "esxi-host" else "name"
                k = self.grow(role, floor)
                if k is None:
                    continue
                texts = [(dev.display_label, role, "text")]
                if k == 1.0 and self.grow("detail", None) is not None:
                    texts.append((container_subtitle(dev, tr), "detail", "muted"))
                glyph = d.glyphs[dev.id]
                icon = 26.0 if dev.kind == "esxi-host" else 24.0
                # Titles of hosts and nodes have room above and below their boxes: after the
                # names of the devices inside, which have less.
                yield _Spec(f"device:{dev.id}", dev.id, "container", priority + 1, k, tuple(texts),
                            glyph.w - icon - 14, ("inside", "above", "right", "below", "ring"))
            elif dev.kind == "pod":
                k = self.grow("pod", floor)
                if k is None:
                    continue
                glyph = d.glyphs[dev.id]
                yield _Spec(f"device:{dev.id}", dev.id, "pod", priority + 1, k,
                            ((dev.display_label, "pod", "text"),), glyph.w - POD_ICON - 14,
                            ("inside", "right", "left", "above", "below", "ring"))
            else:
                k = self.grow("name", floor)
                if k is None:
                    continue
                glyph = d.glyphs[dev.id]
                yield _Spec(f"device:{dev.id}", dev.id, "device", priority, k,
                            ((dev.display_label, "name", "text"),), glyph.w - 4,
                            ("below", "above", "right", "left", "corners", "far", "ring"),
                            align="center")
        depths = d.zone_depth
        for z in top.zones:
            if z.id not in d.zones or z.id in hidden:
                continue
            if region is not None and not region.intersects(d.zones[z.id]):
                continue
            k = self.grow("zone", FLOOR_ZONE)
            if k is None:
                continue
            box = d.zones[z.id]
            yield _Spec(f"zone:{z.id}", z.id, "zone", 1, k, ((z.display_label, "zone", "zone"),),
                        max(60.0, (box.w - 24) / k), ("inside", "outside"),
                        backing=depths.get(z.id, 0) > 0)
        if o.first_only:
            return
        for n in top.networks:
            shape = d.networks.get(n.id)
            if shape is None or n.id in hidden:
                continue
            if region is not None and not region.intersects(shape.box):
                continue
            cloud = shape.orientation == "cloud"
            k = self.grow("title" if cloud else "name", None)
            if k is None:
                continue
            texts = [(n.display_label, "title" if cloud else "name", "text" if cloud else "network")]
            if not cloud and self.grow("detail", None) is not None:
                texts.append((network_details(n, tr), "detail", "muted"))
            yield _Spec(f"network:{n.id}", n.id, "network", 4, k, tuple(texts), 0.0,
                        ("inside", "outside") if cloud else ("near", "far"),
                        align="center" if cloud or shape.orientation == "v" else "left",
                        backing=not cloud)
        for tu in d.tunnels:
            if tu.a in hidden or tu.b in hidden:
                continue
            k = self.grow("detail", None)
            if k is not None:
                yield _Spec(f"tunnel:{tu.key}", tu.key, "tunnel", 5, k,
                            ((tunnel_label(tu.kind, tr), "detail", "tunnel"),), 0.0,
                            ("near", "far"), align="center")
        if not o.link_labels:
            return
        k = self.grow("link", None)
        if k is None:
            return
        ips = o.link_ips and o.scale >= ADDRESS_SCALE
        for link in d.links:
            if link.device in hidden or link.network in hidden:
                continue
            if region is not None and not region.contains(*link.points[0]):
                continue
            texts = [(link.name, "link", "text")]
            if ips and link.ip:
                texts.append((link.ip, "link", "muted"))
            yield _Spec(f"link:{link.key}", link.key, "link", 6, k, tuple(texts), 0.0,
                        ("near", "far"))


def _link_boxes(link: g.Link, w: float, h: float, place: str) -> Iterator[g.Box]:
    (x0, y0), (x1, y1) = link.points[0], link.points[-1]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    sides = (1, -1) if link.label_side == "right" else (-1, 1)
    steps = (link.label_step,) if place == "near" else tuple(
        s for s in range(0, 6) if s != link.label_step)
    for step in steps:
        if link.side in ("top", "bottom"):
            along = 6 + step * (h + 2)
            y = y0 + along if link.side == "bottom" else y0 - along - h
            if (y + h / 2 - y0) * uy < 0 or abs(y + h / 2 - y0) > length:
                continue  # past the network's end
            for side in sides:
                yield g.Box(x0 + 3 if side > 0 else x0 - w - 3, y, w, h)
        else:
            along = 10 + step * (w + 4)
            if along > length:
                continue
            px = x0 + ux * along
            x = px if ux >= 0 else px - w
            for side in sides:
                yield g.Box(x, y0 - h - 2 if side > 0 else y0 + 2, w, h)


# -- a flow's marks ----------------------------------------------------------------------------

def flow_marks(diagram: g.Diagram, path: FlowPath, badges: Iterable[tuple[str, Point]] = (),
               arrows: bool = True) -> FlowMarks:
    """The flow's line, its arrowheads (on legs longer than 40) and its hop badges
    (``(text, centre)``), as the exports draw them (``overlay``)."""
    from desktop_app.diagram import overlay

    marks: list[g.Box] = []
    if arrows:
        for leg in path.legs:
            if leg.length > 40:
                tri = overlay.arrow_points(leg.point_at(0.5 - 6 / leg.length),
                                           leg.point_at(0.5 + 6 / leg.length))
                if tri:
                    xs, ys = [p[0] for p in tri], [p[1] for p in tri]
                    marks.append(g.Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    for text, (x, y) in badges:
        marks.append(overlay.badge_box(x, y, text).grown(1, 1, 1, 1))
    return FlowMarks(tuple(path.points()), tuple(marks))


def flow_obstacles(diagram: g.Diagram, trace: Trace, hop_numbers: bool = True
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


def place_labels(topology: t.Topology, diagram: g.Diagram, options: LabelOptions | None = None,
                 obstacles: Obstacles | None = None) -> Placement:
    """Every label's place and size at ``options.scale`` (see the module's docstring);
    ``obstacles`` are ``Obstacles(topology, diagram)`` for callers that keep them."""
    return _Placer(topology, diagram, options or LabelOptions(), obstacles).run()


# -- checking a placement -----------------------------------------------------------------------

@dataclass(frozen=True)
class Overlaps:
    label_label: int
    label_icon: int
    label_path: int

    @property
    def total(self) -> int:
        return self.label_label + self.label_icon + self.label_path


def count_overlaps(labels: Sequence[g.Box], icons: Sequence[g.Box], flow: FlowMarks,
                   path_half_width: float = PATH_HALF_WIDTH) -> Overlaps:
    """Pairs of label rectangles that overlap, labels over an icon, and labels the flow's line,
    arrows or badges cross: counted afresh from the rectangles (a grid, then exact tests)."""
    cell = 512.0
    grid: dict[tuple[int, int], list[int]] = {}

    def span(b: g.Box) -> Iterator[tuple[int, int]]:
        for i in range(math.floor(b.x / cell), math.floor(b.right / cell) + 1):
            for j in range(math.floor(b.y / cell), math.floor(b.bottom / cell) + 1):
                yield (i, j)

    for n, box in enumerate(labels):
        for key in span(box):
            grid.setdefault(key, []).append(n)

    def near(b: g.Box) -> set[int]:
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
        seg = g.Box(min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))
        for m in near(seg.grown(path_half_width, path_half_width, path_half_width,
                                path_half_width)):
            grown = labels[m].grown(*(path_half_width,) * 4)
            if segment_hits_box(a, b, grown):
                on_path += 1
    on_path += sum(1 for mark in flow.marks for m in near(mark) if labels[m].intersects(mark))
    return Overlaps(pairs, on_icons, on_path)


def fit_scale(diagram: g.Diagram, width: float, height: float, margin: float = 40.0) -> float:
    """The zoom at which the whole diagram fills a ``width`` × ``height`` view (as the canvas's
    fit: a margin around it, never more than 150 %)."""
    bounds = diagram.bounds()
    if bounds is None or bounds.w <= 0 or bounds.h <= 0:
        return 1.0
    return min(1.5, (width - 2 * margin) / bounds.w, (height - 2 * margin) / bounds.h)
