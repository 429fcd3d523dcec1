"""Diagram exports (PNG, SVG, PDF) that render the editor's own scene, plus a flow overlay.

Qt-backed (QtGui, QtSvg and the scene's QtWidgets items); the command line runs it on the
offscreen platform. Each export paints the ``TopologyScene`` the editor shows, so the file
looks like the app; for the time of the export the scene is put in a print state: nothing
selected, no item pixmap caches (they would turn labels into bitmaps), icons drawn from their
SVG sources in vector outputs, and an optional transparent background. A traced flow is drawn
on top: its path along the links, with a numbered badge at every hop.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.parsers import expat

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.engine.trace import Trace
from desktop_app.ui.canvas import geometry as g
from desktop_app.ui.canvas.icons import IconLibrary

from .flow_path import FlowPath, flow_path

if TYPE_CHECKING:
    from desktop_app.ui.canvas.scene import TopologyScene

AREA_MARGIN = 24.0  # scene units around the whole topology
MAX_PIXELS = 16384  # per side: beyond this QImage allocation fails or takes gigabytes
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
              "Letter": QPageSize.PageSizeId.Letter}
PATH_COLOUR = "#F59E0B"
DROP_COLOUR = "#DC2626"
BADGE = 22.0
SVG_NS = "http://www.w3.org/2000/svg"
FONT_FALLBACK = "'DejaVu Sans', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"


class ExportError(ValueError):
    """The export cannot be made with these options (a sentence for the user)."""


@dataclass(frozen=True)
class DiagramOptions:
    """What to draw: the scene area, the zoom for bitmaps, and a flow to highlight."""

    area: QRectF | None = None  # scene rectangle; None means the whole topology
    scale: float = 1.0  # PNG pixels per scene unit
    transparent: bool = False
    trace: Trace | None = None
    hop_numbers: bool = True
    page: str = "A4"
    margin_mm: float = 10.0
    title: str = ""


def whole_area(scene: TopologyScene) -> QRectF:
    """The rectangle around everything drawn, with a small margin."""
    b = scene.diagram.bounds() or g.Box(0, 0, 100, 100)
    return QRectF(b.x, b.y, b.w, b.h).adjusted(-AREA_MARGIN, -AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)


def flow_area(scene: TopologyScene, trace: Trace, margin: float = 120.0) -> QRectF:
    """The rectangle around a flow's path and the devices it visits."""
    path = flow_path(scene.diagram, trace)
    boxes = [scene.diagram.glyphs[h.device] for h in trace.hops if h.device in scene.diagram.glyphs]
    xs = [p[0] for p in path.points()] + [b.x for b in boxes] + [b.right for b in boxes]
    ys = [p[1] for p in path.points()] + [b.y for b in boxes] + [b.bottom for b in boxes]
    if not xs:
        return whole_area(scene)
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
        -margin, -margin, margin, margin)


def png_size(area: QRectF, scale: float) -> QSize:
    return QSize(max(1, math.ceil(area.width() * scale)), max(1, math.ceil(area.height() * scale)))


# -- the scene in its print state --------------------------------------------------------------

class _VectorIcons(IconLibrary):
    """The scene's icons, drawn from their SVG renderers so vector files keep them as paths."""

    def __init__(self, base: IconLibrary):
        super().__init__(base.folder)
        self._renderers = base._renderers  # share the parsed SVGs

    def paint(self, painter: QPainter, name: str, rect: QRectF) -> None:
        renderer = self.renderer(name)
        if renderer is not None:
            renderer.render(painter, rect)


def _is_diagram(item: QGraphicsItem) -> bool:
    from desktop_app.ui.canvas.items import ModelItem, ZoneTitleItem
    from desktop_app.ui.canvas.network_items import LinkItem, TunnelItem

    return isinstance(item, (ModelItem, LinkItem, TunnelItem, ZoneTitleItem))


@contextmanager
def print_state(scene: TopologyScene, transparent: bool, vector: bool) -> Iterator[None]:
    """Only the diagram (no animation overlays, rubber band or selection), no pixmap caches,
    vector icons; everything restored afterwards."""
    selected = [i for i in scene.selectedItems()]
    items = scene.items()
    caches = [(i, i.cacheMode()) for i in items
              if i.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    overlays = [i for i in items if i.parentItem() is None and i.isVisible() and not _is_diagram(i)]
    brush = scene.backgroundBrush()
    icons = scene.style.icons
    scene.blockSignals(True)
    try:
        for item in selected:
            item.setSelected(False)
        for item in overlays:
            item.setVisible(False)
        for item, _ in caches:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if transparent:
            scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
        if vector:
            scene.style.icons = _VectorIcons(icons)
        yield
    finally:
        scene.style.icons = icons
        scene.setBackgroundBrush(brush)
        for item, mode in caches:
            item.setCacheMode(mode)
        for item in overlays:
            item.setVisible(True)
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(False)


def paint_scene(painter: QPainter, scene: TopologyScene, area: QRectF, target: QRectF,
                trace: Trace | None = None, hop_numbers: bool = True) -> None:
    """Draw ``area`` of the scene into ``target`` (aspect kept, centred), and the flow on top."""
    k = min(target.width() / area.width(), target.height() / area.height())
    painter.save()
    painter.translate(target.center().x(), target.center().y())
    painter.scale(k, k)
    painter.translate(-area.center().x(), -area.center().y())
    painter.setClipRect(area)
    scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
    if trace is not None and trace.hops:
        draw_flow(painter, scene.diagram, trace, hop_numbers)
    painter.restore()


# -- the flow overlay ------------------------------------------------------------------------

def draw_flow(painter: QPainter, diagram: g.Diagram, trace: Trace, hop_numbers: bool = True,
              path: FlowPath | None = None) -> None:
    """The flow's path along the links, arrows on every leg, a numbered badge per hop."""
    path = path or flow_path(diagram, trace)
    colour = QColor(PATH_COLOUR)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QPainterPath()
    points = path.points()
    if points:
        line.moveTo(*points[0])
        for p in points[1:]:
            line.lineTo(*p)
    halo = QColor("#FFFFFF")
    halo.setAlpha(170)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(halo, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(line)
    painter.setPen(QPen(colour, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(line)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour.darker(130))
    for leg in path.legs:
        if leg.length > 40:
            _arrow(painter, leg.point_at(0.5 - 6 / leg.length), leg.point_at(0.5 + 6 / leg.length))
    if hop_numbers:
        for hop, (x, y) in badge_positions(diagram, trace, path):
            dropped = hop.index == trace.hops[-1].index and not trace.delivered
            _badge(painter, x, y, str(hop.index), QColor(DROP_COLOUR if dropped else PATH_COLOUR))
    painter.restore()


def badge_positions(diagram: g.Diagram, trace: Trace, path: FlowPath | None = None):
    """Where each hop's number goes: beside its device, side by side for repeated visits."""
    path = path or flow_path(diagram, trace)
    seen: dict[str, int] = {}
    out = []
    for hop, (x, y) in zip(trace.hops, path.stops, strict=True):
        n = seen.get(hop.device, 0)
        seen[hop.device] = n + 1
        glyph = diagram.glyphs.get(hop.device)
        if glyph is None or glyph.w > g.DEVICE_SIZE[0] or glyph.h < g.DEVICE_SIZE[1]:
            # Host and node titles, pods and the cloud: numbers sit on their left edge.
            left = glyph.x if glyph is not None else x - 40
            bx, by = left - 4 - BADGE / 2 - n * (BADGE + 2), (glyph.cy if glyph else y)
        else:
            bx, by = x - 30 - n * (BADGE + 2), glyph.y + 12
        out.append((hop, (bx, by)))
    return out


def _arrow(painter: QPainter, a: tuple[float, float], b: tuple[float, float]) -> None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d == 0:
        return
    ux, uy = dx / d, dy / d
    tip = QPointF(b[0] + ux * 5, b[1] + uy * 5)
    back = QPointF(b[0] - ux * 7, b[1] - uy * 7)
    painter.drawPolygon(QPolygonF([tip, back + QPointF(-uy * 6, ux * 6),
                                   back + QPointF(uy * 6, -ux * 6)]))


def _badge(painter: QPainter, x: float, y: float, text: str, fill: QColor) -> None:
    r = QRectF(x - BADGE / 2, y - BADGE / 2, BADGE, BADGE)
    if len(text) > 2:
        r.adjust(-4, 0, 4, 0)
    painter.setPen(QPen(QColor("#FFFFFF"), 2))
    painter.setBrush(fill)
    painter.drawRoundedRect(r, BADGE / 2, BADGE / 2)
    font = QFont()
    font.setPixelSize(12)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)


# -- the formats -------------------------------------------------------------------------------

def render_image(scene: TopologyScene, options: DiagramOptions) -> QImage:
    """The area as a bitmap at ``options.scale`` pixels per scene unit."""
    area = options.area or whole_area(scene)
    if not options.scale > 0:
        raise ExportError(f"the scale must be a positive number, not {options.scale}")
    size = png_size(area, options.scale)
    if max(size.width(), size.height()) > MAX_PIXELS:
        raise ExportError(f"a {size.width()}×{size.height()} pixel image is too large "
                          f"(at most {MAX_PIXELS} per side); lower the scale")
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for a {size.width()}×{size.height()} pixel image")
    brush = scene.backgroundBrush()
    if options.transparent or brush.style() == Qt.BrushStyle.NoBrush:
        image.fill(Qt.GlobalColor.transparent)
    else:  # the edges of a fractional area would otherwise come out half transparent
        image.fill(brush.color())
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    with print_state(scene, options.transparent, vector=False):
        paint_scene(painter, scene, area, QRectF(0, 0, size.width(), size.height()),
                    options.trace, options.hop_numbers)
    painter.end()
    return image


def _image_bytes(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise ExportError(f"Qt could not encode the image as {fmt}")
    buffer.close()
    return bytes(data.data())


def render_png(scene: TopologyScene, options: DiagramOptions) -> bytes:
    return _image_bytes(render_image(scene, options), "PNG")


def render_svg(scene: TopologyScene, options: DiagramOptions) -> bytes:
    """A vector SVG with text kept as text, checked and cleaned as XML."""
    area = options.area or whole_area(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    w, h = math.ceil(area.width()), math.ceil(area.height())
    generator.setSize(QSize(w, h))
    generator.setViewBox(QRectF(0, 0, w, h))
    generator.setResolution(96)  # CSS pixels, so the file's width and height are scene units
    generator.setTitle(options.title or "hybridviz diagram")
    generator.setDescription("Drawn by hybridviz")
    painter = QPainter(generator)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    with print_state(scene, options.transparent, vector=True):
        paint_scene(painter, scene, area, QRectF(0, 0, w, h), options.trace, options.hop_numbers)
    painter.end()
    buffer.close()
    return clean_svg(bytes(data.data()), w, h)


def clean_svg(raw: bytes, width: int, height: int) -> bytes:
    """Tidy Qt's SVG (sizes in CSS pixels, font fallbacks, no empty groups), then prove the
    result is well-formed XML without active content before anything is written.

    Qt escapes text and attribute values itself; the parse below is the check that it did, so
    a label such as ``<script>`` can only come out as text.
    """
    text = raw.decode("utf-8")
    head, sep, body = text.partition("<svg")
    tag_end = body.index(">")
    svg_tag = re.sub(r'\s(width|height)="[^"]*"', "", body[:tag_end])
    svg_tag = svg_tag.replace('version="1.2" baseProfile="tiny"', 'version="1.1"')
    body = f' width="{width}px" height="{height}px"' + svg_tag + body[tag_end:]
    previous = None
    while previous != body:  # Qt opens a group per painter state; most stay empty
        previous = body
        body = _EMPTY_GROUP.sub("", body)
    body = _FONT.sub(lambda m: f'font-family="{m.group(1)}, {FONT_FALLBACK}"', body)
    body = re.sub(r"\n\s*\n", "\n", body)
    out = (head + sep + body).encode("utf-8")
    _check_svg(out)
    return out


def _check_svg(data: bytes) -> None:
    """Well-formed XML with no script, foreign object or event handler (expat, no tree)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    active: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if local in ("script", "foreignObject") or any(
                a.rsplit(" ", 1)[-1].startswith("on") for a in attrs):
            active.append(local)

    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:  # would be a Qt bug; never write a broken file
        raise ExportError(f"the SVG Qt produced is not well-formed XML ({exc})") from exc
    if active:
        raise ExportError("the SVG Qt produced contains active content")  # never expected


_EMPTY_GROUP = re.compile(r"<g\b[^<>]*>\s*</g>")
_FONT = re.compile(r'font-family="([^"]*)"')


def render_pdf(scene: TopologyScene, options: DiagramOptions) -> bytes:
    """One vector page of the chosen size, the area fitted inside the margins."""
    area = options.area or whole_area(scene)
    if options.page not in PAGE_SIZES:
        raise ExportError(f"unknown page size '{options.page}'; use {', '.join(PAGE_SIZES)}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("hybridviz")
    writer.setTitle(options.title or "hybridviz diagram")
    writer.setResolution(600)
    orientation = (QPageLayout.Orientation.Landscape if area.width() >= area.height()
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[options.page]), orientation,
                                     QMarginsF(*[options.margin_mm] * 4), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    target = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    target.moveTo(0, 0)  # the painter's origin is the corner of the printable area
    with print_state(scene, options.transparent, vector=True):
        paint_scene(painter, scene, area, target, options.trace, options.hop_numbers)
    painter.end()
    buffer.close()
    return bytes(data.data())

