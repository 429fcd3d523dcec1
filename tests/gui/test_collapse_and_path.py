"""Big topologies stay navigable: collapse a zone or a host to one box (undoable, saved in the
layout), show only the path, and labels that follow the zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from desktop_app.diagram import labels as lb
from desktop_app.engine import trace
from desktop_app.model import load, validate
from desktop_app.model.view_state import is_collapsed


def test_collapsing_a_zone_hides_what_it_holds_and_undo_brings_it_back(window, qtbot):
    scene, doc = window.scene, window.doc
    before = dict(doc.topology.layout)
    assert "esg" in scene.item_for and "vcs" in scene.item_for
    scene.select_ids(["vcs"])
    window.action("view.collapse").trigger()
    assert is_collapsed(doc.topology, "vcs")
    assert doc.topology.layout["vcs"][4] == 1
    # Everything in the zone and its child zones is left out; the zone is one small box.
    for hidden in ("esg", "esxi-1", "web-2", "icp", "transit-ls"):
        assert hidden not in scene.item_for, hidden
    box = scene.item_for["vcs"].sceneBoundingRect()
    assert box.width() <= 301 and box.height() <= 77
    label = scene.label_rect("zone:vcs")
    assert not label.isEmpty()
    assert not any(link.link.device == "esg" for link in scene.links.values())
    assert doc.undo_stack.undoText().startswith("Collapse")
    doc.undo_stack.undo()
    assert not is_collapsed(doc.topology, "vcs")
    assert dict(doc.topology.layout) == before
    assert "esg" in scene.item_for


def test_a_collapsed_host_is_its_title_row_and_is_saved(window, qtbot, tmp_path):
    scene, doc = window.scene, window.doc
    scene.select_ids(["esxi-2"])
    window.action("view.collapse").trigger()
    assert "web-1" not in scene.item_for or "web-2" not in scene.item_for
    host = scene.item_for["esxi-2"].sceneBoundingRect()
    glyph = scene.diagram.glyphs["esxi-2"]
    assert abs(host.height() - glyph.h) < 1
    from desktop_app.model import dumps

    text = dumps(doc.topology)
    again = load(_write(tmp_path, text)).topology
    assert is_collapsed(again, "esxi-2")
    assert not [p for p in validate(again) if p.is_error]
    # Expanding clears the flag: the entry is a plain position again.
    scene.select_ids(["esxi-2"])
    window.action("view.collapse").trigger()
    assert len(doc.topology.layout["esxi-2"]) == 2


def _write(folder, text: str):
    p = folder / "again.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_bad_flag_is_a_clear_error(tmp_path):
    from desktop_app.paths import REFERENCE_SAMPLE

    topology = load(REFERENCE_SAMPLE).topology
    topology.layout["vcs"] = [0.0, 0.0, 100.0, 100.0, 3.0]
    problems = [p for p in validate(topology) if p.is_error]
    assert any("collapsed" in p.message and "vcs" in p.message for p in problems)


def test_show_only_the_path_dims_everything_off_it(window, qtbot):
    scene = window.scene
    result = trace(window.doc.topology, window.doc.topology.flow("flow1-internet-to-web"))
    scene.set_path_devices(h.device for h in result.hops)
    window.action("view.only_path").setChecked(True)
    assert scene.item_for["esg"].opacity() == 1.0  # on the path
    assert scene.item_for["db-1"].opacity() < 0.5  # off it
    assert scene.item_for["ibm-cloud"].opacity() == 1.0  # a zone the path crosses
    window.action("view.only_path").setChecked(False)
    assert scene.item_for["db-1"].opacity() == 1.0


def test_labels_follow_the_zoom(window, qtbot):
    scene, view = window.scene, window.view
    result = trace(window.doc.topology, window.doc.topology.flow("flow1-internet-to-web"))
    scene.set_path_devices(h.device for h in result.hops)
    view.fit_all()
    fit = view.zoom()
    # Path names and zone titles stay legible on screen at the fitted zoom.
    for key, floor in (("device:esg", lb.SHRUNK), ("zone:ibm-cloud", lb.FLOOR_ZONE)):
        rect = scene.label_rect(key)
        assert not rect.isEmpty(), key
        item = scene.label_layer.items[key]
        size = lb.ROLES[item.label.lines[0].role][0] * item.label.grow * fit
        assert size >= floor - 0.5, (key, size)
    assert not any(k.startswith("link:") and not scene.label_rect(k).isEmpty()
                   for k in scene.label_layer.items)
    view.set_zoom(1.2, QPointF(10, 10))
    assert any(k.startswith("link:") and not scene.label_rect(k).isEmpty()
               for k in scene.label_layer.items)


def test_a_flow_shown_on_the_canvas_keeps_labels_off_its_line(window, qtbot):
    scene, view = window.scene, window.view
    topology = window.doc.topology
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    scene.set_flow(result)
    assert "esg" in scene.path_devices
    for zoom in (view.zoom(), 1.0):
        view.set_zoom(zoom)
        scene.relabel()
        shown = [item.label.box for item in scene.label_layer.items.values()
                 if item.isVisible() and item.label is not None]
        icons = [box for box, _ in lb.icon_boxes(topology, scene.diagram)]
        assert lb.count_overlaps(shown, icons, scene.flow_marks) == lb.Overlaps(0, 0, 0)
    scene.set_flow(None)
    assert not scene.path_devices


def _drawn_text(scene, key: str) -> str:
    """A label's words as drawn, without the spaces and breaks its wrapping chose."""
    item = scene.label_layer.items.get(key)
    assert item is not None and item.isVisible() and item.label is not None, key
    return "".join("".join(line.text for line in item.label.lines).split())


def test_a_collapsed_box_says_how_much_it_holds_in_the_readers_language(window, qtbot, qapp):
    from desktop_app.diagram.collapse import hidden_count
    from desktop_app.ui import i18n

    scene, doc = window.scene, window.doc
    scene.select_ids(["vcs"])
    window.action("view.collapse").trigger()
    count = hidden_count(doc.topology, "vcs")
    assert count > 10
    assert f"{count}devicesinside(collapsed)" in _drawn_text(scene, "zone:vcs")
    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    try:
        qtbot.waitUntil(lambda: f"内含{count}台设备（已折叠）" in _drawn_text(scene, "zone:vcs"), timeout=3000)
    finally:
        i18n.set_language(qapp, "en")


def test_collapse_is_named_in_the_readers_language_in_the_history(window, qapp):
    from desktop_app.ui import i18n

    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    try:
        window.scene.select_ids(["esxi-2"])
        window.action("view.collapse").trigger()
        assert window.doc.undo_stack.undoText() == "折叠"
        window.action("view.collapse").trigger()  # the same action expands it again
        assert window.doc.undo_stack.undoText() == "展开"
    finally:
        i18n.set_language(qapp, "en")
