"""Start-up as `hybridviz` does it (panels built after the first paint): every panel shows on a
first start, and the next start puts docks, bars and the window back as the user left them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from desktop_app.ui.main_window import MainWindow

from .conftest import REFERENCE, FakePrompts

LATE_DOCKS = ("inspector-dock", "problems-dock", "hop_inspector", "hop_timeline", "flows_dock")


def start(qtbot, size=(780, 760)) -> MainWindow:
    window = MainWindow(prompts=FakePrompts(), defer_panels=True)
    assert window.files.open_path(str(REFERENCE))
    if size:
        window.resize(*size)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.animation is not None, timeout=5000)
    return window


def docks(window) -> dict[str, QDockWidget]:
    return {d.objectName(): d for d in window.findChildren(QDockWidget)}


def test_first_start_shows_every_panel(qtbot):
    window = start(qtbot)
    found = docks(window)
    for name in LATE_DOCKS:
        assert name in found and not found[name].isHidden(), name
    # Tabbed panels: the editor's inspector and the hop inspector share a place.
    assert found["hop_inspector"] in window.tabifiedDockWidgets(found["inspector-dock"])
    window.close()


def test_next_start_restores_docks_bars_and_size(qtbot):
    window = start(qtbot)
    found = docks(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, found["flows_dock"])
    found["hop_timeline"].hide()
    playback = window.findChild(QToolBar, "playback_bar")
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, playback)
    window.resize(760, 740)
    qtbot.wait(50)
    left = window.size()
    assert (left.width(), left.height()) == (760, 740)
    assert window.close()

    again = start(qtbot, size=None)
    found = docks(again)
    assert again.dockWidgetArea(found["flows_dock"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert found["hop_timeline"].isHidden()
    assert not found["problems-dock"].isHidden()
    assert again.toolBarArea(again.findChild(QToolBar, "playback_bar")) == \
        Qt.ToolBarArea.BottomToolBarArea
    assert again.size() == left
    again.close()
