"""Copy, paste and duplicate: a selection travels as a small topology file in YAML."""

from __future__ import annotations

import copy
import ipaddress
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.model import dumps, validate
from desktop_app.model.editing import addressing
from desktop_app.model.messages import WRONG_KIND_OF_ID, ZONE_CYCLE, ZONE_OWN_PARENT
from desktop_app.model.reader import parse_text
from desktop_app.model.topology import Device, Network, Topology, Zone
from desktop_app.ui.document import Document
from desktop_app.ui.problem_words import problem_line

from .base import ListInsert, Macro, MappingReplace
from .structure import Point, _dependents

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

CLIPBOARD_NAME = "hybridviz selection"


def _selection(topo: Topology, ids: list[str]) -> tuple[list[Zone], list[Network], list[Device]]:
    """Zones, networks and devices of the selection, in file order; hosts bring their VMs."""
    wanted = set(ids)
    devices = _dependents(topo, {d.id for d in topo.devices if d.id in wanted})
    return ([z for z in topo.zones if z.id in wanted],
            [n for n in topo.networks if n.id in wanted],
            [d for d in topo.devices if d.id in devices])


def copy_text(topology: Topology, ids: list[str]) -> str:
    """The selection (zones, networks, devices and their layout) as a YAML topology."""
    zones, networks, devices = _selection(topology, ids)
    chosen = {x.id for x in (*zones, *networks, *devices)}
    part = Topology(
        name=CLIPBOARD_NAME,
        zones=copy.deepcopy(zones), networks=copy.deepcopy(networks),
        devices=copy.deepcopy(devices),
        layout={k: list(v) for k, v in topology.layout.items() if k in chosen},
    )
    return dumps(part)


def duplicate(doc: Document, ids: list[str], offset: Point = (30.0, 30.0)) -> QUndoCommand:
    """Copies of the selection beside it, with fresh ids (web-1-copy…) and fresh addresses."""
    zones, networks, devices = _selection(doc.topology, ids)
    layout = {k: v for k, v in doc.topology.layout.items()
              if k in {x.id for x in (*zones, *networks, *devices)}}
    parts = (copy.deepcopy(zones), copy.deepcopy(networks), copy.deepcopy(devices))
    return _insert(doc, *parts, copy.deepcopy(layout), offset, "duplicate")


def paste(doc: Document, yaml_text: str, offset: Point = (30.0, 30.0)) -> QUndoCommand:
    """Insert what ``copy_text`` produced; clashing ids are renamed, clashing IPs re-addressed."""
    model, _, problems = parse_text(yaml_text, "<clipboard>")
    if model is None or any(p.is_error for p in problems):
        raise ValueError(translate("commands", "the clipboard does not hold hybridviz objects"))
    # Checked like a loaded file, except for references to objects the clipboard does not
    # hold (the paste resolves those): a pod that is its own node, a zone inside itself…
    refused = [p for p in validate(model) if p.is_error and p.template in _REFUSED]
    if refused:
        raise ValueError(translate("commands", "the clipboard's objects cannot be pasted: {0}")
                         .format(problem_line(refused[0])))
    return _insert(doc, model.zones, model.networks, model.devices, model.layout, offset, "paste")


# What a paste refuses: references inside the pasted objects that cannot hold.
_REFUSED = frozenset({WRONG_KIND_OF_ID, ZONE_OWN_PARENT, ZONE_CYCLE})


def _insert(doc: Document, zones: list[Zone], networks: list[Network],
            devices: list[Device], layout: dict[str, list[float]], offset: Point,
            verb: str) -> QUndoCommand:
    topo = doc.topology
    taken = set(topo.all_ids())
    new_id: dict[str, str] = {}
    for obj in (*zones, *networks, *devices):
        fresh = addressing.fresh_id(obj.id, taken) if obj.id in taken else obj.id
        new_id[obj.id] = fresh
        taken.add(fresh)

    def remap(ref: str | None) -> str | None:
        """A reference into the pasted set follows the copy; one to nothing is dropped."""
        if ref in new_id:
            return new_id[ref]
        return ref if ref in taken else None

    count = len(new_id)
    if verb == "paste":
        text = translate("commands", "Paste 1 item") if count == 1 \
            else translate("commands", "Paste {n} items").format(n=count)
    else:
        text = translate("commands", "Duplicate 1 item") if count == 1 \
            else translate("commands", "Duplicate {n} items").format(n=count)
    with Macro(doc, text) as m:
        for z in zones:
            z.id, z.parent = new_id[z.id], remap(z.parent)
            m.add(ListInsert(doc, topo.zones, None, z, {z.id}))
        for n in networks:
            n.id, n.zone = new_id[n.id], remap(n.zone)
            if n.vni is not None and any(o.vni == n.vni for o in topo.networks):
                n.vni = addressing.next_free_vni(topo)
            m.add(ListInsert(doc, topo.networks, None, n, {n.id}))
        kinds = {o.id: o.kind for o in topo.devices}
        kinds.update((new_id[d.id], d.kind) for d in devices)
        for d in devices:
            _adopt(topo, d, new_id, remap, kinds)
            m.add(ListInsert(doc, topo.devices, None, d, {d.id}))
        shifted = dict(topo.layout)
        for old, coords in layout.items():
            if old in new_id and len(coords) >= 2:
                moved = [coords[0] + offset[0], coords[1] + offset[1], *coords[2:]]
                shifted[new_id[old]] = [float(c) for c in moved]
        if shifted != topo.layout:
            m.add(MappingReplace(doc, topo.layout, shifted, set()))
        m.touch(new_id.values())
    return m


def _adopt(topo: Topology, d: Device, new_id: dict[str, str],
           remap: Callable[[str | None], str | None], kinds: dict[str, str]) -> None:
    """Point a pasted device at the pasted copies (or existing objects) and give it free IPs."""
    d.id = new_id[d.id]
    d.zone = remap(d.zone)
    d.host, d.node, d.dns = remap(d.host), remap(d.node), remap(d.dns)
    # An existing object of another kind is no container: a pod on a VM would be drawn inside
    # it and walked as if it were a node.
    if d.host is not None and kinds.get(d.host) != "esxi-host":
        d.host = None
    if d.node is not None and kinds.get(d.node) != "k8s-node":
        d.node = None
    d.peer, d.bridge = remap(d.peer), remap(d.bridge)
    d.interfaces = [i for i in d.interfaces if remap(i.network) is not None]
    claimed: dict[str, set[ipaddress.IPv4Address]] = {}
    for itf in d.interfaces:
        itf.network = remap(itf.network)
        itf.mac = None  # derived from id and name, so a copy gets its own
        network = topo.network(itf.network or "")
        if network is None or not itf.ip:
            continue
        mine = claimed.setdefault(network.id, set())
        used = addressing.used_addresses(topo, network) | mine
        try:
            current = ipaddress.IPv4Interface(itf.ip).ip
        except ValueError:
            current = None
        if current is None or current in used:
            try:
                itf.ip = addressing.next_free_address(topo, network, mine)
            except ValueError:
                itf.ip = None
            # Secondary addresses are NAT addresses of the original; a copy must not answer them.
            itf.secondary = []
        if itf.ip:
            mine.add(ipaddress.IPv4Interface(itf.ip).ip)
    if d.vips and any(v in {x for o in topo.devices for x in (o.vips or [])} for v in d.vips):
        d.vips = None
    if d.pod_cidr and any(o.pod_cidr == d.pod_cidr for o in topo.devices):
        d.pod_cidr = addressing.next_pod_block(topo, d) or d.pod_cidr
    node = topo.device(d.node or "")
    if d.ip and node is not None and any(o.ip == d.ip for o in topo.devices):
        d.ip = addressing.next_pod_address(topo, node) or d.ip
