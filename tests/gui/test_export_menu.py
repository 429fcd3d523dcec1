"""File → Export… is in the main window and knows the flow being played."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui.main_window import MainWindow


def test_export_action_is_in_the_file_menu(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(str(REFERENCE_SAMPLE))
    menu = window.findChild(QMenu, "menu_file")
    ids = [a.objectName() for a in menu.actions()]
    assert "file.export" in ids
    assert ids.index("file.export") < ids.index("file.quit")
    assert window._current_flow_id() is None
    window.animation.play_flow("flow2-web-to-db", play=False)
    assert window._current_flow_id() == "flow2-web-to-db"
