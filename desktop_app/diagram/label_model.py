"""The labels' data: what a placed label is, what placement is asked for, and the sizes and
zoom thresholds of the levels of detail (no Qt). See ``labels.py``."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from desktop_app.diagram import geometry
from desktop_app.diagram.canvas_words import Translate, english
from desktop_app.diagram.text_metrics import Font

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
ZONE_SHRUNK = 10.5  # (zone titles: this many)
LEADER_GAP = 10.0  # on-screen pixels between a name and its icon beyond which a leader joins them
EDGE = 18.0  # labels stay this far inside the area an export draws (its margin is 24)

DEVICE_ICON = geometry.ICON
POD_ICON = 18.0
CLOUD_ICON = 32.0


LINE = 1.16405  # text_metrics' line height, in ems (DejaVu Sans)
CJK_LINE = 1.45  # a line with Chinese: the CJK face's ascent and descent are taller
CJK_ASCENT = 1.16


def _has_wide(text: str) -> bool:
    return any(ord(c) >= 0x2E80 and unicodedata.east_asian_width(c) in ("W", "F") for c in text)


def line_height(text: str) -> float:
    """A label line's height in ems: taller when it holds Chinese (drawn in the CJK face)."""
    return CJK_LINE if _has_wide(text) else LINE


def line_ascent(text: str) -> float:
    """From a line's top to its baseline, in ems."""
    return CJK_ASCENT if _has_wide(text) else 0.92822


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
    box: geometry.Box
    lines: tuple[Line, ...]
    grow: float = 1.0
    align: str = "left"  # left or center
    backing: bool = True  # drawn on a label-coloured rounded rectangle
    # A thin line from the label to the icon it names, when it had to sit farther off
    # (from the label's edge to the icon's).
    leader: tuple[Point, Point] | None = None

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
            top += size * line_height(line.text)
        return out


@dataclass(frozen=True)
class FlowMarks:
    """What a drawn flow puts on the picture: its polyline, arrowheads and hop badges."""

    points: tuple[Point, ...] = ()
    marks: tuple[geometry.Box, ...] = ()  # arrowheads and badges

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
    # More room around the diagram, when there is more to see: the area a view fitted to a
    # diagram narrower (or flatter) than itself shows on either side.
    room: geometry.Box | None = None
    # Only labels of what lies in this rectangle, kept inside it (a big diagram's canvas
    # places what its view shows); None: the whole diagram.
    region: geometry.Box | None = None
    # Only the labels placed first (path names and zone titles): a far view of a big
    # diagram, where the overview picture stands for the rest.
    first_only: bool = False
    # A line more under some labels (a collapsed box: how much it holds), by model id.
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Placement:
    """Every label drawn at one zoom, and what they were kept off."""

    scale: float
    labels: dict[str, Label] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # keys with no free place at this zoom
    flow: FlowMarks = FlowMarks()
    # The icons (box, owner), made when first asked for: the canvas never asks.
    icon_source: Callable[[], list[tuple[geometry.Box, str]]] | None = None

    def label(self, key: str) -> Label | None:
        return self.labels.get(key)

    @property
    def icons(self) -> list[tuple[geometry.Box, str]]:
        return self.icon_source() if self.icon_source is not None else []


_FONTS: dict[tuple[float, bool], Font] = {}


def font(role: str, sizes: dict[str, float] | None = None) -> Font:
    size, bold = ROLES[role]
    if sizes and role in sizes:
        size = sizes[role]
    f = _FONTS.get((size, bold))
    if f is None:
        f = _FONTS[(size, bold)] = Font(size, bold)
    return f
