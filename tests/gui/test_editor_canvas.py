"""Editing on the canvas through real widgets: palette, connect, re-host, keys, find, zoom, pan."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.model.editing.addressing import next_free_address
from desktop_app.ui.canvas.items import ContainerItem, DeviceItem
from desktop_app.ui.canvas.view import PALETTE_MIME
from desktop_app.ui.commands import set_field

from .conftest import drag, drag_on_screen, focus_canvas, send_mouse


def _centre(window, ident: str) -> QPointF:
    return window.scene.item_for[ident].sceneBoundingRect().center()


def test_click_in_palette_adds_a_device_at_the_view_centre(window, qtbot):
    before = len(window.doc.topology.devices)
    item = window.palette_dock.item_for("device:vm")
    rect = window.palette_dock.list.visualItemRect(item)
    qtbot.mouseClick(window.palette_dock.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    topo = window.doc.topology
    assert len(topo.devices) == before + 1
    new = topo.devices[-1]
    assert new.kind == "vm" and new.id == "vm-1"
    assert window.scene.selected_ids() == ["vm-1"]
    assert isinstance(window.scene.item_for["vm-1"], DeviceItem)
    # It lands near the middle of what the view shows, on a free spot.
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    x, y = topo.layout["vm-1"]
    assert abs(x - centre.x()) < 800 and abs(y - centre.y()) < 800
    window.doc.undo_stack.undo()
    assert len(topo.devices) == before and "vm-1" not in window.scene.item_for


def _drop(window, entry: str, scene_pos: QPointF) -> None:
    """What a drag from the palette delivers to the canvas: enter, move, drop."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, entry.encode())
    local = window.view.mapFromScene(scene_pos)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(local, *args), QDragMoveEvent(local, *args),
                  QDropEvent(QPointF(local), *args)):
        QApplication.sendEvent(window.view.viewport(), event)
        assert event.isAccepted()


def test_dropping_a_vm_into_a_host_box_runs_it_on_that_host(window):
    box = window.scene.diagram.boxes["esxi-2"]
    inside = QPointF(box.x + box.w - 40, box.y + box.h - 20)
    window.view.centerOn(inside)
    _drop(window, "device:vm", inside)
    vm = window.doc.topology.device("vm-1")
    assert vm is not None and vm.host == "esxi-2"
    assert "vm-1" in window.scene.diagram.contain.children["esxi-2"]
    # The host's box grew around its new VM.
    assert window.scene.diagram.boxes["esxi-2"].encloses(window.scene.diagram.boxes["vm-1"])


def test_dropping_a_network_adds_one_with_a_free_subnet(window):
    _drop(window, "network:vxlan", QPointF(-2000, -2000))
    net = window.doc.topology.network("ls-1")
    assert net is not None and net.kind == "vxlan"
    assert net.vni not in {n.vni for n in window.doc.topology.networks if n is not net}
    subnet = ipaddress.IPv4Network(net.cidr)
    for other in window.doc.topology.networks:
        if other is not net and other.cidr:
            assert not subnet.overlaps(ipaddress.IPv4Network(other.cidr))


def test_dragging_from_a_device_to_a_network_connects_it_with_the_next_free_ip(window):
    topo = window.doc.topology
    window.edit.add_entry("device:client", QPointF(-1500, -1500))
    network = topo.network("db-ls")
    expected = next_free_address(topo, network)
    window.view.zoom_reset()
    client = window.scene.item_for["client-1"]
    start = client.handle_scene_pos()
    end = QPointF(window.scene.item_for["db-ls"].sceneBoundingRect().center().x(),
                  window.scene.diagram.networks["db-ls"].box.cy)
    window.view.centerOn(start)
    # The view scrolls only as far as its scene rect allows; drag on what is on screen.
    drag(window.view, start, end)
    device = topo.device("client-1")
    assert [i.network for i in device.interfaces] == ["db-ls"]
    assert device.interfaces[0].ip == expected == "10.10.2.2/24"
    assert window.scene.links["client-1#0"].link.network == "db-ls"
    window.doc.undo_stack.undo()
    assert device.interfaces == []


def test_shift_drag_connects_too(window):
    topo = window.doc.topology
    window.view.zoom_reset()
    start = _centre(window, "jumpbox")
    end = QPointF(start.x(), window.scene.diagram.networks["icp-ls"].box.cy)
    window.view.centerOn((start + end) / 2)
    drag(window.view, start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
    jumpbox = topo.device("jumpbox")
    assert jumpbox.interfaces[-1].network == "icp-ls"
    assert jumpbox.interfaces[-1].ip == "10.10.1.2/24"
    assert topo.layout["jumpbox"] == window.scene.positions["jumpbox"]  # it did not move


def test_dragging_a_vm_into_another_host_rehosts_it_and_undo_restores(window):
    topo = window.doc.topology
    window.view.zoom_reset()
    before_pos = list(topo.layout["db-1"])
    start = _centre(window, "db-1")
    host2 = window.scene.diagram.boxes["esxi-2"]
    end = QPointF(host2.x + 40, host2.y + host2.h - 30)
    window.scene.select_ids([])
    window.view.centerOn((start + end) / 2)
    drag(window.view, start, end, steps=10)
    assert topo.device("db-1").host == "esxi-2"
    assert topo.layout["db-1"] != before_pos
    assert "db-1" in window.scene.diagram.contain.children["esxi-2"]
    assert window.doc.undo_stack.count() == 1  # one step: re-host and move together
    window.doc.undo_stack.undo()
    assert topo.device("db-1").host == "esxi-3"
    assert topo.layout["db-1"] == before_pos
    assert "db-1" in window.scene.diagram.contain.children["esxi-3"]


def test_moving_a_host_moves_its_vms_and_writes_the_layout(window):
    topo = window.doc.topology
    window.view.zoom_reset()
    host = window.scene.item_for["esxi-3"]
    assert isinstance(host, ContainerItem)
    start = host.mapToScene(host.title_rect.center())
    before = {i: list(topo.layout[i]) for i in ("esxi-3", "db-1", "worker-2", "web-2")}
    window.view.centerOn(start)
    drag(window.view, start, start + QPointF(0, 120))
    for ident, (x, y) in before.items():
        assert topo.layout[ident] == [x, y + 120], ident


def test_delete_duplicate_and_rename_keys_on_the_canvas(window, qtbot):
    topo = window.doc.topology
    window.view.setFocus()
    window.scene.select_ids(["jumpbox"])
    focus_canvas(window, qtbot)  # the window follows selection on the next event-loop turn
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert topo.device("jumpbox-copy") is not None
    assert window.scene.selected_ids() == ["jumpbox-copy"]
    focus_canvas(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert topo.device("jumpbox-copy") is None
    window.scene.select_ids(["db-ls"])
    QApplication.processEvents()
    window.edit.rename_selected("database-ls")
    QApplication.processEvents()
    assert topo.network("database-ls") is not None
    assert all(i.network != "db-ls" for d in topo.devices for i in d.interfaces)
    assert "database-ls" in window.scene.item_for and "db-ls" not in window.scene.item_for


def test_deleting_a_host_takes_its_vms_and_one_undo_restores_all(window, qtbot):
    topo = window.doc.topology
    ids_before = topo.all_ids()
    window.view.setFocus()
    window.scene.select_ids(["esxi-3"])
    focus_canvas(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert topo.device("db-1") is None and topo.device("web-2") is None
    assert "db-1" not in window.scene.item_for
    window.doc.undo_stack.undo()
    assert topo.all_ids() == ids_before
    assert "db-1" in window.scene.item_for


def test_copy_paste_between_two_windows(make_window, sample_copy, tmp_path):
    a = make_window(sample_copy)
    b = make_window(None)
    a.scene.select_ids(["esxi-3"])
    assert a.edit.copy_selected()
    assert b.edit.paste()
    pasted = {d.id for d in b.doc.topology.devices}
    assert {"esxi-3", "db-1", "jumpbox", "worker-2", "web-2"} <= pasted
    assert b.doc.topology.device("db-1").host == "esxi-3"
    assert set(b.scene.selected_ids()) >= {"esxi-3", "db-1"}


def test_find_selects_and_centres_by_ip(window, qtbot):
    window.view.zoom_reset()
    window.view.centerOn(QPointF(-3000, -3000))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "10.10.2.10")  # the first match shows as you type
    assert window.scene.selected_ids() == ["db-1"]
    assert window.find_bar.count.text() == "1 / 2"  # and db-ls, whose subnet holds it
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    target = _centre(window, "db-1")
    assert abs(centre.x() - target.x()) < 5 and abs(centre.y() - target.y()) < 5
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "worker")
    assert window.scene.selected_ids() == ["worker-1"]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.scene.selected_ids() == ["worker-2"]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_ctrl_wheel_zooms_around_the_cursor(window):
    view = window.view
    view.zoom_reset()
    pos = QPointF(200, 150)
    before = view.mapToScene(pos.toPoint())
    event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(),
                        QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert abs(view.zoom() - 1.15 ** 2) < 1e-6
    after = view.mapToScene(pos.toPoint())
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2


def test_middle_drag_pans(window):
    view = window.view
    view.zoom_reset()
    view.centerOn(_centre(window, "esg"))
    before = view.mapToScene(view.viewport().rect().center())
    drag_on_screen(view, QPointF(300, 300), QPointF(200, 250), button=Qt.MouseButton.MiddleButton)
    after = view.mapToScene(view.viewport().rect().center())
    assert abs((after.x() - before.x()) - 100) < 2 and abs((after.y() - before.y()) - 50) < 2
    assert window.doc.undo_stack.count() == 0  # panning edits nothing


def test_rubber_band_selects_several(window):
    view = window.view
    view.zoom_reset()
    a, b = window.scene.diagram.glyphs["db-1"], window.scene.diagram.glyphs["jumpbox"]
    view.centerOn(QPointF((a.cx + b.cx) / 2, a.cy))
    start = QPointF(a.x + 2, a.y - 7)  # inside the host box, clear of its border and title
    end = QPointF(b.right + 8, b.bottom + 8)
    send_mouse(view, "press", start)
    for i in range(1, 5):
        send_mouse(view, "move", start + (end - start) * (i / 4))
    send_mouse(view, "release", end)
    assert {"db-1", "jumpbox"} <= set(window.scene.selected_ids())
    assert "esxi-3" not in window.scene.selected_ids()


def test_space_drag_pans(window, qtbot):
    view = window.view
    view.zoom_reset()
    view.centerOn(_centre(window, "esg"))
    focus_canvas(window, qtbot)
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.keyPress(view, Qt.Key.Key_Space)
    drag_on_screen(view, QPointF(300, 300), QPointF(340, 260))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(view.viewport().rect().center())
    assert abs((after.x() - before.x()) + 40) < 2 and abs((after.y() - before.y()) - 40) < 2
    assert window.scene.selected_ids() == []  # no rubber band, no move


def test_far_out_on_a_big_topology_shows_the_overview_image(make_window, tmp_path):
    from .test_auto_layout import _generate

    big = tmp_path / "big.yaml"
    big.write_text(_generate(1200))
    window = make_window(big)
    view, scene = window.view, window.scene
    view.set_zoom(1.0)
    assert scene.painting and not view.overview_mode()
    view.fit_all()
    assert view.zoom() < 0.22 and view.overview_mode()
    assert scene.overview.image() is not None
    # Items stay selectable while they do not paint.
    target = scene.item_for["vm-3"]
    assert scene.model_item_at(target.sceneBoundingRect().center()) is target
    # Grabbing the view shows the picture (not an empty canvas).
    image = view.viewport().grab().toImage()
    background = image.pixelColor(0, 0)
    differing = sum(image.pixelColor(x, y) != background
                    for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))
    assert differing > 200
    view.set_zoom(0.5)
    assert scene.painting


def test_tooltips_are_written_from_the_model(window):
    scene = window.scene
    text = scene.tooltip_at(scene.item_for["esg"].sceneBoundingRect().center())
    assert "ICP NSX Edge (ESG)" in text and "uplink-public → public-portable: 198.51.100.2/28" \
        in text and "runs on esxi-1" in text
    window.doc.undo_stack.push(set_field(window.doc, "esg", "label", "Edge <one>"))
    text = scene.tooltip_at(scene.item_for["esg"].sceneBoundingRect().center())
    assert "Edge &lt;one&gt;" in text  # escaped: labels are text, not markup
    bar = scene.diagram.networks["db-ls"].box
    assert "VNI 5002" in scene.tooltip_at(QPointF(bar.x + 30, bar.cy))


def test_dragging_a_pod_into_another_node_reschedules_it(window):
    topo = window.doc.topology
    window.view.zoom_reset()
    start = _centre(window, "web-1")
    node = window.scene.diagram.boxes["worker-2"]
    end = QPointF(node.x + node.w / 2, node.bottom - 6)
    window.view.centerOn((start + end) / 2)
    drag(window.view, start, end, steps=12)
    pod = topo.device("web-1")
    assert pod.node == "worker-2"
    assert pod.ip.startswith("10.1.3.")  # re-addressed into worker-2's pod block
    assert window.scene.diagram.boxes["worker-2"].encloses(window.scene.diagram.boxes["web-1"])
    window.doc.undo_stack.undo()
    assert pod.node == "worker-1" and pod.ip == "10.1.2.10"


def test_zoom_to_selection_frames_it(window):
    window.scene.select_ids(["db-1", "jumpbox"])
    window.view.zoom_to_selection()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for ident in ("db-1", "jumpbox"):
        assert visible.contains(window.scene.item_for[ident].sceneBoundingRect())
    assert window.view.zoom() > 1.0


def test_context_menu_offers_edits_for_the_item_under_the_cursor(window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: shown.append(self))
    window.view.zoom_reset()
    window.view.centerOn(_centre(window, "esg"))
    window.view.customContextMenuRequested.emit(window.view.mapFromScene(_centre(window, "esg")))
    assert window.scene.selected_ids() == ["esg"]
    names = [a.objectName() for a in shown[-1].actions()]
    assert {"edit.rename", "edit.delete", "edit.duplicate"} <= set(names)
    window.view.customContextMenuRequested.emit(window.view.mapFromScene(QPointF(-2500, -2500)))
    assert any(a.text() == "Add Here" for a in shown[-1].actions())


def test_a_device_added_into_a_host_takes_the_hosts_zone(window):
    window.scene.select_ids(["esxi-3"])
    node = window.edit.add_entry("device:k8s-node")
    device = window.doc.topology.device(node)
    assert device.host == "esxi-3" and device.zone == "vcs"
    assert device.cluster == "icp" and device.pod_cidr == "10.1.4.0/24"


def test_status_bar_counts_follow_edits(window):
    from desktop_app.ui import commands

    window.scene.clearSelection()
    window.doc.undo_stack.push(commands.delete(window.doc, ["jumpbox"]))
    assert "28 devices" in window.selection_label.text()
    window.doc.undo_stack.undo()
    assert "29 devices" in window.selection_label.text()
