"""The canvas view: zoom around the cursor, pan, fit, and drops from the palette and files."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from desktop_app.diagram import geometry

from .overview import OVERVIEW_MIN_ITEMS, OVERVIEW_ZOOM
from .scene import TopologyScene

PALETTE_MIME = "application/x-hybridviz-palette"
ZOOM_STEP = 1.15
MIN_ZOOM, MAX_ZOOM = 0.03, 8.0


class CanvasView(QGraphicsView):
    """Shows a ``TopologyScene``; Ctrl+wheel zooms, middle or Space+drag pans."""

    zoom_changed = Signal(float)
    palette_dropped = Signal(str, QPointF)  # palette entry ("device:vm"), scene position
    files_dropped = Signal(list)  # local file paths dropped onto the canvas
    viewport_moved = Signal()

    def __init__(self, scene: TopologyScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setToolTip("")
        self._pan_from: QPointF | None = None
        self._pan_start = (0, 0)
        self._space = False
        scene.doc.reset.connect(self._update_overview_mode)
        self.horizontalScrollBar().valueChanged.connect(self.viewport_moved)
        self.verticalScrollBar().valueChanged.connect(self.viewport_moved)
        self.viewport_moved.connect(self._tell_scene)

    def topology_scene(self) -> TopologyScene:
        scene = self.scene()
        assert isinstance(scene, TopologyScene)
        return scene

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Scale to ``factor`` keeping ``anchor`` (a viewport point) still, or the centre."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            self._update_overview_mode()
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.setTransform(QTransform.fromScale(factor, factor))
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.setTransform(QTransform.fromScale(factor, factor))
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._update_overview_mode()
        self._tell_scene()
        self.zoom_changed.emit(self.zoom())

    def visible_box(self) -> geometry.Box:
        """The scene area the viewport shows."""
        r = self.mapToScene(self.viewport().rect()).boundingRect()
        return geometry.Box(r.x(), r.y(), r.width(), r.height())

    def _tell_scene(self) -> None:
        """Labels are chosen for the zoom and, on a big diagram, for the area in view."""
        scene = self.scene()
        if isinstance(scene, TopologyScene):  # None while the window is torn down
            scene.set_view(self.zoom(), self.visible_box())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._tell_scene()

    def overview_mode(self) -> bool:
        """Whether the view shows the cached overview image instead of painting items."""
        return not self.topology_scene().painting

    def _update_overview_mode(self) -> None:
        scene = self.topology_scene()
        count = len(scene.item_for) + len(scene.links)
        far = self.zoom() < OVERVIEW_ZOOM and count > OVERVIEW_MIN_ITEMS
        scene.set_painting(not far)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_rect(self, rect: QRectF, margin: float = 40.0) -> None:
        if rect.isNull() or rect.isEmpty():
            return
        view = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        if view.width() <= 0 or view.height() <= 0:
            return
        factor = min(view.width() / rect.width(), view.height() / rect.height())
        self.set_zoom(min(factor, 1.5))
        self.centerOn(rect.center())

    def fit_all(self) -> None:
        bounds = self.topology_scene().diagram.bounds()
        if bounds is not None:
            self.fit_rect(QRectF(bounds.x, bounds.y, bounds.w, bounds.h))

    def zoom_to_selection(self) -> None:
        scene = self.topology_scene()
        rect = scene.items_rect(scene.selected_ids())
        if rect.isNull():
            self.fit_all()
        else:
            self.fit_rect(rect, margin=80.0)

    def centre_on_ids(self, ids: list[str]) -> None:
        rect = self.topology_scene().items_rect(ids)
        if not rect.isNull():
            self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan ------------------------------------------------------------------------------
    def pan_by(self, dx: float, dy: float) -> None:
        """Scroll the view by a viewport distance (pixels)."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._space = False
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        middle = event.button() == Qt.MouseButton.MiddleButton
        space = event.button() == Qt.MouseButton.LeftButton and self._space
        if middle or space:
            self._pan_from = event.position()
            self._pan_start = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            # Measured from the press, so rounding never accumulates over a long drag.
            delta = event.position() - self._pan_from
            self.horizontalScrollBar().setValue(self._pan_start[0] - round(delta.x()))
            self.verticalScrollBar().setValue(self._pan_start[1] - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- background -----------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        scene = self.topology_scene()
        painter.fillRect(rect, scene.style.c("scene_background"))
        if not scene.painting:
            image = scene.overview.image()
            if image is not None:
                painter.drawImage(scene.overview.source, image)
            return
        if self.zoom() < 0.45:
            return  # a dot grid this dense is noise, and costs a paint per dot
        step = 40.0
        painter.setPen(scene.style.c("grid"))
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        points = []
        y = top
        while y < rect.bottom():
            x = left
            while x < rect.right():
                points.append(QPointF(x, y))
                x += step
            y += step
        if len(points) < 20000:
            pen = painter.pen()
            pen.setWidthF(2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPoints(points)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        scene = self.topology_scene()
        if scene.painting:
            return
        # The overview image does not know the selection: outline what is selected.
        pen = QPen(scene.style.c("selection"), 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in scene.selectedItems():
            painter.drawRect(item.sceneBoundingRect())

    # -- drops ----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(PALETTE_MIME) or _local_files(mime):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(PALETTE_MIME) or _local_files(mime):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(PALETTE_MIME):
            entry = bytes(mime.data(PALETTE_MIME).data()).decode("utf-8")
            self.palette_dropped.emit(entry, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        files = _local_files(mime)
        if files:
            self.files_dropped.emit(files)
            event.acceptProposedAction()
            return
        super().dropEvent(event)


def _local_files(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
