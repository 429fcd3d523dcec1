"""The diagram as an SVG file, written straight from the canvas geometry (no Qt).

The canvas items paint from ``desktop_app.diagram.geometry``; this writer draws the same
shapes from the same geometry, in the same order (zones, host and node boxes, links, zone
titles, networks, tunnels, devices, pods), with the theme's colours
(``desktop_app.diagram.theme_colours``) and the icons of ``resources/icons``, each embedded once as
a ``<symbol>`` and placed with ``<use>``. Labels are ``<text>``, so they stay searchable and
sharp. A traced flow can be drawn on top (its path and a numbered badge per hop), and an area
of the picture chosen with the ``viewBox``.

Every piece of user text goes through ``_text`` (XML-escaped, characters XML cannot hold
replaced), so a label such as ``<script>`` stays text; the tests prove it with ``check_svg``.
Strings are joined by hand rather than through ElementTree, and each device, pod and link
label is a group placed with one ``translate`` around fixed offsets: formatting numbers is
most of the work, and a 1,000-device diagram is written in a few milliseconds.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.parsers import expat

from desktop_app.diagram import geometry as g
from desktop_app.diagram.auto_layout import complete_diagram
from desktop_app.diagram.canvas_words import (
    Translate,
    container_subtitle,
    english,
    network_details,
    tunnel_label,
)
from desktop_app.diagram.flow_path import flow_path
from desktop_app.diagram.overlay import BADGE, arrow_points, badge_box, badge_positions, whole_area
from desktop_app.diagram.text_metrics import Font, wrap_two_lines
from desktop_app.diagram.theme_colours import (
    CLOUD_ALPHA,
    FLOW_DROP,
    FLOW_PATH,
    LIGHT,
    LINK_ALPHA,
    Theme,
    blend,
    darker,
    kind_colour,
    lighter,
)
from desktop_app.engine.trace import Trace
from desktop_app.model import topology as t
from desktop_app.model.safe_text import xml_safe
from desktop_app.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"
# DejaVu Sans is the canvas's font; Verdana has nearly its widths where DejaVu is missing.
FONT_FAMILY = ("'DejaVu Sans', Verdana, 'Noto Sans', 'Noto Sans CJK SC', 'Helvetica Neue', "
               "Arial, sans-serif")
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

# The canvas fonts (desktop_app/ui/canvas/style.py): pixel sizes and weights.
LABEL = Font(11)
SMALL = Font(10)
TITLE = Font(12, bold=True)
ZONE = Font(13, bold=True)
BADGE_FONT = Font(12, bold=True)

# Label boxes are this much wider than the canvas makes them: browsers draw the font a pixel
# wider here and there than Qt measures it, and a label must not run out of its box.
SLACK = 1.0

# Sizes the canvas items draw with (desktop_app/ui/canvas/items.py, network_items.py).
DEVICE_ICON = 36.0
POD_ICON = 18.0
CLOUD_ICON = 32.0


class SvgError(ValueError):
    """The SVG cannot be made (a sentence for the user)."""


@dataclass(frozen=True)
class SvgOptions:
    """What to draw: an area of the picture (scene units), a flow to highlight, a theme."""

    area: g.Box | None = None  # None: the whole topology
    transparent: bool = False
    trace: Trace | None = None
    hop_numbers: bool = True
    title: str = ""
    theme: Theme = LIGHT
    link_labels: bool = True
    # The few words the canvas adds to the file's labels, in the reader's language (the GUI
    # passes Qt's translator; the canvas uses the same contexts and source words).
    translate: Translate = english


def svg_bytes(topology: t.Topology, options: SvgOptions | None = None,
              positions: Mapping[str, Sequence[float]] | None = None) -> bytes:
    """The SVG file of ``topology`` at ``positions`` (default: its layout, completed)."""
    if positions is None:
        _, diagram = complete_diagram(topology)
    else:
        diagram = g.compute(topology, positions)
    return render(topology, diagram, options)


def render(topology: t.Topology, diagram: g.Diagram, options: SvgOptions | None = None) -> bytes:
    """The SVG file of an already computed diagram of ``topology``."""
    options = options or SvgOptions()
    area = options.area or whole_area(diagram)
    if not all(math.isfinite(v) for v in area):
        raise SvgError("the diagram has positions that are not finite numbers")
    if not (area.w > 0 and area.h > 0):
        raise SvgError("the area to draw is empty")
    # No parse of the result here: every piece of user text is escaped as it is written, and
    # the tests parse what comes out for hostile and arbitrary labels (check_svg).
    return _Writer(topology, diagram, options, area).write().encode("utf-8")


# -- text and icons --------------------------------------------------------------------------

def _text(value: str) -> str:
    """User text as XML character data or attribute value (never markup)."""
    if value.isprintable():
        if not ("&" in value or "<" in value or ">" in value or '"' in value):
            return value  # most labels: nothing to escape
    else:  # rare: tabs, line breaks, control characters
        value = xml_safe(value.replace("\t", " ").replace("\r\n", " ")
                             .replace("\n", " ").replace("\r", " "))
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


@lru_cache(maxsize=1)
def _icon_names() -> frozenset[str]:
    return frozenset(p.stem for p in ICON_DIR.glob("*.svg"))


@lru_cache(maxsize=64)
def icon_symbol(name: str) -> str | None:
    """``resources/icons/<name>.svg`` as a ``<symbol id="icon-<name>">`` (None if none)."""
    if name not in _icon_names():  # a kind is user text: never a path
        return None
    try:
        root = ET.parse(ICON_DIR / f"{name}.svg").getroot()
    except (OSError, ET.ParseError):
        return None
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
        el.tail = None  # the file's indentation
        if el.text is not None and not el.text.strip():
            el.text = None
    view_box = root.get("viewBox") or f"0 0 {root.get('width', '48')} {root.get('height', '48')}"
    body = "".join(ET.tostring(child, encoding="unicode").strip() for child in root)
    return f'<symbol id="icon-{name}" viewBox="{_text(view_box)}">{body}</symbol>'


_ACTIVE = re.compile(rb"<\s*(?:[\w.-]+:)?(?:script|foreignObject)\b|<[^>]*\son[\w.-]*\s*=",
                     re.IGNORECASE)


def check_svg(data: bytes) -> None:
    """Well-formed XML with no script, foreign object or event handler, or SvgError."""
    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:  # would be a bug here; never write a broken file
        raise SvgError(f"the SVG is not well-formed XML ({exc})") from exc
    # Text can hold no "<" (it is escaped) and attribute values no ">", so every "<" opens
    # a tag and every tag ends at the next ">".
    if _ACTIVE.search(data):
        raise SvgError("the SVG contains active content")  # never expected


# -- the writer --------------------------------------------------------------------------------

class _Numbers(dict[float, str]):
    """Numbers as the file writes them, each formatted once: coordinates repeat (a row of
    devices shares its y, the links onto a bar their end), and formatting is the writer's
    main cost."""

    def __missing__(self, value: float) -> str:
        text = self[value] = f"{value:g}"
        return text


class _Writer:
    """One SVG document, layer by layer from the back."""

    def __init__(self, topology: t.Topology, diagram: g.Diagram, options: SvgOptions,
                 area: g.Box):
        self.top = topology
        self.d = diagram
        self.o = options
        self.th = options.theme
        self.area = area
        self.out: list[str] = []
        self.icons: list[str] = []  # icon names used, in first-use order
        self.num = _Numbers()
        # Drawing only what the area shows keeps a close-up of a big topology small.
        self.clip = None if options.area is None else area.grown(200, 200, 200, 200)

    def _seen(self, box: g.Box) -> bool:
        return self.clip is None or self.clip.intersects(box)

    def _icon(self, name: str) -> str | None:
        if name not in self.icons:
            if icon_symbol(name) is None:
                return None
            self.icons.append(name)
        return f"#icon-{name}"

    def write(self) -> str:
        th, area, o = self.th, self.area, self.o
        w, h = math.ceil(area.w), math.ceil(area.h)
        body = self.out
        if not o.transparent:
            body.append(f'<rect x="{area.x:g}" y="{area.y:g}" width="{w}" height="{h}" '
                        f'fill="{th.scene_background}"/>')
        self._zones()
        self._containers()
        self._links()
        self._zone_titles()
        self._networks()
        self._tunnels()
        self._devices()
        self._pods()
        if o.trace is not None and o.trace.hops:
            self._flow(o.trace)
        symbols = "".join(icon_symbol(name) or "" for name in self.icons)
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}" version="1.1" '
            f'width="{w}px" height="{h}px" viewBox="{area.x:g} {area.y:g} {w} {h}" '
            f'font-family="{FONT_FAMILY}">\n'
            f'<title>{_text(o.title or "hybridviz diagram")}</title>\n'
            '<desc>Drawn by hybridviz</desc>\n'
            f"<defs>{symbols}</defs>\n"
        )
        return head + "\n".join(body) + "\n</svg>\n"

    # -- zones ---------------------------------------------------------------------------------
    def _zone_order(self) -> list[tuple[t.Zone, g.Box, int]]:
        d = self.d
        zones = [(z, d.zones[z.id], d.zone_depth.get(z.id, 0)) for z in self.top.zones
                 if z.id in d.zones]
        zones.sort(key=lambda x: x[2])  # stable: file order within a depth, as the scene stacks
        return [z for z in zones if self._seen(z[1])]

    def _zones(self) -> None:
        th, a = self.th, self.out.append
        a(f'<g class="zones" stroke="{th.zone_border}" stroke-width="1.2">')
        for _zone, box, depth in self._zone_order():
            dash = ' stroke-dasharray="4.8 2.4"' if depth else ""
            a(f'<rect x="{box.x + 0.5:g}" y="{box.y + 0.5:g}" width="{box.w - 1:g}" '
              f'height="{box.h - 1:g}" rx="14" fill="{th.zone_fill(depth)}"{dash}/>')
        a("</g>")

    def _zone_titles(self) -> None:
        th, a = self.th, self.out.append
        backs: list[str] = []
        texts: list[str] = []
        for zone, box, depth in self._zone_order():
            title = zone.display_label
            adv = ZONE.width(title)
            room = min(box.w - 12, 3 * min(box.w - 12, adv + 16))  # the canvas title item
            width = min(room - 4, adv + 10)
            bx, by, bh = box.x + 8, box.y + 5, ZONE.height + 3
            if depth > 0:  # nested zones cross other boxes: the title gets a backing
                backs.append(f'<rect x="{bx:g}" y="{by:g}" width="{width:g}" height="{bh:g}" '
                             f'rx="5" fill="{th.zone_fill(depth)}"/>')
            text = ZONE.elide(title, width - 8)
            base = by + (bh - ZONE.height) / 2 + ZONE.ascent
            texts.append(f'<text x="{bx + 4:g}" y="{base:.2f}">{_text(text)}</text>')
        a(f'<g class="zone-titles">{"".join(backs)}'
          f'<g font-size="13" font-weight="bold" fill="{th.zone_text}">{"".join(texts)}</g></g>')

    # -- ESXi hosts and Kubernetes nodes ------------------------------------------------------
    def _containers(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        hosts: list[t.Device] = []
        nodes: list[t.Device] = []
        for dev in self.top.devices:
            if dev.kind in g.CONTAINER_KINDS and dev.id in d.glyphs and self._seen(d.boxes[dev.id]):
                (hosts if dev.kind == "esxi-host" else nodes).append(dev)
        a('<g class="containers">')
        for devs, host in ((hosts, True), (nodes, False)):
            if not devs:
                continue
            if host:
                paint = f'rx="10" fill="none" stroke="{th.host_border}" stroke-width="1.4"'
            else:
                paint = f'rx="7" fill="{th.node_fill}" stroke="{th.node_border}" stroke-width="1.4"'
            size = 26.0 if host else 24.0
            font = TITLE if host else LABEL
            weight = ' font-weight="bold"' if font.bold else ""
            left = 4 + size + 6  # the title's left, after the icon
            # The title row (icon, title, subtitle) is drawn from the row's corner; its
            # pieces sit at the same offsets in every row of a kind.
            rows: dict[tuple[str, float, float], tuple[str, str, float]] = {}
            tr_ = self.o.translate
            num = self.num
            parts = []
            for dev in devs:
                box, tr = d.boxes[dev.id], d.glyphs[dev.id]
                parts.append(f'<rect x="{num[box.x + 1]}" y="{num[box.y + 1]}" '
                             f'width="{num[box.w - 2]}" height="{num[box.h - 2]}" {paint}/>')
                row = rows.get((dev.kind, tr.w, tr.h))
                if row is None:
                    href = self._icon(dev.kind)
                    icon = (f'<use class="device-icon" xlink:href="{href}" x="4" '
                            f'y="{tr.h / 2 - size / 2:g}" width="{size:g}" height="{size:g}"/>'
                            if href else "")
                    title = (f'{icon}<text x="{left:g}" y="{1 + font.ascent:.2f}" '
                             f'font-size="{font.size:g}"{weight}>')
                    sub = (f'</text><text x="{left:g}" y="{1 + font.height + SMALL.ascent:.2f}" '
                           f'font-size="10" fill="{th.muted_text}">')
                    row = rows[(dev.kind, tr.w, tr.h)] = (title, sub, tr.w - left - 2)
                title, sub, width = row
                parts.append(
                    f'<g transform="translate({num[tr.x]} {num[tr.y]})">{title}'
                    f'{_text(font.elide(dev.display_label, width))}{sub}'
                    f'{_text(SMALL.elide(container_subtitle(dev, tr_), width))}</text></g>')
            a(f'<g fill="{th.label_text}">{"".join(parts)}</g>')
        a("</g>")

    # -- links -------------------------------------------------------------------------------
    def _links(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        kinds = {n.id: n.kind for n in self.top.networks}
        lines: dict[str, list[str]] = {}
        dots: dict[str, list[str]] = {}
        labels: list[str] = []
        show_labels = self.o.link_labels
        line_h = SMALL.height
        name_y, ip_y = 1 + SMALL.ascent, 1 + SMALL.ascent + line_h
        back = f'rx="3" fill="{th.label_background}"'
        muted = th.muted_text
        width = SMALL.width
        # Where a label sits from its link's device end, for the common case (a link up or
        # down with its label on the right): the same for every link of a kind.
        places: dict[tuple[str, int, bool], tuple[str, str, str]] = {}
        clip, num = self.clip, self.num
        for link in d.links:
            (x0, y0), (x1, y1) = link.points[0], link.points[-1]
            if clip is not None and not clip.intersects(
                    g.Box(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))):
                continue
            kind = kinds.get(link.network, "vlan")
            sx, sy, ex, ey = num[x0], num[y0], num[x1], num[y1]
            if kind not in lines:
                lines[kind], dots[kind] = [], []
            lines[kind].append(f"M{sx} {sy}L{ex} {ey}")
            dots[kind].append(f'<circle cx="{ex}" cy="{ey}" r="3.2"/>')
            if not show_labels:
                continue
            # The label: a white box with the interface's name and address, as the canvas
            # places it (network_items.LinkItem._label_rect).
            ip = link.ip
            w = max(width(link.name), width(ip) if ip else 0.0) + 6 + SLACK
            h = line_h * (2 if ip else 1) + 2
            side = link.side
            if (side == "top" or side == "bottom") and link.label_side == "right":
                key = (side, link.label_step, bool(ip))
                place = places.get(key)
                if place is None:
                    step = link.label_step * (h + 2)
                    dy = 6 + step if side == "bottom" else -6 - h - step
                    place = places[key] = (
                        f'<rect x="3" y="{dy:g}" height="{h:g}" {back} width="',
                        f'<text x="6" y="{dy + name_y:.2f}">',
                        f'<text x="6" y="{dy + ip_y:.2f}" fill="{muted}">')
                rect, name_tag, ip_tag = place
                origin = f"{sx} {sy}"
            else:
                if side == "top" or side == "bottom":
                    step = link.label_step * (h + 2)
                    lx = x0 - w - 3
                    ly = y0 + (6 + step if side == "bottom" else -6 - h - step)
                else:
                    length = math.hypot(x1 - x0, y1 - y0) or 1.0
                    ux, uy = (x1 - x0) / length, (y1 - y0) / length
                    px, py = x0 + ux * 10, y0 + uy * 10
                    lx, ly = (px if ux >= 0 else px - w), py - h - 2
                rect = f'<rect height="{h:g}" {back} width="'
                name_tag = f'<text x="3" y="{name_y:.2f}">'
                ip_tag = f'<text x="3" y="{ip_y:.2f}" fill="{muted}">'
                origin = f"{lx:g} {ly:g}"
            address = f"{ip_tag}{_text(ip)}</text>" if ip else ""
            labels.append(f'<g transform="translate({origin})">{rect}{num[w]}"/>{name_tag}'
                          f"{_text(link.name)}</text>{address}</g>")
        a('<g class="links">')
        for kind, segments in lines.items():
            colour = blend(th.network_colour(kind), LINK_ALPHA, th.scene_background)
            a(f'<path d="{"".join(segments)}" fill="none" stroke="{colour}" stroke-width="1.8"/>')
            a(f'<g fill="{colour}">{"".join(dots[kind])}</g>')
        if labels:
            a(f'<g class="link-labels" font-size="10" fill="{th.label_text}">{"".join(labels)}</g>')
        a("</g>")

    # -- networks ----------------------------------------------------------------------------
    def _networks(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        bars: list[str] = []
        stripes: list[str] = []
        backs: list[str] = []
        titles: list[str] = []
        details: list[str] = []
        clouds: list[str] = []
        for n in self.top.networks:
            shape = d.networks.get(n.id)
            if shape is None or not self._seen(shape.label_box):
                continue
            colour = th.network_colour(n.kind)
            box = shape.box
            if shape.orientation == "cloud":
                clouds.append(self._cloud(n, box, colour))
                continue
            radius = min(box.w, box.h) / 2
            bars.append(f'<rect x="{box.x:g}" y="{box.y:g}" width="{box.w:g}" height="{box.h:g}" '
                        f'rx="{radius:g}" fill="{colour}"/>')
            if n.kind == "wan":  # a routed link: a striped bar
                if shape.orientation == "h":
                    stripes.append(f"M{box.x + 4:g} {box.cy:g}H{box.right - 4:g}")
                else:
                    stripes.append(f"M{box.cx:g} {box.y + 4:g}V{box.bottom - 4:g}")
            title, detail = n.display_label, network_details(n, self.o.translate)
            w = max(LABEL.width(title), SMALL.width(detail)) + 8 + SLACK
            if shape.orientation == "v":
                lx, ly, lh = box.cx - w / 2, box.y - g.BAR_LABEL - 4, g.BAR_LABEL
                tx, anchor = lx + w / 2, ' text-anchor="middle"'
            else:
                lx, ly, lh = box.x + 2, box.y - g.BAR_LABEL + 1, g.BAR_LABEL - 3
                tx, anchor = lx + 4, ""
            backs.append(f'<rect x="{lx:g}" y="{ly:g}" width="{w:g}" height="{lh:g}" rx="4"/>')
            ink = lighter(colour, 115) if th.dark else darker(colour, 135)
            titles.append(f'<text x="{tx:g}" y="{ly + LABEL.ascent:.2f}" fill="{ink}"{anchor}>'
                          f"{_text(title)}</text>")
            details.append(f'<text x="{tx:g}" y="{ly + LABEL.height - 1 + SMALL.ascent:.2f}"'
                           f"{anchor}>{_text(detail)}</text>")
        a('<g class="networks">')
        a("".join(clouds))
        a("".join(bars))
        if stripes:
            a(f'<path d="{"".join(stripes)}" fill="none" stroke="{th.scene_background}" '
              'stroke-width="2" stroke-dasharray="6 6"/>')
        a(f'<g fill="{th.label_background}">{"".join(backs)}</g>')
        a(f'<g font-size="11">{"".join(titles)}</g>')
        a(f'<g font-size="10" fill="{th.muted_text}">{"".join(details)}</g>')
        a("</g>")

    def _cloud(self, network: t.Network, box: g.Box, colour: str) -> str:
        """The internet: a flat base and four puffs, one outline round them all."""
        th = self.th
        w, h = box.w, box.h
        r = 0.19 * h
        parts = [f'<rect x="{box.x + 0.10 * w:g}" y="{box.y + 0.52 * h:g}" width="{0.80 * w:g}" '
                 f'height="{0.38 * h:g}" rx="{r:g}"/>']
        for fx, fy, fr in ((0.24, 0.60, 0.20), (0.42, 0.42, 0.27), (0.64, 0.40, 0.23),
                           (0.80, 0.62, 0.17)):
            parts.append(f'<ellipse cx="{box.x + fx * w:g}" cy="{box.y + fy * h:g}" '
                         f'rx="{fr * w:g}" ry="{fr * w * 0.72:g}"/>')
        shapes = "".join(parts)
        fill = blend(colour, CLOUD_ALPHA[th.dark], th.scene_background)
        # Stroke every part twice as wide, then fill them all on top: what remains of the
        # strokes is the outline of their union (the canvas unites the paths).
        out = [f'<g class="cloud"><g fill="none" stroke="{colour}" stroke-width="3.6">{shapes}</g>'
               f'<g fill="{fill}">{shapes}</g>']
        href = self._icon("internet")
        cx, cy = box.cx, box.cy
        if href:
            out.append(f'<use xlink:href="{href}" x="{cx - 16:g}" y="{cy - 22:g}" '
                       f'width="{CLOUD_ICON:g}" height="{CLOUD_ICON:g}"/>')
        out.append(f'<text x="{cx:g}" y="{cy + 12 + TITLE.ascent:.2f}" text-anchor="middle" '
                   f'font-size="12" font-weight="bold" fill="{th.label_text}">'
                   f"{_text(network.display_label)}</text></g>")
        return "".join(out)

    # -- tunnels -----------------------------------------------------------------------------
    def _tunnels(self) -> None:
        th, a = self.th, self.out.append
        if not self.d.tunnels:
            return
        a(f'<g class="tunnels" stroke="{th.tunnel}">')
        for tunnel in self.d.tunnels:
            (x0, y0), (x1, y1) = tunnel.start, tunnel.end
            (cx, cy), (mx, my) = g.tunnel_curve(tunnel)
            label = tunnel_label(tunnel.kind, self.o.translate)
            w = SMALL.width(label) + 10
            a(f'<path d="M{x0:g} {y0:g}Q{cx:g} {cy:g} {x1:g} {y1:g}" fill="none" '
              'stroke-width="2.2" stroke-dasharray="13.2 8.8" stroke-linecap="round"/>')
            a(f'<rect x="{mx - w / 2:g}" y="{my - 9:g}" width="{w:g}" height="18" rx="9" '
              f'fill="{th.label_background}" stroke-width="1"/>')
            a(f'<text x="{mx:g}" y="{my - SMALL.height / 2 + SMALL.ascent:.2f}" '
              f'text-anchor="middle" font-size="10" fill="{th.tunnel}" stroke="none">'
              f"{_text(label)}</text>")
        a("</g>")

    # -- devices and pods --------------------------------------------------------------------
    def _devices(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        parts: list[str] = []
        top = 2 + DEVICE_ICON + 3 + LABEL.ascent  # the first line's baseline, under the icon
        first, second = f"{top:.2f}", f"{top + LABEL.height:.2f}"
        icons: dict[str, str] = {}
        glyphs, clip, num = d.glyphs, self.clip, self.num
        label_width = LABEL.width
        for dev in self.top.devices:
            kind = dev.kind
            if kind in g.CONTAINER_KINDS or kind == "pod":
                continue
            glyph = glyphs.get(dev.id)
            if glyph is None or (clip is not None and not clip.intersects(glyph)):
                continue
            icon = icons.get(kind)
            if icon is None:
                href = self._icon(kind)
                icon = icons[kind] = (f'<use class="device-icon" xlink:href="{href}" x="-18" y="2" '
                                      'width="36" height="36"/>' if href else "")
            # A device's icon and label, placed from the top middle of its glyph.
            label = dev.display_label
            if label_width(label) <= glyph.w - 4:
                text = f'<text y="{first}">{_text(label)}</text>'
            else:
                lines = wrap_two_lines(label, LABEL, glyph.w - 4)
                text = f'<text y="{first}">{_text(lines[0])}</text>'
                if len(lines) > 1:
                    text += f'<text y="{second}">{_text(lines[1])}</text>'
            parts.append(f'<g transform="translate({num[glyph.x + glyph.w / 2]} {num[glyph.y]})">'
                         f"{icon}{text}</g>")
        a(f'<g class="devices" font-size="11" text-anchor="middle" fill="{th.label_text}">'
          f'{"".join(parts)}</g>')

    def _pods(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        parts: list[str] = []
        shapes: dict[tuple[float, float], tuple[str, float]] = {}
        num = self.num
        for dev in self.top.devices:
            if dev.kind != "pod":
                continue
            glyph = d.glyphs.get(dev.id)
            if glyph is None or not self._seen(glyph):
                continue
            # A pill with the pod icon and the label, placed from the pill's corner.
            w, h = glyph.w - 2, glyph.h - 2
            shape = shapes.get((w, h))
            if shape is None:
                href = self._icon("pod")
                icon = (f'<use class="device-icon" xlink:href="{href}" x="4" '
                        f'y="{h / 2 - POD_ICON / 2:g}" width="18" height="18"/>' if href else "")
                pill = (f'<rect width="{w:g}" height="{h:g}" rx="{h / 2:g}" fill="{th.base}" '
                        f'stroke="{kind_colour("pod")}" stroke-width="1.2"/>{icon}'
                        f'<text x="{4 + POD_ICON + 4:g}" '
                        f'y="{(h - SMALL.height) / 2 + SMALL.ascent:.2f}">')
                shape = shapes[(w, h)] = (pill, w - 4 - POD_ICON - 10)
            pill, room = shape
            parts.append(f'<g transform="translate({num[glyph.x + 1]} {num[glyph.y + 1]})">{pill}'
                         f"{_text(SMALL.elide(dev.display_label, room))}</text></g>")
        if parts:
            a(f'<g class="pods" font-size="10" fill="{th.label_text}">{"".join(parts)}</g>')

    # -- a traced flow -------------------------------------------------------------------------
    def _flow(self, trace: Trace) -> None:
        a = self.out.append
        path = flow_path(self.d, trace)
        points = path.points()
        d = "M" + "L".join(f"{x:g} {y:g}" for x, y in points)
        a('<g class="flow" fill="none" stroke-linecap="round" stroke-linejoin="round">'
          f'<path d="{d}" stroke="#FFFFFF" stroke-opacity="0.667" stroke-width="9"/>'
          f'<path d="{d}" stroke="{FLOW_PATH}" stroke-width="5"/></g>')
        arrows = []
        for leg in path.legs:
            if leg.length > 40:
                tri = arrow_points(leg.point_at(0.5 - 6 / leg.length),
                                   leg.point_at(0.5 + 6 / leg.length))
                if tri:
                    arrows.append('<polygon points="'
                                  + " ".join(f"{x:g},{y:g}" for x, y in tri) + '"/>')
        a(f'<g class="flow-arrows" fill="{darker(FLOW_PATH, 130)}">{"".join(arrows)}</g>')
        if not self.o.hop_numbers:
            return
        last = trace.hops[-1].index
        badges = []
        for hop, (x, y) in badge_positions(self.d, trace, path):
            fill = FLOW_DROP if hop.index == last and not trace.delivered else FLOW_PATH
            text = str(hop.index)
            box = badge_box(x, y, text)
            base = y - BADGE_FONT.height / 2 + BADGE_FONT.ascent
            badges.append(f'<rect x="{box.x:g}" y="{box.y:g}" width="{box.w:g}" '
                          f'height="{box.h:g}" rx="{BADGE / 2:g}" fill="{fill}"/>'
                          f'<text x="{x:g}" y="{base:.2f}" stroke="none">{text}</text>')
        a('<g class="hop-badges" stroke="#FFFFFF" stroke-width="2" font-size="12" '
          f'font-weight="bold" text-anchor="middle" fill="#FFFFFF">{"".join(badges)}</g>')
