"""Editing with the mouse on the canvas: move, re-host by dropping into a box, connect.

- Drag selected things to move them; the drawing follows live (a provisional overlay of the
  layout) and the release pushes one undo step. Dropping a single VM-like device into
  another ESXi host's box also re-hosts it there (a pod into another node: reschedules it).
- Drag from a device's connect handle (the ``+`` at its corner), or Shift+drag a device, onto
  a network to connect them: a new interface with the next free address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsSceneMouseEvent

from desktop_app.model.editing.new_objects import accepts
from desktop_app.ui import commands
from desktop_app.ui.problem_words import error_text

from .items import ContainerItem, DeviceItem, ModelItem, PodItem, ZoneItem
from .network_items import NetworkItem
from .vtep_offer import offer_vtep

if TYPE_CHECKING:
    from .scene import TopologyScene


class SceneInteraction:
    """The state of one mouse gesture on a scene (at most one at a time)."""

    def __init__(self, scene: TopologyScene):
        self.scene = scene
        self._move_ids: list[str] | None = None
        self._press = QPointF()
        self._moving = False
        self._delta = QPointF()
        self._target: ModelItem | None = None
        self._connect_from: str | None = None
        self._line: QGraphicsLineItem | None = None

    # -- gesture start ---------------------------------------------------------------------
    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start a connect gesture when the press asks for one; True when it took the event."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        item = self.scene.model_item_at(event.scenePos(), (DeviceItem, ContainerItem))
        if item is None:
            return False
        on_handle = item.handle_hit(item.mapFromScene(event.scenePos()))
        if not (on_handle or event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            return False
        # Taken here: the view must not start a rubber band (it would select what the line
        # crosses), and the device stays as selected as it was.
        event.accept()
        self._connect_from = item.model_id
        start = item.handle_scene_pos()
        self._line = QGraphicsLineItem(QLineF(start, event.scenePos()))
        pen = QPen(self.scene.style.c("drop_target"), 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._line.setPen(pen)
        self._line.setZValue(1000)
        self.scene.addItem(self._line)
        return True

    def after_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """After Qt's own selection handling: get ready to move what is selected."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self.scene.model_item_at(event.scenePos())
        if item is None or not item.isSelected():
            return
        self._move_ids = self.scene.selected_ids()
        self._press = event.scenePos()
        self._moving = False

    # -- gesture progress -----------------------------------------------------------------
    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._connect_from is not None and self._line is not None:
            line = self._line.line()
            line.setP2(event.scenePos())
            self._line.setLine(line)
            net = self.scene.model_item_at(event.scenePos(), (NetworkItem,))
            self._set_target(net)
            return True
        if self._move_ids is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        if not self._moving:
            travel = (event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton))
            if travel.manhattanLength() < QApplication.startDragDistance():
                return True
            self._moving = True
        self._delta = event.scenePos() - self._press
        self.scene.sync(self._moved_positions())
        self._set_target(self._drop_container(event.scenePos()))
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._connect_from is not None:
            device, target = self._connect_from, self._target
            self._end_connect()
            if isinstance(target, NetworkItem):
                network = target.model_id
                if self._push(lambda: commands.connect(self.scene.doc, device, network)):
                    views = self.scene.views()
                    offer_vtep(self.scene.doc, views[0].window() if views else None,
                               device, network)
            return True
        if self._move_ids is None:
            return False
        moving, ids = self._moving, self._move_ids
        target = self._target
        self._move_ids = None
        self._moving = False
        self._set_target(None)
        if not moving:
            return False
        self._commit_move(ids, target)
        return True

    def cancel(self) -> None:
        if self._connect_from is not None:
            self._end_connect()
        if self._moving:
            self._moving = False
            self.scene.sync()
        self._move_ids = None
        self._set_target(None)

    # -- helpers --------------------------------------------------------------------------
    def _end_connect(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
            self._line = None
        self._connect_from = None
        self._set_target(None)

    def _set_target(self, item: ModelItem | None) -> None:
        if item is self._target:
            return
        if isinstance(self._target, (ContainerItem, NetworkItem)):
            self._target.set_drop_target(False)
        self._target = item
        if isinstance(item, (ContainerItem, NetworkItem)):
            item.set_drop_target(True)

    def _moving_set(self, ids: list[str]) -> list[str]:
        """The selection plus what moves with it: a host's VMs, a zone's members."""
        topo = self.scene.doc.topology
        contain = self.scene.diagram.contain
        zones = set()
        for zid in ids:
            if topo.zone(zid) is not None:
                zones.add(zid)
        # A zone carries its child zones along.
        grew = True
        while grew:
            extra = {z.id for z in topo.zones if z.parent in zones and z.id not in zones}
            zones |= extra
            grew = bool(extra)
        out: list[str] = []
        seen: set[str] = set()

        def add(i: str) -> None:
            if i not in seen:
                seen.add(i)
                out.append(i)

        for i in ids:
            add(i)
        for z in sorted(zones):
            add(z)
        for n in topo.networks:
            if n.zone in zones:
                add(n.id)
        for d in topo.devices:
            if d.zone in zones:
                add(d.id)
        for i in list(out):
            for child in contain.descendants(i):
                add(child)
        return out

    def _moved_positions(self) -> dict[str, list[float]]:
        assert self._move_ids is not None
        base = self._base_positions()
        dx, dy = self._delta.x(), self._delta.y()
        out = {}
        for i in self._moving_set(self._move_ids):
            p = base.get(i)
            if p is None:
                continue
            if len(p) >= 4:
                out[i] = [round(p[0] + dx, 1), round(p[1] + dy, 1), p[2], p[3]]
            elif i in self.scene.diagram.zones or self.scene.doc.topology.zone(i) is not None:
                continue  # a zone without a stored rectangle follows its members
            else:
                out[i] = [round(p[0] + dx, 1), round(p[1] + dy, 1)]
        return out

    def _base_positions(self) -> dict[str, list[float]]:
        from desktop_app.diagram.auto_layout import complete

        return complete(self.scene.doc.topology)

    def _drop_container(self, pos: QPointF) -> ModelItem | None:
        """The host (or node) a lone moved device would land in, if it is not its own."""
        assert self._move_ids is not None
        devices = [i for i in self._move_ids if self.scene.device(i) is not None]
        if len(devices) != 1 or len(self._move_ids) != 1:
            return None
        device = self.scene.device(devices[0])
        assert device is not None
        moving = set(self._moving_set(self._move_ids))
        current = device.node if device.kind == "pod" else device.host
        best: tuple[float, ContainerItem] | None = None
        # A box's inside is not part of its shape (clicks there reach what runs on it), so
        # look by bounding rectangle.
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if not isinstance(item, ContainerItem) or item.model_id in moving:
                continue
            if item.model_id == current or not accepts(item.kind, device.kind):
                continue
            area = item.boundingRect().width() * item.boundingRect().height()
            if best is None or area < best[0]:
                best = (area, item)
        return best[1] if best else None

    def _commit_move(self, ids: list[str], target: ModelItem | None) -> None:
        positions = self._moved_positions_for(ids)
        doc = self.scene.doc
        device = self.scene.device(ids[0]) if len(ids) == 1 else None
        stack = doc.undo_stack
        try:
            if target is not None and device is not None:
                if device.kind == "pod":
                    cmd = commands.set_node(doc, device.id, target.model_id)
                else:
                    cmd = commands.set_host(doc, device.id, target.model_id)
                stack.beginMacro(cmd.text())
                try:
                    stack.push(cmd)
                    stack.push(commands.move_items(doc, positions))
                finally:
                    stack.endMacro()
            elif positions:
                stack.push(commands.move_items(doc, positions))
            else:
                self.scene.sync()
        except ValueError as exc:
            self.scene.sync()
            self.scene.message.emit(error_text(exc))

    def _moved_positions_for(self, ids: list[str]) -> dict[str, list[float]]:
        saved = self._move_ids
        self._move_ids = ids
        try:
            return self._moved_positions()
        finally:
            self._move_ids = saved

    def _push(self, make) -> bool:
        try:
            self.scene.doc.undo_stack.push(make())
        except ValueError as exc:
            self.scene.message.emit(error_text(exc))
            return False
        return True


__all__ = ["SceneInteraction", "PodItem", "ZoneItem"]
