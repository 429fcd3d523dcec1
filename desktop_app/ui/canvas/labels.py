"""The canvas's labels: one item per label the placement (``diagram/labels.py``) draws.

The scene asks for a placement whenever the model changes or the view's zoom crosses into
another level of detail (quarter-octave steps of scale, each placement cached), and this
layer moves, fills or hides its items to match. Each item keeps its lines as ``QStaticText``
laid out once, so a repaint (a pan, a frame of the animation) lays out no text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from desktop_app.diagram import labels as lb

from .style import CanvasStyle, canvas_font

LABEL_TYPE = QGraphicsItem.UserType + 9
# Labels sit over the diagram (the placement keeps them off icons and the flow), under the
# animation's packet and cards.
LABEL_Z = {"zone": -24, "link": -19, "network": -18, "tunnel": 6}
DEFAULT_Z = 20
# The name of the device the packet rests on: above the token (3000), which on a projector is
# wider than the icon it sits on and would cover a name placed close to it.
ABOVE_PACKET_Z = 3001


class LabelItem(QGraphicsItem):
    """One placed label; clicks go through to what it names."""

    def __init__(self, style: CanvasStyle, key: str):
        super().__init__()
        self.style = style
        self.key = key
        self.label: lb.Label | None = None
        self.network_kind = ""  # a network's label is drawn in its kind's colour
        self._rect = QRectF()  # the label and its leader, if any
        self._box = QRectF()  # the label
        self._lines: list[tuple[QStaticText, QFont, QPointF, str, bool]] = []
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def type(self) -> int:
        return LABEL_TYPE

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def set_label(self, label: lb.Label, ink: dict[str, QColor]) -> None:
        if label == self.label:
            return
        self.prepareGeometryChange()
        self.label = label
        self.setZValue(LABEL_Z.get(label.kind, DEFAULT_Z))
        b = label.box
        self._rect = QRectF(b.x, b.y, b.w, b.h).adjusted(-1, -1, 1, 1)
        self._box = QRectF(b.x, b.y, b.w, b.h)
        if label.leader is not None:
            (x0, y0), (x1, y1) = label.leader
            self._rect = self._rect.united(
                QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)).adjusted(-2, -2, 2, 2))
        sizes = {"link": self.style.link_pixels}
        self._lines = []
        for line, x, top, size in label.line_places(sizes):
            bold = lb.ROLES[line.role][1]
            font = canvas_font(size, bold)
            text = QStaticText(line.text)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            text.prepare(font=font)
            if label.align == "center":
                x -= text.size().width() / 2
            self._lines.append((text, font, QPointF(x, top), line.ink, line.role == "name"))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        label = self.label
        if label is None:
            return
        s = self.style
        if label.leader is not None:  # a label set farther off points at its icon
            (x0, y0), (x1, y1) = label.leader
            pen = QPen(s.c("muted_text"), 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        if label.backing:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(s.c("label_background"))
            r = 3.0 * label.grow
            painter.drawRoundedRect(self._box, r, r)
        for text, font, at, ink, _ in self._lines:
            painter.setFont(font)
            painter.setPen(self._ink(ink))
            painter.drawStaticText(at, text)

    def _ink(self, ink: str) -> QColor:
        s = self.style
        if ink == "muted":
            return s.c("muted_text")
        if ink == "zone":
            return s.c("zone_text")
        if ink == "tunnel":
            return s.c("tunnel")
        if ink == "network" and self.label is not None:
            colour = s.network_color(self.network_kind)
            return colour.lighter(115) if s.theme.dark else colour.darker(135)
        return s.c("label_text")


class LabelLayer:
    """The label items of one scene, kept in line with a placement."""

    def __init__(self, scene: QGraphicsScene, style: CanvasStyle):
        self.scene = scene
        self.style = style
        self.items: dict[str, LabelItem] = {}
        self.placement: lb.Placement | None = None
        self.raised: str | None = None  # the label drawn above the packet

    def apply(self, placement: lb.Placement, network_kinds: dict[str, str],
              adopt) -> None:
        """Show the placement's labels; hide the items of labels it leaves out."""
        self.placement = placement
        for key, label in placement.labels.items():
            item = self.items.get(key)
            if item is None:
                item = self.items[key] = LabelItem(self.style, key)
                adopt(item)
            if label.kind == "network":
                item.network_kind = network_kinds.get(label.owner, "")
            item.set_label(label, {})
            if key == self.raised:
                item.setZValue(ABOVE_PACKET_Z)
            if not item.isVisible():
                item.setVisible(True)
        for key, item in self.items.items():
            if key not in placement.labels and item.isVisible():
                item.setVisible(False)

    def raise_above_packet(self, key: str | None) -> None:
        """Draw the label ``key`` above the packet (None: every label at its own level)."""
        if key == self.raised:
            return
        before = self.items.get(self.raised or "")
        if before is not None and before.label is not None:
            before.setZValue(LABEL_Z.get(before.label.kind, DEFAULT_Z))
        self.raised = key
        item = self.items.get(key or "")
        if item is not None:
            item.setZValue(ABOVE_PACKET_Z)

    def clear(self) -> None:
        self.items.clear()
        self.placement = None
        self.raised = None

    def set_style(self, style: CanvasStyle) -> None:
        self.style = style
        for item in self.items.values():
            item.style = style
            item.label = None  # laid out again in the new fonts
