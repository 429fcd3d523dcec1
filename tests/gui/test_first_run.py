"""First start: the welcome page once, and the guided tour by keys alone or by doing each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui.help.tour import TOUR_DONE_KEY
from desktop_app.ui.help.welcome import WELCOME_KEY

from .conftest import focus_canvas


def _wait_for_step(qtbot, tour, index: int, timeout: int = 15000) -> None:
    """Wait for the tour's step_changed to announce step `index` (at once when it already has)."""
    if tour.index == index:
        return
    with qtbot.waitSignal(tour.step_changed, timeout=timeout,
                          check_params_cb=lambda shown: shown == index):
        pass


def _focus(qtbot) -> object:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return QApplication.focusWidget()


def test_welcome_appears_once_with_empty_settings(make_window, sample_copy, qtbot):
    assert QSettings().value(WELCOME_KEY) is None
    window = make_window(sample_copy)
    welcome = window.help_.welcome_if_first_run()
    assert welcome is not None and welcome.isVisible()
    assert "hybridviz" in welcome.windowTitle()
    welcome.close()
    qtbot.waitUntil(lambda: window.help_.welcome is None, timeout=2000)
    assert window.help_.welcome_if_first_run() is None  # the same session
    later = make_window(sample_copy)  # the next start reads the same settings
    assert later.help_.welcome_if_first_run() is None
    assert later.findChild(object, "welcome_dialog") is None
    # Help → Welcome still shows it on demand.
    later.action("help.welcome").trigger()
    assert later.help_.welcome is not None and later.help_.welcome.isVisible()


def test_welcome_opens_the_reference_sample_and_starts_the_tour(make_window, qtbot):
    window = make_window(None)  # an empty, untitled topology: nothing to tour
    welcome = window.help_.show_welcome()
    assert welcome.sample.isEnabled()
    qtbot.mouseClick(welcome.sample, Qt.MouseButton.LeftButton)
    assert window.doc.path and Path(window.doc.path).resolve() == REFERENCE_SAMPLE.resolve()
    # It is open now: the first button is not greyed, it offers the templates instead.
    assert welcome.sample.isEnabled() and "template" in welcome.sample.text()
    qtbot.mouseClick(welcome.tour, Qt.MouseButton.LeftButton)
    tour = window.help_.tour
    assert tour is not None and tour.active and tour.index == 0
    assert tour.callout.isVisible() and tour.spotlight.isVisible()


def test_tour_opens_the_reference_sample_when_the_file_has_no_flows(make_window):
    window = make_window(None)
    tour = window.help_.start_tour()
    assert tour is not None and tour.active
    assert Path(window.doc.path).resolve() == REFERENCE_SAMPLE.resolve()
    assert window.animation.ui.flows.list.count() > 0


def test_tour_completed_with_keys_alone(window, qtbot):
    controller = window.animation
    controller.set_speed(4.0)
    ui = controller.ui
    tour = window.help_.start_tour()
    assert tour is not None
    keys = (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Enter)
    expected = ["select_flow", "play", "step", "read_header"]
    for index, (key, name) in enumerate(zip(keys, expected, strict=True)):
        _wait_for_step(qtbot, tour, index)
        assert tour.step.key == name
        assert _focus(qtbot) is tour.callout, "the callout has the keys at every step"
        ring = tour.spotlight.geometry()
        assert window.rect().contains(tour.callout.geometry())
        assert ring.isValid()
        if name == "step":
            before = controller.hop
            assert not controller.playing
        QTest.keyClick(QApplication.focusWidget(), key)
        if name == "select_flow":
            _wait_for_step(qtbot, tour, 1)
            assert controller.request is not None and controller.trace is not None
            assert ui.flows.list.currentRow() == 0
            assert controller.request.id == ui.flows.flow_ids()[0]
        elif name == "play":
            _wait_for_step(qtbot, tour, 2, timeout=30000)
            assert controller.hop >= 1, "the packet moved on while playing"
        elif name == "step":
            _wait_for_step(qtbot, tour, 3)
            assert controller.hop == before + 1 and not controller.playing
        else:
            # The last step shows its result and waits for one more key.
            qtbot.waitUntil(lambda: ui.inspector.tree.currentItem() is not None, timeout=2000)
            assert tour.active and tour.index == 3
            assert tour.callout.next_button.text() == tour.tr("Finish")
            assert ui.inspector.hex.selection is not None, "its bytes are lit in the hex view"
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tour.active, timeout=2000)
    assert tour.completed == expected
    assert not tour.callout.isVisible() and not tour.spotlight.isVisible()
    assert QSettings().value(TOUR_DONE_KEY) in (True, "true")


def test_each_step_advances_when_the_user_does_it(window, qtbot):
    controller = window.animation
    controller.set_speed(4.0)
    ui = controller.ui
    tour = window.help_.start_tour()
    # 1. A flow chosen in the list (Enter on a row activates it, as a double-click does).
    flows = ui.flows.list
    flows.setFocus()
    flows.setCurrentRow(1)
    QTest.keyClick(flows, Qt.Key.Key_Return)
    assert controller.request.id == ui.flows.flow_ids()[1]
    _wait_for_step(qtbot, tour, 1)
    # Activating the flow may have started playback already; the Play step must still work.
    # 2. Play, from the playback bar's button.
    play = ui.playback.widgetForAction(ui.actions["anim.play"])
    assert not controller.playing, "the Play step stops the packet so that Play starts it"
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert controller.playing
    _wait_for_step(qtbot, tour, 2, timeout=30000)
    # 3. One hop on with → on the canvas.
    before = controller.hop
    focus_canvas(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    _wait_for_step(qtbot, tour, 3)
    assert controller.hop == before + 1
    # 4. A click on a header row.
    tree = ui.inspector.tree
    top = tree.topLevelItem(0)
    rect = tree.visualItemRect(top)
    assert rect.isValid()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.currentItem() is top
    qtbot.waitUntil(lambda: tour.callout.state.isVisible(), timeout=2000)
    assert tour.active, "the last step waits for Finish"
    qtbot.mouseClick(tour.callout.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tour.active, timeout=2000)
    assert tour.completed == ["select_flow", "play", "step", "read_header"]


def test_escape_leaves_the_tour(window, qtbot):
    tour = window.help_.start_tour()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tour.callout, timeout=2000)
    QTest.keyClick(tour.callout, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tour.index == 1, timeout=15000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tour.callout, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not tour.active and not tour.callout.isVisible()
    assert tour.completed == ["select_flow"]
    assert QSettings().value(TOUR_DONE_KEY) is None
    assert window.animation.request is not None  # what the tour did stays


def test_tour_callout_follows_its_widget_beside_it(window, qtbot):
    tour = window.help_.start_tour()
    target = window.animation.ui.flows.list
    top_left = target.mapTo(window, target.rect().topLeft())
    callout = tour.callout.geometry()
    assert callout.left() > top_left.x() + target.width(), "step 1's callout is right of the list"
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.rect().contains(tour.callout.geometry()), timeout=2000)


def test_hybridviz_start_shows_the_welcome_on_the_first_run_only(monkeypatch, qtbot):
    """What `hybridviz` does: app.run opens the reference sample, then the welcome, once."""
    from desktop_app.ui import app as app_module
    from desktop_app.ui.help.welcome import WelcomeDialog
    from desktop_app.ui.main_window import MainWindow

    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)  # return instead of looping

    def started() -> tuple[MainWindow, list[WelcomeDialog]]:
        assert app_module.run(None) == 0
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        qtbot.addWidget(window)
        welcomes = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, WelcomeDialog) and w.isVisible()]
        return window, welcomes

    first, welcomes = started()
    assert Path(first.doc.path).resolve() == REFERENCE_SAMPLE.resolve()
    assert len(welcomes) == 1 and welcomes[0].parent() is first
    assert not first.windowIcon().isNull() and not QApplication.windowIcon().isNull()
    welcomes[0].close()
    first.close()
    second, welcomes = started()
    assert welcomes == []
    second.close()


@pytest.mark.parametrize("lesson", [{"flow": "flow1-internet-to-web"}, {"presentation": True}])
def test_a_lesson_start_skips_the_welcome_until_the_next_plain_start(
        make_window, sample_copy, qtbot, lesson):
    from desktop_app.ui.main_window import MainWindow

    assert QSettings().value(WELCOME_KEY) is None
    window = MainWindow(**lesson)
    qtbot.addWidget(window)
    assert window.files.open_path(str(sample_copy))
    window.show()
    assert window.help_.welcome_if_first_run() is None
    assert window.findChild(object, "welcome_dialog") is None
    assert QSettings().value(WELCOME_KEY) is None  # still a first run for the next start
    plain = make_window(sample_copy)
    plain_welcome = plain.help_.welcome_if_first_run()
    assert plain_welcome is not None and plain_welcome.isVisible()
    plain_welcome.close()
    window.action("help.welcome").trigger()  # and Help → Welcome shows it on demand
    assert window.help_.welcome is not None and window.help_.welcome.isVisible()
    window.help_.welcome.close()
    if window.animation is not None and window.animation.ui.presentation.active:
        window.animation.ui.actions["anim.leave_presentation"].trigger()
