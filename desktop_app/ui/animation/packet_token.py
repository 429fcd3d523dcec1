"""The packet on the canvas: a token with one ring per tunnel layer, and the card beside it.

Both keep their size on screen whatever the zoom (they ignore the view's transformation) and
are painted from a small cached state that changes at hops, not per frame, so moving them is
a blit (``DeviceCoordinateCache``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

TOKEN_TYPE = QGraphicsItem.UserType + 40
CARD_TYPE = QGraphicsItem.UserType + 41

CORE_RADIUS = 9.0
RING_WIDTH = 4.5
RING_GAP = 1.5


# Chinese text on the canvas: a CJK face after the default one, so that Han characters come
# from a font made for them rather than from whatever fallback the system picks per glyph.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                "WenQuanYi Micro Hei")


def overlay_font(pixels: float, bold: bool = False) -> QFont:
    """The animation's canvas type: screen-sized (the items ignore the zoom), so hinted to
    the pixel grid, with a CJK face for Chinese."""
    f = QFont()
    f.setFamilies([QFontInfo(f).family(), *CJK_FAMILIES])  # the face the default resolves to
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return f


_font = overlay_font


class PacketToken(QGraphicsItem):
    """A disc in the connection's colour inside rings, outermost header outermost."""

    def __init__(self) -> None:
        super().__init__()
        self.core = QColor("#1D4ED8")
        self.rings: list[QColor] = []
        self.label = ""
        self.dropped = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(3000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return TOKEN_TYPE

    @property
    def radius(self) -> float:
        return CORE_RADIUS + len(self.rings) * (RING_WIDTH + RING_GAP)

    def set_look(self, core: str, rings: list[str], label: str = "", dropped: bool = False) -> None:
        state = (QColor(core), [QColor(c) for c in rings], label, dropped)
        if state == (self.core, self.rings, self.label, self.dropped):
            return
        self.prepareGeometryChange()
        self.core, self.rings, self.label, self.dropped = state
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = self.radius + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius
        # A white halo keeps the token readable over bars, links and boxes of any colour.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5)
        for colour in self.rings:
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(0, 0), r, r)
            r -= RING_WIDTH
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QPointF(0, 0), r, r)
            r -= RING_GAP
        painter.setBrush(QColor("#B91C1C") if self.dropped else self.core)
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.drawEllipse(QPointF(0, 0), CORE_RADIUS, CORE_RADIUS)
        if self.label:
            painter.setPen(QColor("white"))
            painter.setFont(_font(10, bold=True))
            painter.drawText(QRectF(-CORE_RADIUS, -CORE_RADIUS, 2 * CORE_RADIUS, 2 * CORE_RADIUS),
                             Qt.AlignmentFlag.AlignCenter, self.label)


@dataclass(frozen=True)
class CardRow:
    colour: str
    tag: str  # "VXLAN 5001", "TCP"
    text: str  # "10.190.20.11 → 10.190.20.12 · UDP 62159 → 4789"


class PacketCard(QGraphicsItem):
    """What the packet looks like here: one row per layer, outermost first, beside the token."""

    PAD = 7.0

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.rows: list[CardRow] = []
        self.footer = ""
        self.alert = False
        self.offset = QPointF(22, 0)
        self.left = False  # beside the token on its left (near the view's right edge)
        self.corner: QPointF | None = None  # the top-left corner chosen by a placement
        self._rect = QRectF()
        self.title_font = _font(12, bold=True)
        self.row_font = _font(11)
        self.tag_font = _font(10, bold=True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2990)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return CARD_TYPE

    def set_content(self, title: str, rows: list[CardRow], footer: str = "",
                    alert: bool = False, token_radius: float = CORE_RADIUS) -> None:
        state = (title, list(rows), footer, alert)
        if state == (self.title, self.rows, self.footer, self.alert) \
                and self.offset.x() == token_radius + 12:
            return
        self.prepareGeometryChange()
        self.title, self.rows, self.footer, self.alert = state
        self.offset = QPointF(token_radius + 12, 0)
        self._rect = self._layout()
        self.update()

    def _layout(self) -> QRectF:
        tm, rm, gm = (QFontMetricsF(self.title_font), QFontMetricsF(self.row_font),
                      QFontMetricsF(self.tag_font))
        self._tag_w = max([gm.horizontalAdvance(r.tag) for r in self.rows] or [0]) + 10
        widths = [tm.horizontalAdvance(self.title)]
        widths += [self._tag_w + 6 + rm.horizontalAdvance(r.text) for r in self.rows]
        if self.footer:
            widths.append(rm.horizontalAdvance(self.footer))
        self._line = max(rm.height(), gm.height()) + 4
        h = tm.height() + 4 + len(self.rows) * self._line + (rm.height() + 2 if self.footer else 0)
        w = max(widths) + 2 * self.PAD
        h += 2 * self.PAD
        if self.corner is not None:
            return QRectF(self.corner.x(), self.corner.y(), w, h)
        # Beside the token, vertically centred on it.
        x = -self.offset.x() - w if self.left else self.offset.x()
        return QRectF(x, -h / 2, w, h)

    def set_side(self, left: bool) -> None:
        if left != self.left or self.corner is not None:
            self.prepareGeometryChange()
            self.left = left
            self.corner = None
            self._rect = self._layout()
            self.update()

    def set_corner(self, corner: QPointF) -> None:
        """Put the card's top-left corner here (item units, relative to the token)."""
        if self.corner is not None and (self.corner - corner).manhattanLength() < 0.5:
            return
        self.prepareGeometryChange()
        self.corner = QPointF(corner)
        self._rect = self._layout()
        self.update()

    def size(self) -> tuple[float, float]:
        """Width and height in item units (pixels before the presentation scale)."""
        return self._rect.width(), self._rect.height()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def width(self) -> float:
        return self._rect.width()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.title:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect
        border = QColor("#B91C1C") if self.alert else QColor("#334155")
        painter.setPen(QPen(border, 1.4))
        painter.setBrush(QColor(255, 255, 255, 242))
        painter.drawRoundedRect(r, 6, 6)
        x, y = r.left() + self.PAD, r.top() + self.PAD
        tm = QFontMetricsF(self.title_font)
        painter.setFont(self.title_font)
        painter.setPen(border if self.alert else QColor("#111827"))
        painter.drawText(QPointF(x, y + tm.ascent()), self.title)
        y += tm.height() + 4
        rm = QFontMetricsF(self.row_font)
        for row in self.rows:
            chip = QRectF(x, y + 1, self._tag_w, self._line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(row.colour))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setFont(self.tag_font)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, row.tag)
            painter.setFont(self.row_font)
            painter.setPen(QColor("#111827"))
            painter.drawText(QPointF(chip.right() + 6, y + (self._line - rm.height()) / 2
                                     + rm.ascent()), row.text)
            y += self._line
        if self.footer:
            painter.setFont(self.row_font)
            painter.setPen(QColor("#B91C1C") if self.alert else QColor("#475569"))
            painter.drawText(QPointF(x, y + 2 + rm.ascent()), self.footer)
