"""Diagram exports (PNG, PDF) that render the editor's own scene, plus a flow overlay.

Qt-backed (QtGui and the scene's QtWidgets items); the command line runs it on the offscreen
platform. Each export paints the ``TopologyScene`` the editor shows, so the file looks like
the app; for the time of the export the scene is put in a print state: nothing selected, no
item pixmap caches (they would turn labels into bitmaps), icons drawn from their SVG sources in
vector outputs, and an optional transparent background. A traced flow is drawn on top: its
path along the links, with a numbered badge at every hop.

SVG is written without Qt, from the same geometry, by ``svg.py``; ``render_svg`` hands the
scene's diagram to it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
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
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.diagram import geometry, overlay
from desktop_app.diagram import labels as lb
from desktop_app.diagram.flow_path import FlowPath, flow_path
from desktop_app.diagram.overlay import BADGE, badge_positions  # noqa: F401 (badge_positions: part of this API)
from desktop_app.diagram.theme_colours import FLOW_DROP, FLOW_PATH
from desktop_app.engine.trace import Trace
from desktop_app.export import svg
from desktop_app.model import embedded
from desktop_app.ui.canvas.icons import IconLibrary

if TYPE_CHECKING:
    from desktop_app.ui.canvas.scene import TopologyScene

MAX_PIXELS = 16384  # per side: beyond this QImage allocation fails or takes gigabytes
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
              "Letter": QPageSize.PageSizeId.Letter}


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
    source: str = ""  # the topology's file text, carried inside the PNG or PDF (embedded.py)


# Exported files stay English whatever the interface language (the PDF's own title).
PDF_TITLE = "hybridviz diagram"

def whole_area(scene: TopologyScene) -> QRectF:
    """The rectangle around everything drawn, with a small margin."""
    return _rect(overlay.whole_area(scene.diagram))


def flow_area(scene: TopologyScene, trace: Trace, margin: float = 120.0) -> QRectF:
    """The rectangle around a flow's path and the devices it visits."""
    return _rect(overlay.flow_area(scene.diagram, trace, margin))


def _rect(box: geometry.Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


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
    from desktop_app.ui.canvas.items import ModelItem
    from desktop_app.ui.canvas.labels import LabelItem
    from desktop_app.ui.canvas.network_items import LinkItem, TunnelItem

    return isinstance(item, (ModelItem, LinkItem, TunnelItem, LabelItem))


def export_placement(scene: TopologyScene, trace: Trace | None = None, hop_numbers: bool = True,
                     scale: float = 1.0, area: QRectF | None = None) -> lb.Placement:
    """Where an export of the scene draws its labels: for the whole diagram at ``scale``
    (pixels per scene unit), clear of the flow's line, arrows and badges, the flow's device
    names kept legible (the SVG writer places its labels the same way)."""
    ids, marks = (lb.flow_obstacles(scene.diagram, trace, hop_numbers)
                  if trace is not None else (frozenset(), lb.FlowMarks()))
    # An export of part of the picture keeps every label it draws whole inside that part.
    region = None if area is None else geometry.Box(area.x(), area.y(), area.width(), area.height())
    options = replace(scene.label_options(scale, marks), path_devices=ids, edge=lb.EDGE,
                      region=region)
    return lb.place_labels(scene.doc.topology, scene.diagram, options)


@contextmanager
def print_state(scene: TopologyScene, transparent: bool, vector: bool,
                placement: lb.Placement | None = None) -> Iterator[None]:
    """Only the diagram (no animation overlays, rubber band or selection), no pixmap caches,
    vector icons, the export's labels; everything restored afterwards."""
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
        if placement is not None:
            scene.apply_placement(placement)
        yield
    finally:
        if placement is not None:
            scene.relabel()
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

def draw_flow(painter: QPainter, diagram: geometry.Diagram, trace: Trace, hop_numbers: bool = True,
              path: FlowPath | None = None) -> None:
    """The flow's path along the links, arrows on every leg, a numbered badge per hop."""
    path = path or flow_path(diagram, trace)
    colour = QColor(FLOW_PATH)
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
            _badge(painter, x, y, str(hop.index), QColor(FLOW_DROP if dropped else FLOW_PATH))
    painter.restore()


def _arrow(painter: QPainter, a: tuple[float, float], b: tuple[float, float]) -> None:
    points = overlay.arrow_points(a, b)
    if points is not None:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _badge(painter: QPainter, x: float, y: float, text: str, fill: QColor) -> None:
    r = _rect(overlay.badge_box(x, y, text))
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
    placement = export_placement(scene, options.trace, options.hop_numbers, options.scale,
                                 options.area)
    with print_state(scene, options.transparent, vector=False, placement=placement):
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
    image = render_image(scene, options)
    if options.source:  # a text chunk: the picture opens again as its topology
        image.setText(embedded.KEY, options.source)
    return _image_bytes(image, "PNG")


def render_svg(scene: TopologyScene, options: DiagramOptions) -> bytes:
    """The scene's diagram as SVG, written from its geometry by ``svg.py`` (text kept as text)."""
    area = options.area
    return svg.render(scene.doc.topology, scene.diagram, svg.SvgOptions(
        area=None if area is None else geometry.Box(area.x(), area.y(), area.width(), area.height()),
        transparent=options.transparent, trace=options.trace, hop_numbers=options.hop_numbers,
        title=options.title, theme=scene.style.theme,
        link_labels=scene.style.show_link_labels, translate=QCoreApplication.translate))


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
    writer.setTitle(options.title or PDF_TITLE)
    if options.source:  # an attached file: the page opens again as its topology
        writer.addFileAttachment(embedded.PDF_NAME, QByteArray(options.source.encode("utf-8")),
                                 "application/yaml")
    writer.setResolution(600)
    orientation = (QPageLayout.Orientation.Landscape if area.width() >= area.height()
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[options.page]), orientation,
                                     QMarginsF(*[options.margin_mm] * 4), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    target = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    target.moveTo(0, 0)  # the painter's origin is the corner of the printable area
    placement = export_placement(scene, options.trace, options.hop_numbers, area=options.area)
    with print_state(scene, options.transparent, vector=True, placement=placement):
        paint_scene(painter, scene, area, target, options.trace, options.hop_numbers)
    painter.end()
    buffer.close()
    return bytes(data.data())

