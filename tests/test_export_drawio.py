"""The draw.io export: mxfile XML with a cell per zone, device and network at the editor's places."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.diagram import geometry
from desktop_app.diagram import labels as lb
from desktop_app.diagram.auto_layout import complete
from desktop_app.engine import trace
from desktop_app.export.drawio import MARGIN, drawio_bytes
from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE


@pytest.fixture
def topology():
    return load(REFERENCE_SAMPLE).topology


def _cells(data: bytes) -> dict[str, ET.Element]:
    root = ET.fromstring(data)
    assert root.tag == "mxfile"
    model = root.find("diagram/mxGraphModel")
    assert model is not None
    cells = model.findall("root/mxCell")
    ids = [c.get("id") for c in cells]
    assert len(ids) == len(set(ids)), "cell ids must be unique"
    return {c.get("id"): c for c in cells}


def test_one_cell_per_zone_device_and_network(topology):
    cells = _cells(drawio_bytes(topology))
    vertices = {i for i, c in cells.items() if c.get("vertex") == "1"}
    assert {d.id for d in topology.devices} <= vertices
    assert {n.id for n in topology.networks} <= vertices
    assert {z.id for z in topology.zones} <= vertices
    assert len(vertices) == len(topology.devices) + len(topology.networks) + len(topology.zones)
    for c in cells.values():
        if c.get("vertex") == "1" or c.get("edge") == "1":
            assert c.get("parent") in cells


def test_links_are_edges_from_device_to_network(topology):
    cells = _cells(drawio_bytes(topology))
    edges = [c for c in cells.values() if c.get("edge") == "1"]
    interfaces = sum(len(d.interfaces) for d in topology.devices)
    links = [e for e in edges if "#" in (e.get("id") or "")]
    assert len(links) == interfaces
    for e in links:
        device, _ = e.get("id").split("#")
        assert e.get("source") == device
        assert e.get("target") in {n.id for n in topology.networks}
    tunnels = [e for e in edges if "~" in (e.get("id") or "")]
    assert len(tunnels) == 1 and "dashed=1" in tunnels[0].get("style")


def test_positions_are_the_editors(topology):
    positions = complete(topology)
    diagram = geometry.compute(topology, positions)
    bounds = diagram.bounds()
    cells = _cells(drawio_bytes(topology, positions))
    icons = {owner: box for box, owner in lb.icon_boxes(topology, diagram)}
    for device in ("esg", "fcr", "web-2"):
        # A device is its icon; a pod its pill.
        box = diagram.glyphs[device] if device == "web-2" else icons[device]
        geo = cells[device].find("mxGeometry")
        assert float(geo.get("x")) == pytest.approx(box.x - bounds.x + MARGIN, abs=0.1)
        assert float(geo.get("y")) == pytest.approx(box.y - bounds.y + MARGIN, abs=0.1)
        assert float(geo.get("width")) == pytest.approx(box.w, abs=0.1)


def test_labels_are_plain_escaped_text(topology):
    topology.device("esg").label = "<script>alert(1)</script> & <b>bold</b>"
    data = drawio_bytes(topology)
    cells = _cells(data)
    assert cells["esg"].get("value").startswith("<script>alert(1)</script> & <b>bold</b>")
    assert b"<script" not in data and b"&lt;script&gt;" in data
    assert "html=1" not in cells["esg"].get("style")  # draw.io would read the label as HTML


def test_flow_path_and_hop_numbers(topology):
    result = trace(topology, topology.flow("flow3-enterprise-to-vm"))
    cells = _cells(drawio_bytes(topology, trace=result))
    assert "_flow" in cells
    points = cells["_flow"].findall("mxGeometry/Array/mxPoint")
    assert len(points) >= len(result.hops) - 2
    numbers = [cells[f"_hop{h.index}"].get("value") for h in result.hops]
    assert numbers == [str(h.index) for h in result.hops]


def test_same_topology_same_bytes(topology):
    assert drawio_bytes(topology) == drawio_bytes(load(REFERENCE_SAMPLE).topology)


def test_labels_sit_where_the_placement_puts_them_clear_of_the_flow(topology):
    """Each vertex's label is centred on its placed box (offset from the cell's centre): no
    two overlap, none covers an icon, the flow's line or a hop number."""
    positions = complete(topology)
    diagram = geometry.compute(topology, positions)
    bounds = diagram.bounds()
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    cells = _cells(drawio_bytes(topology, positions, trace=result))
    ids, marks = lb.flow_obstacles(diagram, result)
    placement = lb.place_labels(topology, diagram, lb.LabelOptions(path_devices=ids, flow=marks))
    boxes = []
    for key, label in placement.labels.items():
        if not key.startswith(("device:", "zone:", "network:")):
            continue
        cell = cells[key.split(":", 1)[1]]
        geo = cell.find("mxGeometry")
        offset = geo.find("mxPoint[@as='offset']")
        cx = float(geo.get("x")) + float(geo.get("width")) / 2 + float(offset.get("x"))
        cy = float(geo.get("y")) + float(geo.get("height")) / 2 + float(offset.get("y"))
        w = float(cell.get("style").split("labelWidth=")[1].split(";")[0])
        h = label.box.h
        boxes.append(geometry.Box(cx - w / 2 + bounds.x - MARGIN, cy - h / 2 + bounds.y - MARGIN, w, h))
        assert "noLabel" not in cell.get("style")
    assert len(boxes) >= len(topology.devices)
    icons = [b for b, _ in placement.icons]
    assert lb.count_overlaps(boxes, icons, marks).total == 0
