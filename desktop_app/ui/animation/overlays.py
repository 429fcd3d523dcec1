"""What the animation draws over the topology: route, hop marker, segment glow, flashes, drops.

The items belong to the animation, not to the model, and are created on demand: the scene
deletes every item when a new file is opened, so each use first makes sure they still exist.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from .packet_token import PacketCard, PacketToken, overlay_font

BADGE_TYPE = QGraphicsItem.UserType + 42
ROUTE_COLOUR = "#F59E0B"
MARKER_COLOUR = "#F59E0B"
DROP_COLOUR = "#B91C1C"


class Badge(QGraphicsItem):
    """A text pill at a scene point, constant size on screen; optionally a big ✖ above it."""

    def __init__(self, z: float = 2980) -> None:
        super().__init__()
        self.text = ""
        self.anchor = QPointF()  # where it was put; a view may slide it along to stay in sight
        self.colour = QColor("#EA580C")
        self.cross = False
        self.font = overlay_font(12, bold=True)
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # Drawn once per text: a view that pans or zooms under it (the camera) copies it.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return BADGE_TYPE

    def set_text(self, text: str, colour: str, cross: bool = False, below: float = 18.0,
                 left: float | None = None, right: float | None = None) -> None:
        """``below``: top edge under the anchor; ``left``/``right`` pin an edge (else centred)."""
        self.prepareGeometryChange()
        self.text, self.colour, self.cross = text, QColor(colour), cross
        m = QFontMetricsF(self.font)
        w, h = m.horizontalAdvance(text) + 16, m.height() + 8
        x = left if left is not None else (right - w if right is not None else -w / 2)
        self._rect = QRectF(x, below, w, h)
        self.update()

    def height(self) -> float:
        return self._rect.height()

    def width(self) -> float:
        return self._rect.width()

    def place(self, below: float, left: float) -> None:
        """Move the pill (same text) so its top-left corner is at (``left``, ``below``)."""
        if self._rect.topLeft() == QPointF(left, below):
            return
        self.prepareGeometryChange()
        self._rect = QRectF(left, below, self._rect.width(), self._rect.height())
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        rect = self._rect
        if self.cross:
            rect = rect.united(QRectF(-22, -22, 44, 44))
        return rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.cross:
            painter.setPen(QPen(QColor("white"), 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(-15, -15), QPointF(15, 15))
            painter.drawLine(QPointF(-15, 15), QPointF(15, -15))
            painter.setPen(QPen(self.colour, 6.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(-15, -15), QPointF(15, 15))
            painter.drawLine(QPointF(-15, 15), QPointF(15, -15))
        if not self.text:
            return
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        painter.setFont(self.font)
        painter.setPen(QColor("white"))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


def _alive(item: QGraphicsItem | None, *scenes: QGraphicsScene | None) -> bool:
    return item is not None and shiboken6.isValid(item) and any(
        item.scene() is s for s in scenes if s is not None)


class Overlays:
    """The animation's items on one scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.holding: QGraphicsScene | None = None  # where the items wait while a layer draws them
        self.scale = 1.0
        self._token: PacketToken | None = None
        self._card: PacketCard | None = None
        self._route_all: QGraphicsPathItem | None = None
        self._route_done: QGraphicsPathItem | None = None
        self._marker: QGraphicsPathItem | None = None
        self._glow: QGraphicsPathItem | None = None
        self._glow_label: Badge | None = None
        self._flash: Badge | None = None
        self._drop: Badge | None = None
        self.card_visible = True
        self.static_version = 0  # bumped when the route, marker or glow change (at hops)
        self.route_version = 0  # bumped when the whole route's line changes (a new trace)
        self._glow_state: tuple | None = None

    # -- lifetime -------------------------------------------------------------------------
    def ensure(self) -> None:
        s = self.holding or self.scene
        if not _alive(self._token, self.scene, self.holding):
            self._token = PacketToken()
            self._card = PacketCard()
            self._route_all = self._path_item(1.0, dashed=True, alpha=150, z=1500)
            self._route_done = self._path_item(4.0, dashed=False, alpha=170, z=1501)
            self._marker = self._path_item(3.0, dashed=False, alpha=255, z=1502)
            self._glow = QGraphicsPathItem()
            self._glow.setZValue(-15)  # above the network bars, under devices and links' ends
            self._glow_label = Badge(z=2970)
            self._flash = Badge(z=2985)
            self._drop = Badge(z=2995)
            for item in (self._token, self._card, self._route_all, self._route_done, self._marker,
                         self._glow, self._glow_label, self._flash, self._drop):
                item.setVisible(False)
                s.addItem(item)
            self.set_scale(self.scale)

    def _path_item(self, width: float, dashed: bool, alpha: int, z: float) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        colour = QColor(ROUTE_COLOUR)
        colour.setAlpha(alpha)
        pen = QPen(colour, width * 2 if not dashed else 2.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setDashPattern([4, 4])
        item.setPen(pen)
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        return item

    def remove(self) -> None:
        """Take every overlay off the scene (no trace to show)."""
        self.static_version += 1
        self.route_version += 1
        for item in self._all():
            item.setVisible(False)

    def _all(self) -> list[QGraphicsItem]:
        items = [self._token, self._card, self._route_all, self._route_done, self._marker,
                 self._glow, self._glow_label, self._flash, self._drop]
        return [i for i in items if _alive(i, self.scene, self.holding)]

    def items(self) -> list[QGraphicsItem]:
        """Every overlay item, wherever it is."""
        return self._all()

    def route_line(self) -> QGraphicsPathItem | None:
        """The dashed line of the whole route (one of the static items), if it exists."""
        return self._route_all if _alive(self._route_all, self.scene, self.holding) else None

    def static_items(self) -> list[QGraphicsItem]:
        """The items that change only at hops: the route lines, the hop marker, the glow."""
        items = [self._glow, self._route_all, self._route_done, self._marker]
        return [i for i in items if _alive(i, self.scene, self.holding)]

    def lift(self, holding: QGraphicsScene) -> None:
        """Take the items off the canvas into ``holding`` (a layer above the canvas draws them)."""
        items = self._all()
        self.holding = holding
        for item in items:
            holding.addItem(item)

    def lower(self) -> None:
        """Put the items back on the canvas."""
        items = self._all()
        self.holding = None
        if not shiboken6.isValid(self.scene):
            return  # the window is closing
        for item in items:
            self.scene.addItem(item)

    def set_scale(self, scale: float) -> None:
        """Presentation mode draws the token, card and badges larger."""
        self.scale = scale
        if _alive(self._token, self.scene, self.holding):
            self._token.setScale(scale)
        # The card and the badges are wide: they grow less than the token, to fit beside it.
        for item in (self._card, self._glow_label, self._flash, self._drop):
            if _alive(item, self.scene, self.holding):
                item.setScale(self.card_scale)

    @property
    def card_scale(self) -> float:
        # The card is wide: it grows less than the token so that it still fits beside it.
        return 1.0 + (self.scale - 1.0) * 0.6

    # -- accessors (after ensure) ---------------------------------------------------------
    @property
    def token(self) -> PacketToken:
        self.ensure()
        assert self._token is not None
        return self._token

    @property
    def card(self) -> PacketCard:
        self.ensure()
        assert self._card is not None
        return self._card

    @property
    def drop_badge(self) -> Badge:
        self.ensure()
        assert self._drop is not None
        return self._drop

    @property
    def glow_label(self) -> Badge:
        self.ensure()
        assert self._glow_label is not None
        return self._glow_label

    @property
    def flash_badge(self) -> Badge:
        self.ensure()
        assert self._flash is not None
        return self._flash

    # -- drawing --------------------------------------------------------------------------
    def move_packet(self, x: float, y: float) -> None:
        self.ensure()
        assert self._token is not None and self._card is not None
        self._token.setPos(x, y)
        self._card.setPos(x, y)

    def show_packet(self, visible: bool) -> None:
        self.ensure()
        assert self._token is not None and self._card is not None
        self._token.setVisible(visible)
        self._card.setVisible(visible and self.card_visible)

    def show_route(self, whole: QPainterPath, done: QPainterPath) -> None:
        self.static_version += 1
        self.ensure()
        assert self._route_all is not None and self._route_done is not None
        if self._route_all.path() != whole or not self._route_all.isVisible():
            self.route_version += 1
        self._route_all.setPath(whole)
        self._route_done.setPath(done)
        self._route_all.setVisible(True)
        self._route_done.setVisible(not done.isEmpty())

    def mark(self, rect: QRectF | None) -> None:
        """Outline the current hop's glyph."""
        self.static_version += 1
        self.ensure()
        assert self._marker is not None
        if rect is None or rect.isNull():
            self._marker.setVisible(False)
            return
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(-6, -6, 6, 6), 10, 10)
        colour = QColor(MARKER_COLOUR)
        pen = QPen(colour, 3.0)
        pen.setCosmetic(True)
        self._marker.setPen(pen)
        self._marker.setPath(path)
        self._marker.setVisible(True)

    def glow(self, path: QPainterPath | None, colour: str = "#059669", label: str = "",
             at: QPointF | None = None) -> None:
        """Light up a logical segment (a VXLAN network, a tunnel) while the packet is in it."""
        self.ensure()
        state = (QPainterPath(path) if path is not None else None, colour, label,
                 QPointF(at) if at is not None else None)
        if state == self._glow_state and self._glow is not None \
                and self._glow.isVisible() == (path is not None and not path.isEmpty()):
            return  # the same segment (the look changes mid-dwell, the segment does not)
        self._glow_state = state
        self.static_version += 1
        assert self._glow is not None and self._glow_label is not None
        if path is None or path.isEmpty():
            self._glow.setVisible(False)
            self._glow_label.setVisible(False)
            return
        c = QColor(colour)
        c.setAlpha(95)
        pen = QPen(c, 18.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._glow.setPen(pen)
        self._glow.setPath(path)
        self._glow.setVisible(True)
        if label and at is not None:
            self._glow_label.set_text(label, colour, below=-34)
            self._glow_label.setPos(at)
            self._glow_label.anchor = QPointF(at)
            self._glow_label.setVisible(True)
        else:
            self._glow_label.setVisible(False)

    def flash(self, at: QPointF | None, text: str = "", colour: str = "#EA580C") -> None:
        """Show (or hide, with None) the badge that announces a rewrite at a hop: just above
        the packet card, on the card's side of the token, so neither hides the other."""
        badge = self.flash_badge
        if at is None or not text:
            badge.setVisible(False)
            return
        card = self.card
        k = 1.0  # card units → badge units (both at the card's scale)
        box = card.boundingRect()
        top = box.top() * k if self.card_visible else -self.token.radius
        badge.set_text(text, colour, below=0)
        below = top - badge.height() - 4
        if not self.card_visible:
            badge.set_text(text, colour, below=below)
        elif card.left:
            badge.set_text(text, colour, below=below, right=box.right() * k)
        else:
            badge.set_text(text, colour, below=below, left=box.left() * k)
        badge.setPos(at)
        badge.setOpacity(1.0)
        badge.setVisible(True)

    def drop(self, at: QPointF | None, text: str = "") -> None:
        self.ensure()
        assert self._drop is not None
        if at is None:
            self._drop.setVisible(False)
            return
        below = 26.0
        if self.card_visible and self._card is not None and self._card.isVisible():
            # Under the packet card, which stands beside the token at the same height.
            below = max(below, self._card.boundingRect().bottom() + 6)
        self._drop.set_text(text, DROP_COLOUR, cross=True, below=below)
        self._drop.setPos(at)
        self._drop.setVisible(True)
