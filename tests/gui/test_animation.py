"""The packet animation on the reference sample, driven through its real widgets and keys."""

from __future__ import annotations

import gc
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from desktop_app.engine.conversation import converse
from desktop_app.export.wire import dissect
from desktop_app.model import load_topology
from desktop_app.model.topology import FirewallRule
from desktop_app.ui import commands
from desktop_app.ui.animation import install_animation
from desktop_app.ui.animation.encapsulation import LAYER_COLOURS, connection_colour
from desktop_app.ui.animation.flows_dock import save_current_flow
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.canvas.view import CanvasView
from desktop_app.ui.document import Document

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"
FLOW1 = "flow1-internet-to-web"


class Stage:
    """A main window with a canvas and the animation installed, as the app does it."""

    def __init__(self, qtbot, path: Path = SAMPLE):
        self.doc = Document(load_topology(path), str(path))
        self.scene = TopologyScene(self.doc)
        self.view = CanvasView(self.scene)
        self.window = QMainWindow()
        self.window.setCentralWidget(self.view)
        self.editing_dock = QDockWidget("Palette", self.window)  # stands for an editing dock
        self.editing_dock.setObjectName("palette")
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.editing_dock)
        self.ctl = install_animation(self.window, self.doc, self.scene, self.view)
        self.ui = self.ctl.ui
        self.window.resize(1600, 1000)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.view.fit_all()
        QApplication.processEvents()

    def arrive(self, qtbot) -> None:
        """Let a step's move finish (by frames, no waiting on the clock)."""
        for _ in range(400):
            if self.ctl._phase != "move":
                return
            self.ctl.run_frames(0.05)
        raise AssertionError("the token never arrived")


@pytest.fixture
def stage(qtbot) -> Stage:
    return Stage(qtbot)


def item_rect(stage: Stage, device: str):
    return stage.scene.item_for[device].sceneBoundingRect()


def tree_texts(stage: Stage) -> list[str]:
    return [text for text, _state in stage.ui.inspector.tree.rows()]


def test_stepping_visits_every_hop_in_order_on_its_item(stage, qtbot):
    assert stage.ctl.play_flow(FLOW1, play=False)
    # The animation plays the conversation: the request's hops, then the reply's.
    expected = converse(stage.doc.topology, stage.doc.topology.flow(FLOW1)).played()
    visited = []
    for i, hop in enumerate(expected.hops):
        assert stage.ctl.hop == i
        visited.append(stage.ctl.trace.hops[stage.ctl.hop].device)
        assert item_rect(stage, hop.device).contains(stage.ctl.token_pos()), hop.device
        assert f"Hop {i} of {len(expected.hops) - 1}: {hop.device}" in \
            stage.ui.inspector.title.text()
        if i < len(expected.hops) - 1:
            stage.ctl.step_forward()
            stage.ctl.run_frames(0.1)
            # Mid-step the token is on the leg's polyline, between the two hops.
            leg = stage.ctl.route.legs[i]
            p = stage.ctl.token_pos()
            assert _distance_to_polyline((p.x(), p.y()), leg.points) < 0.5
            stage.arrive(qtbot)
    assert visited == [h.device for h in expected.hops]
    assert stage.ctl.hop == len(expected.hops) - 1


def _distance_to_polyline(p, points) -> float:
    best = math.inf
    for a, b in zip(points, points[1:], strict=False):
        ax, ay = a
        bx, by = b
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t_ = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy)
                                                    / length2))
        best = min(best, math.dist(p, (ax + t_ * dx, ay + t_ * dy)))
    return best


def test_the_vxlan_leg_runs_down_the_host_link_across_the_underlay(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    hops = stage.ctl.trace.hops
    i = next(h.index for h in hops if h.device == "esxi-1")
    assert hops[i + 1].device == "esxi-2"
    leg = stage.ctl.route.legs[i]
    bar = stage.scene.diagram.networks["vtep-a"].box
    # The packet leaves esxi-1 by its drawn VTEP link and runs along the vtep-a bar.
    on_bar = [p for p in leg.points if abs(p[1] - bar.cy) < 0.01]
    assert len(on_bar) == 2
    link = stage.scene.link_path("esxi-1", "vtep-a")
    assert (link.elementAt(0).x, link.elementAt(0).y) in leg.points
    # While it travels there it wears a VXLAN ring and its segment (icp-ls, VNI 5001) glows.
    stage.ctl.go_to(i)
    look = stage.ctl.current_look()
    assert look.rings == (LAYER_COLOURS["VXLAN"],)
    glow = stage.ctl.overlays._glow
    assert glow.isVisible()
    icp = stage.scene.diagram.networks["icp-ls"].box
    assert glow.path().boundingRect().center().y() == pytest.approx(icp.cy)
    assert "VNI 5001" in stage.ctl.overlays._glow_label.text
    # Back on a plain hop: no ring, no glow.
    stage.ctl.go_to(i + 1)
    assert stage.ctl.current_look().rings == ()
    assert not glow.isVisible()


def test_ip_in_ip_inside_vxlan_wears_two_rings_outermost_first(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    bcr = next(h.index for h in stage.ctl.trace.hops if h.device == "bcr")
    stage.ctl.go_to(bcr)
    assert stage.ctl.current_look().rings == (LAYER_COLOURS["VXLAN"], LAYER_COLOURS["IP-in-IP"])
    assert stage.ctl.overlays.token.rings[0] == QColor(LAYER_COLOURS["VXLAN"])


def test_a_proxy_starts_a_visibly_new_packet(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    hops = stage.ctl.trace.hops
    proxy = next(h.index for h in hops if h.device == "nginx-ingress")
    stage.ctl.go_to(proxy - 1)
    assert stage.ctl.current_look().core == connection_colour(0)
    stage.ctl.go_to(proxy)
    assert stage.ctl.current_look().core == connection_colour(1)
    assert stage.ctl.overlays.token.label == "2"
    badge = stage.ctl.overlays.flash_badge
    assert badge.isVisible() and badge.text.startswith("new connection 10.10.1.21 → 10.0.0.50")


def test_nat_flashes_on_the_hop_that_did_it(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.go_to(3)  # esg
    badge = stage.ctl.overlays.flash_badge
    assert badge.isVisible()
    assert "DNAT dnat-icp-vip: 198.51.100.5:443 → 10.10.1.100:443" in badge.text
    stage.ctl.go_to(2)  # fcr only routes
    assert not badge.isVisible()


def test_stepping_back_returns_to_the_previous_hops_headers(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.go_to(5)
    stage.ctl.step_back()
    assert stage.ctl.hop == 4
    hop = stage.ctl.trace.hops[4]
    assert tree_texts(stage)[0] == dissect(hop.headers_out).layers[0].title.split("   ")[0] or \
        tree_texts(stage)[0].startswith(dissect(hop.headers_out).layers[0].title)
    tops = [stage.ui.inspector.tree.topLevelItem(i).text(0).split("   —")[0]
            for i in range(stage.ui.inspector.tree.topLevelItemCount())]
    assert tops == [layer.title for layer in dissect(hop.headers_out).layers]
    assert item_rect(stage, "esxi-1").contains(stage.ctl.token_pos())


def test_keyboard_controls_on_the_canvas(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.view.setFocus()
    stage.window.activateWindow()
    qtbot.waitUntil(lambda: stage.view.hasFocus(), timeout=2000)
    QTest.keyClick(stage.view, Qt.Key.Key_Right)
    assert stage.ctl._phase == "move"
    QTest.keyClick(stage.view, Qt.Key.Key_Right)  # a second press lands at once
    assert stage.ctl.hop == 1 and stage.ctl._phase == "idle"
    QTest.keyClick(stage.view, Qt.Key.Key_End)
    assert stage.ctl.hop == stage.ctl.hop_count - 1
    QTest.keyClick(stage.view, Qt.Key.Key_Left)
    assert stage.ctl.hop == stage.ctl.hop_count - 2
    QTest.keyClick(stage.view, Qt.Key.Key_Home)
    assert stage.ctl.hop == 0 and stage.ctl.playing
    QTest.keyClick(stage.view, Qt.Key.Key_Space)
    assert not stage.ctl.playing
    QTest.keyClick(stage.view, Qt.Key.Key_Space)
    assert stage.ctl.playing
    stage.ctl.pause()


def test_speed_from_the_combo_and_keys(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    combo = stage.ui.speed
    combo.setCurrentIndex(combo.findData(4.0))
    combo.activated.emit(combo.currentIndex())
    assert stage.ctl.speed == 4.0
    stage.ui.actions["anim.slower"].trigger()
    assert stage.ctl.speed == 2.0 and combo.currentData() == 2.0
    stage.ctl.set_speed(0.1)
    assert stage.ctl.speed == 0.25


def test_playing_moves_the_token_and_visits_hops_in_order(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    seen = []
    stage.ctl.hop_changed.connect(seen.append)
    stage.ctl.set_speed(4.0)
    stage.ctl.play()
    stage.ctl.run_frames(30)
    assert not stage.ctl.playing
    assert seen == list(range(1, stage.ctl.hop_count))


def test_timeline_lists_hops_and_click_jumps(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    hops = stage.ctl.trace.hops
    entries = stage.ui.timeline.entries()
    assert entries == [f"{'↩' if h.direction == 'reply' else ''}{h.index} · {h.device}\n{h.summary or h.kind}"
                       for h in hops]
    lst = stage.ui.timeline.list
    rect = lst.visualItemRect(lst.item(3))
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stage.ctl.hop == 3
    assert item_rect(stage, "esg").contains(stage.ctl.token_pos())


def test_moving_proxy_to_the_esg_host_removes_the_vxlan_hop(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.go_to(6)  # proxy-1
    before = [h.device for h in stage.ctl.trace.hops]
    assert before[3:7] == ["esg", "esxi-1", "esxi-2", "proxy-1"]
    stage.doc.undo_stack.push(commands.set_host(stage.doc, "proxy-1", "esxi-1"))
    qtbot.waitUntil(lambda: len(stage.ctl.trace.hops) != len(before), timeout=2000)
    after = [h.device for h in stage.ctl.trace.hops]
    assert after[3:5] == ["esg", "proxy-1"]
    sentence = stage.ui.timeline.change.text()
    assert "VXLAN no longer needed between esg and proxy-1: same host (esxi-1)" in sentence
    assert "last hop 13 → 11" in sentence
    # The position survives the edit: still at proxy-1, now hop 4.
    assert stage.ctl.trace.hops[stage.ctl.hop].device == "proxy-1"
    assert item_rect(stage, "proxy-1").contains(stage.ctl.token_pos())
    stage.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: len(stage.ctl.trace.hops) == len(before), timeout=2000)
    assert stage.ui.timeline.change.text().startswith(
        "Now needs VXLAN between esg and proxy-1: different hosts (esxi-1, esxi-2)")


def test_a_denied_flow_ends_on_the_esg_with_the_rule_name(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    rule = FirewallRule(name="block-web", action="deny", dst="198.51.100.5")
    stage.doc.undo_stack.push(commands.add_list_item(stage.doc, "esg", "firewall.rules", rule, 0))
    qtbot.waitUntil(lambda: stage.ctl.trace.disposition == "denied", timeout=2000)
    tr = stage.ctl.trace
    assert tr.hops[-1].device == "esg"
    assert "Now denied by firewall rule block-web at esg" in stage.ui.timeline.change.text()
    stage.ctl.go_to_end()
    assert "block-web" in stage.ui.inspector.steps.text()
    assert "denied" in stage.ui.inspector.title.text()
    drop = stage.ctl.overlays._drop
    assert drop.isVisible() and drop.cross and "block-web" in drop.text
    assert "block-web" in stage.ctl.overlays.card.footer
    assert stage.ctl.overlays.card.title.startswith("✖ DROPPED at esg")
    assert "DROP" in stage.ui.timeline.entries()[-1]
    assert item_rect(stage, "esg").contains(stage.ctl.token_pos())


def test_the_token_is_drawn(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.set_card_visible(False)
    token = stage.ctl.overlays.token
    for hop, colour in ((2, connection_colour(0)), (4, LAYER_COLOURS["VXLAN"])):
        stage.ctl.go_to(hop)
        stage.view.centerOn(stage.ctl.token_pos())
        QApplication.processEvents()
        centre = stage.view.mapFromScene(stage.ctl.token_pos())
        shown = _count_colour(stage.view.grab().toImage(), centre.x(), centre.y(), 24,
                              QColor(colour))
        token.hide()
        QApplication.processEvents()
        hidden = _count_colour(stage.view.grab().toImage(), centre.x(), centre.y(), 24,
                               QColor(colour))
        token.show()
        # The VXLAN ring shares its hue with VXLAN links: count what the token adds.
        assert shown - hidden >= 40, (hop, shown, hidden)


def _count_colour(image, cx: int, cy: int, radius: int, colour: QColor) -> int:
    hits = 0
    for x in range(cx - radius, cx + radius + 1):
        for y in range(cy - radius, cy + radius + 1):
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = image.pixelColor(x, y)
                if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) \
                        + abs(c.blue() - colour.blue()) < 30:
                    hits += 1
    return hits


def test_pick_source_and_destination_on_the_canvas(stage, qtbot):
    stage.ui.actions["anim.pick"].setChecked(True)
    assert stage.ui.picker.active
    for device in ("internet-user", "web-2"):
        rect = item_rect(stage, device)
        stage.view.centerOn(rect.center())
        QApplication.processEvents()
        QTest.mouseClick(stage.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=stage.view.mapFromScene(rect.center()))
    assert not stage.ui.picker.active
    assert not stage.ui.actions["anim.pick"].isChecked()
    assert (stage.ctl.request.source, stage.ctl.request.to) == ("internet-user", "web-2")
    assert stage.ctl.trace is not None
    assert stage.scene.selected_ids() == []  # pick clicks never select


def test_flow_bar_destination_takes_a_dns_name_and_port(stage, qtbot):
    bar = stage.ui.flow_bar
    bar.source.setEditText("jumpbox")
    bar.destination.setEditText("10.10.1.31")
    bar.port.setValue(30080)
    stage.ui.actions["anim.trace"].trigger()
    assert stage.ctl.trace.flow.to == "10.10.1.31"
    assert stage.ctl.trace.flow.port == 30080
    bar.destination.setEditText("web.example.com")
    bar.source.setEditText("External user (internet-user)")
    bar.port.setValue(443)
    assert bar.trace_now()
    assert stage.ctl.trace.flow.resolved == "198.51.100.5"
    bar.source.setEditText("no-such-device")
    assert not bar.trace_now()
    assert "unknown source device 'no-such-device'" in stage.ctl.last_message


def test_saved_flows_list_plays_and_save_as_flow_is_undoable(stage, qtbot):
    dock = stage.ui.flows
    assert dock.flow_ids() == [f.id for f in stage.doc.topology.flows]
    item = dock.list.item(dock.flow_ids().index("flow2-web-to-db"))
    dock.list.itemDoubleClicked.emit(item)
    assert stage.ctl.request.id == "flow2-web-to-db"
    stage.ui.flow_bar.source.setEditText("jumpbox")
    stage.ui.flow_bar.destination.setEditText("db-1")
    stage.ui.flow_bar.trace_now()
    new_id = save_current_flow(stage.ctl, ask=False)
    assert new_id == "jumpbox-to-db-1"
    assert stage.doc.topology.flow(new_id).to == "db-1"
    assert new_id in dock.flow_ids()
    stage.doc.undo_stack.undo()
    assert stage.doc.topology.flow(new_id) is None
    assert new_id not in dock.flow_ids()


def test_trace_from_here_and_to_here(stage):
    menu = QMenu()
    stage.ctl.ui.flow_bar.destination.setEditText("")
    add = stage.ui.actions
    add["anim.trace_from_here"].setData("jumpbox")
    add["anim.trace_from_here"].trigger()
    assert stage.ui.flow_bar.source.value() == "jumpbox"
    add["anim.trace_to_here"].setData("db-1")
    add["anim.trace_to_here"].trigger()
    assert (stage.ctl.request.source, stage.ctl.request.to) == ("jumpbox", "db-1")
    menu.deleteLater()


def test_presentation_mode_hides_editing_docks_and_grows_fonts(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    size = stage.ui.inspector.body.font().pointSizeF()
    stage.ui.actions["anim.presentation"].trigger()
    assert stage.ui.presentation.active
    assert stage.window.isFullScreen()
    assert not stage.editing_dock.isVisible()
    assert stage.ui.inspector.isVisible() and stage.ui.timeline.isVisible()
    assert stage.ui.inspector.body.font().pointSizeF() > size * 1.5
    assert stage.ctl.overlays.token.scale() > 1.5
    stage.view.setFocus()
    QTest.keyClick(stage.view, Qt.Key.Key_Right)
    QTest.keyClick(stage.view, Qt.Key.Key_Right)
    assert stage.ctl.hop == 1
    QTest.keyClick(stage.window, Qt.Key.Key_Escape)
    assert not stage.ui.presentation.active
    assert not stage.window.isFullScreen()
    assert stage.editing_dock.isVisible()
    assert stage.ui.inspector.body.font().pointSizeF() == pytest.approx(size)


def test_opening_a_new_file_clears_the_flow(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.doc.replace(load_topology(SAMPLE), str(SAMPLE))
    assert stage.ctl.trace is None
    assert stage.ctl.play_flow(FLOW1, play=False)  # the overlays come back on the new scene
    assert stage.ctl.overlays.token.scene() is stage.scene
    assert item_rect(stage, "internet-user").contains(stage.ctl.token_pos())


@pytest.mark.parametrize("defer", [True, False])
def test_main_window_plays_the_flow_given_on_the_command_line(qtbot, defer):
    pytest.importorskip("desktop_app.ui.main_window")
    from desktop_app.ui.main_window import MainWindow

    # As desktop_app.ui.app.run does it: panels (and the animation) after the first paint.
    window = MainWindow(flow="flow2-web-to-db", presentation=True, defer_panels=defer)
    qtbot.addWidget(window)
    assert window.files.open_path(str(SAMPLE))
    window.show()
    qtbot.waitUntil(lambda: window.animation is not None, timeout=3000)
    ctl = window.animation
    qtbot.waitUntil(lambda: ctl.request is not None, timeout=3000)
    assert ctl.request.id == "flow2-web-to-db" and ctl.playing
    qtbot.waitUntil(lambda: ctl.ui.presentation.active, timeout=3000)
    ctl.pause()
    # The window's canvas menu carries the trace entries for one device.
    menu = QMenu()
    for hook in window.context_hooks:
        hook(menu, ["esg"])
    names = [a.objectName() for a in menu.actions()]
    assert "anim.trace_from_here" in names and "anim.trace_to_here" in names
    ctl.ui.actions["anim.leave_presentation"].trigger()
    window.doc.undo_stack.setClean()


def test_large_canvases_play_on_a_picture_layer(stage, qtbot):
    layer = stage.ctl.layer
    layer.threshold = 0  # treat the sample as a large canvas
    layer._linger.setInterval(10)
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.go_to(4)
    stage.view.centerOn(stage.ctl.token_pos())
    QApplication.processEvents()
    stage.ctl.play()
    assert layer.active and layer.isVisible()
    token = stage.ctl.overlays.token
    assert token.scene() is layer.holding  # off the canvas: moving it repaints no canvas item
    stage.ctl.run_frames(0.3)
    QApplication.processEvents()
    # The layer draws the token (with its VXLAN ring) over the picture of the canvas.
    centre = stage.view.mapFromScene(stage.ctl.token_pos())
    image = stage.view.grab().toImage()
    assert _count_colour(image, centre.x(), centre.y(), 24, QColor(LAYER_COLOURS["VXLAN"])) >= 40
    assert layer.geometry() == stage.view.viewport().geometry()
    # A click on the canvas puts everything back at once.
    QTest.mouseClick(stage.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not layer.active and token.scene() is stage.scene
    stage.ctl.pause()
    assert not layer.wanted
    # Playing again takes a new picture; pausing gives the canvas back after a moment.
    stage.ctl.play()
    assert layer.active
    stage.ctl.pause()
    qtbot.waitUntil(lambda: not layer.active, timeout=2000)
    assert token.scene() is stage.scene and not layer.isVisible()


def test_space_drag_pans_without_toggling_play(stage, qtbot):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.view.setFocus()
    centre = stage.view.viewport().rect().center()
    QTest.keyPress(stage.view, Qt.Key.Key_Space)
    QTest.mousePress(stage.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseRelease(stage.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.keyRelease(stage.view, Qt.Key.Key_Space)
    assert not stage.ctl.playing


def test_escape_cancels_picking(stage):
    stage.ui.actions["anim.pick"].setChecked(True)
    assert stage.ui.picker.active
    QTest.keyClick(stage.view.viewport(), Qt.Key.Key_Escape)
    assert not stage.ui.picker.active
    assert not stage.ui.actions["anim.pick"].isChecked()


def test_playing_keeps_the_collectors_long_walks_out_of_the_frames(stage):
    stage.ctl.play_flow(FLOW1, play=False)
    stage.ctl.play()
    assert gc.get_freeze_count() > 0  # the model and the scene are out of the collector's walk
    stage.ctl.pause()
    assert gc.get_freeze_count() == 0  # and back once nothing moves
