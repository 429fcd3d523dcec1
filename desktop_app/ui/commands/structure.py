"""Commands that change what exists: add, connect, re-host, move, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.model.editing import addressing
from desktop_app.model.editing.references import find, references
from desktop_app.model.topology import (
    DEVICE_KINDS,
    HOSTED_KINDS,
    NETWORK_KINDS,
    Device,
    Flow,
    Interface,
    Network,
    Topology,
    Zone,
)
from desktop_app.ui.document import Document
from desktop_app.ui.model_words import kind_name

from .base import ListInsert, ListRemove, Macro, MappingReplace, MoveItems, SetAttr

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

Point = tuple[float, float]


def _index(items: list[object], obj: object) -> int:
    return next(i for i, x in enumerate(items) if x is obj)


def _place(macro: Macro, doc: Document, ident: str, coords: list[float] | None) -> None:
    if coords is not None:
        layout = dict(doc.topology.layout)
        layout[ident] = [float(c) for c in coords]
        macro.add(MappingReplace(doc, doc.topology.layout, layout, {ident}))


def add_device(doc: Document, device: Device, pos: Point | None = None) -> QUndoCommand:
    """Add a device (its id must be valid and unused), optionally at a canvas position."""
    addressing.check_id(doc.topology, device.id)
    if device.kind not in DEVICE_KINDS:
        raise ValueError(f"'{device.kind}' is not a device kind")
    with Macro(doc, translate("commands", "Add {id}").format(id=device.id)) as m:
        m.add(ListInsert(doc, doc.topology.devices, None, device, {device.id}))
        _place(m, doc, device.id, list(pos) if pos is not None else None)
    return m


def add_network(doc: Document, network: Network, pos: Point | None = None) -> QUndoCommand:
    """Add a network, optionally at a canvas position."""
    addressing.check_id(doc.topology, network.id)
    if network.kind not in NETWORK_KINDS:
        raise ValueError(f"'{network.kind}' is not a network kind")
    with Macro(doc, translate("commands", "Add {id}").format(id=network.id)) as m:
        m.add(ListInsert(doc, doc.topology.networks, None, network, {network.id}))
        _place(m, doc, network.id, list(pos) if pos is not None else None)
    return m


def add_zone(doc: Document, zone: Zone,
             rect: tuple[float, float, float, float] | None = None) -> QUndoCommand:
    """Add a zone, optionally with its rectangle ``(x, y, w, h)``."""
    addressing.check_id(doc.topology, zone.id)
    with Macro(doc, translate("commands", "Add zone {id}").format(id=zone.id)) as m:
        m.add(ListInsert(doc, doc.topology.zones, None, zone, {zone.id}))
        _place(m, doc, zone.id, list(rect) if rect is not None else None)
    return m


def add_flow(doc: Document, flow: Flow) -> QUndoCommand:
    """Save a flow (a traced scenario) into the topology."""
    addressing.check_id(doc.topology, flow.id, "flow")
    return ListInsert(doc, doc.topology.flows, None, flow, {flow.id},
                      translate("commands", "Add flow {id}").format(id=flow.id))


def connect(doc: Document, device_id: str, network_id: str) -> QUndoCommand:
    """Give the device a new interface on the network with the next free address."""
    topo = doc.topology
    device, network = topo.device(device_id), topo.network(network_id)
    if device is None:
        raise ValueError(translate("commands", "there is no device '{id}'").format(id=device_id))
    if network is None:
        raise ValueError(translate("commands", "there is no network '{id}'").format(id=network_id))
    if device.kind == "pod":
        raise ValueError(translate(
            "commands", "{id} is a pod: it takes its address from its node's pod CIDR; "
            "put it on a node instead").format(id=device_id))
    itf = Interface(name=addressing.next_interface_name(device), network=network_id,
                      ip=addressing.next_free_address(topo, network))
    has_gateway = any(i.gateway for i in device.interfaces)
    if device.kind in addressing.END_HOST_KINDS and not has_gateway:
        itf.gateway = addressing.gateway_for(topo, network)
    itf.key_order = [k for k in ("name", "network", "ip", "gateway") if getattr(itf, k)]
    return ListInsert(doc, device.interfaces, None, itf, {device_id, network_id},
                      translate("commands", "Connect {device} to {network}").format(
                          device=device_id, network=network_id))


def disconnect(doc: Document, device_id: str, interface_index: int) -> QUndoCommand:
    """Remove one interface of a device."""
    device = doc.topology.device(device_id)
    if device is None:
        raise ValueError(translate("commands", "there is no device '{id}'").format(id=device_id))
    if not 0 <= interface_index < len(device.interfaces):
        raise ValueError(f"{device_id} has no interface number {interface_index}")
    itf = device.interfaces[interface_index]
    ids = {device_id} | ({itf.network} if itf.network else set())
    name = device.interface_names()[interface_index]
    return ListRemove(doc, device.interfaces, interface_index, ids,
                      translate("commands", "Disconnect {device} {interface}").format(
                          device=device_id, interface=name))


def set_host(doc: Document, device_id: str, host_id: str | None) -> QUndoCommand:
    """Run a VM-like device on another ESXi host (or on none)."""
    topo = doc.topology
    device = topo.device(device_id)
    if device is None:
        raise ValueError(translate("commands", "there is no device '{id}'").format(id=device_id))
    if device.kind not in HOSTED_KINDS:
        raise ValueError(translate("commands", "a {kind} does not run on an ESXi host").format(
            kind=kind_name(device.kind)))
    if host_id is not None:
        host = topo.device(host_id)
        if host is None or host.kind != "esxi-host":
            raise ValueError(translate("commands", "'{id}' is not an ESXi host").format(id=host_id))
    ids = {device_id} | {h for h in (device.host, host_id) if h}
    if host_id:
        text = translate("commands", "Put {id} on {host}").format(id=device_id, host=host_id)
    else:
        text = translate("commands", "Put {id} off its host").format(id=device_id)
    return SetAttr(doc, device, "host", host_id, ids, text)


def set_node(doc: Document, pod_id: str, node_id: str) -> QUndoCommand:
    """Schedule a pod on another k8s node; its address moves into the new node's pod CIDR."""
    topo = doc.topology
    pod, node = topo.device(pod_id), topo.device(node_id)
    if pod is None or pod.kind != "pod":
        raise ValueError(translate("commands", "'{id}' is not a pod").format(id=pod_id))
    if node is None or node.kind != "k8s-node":
        raise ValueError(translate("commands", "'{id}' is not a Kubernetes node").format(
            id=node_id))
    text = translate("commands", "Schedule {pod} on {node}").format(pod=pod_id, node=node_id)
    with Macro(doc, text) as m:
        m.add(SetAttr(doc, pod, "node", node_id, {pod_id, node_id, *filter(None, [pod.node])}))
        if pod.ip and not pod.host_network and not addressing.address_in(pod.ip, node.pod_cidr):
            fresh = addressing.next_pod_address(topo, node)
            if fresh is not None:
                m.add(SetAttr(doc, pod, "ip", fresh, {pod_id}))
    return m


def move_items(doc: Document, positions: dict[str, Point | list[float]]) -> QUndoCommand:
    """Record new canvas positions (or zone rectangles); consecutive moves of the same ids merge."""
    return MoveItems(doc, {k: [float(c) for c in v] for k, v in positions.items()})


def rename(doc: Document, old_id: str, new_id: str) -> QUndoCommand:
    """Change an id and every reference to it, layout key included."""
    topo = doc.topology
    target = find(topo, old_id)
    if target.kind == "topology":
        raise ValueError(translate("commands", "the topology has a name, not an id"))
    addressing.check_id(topo, new_id, target.kind, current=target.id)
    text = translate("commands", "Rename {old} to {new}").format(old=target.id, new=new_id)
    with Macro(doc, text) as m:
        if new_id == target.id:
            return m
        m.add(SetAttr(doc, target.obj, "id", new_id, {target.id, new_id}))
        for obj, attr in references(topo, target.kind, target.id):
            m.add(SetAttr(doc, obj, attr, new_id, set()))
        if target.kind in ("zone", "network", "device") and target.id in topo.layout:
            layout = {(new_id if k == target.id else k): v for k, v in topo.layout.items()}
            m.add(MappingReplace(doc, topo.layout, layout, set()))
        m.touch(None)  # references are drawn all over the canvas
    return m


# -- delete -----------------------------------------------------------------------------

def _dependents(topo: Topology, device_ids: set[str]) -> set[str]:
    """The devices plus everything that runs on them: VMs on a host, pods on a node, transitively."""
    out = set(device_ids)
    grew = True
    while grew:
        extra = {d.id for d in topo.devices
                 if d.id not in out and (d.host in out or d.node in out)}
        out |= extra
        grew = bool(extra)
    return out


def delete(doc: Document, ids: list[str]) -> QUndoCommand:
    """Delete objects and what depends on them, as one undo step.

    A host takes its VMs (and their pods) along, a node its pods; a network takes the
    interfaces on it; a zone hands its contents to its parent; flows that start or end at a
    deleted device go too. Other references to deleted things are cleared.
    """
    topo = doc.topology
    targets = [find(topo, i) for i in ids]
    zones = {x.id for x in targets if x.kind == "zone"}
    networks = {x.id for x in targets if x.kind == "network"}
    devices = _dependents(topo, {x.id for x in targets if x.kind == "device"})
    clusters = {x.id for x in targets if x.kind == "cluster"}
    flows = {x.id for x in targets if x.kind == "flow"}
    flows |= {f.id for f in topo.flows if f.source in devices or f.to in devices}
    count = len(zones | networks | devices) + len(clusters) + len(flows)
    text = translate("commands", "Delete {id}").format(id=ids[0]) if len(ids) == 1 and count == 1 \
        else translate("commands", "Delete {n} items").format(n=count)
    with Macro(doc, text) as m:
        m.touch(zones | networks | devices | clusters | flows)
        for zone_id in zones:
            parent = _zone_parent(topo, zone_id, zones)
            for obj, attr in references(topo, "zone", zone_id):
                m.add(SetAttr(doc, obj, attr, parent, _ids_of(obj)))
        for net_id in networks:
            for d in topo.devices:
                for itf in [i for i in d.interfaces if i.network == net_id]:
                    m.add(ListRemove(doc, d.interfaces, _index(d.interfaces, itf), {d.id}))
            for obj, attr in references(topo, "network", net_id):
                m.add(SetAttr(doc, obj, attr, None, _ids_of(obj)))
        for dev_id in devices:
            for obj, attr in references(topo, "device", dev_id):
                if getattr(obj, "id", None) not in devices | flows:
                    m.add(SetAttr(doc, obj, attr, None, _ids_of(obj)))
        for cluster_id in clusters:
            for obj, attr in references(topo, "cluster", cluster_id):
                if obj.id not in devices:
                    m.add(SetAttr(doc, obj, attr, None, {obj.id}))
        for items, gone in ((topo.flows, flows), (topo.kubernetes, clusters),
                            (topo.devices, devices), (topo.networks, networks),
                            (topo.zones, zones)):
            for obj in [o for o in items if o.id in gone]:
                m.add(ListRemove(doc, items, _index(items, obj), {obj.id}))
        drawn = zones | networks | devices
        if any(k in drawn for k in topo.layout):
            layout = {k: v for k, v in topo.layout.items() if k not in drawn}
            m.add(MappingReplace(doc, topo.layout, layout, set()))
    return m


def _zone_parent(topo: Topology, zone_id: str, deleted: set[str]) -> str | None:
    """The nearest enclosing zone that survives the delete."""
    zone = topo.zone(zone_id)
    seen = {zone_id}
    parent = zone.parent if zone else None
    while parent in deleted and parent not in seen:
        seen.add(parent)
        up = topo.zone(parent)
        parent = up.parent if up else None
    return None if parent in deleted else parent


def _ids_of(obj: object) -> set[str]:
    ident = getattr(obj, "id", None)
    return {ident} if isinstance(ident, str) else set()
