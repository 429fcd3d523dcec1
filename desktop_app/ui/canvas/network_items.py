"""Scene items for networks (segment bars and the internet cloud), links and tunnels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from desktop_app.diagram.geometry import BAR_LABEL, Link, NetworkShape, Tunnel, tunnel_curve
from desktop_app.model.topology import Network, Topology

from .items import ModelItem, _esc, _lod
from .style import TEXT_LOD, CanvasStyle

TUNNEL_LABELS = {
    "ipsec": QT_TRANSLATE_NOOP("canvas", "IPsec tunnel (L2 stretch)"),
    "gre-ipsec": QT_TRANSLATE_NOOP("canvas", "GRE over IPsec (L2 stretch)"),
    "gre": QT_TRANSLATE_NOOP("canvas", "GRE tunnel (L2 stretch)"),
}
NETWORK_TYPE = QGraphicsItem.UserType + 2
LINK_TYPE = QGraphicsItem.UserType + 5
TUNNEL_TYPE = QGraphicsItem.UserType + 6

_KIND_NAMES = {"vlan": "VLAN", "vxlan": "VXLAN", "wan": "WAN",
               "internet": QT_TRANSLATE_NOOP("canvas", "Internet")}


def network_details(network: Network) -> str:
    """``VLAN 1101 · 198.51.100.0/28``, ``VNI 5001 · 10.10.1.0/24 · MTU 1600``…"""
    parts = []
    if network.kind == "vxlan":
        parts.append(f"VXLAN · VNI {network.vni}" if network.vni is not None else "VXLAN")
    elif network.kind == "vlan":
        parts.append(f"VLAN {network.vlan}" if network.vlan is not None else "VLAN")
    else:
        parts.append(QCoreApplication.translate("canvas", _KIND_NAMES.get(network.kind,
                                                                          network.kind)))
    if network.cidr:
        parts.append(network.cidr)
    if network.mtu is not None:
        parts.append(f"MTU {network.mtu}")
    return " · ".join(parts)


def _cloud_path(r: QRectF) -> QPainterPath:
    """A cloud filling ``r``: a flat base with puffs on top, as on network diagrams."""
    w, h = r.width(), r.height()
    puffs = [(0.24, 0.60, 0.20), (0.42, 0.42, 0.27), (0.64, 0.40, 0.23), (0.80, 0.62, 0.17)]
    path = QPainterPath()
    path.addRoundedRect(QRectF(r.left() + 0.10 * w, r.top() + 0.52 * h, 0.80 * w, 0.38 * h),
                        0.19 * h, 0.19 * h)
    for fx, fy, fr in puffs:
        rad = fr * w
        puff = QPainterPath()
        puff.addEllipse(QPointF(r.left() + fx * w, r.top() + fy * h), rad, rad * 0.72)
        path = path.united(puff)  # one outline: overlapping subpaths would leave seams
    return path.simplified()


class NetworkItem(ModelItem):
    """A network: a coloured bar with its name and addressing, or the internet cloud."""

    def __init__(self, style: CanvasStyle, model_id: str):
        super().__init__(style, model_id)
        self.kind = ""
        self.orientation = "h"
        self.title = ""
        self.details = ""
        self.bar = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(-20)
        self._path: QPainterPath | None = None
        self.drop_target = False

    def type(self) -> int:
        return NETWORK_TYPE

    def tooltip(self, topology: Topology) -> str:
        network = topology.network(self.model_id)
        if network is None:
            return ""
        what = QCoreApplication.translate("canvas", "network {id}").format(id=_esc(network.id))
        return (f"<b>{_esc(network.display_label)}</b> <i>({what})</i>"
                f"<br>{_esc(network_details(network))}"
                + (f"<br>{_esc(network.notes)}" if network.notes else ""))

    def icon_rect(self) -> QRectF:
        if self.orientation != "cloud":
            return QRectF()
        c = self.bar.center()
        return QRectF(c.x() - 16, c.y() - 22, 32, 32)

    def sync(self, network: Network, shape: NetworkShape) -> None:
        box = shape.box
        self.setPos(box.x, box.y)
        bar = QRectF(0, 0, box.w, box.h)
        details = network_details(network)
        label_w = max(self.style.label_width(network.display_label),
                      self.style.small_width(details)) + 12
        if shape.orientation == "h":
            rect = QRectF(0, -BAR_LABEL, max(box.w, label_w), box.h + BAR_LABEL)
        elif shape.orientation == "v":
            rect = QRectF(box.w / 2 - label_w / 2, -BAR_LABEL - 6, label_w, box.h + BAR_LABEL + 6)
        else:
            rect = bar
        state = (network.kind, shape.orientation, network.display_label, details, bar)
        if state != (self.kind, self.orientation, self.title, self.details, self.bar) \
                or rect != self._rect:
            self.kind, self.orientation, self.title, self.details, self.bar = state
            self._path = None
            self._set_rect(rect.adjusted(-3, -3, 3, 3))
            self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def cloud(self) -> QPainterPath:
        if self._path is None:
            self._path = _cloud_path(self.bar)
        return self._path

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.orientation == "cloud":
            return self.cloud()
        path.addRect(self.bar.adjusted(-2, -6, 2, 6))
        path.addRect(self._label_rect())
        return path

    def _label_rect(self) -> QRectF:
        w = max(self.style.label_width(self.title), self.style.small_width(self.details)) + 8
        if self.orientation == "v":
            return QRectF(self.bar.center().x() - w / 2, -BAR_LABEL - 4, w, BAR_LABEL)
        return QRectF(2, -BAR_LABEL + 1, w, BAR_LABEL - 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        colour = s.network_color(self.kind)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = _lod(painter, option)
        if self.orientation == "cloud":
            fill = s.solid(colour, 60 if not s.theme.dark else 70)
            painter.setPen(QPen(s.c("selection") if selected else colour, 2.4 if selected else 1.8))
            painter.setBrush(fill)
            painter.drawPath(self.cloud())
            if lod < TEXT_LOD * 0.5:
                return
            s.icons.paint(painter, "internet", self.icon_rect())
            return
        if selected or self.drop_target:
            glow = QColor(s.c("drop_target") if self.drop_target else s.c("selection"))
            glow.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawRoundedRect(self.bar.adjusted(-4, -4, 4, 4), 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = min(self.bar.width(), self.bar.height()) / 2
        painter.drawRoundedRect(self.bar, radius, radius)
        if self.kind == "wan":  # a WAN is a routed link: draw it as a striped bar
            pen = QPen(s.c("scene_background"), 2.0)
            pen.setDashPattern([3, 3])
            painter.setPen(pen)
            c = self.bar.center()
            if self.orientation == "h":
                painter.drawLine(QPointF(self.bar.left() + 4, c.y()), QPointF(self.bar.right() - 4, c.y()))
            else:
                painter.drawLine(QPointF(c.x(), self.bar.top() + 4), QPointF(c.x(), self.bar.bottom() - 4))


def clip_line(x0: float, y0: float, x1: float, y1: float, rect: QRectF) -> QLineF | None:
    """The part of a segment inside a rectangle (Liang–Barsky), or None."""
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - rect.left()), (dx, rect.right() - x0),
                 (-dy, y0 - rect.top()), (dy, rect.bottom() - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)
        if lo > hi:
            return None
    return QLineF(x0 + lo * dx, y0 + lo * dy, x0 + hi * dx, y0 + hi * dy)


class LinkItem(QGraphicsItem):
    """An interface: a line from its device to its network, labelled with name and address."""

    def __init__(self, style: CanvasStyle, key: str):
        super().__init__()
        self.style = style
        self.key = key
        self.link: Link | None = None
        self.kind = ""
        self._rect = QRectF()
        self._label = QRectF()
        self.setZValue(-30)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def type(self) -> int:
        return LINK_TYPE

    def tooltip(self, topology: Topology) -> str:
        link = self.link
        if link is None:
            return ""
        tip = f"{_esc(link.device)} {_esc(link.name)} → {_esc(link.network)}"
        return tip + (f": {_esc(link.ip)}" if link.ip else
                      QCoreApplication.translate("canvas", " (no address: bridged)"))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def sync(self, link: Link, network_kind: str) -> None:
        if link == self.link and network_kind == self.kind:
            return
        self.prepareGeometryChange()
        self.link, self.kind = link, network_kind
        (x0, y0), (x1, y1) = link.points[0], link.points[-1]
        self._rect = QRectF(QPointF(min(x0, x1), min(y0, y1)),
                            QPointF(max(x0, x1), max(y0, y1))).adjusted(-4, -4, 4, 4)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.link is None:
            return
        s = self.style
        colour = s.link_colour(self.kind)
        painter.setPen(s.pen(colour, 1.8, _lod(painter, option) < 0.5))
        (x0, y0), (x1, y1) = self.link.points[0], self.link.points[-1]
        # Stroking a line thousands of units long costs as much off screen as on: draw only
        # the part in the exposed area (most links lie wholly inside it).
        exposed = option.exposedRect.adjusted(-4, -4, 4, 4)
        if exposed.contains(x0, y0) and exposed.contains(x1, y1):
            painter.drawLine(QLineF(x0, y0, x1, y1))
        else:
            visible = clip_line(x0, y0, x1, y1, exposed)
            if visible is not None:
                painter.drawLine(visible)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(x1, y1), 3.2, 3.2)

    def path(self) -> QPainterPath:
        """The link as drawn, device end first (the animation moves along it)."""
        p = QPainterPath()
        if self.link is not None:
            p.moveTo(*self.link.points[0])
            for pt in self.link.points[1:]:
                p.lineTo(*pt)
        return p


class TunnelItem(QGraphicsItem):
    """The L2 concentrators' secure tunnel: a dashed arc between the two appliances."""

    def __init__(self, style: CanvasStyle, key: str):
        super().__init__()
        self.style = style
        self.key = key
        self.tunnel: Tunnel | None = None
        self._path = QPainterPath()
        self._rect = QRectF()
        self.setZValue(5)

    def type(self) -> int:
        return TUNNEL_TYPE

    def tooltip(self, topology: Topology) -> str:
        if self.tunnel is None:
            return ""
        return f"{_esc(self.tunnel.a)} ⇄ {_esc(self.tunnel.b)}: {_esc(self._label_text())}"

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self._path)

    def sync(self, tunnel: Tunnel) -> None:
        if tunnel == self.tunnel:
            return
        self.prepareGeometryChange()
        self.tunnel = tunnel
        (x0, y0), (x1, y1) = tunnel.start, tunnel.end
        (cx, cy), _ = tunnel_curve(tunnel)
        path = QPainterPath(QPointF(x0, y0))
        path.quadTo(QPointF(cx, cy), QPointF(x1, y1))
        self._path = path
        self._rect = path.boundingRect().adjusted(-4, -4, 4, 4)
        self.update()

    def _label_text(self) -> str:
        kind = self.tunnel.kind if self.tunnel else "ipsec"
        label = TUNNEL_LABELS.get(kind)
        if label is None:
            return QCoreApplication.translate("canvas", "{kind} tunnel").format(kind=kind)
        return QCoreApplication.translate("canvas", label)

    def path(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.style
        pen = QPen(s.c("tunnel"), 2.2)
        pen.setDashPattern([6, 4])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
