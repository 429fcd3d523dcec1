"""The device and network icons (resources/icons/*.svg), rendered crisply at any zoom.

Each SVG is parsed once; paint calls draw a pixmap rendered for the size the icon takes on
screen (times the device pixel ratio), so icons stay sharp on high-DPI screens and when
zoomed in, while repeated paints cost one blit. On screen the pixmap has exactly the icon's
size and is copied to whole pixels (scaling while drawing cost several times more, for
hundreds of icons per frame on a large canvas); other devices (PDF, SVG) get a pixmap
rendered at a size rounded up to a step, scaled by the painter.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPaintEngine, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from desktop_app.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"
_STEP = 16  # pixel sizes are rounded up to a multiple of this, to share cached pixmaps
_MAX_PIXELS = 512
_EXACT_KEPT = 400  # exact-size pixmaps kept (icon kinds × the sizes a zoom went through)


class IconLibrary:
    """SVG renderers and per-size pixmaps for each icon name (a device or network kind)."""

    def __init__(self, folder: Path = ICON_DIR):
        self.folder = folder
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._exact: dict[tuple[str, int, float], QPixmap] = {}

    def renderer(self, name: str) -> QSvgRenderer | None:
        r = self._renderers.get(name)
        if r is None:
            path = self.folder / f"{name}.svg"
            r = QSvgRenderer(str(path)) if path.exists() else QSvgRenderer()
            self._renderers[name] = r
        return r if r.isValid() else None

    def pixmap(self, name: str, pixels: int) -> QPixmap | None:
        """The icon rendered at ``pixels`` square (rounded up to the cache step)."""
        pixels = max(_STEP, min(_MAX_PIXELS, int(math.ceil(pixels / _STEP) * _STEP)))
        key = (name, pixels)
        pm = self._pixmaps.get(key)
        if pm is None:
            pm = self._render(name, pixels)
            if pm is None:
                return None
            self._pixmaps[key] = pm
        return pm

    def _render(self, name: str, pixels: int) -> QPixmap | None:
        r = self.renderer(name)
        if r is None:
            return None
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r.render(p, QRectF(0, 0, pixels, pixels))
        p.end()
        return QPixmap.fromImage(image)

    def paint(self, painter: QPainter, name: str, rect: QRectF) -> None:
        """Draw an icon into a scene rectangle at the painter's current zoom."""
        transform = painter.worldTransform()
        scale = transform.m11() or 1.0
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        engine = painter.paintEngine()
        if (transform.type().value <= QTransform.TransformationType.TxScale.value and scale > 0
                and transform.m22() == scale and rect.width() == rect.height()
                and engine is not None and engine.type() == QPaintEngine.Type.Raster):
            # On screen: a pixmap of exactly the icon's size in device pixels, copied to
            # the nearest pixel. Scaling a pixmap while drawing it cost several times the
            # copy, for hundreds of icons per frame on a large canvas.
            box = transform.mapRect(rect)
            exact = self.exact(name, round(box.width() * dpr), dpr)
            if exact is not None:
                painter.setWorldTransform(QTransform())
                painter.drawPixmap(QPointF(round(box.x() * dpr) / dpr, round(box.y() * dpr) / dpr),
                                   exact)
                painter.setWorldTransform(transform)
                return
        pm = self.pixmap(name, int(max(rect.width(), rect.height()) * abs(scale) * dpr))
        if pm is None:
            return
        painter.drawPixmap(rect, pm, QRectF(pm.rect()))

    def exact(self, name: str, pixels: int, dpr: float = 1.0) -> QPixmap | None:
        """The icon rendered at exactly ``pixels`` square (a zoom that moves makes many
        sizes: the oldest are forgotten)."""
        if pixels <= 0 or pixels > _MAX_PIXELS:
            return None
        key = (name, pixels, dpr)
        pm = self._exact.get(key)
        if pm is None:
            pm = self._render(name, pixels)
            if pm is None:
                return None
            pm.setDevicePixelRatio(dpr)
            if len(self._exact) >= _EXACT_KEPT:
                del self._exact[next(iter(self._exact))]
            self._exact[key] = pm
        return pm

    def icon(self, name: str) -> QIcon:
        """A QIcon for menus, the palette and dialogs, drawn from the SVG at any size."""
        icon = QIcon()
        for size in (16, 24, 32, 48, 64):
            pm = self.pixmap(name, size)
            if pm is not None:
                icon.addPixmap(pm)
        return icon
