"""Presentation mode on a projector-sized screen, the camera that follows the packet, and the
playback keys wherever the focus is: driven through the real main window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .conftest import REFERENCE, SAMPLES, FakePrompts

IKS = SAMPLES / "iks-vcs.yaml"
PROJECTOR = (1366, 768)


@pytest.fixture
def open_window(qtbot):
    from desktop_app.ui.main_window import MainWindow

    def make(path, size=(1400, 900)):
        window = MainWindow(prompts=FakePrompts())
        assert window.files.open_path(str(path))
        window.resize(*size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: window.animation is not None, timeout=5000)
        return window

    made = []

    def tracked(path, size=(1400, 900)):
        made.append(make(path, size))
        return made[-1]

    yield tracked
    for window in made:
        window.doc.undo_stack.setClean()


def settle_camera(ctl) -> None:
    """Let the camera finish its move, frame by frame (no waiting on the clock)."""
    for _ in range(600):
        if not ctl.camera.busy and ctl._phase == "idle":
            return
        ctl.run_frames(0.05)
    raise AssertionError("the camera never settled")


def present(window, qtbot, flow: str):
    ctl = window.animation
    assert ctl.play_flow(flow, play=False)
    ctl.ui.actions["anim.presentation"].trigger()
    presentation = ctl.ui.presentation
    assert presentation.active
    # Offscreen has no projector: make the full-screen window one (as a resize of the screen).
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.geometry() == screen and presentation.settled > 0,
                    timeout=5000)
    before = presentation.settled
    window.setGeometry(0, 0, *PROJECTOR)
    qtbot.waitUntil(lambda: presentation.settled > before
                    and window.size().toTuple() == PROJECTOR, timeout=5000)
    QApplication.processEvents()
    settle_camera(ctl)
    return ctl


def name_pixels(ctl, device: str) -> float:
    return ctl.camera.name_pixels(device) * ctl.view.transform().m11()


@pytest.mark.parametrize(("path", "flow"), [(REFERENCE, "flow1-internet-to-web"),
                                            (IKS, "alb-to-shop")], ids=["reference", "iks"])
def test_presentation_plays_every_hop_legibly_at_1366x768(open_window, qtbot, path, flow):
    window = open_window(path)
    ctl = present(window, qtbot, flow)
    ui = ctl.ui
    view = ctl.view
    canvas = view.viewport().width() * view.viewport().height()
    assert canvas >= 0.70 * PROJECTOR[0] * PROJECTOR[1]
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not ui.flow_bar.isVisible() and not ui.flows.isVisible()
    sizes = None
    hops = ctl.trace.hops
    for i, hop in enumerate(hops):
        assert ctl.hop == i
        settle_camera(ctl)
        QApplication.processEvents()
        viewport = QRectF(view.viewport().rect())
        card = ctl.camera.card_rect()
        assert ctl.overlays.card.isVisible()
        assert viewport.contains(card), (hop.device, card, viewport)
        for j in (i, i + 1):
            if j < len(hops):
                device = ctl.camera.device_view_rect(hops[j].device)
                assert device is not None
                assert not card.intersects(device), (hop.device, hops[j].device)
        # The hop the packet is at is whole in view (the next one too when both fit at a
        # legible zoom; a long link leaves it ahead, and the camera follows the packet there).
        assert viewport.contains(ctl.camera.device_view_rect(hop.device)), hop.device
        assert name_pixels(ctl, hop.device) >= 14, hop.device
        # ... and its name is drawn, in view (wherever the labels put it)
        kind = "network" if ctl.scene.doc.topology.network(hop.device) else "device"
        name = ctl.scene.label_rect(f"{kind}:{hop.device}")
        assert not name.isEmpty(), f"hop {i}: the name of {hop.device} is not drawn"
        name_box = view.mapFromScene(name).boundingRect().toRectF()
        assert viewport.contains(name_box), f"hop {i}: the name of {hop.device} is out of view"
        # ... and the packet resting on the device (on its icon) never hides its name: on a
        # projector the token is wider than the icon, and a name close to it is drawn above it
        token = ctl.overlays.token
        r = token.radius * ctl.overlays.scale
        at = view.mapFromScene(token.pos())
        overlaps = name_box.intersects(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        label = ctl.scene.label_layer.items[f"{kind}:{hop.device}"]
        assert not overlaps or label.zValue() > token.zValue(), \
            f"hop {i}: the packet covers the name of {hop.device}"
        if hop.device in ctl.scene.diagram.icon_centres:
            assert (token.pos().x(), token.pos().y()) == ctl.scene.diagram.icon_centres[hop.device]
        lesson = ui.inspector.lesson
        assert lesson.pixels >= 20, f"hop {i}: the lesson is in {lesson.pixels} px type"
        assert lesson.fits(), f"the lesson of hop {i} is cut off"
        assert hop.device in lesson.text.text()
        now = (ui.inspector.size(), ui.timeline.size(), lesson.size(), view.viewport().size())
        assert sizes is None or now == sizes, f"hop {i}: {now} != {sizes}"
        sizes = now
        current = ui.timeline.list.currentItem()
        assert current is not None and current.text().lstrip("↩").startswith(f"{i} · {hop.device}")
        if i < len(hops) - 1:
            ctl.step_forward()
            for _ in range(400):
                if ctl._phase == "idle":
                    break
                ctl.run_frames(0.05)
    ui.actions["anim.leave_presentation"].trigger()
    assert not ui.presentation.active and window.menuBar().isVisible()


def test_one_card_at_a_time_and_the_previous_never_lingers(open_window, qtbot):
    window = open_window(REFERENCE)
    ctl = present(window, qtbot, "flow1-internet-to-web")
    from desktop_app.ui.animation.packet_token import PacketCard

    def cards():
        return [i for i in ctl.scene.items() if isinstance(i, PacketCard) and i.isVisible()]

    ctl.step_forward()
    ctl.run_frames(0.2)  # mid-leg: the card waits at the next hop, none trails behind
    assert cards() == []
    settle_camera(ctl)
    shown = cards()
    assert len(shown) == 1 and shown[0].title.startswith(f"1 · {ctl.trace.hops[1].device}")
    ctl.ui.actions["anim.leave_presentation"].trigger()


def test_zooming_by_hand_pauses_following_and_recentre_brings_the_packet_back(
        open_window, qtbot):
    window = open_window(REFERENCE)
    ctl = window.animation
    view = ctl.view
    assert ctl.follow  # "Follow the packet" is on in the editor
    ctl.play_flow("flow1-internet-to-web", play=False)
    settle_camera(ctl)
    assert name_pixels(ctl, ctl.trace.hops[0].device) >= 14
    window.action("view.fit").trigger()  # Ctrl+0
    assert ctl.camera.paused
    zoom = view.transform().m11()
    ctl.step_forward()
    settle_camera(ctl)
    assert view.transform().m11() == pytest.approx(zoom)  # the user's view stays
    recentre = ctl.ui.actions["anim.recentre"]
    assert recentre.shortcut().toString() == "C" and recentre in window.actions()
    assert ctl.ui.playback.widgetForAction(recentre) is not None  # and a button
    recentre.trigger()
    assert not ctl.camera.paused
    settle_camera(ctl)
    device = ctl.camera.device_view_rect(ctl.trace.hops[ctl.hop].device)
    assert QRectF(view.viewport().rect()).contains(device)
    assert name_pixels(ctl, ctl.trace.hops[ctl.hop].device) >= 14
    # A wheel zoom pauses too.
    centre = view.viewport().rect().center()
    QTest.mouseMove(view.viewport(), centre)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert ctl.camera.paused


def test_follow_off_leaves_the_editor_view_alone(open_window, qtbot):
    window = open_window(REFERENCE)
    ctl = window.animation
    ctl.ui.actions["anim.follow"].setChecked(False)
    transform = ctl.view.transform()
    centre = ctl.view.mapToScene(ctl.view.viewport().rect().center())
    ctl.play_flow("flow1-internet-to-web", play=False)
    ctl.step_forward()
    settle_camera(ctl)
    assert ctl.view.transform() == transform
    assert ctl.view.mapToScene(ctl.view.viewport().rect().center()) == centre


def test_playback_keys_work_wherever_the_focus_is_except_in_text(open_window, qtbot):
    window = open_window(REFERENCE)
    ctl = window.animation
    window.activateWindow()
    qtbot.waitActive(window)
    flows = ctl.ui.flows
    flows.show()
    flows.raise_()
    qtbot.waitUntil(flows.list.isVisible, timeout=3000)
    flows.list.setFocus()
    flows.list.setCurrentRow(0)
    QTest.keyClick(flows.list, Qt.Key.Key_Return)  # as a double-click: play this flow
    qtbot.waitUntil(lambda: ctl.trace is not None, timeout=3000)
    ctl.pause()
    flows.list.setFocus()
    qtbot.waitUntil(lambda: flows.list.hasFocus(), timeout=2000)
    QTest.keyClick(flows.list, Qt.Key.Key_Space)
    assert ctl.playing  # Space in the Flows dock plays
    QTest.keyClick(flows.list, Qt.Key.Key_Space)
    assert not ctl.playing
    tree = ctl.ui.inspector.tree
    ctl.ui.inspector.show()
    ctl.ui.inspector.raise_()
    tree.setFocus()
    ctl.go_to(0)
    QTest.keyClick(tree, Qt.Key.Key_End)
    assert ctl.hop == ctl.hop_count - 1  # End in the hop inspector's tree
    QTest.keyClick(tree, Qt.Key.Key_Home)
    assert ctl.hop == 0 and ctl.playing
    ctl.pause()
    QTest.keyClick(tree, Qt.Key.Key_Right)
    settle_camera(ctl)
    assert ctl.hop == 1
    # In a text field the keys are the field's.
    port = ctl.ui.flow_bar.port
    port.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_Space)
    QTest.keyClick(editor, Qt.Key.Key_Left)
    assert not ctl.playing and ctl.hop == 1


@pytest.fixture
def chinese(qapp):
    from PySide6.QtCore import QSettings

    from desktop_app.ui import i18n

    assert i18n.qm_file("zh_CN") is not None
    QSettings().setValue(i18n.LANGUAGE_KEY, "zh_CN")
    assert i18n.install_translators(qapp) == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


# English prose: the small words of a sentence (names, ids and protocols are not prose).
ENGLISH_WORDS = re.compile(r"\b(?:the|into|of|on|from|to|with|and|is|are|by|for|as|at|in|"
                           r"inner|packet|connected|matches|route|sent|received)\b")
# Names that stay as they are in Chinese: protocols, Linux and Kubernetes terms, ids.
KEPT = re.compile(r"IPsec ESP|IP-in-IP|HTTP/1\.1|Host web\.example\.com|X-Forwarded-For|"
                  r"web\.example\.com|dev [\w.-]+|KUBE-[A-Z]+|\[[A-Z]+\]")


def test_the_lesson_in_chinese_has_no_english_fragments(chinese, open_window, qtbot):
    window = open_window(REFERENCE)
    ctl = present(window, qtbot, "flow1-internet-to-web")
    inspector = ctl.ui.inspector
    vxlan = next(h.index for h in ctl.trace.hops if h.device == "esxi-1")
    ctl.go_to(vxlan)
    text = inspector.steps.text()  # the MTU sentence, with its size breakdown
    assert "内层 IP 数据包" in text and "inner IP packet" not in text
    for i in range(ctl.hop_count):
        ctl.go_to(i)
        shown = inspector.lesson.text.text() + inspector.steps.text()
        plain = KEPT.sub("", re.sub("<[^>]+>", " ", shown))
        assert not ENGLISH_WORDS.search(plain), (i, ENGLISH_WORDS.findall(plain))
    card = ctl.overlays.card
    assert any("CJK" in family for family in card.title_font.families())
    ctl.ui.actions["anim.leave_presentation"].trigger()


def test_a_new_window_is_never_larger_than_its_screen(qtbot):
    """On a 1366×768 projector the window must fit, or the lesson column is cut off."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(prompts=FakePrompts())
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.size() == QSize(1440, 900).boundedTo(available)


def test_the_rewrite_badge_stays_off_the_packet_when_the_hop_turns_to_as_sent(open_window, qtbot):
    # After the dwell a hop's look switches to "as sent": the card and the rewrite badge are
    # made again, and must be placed again too, paused or not (a badge remade at its default
    # spot covered the packet).
    window = open_window(REFERENCE)
    ctl = present(window, qtbot, "flow1-internet-to-web")
    view, ov = ctl.view, ctl.overlays
    badge = ov.flash_badge

    def badge_box() -> QRectF:
        return badge.deviceTransform(view.viewportTransform()).mapRect(badge.boundingRect())

    for device in ("esg", "esxi-1"):  # DNAT, then VXLAN: each hop flashes a rewrite
        ctl.go_to(next(i for i, h in enumerate(ctl.trace.hops) if h.device == device))
        settle_camera(ctl)
        QApplication.processEvents()
        placed = badge_box()
        ctl.show_look(True)
        assert badge.isVisible(), device
        box = badge_box()
        assert box == placed, (device, box, placed)
        r = ov.token.radius * ov.scale
        at = view.mapFromScene(ov.token.pos())
        assert not box.intersects(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r)), device
        assert QRectF(view.viewport().rect()).contains(box), device


def test_presentation_fills_the_screen_where_full_screen_is_not_granted(open_window, qtbot, monkeypatch):
    # On a bare X server or a kiosk no window manager acts on the full-screen request: the
    # window must take the screen's size itself (and give it back when presentation ends).
    window = open_window(REFERENCE, size=(900, 600))
    before = window.geometry()
    monkeypatch.setattr(window, "showFullScreen", lambda: None)  # the request nobody grants
    ctl = window.animation
    assert ctl.play_flow("flow1-internet-to-web", play=False)
    ctl.ui.actions["anim.presentation"].trigger()
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.geometry().size() == screen.size(), timeout=5000)
    assert ctl.ui.presentation.active
    ctl.ui.actions["anim.leave_presentation"].trigger()
    # Back to the size it had (as near as the screen allows a window to be restored)
    qtbot.waitUntil(lambda: window.geometry().size() != screen.size(), timeout=5000)
    assert window.geometry().width() <= before.width() and not ctl.ui.presentation.active
