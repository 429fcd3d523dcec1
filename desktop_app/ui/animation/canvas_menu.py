"""Trace from here / Trace to here on the canvas's right-click menu.

The entries join the window's selection menu or the canvas's menu where either takes hooks;
a bare canvas gets a small menu of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMainWindow, QMenu

from desktop_app.model.topology import Topology
from desktop_app.ui.document import Document

from .flow_bar import FlowBar, _device_at, propose_destination, target_exists
from .player import AnimationController

AddEntries = Callable[[QMenu, str], None]


class CanvasMenuFallback(QObject):
    """A right-click menu with the trace entries, for canvases without a menu of their own."""

    def __init__(self, view: QGraphicsView, add_entries: AddEntries):
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


def trace_with(controller: AnimationController, flow_bar: FlowBar, topology: Topology,
               device: str, as_source: bool) -> None:
    """Put a device in the flow bar as source or destination; trace once both are set."""
    if as_source:
        flow_bar.set_source(device)
        if not target_exists(topology, flow_bar.destination.value()):
            # A destination left from another file, or none yet: offer one of this file's.
            flow_bar.set_destination(propose_destination(topology, device) or "")
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


def join_canvas_menu(window: QMainWindow, document: Document, scene: QGraphicsScene,
                     view: QGraphicsView, controller: AnimationController, flow_bar: FlowBar,
                     actions: dict[str, QAction]) -> None:
    """Wire the two trace entries and add them to whichever canvas menu there is."""
    source, target = actions["anim.trace_from_here"], actions["anim.trace_to_here"]
    source.triggered.connect(lambda: trace_with(controller, flow_bar, document.topology, str(source.data()), True))
    target.triggered.connect(lambda: trace_with(controller, flow_bar, document.topology, str(target.data()), False))

    def add_entries(menu: QMenu, model_id: str) -> None:
        if document.topology.device(model_id) is None:
            return
        if not menu.isEmpty():
            menu.addSeparator()
        for action in (source, target):
            action.setData(model_id)
            menu.addAction(action)

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
