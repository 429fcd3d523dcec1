"""Presentation mode for a projector: full screen, the canvas on at least 70 % of it, and one
column at the right with the playback controls, the hops around the current one and the lesson
in large type. Editing docks, toolbars, the menu and status bars hide; arrows step, Esc leaves.

The column's width and the strips' heights are set from the window's size when it enters or
the window is resized, never from the content, so nothing moves while a flow plays.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from .player import AnimationController

SCALE = 1.8  # the docks' type and the packet's token grow this much
CARD_SCALE = 1.5  # the packet's card (see Overlays.card_scale)
COLUMN = 0.29  # the right column's share of the window's width: the canvas keeps > 70 %
WIDGET_MAX = 16777215  # QWIDGETSIZE_MAX
FULL_SCREEN_GRACE_MS = 300  # a window manager answers a full-screen request well within this


class PresentationMode(QObject):
    """Switches a main window into a room-readable layout and back."""

    def __init__(self, window: QMainWindow, controller: AnimationController, view,
                 keep: list[QWidget], large: list[QWidget], parent: QObject | None = None,
                 controls: list[QAction] | None = None):
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.view = view
        self.keep = keep  # docks that stay (the hop inspector, the timeline)
        self.large = large  # widgets whose fonts grow
        self.active = False
        self.controls = QToolBar(window)  # the playback buttons, on top of the column
        self.controls.setObjectName("presentation_controls")
        self.controls.setIconSize(QSize(30, 30))
        self.controls.addActions(controls or [])
        self.controls.hide()
        self._state = QByteArray()
        self._geometry = QByteArray()
        self._was_full = False
        self._asked_at = QRect()  # the window's geometry when full screen was asked for
        self._hidden: list[QWidget] = []
        self._menubar = True
        self._statusbar = True
        self._fonts: dict[int, QFont] = {}
        self._features: dict[int, QDockWidget.DockWidgetFeature] = {}
        self._bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy] | None = None
        self.settled = 0  # layouts done (tests wait on it)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(0)
        self._settle_timer.timeout.connect(self.settle)

    # -- switching -----------------------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        w = self.window
        self._state = w.saveState()
        self._geometry = w.saveGeometry()
        self._was_full = w.isFullScreen()
        self._hide_editing()
        self._grow(True)
        self._arrange()
        self.controller.set_presentation_scale(SCALE)
        self._asked_at = w.geometry()
        w.showFullScreen()
        # Full screen is a request to the window manager; where none grants it (a bare X
        # server, a kiosk) the window keeps its size: it then takes the screen's itself.
        QTimer.singleShot(FULL_SCREEN_GRACE_MS, self._fill_screen)
        w.installEventFilter(self)
        self.settle()
        # Full screen arrives with the next resize (the filter lays out again then).
        self._settle_timer.start()
        self.controller.camera.set_presenting(True)
        if self.view is not None:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_screen(self) -> None:
        """The screen's size for a window the full-screen request left as it was."""
        w = self.window
        screen = w.screen()
        if self.active and screen is not None and w.geometry() == self._asked_at != screen.geometry():
            w.setGeometry(screen.geometry())

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        w = self.window
        w.removeEventFilter(self)
        self.controller.camera.set_presenting(False)
        self._grow(False)
        self.controller.set_presentation_scale(1.0)
        self._unarrange()
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

    # -- the layout ----------------------------------------------------------------------------
    def _hide_editing(self) -> None:
        w = self.window
        self._hidden = []
        for child in w.findChildren(QDockWidget) + w.findChildren(QToolBar):
            if child.parent() is w and child not in self.keep and child is not self.controls:
                # Hidden explicitly, even when not shown yet: a bar added to a shown window
                # would otherwise appear when the window goes full screen.
                if child.isVisible():
                    self._hidden.append(child)
                child.hide()
        self._menubar = w.menuBar().isVisible()
        w.menuBar().hide()
        self._statusbar = w.statusBar().isVisible()
        w.statusBar().hide()
        if self.view is not None:
            self._bars = (self.view.horizontalScrollBarPolicy(),
                          self.view.verticalScrollBarPolicy())
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _grow(self, on: bool) -> None:
        for widget in self.large:
            if on:
                self._fonts[id(widget)] = QFont(widget.font())
                bigger = QFont(widget.font())
                bigger.setPointSizeF(QFont().pointSizeF() * SCALE)
                widget.setFont(bigger)
            else:
                font = self._fonts.pop(id(widget), None)
                if font is not None:
                    widget.setFont(font)
            if hasattr(widget, "set_large"):
                widget.set_large(on)

    def _docks(self) -> list[QDockWidget]:
        return [d for d in self.keep if isinstance(d, QDockWidget)]

    def _arrange(self) -> None:
        """The kept docks in one column at the right: controls and hops on top, the lesson."""
        w = self.window
        docks = self._docks()
        for dock in docks:
            self._features[id(dock)] = dock.features()
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.show()
        if len(docks) >= 2:
            top, rest = docks[-1], docks[:-1]  # the timeline above the inspector
            for dock in rest:
                w.splitDockWidget(top, dock, Qt.Orientation.Vertical)
            top.setTitleBarWidget(self.controls)
            self.controls.show()
            for dock in rest:
                dock.setTitleBarWidget(QWidget())  # no title bar: the room is the lesson's

    def _unarrange(self) -> None:
        for dock in self._docks():
            dock.setMinimumSize(0, 0)
            dock.setMaximumSize(WIDGET_MAX, WIDGET_MAX)
            feature = self._features.pop(id(dock), None)
            if feature is not None:
                dock.setFeatures(feature)
            if dock.titleBarWidget() is self.controls:
                dock.setTitleBarWidget(None)
                self.controls.setParent(self.window)
                self.controls.hide()
            elif dock.titleBarWidget() is not None:
                old = dock.titleBarWidget()
                dock.setTitleBarWidget(None)
                old.deleteLater()
        if self.view is not None and self._bars is not None:
            self.view.setHorizontalScrollBarPolicy(self._bars[0])
            self.view.setVerticalScrollBarPolicy(self._bars[1])
            self._bars = None

    def settle(self) -> None:
        """Fix the column's width and the strips' heights for the window's size."""
        if not self.active:
            return
        w = self.window
        docks = self._docks()
        width = round(w.width() * COLUMN)
        for dock in docks:
            dock.setFixedWidth(width)
        if len(docks) >= 2:
            top = docks[-1]
            wanted = getattr(top, "strip_height", None)
            height = wanted() if callable(wanted) else round(w.height() * 0.22)
            top.setFixedHeight(height)
        fit = getattr(docks[0], "fit_lesson", None) if docks else None
        if callable(fit):
            QTimer.singleShot(0, fit)
        self.settled += 1
        self.controller.camera.recentre()

    def fit(self) -> None:
        """Frame the packet's current hop (the camera follows from there)."""
        self.controller.camera.recentre()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Resize:
            self._settle_timer.start()
        return False
