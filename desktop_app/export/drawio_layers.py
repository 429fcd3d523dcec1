"""The draw.io file in layers a reader can switch on and off in diagrams.net.

``drawio.py`` writes every shape at the editor's positions under one layer; this module sorts
the cells into draw.io layers (children of the root cell, which diagrams.net lists in its
Layers panel): the zones, the underlay (VLAN segments, the WAN and the internet, routers,
clients and ESXi hosts), the overlay (VXLAN logical switches, NSX Edges and DLRs, VMs,
Kubernetes nodes and pods), the L2 stretch (the concentrators and their tunnel), the traced
path and its hop numbers. A link goes with its device, so hiding the overlay hides the
overlay's uplinks too. Links are labelled with the interface, its address and the network's
VLAN or VNI. The topology's file text rides along in an attribute of ``<mxfile>``, so the
file opens again in hybridviz (``desktop_app.model.embedded``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.diagram import geometry
from desktop_app.model.embedded import KEY
from desktop_app.model.topology import Device, Network, Topology

ROOT = "_root"
# (cell id, name in the Layers panel), back to front. The first is drawio.py's own layer.
LAYERS = (
    ("_layer", "Zones"),
    ("_layer_underlay", "Underlay: VLANs, routers, hosts"),
    ("_layer_overlay", "Overlay: logical switches, ESG, DLR, VMs, nodes, pods"),
    ("_layer_stretch", "L2 stretch"),
    ("_layer_path", "Traced path"),
    ("_layer_hops", "Hop numbers"),
)
UNDERLAY_KINDS = {"client", "dns", "router", "esxi-host"}
OVERLAY_NETWORKS = {"vxlan"}


def _device_layer(device: Device) -> str:
    if device.kind == "l2-concentrator":
        return "_layer_stretch"
    return "_layer_underlay" if device.kind in UNDERLAY_KINDS else "_layer_overlay"


def _network_layer(network: Network) -> str:
    return "_layer_overlay" if network.kind in OVERLAY_NETWORKS else "_layer_underlay"


def link_label(network: Network | None, name: str, ip: str | None) -> str:
    """``eth1 10.10.1.5/24`` and the segment it joins: ``VLAN 1104`` or ``VNI 5001``."""
    parts = [x for x in (name, ip) if x]
    if network is not None:
        if network.vni is not None:
            parts.append(f"VNI {network.vni}")
        elif network.vlan is not None:
            parts.append(f"VLAN {network.vlan}")
    return " ".join(parts)


def layered(data: bytes, topology: Topology, diagram: geometry.Diagram, source: str = "") -> bytes:
    """``data`` (a ``.drawio`` file ``drawio.py`` wrote from ``diagram``) in layers."""
    mxfile = ET.fromstring(data)
    if source:
        mxfile.set(KEY, source)
    root = mxfile.find("./diagram/mxGraphModel/root")
    if root is None:
        return data
    devices = {d.id: d for d in topology.devices}
    networks = {n.id: n for n in topology.networks}
    links = {link.key: link for link in diagram.links}
    cells = list(root)
    for cell in cells:
        root.remove(cell)
    existing = {c.get("id"): c for c in cells}
    layers: dict[str, ET.Element] = {}
    for cell_id, name in LAYERS:
        layer = existing.get(cell_id)
        if layer is None:
            layer = ET.Element("mxCell", {"id": cell_id})
        layer.set("value", name)
        layer.set("parent", ROOT)
        layers[cell_id] = layer
    by_layer: dict[str, list[ET.Element]] = {cell_id: [] for cell_id in layers}
    for cell in cells:
        cell_id = cell.get("id") or ""
        if cell_id != ROOT and cell_id not in layers:
            by_layer[_layer_of(cell, devices, networks, links)].append(cell)
    root.append(existing.get(ROOT, ET.Element("mxCell", {"id": ROOT})))
    # The three layers every topology has, and the others when they hold something.
    root.extend(layers[i] for i, _ in LAYERS
                if by_layer[i] or i in ("_layer", "_layer_underlay", "_layer_overlay"))
    for cell_id, members in by_layer.items():
        for cell in members:
            cell.set("parent", cell_id)
            root.append(cell)
    ET.indent(mxfile)
    return ET.tostring(mxfile, encoding="utf-8", xml_declaration=True) + b"\n"


def _layer_of(cell: ET.Element, devices: dict[str, Device], networks: dict[str, Network],
              links: dict[str, geometry.Link]) -> str:
    cell_id = cell.get("id") or ""
    if cell_id == "_flow":
        return "_layer_path"
    if cell_id.startswith("_hop"):
        return "_layer_hops"
    if cell_id in devices:
        return _device_layer(devices[cell_id])
    if cell_id in networks:
        return _network_layer(networks[cell_id])
    source, target = cell.get("source"), cell.get("target")
    if cell.get("edge") == "1" and source in devices:
        device = devices[source]
        link = links.get(cell_id)
        if link is not None:  # an interface link: labelled with its segment too
            cell.set("value", link_label(networks.get(link.network), link.name, link.ip))
        return _device_layer(device) if target not in devices else "_layer_stretch"
    return "_layer"  # zones, and anything else drawio.py adds
