"""The placement pass: each label's candidates, tried in priority order against the grids
of what is in the way (no Qt). See ``labels.py`` for the rules."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

from desktop_app.diagram import geometry, label_wrap
from desktop_app.diagram.canvas_words import container_subtitle, network_details, tunnel_label
from desktop_app.diagram.label_model import (
    ADDRESS_SCALE,
    DEVICE_ICON,
    FLOOR_NAME,
    FLOOR_PATH,
    FLOOR_ZONE,
    LEADER_GAP,
    LEGIBLE,
    MANY_LABELS,
    MAX_TRIES,
    PATH_HALF_WIDTH,
    PATH_TRIES,
    POD_ICON,
    ROLES,
    SHRINK,
    SHRUNK,
    ZONE_SHRUNK,
    Label,
    LabelOptions,
    Placement,
    Point,
)
from desktop_app.diagram.label_obstacles import CELL, Obstacles, _Grid, device_icon
from desktop_app.model.topology import Topology


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


def _on_path(spec: _Spec) -> bool:
    """A name on the flow's path (placed first: priority 0, a host's or node's title 1)."""
    return spec.priority == 0 or (spec.priority == 1 and spec.kind != "zone")


class _Placer:
    def __init__(self, topology: Topology, diagram: geometry.Diagram, options: LabelOptions,
                 obstacles: Obstacles | None = None):
        self.top = topology
        self.d = diagram
        self.o = options
        self.sizes = {"link": options.link_pixels}
        self.labels = _Grid(CELL)
        if obstacles is None or obstacles.hidden != options.hidden:
            obstacles = Obstacles(topology, diagram, options.hidden)
        self.obstacles = obstacles
        self.fixed = obstacles.fixed
        self.flow = _Grid(CELL)  # the drawn flow's line, arrows and badges
        self.leaders = _Grid(CELL)  # lines from labels set farther off to their icons
        region = options.region
        for a, b in options.flow.segments():
            self.flow.add_segment(a, b, PATH_HALF_WIDTH)
        for box in options.flow.marks:
            self.flow.add(box, "")
        self.flow_drawn = bool(self.flow.cells or self.flow.lines)
        bounds = obstacles.bounds or geometry.Box(0, 0, 0, 0)
        e = options.edge
        self.area = bounds.grown(e, e, e, e)
        if options.room is not None:
            self.area = self.area.union(options.room)
        if region is not None:
            x0, y0 = max(self.area.x, region.x), max(self.area.y, region.y)
            x1 = min(self.area.right, region.right)
            y1 = min(self.area.bottom, region.bottom)
            self.area = geometry.Box(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))

    def grow(self, role: str, floor: float | None) -> float | None:
        """How much bigger than its own size a label draws, or None when it is not drawn."""
        natural = self.sizes.get(role, ROLES[role][0])
        on_screen = natural * self.o.scale
        if floor is not None and on_screen < floor:
            return floor / on_screen
        if floor is None and on_screen < LEGIBLE:
            return None
        return 1.0

    def free(self, box: geometry.Box, owner: str) -> bool:
        a = self.area
        x, y, w, h = box
        if x < a.x or y < a.y or x + w > a.x + a.w or y + h > a.y + a.h:
            return False
        # Placed labels first: far fewer boxes than the icons, and a miss there costs a
        # whole bucket of icons.
        return not (self.labels.hits(box) or self.fixed.hits(box, owner)
                    or (self.flow_drawn and (self.flow.hits(box)
                                             or self.flow.crosses(box, PATH_HALF_WIDTH))))

    def run(self) -> Placement:
        obstacles = self.obstacles
        out = Placement(self.o.scale, flow=self.o.flow, icon_source=lambda: obstacles.icons)
        specs = self.specs()
        if self.o.first_only:
            specs = (s for s in specs if s.priority <= 1)
        ordered = sorted(specs, key=lambda s: s.priority)
        # A few hundred labels try every candidate; thousands give up sooner off the path,
        # and so does one area of a big diagram (the canvas places what its view shows).
        self.many = len(ordered) > MANY_LABELS or self.o.region is not None
        for spec in ordered:
            label = self.place(spec)
            if label is None:
                out.left_out.append(spec.key)
            else:
                out.labels[spec.key] = label
                self.labels.add(label.box, "")
                if label.leader is not None:
                    self.leaders.add_segment(*label.leader, 1.0)
        return out

    def place(self, spec: _Spec) -> Label | None:
        label = self._place(spec)
        # A name or zone title grown to its floor that found no room tries a little smaller,
        # never below SHRUNK (a zone title: ZONE_SHRUNK) on screen, before it is left out.
        grow = spec.grow
        lowest = ZONE_SHRUNK if spec.kind == "zone" else SHRUNK if spec.kind != "network" else None
        if self.many and not _on_path(spec) and spec.kind != "zone":
            lowest = None  # in a crowd, other names give up at their floor
        natural = ROLES[spec.texts[0][1]][0] * self.o.scale
        while label is None and grow > 1.0 and lowest is not None:
            smaller = max(1.0, grow * SHRINK, lowest / natural)
            if smaller >= grow - 1e-9:
                break
            grow = smaller
            label = self._place(replace(spec, grow=grow))
        return label

    def _place(self, spec: _Spec) -> Label | None:
        k = spec.grow
        layouts = [(lines, w * k, h * k) for lines, w, h in label_wrap.layouts(spec.texts, spec.wrap, self.sizes)]
        # Names on the path try every candidate; the others give up after a few dozen (in a
        # crowded corner of a big diagram most of them would not fit anywhere).
        budget = (PATH_TRIES if _on_path(spec) or not self.many
                  else MAX_TRIES if k <= 1.5 else MAX_TRIES // 4)
        crowd_title = self.many and spec.kind == "container" and not _on_path(spec)
        for place in spec.places:
            if place == "ring" and crowd_title:
                continue  # in a crowd, a host's or node's title stays by its box or is left out
            for lines, w, h in layouts:
                for box in self.boxes(spec, place, w, h):
                    if self.free(box, spec.owner):
                        leader = self.leader(spec, box) if place == "ring" else None
                        return Label(spec.key, spec.owner, spec.kind, box, lines, k,
                                     spec.align, spec.backing, leader)
                    budget -= 1
                    if budget <= 0:
                        return None
        return None

    def leader(self, spec: _Spec, box: geometry.Box) -> tuple[Point, Point] | None:
        """The line joining a label set farther off to its icon; None when the label is
        close enough not to need one, or when that line would cross another icon or label."""
        glyph = self.d.glyphs[spec.owner]
        kind = "pod" if spec.kind == "pod" else "esxi-host" if spec.kind == "container" else ""
        if spec.kind == "container":
            device = self.top.device(spec.owner)
            kind = device.kind if device is not None else kind
        ix, iy, iw, ih = device_icon(kind, glyph)
        gap_x = max(ix - box.right, box.x - (ix + iw), 0.0)
        gap_y = max(iy - box.bottom, box.y - (iy + ih), 0.0)
        if math.hypot(gap_x, gap_y) * self.o.scale <= LEADER_GAP:
            return None
        cx, cy = ix + iw / 2, iy + ih / 2
        px, py = min(max(cx, box.x), box.right), min(max(cy, box.y), box.bottom)
        qx, qy = min(max(px, ix), ix + iw), min(max(py, iy), iy + ih)
        length = math.hypot(qx - px, qy - py)
        ux, uy = (qx - px) / length, (qy - py) / length
        a, b = (px + ux, py + uy), (qx - ux, qy - uy)  # clear of both ends
        if self.fixed.blocks_segment(a, b, icons_only=True) or self.labels.blocks_segment(a, b):
            return None
        return (px, py), (qx, qy)

    # The candidate rectangles of a label of size w × h at a named place.
    def boxes(self, spec: _Spec, place: str, w: float, h: float) -> Iterator[geometry.Box]:
        d, k = self.d, spec.grow
        gap = 3.0 * k
        if place == "ring":  # farther out all round what it names: the last resort
            glyph = d.glyphs[spec.owner]
            # (farther still where there are few labels: a small diagram's fit view names
            # everything; in a crowd a name that far off is clutter)
            for r in (8.0, 24.0, 48.0) if self.many else (8.0, 24.0, 48.0, 80.0, 120.0):
                r *= k
                b = glyph.grown(r, r, r, r)
                yield geometry.Box(b.cx - w / 2, b.bottom, w, h)
                yield geometry.Box(b.cx - w / 2, b.y - h, w, h)
                yield geometry.Box(b.right, b.cy - h / 2, w, h)
                yield geometry.Box(b.x - w, b.cy - h / 2, w, h)
                yield geometry.Box(b.right, b.bottom, w, h)
                yield geometry.Box(b.x - w, b.bottom, w, h)
                yield geometry.Box(b.right, b.y - h, w, h)
                yield geometry.Box(b.x - w, b.y - h, w, h)
            return
        if spec.kind == "device":
            glyph = d.glyphs[spec.owner]
            ix, iy = glyph.cx, glyph.y + 2 + DEVICE_ICON / 2
            r = DEVICE_ICON / 2
            if place == "below" or place == "above":
                y = iy + r + 3 if place == "below" else iy - r - 3 - h
                # centred under (over) the icon, else slid sideways as far as it still touches it
                for x in (ix - w / 2, ix - r, ix + r - w):
                    yield geometry.Box(x, y, w, h)
            elif place == "right":
                yield geometry.Box(ix + r + 4, iy - h / 2, w, h)
            elif place == "left":
                yield geometry.Box(ix - r - 4 - w, iy - h / 2, w, h)
            elif place == "corners":
                for dx in (r + 4, -r - 4 - w):
                    for dy in (r + 3, -r - 3 - h):
                        yield geometry.Box(ix + dx, iy + dy, w, h)
            elif place == "far":
                for dy in (r + 3 + h, -r - 3 - 2 * h):
                    yield geometry.Box(ix - w / 2, iy + dy, w, h)
        elif spec.kind in ("container", "pod"):
            glyph = d.glyphs[spec.owner]
            box = d.boxes[spec.owner]
            icon = 26.0 if spec.kind == "container" else POD_ICON
            if place == "inside":
                if h <= glyph.h and w <= glyph.w - icon - 12:
                    yield geometry.Box(glyph.x + icon + 8, glyph.cy - h / 2, w, h)
            elif place == "above":
                yield geometry.Box(box.x + 4, box.y - gap - h, w, h)
                yield geometry.Box(box.right - 4 - w, box.y - gap - h, w, h)
            elif place == "below":
                yield geometry.Box(box.x + 4, box.bottom + gap, w, h)
            elif place == "right":
                yield geometry.Box(glyph.right + gap, glyph.cy - h / 2, w, h)
            elif place == "left":
                yield geometry.Box(glyph.x - gap - w, glyph.cy - h / 2, w, h)
        elif spec.kind == "zone":
            z = d.zones[spec.owner]
            if place == "inside":
                for y in (z.y + 5, z.bottom - 5 - h):
                    for f in (0.0, 1.0, 0.5, 0.25, 0.75):
                        yield geometry.Box(z.x + 8 + (z.w - 16 - w) * f, y, w, h)
            elif place == "outside":
                yield geometry.Box(z.x + 8, z.y - 3 - h, w, h)
            elif place == "around":  # a crowded zone: above its right end, under it
                yield geometry.Box(z.right - 8 - w, z.y - 3 - h, w, h)
                yield geometry.Box(z.x + 8, z.bottom + 3, w, h)
                yield geometry.Box(z.right - 8 - w, z.bottom + 3, w, h)
            elif place == "sides":  # down its left or right edge, inside
                for f in (0.25, 0.5, 0.75, 0.125, 0.375, 0.625, 0.875):
                    y = z.y + 5 + (z.h - 10 - h) * f
                    yield geometry.Box(z.x + 8, y, w, h)
                    yield geometry.Box(z.right - 8 - w, y, w, h)
        elif spec.kind == "network":
            shape = d.networks[spec.owner]
            b = shape.box
            if shape.orientation == "cloud":
                if place == "inside":
                    yield geometry.Box(b.cx - w / 2, b.cy + 11, w, h)
                elif place == "outside":
                    yield geometry.Box(b.cx - w / 2, b.bottom + 2, w, h)
                    yield geometry.Box(b.cx - w / 2, b.y - 2 - h, w, h)
            elif shape.orientation == "h":
                fractions = (0.0, 1.0, 0.5, 0.25, 0.75) if place == "near" else (0.125, 0.375,
                                                                                  0.625, 0.875)
                for f in fractions:
                    x = min(max(b.x + 2, b.x + (b.w - w) * f), max(b.x + 2, b.right - 2 - w))
                    yield geometry.Box(x, b.y - 2 - h, w, h)
                    yield geometry.Box(x, b.bottom + 3, w, h)
            else:
                if place == "near":
                    yield geometry.Box(b.cx - w / 2, b.y - 4 - h, w, h)
                    yield geometry.Box(b.cx - w / 2, b.bottom + 4, w, h)
                for f in ((0.1, 0.5, 0.9) if place == "near" else (0.3, 0.7)):
                    y = b.y + (b.h - h) * f
                    yield geometry.Box(b.right + 6, y, w, h)
                    yield geometry.Box(b.x - 6 - w, y, w, h)
        elif spec.kind == "link":
            link = self.obstacles.links[spec.owner]
            yield from _link_boxes(link, w, h, place)
        elif spec.kind == "tunnel":
            tunnel = self.obstacles.tunnels[spec.owner]
            (x0, y0), (x1, y1) = tunnel.start, tunnel.end
            (cx, cy), _ = geometry.tunnel_curve(tunnel)
            for u in ((0.5,) if place == "near" else (0.35, 0.65, 0.2, 0.8)):
                mx = (1 - u) ** 2 * x0 + 2 * u * (1 - u) * cx + u * u * x1
                my = (1 - u) ** 2 * y0 + 2 * u * (1 - u) * cy + u * u * y1
                yield geometry.Box(mx - w / 2, my - h / 2, w, h)

    # -- what is labelled --------------------------------------------------------------------
    def specs(self) -> Iterator[_Spec]:
        top, d, o = self.top, self.d, self.o
        hidden = o.hidden
        tr = o.translate
        region = o.region
        devices = top.devices
        if o.first_only:
            devices = sorted((x for x in top.devices if x.id in o.path_devices),
                             key=lambda x: x.id) if o.path_devices else []
        elif region is not None:  # what lies in the area, found in the grid
            devices = self.obstacles.devices_in(top, d, region)
        for dev in devices:
            glyph = d.glyphs.get(dev.id)
            if glyph is None or dev.id in hidden:
                continue
            if region is not None and not region.intersects(glyph):
                continue
            on_path = dev.id in o.path_devices
            floor = FLOOR_PATH if on_path else FLOOR_NAME
            priority = 0 if on_path else 2
            if dev.kind in geometry.CONTAINER_KINDS:
                role = "title" if dev.kind == "esxi-host" else "name"
                k = self.grow(role, floor)
                if k is None:
                    continue
                texts = [(dev.display_label, role, "text")]
                if k == 1.0 and self.grow("detail", None) is not None:
                    texts.append((container_subtitle(dev, tr), "detail", "muted"))
                if dev.id in o.notes:
                    texts.append((o.notes[dev.id], "detail", "muted"))
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
            texts = [(z.display_label, "zone", "zone")]
            if z.id in o.notes:
                texts.append((o.notes[z.id], "detail", "muted"))
            yield _Spec(f"zone:{z.id}", z.id, "zone", 1, k, tuple(texts),
                        max(60.0, (box.w - 24) / k), ("inside", "outside", "around", "sides"),
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
        for link in (d.links if region is None else self.obstacles.links_in(d, region)):
            if link.device in hidden or link.network in hidden:
                continue
            if region is not None and not region.contains(*link.points[0]):
                continue
            texts = [(link.name, "link", "text")]
            if ips and link.ip:
                texts.append((link.ip, "link", "muted"))
            yield _Spec(f"link:{link.key}", link.key, "link", 6, k, tuple(texts), 0.0,
                        ("near", "far"))


def _link_boxes(link: geometry.Link, w: float, h: float, place: str) -> Iterator[geometry.Box]:
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
                yield geometry.Box(x0 + 3 if side > 0 else x0 - w - 3, y, w, h)
        else:
            along = 10 + step * (w + 4)
            if along > length:
                continue
            px = x0 + ux * along
            x = px if ux >= 0 else px - w
            for side in sides:
                yield geometry.Box(x, y0 - h - 2 if side > 0 else y0 + 2, w, h)
