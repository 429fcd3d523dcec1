"""Putting the animation into a main window: one call adds the flow bar, the playback bar, the
hop inspector, the timeline and the flows docks, the actions and the canvas menu entries.

``install_animation`` reads as a list of named builders, one per part of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDockWidget, QGraphicsView, QMainWindow, QMenu, QToolBar

from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.document import Document
from desktop_app.ui.i18n import on_language_change

from .actions import PLAYBACK_KEYS, create_actions, retranslate_actions
from .canvas_menu import join_canvas_menu
from .flow_bar import CanvasPicker, FlowBar
from .flows_dock import FlowsDock, save_current_flow
from .hop_inspector import HopInspectorDock
from .playback_icons import playback_icon, theme_of
from .player import SPEEDS, AnimationController
from .presentation import PresentationMode
from .timeline import HopTimelineDock
from .window_events import LeaveBeforeClose, PlaybackKeys, SpaceToPlay, play_on_first_open

MENU_ENTRIES = ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart", "anim.end",
                None, "anim.slower", "anim.faster", None, "anim.trace", "anim.pick",
                "anim.save_flow", None, "anim.card", "anim.follow", "anim.presentation")
PRESENTATION_CONTROLS = ("anim.restart", "anim.step_back", "anim.play", "anim.step_forward",
                         "anim.end", "anim.recentre", "anim.leave_presentation")
ICON_SHAPES = {"anim.step_back": "step_back", "anim.step_forward": "step_forward",
               "anim.restart": "restart", "anim.end": "end", "anim.recentre": "recentre",
               "anim.leave_presentation": "leave"}
NEEDS_TRACE = ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart", "anim.end",
               "anim.save_flow")


@dataclass
class AnimationUi:
    """Everything ``install_animation`` made (tests and the app reach the parts from here)."""

    controller: AnimationController
    actions: dict[str, QAction]
    flow_bar: FlowBar
    playback: QToolBar
    speed: QComboBox
    inspector: HopInspectorDock
    timeline: HopTimelineDock
    flows: FlowsDock
    picker: CanvasPicker
    presentation: PresentationMode
    menu: QMenu


def install_animation(window: QMainWindow, document: Document, scene: TopologyScene,
                      view: QGraphicsView) -> AnimationController:
    """Add the packet animation to a main window; returns its controller.

    The controller is also at ``window.animation`` and the widgets at ``controller.ui``.
    """
    controller = AnimationController(document, scene, view, parent=window)
    a = create_actions(window)
    flow_bar = build_flow_bar(window, controller, a)
    playback, speed = build_playback_bar(window, controller, a)
    inspector, timeline, flows = build_docks(window, controller, a)
    picker = CanvasPicker(flow_bar, view, window)
    presentation = PresentationMode(
        window, controller, view, keep=[inspector, timeline], large=[inspector, timeline],
        parent=window, controls=[a[name] for name in PRESENTATION_CONTROLS])
    menu = build_menu(window, a, [inspector, timeline, flows])
    bind_keys(window, view, timeline, controller, a)
    buttons = wire_playback(window, controller, a, speed)
    wire_flow_actions(window, controller, a, flow_bar, picker)
    set_presentation = wire_presentation(presentation, a)
    join_canvas_menu(window, document, scene, view, controller, flow_bar, a)
    keep_translated(window, controller, buttons, a, (playback, speed, menu))
    register_with_window(window, a, [inspector, timeline, flows])

    controller.ui = AnimationUi(controller, a, flow_bar, playback, speed, inspector, timeline,
                                flows, picker, presentation, menu)
    window.animation = controller
    play_on_first_open(window, controller, set_presentation)
    LeaveBeforeClose(window, lambda: set_presentation(False))
    return controller


def build_flow_bar(window: QMainWindow, controller: AnimationController,
                   a: dict[str, QAction]) -> FlowBar:
    """The bar where a flow is typed or picked, on its own row under the main toolbar."""
    flow_bar = FlowBar(controller, window)
    for name in ("anim.trace", "anim.pick", "anim.save_flow"):
        flow_bar.addAction(a[name])
    flow_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, flow_bar)
    return flow_bar


def build_playback_bar(window: QMainWindow, controller: AnimationController,
                       a: dict[str, QAction]) -> tuple[QToolBar, QComboBox]:
    """Restart, step, play, end, the speed and the card and presentation switches."""
    playback = QToolBar(window)
    playback.setObjectName("playback_bar")
    for name in ("anim.restart", "anim.step_back", "anim.play", "anim.step_forward", "anim.end"):
        playback.addAction(a[name])
    speed = QComboBox()
    speed.setObjectName("anim_speed")
    for s in SPEEDS:
        speed.addItem(f"{s:g}×", s)
    start = speed.findData(controller.speed)  # the default speed chosen in Preferences
    speed.setCurrentIndex(start if start >= 0 else SPEEDS.index(1.0))
    playback.addWidget(speed)
    for name in ("anim.card", "anim.follow", "anim.recentre", "anim.presentation"):
        playback.addAction(a[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, playback)
    return playback, speed


def build_docks(window: QMainWindow, controller: AnimationController, a: dict[str, QAction]
                ) -> tuple[HopInspectorDock, HopTimelineDock, FlowsDock]:
    """The hop inspector (right), the timeline (bottom) and the saved flows (left)."""
    inspector = HopInspectorDock(controller, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector)
    editor_panel = getattr(window, "inspector", None)
    if isinstance(editor_panel, QDockWidget):
        # One tall panel each reads better than two squeezed ones; the hop inspector comes
        # to the front whenever a flow starts.
        window.tabifyDockWidget(editor_panel, inspector)
        controller.request_changed.connect(lambda r: inspector.raise_() if r else None)
    timeline = HopTimelineDock(controller, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, timeline)
    flows = FlowsDock(controller, a["anim.save_flow"], window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, flows)
    return inspector, timeline, flows


def build_menu(window: QMainWindow, a: dict[str, QAction], docks: list[QDockWidget]) -> QMenu:
    """The Animation menu, before Help."""
    menu = QMenu(window)
    menu.setObjectName("animation_menu")
    _insert_menu(window, menu)
    for name in MENU_ENTRIES:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(a[name])
    menu.addAction(a["anim.recentre"])
    for dock in docks:
        menu.addAction(dock.toggleViewAction())
    return menu


def bind_keys(window: QMainWindow, view: QGraphicsView, timeline: HopTimelineDock,
              controller: AnimationController, a: dict[str, QAction]) -> None:
    """Playback keys on the canvas and the timeline; the rest anywhere in the window."""
    for name in PLAYBACK_KEYS:
        if name != "anim.play":  # Space on the canvas also pans: see SpaceToPlay
            view.addAction(a[name])
        timeline.addAction(a[name])
    SpaceToPlay(view, controller)
    PlaybackKeys(window, view, a)
    for name in ("anim.slower", "anim.faster", "anim.presentation", "anim.leave_presentation",
                 "anim.trace", "anim.pick", "anim.recentre"):
        window.addAction(a[name])


class PlayButtons(QObject):
    """Keeps the play button's icon and words, the enabled actions and the speed box current."""

    def __init__(self, window: QMainWindow, controller: AnimationController,
                 a: dict[str, QAction], speed: QComboBox) -> None:
        super().__init__(window)
        self.window, self.controller, self.a, self.speed = window, controller, a, speed
        self.playing = False
        self.draw_icons()
        window.installEventFilter(self)

    def draw_icons(self) -> None:
        """The buttons' icons in the current theme's icon colour."""
        theme = theme_of(self.window.palette())
        for name, shape in ICON_SHAPES.items():
            self.a[name].setIcon(playback_icon(shape, theme))
        self.show_playing(self.playing)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.PaletteChange:
            self.draw_icons()
        return False

    def show_playing(self, playing: bool) -> None:
        self.playing = playing
        play = self.a["anim.play"]
        play.setIcon(playback_icon("pause" if playing else "play", theme_of(self.window.palette())))
        play.setText(QCoreApplication.translate("animation", "Pause") if playing
                     else QCoreApplication.translate("animation", "Play"))

    def show_enabled(self) -> None:
        on = self.controller.trace is not None
        for name in NEEDS_TRACE:
            self.a[name].setEnabled(on)

    def choose_speed(self, index: int) -> None:
        self.controller.set_speed(float(self.speed.itemData(index)))

    def show_speed(self, value: float) -> None:
        speed = self.speed
        i = speed.findData(value)
        speed.blockSignals(True)
        if i < 0:
            speed.addItem(f"{value:g}×", value)
            i = speed.count() - 1
        speed.setCurrentIndex(i)
        speed.blockSignals(False)


def wire_playback(window: QMainWindow, controller: AnimationController, a: dict[str, QAction],
                  speed: QComboBox) -> PlayButtons:
    """Playback actions drive the controller; the controller's state shows on the buttons."""
    buttons = PlayButtons(window, controller, a, speed)
    a["anim.play"].triggered.connect(controller.toggle_play)
    a["anim.step_back"].triggered.connect(controller.step_back)
    a["anim.step_forward"].triggered.connect(controller.step_forward)
    a["anim.restart"].triggered.connect(controller.restart)
    a["anim.end"].triggered.connect(controller.go_to_end)
    a["anim.slower"].triggered.connect(lambda: controller.set_speed(controller.speed * 0.5))
    a["anim.faster"].triggered.connect(lambda: controller.set_speed(controller.speed * 2.0))
    a["anim.card"].toggled.connect(controller.set_card_visible)
    a["anim.follow"].toggled.connect(lambda on: setattr(controller, "follow", on))
    controller.follow = a["anim.follow"].isChecked()  # the camera starts as the menu says
    a["anim.recentre"].triggered.connect(controller.camera.recentre)
    speed.activated.connect(buttons.choose_speed)
    controller.speed_changed.connect(buttons.show_speed)
    controller.playing_changed.connect(buttons.show_playing)
    controller.trace_changed.connect(buttons.show_enabled)
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    buttons.show_playing(False)
    buttons.show_enabled()
    return buttons


def wire_flow_actions(window: QMainWindow, controller: AnimationController,
                      a: dict[str, QAction], flow_bar: FlowBar, picker: CanvasPicker) -> None:
    """Trace, pick on the canvas, save as flow."""
    a["anim.trace"].triggered.connect(flow_bar.trace_now)
    a["anim.pick"].toggled.connect(lambda on: picker.start() if on else picker.stop())
    picker.finished.connect(lambda: a["anim.pick"].setChecked(False))
    a["anim.save_flow"].triggered.connect(lambda: save_current_flow(controller, window))


def wire_presentation(presentation: PresentationMode, a: dict[str, QAction]
                      ) -> Callable[[bool], None]:
    """F5 enters, Esc leaves; returns the one switch everything else calls."""

    def set_presentation(on: bool) -> None:
        presentation.toggle(on)
        a["anim.leave_presentation"].setEnabled(on)
        if a["anim.presentation"].isChecked() != on:
            a["anim.presentation"].setChecked(on)
        if on:
            QTimer.singleShot(0, presentation.fit)

    a["anim.presentation"].toggled.connect(set_presentation)
    a["anim.leave_presentation"].triggered.connect(lambda: set_presentation(False))
    return set_presentation


def keep_translated(window: QMainWindow, controller: AnimationController, buttons: PlayButtons,
                    a: dict[str, QAction], widgets: tuple[QToolBar, QComboBox, QMenu]) -> None:
    """Words of the bars, the menu and the card in the current language, now and on a change."""
    playback, speed, menu = widgets

    def retranslate() -> None:
        retranslate_actions(a)
        buttons.show_playing(controller.playing)
        playback.setWindowTitle(QCoreApplication.translate("animation", "Playback"))
        speed.setToolTip(QCoreApplication.translate("animation", "Playback speed"))
        menu.setTitle(QCoreApplication.translate("animation", "&Animation"))
        controller.retranslate()

    retranslate()
    on_language_change(window, retranslate)


def register_with_window(window: QMainWindow, a: dict[str, QAction],
                         docks: list[QDockWidget]) -> None:
    """The window's shortcuts page and panel list show the animation's actions and docks too."""
    registry = getattr(getattr(window, "actions_", None), "actions", None)
    if isinstance(registry, dict):
        registry.update(a)
    panels = getattr(window, "panels", None)
    if isinstance(panels, list):
        panels.extend(docks)


def _insert_menu(window: QMainWindow, menu: QMenu) -> None:
    """Before the Help menu when there is one, else last."""
    bar = window.menuBar()
    for action in bar.actions():
        sub = action.menu()
        if sub is not None and sub.objectName() == "menu_help":
            bar.insertMenu(action, menu)
            return
    bar.addMenu(menu)
