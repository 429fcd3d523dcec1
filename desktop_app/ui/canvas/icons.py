"""The device and network icons (resources/icons/*.svg), rendered crisply at any zoom.

Each SVG is parsed once; paint calls draw a pixmap rendered for the size the icon takes on
screen (rounded up to a step, times the device pixel ratio), so icons stay sharp on
high-DPI screens and when zoomed in, while repeated paints cost one blit.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop_app.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"
_STEP = 16  # pixel sizes are rounded up to a multiple of this, to share cached pixmaps
_MAX_PIXELS = 512


class IconLibrary:
    """SVG renderers and per-size pixmaps for each icon name (a device or network kind)."""

    def __init__(self, folder: Path = ICON_DIR):
        self.folder = folder
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}

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
            r = self.renderer(name)
            if r is None:
                return None
            image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            r.render(p, QRectF(0, 0, pixels, pixels))
            p.end()
            pm = QPixmap.fromImage(image)
            self._pixmaps[key] = pm
        return pm

    def paint(self, painter: QPainter, name: str, rect: QRectF) -> None:
        """Draw an icon into a scene rectangle at the painter's current zoom."""
        scale = painter.worldTransform().m11() or 1.0
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pm = self.pixmap(name, int(max(rect.width(), rect.height()) * abs(scale) * dpr))
        if pm is None:
            return
        painter.drawPixmap(rect, pm, QRectF(pm.rect()))

    def icon(self, name: str) -> QIcon:
        """A QIcon for menus, the palette and dialogs, drawn from the SVG at any size."""
        icon = QIcon()
        for size in (16, 24, 32, 48, 64):
            pm = self.pixmap(name, size)
            if pm is not None:
                icon.addPixmap(pm)
        return icon
