"""Scene items for devices, pods, ESXi hosts, Kubernetes nodes and zones.

Items draw what the model says, placed by ``geometry``: the scene hands each item its
model object and its box after every change; an item keeps only what it needs to paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from desktop_app.diagram.geometry import ICON, ICON_TOP, Box
from desktop_app.model.topology import Device, Topology, Zone
from desktop_app.ui.model_words import kind_name
from desktop_app.ui.theme import KIND_COLOURS

from .style import TEXT_LOD, CanvasStyle

ZONE_TYPE = QGraphicsItem.UserType + 1
DEVICE_TYPE = QGraphicsItem.UserType + 3
CONTAINER_TYPE = QGraphicsItem.UserType + 4
POD_TYPE = QGraphicsItem.UserType + 7

SELECT_MARGIN = 4.0
HANDLE_RADIUS = 7.0


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


def device_tooltip(device: Device) -> str:
    """Label, kind, id, addresses and notes, for hover tooltips."""
    kind = QCoreApplication.translate("canvas", "{kind}, id {id}").format(
        kind=kind_name(device.kind), id=_esc(device.id))
    lines = [f"<b>{_esc(device.display_label)}</b> <i>({kind})</i>"]
    names = device.interface_names()
    for name, itf in zip(names, device.interfaces, strict=False):
        addr = itf.ip or QCoreApplication.translate("canvas", "bridge, no address")
        lines.append(f"{_esc(name)} → {_esc(itf.network or '?')}: {_esc(addr)}")
    if device.ip:
        lines.append(QCoreApplication.translate("canvas", "pod IP {ip}").format(ip=_esc(device.ip)))
    if device.host:
        lines.append(QCoreApplication.translate("canvas", "runs on {host}").format(
            host=_esc(device.host)))
    if device.node:
        lines.append(QCoreApplication.translate("canvas", "runs on node {node}").format(
            node=_esc(device.node)))
    if device.vips:
        lines.append("VIPs " + ", ".join(_esc(v) for v in device.vips))
    if device.notes:
        lines.append(f"<br>{_esc(device.notes)}")
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ModelItem(QGraphicsItem):
    """An item standing for one model object (``model_id``)."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__()
        self.style = style
        self.model_id = model_id
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def _set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def icon_rect(self) -> QRectF:
        """Where the kind's icon is drawn, in item coordinates (empty when there is none)."""
        return QRectF()

    def tooltip(self, topology: Topology) -> str:
        """Rich text for a hover tooltip, made from the model when asked."""
        device = topology.device(self.model_id)
        return device_tooltip(device) if device is not None else ""

    # The connect handle: drag from it onto a network to add an interface there.
    def handle_centre(self) -> QPointF | None:
        return None

    def handle_hit(self, local: QPointF) -> bool:
        c = self.handle_centre()
        return c is not None and (local - c).manhattanLength() <= HANDLE_RADIUS * 1.6

    def handle_scene_pos(self) -> QPointF:
        c = self.handle_centre()
        return self.mapToScene(c) if c is not None else self.sceneBoundingRect().center()

    def _paint_handle(self, painter: QPainter) -> None:
        c = self.handle_centre()
        if c is None:
            return
        painter.setPen(QPen(self.style.c("base"), 1.5))
        painter.setBrush(self.style.c("drop_target"))
        painter.drawEllipse(c, HANDLE_RADIUS, HANDLE_RADIUS)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.6))
        d = HANDLE_RADIUS - 3
        painter.drawLine(QPointF(c.x() - d, c.y()), QPointF(c.x() + d, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - d), QPointF(c.x(), c.y() + d))


class DeviceItem(ModelItem):
    """A device glyph: its kind's icon with the label under it."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__(style, model_id)
        self.kind = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self._hover = False

    def type(self) -> int:
        return DEVICE_TYPE

    def sync(self, device: Device, glyph: Box) -> None:
        self.setPos(glyph.cx, glyph.cy)
        rect = QRectF(-glyph.w / 2, -glyph.h / 2, glyph.w, glyph.h).adjusted(
            -SELECT_MARGIN, -SELECT_MARGIN, SELECT_MARGIN, SELECT_MARGIN)
        if device.kind != self.kind or rect != self._rect:
            self.kind = device.kind
            self._set_rect(rect)
            self.update()

    def icon_rect(self) -> QRectF:
        return QRectF(-ICON / 2, self._rect.top() + SELECT_MARGIN + ICON_TOP, ICON, ICON)

    def handle_centre(self) -> QPointF | None:
        top = self._rect.top() + SELECT_MARGIN + ICON_TOP
        return QPointF(ICON / 2 + 9, top + ICON - 6)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        r = self._rect.adjusted(SELECT_MARGIN, SELECT_MARGIN, -SELECT_MARGIN, -SELECT_MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = _lod(painter, option)
        if selected or self._hover:
            painter.setPen(QPen(s.c("selection"), 2.0) if selected else Qt.PenStyle.NoPen)
            fill = QColor(s.c("selection"))
            fill.setAlpha(40 if selected else 22)
            painter.setBrush(fill)
            painter.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 8, 8)
        icon = self.icon_rect()
        if lod < TEXT_LOD * 0.5:
            painter.fillRect(icon, QColor(_badge(self.kind)))
            return
        s.icons.paint(painter, self.kind, icon)
        # The name is a label of its own (labels.py), placed clear of icons and the flow.
        if self._hover or selected:
            self._paint_handle(painter)


class PodItem(ModelItem):
    """A pod: a small pill with the pod icon and its label, inside its node's box."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__(style, model_id)
        self.text = ""
        self.ip = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(12)

    def type(self) -> int:
        return POD_TYPE

    def icon_rect(self) -> QRectF:
        r = self._rect.adjusted(1, 1, -1, -1)
        return QRectF(r.left() + 4, r.center().y() - 9, 18, 18)

    def sync(self, device: Device, glyph: Box) -> None:
        self.setPos(glyph.cx, glyph.cy)
        rect = QRectF(-glyph.w / 2, -glyph.h / 2, glyph.w, glyph.h)
        ip = QCoreApplication.translate("canvas", "host network") if device.host_network \
            else (device.ip or "")
        text = device.display_label
        if (text, ip) != (self.text, self.ip) or rect != self._rect:
            self.text, self.ip = text, ip
            self._set_rect(rect)
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        r = self._rect.adjusted(1, 1, -1, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = s.c("selection") if selected else QColor(_badge("pod"))
        painter.setPen(QPen(border, 2.0 if selected else 1.2))
        painter.setBrush(s.c("base"))
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        icon = self.icon_rect()
        if _lod(painter, option) < TEXT_LOD * 0.5:
            return
        s.icons.paint(painter, "pod", icon)


class ContainerItem(ModelItem):
    """An ESXi host or a Kubernetes node: a box around what runs on it, titled by its glyph."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__(style, model_id)
        self.kind = ""
        self.title = ""
        self.subtitle = ""
        self.title_rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.drop_target = False
        self._hover = False

    def type(self) -> int:
        return CONTAINER_TYPE

    def icon_rect(self) -> QRectF:
        size = 26.0 if self.kind == "esxi-host" else 24.0
        tr = self.title_rect
        return QRectF(tr.left() + 4, tr.center().y() - size / 2, size, size)

    def sync(self, device: Device, glyph: Box, box: Box) -> None:
        self.setPos(box.x, box.y)
        self.setZValue(-40 if device.kind == "esxi-host" else -38)
        rect = QRectF(0, 0, box.w, box.h)
        title_rect = QRectF(glyph.x - box.x, glyph.y - box.y, glyph.w, glyph.h)
        subtitle = _container_subtitle(device)
        state = (device.kind, device.display_label, subtitle, title_rect)
        if state != (self.kind, self.title, self.subtitle, self.title_rect) or rect != self._rect:
            self.kind, self.title, self.subtitle, self.title_rect = state
            self._set_rect(rect)
            self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def handle_centre(self) -> QPointF | None:
        if self.title_rect.isNull():
            return None
        return QPointF(self.title_rect.right() - HANDLE_RADIUS - 2, self.title_rect.center().y())

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def shape(self) -> QPainterPath:
        # Only the border band and the title pick the box; its inside belongs to what runs on it.
        path = QPainterPath()
        path.addRect(self._rect)
        inner = self._rect.adjusted(8, 8, -8, -8)
        hole = QPainterPath()
        hole.addRect(inner)
        path = path.subtracted(hole)
        path.addRect(self.title_rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        host = self.kind == "esxi-host"
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = s.c("host_border" if host else "node_border")
        if self.drop_target:
            border = s.c("drop_target")
        pen = QPen(s.c("selection") if selected else border, 2.4 if selected or self.drop_target
                   else 1.4)
        if not host:
            pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        if host:
            painter.setBrush(Qt.BrushStyle.NoBrush)  # open: the zone it stands in shows through
        else:
            painter.setBrush(s.c("node_fill"))
        r = self._rect.adjusted(1, 1, -1, -1)
        painter.drawRoundedRect(r, 10 if host else 7, 10 if host else 7)
        lod = _lod(painter, option)
        icon = self.icon_rect()
        if lod < TEXT_LOD * 0.5:
            painter.fillRect(icon, QColor(_badge(self.kind)))
            return
        s.icons.paint(painter, self.kind, icon)
        if self._hover or selected:
            self._paint_handle(painter)


def _container_subtitle(device: Device) -> str:
    if device.kind == "esxi-host":
        vtep = next((i for i in device.interfaces if i.vtep), None)
        return f"ESXi · VTEP {vtep.ip.split('/')[0]}" if vtep and vtep.ip \
            else kind_name("esxi-host")
    parts = [device.role or QCoreApplication.translate("canvas", "node")]
    ip = next((i.ip for i in device.interfaces if i.ip), None)
    if ip:
        parts.append(ip.split("/")[0])
    return " · ".join(parts)


class ZoneItem(ModelItem):
    """A zone: a translucent, labelled region; nested zones get their own tint."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__(style, model_id)
        self.title = ""
        self.depth = 0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def type(self) -> int:
        return ZONE_TYPE

    def tooltip(self, topology: Topology) -> str:
        zone = topology.zone(self.model_id)
        if zone is None:
            return ""
        what = QCoreApplication.translate("canvas", "zone {id}").format(id=_esc(zone.id))
        return (f"<b>{_esc(zone.display_label)}</b> <i>({what})</i>"
                + (f"<br>{_esc(zone.notes)}" if zone.notes else ""))

    def sync(self, zone: Zone, box: Box, depth: int) -> None:
        self.setPos(box.x, box.y)
        self.setZValue(-100 + depth)
        rect = QRectF(0, 0, box.w, box.h)
        if (zone.display_label, depth) != (self.title, self.depth) or rect != self._rect:
            self.title, self.depth = zone.display_label, depth
            self._set_rect(rect)
            self.update()

    def title_rect(self) -> QRectF:
        m = self.style.zone_metrics
        return QRectF(10, 6, min(self._rect.width() - 20, m.horizontalAdvance(self.title) + 8),
                      m.height() + 2)

    def shape(self) -> QPainterPath:
        # A zone is picked by its title and border, so clicks inside reach what it holds.
        path = QPainterPath()
        path.addRect(self._rect)
        hole = QPainterPath()
        hole.addRect(self._rect.adjusted(6, 6, -6, -6))
        path = path.subtracted(hole)
        path.addRect(self.title_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        fills = s.theme.zone_fills
        fill = s.solid(QColor(fills[self.depth % len(fills)]), 150 if not s.theme.dark else 120)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(s.c("selection") if selected else s.c("zone_border"), 2.2 if selected else 1.2)
        pen.setStyle(Qt.PenStyle.SolidLine if self.depth == 0 else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect.adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)


def _badge(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#64748B")
