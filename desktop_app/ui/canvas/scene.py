"""The canvas scene: items that mirror the open topology, redrawn when the document changes.

``item_for[id]`` maps every zone, network and device id to its item; ``links`` maps
``device#index`` to the line drawn for that interface. The scene holds nothing the model
lacks: positions come from ``Topology.layout`` (an in-progress drag only overlays it until
the mouse is released, when one undoable command writes the result).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QToolTip

from desktop_app.diagram import geometry
from desktop_app.diagram import labels as lb
from desktop_app.diagram.auto_layout import complete
from desktop_app.diagram.collapse import collapsed_view, shut_notes
from desktop_app.engine.trace import Trace
from desktop_app.model.topology import Device
from desktop_app.ui.document import Document

from . import path_focus
from .interaction import SceneInteraction
from .items import ContainerItem, DeviceItem, ModelItem, PodItem, ZoneItem
from .labels import LabelItem, LabelLayer
from .network_items import LinkItem, NetworkItem, TunnelItem
from .overview import OverviewCache
from .style import CanvasStyle

SCENE_MARGIN = 600.0
REGION_DEVICES = 800  # above this many devices labels are placed around the view only
REGION_TILES = 16  # the placed area snaps to sixteenths of the view
PLACEMENTS_KEPT = 12
RELABEL_DELAY_MS = 90
VIEW_EDGE = 36.0  # screen pixels past the diagram a label may take (a fitted view leaves 40)


class TopologyScene(QGraphicsScene):
    """Items for one document's topology."""

    message = Signal(str)  # a sentence for the status bar (why an edit was refused…)

    def __init__(self, doc: Document, style: CanvasStyle | None = None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.style = style or CanvasStyle()
        self.item_for: dict[str, ModelItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.tunnels: dict[str, TunnelItem] = {}
        self.label_layer = LabelLayer(self, self.style)
        self.view_scale = 1.0  # the zoom of the view showing the scene (levels of detail)
        self.view_rect: geometry.Box | None = None  # the scene area the view shows
        self.path_devices: frozenset[str] = frozenset()
        self._region: geometry.Box | None = None  # a big diagram's labels are placed around the view
        self._placements: dict[tuple, lb.Placement] = {}  # by (step, region, first_only, room)
        self._obstacles: lb.Obstacles | None = None  # built once per change of the model
        self._notes: dict[str, str] | None = None  # under collapsed boxes' labels, as above
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.setInterval(RELABEL_DELAY_MS)
        self._relabel_timer.timeout.connect(self.relabel)
        self.positions: dict[str, list[float]] = {}
        self.diagram = geometry.Diagram({}, {}, {}, [], [], {}, {}, geometry.Containment())
        self.full_diagram = self.diagram
        self.hidden: set[str] = set()  # inside collapsed boxes
        self.only_path = False  # "show only the path": everything off it dimmed
        self.flow: Trace | None = None  # a flow drawn over the canvas (``set_flow``)
        self.flow_marks = lb.FlowMarks()
        self.interaction = SceneInteraction(self)
        self.painting = True  # False while a far-out view shows the overview image instead
        self.overview = OverviewCache(self, self)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(self.style.c("scene_background"))
        doc.changed.connect(self._on_changed)
        doc.reset.connect(self.rebuild)
        self.rebuild()

    # -- model → items --------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and draw the topology afresh (New, Open)."""
        self.interaction.cancel()
        self.clear()
        self.item_for.clear()
        self.links.clear()
        self.tunnels.clear()
        self.label_layer.clear()
        self.sync()
        self._fit_scene_rect(force=True)

    def clear(self) -> None:
        """Drop every item, label items included (their layer forgets them too)."""
        self.label_layer.clear()
        super().clear()

    def _on_changed(self, ids: object) -> None:
        self.sync()
        self._fit_scene_rect()

    def sync(self, overrides: Mapping[str, Sequence[float]] | None = None) -> None:
        """Bring every item in line with the model (plus a drag's provisional positions)."""
        topo = self.doc.topology
        positions = complete(topo)
        if overrides:
            positions.update({k: list(v) for k, v in overrides.items()})
        self.positions = positions
        # The geometry as laid out (commands that collapse a box keep its full size), and as
        # drawn: collapsed boxes shut, what they hold left out.
        self.full_diagram = geometry.compute(topo, positions)
        d, self.hidden = collapsed_view(topo, self.full_diagram)
        self.diagram = d
        seen: set[str] = set()

        for z in topo.zones:
            box = d.zones.get(z.id)
            if box is None:
                continue
            item = self._item(z.id, ZoneItem)
            item.sync(z, box, d.zone_depth.get(z.id, 0))
            seen.add(z.id)
        for n in topo.networks:
            shape = d.networks.get(n.id)
            if shape is None:
                continue
            item = self._item(n.id, NetworkItem)
            item.sync(n, shape)
            seen.add(n.id)
        for dev in topo.devices:
            glyph = d.glyphs.get(dev.id)
            if glyph is None:
                continue
            if dev.kind in geometry.CONTAINER_KINDS:
                self._item(dev.id, ContainerItem).sync(dev, glyph, d.boxes[dev.id])
            elif dev.kind == "pod":
                self._item(dev.id, PodItem).sync(dev, glyph)
            else:
                self._item(dev.id, DeviceItem).sync(dev, glyph)
            seen.add(dev.id)
        for stale in [i for i in self.item_for if i not in seen]:
            self.removeItem(self.item_for.pop(stale))

        kinds = {n.id: n.kind for n in topo.networks}
        live_links: set[str] = set()
        for link in d.links:
            item = self.links.get(link.key)
            if item is None:
                item = LinkItem(self.style, link.key)
                self.links[link.key] = item
                self._adopt(item)
            item.sync(link, kinds.get(link.network, "vlan"))
            live_links.add(link.key)
        for stale in [k for k in self.links if k not in live_links]:
            self.removeItem(self.links.pop(stale))

        live_tunnels: set[str] = set()
        for tunnel in d.tunnels:
            titem = self.tunnels.get(tunnel.key)
            if titem is None:
                titem = TunnelItem(self.style, tunnel.key)
                self.tunnels[tunnel.key] = titem
                self._adopt(titem)
            titem.sync(tunnel)
            live_tunnels.add(tunnel.key)
        for stale in [k for k in self.tunnels if k not in live_tunnels]:
            self.removeItem(self.tunnels.pop(stale))
        self._placements.clear()
        self._obstacles = None
        self._notes = None
        if self.flow is not None:  # the flow's line follows the geometry
            self.path_devices, self.flow_marks = lb.flow_obstacles(self.diagram, self.flow)
        if self.big() and self.view_rect is None:  # no view yet: the first one tells its area
            self._relabel_timer.start()
        else:
            self.relabel()

    # -- labels (levels of detail) --------------------------------------------------------------
    def label_options(self, scale: float, flow: lb.FlowMarks | None = None) -> lb.LabelOptions:
        """What the label placement needs from the canvas at ``scale``."""
        st = self.style
        topo = self.doc.topology
        if self._notes is None:  # kept until the model or the language changes (``sync``)
            self._notes = ({} if self.diagram is self.full_diagram  # none collapsed
                           else shut_notes(topo, QCoreApplication.translate))
        notes = self._notes
        return lb.LabelOptions(
            scale=scale, path_devices=self.path_devices, flow=flow or self.flow_marks,
            link_labels=st.show_link_labels, link_ips=st.show_link_ips,
            link_pixels=st.link_pixels, translate=QCoreApplication.translate,
            edge=max(lb.EDGE, VIEW_EDGE / scale), notes=notes)

    def big(self) -> bool:
        """Whether the diagram is big enough that labels are placed only around the view."""
        return len(self.doc.topology.devices) > REGION_DEVICES

    def placement(self, scale: float | None = None) -> lb.Placement:
        """The labels at the level of detail of ``scale`` (default: the view's), cached.

        A big diagram places the labels of the area around its view, and only path names
        and zone titles while the view is far out (the overview picture shows the rest) or
        before a view shows it."""
        step = lod_step(self.view_scale if scale is None else scale)
        big = self.big()
        first_only = big and (not self.painting or self._region is None)
        region = self._region if big and not first_only else None
        rect = self.view_rect  # a view wider or taller than the fitted diagram lends its sides
        room = None if big or rect is None else lb.view_room(
            self.diagram, rect.w * self.view_scale, rect.h * self.view_scale,
            self.view_scale if scale is None else scale)
        key = (step, region, first_only, room)
        placement = self._placements.get(key)
        if placement is None:
            options = replace(self.label_options(lod_scale(step)), region=region,
                              first_only=first_only, room=room)
            if self._obstacles is None:
                self._obstacles = lb.Obstacles(self.doc.topology, self.diagram)
            placement = lb.place_labels(self.doc.topology, self.diagram, options, self._obstacles)
            if len(self._placements) >= PLACEMENTS_KEPT:
                self._placements.pop(next(iter(self._placements)))
            self._placements[key] = placement
        return placement

    def relabel(self) -> None:
        """Show the labels of the current level of detail."""
        self.apply_placement(self.placement())

    def settle_labels(self) -> bool:
        """Place the labels now when a placement is waiting for the view to stay still (a
        big diagram); True when one ran. The camera's jumps ask before they take a picture."""
        if not self._relabel_timer.isActive():
            return False
        self._relabel_timer.stop()
        self.relabel()
        return True

    def apply_placement(self, placement: lb.Placement) -> None:
        kinds = {n.id: n.kind for n in self.doc.topology.networks}
        self.label_layer.apply(placement, kinds, self._adopt)
        if self.only_path:
            self._dim_off_path()

    def label_rect(self, key: str) -> QRectF:
        """Where a label is drawn (``device:ID``, ``link:DEVICE#N``, ``zone:ID``…), or an empty
        rectangle when it is not drawn at this level of detail."""
        item = self.label_layer.items.get(key)
        if item is None or not item.isVisible() or item.label is None:
            return QRectF()
        b = item.label.box
        return QRectF(b.x, b.y, b.w, b.h)

    def set_view_scale(self, scale: float) -> None:
        """The view's zoom changed: relabel when it crosses into another level of detail."""
        self.set_view(scale, self.view_rect)

    def set_view(self, scale: float, visible: geometry.Box | None) -> None:
        """The view's zoom and the scene area it shows. Labels follow at once on a small
        diagram; on a big one when the view has been still for a moment (placing them
        takes longer than a frame), and only when it left the area placed last."""
        if scale <= 0 or not math.isfinite(scale):
            return
        before = (lod_step(self.view_scale), self._region)
        self.view_scale = scale
        self.view_rect = visible
        big = self.big()
        if big and visible is not None and (self._region is None
                                            or not self._region.encloses(visible)
                                            or self._region.w > 2 * visible.w
                                            or self._region.h > 2 * visible.h):
            # The view, out to a grid of its sixteenths (pans back and forth hit the cache).
            tx, ty = max(visible.w, 1.0) / REGION_TILES, max(visible.h, 1.0) / REGION_TILES
            x0 = math.floor(visible.x / tx) * tx
            y0 = math.floor(visible.y / ty) * ty
            x1 = math.ceil(visible.right / tx) * tx
            y1 = math.ceil(visible.bottom / ty) * ty
            self._region = geometry.Box(x0, y0, x1 - x0, y1 - y0)
        if (lod_step(scale), self._region) == before:
            return
        if big:
            self._relabel_timer.start()
        else:
            self.relabel()

    def set_path_devices(self, ids: Iterable[str]) -> None:
        """The devices on the current flow's path: their names keep a size on screen
        (``labels.FLOOR_PATH``) and are placed first. An empty set when no flow plays."""
        ids = frozenset(ids)
        if ids == self.path_devices:
            return
        self.path_devices = ids
        self._placements.clear()
        self.relabel()
        self._dim_off_path()

    def set_flow(self, trace: Trace | None) -> None:
        """A flow drawn over the canvas: its devices' names keep their size on screen, and
        every label keeps off its line, arrows and hop numbers (as the exports draw them).
        None when no flow is shown."""
        self.flow = trace if trace is not None and trace.hops else None
        if self.flow is None:
            self.path_devices, self.flow_marks = frozenset(), lb.FlowMarks()
        else:
            self.path_devices, self.flow_marks = lb.flow_obstacles(self.diagram, self.flow)
        self._placements.clear()
        self.relabel()
        self._dim_off_path()

    def set_only_path(self, on: bool) -> None:
        """Dim everything off the current flow's path (``set_path_devices``), or nothing."""
        self.only_path = on
        self._dim_off_path()

    def path_ids(self) -> set[str]:
        """What "show only the path" keeps bright (see ``path_focus``)."""
        return path_focus.path_ids(self)

    def _dim_off_path(self) -> None:
        path_focus.dim_off_path(self)

    def _item(self, model_id: str, cls: type[ModelItem]) -> ModelItem:
        item = self.item_for.get(model_id)
        if item is not None and type(item) is not cls:
            # A host that gained its first VM (or a kind change): a different item draws it.
            was_selected = item.isSelected()
            self.removeItem(item)
            item = None
        else:
            was_selected = False
        if item is None:
            item = cls(self.style, model_id)
            self.item_for[model_id] = item
            self._adopt(item)
            item.setSelected(was_selected)
        return item

    def _fit_scene_rect(self, force: bool = False) -> None:
        bounds = self.diagram.bounds()
        if bounds is None:
            rect = QRectF(-500, -400, 1000, 800)
        else:
            rect = QRectF(bounds.x, bounds.y, bounds.w, bounds.h).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        # Growing only while editing keeps the view from jumping under the user's hand.
        self.setSceneRect(rect if force else rect.united(self.sceneRect()))

    # -- theme and view options ------------------------------------------------------------
    def set_painting(self, on: bool) -> None:
        """Let items paint themselves, or not (they stay in place for clicks and selection)."""
        if on == self.painting:
            return
        self.painting = on
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in self.items():
            if not isinstance(item, LabelItem):  # path names and zone titles stay
                item.setFlag(flag, not on)
        if self.big():
            self._relabel_timer.start()

    def _adopt(self, item: QGraphicsItem) -> None:
        if not self.painting and not isinstance(item, LabelItem):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.addItem(item)

    def set_style(self, style: CanvasStyle) -> None:
        self.style = style
        self.label_layer.set_style(style)
        self._placements.clear()
        self.overview.invalidate()
        self.setBackgroundBrush(style.c("scene_background"))
        for item in self.items():
            if hasattr(item, "style"):
                item.style = style
            item.update()
        self.relabel()

    def retranslate(self) -> None:
        """Texts the canvas draws (host subtitles, tunnel labels), in the current language."""
        for item in self.tunnels.values():
            item.tunnel = None  # measured again: the label's width changes with its words
        self.sync()
        self.overview.invalidate()
        self.update()

    def set_link_labels(self, on: bool) -> None:
        self.style.show_link_labels = on
        self._placements.clear()
        self.relabel()

    def set_link_text(self, show_ips: bool, pixels: float) -> None:
        """Addresses on link labels or not, and the labels' size; every label is measured again."""
        self.style.show_link_ips = show_ips
        self.style.set_link_font_pixels(pixels)
        for item in self.links.values():
            item.link = None  # sync() passes over links that did not change; these must re-measure
        self.sync()

    # -- lookups --------------------------------------------------------------------------
    def model_item_at(self, pos: QPointF, kinds: tuple[type, ...] | None = None
                      ) -> ModelItem | None:
        """The topmost item standing for a model object under a scene point."""
        for item in self.items(pos):
            if isinstance(item, ModelItem) and (kinds is None or isinstance(item, kinds)):
                return item
        return None

    def selected_ids(self) -> list[str]:
        """Ids of the selected zones, networks and devices, in file order."""
        chosen = {i.model_id for i in self.selectedItems() if isinstance(i, ModelItem)}
        return [i for i in self.doc.topology.all_ids() if i in chosen]

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self.blockSignals(True)
        try:
            self.clearSelection()
            for i in wanted:
                item = self.item_for.get(i)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def items_rect(self, ids: Iterable[str]) -> QRectF:
        rect = QRectF()
        for i in ids:
            item = self.item_for.get(i)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def link_item(self, device_id: str, network_id: str) -> LinkItem | None:
        """The line drawn for the device's (first) interface on the network."""
        for item in self.links.values():
            if item.link and item.link.device == device_id and item.link.network == network_id:
                return item
        return None

    def link_path(self, device_id: str, network_id: str) -> QPainterPath:
        """The drawn path from a device to a network (empty when they are not linked)."""
        item = self.link_item(device_id, network_id)
        return item.path() if item is not None else QPainterPath()

    def device(self, device_id: str) -> Device | None:
        return self.doc.topology.device(device_id)

    def helpEvent(self, event) -> None:  # noqa: N802
        """Tooltips are written from the model when asked, not stored on every item."""
        text = self.tooltip_at(event.scenePos())
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
            return
        QToolTip.hideText()
        event.ignore()

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip shown for a scene point (for tests and the status bar)."""
        for item in self.items(pos):
            make = getattr(item, "tooltip", None)
            text = make(self.doc.topology) if make is not None else ""
            if text:
                return text
        return ""

    # -- editing by mouse (see interaction.py) -----------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if not self.interaction.press(event):
            super().mousePressEvent(event)
            self.interaction.after_press(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if not self.interaction.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if not self.interaction.release(event):
            super().mouseReleaseEvent(event)


def lod_step(scale: float) -> int:
    """The level of detail of a zoom: quarter octaves, so labels are placed again only when
    the zoom changes by a fifth or more."""
    return math.floor(math.log2(max(scale, 1e-6)) * 4 + 1e-9)


def lod_scale(step: int) -> float:
    """The smallest zoom of a level of detail: sizes kept on screen are kept at every zoom
    of the level."""
    return float(2.0 ** (step / 4))

