"""Shared fixtures for the GUI tests: isolated settings and data folders, a ready main window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import (
    QGuiApplication,  # noqa: E402
    QMouseEvent,  # noqa: E402
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui.app import APP_NAME, ORGANIZATION
from desktop_app.ui.canvas.editing import release_clipboard  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REFERENCE = SAMPLES / "icp-vcs-hybrid.yaml"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    """No test reads or writes the user's settings, autosaves or recent files."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield home
    QSettings().clear()
    release_clipboard()  # as the app does on quit: Qt's offscreen clipboard crashes at exit
    # A test may also put plain text there (a paste of hand-written YAML): in this process
    # everything on the clipboard is ours, and the offscreen platform crashes deleting it at exit.
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and clipboard.mimeData() is not None:
        clipboard.clear()


class FakePrompts:
    """Answers the file controller's questions without dialogs, and records them."""

    def __init__(self):
        self.save_answer = "discard"
        self.open_answer: str | None = None
        self.save_as_answer: str | None = None
        self.recover_answer = "recover"
        self.replace_read_only_answer = False
        self.changed_answer = "cancel"
        self.failures: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.load_errors: list[tuple[str, str, list[str]]] = []

    def save_changes(self, parent, name):
        self.asked.append("save_changes")
        return self.save_answer

    def open_path(self, parent, folder):
        self.asked.append("open_path")
        return self.open_answer

    def save_path(self, parent, suggested):
        self.asked.append("save_path")
        return self.save_as_answer

    def load_failed(self, parent, path, summary, details):
        self.load_errors.append((path, summary, details))

    def save_failed(self, parent, path, reason):
        self.asked.append(f"save_failed {reason}")

    def recover(self, parent, entry, others):
        self.asked.append("recover")
        return self.recover_answer

    def replace_read_only(self, parent, path):
        self.asked.append("replace_read_only")
        return self.replace_read_only_answer

    def changed_elsewhere(self, parent, path):
        self.asked.append("changed_elsewhere")
        return self.changed_answer

    def failed(self, parent, title, sentence):
        self.failures.append((title, sentence))


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    target = tmp_path / "work" / "icp-vcs-hybrid.yaml"
    target.parent.mkdir()
    shutil.copy(REFERENCE, target)
    return target


@pytest.fixture
def make_window(qtbot):
    """A factory for shown main windows opened on a file (each with fake prompts)."""
    from desktop_app.ui.main_window import MainWindow

    made = []

    def make(path: Path | None = None, size=(1400, 900)):
        prompts = FakePrompts()
        window = MainWindow(prompts=prompts)
        window.prompts = prompts
        if path is not None:
            assert window.files.open_path(str(path))
        window.resize(*size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        window.view.setFocus()
        QApplication.processEvents()
        window.view.fit_all()
        made.append(window)
        return window

    yield make
    for w in made:
        w.doc.undo_stack.setClean()  # closing must not ask about the test's edits


@pytest.fixture
def window(make_window, sample_copy):
    return make_window(sample_copy)


def send_mouse(view, kind, scene_pos: QPointF, button=Qt.MouseButton.LeftButton,
               buttons=None, modifiers=Qt.KeyboardModifier.NoModifier,
               local: QPointF | None = None) -> None:
    """Deliver a real mouse event to the canvas at a scene point (press, move or release),
    or at a viewport point when ``local`` is given."""
    from PySide6.QtCore import QEvent

    local = QPointF(view.mapFromScene(scene_pos)) if local is None else local
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    if buttons is None:
        buttons = button if kind in ("press", "move") else Qt.MouseButton.NoButton
    ev_button = Qt.MouseButton.NoButton if kind == "move" else button
    event = QMouseEvent(types[kind], local, glob, ev_button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPointF, end: QPointF, modifiers=Qt.KeyboardModifier.NoModifier,
         button=Qt.MouseButton.LeftButton, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    send_mouse(view, "press", start, button, modifiers=modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        send_mouse(view, "move", p, button, modifiers=modifiers)
    send_mouse(view, "release", end, button, modifiers=modifiers)
    QApplication.processEvents()


def focus_canvas(window, qtbot) -> None:
    """Let the window catch up, then give the canvas keyboard focus in the active window.

    (The offscreen platform deactivates the window when a panel creates a combo box popup;
    a real desktop does not, so tests re-activate it before typing.)
    """
    for _ in range(3):
        QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.view.setFocus()
    QApplication.processEvents()


def drag_on_screen(view, start: QPointF, end: QPointF, button=Qt.MouseButton.LeftButton,
                   steps: int = 6) -> None:
    """A drag between two fixed viewport points (for gestures that move the view itself)."""
    send_mouse(view, "press", QPointF(), button, local=start)
    for i in range(1, steps + 1):
        send_mouse(view, "move", QPointF(), button, local=start + (end - start) * (i / steps))
    send_mouse(view, "release", QPointF(), button, local=end)
    QApplication.processEvents()
