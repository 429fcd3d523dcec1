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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.diagram import geometry
from desktop_app.diagram import labels as lb
from desktop_app.diagram.auto_layout import complete_diagram
from desktop_app.diagram.canvas_words import (
    Translate,
    english,
)
from desktop_app.diagram.collapse import collapsed_view, shut_notes
from desktop_app.diagram.flow_path import flow_path
from desktop_app.diagram.overlay import BADGE, arrow_points, badge_box, badge_positions, whole_area
from desktop_app.diagram.text_metrics import Font
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
from desktop_app.export.svg_text import ICON_DIR, SvgError, _text, check_svg, icon_symbol
from desktop_app.model.topology import Device, Network, Topology, Zone

__all__ = ["ICON_DIR", "SvgError", "check_svg", "icon_symbol"]

# DejaVu Sans is the canvas's font; Verdana has nearly its widths where DejaVu is missing.
FONT_FAMILY = ("'DejaVu Sans', Verdana, 'Noto Sans', 'Noto Sans CJK SC', 'Helvetica Neue', "
               "Arial, sans-serif")
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

BADGE_FONT = Font(12, bold=True)  # the hop numbers' (the canvas's labels: diagram/labels.py)

# Sizes the canvas items draw with (desktop_app/ui/canvas/items.py, network_items.py).
POD_ICON = 18.0
CLOUD_ICON = 32.0


@dataclass(frozen=True)
class SvgOptions:
    """What to draw: an area of the picture (scene units), a flow to highlight, a theme."""

    area: geometry.Box | None = None  # None: the whole topology
    transparent: bool = False
    trace: Trace | None = None
    hop_numbers: bool = True
    title: str = ""
    theme: Theme = LIGHT
    link_labels: bool = True
    # The few words the canvas adds to the file's labels, in the reader's language (the GUI
    # passes Qt's translator; the canvas uses the same contexts and source words).
    translate: Translate = english


def svg_bytes(topology: Topology, options: SvgOptions | None = None,
              positions: Mapping[str, Sequence[float]] | None = None) -> bytes:
    """The SVG file of ``topology`` at ``positions`` (default: its layout, completed)."""
    if positions is None:
        _, diagram = complete_diagram(topology)
    else:
        diagram = geometry.compute(topology, positions)
    drawn, _ = collapsed_view(topology, diagram)  # as the window draws it: collapsed boxes shut
    return render(topology, drawn, options)


def render(topology: Topology, diagram: geometry.Diagram, options: SvgOptions | None = None) -> bytes:
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


def label_placement(topology: Topology, diagram: geometry.Diagram, options: SvgOptions
                    ) -> lb.Placement:
    """Where the SVG of ``options`` draws its labels: at 100 %, clear of its flow's marks."""
    ids, marks = (lb.flow_obstacles(diagram, options.trace, options.hop_numbers)
                  if options.trace is not None else (frozenset(), lb.FlowMarks()))
    return lb.place_labels(topology, diagram, lb.LabelOptions(
        scale=1.0, path_devices=ids, flow=marks, link_labels=options.link_labels,
        translate=options.translate, region=options.area, notes=shut_notes(topology, options.translate)))


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

    def __init__(self, topology: Topology, diagram: geometry.Diagram, options: SvgOptions,
                 area: geometry.Box):
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
        self.sizes = {"link": lb.ROLES["link"][0]}
        self.placement = label_placement(topology, diagram, options)

    def _seen(self, box: geometry.Box) -> bool:
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
        self._networks()
        self._tunnels()
        self._devices()
        self._pods()
        if o.trace is not None and o.trace.hops:
            self._flow(o.trace)
        self._labels()
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
    def _zone_order(self) -> list[tuple[Zone, geometry.Box, int]]:
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

    # -- ESXi hosts and Kubernetes nodes ------------------------------------------------------
    def _containers(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        hosts: list[Device] = []
        nodes: list[Device] = []
        for dev in self.top.devices:
            if dev.kind in geometry.CONTAINER_KINDS and dev.id in d.glyphs and self._seen(d.boxes[dev.id]):
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
            # The title row's icon is drawn from the row's corner, at the same offset in
            # every row of a kind (the title is a label: see _labels).
            rows: dict[tuple[str, float, float], str] = {}
            num = self.num
            parts = []
            for dev in devs:
                box, tr = d.boxes[dev.id], d.glyphs[dev.id]
                parts.append(f'<rect x="{num[box.x + 1]}" y="{num[box.y + 1]}" '
                             f'width="{num[box.w - 2]}" height="{num[box.h - 2]}" {paint}/>')
                icon = rows.get((dev.kind, tr.w, tr.h))
                if icon is None:
                    href = self._icon(dev.kind)
                    icon = rows[(dev.kind, tr.w, tr.h)] = (
                        f'<use class="device-icon" xlink:href="{href}" x="4" '
                        f'y="{tr.h / 2 - size / 2:g}" width="{size:g}" height="{size:g}"/>'
                        if href else "")
                parts.append(f'<g transform="translate({num[tr.x]} {num[tr.y]})">{icon}</g>')
            a(f'<g fill="{th.label_text}">{"".join(parts)}</g>')
        a("</g>")

    # -- links -------------------------------------------------------------------------------
    def _links(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        kinds = {n.id: n.kind for n in self.top.networks}
        lines: dict[str, list[str]] = {}
        dots: dict[str, list[str]] = {}
        clip, num = self.clip, self.num
        for link in d.links:
            (x0, y0), (x1, y1) = link.points[0], link.points[-1]
            if clip is not None and not clip.intersects(
                    geometry.Box(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))):
                continue
            kind = kinds.get(link.network, "vlan")
            sx, sy, ex, ey = num[x0], num[y0], num[x1], num[y1]
            if kind not in lines:
                lines[kind], dots[kind] = [], []
            lines[kind].append(f"M{sx} {sy}L{ex} {ey}")
            dots[kind].append(f'<circle cx="{ex}" cy="{ey}" r="3.2"/>')
        a('<g class="links">')
        for kind, segments in lines.items():
            colour = blend(th.network_colour(kind), LINK_ALPHA, th.scene_background)
            a(f'<path d="{"".join(segments)}" fill="none" stroke="{colour}" stroke-width="1.8"/>')
            a(f'<g fill="{colour}">{"".join(dots[kind])}</g>')
        a("</g>")

    # -- networks ----------------------------------------------------------------------------
    def _networks(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        bars: list[str] = []
        stripes: list[str] = []
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
        a('<g class="networks">')
        a("".join(clouds))
        a("".join(bars))
        if stripes:
            a(f'<path d="{"".join(stripes)}" fill="none" stroke="{th.scene_background}" '
              'stroke-width="2" stroke-dasharray="6 6"/>')
        a("</g>")

    def _cloud(self, network: Network, box: geometry.Box, colour: str) -> str:
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
        out.append("</g>")
        return "".join(out)

    # -- tunnels -----------------------------------------------------------------------------
    def _tunnels(self) -> None:
        th, a = self.th, self.out.append
        if not self.d.tunnels:
            return
        a(f'<g class="tunnels" stroke="{th.tunnel}">')
        for tunnel in self.d.tunnels:
            (x0, y0), (x1, y1) = tunnel.start, tunnel.end
            (cx, cy), _ = geometry.tunnel_curve(tunnel)
            a(f'<path d="M{x0:g} {y0:g}Q{cx:g} {cy:g} {x1:g} {y1:g}" fill="none" '
              'stroke-width="2.2" stroke-dasharray="13.2 8.8" stroke-linecap="round"/>')
        a("</g>")

    # -- devices and pods --------------------------------------------------------------------
    def _devices(self) -> None:
        d, a = self.d, self.out.append
        parts: list[str] = []
        icons: dict[str, str] = {}
        glyphs, clip, num = d.glyphs, self.clip, self.num
        for dev in self.top.devices:
            kind = dev.kind
            if kind in geometry.CONTAINER_KINDS or kind == "pod":
                continue
            glyph = glyphs.get(dev.id)
            if glyph is None or (clip is not None and not clip.intersects(glyph)):
                continue
            icon = icons.get(kind)
            if icon is None:
                href = self._icon(kind)
                icon = icons[kind] = (f'<use class="device-icon" xlink:href="{href}" x="-18" y="2" '
                                      'width="36" height="36"/>' if href else "")
            # A device's icon, placed from the top middle of its glyph.
            parts.append(f'<g transform="translate({num[glyph.x + glyph.w / 2]} {num[glyph.y]})">'
                         f"{icon}</g>")
        a(f'<g class="devices">{"".join(parts)}</g>')

    def _pods(self) -> None:
        th, d, a = self.th, self.d, self.out.append
        parts: list[str] = []
        shapes: dict[tuple[float, float], str] = {}
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
                shape = shapes[(w, h)] = (
                    f'<rect width="{w:g}" height="{h:g}" rx="{h / 2:g}" fill="{th.base}" '
                    f'stroke="{kind_colour("pod")}" stroke-width="1.2"/>{icon}')
            parts.append(f'<g transform="translate({num[glyph.x + 1]} {num[glyph.y + 1]})">'
                         f"{shape}</g>")
        if parts:
            a(f'<g class="pods">{"".join(parts)}</g>')

    # -- labels ------------------------------------------------------------------------------
    def _labels(self) -> None:
        """Every label where the placement put it: off icons, other labels and the flow.

        Each label is a group whose first child is its rectangle (drawn, or unfilled where
        the label has no backing), so the file says where every label is."""
        th, a, num = self.th, self.out.append, self.num
        inks = {"text": th.label_text, "muted": th.muted_text, "zone": th.zone_text,
                "tunnel": th.tunnel}
        kinds = {n.id: n.kind for n in self.top.networks}
        parts: list[str] = []
        for label in self.placement.labels.values():
            box = label.box
            if not self._seen(box):
                continue
            fill = th.label_background if label.backing else "none"
            out = [f'<g class="label {label.kind}"><rect x="{num[box.x]}" y="{num[box.y]}" '
                   f'width="{num[box.w]}" height="{num[box.h]}" rx="{3 * label.grow:g}" '
                   f'fill="{fill}"/>']
            if label.leader is not None:  # a label set farther off points at its icon
                (x0, y0), (x1, y1) = label.leader
                out.append(f'<line class="leader" x1="{num[x0]}" y1="{num[y0]}" x2="{num[x1]}" '
                           f'y2="{num[y1]}" stroke="{th.muted_text}" stroke-width="1"/>')
            anchor = ' text-anchor="middle"' if label.align == "center" else ""
            for line, x, top, size in label.line_places(self.sizes):
                f = lb.font(line.role, self.sizes)
                ascent = size * lb.line_ascent(line.text)
                if line.ink == "network":
                    colour = th.network_colour(kinds.get(label.owner, ""))
                    ink = lighter(colour, 115) if th.dark else darker(colour, 135)
                else:
                    ink = inks.get(line.ink, th.label_text)
                weight = ' font-weight="bold"' if f.bold else ""
                out.append(f'<text x="{num[x]}" y="{top + ascent:.2f}" font-size="{size:.4g}"'
                           f'{weight} fill="{ink}"{anchor}>{_text(line.text)}</text>')
            out.append("</g>")
            parts.append("".join(out))
        a(f'<g class="labels">{"".join(parts)}</g>')

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
