"""Presentation mode: full screen, editing docks and toolbars hidden, large fonts, the route in
view; arrows step, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from .player import AnimationController

SCALE = 1.8
MIN_ZOOM = 0.7  # below this the canvas labels cannot be read from a room: follow the packet


class PresentationMode(QObject):
    """Switches a main window into a room-readable layout and back."""

    def __init__(self, window: QMainWindow, controller: AnimationController, view,
                 keep: list[QWidget], large: list[QWidget], parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.view = view
        self.keep = keep  # docks and toolbars that stay (inspector, timeline, playback)
        self.large = large  # widgets whose fonts grow
        self.active = False
        self._state = QByteArray()
        self._geometry = QByteArray()
        self._was_full = False
        self._hidden: list[QWidget] = []
        self._menubar = True
        self._statusbar = True
        self._fonts: dict[int, QFont] = {}

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        w = self.window
        self._state = w.saveState()
        self._geometry = w.saveGeometry()
        self._was_full = w.isFullScreen()
        self._hidden = []
        for child in w.findChildren(QDockWidget) + w.findChildren(QToolBar):
            if child.parent() is w and child not in self.keep and child.isVisible():
                child.hide()
                self._hidden.append(child)
        for child in self.keep:
            child.show()
        self._menubar = w.menuBar().isVisible()
        w.menuBar().hide()
        self._statusbar = w.statusBar().isVisible()
        for widget in self.large:
            self._fonts[id(widget)] = QFont(widget.font())
            bigger = QFont(widget.font())
            bigger.setPointSizeF(QFont().pointSizeF() * SCALE)
            widget.setFont(bigger)
            if hasattr(widget, "set_large"):
                widget.set_large(True)
        self.controller.set_presentation_scale(SCALE)
        w.showFullScreen()
        self.fit()
        # Full screen arrives with the next resize: lay out again once it has.
        QTimer.singleShot(0, self._settle)
        QTimer.singleShot(250, self._settle)
        if self.view is not None:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        w = self.window
        for widget in self.large:
            font = self._fonts.pop(id(widget), None)
            if font is not None:
                widget.setFont(font)
            if hasattr(widget, "set_large"):
                widget.set_large(False)
        self.controller.set_presentation_scale(1.0)
        if not self._was_full:
            w.showNormal()
            w.restoreGeometry(self._geometry)
        w.restoreState(self._state)
        for child in self._hidden:
            child.show()
        w.menuBar().setVisible(self._menubar)
        w.statusBar().setVisible(self._statusbar)

    def toggle(self, on: bool | None = None) -> None:
        want = (not self.active) if on is None else on
        self.enter() if want else self.leave()

    def _settle(self) -> None:
        if not self.active:
            return
        w = self.window
        right = [d for d in self.keep if isinstance(d, QDockWidget)
                 and w.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        if right:
            w.resizeDocks(right, [int(w.width() * 0.36)] * len(right), Qt.Orientation.Horizontal)
        bottom = [d for d in self.keep if isinstance(d, QDockWidget)
                  and w.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        if bottom:
            w.resizeDocks(bottom, [int(w.height() * 0.22)] * len(bottom),
                          Qt.Orientation.Vertical)
        self.fit()

    def fit(self) -> None:
        """Show the whole route (or everything) in the view."""
        view = self.view
        if view is None:
            return
        rect = self.controller.route_rect()
        if rect.isNull() or rect.isEmpty():
            return
        rect = QRectF(rect).adjusted(-160, -120, 420, 160)  # room for the packet card
        fit = getattr(view, "fit_rect", None)
        if fit is not None:
            fit(rect)
        else:
            view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if view.transform().m11() < MIN_ZOOM:
            set_zoom = getattr(view, "set_zoom", None)
            if set_zoom is not None:
                set_zoom(MIN_ZOOM)
            else:
                view.resetTransform()
                view.scale(MIN_ZOOM, MIN_ZOOM)
            view.centerOn(self.controller.token_pos())
