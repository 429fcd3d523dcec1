"""Exports draw collapsed boxes shut, as the window does, and a flow through one goes to it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.diagram.auto_layout import complete_diagram
from desktop_app.diagram.collapse import collapsed_view, hidden_count
from desktop_app.diagram.flow_path import flow_path
from desktop_app.engine import trace
from desktop_app.export import svg
from desktop_app.export.formats import ExportRequest, export_bytes
from desktop_app.model import load
from desktop_app.model.view_state import hidden_by_collapse, with_flag
from desktop_app.paths import REFERENCE_SAMPLE

NS = "{http://www.w3.org/2000/svg}"
FLOW = "flow3-enterprise-to-vm"  # starts at a user on the enterprise site


@pytest.fixture(scope="module")
def shut():
    """The reference sample with the enterprise site collapsed and ESXi host 2 too."""
    topology = load(REFERENCE_SAMPLE).topology
    for item, zone in (("enterprise", True), ("esxi-2", False)):
        topology.layout[item] = with_flag(topology.layout[item], zone, True)
    return topology


def _svg_texts(data: bytes) -> set[str]:
    root = ET.fromstring(data)
    return {"".join(t.itertext()).strip() for t in root.iter(f"{NS}text")}


def test_svg_leaves_out_what_a_collapsed_box_holds(shut):
    hidden = hidden_by_collapse(shut)
    assert {"ent-user", "onprem-app", "proxy-1", "cloud-l2c"} <= hidden
    texts = " ".join(_svg_texts(svg.svg_bytes(shut)))
    for d in shut.devices:
        words = d.display_label.split()[0]
        if d.id in hidden:
            assert d.display_label not in texts, d.id
        else:
            assert words in texts, d.id
    assert "Enterprise site" in texts and "ESXi host 2" in texts  # the boxes keep their titles
    # …and say how much they hold, as the window does.
    assert "6 devices inside (collapsed)" in texts
    assert f"{hidden_count(shut, 'esxi-2')} devices inside (collapsed)" in texts
    icons = [u for u in ET.fromstring(svg.svg_bytes(shut)).iter(f"{NS}use")
             if u.get("class") == "device-icon"]
    assert len(icons) == len(shut.devices) - len([d for d in shut.devices if d.id in hidden])


def test_drawio_leaves_them_out_too(shut):
    data = export_bytes(ExportRequest(".drawio"), shut)
    cells = ET.fromstring(data).findall("diagram/mxGraphModel/root/mxCell")
    ids = {c.get("id") for c in cells}
    assert "esg" in ids and "enterprise" in ids
    assert not {"ent-user", "onprem-app", "proxy-1"} & ids
    values = {c.get("id"): c.get("value") for c in cells}
    assert values["enterprise"] == "Enterprise site\n6 devices inside (collapsed)"
    assert values["esxi-2"].endswith(" devices inside (collapsed)")


def test_a_flow_through_a_collapsed_zone_is_drawn_to_its_box(shut):
    result = trace(shut, shut.flow(FLOW))
    assert result.hops[0].device == "ent-user"
    diagram, _ = collapsed_view(shut, complete_diagram(shut)[1])
    path = flow_path(diagram, result)
    zone = diagram.zones["enterprise"]
    # Hops inside the shut zone stop at its box, not at the corner of the picture.
    for hop, stop in zip(result.hops, path.stops, strict=True):
        if diagram.stand_ins.get(hop.device) == "enterprise":
            assert (stop[0], stop[1]) == (zone.cx, zone.cy), hop.device
    assert path.stops[0] == (zone.cx, zone.cy)
    assert all(min(p) > 0 for leg in path.legs for p in leg.points)


def test_the_note_is_in_the_exports_language(shut):
    # An export made in Chinese passes the window's translate: the note goes through it too.
    def chinese(context: str, text: str) -> str:
        return "内含 {count} 台设备（已折叠）" if text == "{count} devices inside (collapsed)" else text

    texts = _svg_texts(svg.svg_bytes(shut, svg.SvgOptions(translate=chinese)))
    assert "内含 6 台设备（已折叠）" in texts
