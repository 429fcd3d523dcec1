"""Putting the animation into a main window: one call adds the flow bar, the playback bar, the
hop inspector, the timeline and the flows docks, the actions and the canvas menu entries."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGraphicsScene,
    QGraphicsView,
    QMainWindow,
    QMenu,
    QToolBar,
)

from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.document import Document
from desktop_app.ui.i18n import on_language_change

from .actions import PLAYBACK_KEYS, create_actions, retranslate_actions
from .flow_bar import CanvasPicker, FlowBar, _device_at, propose_destination, target_exists
from .flows_dock import FlowsDock, save_current_flow
from .hop_inspector import HopInspectorDock
from .player import SPEEDS, AnimationController
from .presentation import PresentationMode
from .timeline import HopTimelineDock


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


class CanvasMenuFallback(QObject):
    """A right-click menu with the trace entries, for canvases without a menu of their own."""

    def __init__(self, view: QGraphicsView, add_entries):
        super().__init__(view)
        self.view = view
        self.add_entries = add_entries
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu:
            return False
        device = _device_at(self.view.scene(), self.view.mapToScene(event.pos()))
        if device is None:
            return False
        menu = QMenu(self.view)
        self.add_entries(menu, device)
        menu.exec(event.globalPos())
        return True


def install_animation(window: QMainWindow, document: Document, scene: TopologyScene,
                      view: QGraphicsView) -> AnimationController:
    """Add the packet animation to a main window; returns its controller.

    The controller is also at ``window.animation`` and the widgets at ``controller.ui``.
    """
    controller = AnimationController(document, scene, view, parent=window)
    a = create_actions(window)

    flow_bar = FlowBar(controller, window)
    flow_bar.addAction(a["anim.trace"])
    flow_bar.addAction(a["anim.pick"])
    flow_bar.addAction(a["anim.save_flow"])
    flow_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, flow_bar)

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
    playback.addAction(a["anim.card"])
    playback.addAction(a["anim.presentation"])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, playback)

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

    picker = CanvasPicker(flow_bar, view, window)
    presentation = PresentationMode(window, controller, view, keep=[inspector, timeline, playback],
                                    large=[inspector, timeline], parent=window)

    # Playback keys work where the packet is watched: on the canvas and in the timeline.
    for name in PLAYBACK_KEYS:
        if name != "anim.play":  # Space on the canvas also pans: see SpaceToPlay
            view.addAction(a[name])
        timeline.addAction(a[name])
    SpaceToPlay(view, controller)
    for name in ("anim.slower", "anim.faster", "anim.presentation", "anim.leave_presentation",
                 "anim.trace", "anim.pick"):
        window.addAction(a[name])

    menu = QMenu(window)
    menu.setObjectName("animation_menu")
    _insert_menu(window, menu)
    for name in ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart", "anim.end",
                 None, "anim.slower", "anim.faster", None, "anim.trace", "anim.pick",
                 "anim.save_flow", None, "anim.card", "anim.follow", "anim.presentation"):
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(a[name])
    for dock in (inspector, timeline, flows):
        menu.addAction(dock.toggleViewAction())

    # -- wiring ---------------------------------------------------------------------------------
    def update_play(playing: bool) -> None:
        icon = window.style().standardIcon(
            window.style().StandardPixmap.SP_MediaPause if playing
            else window.style().StandardPixmap.SP_MediaPlay)
        a["anim.play"].setIcon(icon)
        a["anim.play"].setText(QCoreApplication.translate("animation", "Pause") if playing
                               else QCoreApplication.translate("animation", "Play"))

    def update_enabled() -> None:
        on = controller.trace is not None
        for name in ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart",
                     "anim.end", "anim.save_flow"):
            a[name].setEnabled(on)

    def set_speed_index(i: int) -> None:
        controller.set_speed(float(speed.itemData(i)))

    def show_speed(value: float) -> None:
        i = speed.findData(value)
        speed.blockSignals(True)
        if i < 0:
            speed.addItem(f"{value:g}×", value)
            i = speed.count() - 1
        speed.setCurrentIndex(i)
        speed.blockSignals(False)

    def nudge_speed(factor: float) -> None:
        controller.set_speed(controller.speed * factor)

    def trace_with(device: str, as_source: bool) -> None:
        if as_source:
            flow_bar.set_source(device)
            if not target_exists(document.topology, flow_bar.destination.value()):
                # A destination left from another file, or none yet: offer one of this file's.
                flow_bar.set_destination(propose_destination(document.topology, device) or "")
            if flow_bar.destination.value():
                flow_bar.trace_now()
            else:
                controller.message.emit(QCoreApplication.translate(
                    "animation", "Source: {0}. Now choose a destination "
                    "(right-click it: Trace to here).").format(device))
                flow_bar.destination.setFocus()
        else:
            flow_bar.set_destination(device)
            if flow_bar.source.value():
                flow_bar.trace_now()
            else:
                controller.message.emit(QCoreApplication.translate(
                    "animation", "Destination: {0}. Now choose a source.").format(device))

    def add_entries(menu: QMenu, model_id: str) -> None:
        if document.topology.device(model_id) is None:
            return
        if not menu.isEmpty():
            menu.addSeparator()
        for name in ("anim.trace_from_here", "anim.trace_to_here"):
            a[name].setData(model_id)
            menu.addAction(a[name])

    a["anim.play"].triggered.connect(controller.toggle_play)
    a["anim.step_back"].triggered.connect(controller.step_back)
    a["anim.step_forward"].triggered.connect(controller.step_forward)
    a["anim.restart"].triggered.connect(controller.restart)
    a["anim.end"].triggered.connect(controller.go_to_end)
    a["anim.slower"].triggered.connect(lambda: nudge_speed(0.5))
    a["anim.faster"].triggered.connect(lambda: nudge_speed(2.0))
    a["anim.trace"].triggered.connect(flow_bar.trace_now)
    a["anim.pick"].toggled.connect(lambda on: picker.start() if on else picker.stop())
    picker.finished.connect(lambda: a["anim.pick"].setChecked(False))
    a["anim.save_flow"].triggered.connect(lambda: save_current_flow(controller, window))
    a["anim.card"].toggled.connect(controller.set_card_visible)
    a["anim.follow"].toggled.connect(lambda on: setattr(controller, "follow", on))

    def set_presentation(on: bool) -> None:
        presentation.toggle(on)
        a["anim.leave_presentation"].setEnabled(on)
        if a["anim.presentation"].isChecked() != on:
            a["anim.presentation"].setChecked(on)
        if on:
            QTimer.singleShot(0, presentation._fit)

    a["anim.presentation"].toggled.connect(set_presentation)
    a["anim.leave_presentation"].triggered.connect(lambda: set_presentation(False))
    a["anim.trace_from_here"].triggered.connect(
        lambda: trace_with(str(a["anim.trace_from_here"].data()), True))
    a["anim.trace_to_here"].triggered.connect(
        lambda: trace_with(str(a["anim.trace_to_here"].data()), False))
    speed.activated.connect(set_speed_index)
    controller.speed_changed.connect(show_speed)
    controller.playing_changed.connect(update_play)
    controller.trace_changed.connect(update_enabled)
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    update_play(False)
    update_enabled()

    def retranslate() -> None:
        retranslate_actions(a)
        update_play(controller.playing)
        playback.setWindowTitle(QCoreApplication.translate("animation", "Playback"))
        speed.setToolTip(QCoreApplication.translate("animation", "Playback speed"))
        menu.setTitle(QCoreApplication.translate("animation", "&Animation"))
        controller.retranslate()

    retranslate()
    on_language_change(window, retranslate)

    # Canvas right-click: join the window's or the canvas's menu where they take hooks.
    window_hooks = getattr(window, "context_hooks", None)
    view_hooks = getattr(view, "context_menu_hooks", None)
    if isinstance(window_hooks, list):  # hook(menu, selected ids)
        def on_selection(menu: QMenu, ids: list[str]) -> None:
            devices = [i for i in ids if document.topology.device(i) is not None]
            if len(devices) == 1:
                add_entries(menu, devices[0])

        window_hooks.append(on_selection)
    elif isinstance(view_hooks, list):  # hook(menu, the id under the mouse)
        view_hooks.append(add_entries)
    elif (type(view).contextMenuEvent is QGraphicsView.contextMenuEvent
          and type(scene).contextMenuEvent is QGraphicsScene.contextMenuEvent
          and view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu):
        CanvasMenuFallback(view, add_entries)

    # The window's shortcuts page and panel list show the animation's actions and docks too.
    registry = getattr(getattr(window, "actions_", None), "actions", None)
    if isinstance(registry, dict):
        registry.update(a)
    panels = getattr(window, "panels", None)
    if isinstance(panels, list):
        panels.extend([inspector, timeline, flows])

    controller.ui = AnimationUi(controller, a, flow_bar, playback, speed, inspector, timeline,
                                flows, picker, presentation, menu)
    window.animation = controller
    _play_on_first_open(window, controller, set_presentation)
    LeaveBeforeClose(window, lambda: set_presentation(False))
    return controller


def _insert_menu(window: QMainWindow, menu: QMenu) -> None:
    """Before the Help menu when there is one, else last."""
    bar = window.menuBar()
    for action in bar.actions():
        sub = action.menu()
        if sub is not None and sub.objectName() == "menu_help":
            bar.insertMenu(action, menu)
            return
    bar.addMenu(menu)


def _play_on_first_open(window: QMainWindow, controller: AnimationController,
                        set_presentation) -> None:
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


class LeaveBeforeClose(QObject):
    """Leave presentation mode before the window closes, so it saves its editing layout."""

    def __init__(self, window: QMainWindow, leave):
        super().__init__(window)
        self.leave = leave
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.leave()
        return False


class ShowOnce(QObject):
    """Calls back once, when the window is first shown."""

    def __init__(self, window: QMainWindow, callback):
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            obj.removeEventFilter(self)
            self.callback()
        return False
