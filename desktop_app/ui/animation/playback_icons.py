"""The playback buttons' icons, drawn in the theme's icon colour.

The style's standard media icons are black pictures: on the dark theme they vanished into the
toolbar. These are drawn as shapes in ``panel_colours(theme)["icon"]`` (checked for contrast
with the rest of the theme) and drawn again when the palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from desktop_app.diagram.theme_colours import DARK, LIGHT, Theme, panel_colours

SIZE = 64
SHAPES = ("play", "pause", "step_back", "step_forward", "restart", "end", "recentre", "leave")


def theme_of(palette: QPalette) -> Theme:
    """The theme a widget palette belongs to (by how dark its window is)."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def playback_icon(shape: str, theme: Theme) -> QIcon:
    """One of ``SHAPES`` as an icon in the theme's icon colour."""
    pm = QPixmap(SIZE, SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(panel_colours(theme)["icon"])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    _draw(p, shape, colour)
    p.end()
    return QIcon(pm)


def _triangle(x: float, y: float, w: float, h: float, right: bool = True) -> QPainterPath:
    path = QPainterPath()
    if right:
        path.moveTo(x, y)
        path.lineTo(x + w, y + h / 2)
        path.lineTo(x, y + h)
    else:
        path.moveTo(x + w, y)
        path.lineTo(x, y + h / 2)
        path.lineTo(x + w, y + h)
    path.closeSubpath()
    return path


def _draw(p: QPainter, shape: str, colour: QColor) -> None:
    if shape == "play":
        p.drawPath(_triangle(18, 12, 34, 40))
    elif shape == "pause":
        p.drawRoundedRect(QRectF(16, 12, 12, 40), 2, 2)
        p.drawRoundedRect(QRectF(36, 12, 12, 40), 2, 2)
    elif shape in ("step_forward", "step_back"):
        right = shape == "step_forward"
        p.drawPath(_triangle(10, 16, 22, 32, right))
        p.drawPath(_triangle(32, 16, 22, 32, right))
    elif shape in ("end", "restart"):
        right = shape == "end"
        p.drawPath(_triangle(8 if right else 20, 16, 20, 32, right))
        p.drawPath(_triangle(26 if right else 38, 16, 20, 32, right))
        p.drawRect(QRectF(48 if right else 10, 16, 6, 32))
    elif shape == "recentre":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 5))
        p.drawEllipse(QPointF(32, 32), 16, 16)
        for a, b in (((32, 4), (32, 16)), ((32, 48), (32, 60)), ((4, 32), (16, 32)),
                     ((48, 32), (60, 32))):
            p.drawLine(QPointF(*a), QPointF(*b))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QPointF(32, 32), 6, 6)
    elif shape == "leave":
        p.setPen(QPen(colour, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(16, 16), QPointF(48, 48))
        p.drawLine(QPointF(16, 48), QPointF(48, 16))
