"""Small event filters that tie the animation to its main window: Space taps on the canvas,
playback keys anywhere in the window, leaving presentation before the window closes, and
playing the flow given on the command line once the file is open and the window shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .player import AnimationController


class SpaceToPlay(QObject):
    """On the canvas Space+drag pans; a Space tap without a drag plays or pauses."""

    def __init__(self, view: QGraphicsView, controller: AnimationController):
        super().__init__(view)
        self.view = view
        self.controller = controller
        self._down = False
        self._dragged = False
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        t = event.type()
        if t == QEvent.Type.KeyPress and obj is self.view and event.key() == Qt.Key.Key_Space \
                and not event.isAutoRepeat():
            self._down, self._dragged = True, False
        elif t == QEvent.Type.MouseButtonPress and self._down:
            self._dragged = True
        elif t == QEvent.Type.KeyRelease and obj is self.view \
                and event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            if self._down and not self._dragged:
                self.controller.toggle_play()
            self._down = False
        return False


class LeaveBeforeClose(QObject):
    """Leave presentation mode before the window closes, so it saves its editing layout."""

    def __init__(self, window: QMainWindow, leave: Callable[[], None]):
        super().__init__(window)
        self.leave = leave
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.leave()
        return False


class ShowOnce(QObject):
    """Calls back once, when the window is first shown."""

    def __init__(self, window: QMainWindow, callback: Callable[[], None]):
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            obj.removeEventFilter(self)
            self.callback()
        return False


def play_on_first_open(window: QMainWindow, controller: AnimationController,
                       set_presentation: Callable[[bool], None]) -> None:
    """``hybridviz FILE --flow ID --presentation``: the window carries ``flow`` and
    ``presentation``; play and present once the file is open and the window is shown."""
    flow = getattr(window, "flow", None)
    present = bool(getattr(window, "presentation", False))
    files = getattr(window, "files", None)
    if not flow and not present:
        return

    def start() -> None:
        if flow:
            controller.play_flow(flow)
        if present:
            set_presentation(True)

    def after_show() -> None:
        # The window fits the view to everything on its first show; present after that.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, start))

    if window.isVisible():  # installed after the first paint: the file is already open
        after_show()
        return
    opened = getattr(files, "opened", None)
    document = getattr(window, "doc", None)
    if opened is None or getattr(document, "path", None):
        ShowOnce(window, after_show)
        return

    def on_opened(_path: str) -> None:
        opened.disconnect(on_opened)
        if window.isVisible():
            after_show()
        else:
            ShowOnce(window, after_show)

    opened.connect(on_opened)


# Key → action: the playback keys act wherever the focus is in the main window.
WINDOW_KEYS = {Qt.Key.Key_Space: "anim.play", Qt.Key.Key_Left: "anim.step_back",
               Qt.Key.Key_Right: "anim.step_forward", Qt.Key.Key_Home: "anim.restart",
               Qt.Key.Key_End: "anim.end", Qt.Key.Key_F5: "anim.presentation",
               Qt.Key.Key_Escape: "anim.leave_presentation"}


def being_edited(widget: QWidget | None) -> bool:
    """Whether the focus is in a text field, or in a table cell being edited."""
    while widget is not None:
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            return not widget.isReadOnly()
        if isinstance(widget, QAbstractSpinBox):
            return True
        if isinstance(widget, QComboBox) and widget.isEditable():
            return True
        if isinstance(widget, QAbstractItemView) \
                and widget.state() == QAbstractItemView.State.EditingState:
            return True
        widget = widget.parentWidget()
    return False


class PlaybackKeys(QObject):
    """Space, ←/→, Home/End, F5 and Esc drive the animation wherever the focus is in the main
    window (the flows list, the inspector, a toolbar), except while text is being edited.

    The canvas keeps its own handling (Space + drag pans there) and keys that a widget's own
    shortcut already took never arrive here.
    """

    def __init__(self, window: QMainWindow, view: QGraphicsView, actions: dict):
        super().__init__(window)
        self.window = window
        self.view = view
        self.actions = actions
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        name = WINDOW_KEYS.get(event.key())
        if name is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if obj.window() is not self.window or obj in (self.view, self.view.viewport()):
            return False
        if being_edited(QApplication.focusWidget()) or being_edited(obj):
            return False
        if name == "anim.play" and event.isAutoRepeat():
            return True
        action = self.actions[name]
        if not action.isEnabled():
            return False
        action.trigger()
        return True
