"""A schematic picture of the whole topology, for far zoom levels and the minimap.

Zoomed far out on thousands of devices, labels are unreadable and painting every item each
frame is what makes zooming slow. Instead the view shows one cached image drawn from the
diagram's geometry (zones, host boxes, device squares in their kind's colour, network bars,
links), redrawn only when the topology changes; the items stop painting meanwhile (they
stay in the scene for selection and hit tests).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desktop_app.diagram import geometry
from desktop_app.ui.theme import KIND_COLOURS

from .style import CanvasStyle

MAX_PIXELS = 4096  # the long side of the cached image
# Below this zoom, topologies with more than OVERVIEW_MIN_ITEMS items show the cached image.
OVERVIEW_ZOOM = 0.22
OVERVIEW_MIN_ITEMS = 1500


def paint_overview(painter: QPainter, diagram: geometry.Diagram, kinds: dict[str, str],
                   style: CanvasStyle) -> None:
    """Draw the schematic in scene coordinates (the painter's transform does the scaling)."""
    fills = style.theme.zone_fills
    border = QPen(style.c("zone_border"), 0)  # cosmetic hairlines at any scale
    painter.setPen(border)
    for zid, box in sorted(diagram.zones.items(), key=lambda z: diagram.zone_depth.get(z[0], 0)):
        depth = diagram.zone_depth.get(zid, 0)
        painter.setBrush(style.solid(QColor(fills[depth % len(fills)]), 150))
        painter.drawRect(QRectF(box.x, box.y, box.w, box.h))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(style.c("host_border"), 0))
    for did, box in diagram.boxes.items():
        if kinds.get(did) == "esxi-host":
            painter.drawRect(QRectF(box.x, box.y, box.w, box.h))
    by_kind: dict[str, list[QLineF]] = {}
    for link in diagram.links:
        (x0, y0), (x1, y1) = link.points[0], link.points[-1]
        kind = diagram.networks[link.network].kind if link.network in diagram.networks else ""
        by_kind.setdefault(kind, []).append(QLineF(x0, y0, x1, y1))
    for kind, lines in by_kind.items():
        painter.setPen(QPen(style.solid(style.network_color(kind), 170), 0))
        painter.drawLines(lines)
    painter.setPen(Qt.PenStyle.NoPen)
    for shape in diagram.networks.values():
        painter.setBrush(style.network_color(shape.kind))
        b = shape.box
        if shape.orientation == "cloud":
            painter.drawEllipse(QRectF(b.x, b.y, b.w, b.h))
        else:
            painter.drawRect(QRectF(b.x, b.y, b.w, b.h))
    for did, glyph in diagram.glyphs.items():
        kind = kinds.get(did, "")
        colour = QColor(KIND_COLOURS.get(kind, "#64748B"))
        if kind in geometry.CONTAINER_KINDS:
            painter.fillRect(QRectF(glyph.x, glyph.y, glyph.w, glyph.h), style.solid(colour, 90))
        else:
            side = min(glyph.w, glyph.h) * 0.6
            painter.fillRect(QRectF(glyph.cx - side / 2, glyph.y, side, side), colour)


class OverviewCache(QObject):
    """The schematic as an image, rebuilt lazily after the topology changes."""

    def __init__(self, scene, parent: QObject | None = None):
        super().__init__(parent)
        self.scene = scene
        self._image: QImage | None = None
        self.source = QRectF()
        scene.doc.changed.connect(self.invalidate)
        scene.doc.reset.connect(self.invalidate)

    def invalidate(self, *_args) -> None:
        self._image = None

    def image(self) -> QImage | None:
        """The cached picture (built now if stale) covering ``self.source``."""
        if self._image is None:
            self._build()
        return self._image

    def _build(self) -> None:
        diagram = self.scene.diagram
        bounds = diagram.bounds()
        if bounds is None:
            self._image, self.source = None, QRectF()
            return
        source = QRectF(bounds.x, bounds.y, bounds.w, bounds.h).adjusted(-20, -20, 20, 20)
        scale = MAX_PIXELS / max(source.width(), source.height())
        image = QImage(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)),
                       QImage.Format.Format_RGB32)
        style = self.scene.style
        image.fill(style.c("scene_background"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(-source.left(), -source.top())
        kinds = {d.id: d.kind for d in self.scene.doc.topology.devices}
        paint_overview(painter, diagram, kinds, style)
        painter.end()
        self._image, self.source = image, source
