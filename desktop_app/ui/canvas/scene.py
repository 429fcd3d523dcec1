"""The canvas scene: items that mirror the open topology, redrawn when the document changes.

``item_for[id]`` maps every zone, network and device id to its item; ``links`` maps
``device#index`` to the line drawn for that interface. The scene holds nothing the model
lacks: positions come from ``Topology.layout`` (an in-progress drag only overlays it until
the mouse is released, when one undoable command writes the result).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QToolTip

from desktop_app.diagram import geometry as g
from desktop_app.diagram.auto_layout import complete
from desktop_app.model import topology as t
from desktop_app.ui.document import Document

from .interaction import SceneInteraction
from .items import ContainerItem, DeviceItem, ModelItem, PodItem, ZoneItem, ZoneTitleItem
from .network_items import LinkItem, NetworkItem, TunnelItem
from .overview import OverviewCache
from .style import CanvasStyle

SCENE_MARGIN = 600.0


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
        self.zone_titles: dict[str, ZoneTitleItem] = {}
        self.positions: dict[str, list[float]] = {}
        self.diagram = g.Diagram({}, {}, {}, [], [], {}, {}, g.Containment())
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
        self.zone_titles.clear()
        self.sync()
        self._fit_scene_rect(force=True)

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
        d = g.compute(topo, positions)
        self.diagram = d
        seen: set[str] = set()

        for z in topo.zones:
            box = d.zones.get(z.id)
            if box is None:
                continue
            item = self._item(z.id, ZoneItem)
            item.sync(z, box, d.zone_depth.get(z.id, 0))
            title = self.zone_titles.get(z.id)
            if title is None or title.zone is not item:
                if title is not None:
                    self.removeItem(title)
                title = ZoneTitleItem(self.style, item)
                self.zone_titles[z.id] = title
                self._adopt(title)
            title.sync()
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
            if dev.kind in g.CONTAINER_KINDS:
                self._item(dev.id, ContainerItem).sync(dev, glyph, d.boxes[dev.id])
            elif dev.kind == "pod":
                self._item(dev.id, PodItem).sync(dev, glyph)
            else:
                self._item(dev.id, DeviceItem).sync(dev, glyph)
            seen.add(dev.id)
        for stale in [i for i in self.item_for if i not in seen]:
            self.removeItem(self.item_for.pop(stale))
        for stale in [i for i in self.zone_titles if i not in seen]:
            self.removeItem(self.zone_titles.pop(stale))

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
            item.setFlag(flag, not on)

    def _adopt(self, item: QGraphicsItem) -> None:
        if not self.painting:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.addItem(item)

    def set_style(self, style: CanvasStyle) -> None:
        self.style = style
        self.overview.invalidate()
        self.setBackgroundBrush(style.c("scene_background"))
        for item in self.items():
            if hasattr(item, "style"):
                item.style = style
            item.update()

    def retranslate(self) -> None:
        """Texts the canvas draws (host subtitles, tunnel labels), in the current language."""
        for item in self.tunnels.values():
            item.tunnel = None  # measured again: the label's width changes with its words
        self.sync()
        self.overview.invalidate()
        self.update()

    def set_link_labels(self, on: bool) -> None:
        self.style.show_link_labels = on
        for item in self.links.values():
            item.update()

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

    def device(self, device_id: str) -> t.Device | None:
        return self.doc.topology.device(device_id)

    def helpEvent(self, event) -> None:  # noqa: N802
        """Tooltips are written from the model when asked, not stored on every item."""
        for item in self.items(event.scenePos()):
            make = getattr(item, "tooltip", None)
            text = make(self.doc.topology) if make is not None else ""
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


def item_kind(item: QGraphicsItem) -> str:
    """``device``, ``network``, ``zone``… for tests and the status bar."""
    if isinstance(item, (DeviceItem, PodItem, ContainerItem)):
        return "device"
    if isinstance(item, NetworkItem):
        return "network"
    if isinstance(item, ZoneItem):
        return "zone"
    if isinstance(item, LinkItem):
        return "link"
    return "other"
