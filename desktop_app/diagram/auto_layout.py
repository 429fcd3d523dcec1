"""Automatic layout for files without one (no Qt, so exports can reuse it).

It draws the topology the way the source material's diagrams do: the internet and its users
on top, then the provider's network (routers and the VLANs they serve), then the hosts with
their VMs, the logical switches under them, and a site reached only over a WAN to the side.

How: every device and network gets a *rank*, its distance from the internet in the graph of
interfaces (devices that only sit on the internet go above it). Each zone is laid out as a
block of rows — devices of one rank share a row, each network gets a lane of its own — and
its child zones are blocks inside it. ESXi hosts are boxes whose VMs stand in one row per
zone, every VM in a column of its own so its links drop straight down without crossing a
neighbour; all hosts of a zone share one row and the same inner row heights, so a zone that
spans hosts (an ICP cluster) reads as one band across them. Rows are ordered by the mean
position of the things they connect to (barycentre) and packed left to right, so nothing
overlaps; ties fall back to file order, so the result is the same on every run.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from desktop_app.diagram import geometry
from desktop_app.diagram.layout_units import (
    COL_GAP,
    LANE_H,
    Frame,
    _lined_up,
    _places_any,
    _Unit,
)
from desktop_app.model.topology import Topology

__all__ = ["COL_GAP", "LANE_H", "Frame", "auto_layout", "complete", "complete_diagram"]

ROW_GAP = 40.0
LANE_TAIL = 20.0
HOST_GAP = 36.0  # between host boxes in a row
ZONE_ROW_GAP = 60.0  # between two zone rows inside a host: room for the inner zone's title
SIDE_GAP = 200.0  # between the main column and a site to the side (a vertical WAN bar)
BLOCK_PAD = geometry.ZONE_PAD + 10.0
MIN_ROW_WIDTH = 2600.0  # rows wrap beyond this; big topologies get wider rows (see _Layout)

_CLIENT_KINDS = ("client", "dns", "vm")


def auto_layout(topology: Topology) -> dict[str, list[float]]:
    """Positions for every device and network and a rectangle for every zone with members."""
    return _Layout(topology).run()


def complete(topology: Topology, layout: Mapping[str, Sequence[float]] | None = None
             ) -> dict[str, list[float]]:
    """The layout with a position for everything: the automatic one when there is none,
    else the given one with newcomers lined up below what is already placed."""
    layout = topology.layout if layout is None else layout
    if not _places_any(topology, layout):
        auto = auto_layout(topology)
        auto.update({k: list(v) for k, v in layout.items()})
        return auto
    return _lined_up(topology, layout)


def complete_diagram(topology: Topology, layout: Mapping[str, Sequence[float]] | None = None
                     ) -> tuple[dict[str, list[float]], geometry.Diagram]:
    """``complete``'s positions and the geometry at them (``geometry.compute``'s result).

    When the automatic layout places everything, the geometry it worked out for the zone
    rectangles is reused (only the zones are worked out again): half the work for an export.
    """
    layout = topology.layout if layout is None else layout
    if not _places_any(topology, layout):
        runner = _Layout(topology)
        auto = runner.run()
        auto.update({k: list(v) for k, v in layout.items()})
        assert runner.diagram is not None  # run() leaves the geometry it placed things with
        return auto, geometry.with_zones(runner.diagram, topology, auto)
    positions = _lined_up(topology, layout)
    return positions, geometry.compute(topology, positions)


class _Layout:
    def __init__(self, topology: Topology):
        self.top = topology
        self.devices = {d.id: d for d in topology.devices}
        self.networks = {n.id: n for n in topology.networks}
        self.zones = {z.id: z for z in topology.zones}
        self.contain = geometry.containment(topology)
        self.depth = geometry.zone_depths(topology)
        self.order = {i: n for n, i in enumerate(topology.all_ids())}
        self.on_net: dict[str, list[str]] = {}
        self.nets_of: dict[str, list[str]] = {}  # device -> the networks it has a link to
        self._links: dict[str, list[str]] = {}  # device or network -> what it links to
        for d in topology.devices:
            nets = self.nets_of[d.id] = []
            for itf in d.interfaces:
                if itf.network in self.networks:
                    self.on_net.setdefault(itf.network, []).append(d.id)
                    nets.append(itf.network)
                    self._links.setdefault(d.id, []).append(itf.network)
                    self._links.setdefault(itf.network, []).append(d.id)
        self.rank = self._ranks()
        # Wrap rows so that a big topology comes out roughly as wide as it is tall.
        self.max_row = max(MIN_ROW_WIDTH, math.sqrt(len(topology.devices)) * 260.0)
        # What each block holds, found once: blocks and hosts ask for it many times over.
        self._specs = self._unit_specs()
        self._members_of: dict[str, list[str]] = {}
        self._nets_of: dict[str, list[str]] = {}
        self._leaves: dict[str, Frame] = {}
        self._child_zones: dict[str, str] = {}
        self._frames: dict[str, Frame] = {}  # zone -> its block, innermost first (see run)
        self.diagram: geometry.Diagram | None = None  # the geometry at the result, zones aside

    # -- ranks ----------------------------------------------------------------------------
    def _link_distances(self) -> dict[str, int]:
        """Links from the internet to everything it reaches; other parts from their first item."""
        import networkx as nx  # half a second to import: only files without a layout need it

        graph = nx.Graph(self._links)
        rank: dict[str, int] = {}
        starts = [n.id for n in self.top.networks if n.kind == "internet" and n.id in graph]
        if starts:
            rank.update(nx.multi_source_dijkstra_path_length(graph, starts))
        for start in [n.id for n in self.top.networks] + [d.id for d in self.top.devices]:
            if start in graph and start not in rank:
                rank.update(nx.single_source_shortest_path_length(graph, start))
        return rank

    def _ranks(self) -> dict[str, float]:
        """Rows by hops from the internet over device–network links (breadth-first search)."""
        # A new, empty topology has nothing to search (and need not import networkx).
        distances = self._link_distances() if self._links else {}
        rank: dict[str, float] = {k: float(v) for k, v in distances.items()}
        # Pods stand with their node; devices without interfaces rank with their container.
        for d in self.top.devices:
            if d.id not in rank:
                parent = self.contain.parent(d.id)
                if parent is not None and parent in rank:
                    rank[d.id] = rank[parent] + 1
        # End hosts that only sit on the internet are drawn above it, like the users they are.
        for d in self.top.devices:
            if d.kind not in _CLIENT_KINDS or not d.interfaces or d.id in self.contain.host_of:
                continue
            nets = {itf.network for itf in d.interfaces}
            if all(self.networks[n].kind == "internet" for n in nets if n in self.networks):
                rank[d.id] = -1.0
        return rank

    # -- zones ----------------------------------------------------------------------------
    def _zone_of(self, zone: str | None) -> str | None:
        return zone if zone in self.zones else None

    def _parent_zone(self, zid: str) -> str | None:
        parent = self.zones[zid].parent
        if parent in self.zones and self.depth.get(parent, -1) < self.depth.get(zid, 0):
            return parent
        return None

    def run(self) -> dict[str, list[float]]:
        # Innermost zones first: each block then finds its child zones' members, networks and
        # frames already worked out, so nesting of any depth needs no recursion.
        for zid in sorted(self.zones, key=lambda z: -self.depth.get(z, 0)):
            self._members(_Unit("zone", zid, 0))
            self._zone_nets(zid)
            self._frames[zid] = self._block(zid)
        frame = self._block(None)
        out: dict[str, list[float]] = {k: [round(x, 1), round(y, 1)] for k, (x, y) in frame.at.items()}
        diagram = self.diagram = geometry.compute(self.top, out, self.contain)
        for zid, box in diagram.zones.items():
            out[zid] = [round(box.x, 1), round(box.y, 1), round(box.w, 1), round(box.h, 1)]
        return out

    def _unit_specs(self) -> dict[str | None, list[tuple[str, str, int]]]:
        """(kind, id, file order) of the units each block (a zone, or None) lays out."""
        specs: dict[str | None, list[tuple[str, str, int]]] = {}
        for z in self.top.zones:
            parent = self._parent_zone(z.id)
            if parent != z.id:
                specs.setdefault(parent, []).append(("zone", z.id, self.order[z.id]))
        for n in self.top.networks:
            specs.setdefault(self._zone_of(n.zone), []).append(("net", n.id, self.order[n.id]))
        parent_of = self.contain.parent
        for d in self.top.devices:
            if parent_of(d.id) is None:
                kind = "host" if d.kind == "esxi-host" else "device"
                specs.setdefault(self._zone_of(d.zone), []).append((kind, d.id, self.order[d.id]))
        return specs

    def _units(self, zone: str | None) -> list[_Unit]:
        return [_Unit(kind, uid, order, nets={uid} if kind == "net" else set())
                for kind, uid, order in self._specs.get(zone, ())]

    def _members(self, unit: _Unit) -> list[str]:
        """Device ids drawn inside a unit (for ranks and connections)."""
        if unit.kind == "net":
            return []
        if unit.kind in ("device", "host"):
            if unit.id not in self.contain.children:
                return [unit.id]
            return [unit.id, *self.contain.descendants(unit.id)]
        out = self._members_of.get(unit.id)
        if out is None:
            out = []
            for sub in self._units(unit.id):
                out.extend(self._members(sub))
            self._members_of[unit.id] = out
        return out

    def _zone_nets(self, zid: str) -> list[str]:
        out = self._nets_of.get(zid)
        if out is None:
            out = []
            for kind, uid, _ in self._specs.get(zid, ()):
                if kind == "net":
                    out.append(uid)
                elif kind == "zone":
                    out.extend(self._zone_nets(uid))
            self._nets_of[zid] = out
        return out

    # -- one block (a zone, or the whole drawing) -----------------------------------------
    def _block(self, zone: str | None) -> Frame:
        units = self._units(zone)
        for u in units:
            members = self._members(u)
            for did in members:
                u.nets.update(self.nets_of[did])
            ranks = [self.rank[m] for m in members if m in self.rank]
            if u.kind == "net":
                ranks = [self.rank.get(u.id, 0.0)]
            elif u.kind == "zone":
                nets = self._zone_nets(u.id)
                ranks += [self.rank[n] for n in nets if n in self.rank]
            u.rank = min(ranks) if ranks else math.inf

        finite = [u.rank for u in units if u.rank != math.inf]
        bottom = (max(finite) + 1) if finite else 0.0
        for u in units:
            if u.rank == math.inf:
                u.rank = bottom

        hosts = [u for u in units if u.kind == "host"]
        if hosts:
            row_rank = min(u.rank for u in hosts)
            for u in hosts:
                u.rank = row_rank
        zone_rows = self._host_zone_rows(zone, hosts)

        for u in units:
            if u.kind == "zone":
                u.frame = self._frames.get(u.id) or self._block(u.id)
            elif u.kind == "host":
                u.frame = self._host(u.id, zone_rows, zone)
            elif u.kind == "device":
                u.frame = self._leaf(u.id)

        side, side_lanes = self._side_units(units)
        main = [u for u in units if u not in side and u not in side_lanes]
        content = self._stack(main)
        if side:
            content = self._attach_side(content, main, side, side_lanes)

        pad_top = BLOCK_PAD + (geometry.ZONE_TITLE if zone is not None else 0.0)
        pad = BLOCK_PAD if zone is not None else 0.0
        frame = Frame(content.w + 2 * pad, content.h + pad_top + pad)
        frame.at = content.shifted(pad, pad_top)
        return frame

    def _stack(self, units: list[_Unit]) -> Frame:
        """Rows by rank (networks in lanes of their own), each ordered and packed."""
        rows: dict[tuple[float, int], list[_Unit]] = {}
        for u in units:
            key = (u.rank, 1 if u.kind == "net" else 0)
            rows.setdefault(key, []).append(u)
        placed: dict[str, float] = {}  # network id -> x of the things on it so far
        y = 0.0
        width = 0.0
        laid: list[list[_Unit]] = []
        after_lane = False
        for key in sorted(rows):
            members = sorted(rows[key], key=lambda u: u.order)
            if key[1] == 1:
                for u in members:  # one lane per network
                    u.y = y
                    y += self._lane_height(u.id)
                    laid.append([u])
                after_lane = True
                continue
            if after_lane:
                y += LANE_TAIL  # room for the labels of links rising to the lane above
                after_lane = False
            for line in self._wrap(self._ordered(members, placed)):
                x = 0.0
                height = max(u.h for u in line)
                for u in line:
                    u.x, u.y = x, y
                    x += u.w + (HOST_GAP if u.kind == "host" else COL_GAP)
                    for n in u.nets:
                        placed.setdefault(n, u.x + u.w / 2)
                width = max(width, x - COL_GAP)
                y += height + ROW_GAP
                laid.append(line)
        # Centre each row in the block (a lone side-bound device keeps to the right).
        for line in laid:
            if line[0].kind == "net":
                continue
            used = line[-1].x + line[-1].w
            shift = (width - used) / 2
            for u in line:
                u.x += shift
        frame = Frame(max(width, geometry.BAR_MIN_LENGTH), max(y - ROW_GAP, 0.0))
        for u in units:
            if u.kind != "net":
                u.frame.place_into(frame.at, u.x, u.y)  # type: ignore[union-attr]
        for u in units:
            if u.kind == "net":
                frame.at[u.id] = (self._lane_x(u.id, frame), u.y + self._lane_centre(u.id))
        return frame

    def _lane_height(self, nid: str) -> float:
        if self.networks[nid].kind == "internet":
            return geometry.CLOUD_SIZE[1] + 30.0
        return LANE_H

    def _lane_centre(self, nid: str) -> float:
        """Where the bar (or cloud) sits in its lane: under the room its label takes."""
        if self.networks[nid].kind == "internet":
            return geometry.CLOUD_SIZE[1] / 2 + 15.0
        return LANE_H / 2 + 6

    def _lane_x(self, nid: str, frame: Frame) -> float:
        xs = [frame.at[d][0] for d in self.on_net.get(nid, []) if d in frame.at]
        return (min(xs) + max(xs)) / 2 if xs else frame.w / 2

    def _ordered(self, members: list[_Unit], placed: Mapping[str, float]) -> list[_Unit]:
        """Barycentre order: under the things already drawn that they connect to."""
        x = 0.0
        keyed = []
        for u in members:
            default = x + u.w / 2
            x += u.w + COL_GAP
            near = [placed[n] for n in sorted(u.nets) if n in placed]
            keyed.append((sum(near) / len(near) if near else default, u.order, u))
        keyed.sort(key=lambda k: (k[0], k[1]))
        return [k[2] for k in keyed]

    def _wrap(self, line: list[_Unit]) -> list[list[_Unit]]:
        out: list[list[_Unit]] = [[]]
        x = 0.0
        for u in line:
            if out[-1] and x + u.w > self.max_row:
                out.append([])
                x = 0.0
            out[-1].append(u)
            x += u.w + COL_GAP
        return out

    # -- a site beside the main column ----------------------------------------------------
    def _side_units(self, units: list[_Unit]) -> tuple[list[_Unit], list[_Unit]]:
        """Zones reached from the rest of the block only over WAN lanes of this block."""
        lanes = {u.id: u for u in units if u.kind == "net"}
        wan = {i for i, u in lanes.items() if self.networks[i].kind == "wan"}
        solids = [u for u in units if u.kind != "net"]
        if len(solids) < 2:
            return [], []
        side: list[_Unit] = []
        used: set[str] = set()
        for u in solids:
            if u.kind != "zone" or u is solids[0]:
                continue
            others = set().union(*(o.nets for o in solids if o is not u))
            shared = u.nets & others
            via_lane = u.nets & set(lanes)
            if (not shared - set(lanes) and via_lane and via_lane <= wan
                    and not any(self.networks[n].kind == "internet" for n in u.nets)):
                side.append(u)
                used |= via_lane
        return side, [lanes[i] for i in sorted(used, key=lambda i: self.order[i])]

    def _attach_side(self, content: Frame, main: list[_Unit], side: list[_Unit],
                     lanes: list[_Unit]) -> Frame:
        x = content.w + SIDE_GAP
        frame = Frame(content.w, content.h, dict(content.at))
        lane_ids = {u.id for u in lanes}
        for u in side:
            assert u.frame is not None
            # Line the side zone up with the device of the main column it talks to.
            target = self._first_on(lane_ids, content.at, exclude=set(u.frame.at))
            mine = self._first_on(lane_ids, u.frame.at)
            y = max(0.0, target - mine) if target is not None and mine is not None else 0.0
            u.frame.place_into(frame.at, x, y)
            frame.w = x + u.w
            frame.h = max(frame.h, y + u.h)
            x += u.w + SIDE_GAP
        for i, lane in enumerate(lanes):
            ys = [frame.at[d][1] for d in self.on_net.get(lane.id, []) if d in frame.at]
            cy = (min(ys) + max(ys)) / 2 if ys else frame.h / 2
            frame.at[lane.id] = (content.w + SIDE_GAP / 2 + i * 24.0, cy)
        return frame

    def _first_on(self, nets: set[str], at: Mapping[str, tuple[float, float]],
                  exclude: set[str] | None = None) -> float | None:
        found = [d for n in sorted(nets) for d in self.on_net.get(n, [])
                 if d in at and (exclude is None or d not in exclude)]
        return min((at[d][1] for d in found), default=None)

    # -- hosts, nodes and single devices ---------------------------------------------------
    def _leaf(self, did: str) -> Frame:
        frame = self._leaves.get(did)  # asked for again by every row its host lays out
        if frame is None:
            kind = self.devices[did].kind
            if kind == "k8s-node" and self.contain.children.get(did):
                frame = self._node(did)
            else:
                w, h = geometry.glyph_size(kind)
                frame = Frame(w, h, {did: (w / 2, h / 2)})
            self._leaves[did] = frame
        return frame

    def _node(self, did: str) -> Frame:
        tw, th = geometry.NODE_TITLE
        pw, ph = geometry.POD_SIZE
        at = {did: (tw / 2, th / 2)}
        y = th + 6
        for pod in self.contain.children.get(did, []):
            at[pod] = (10 + pw / 2, y + ph / 2)
            y += ph + 6
        w, h = max(tw, 10 + pw), y - 6
        pad = geometry.NODE_PAD
        return Frame(w + 2 * pad, h + 2 * pad, {k: (x + pad, y_ + pad) for k, (x, y_) in at.items()})

    def _child_zone(self, did: str) -> str:
        zone = self._child_zones.get(did)
        if zone is None:
            zone = self._child_zones[did] = self._zone_of(self.devices[did].zone) or ""
        return zone

    def _host_zone_rows(self, zone: str | None, hosts: list[_Unit]) -> list[tuple[str, float]]:
        """The zone rows inside the hosts of one block, in order, each with its height."""
        heights: dict[str, float] = {}
        for u in hosts:
            for c in self.contain.children.get(u.id, []):
                key = self._child_zone(c)
                heights[key] = max(heights.get(key, 0.0), self._leaf(c).h)
        zone_order = {z.id: i for i, z in enumerate(self.top.zones)}

        def order(z: str) -> tuple[int, int]:
            return (0 if z == (zone or "") else 1, zone_order.get(z, len(zone_order)))

        return [(z, heights[z]) for z in sorted(heights, key=order)]

    def _inside(self, zone: str | None, block: str | None) -> bool:
        """Whether a zone lies in a block's zone (or is it)."""
        if block is None:
            return True
        seen: set[str] = set()
        while zone is not None and zone not in seen:
            if zone == block:
                return True
            seen.add(zone)
            zone = self._parent_zone(zone) if zone in self.zones else None
        return False

    def _links_up(self, did: str, block: str | None) -> bool:
        """Whether a device has a link to a network drawn outside its block (above it)."""
        return any(itf.network in self.networks
                   and not self._inside(self._zone_of(self.networks[itf.network].zone), block)
                   for itf in self.devices[did].interfaces)

    def _host(self, did: str, rows: list[tuple[str, float]], block: str | None) -> Frame:
        tw, th = geometry.HOST_TITLE
        at: dict[str, tuple[float, float]] = {did: (tw / 2, th / 2)}
        children = self.contain.children.get(did, [])
        row_y: dict[str, float] = {}
        y = th + 14
        for zone_key, height in rows:
            row_y[zone_key] = y
            y += height + ZONE_ROW_GAP
        # Every device gets a column of its own so its links drop past its neighbours; the
        # ones with links going up (out of the block) go right, clear of the host's title.
        row_index = {z: i for i, (z, _) in reversed(list(enumerate(rows)))}
        by_row = sorted(children, key=lambda c: row_index[self._child_zone(c)])
        up = {c for c in by_row if self._links_up(c, block)}
        ordered = [c for c in by_row if c not in up] + [c for c in by_row if c in up]
        x = 0.0
        for c in ordered:
            f = self._leaf(c)
            f.place_into(at, x, row_y[self._child_zone(c)])
            x += f.w + COL_GAP
        w = max(tw, x - COL_GAP)
        h = (y - ZONE_ROW_GAP) if rows else th
        pad = geometry.HOST_PAD
        return Frame(w + 2 * pad, h + 2 * pad, {k: (px + pad, py + pad) for k, (px, py) in at.items()})
