"""Label placement: no label over another, over an icon or over a drawn flow, at fit and at
100 %, on the samples and a 5,000-device topology; names wrap, never cut; levels of detail."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.diagram import geometry
from desktop_app.diagram import labels as lb
from desktop_app.diagram.auto_layout import complete_diagram
from desktop_app.engine import trace
from desktop_app.export import svg
from desktop_app.model import load, loads
from desktop_app.paths import REFERENCE_SAMPLE, SAMPLES

BENCH = Path(__file__).resolve().parents[1] / "bench"
FLOW1 = "flow1-internet-to-web"
# The canvas of the main window at 1920×1080 (docks open), and at 1366×768.
CANVAS_1920 = (1324, 790)
CANVAS_1366 = (770, 478)


def _synthetic():
    sys.path.insert(0, str(BENCH))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCH))
    return loads(generate(5000)).topology


CASES = {
    "reference": (lambda: load(REFERENCE_SAMPLE).topology, FLOW1),
    "iks": (lambda: load(SAMPLES / "iks-vcs.yaml").topology, None),
    "synthetic-5000": (_synthetic, None),
}


@pytest.fixture(scope="module", params=list(CASES))
def case(request):
    make, flow_id = CASES[request.param]
    topology = make()
    _, diagram = complete_diagram(topology)
    flow = topology.flow(flow_id) if flow_id else topology.flows[0]
    result = trace(topology, flow)
    return request.param, topology, diagram, result


@pytest.mark.parametrize("zoom", ["fit", "100 %"])
@pytest.mark.parametrize("with_flow", [True, False])
def test_no_label_overlaps_another_an_icon_or_the_flow(case, zoom, with_flow):
    _, topology, diagram, result = case
    scale = lb.fit_scale(diagram, *CANVAS_1920) if zoom == "fit" else 1.0
    ids, marks = lb.flow_obstacles(diagram, result) if with_flow else (frozenset(), lb.FlowMarks())
    placement = lb.place_labels(topology, diagram, lb.LabelOptions(
        scale=scale, path_devices=ids, flow=marks, edge=max(lb.EDGE, 36 / scale)))
    assert placement.labels, "something is labelled"
    boxes = [label.box for label in placement.labels.values()]
    icons = [box for box, _ in lb.icon_boxes(topology, diagram)]
    assert lb.count_overlaps(boxes, icons, marks) == lb.Overlaps(0, 0, 0)


def test_the_counter_sees_overlaps():
    a, b = geometry.Box(0, 0, 100, 20), geometry.Box(50, 10, 100, 20)
    icon = geometry.Box(120, 12, 10, 10)
    flow = lb.FlowMarks(((0.0, 100.0), (300.0, 100.0), (300.0, 0.0)), (geometry.Box(-2, -2, 4, 4),))
    assert lb.count_overlaps([a, b], [icon], flow) == lb.Overlaps(1, 1, 1)
    # a under the badge, the other crossed by the vertical leg
    assert lb.count_overlaps([a, geometry.Box(290, 40, 20, 10)], [], flow).label_path == 2


def _reference():
    topology = load(REFERENCE_SAMPLE).topology
    _, diagram = complete_diagram(topology)
    return topology, diagram


@pytest.mark.parametrize("canvas", [CANVAS_1920, CANVAS_1366], ids=["1920x1080", "1366x768"])
@pytest.mark.parametrize("path_shown", [False, True], ids=["plain", "flow-1-path"])
def test_the_fit_view_names_every_device_and_zone(canvas, path_shown):
    topology, diagram = _reference()
    scale = lb.fit_scale(diagram, *canvas)
    ids = (frozenset(h.device for h in trace(topology, topology.flow(FLOW1)).hops)
           if path_shown else frozenset())
    placement = lb.place_labels(topology, diagram, lb.LabelOptions(
        scale=scale, path_devices=ids, edge=36 / scale,
        room=lb.view_room(diagram, *canvas, scale)))
    for d in topology.devices:
        label = placement.label(f"device:{d.id}")
        assert label is not None, d.id
        size = lb.ROLES[label.lines[0].role][0] * label.grow * scale
        assert size >= lb.SHRUNK - 0.01, (d.id, size)
    for z in topology.zones:
        label = placement.label(f"zone:{z.id}")
        assert label is not None, z.id
        assert lb.ROLES["zone"][0] * label.grow * scale >= lb.ZONE_SHRUNK - 0.01
    # Names set farther off than the usual places point at their icons where they can.
    for label in placement.labels.values():
        if label.leader is not None:
            (x0, y0), (x1, y1) = label.leader
            assert label.box.x - 0.01 <= x0 <= label.box.right + 0.01
            assert label.box.y - 0.01 <= y0 <= label.box.bottom + 0.01
            assert diagram.glyphs[label.owner].grown(1, 1, 1, 1).contains(x1, y1)
    # Every label stays inside what the view shows.
    shown = lb.view_room(diagram, *canvas, scale) or diagram.bounds().grown(*(36 / scale,) * 4)
    assert all(shown.grown(1, 1, 1, 1).encloses(label.box) for label in placement.labels.values())
    icons = [box for box, _ in lb.icon_boxes(topology, diagram)]
    assert lb.count_overlaps([label.box for label in placement.labels.values()], icons,
                             lb.FlowMarks()) == lb.Overlaps(0, 0, 0)
    # Interface labels would be 2 px high here: they wait for a closer zoom.
    assert not any(key.startswith("link:") for key in placement.labels)


def test_path_names_keep_their_size_on_screen_and_come_first():
    topology, diagram = _reference()
    result = trace(topology, topology.flow(FLOW1))
    ids, marks = lb.flow_obstacles(diagram, result)
    for scale in (0.5, 1.0, 2.0):
        placement = lb.place_labels(topology, diagram, lb.LabelOptions(
            scale=scale, path_devices=ids, flow=marks))
        for device in ids:
            if device not in diagram.glyphs:
                continue  # the internet cloud is a network
            label = placement.label(f"device:{device}")
            assert label is not None, (device, scale)
            on_screen = lb.ROLES[label.lines[0].role][0] * label.grow * scale
            assert on_screen >= lb.FLOOR_PATH - 0.01, (device, scale, on_screen)


def test_long_names_wrap_and_keep_every_word():
    topology, diagram = _reference()
    placement = lb.place_labels(topology, diagram, lb.LabelOptions(scale=1.0))
    wrapped = 0
    for d in topology.devices:
        label = placement.label(f"device:{d.id}")
        assert label is not None, d.id
        names = [line.text for line in label.lines if line.role in ("name", "title", "pod")]
        assert " ".join(names).split() == d.display_label.split()
        wrapped += len(names) > 1
    assert wrapped >= 3  # "ICP proxy node (holds the cluster VIP)" and the like


def test_a_narrow_box_wraps_its_title_between_words_not_inside_one():
    # A collapsed zone is a small box; at a far zoom its title grows to stay legible and
    # would have split "Enterprise" between letters to fit the box's width.
    from desktop_app.diagram.collapse import collapsed_view
    from desktop_app.model.view_state import with_flag

    topology, _ = _reference()
    topology.layout["enterprise"] = with_flag(topology.layout["enterprise"], True, True)
    diagram, _ = collapsed_view(topology, complete_diagram(topology)[1])
    for scale in (0.2, 0.3, 0.5, 1.0):
        placement = lb.place_labels(topology, diagram, lb.LabelOptions(scale=scale))
        title = placement.label("zone:enterprise")
        assert title is not None
        assert [w for line in title.lines if line.role == "zone" for w in line.text.split()] \
            == ["Enterprise", "site"], scale


def test_addresses_only_at_close_zoom():
    topology, diagram = _reference()
    near = lb.place_labels(topology, diagram, lb.LabelOptions(scale=1.0))
    mid = lb.place_labels(topology, diagram, lb.LabelOptions(scale=0.8))
    links = [label for key, label in near.labels.items() if key.startswith("link:")]
    assert any(len(label.lines) == 2 for label in links)
    assert all(len(label.lines) == 1 for key, label in mid.labels.items()
               if key.startswith("link:"))


def test_chinese_names_wrap_between_characters():
    from desktop_app.diagram.text_metrics import Font, wrap_lines

    lines = wrap_lines("边界客户路由器（后端网络）", Font(11), 60)
    assert lines is not None and len(lines) > 1
    assert "".join(lines) == "边界客户路由器（后端网络）"


# -- the exports -----------------------------------------------------------------------------

NS = "{http://www.w3.org/2000/svg}"


def test_svg_of_flow_1_has_no_label_overlaps_read_from_the_file():
    """The labels' rectangles as written in the SVG, against the icons and flow 1's marks."""
    topology, diagram = _reference()
    result = trace(topology, topology.flow(FLOW1))
    data = svg.render(topology, diagram, svg.SvgOptions(trace=result))
    root = ET.fromstring(data)
    layer = next(el for el in root.iter(f"{NS}g") if el.get("class") == "labels")
    boxes = []
    for group in layer:
        rect = group.find(f"{NS}rect")
        boxes.append(geometry.Box(*(float(rect.get(k)) for k in ("x", "y", "width", "height"))))
    assert len(boxes) >= len(topology.devices) + len(topology.zones)
    _, marks = lb.flow_obstacles(diagram, result)
    icons = [box for box, _ in lb.icon_boxes(topology, diagram)]
    assert lb.count_overlaps(boxes, icons, marks) == lb.Overlaps(0, 0, 0)


def test_png_and_pdf_of_flow_1_draw_labels_clear_of_it(qapp):
    """What the scene's label items show while an export paints (PNG at two scales, PDF)."""
    from desktop_app.ui.render import diagram as render
    from desktop_app.ui.render.offscreen import offscreen_scene

    topology = load(REFERENCE_SAMPLE).topology
    with offscreen_scene(topology) as scene:
        result = trace(topology, topology.flow(FLOW1))
        _, marks = lb.flow_obstacles(scene.diagram, result)
        icons = [box for box, _ in lb.icon_boxes(topology, scene.diagram)]
        for scale in (1.0, 0.5):  # the PNG's scale; the PDF's is 1
            placement = render.export_placement(scene, result, True, scale)
            with render.print_state(scene, False, False, placement):
                shown = [item.label.box for item in scene.label_layer.items.values()
                         if item.isVisible() and item.label is not None]
            assert len(shown) == len(placement.labels)
            assert lb.count_overlaps(shown, icons, marks) == lb.Overlaps(0, 0, 0)
            devices = {k for k in placement.labels if k.startswith("device:")}
            assert len(devices) == len(topology.devices)


def test_chinese_marks_stay_with_what_they_enclose():
    from desktop_app.diagram.text_metrics import Font, wrap_lines

    lines = wrap_lines("ICP NSX Edge（ESG）", Font(11), 116)
    assert lines == ["ICP NSX Edge", "（ESG）"]
    for text in ("BCR（后端客户路由器）", "边界路由器 BCR（后端客户路由器）"):
        for line in wrap_lines(text, Font(11), 116) or []:
            assert not line.startswith(("）", "，", "。")) and not line.endswith("（")


def test_a_framed_export_keeps_every_label_whole_inside_its_frame(qapp):
    """The GIF frames a flow's area: no name runs off its edge."""
    from desktop_app.ui.render import diagram as render
    from desktop_app.ui.render.offscreen import offscreen_scene

    topology = load(REFERENCE_SAMPLE).topology
    with offscreen_scene(topology) as scene:
        result = trace(topology, topology.flow(FLOW1))
        area = render.flow_area(scene, result)
        placement = render.export_placement(scene, result, True, 0.5, area)
        assert placement.labels
        frame = geometry.Box(area.x(), area.y(), area.width(), area.height())
        for key, label in placement.labels.items():
            assert frame.encloses(label.box), key
