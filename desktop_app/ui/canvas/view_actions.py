"""Collapse or expand boxes, and show only the path: the View actions and canvas context-menu
entries that change what the canvas shows of a big topology (not what the topology is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop_app.model.view_state import COLLAPSIBLE_KINDS, is_collapsed
from desktop_app.ui.commands import set_collapsed

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class ViewActions:
    """Wires ``view.collapse`` and ``view.only_path`` to the window's scene."""

    def __init__(self, window: MainWindow):
        self.window = window
        a = window.actions_
        a["view.collapse"].triggered.connect(self.toggle_collapsed)
        a["view.only_path"].toggled.connect(self.show_only_path)
        window.context_hooks.append(self._context)

    def collapsible(self, ids: list[str]) -> list[str]:
        topo = self.window.doc.topology
        return [i for i in ids if topo.zone(i) is not None or (
            (d := topo.device(i)) is not None and d.kind in COLLAPSIBLE_KINDS)]

    def toggle_collapsed(self) -> None:
        """Collapse the selected boxes, or expand them when the first is collapsed; one undo
        step for all of them."""
        w = self.window
        ids = self.collapsible(w.scene.selected_ids())
        if not ids:
            w.statusBar().showMessage(QCoreApplication.translate(
                "ViewActions", "Select a zone, an ESXi host or a node to collapse or expand it"),
                5000)
            return
        topo = w.doc.topology
        collapse = not is_collapsed(topo, ids[0])
        stack = w.doc.undo_stack
        # Two calls, not one with a chosen literal: lupdate finds only literal arguments.
        stack.beginMacro(QCoreApplication.translate("ViewActions", "Collapse") if collapse
                         else QCoreApplication.translate("ViewActions", "Expand"))
        try:
            for i in ids:
                if is_collapsed(topo, i) == collapse:
                    continue
                stack.push(set_collapsed(w.doc, i, collapse, self._drawn_at(i)))
        finally:
            stack.endMacro()

    def _drawn_at(self, item_id: str) -> list[float]:
        scene = self.window.scene
        box = scene.full_diagram.zones.get(item_id)
        if box is not None:
            return [box.x, box.y, box.w, box.h]
        return list(scene.positions.get(item_id, [0.0, 0.0]))[:2]

    def show_only_path(self, on: bool) -> None:
        scene = self.window.scene
        trace = getattr(self.window.animation, "trace", None)
        if trace is not None and not scene.path_devices:
            scene.set_path_devices(h.device for h in trace.hops)
        scene.set_only_path(on)
        if on and not scene.path_devices:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "ViewActions", "Play a flow: everything off its path will be dimmed"), 5000)

    def _context(self, menu: QMenu, ids: list[str]) -> None:
        if self.collapsible(ids):
            menu.addSeparator()
            menu.addAction(self.window.actions_["view.collapse"])
        menu.addAction(self.window.actions_["view.only_path"])
