"""The draw.io export in layers: underlay, overlay, the stretch, the path and its hop numbers.

diagrams.net lists the root cell's children as layers and hides a layer's cells with it; the
test reads the file as diagrams.net does (cells by ``parent``) and checks each kind of thing
sits on its layer, links carry interface, VLAN and VNI labels, and no cell is lost.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.engine import trace
from desktop_app.export.drawio import drawio_bytes
from desktop_app.export.formats import ExportRequest, export_bytes
from desktop_app.model import dumps, load
from desktop_app.model.embedded import KEY
from desktop_app.paths import REFERENCE_SAMPLE

FLOW = "flow1-internet-to-web"


@pytest.fixture(scope="module")
def topology():
    return load(REFERENCE_SAMPLE).topology


@pytest.fixture(scope="module")
def layered(topology):
    result = trace(topology, topology.flow(FLOW))
    return export_bytes(ExportRequest(".drawio", trace=result), topology)


def _cells(data: bytes) -> list[ET.Element]:
    return ET.fromstring(data).findall("diagram/mxGraphModel/root/mxCell")


def _layers(data: bytes) -> dict[str, str]:
    """Layer id → name: the cells whose parent is the root cell."""
    cells = _cells(data)
    root = cells[0].get("id")
    return {c.get("id"): c.get("value") for c in cells if c.get("parent") == root}


def test_the_layers_diagrams_net_lists(layered):
    names = list(_layers(layered).values())
    assert names == ["Zones", "Underlay: VLANs, routers, hosts",
                     "Overlay: logical switches, ESG, DLR, VMs, nodes, pods", "L2 stretch",
                     "Traced path", "Hop numbers"]


def test_every_thing_sits_on_its_layer(layered, topology):
    layers = _layers(layered)
    by_name = {name.split(":")[0]: layer for layer, name in layers.items()}
    parent = {c.get("id"): c.get("parent") for c in _cells(layered)}
    for network in topology.networks:
        want = "Overlay" if network.kind == "vxlan" else "Underlay"
        assert parent[network.id] == by_name[want], network.id
    for device in topology.devices:
        if device.kind in ("router", "esxi-host", "client", "dns"):
            want = "Underlay"
        elif device.kind == "l2-concentrator":
            want = "L2 stretch"
        else:
            want = "Overlay"
        assert parent[device.id] == by_name[want], device.id
    for zone in topology.zones:
        assert parent[zone.id] == by_name["Zones"]
    assert parent["_flow"] == by_name["Traced path"]
    hops = [i for i in parent if i.startswith("_hop")]
    assert len(hops) == len(trace(topology, topology.flow(FLOW)).hops)
    assert {parent[h] for h in hops} == {by_name["Hop numbers"]}
    tunnels = [c for c in _cells(layered) if c.get("source") in {d.id for d in topology.devices
               if d.kind == "l2-concentrator"} and c.get("target") in {d.id for d in topology.devices}]
    assert tunnels and {c.get("parent") for c in tunnels} == {by_name["L2 stretch"]}


def test_no_cell_is_lost_and_links_name_their_segment(layered, topology):
    plain = _cells(drawio_bytes(topology, trace=trace(topology, topology.flow(FLOW))))
    cells = {c.get("id"): c for c in _cells(layered)}
    assert {c.get("id") for c in plain} <= set(cells)
    networks = {n.id: n for n in topology.networks}
    labels = []
    for cell in cells.values():
        target = networks.get(cell.get("target") or "")
        if cell.get("edge") == "1" and target is not None:
            labels.append(cell.get("value"))
            if target.vni is not None:
                assert cell.get("value").endswith(f"VNI {target.vni}")
            elif target.vlan is not None:
                assert cell.get("value").endswith(f"VLAN {target.vlan}")
    assert any(" VNI " in v for v in labels) and any(" VLAN " in v for v in labels)
    assert any(v.startswith("eth") for v in labels)


def test_the_file_carries_its_topology(layered, topology):
    assert ET.fromstring(layered).get(KEY) == dumps(topology)
