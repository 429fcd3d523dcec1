"""Edit actions on the canvas selection: add, delete, duplicate, copy, paste, rename, tidy.

Each goes through an undoable command (``desktop_app.ui.commands``); a command that refuses
(an id already taken, a full subnet) is reported in a sentence on the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.diagram import geometry
from desktop_app.model.editing.new_objects import accepts, new_device, new_network
from desktop_app.model.failure import unexpected_problem
from desktop_app.ui import commands
from desktop_app.ui.problem_words import error_text, problem_line

from .layout_command import TidyLayout
from .scene import TopologyScene
from .view import CanvasView

CLIPBOARD_MIME = "application/x-hybridviz-yaml"


def release_clipboard() -> None:
    """Take our copied objects off the clipboard before the application goes away.

    Qt's offscreen (and minimal) platforms crash at exit while deleting clipboard data made
    by the program; clearing it first while everything is alive avoids that. Data copied by
    other programs is left alone.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()
PASTE_STEP = 30.0


class EditController(QObject):
    """Carries out edit actions for one window's canvas."""

    message = Signal(str)

    def __init__(self, scene: TopologyScene, view: CanvasView, parent: QWidget | None = None):
        super().__init__(parent)
        self.scene = scene
        self.view = view
        self.doc = scene.doc
        self._pastes = 0

    def _push(self, make: Callable[[], QUndoCommand]) -> bool:
        try:
            cmd = make()
        except ValueError as exc:
            self.message.emit(error_text(exc))
            return False
        self.doc.undo_stack.push(cmd)
        return True

    # -- adding ---------------------------------------------------------------------------
    def add_entry(self, entry: str, scene_pos: QPointF | None = None) -> str | None:
        """Add a palette entry (``device:vm``) at a point, or in the middle of the view."""
        kind_of, _, kind = entry.partition(":")
        topo = self.doc.topology
        diagram = self.scene.diagram
        at = scene_pos if scene_pos is not None else self.view.mapToScene(
            self.view.viewport().rect().center())
        x, y = at.x(), at.y()
        zone = _innermost_zone(diagram, x, y)
        if kind_of == "network":
            network = new_network(topo, kind, zone)
            pos = self._free_spot(x, y, geometry.BAR_MIN_LENGTH, 40.0)
            ok = self._push(lambda: commands.add_network(self.doc, network, pos))
            new_id = network.id
        else:
            container = self._container_at(kind, x, y) if scene_pos is not None \
                else self._selected_container(kind)
            holder = topo.device(container) if container else None
            if holder is not None and holder.zone:
                zone = holder.zone  # a VM in a host box belongs where the host does
            device = new_device(topo, kind, zone, container)
            w, h = geometry.glyph_size(kind)
            if container is not None and scene_pos is None:
                pos = self._inside(container, w, h)
            elif container is not None:
                pos = self._free_inside(container, x, y, w, h)
            else:
                pos = self._free_spot(x, y, w, h)
            ok = self._push(lambda: commands.add_device(self.doc, device, pos))
            new_id = device.id
        if not ok:
            return None
        self.scene.select_ids([new_id])
        self.message.emit(self.tr("Added {id}").format(id=new_id))
        return new_id

    def _container_at(self, kind: str, x: float, y: float) -> str | None:
        best: tuple[float, str] | None = None
        kinds = {d.id: d.kind for d in self.doc.topology.devices}
        for did, box in self.scene.diagram.boxes.items():
            if box.contains(x, y) and accepts(kinds.get(did, ""), kind):
                area = box.w * box.h
                if best is None or area < best[0]:
                    best = (area, did)
        return best[1] if best else None

    def _selected_container(self, kind: str) -> str | None:
        chosen = [self.scene.device(i) for i in self.scene.selected_ids()]
        devices = [d for d in chosen if d is not None]
        if len(devices) == 1 and accepts(devices[0].kind, kind):
            return devices[0].id
        return None

    def _inside(self, container: str, w: float, h: float) -> tuple[float, float]:
        """Beside the last thing in a host or node (its box grows to hold the newcomer)."""
        d = self.scene.diagram
        children = d.contain.children.get(container, [])
        glyph = d.glyphs[container]
        if not children:
            return (glyph.x + w / 2, glyph.bottom + 14 + h / 2)
        last = max(children, key=lambda c: d.boxes[c].right)
        if self.doc.topology.device(container).kind == "k8s-node":  # type: ignore[union-attr]
            lowest = max(children, key=lambda c: d.boxes[c].bottom)
            return (d.glyphs[lowest].cx, d.boxes[lowest].bottom + 6 + h / 2)
        return (d.boxes[last].right + 28 + w / 2, d.glyphs[children[0]].y + h / 2)

    def _free_inside(self, container: str, x: float, y: float, w: float,
                     h: float) -> tuple[float, float]:
        """Where a device dropped into a host or node box goes: at the drop point when that is
        free, else the free place inside the box nearest to it; never on the box's title."""
        d = self.scene.diagram
        title = d.glyphs[container]
        box = d.boxes[container]
        solid = [title.grown(4, 4, 4, 10)]
        solid += [d.boxes[c] for c in d.contain.children.get(container, [])]

        def free(cx: float, cy: float) -> bool:
            spot = geometry.Box.around(cx, cy, w + 8, h + 8)
            return spot.y >= title.bottom and not any(spot.intersects(b) for b in solid)

        if free(x, y):
            return (round(x, 1), round(y, 1))
        holder = self.doc.topology.device(container)
        pad = geometry.NODE_PAD if holder is not None and holder.kind == "k8s-node" else geometry.HOST_PAD
        top = title.bottom + 14 + h / 2
        columns = max(1, int((box.w - 2 * pad + 20) // (w + 20)))
        spots = [(box.x + pad + w / 2 + col * (w + 20), top + row * (h + 24))
                 for row in range(8) for col in range(columns)]
        open_spots = [p for p in spots if free(*p)]
        if not open_spots:
            return self._inside(container, w, h)
        best = min(open_spots, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)
        return (round(best[0], 1), round(best[1], 1))

    def _free_spot(self, x: float, y: float, w: float, h: float) -> tuple[float, float]:
        """The nearest point (stepping down and right) where a new glyph overlaps nothing."""
        d = self.scene.diagram
        solid = list(d.glyphs.values()) + [n.label_box for n in d.networks.values()]
        for step in range(60):
            cx, cy = x + (step % 6) * (w + 20), y + (step // 6) * (h + 24)
            box = geometry.Box.around(cx, cy, w + 8, h + 8)
            if not any(box.intersects(b) for b in solid):
                return (round(cx, 1), round(cy, 1))
        return (round(x, 1), round(y, 1))

    # -- selection edits ------------------------------------------------------------------
    def delete_selected(self) -> bool:
        ids = self.scene.selected_ids()
        if not ids:
            return False
        return self._push(lambda: commands.delete(self.doc, ids))

    def duplicate_selected(self) -> bool:
        ids = self.scene.selected_ids()
        if not ids:
            return False
        before = set(self.doc.topology.all_ids())
        offset = self._beside(ids)
        if not self._push(lambda: commands.duplicate(self.doc, ids, offset)):
            return False
        self.scene.select_ids([i for i in self.doc.topology.all_ids() if i not in before])
        return True

    def _beside(self, ids: list[str]) -> tuple[float, float]:
        """How far a copy moves: to the right of the selection (a host with its VMs), so the
        copy overlaps nothing it was copied from."""
        d = self.scene.diagram
        boxes = [d.boxes.get(i) or (d.networks[i].label_box if i in d.networks else None)
                 for i in ids]
        shown = [b for b in boxes if b is not None]
        if not shown:
            return (PASTE_STEP, PASTE_STEP)
        left = min(b.x for b in shown)
        right = max(b.right for b in shown)
        return (round(right - left + 40.0, 1), 0.0)

    def copy_selected(self) -> bool:
        ids = self.scene.selected_ids()
        if not ids:
            return False
        text = commands.copy_text(self.doc.topology, ids)
        mime = QMimeData()
        mime.setText(text)
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._pastes = 0
        self.message.emit(self.tr("Copied 1 item") if len(ids) == 1
                          else self.tr("Copied {n} items").format(n=len(ids)))
        return True

    def cut_selected(self) -> bool:
        return self.copy_selected() and self.delete_selected()

    def paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasFormat(CLIPBOARD_MIME):
            text = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8", "replace")
        else:
            text = mime.text()
        if not text.strip():
            return False
        self._pastes += 1
        offset = (PASTE_STEP * self._pastes, PASTE_STEP * self._pastes)
        before = set(self.doc.topology.all_ids())
        try:
            if not self._push(lambda: commands.paste(self.doc, text, offset)):
                return False
        except Exception as exc:  # whatever the clipboard held: a sentence, not a traceback
            self.message.emit(problem_line(unexpected_problem(exc, "<clipboard>")))
            return False
        self.scene.select_ids([i for i in self.doc.topology.all_ids() if i not in before])
        return True

    def rename_selected(self, new_id: str | None = None) -> bool:
        ids = self.scene.selected_ids()
        if len(ids) != 1:
            self.message.emit(self.tr("Select one thing to rename"))
            return False
        old = ids[0]
        if new_id is None:
            text, ok = QInputDialog.getText(self.view, self.tr("Rename"),
                                            self.tr("New id for {0}:").format(old), text=old)
            if not ok:
                return False
            new_id = text.strip()
        if new_id == old:
            return False
        if self._push(lambda: commands.rename(self.doc, old, new_id)):
            self.scene.select_ids([new_id])
            return True
        return False

    def select_all(self) -> None:
        self.scene.select_ids(self.doc.topology.all_ids())

    def tidy_layout(self) -> None:
        self.doc.undo_stack.push(TidyLayout(self.doc))
        self.view.fit_all()


def _innermost_zone(diagram: geometry.Diagram, x: float, y: float) -> str | None:
    best: tuple[float, str] | None = None
    for zid, box in diagram.zones.items():
        if box.contains(x, y):
            area = box.w * box.h
            if best is None or area < best[0]:
                best = (area, zid)
    return best[1] if best else None
