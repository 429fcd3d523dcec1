"""The fit view names everything: in the editor window at 1920×1080 and on a 1366×768
projector, the reference sample fitted shows every device's name and every zone's title,
legible and inside the canvas, with no flow and with flow 1's path named in large type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from desktop_app.diagram import labels as lb
from desktop_app.engine import trace

FLOW1 = "flow1-internet-to-web"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920x1080", "1366x768"])
@pytest.mark.parametrize("path_shown", [False, True], ids=["plain", "flow-1-path"])
def test_the_fit_view_names_every_device_and_zone(make_window, sample_copy, qtbot, size,
                                                   path_shown):
    window = make_window(sample_copy, size=size)
    scene, view = window.scene, window.view
    topology = window.doc.topology
    if path_shown:
        scene.set_path_devices(h.device for h in trace(topology, topology.flow(FLOW1)).hops)
    view.fit_all()
    QApplication.processEvents()
    zoom = view.zoom()
    assert zoom < 0.5  # a far view: the whole diagram
    viewport = QRectF(view.viewport().rect())
    for key, floor in ([(f"device:{d.id}", lb.SHRUNK) for d in topology.devices]
                       + [(f"zone:{z.id}", lb.ZONE_SHRUNK) for z in topology.zones]):
        rect = scene.label_rect(key)
        assert not rect.isEmpty(), key
        on_screen = view.mapFromScene(rect).boundingRect()
        assert viewport.contains(QRectF(on_screen)), (key, on_screen, viewport)
        label = scene.label_layer.items[key].label
        pixels = lb.ROLES[label.lines[0].role][0] * label.grow * zoom
        assert pixels >= floor - 0.01, (key, pixels)
    shown = [item.label.box for item in scene.label_layer.items.values()
             if item.isVisible() and item.label is not None]
    icons = [box for box, _ in lb.icon_boxes(topology, scene.diagram)]
    assert lb.count_overlaps(shown, icons, lb.FlowMarks()) == lb.Overlaps(0, 0, 0)
