"""The overview: the whole topology in miniature with the visible area marked; click to go."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from .view import CanvasView

# The overview is redrawn at most this often while the topology changes (ms).
REDRAW_DELAY = 250


class Minimap(QWidget):
    """Paints a cached picture of the scene and the view's rectangle over it."""

    def __init__(self, view: CanvasView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("minimap")
        self.view = view
        self.setMinimumSize(160, 110)
        self.retranslate()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._picture = QPixmap()
        self._source = QRectF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY)
        self._timer.timeout.connect(self.redraw)
        scene = view.topology_scene()
        scene.doc.changed.connect(self.schedule)
        scene.doc.reset.connect(self.schedule)
        view.viewport_moved.connect(self.update)
        view.zoom_changed.connect(lambda _z: self.update())

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Overview: click or drag to move the view"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 170)

    def schedule(self, *_args) -> None:
        self._timer.start()

    def redraw(self) -> None:
        """Take the scene's overview picture afresh (shared with the far-out view)."""
        overview = self.view.topology_scene().overview
        image = overview.image()
        if image is None or self.width() < 4 or self.height() < 4:
            self._picture = QPixmap()
            self._source = QRectF()
            self.update()
            return
        dpr = self.devicePixelRatioF()
        target = self._target_rect(overview.source)
        scaled = image.scaled(int(target.width() * dpr), int(target.height() * dpr),
                              Qt.AspectRatioMode.IgnoreAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(dpr)
        self._picture = QPixmap.fromImage(scaled)
        self._source = overview.source
        self.update()

    def _target_rect(self, source: QRectF) -> QRectF:
        w, h = self.width() - 8, self.height() - 8
        scale = min(w / source.width(), h / source.height())
        tw, th = source.width() * scale, source.height() * scale
        return QRectF((self.width() - tw) / 2, (self.height() - th) / 2, tw, th)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.schedule()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        self.schedule()
        super().showEvent(event)

    def _to_scene(self, p: QPointF) -> QPointF:
        target = self._target_rect(self._source)
        fx = (p.x() - target.left()) / target.width()
        fy = (p.y() - target.top()) / target.height()
        return QPointF(self._source.left() + fx * self._source.width(),
                       self._source.top() + fy * self._source.height())

    def _to_map(self, r: QRectF) -> QRectF:
        target = self._target_rect(self._source)
        sx = target.width() / self._source.width()
        sy = target.height() / self._source.height()
        return QRectF(target.left() + (r.left() - self._source.left()) * sx,
                      target.top() + (r.top() - self._source.top()) * sy,
                      r.width() * sx, r.height() * sy)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        style = self.view.topology_scene().style
        painter.fillRect(self.rect(), style.c("scene_background"))
        if self._picture.isNull() or self._source.isEmpty():
            return
        painter.drawPixmap(self._target_rect(self._source).topLeft(), self._picture)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        frame = self._to_map(visible).intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        fill = QColor(style.c("highlight"))
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(style.c("highlight"), 1.5))
        painter.drawRect(frame)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if not self._source.isEmpty():
            self.view.centerOn(self._to_scene(event.position()))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and not self._source.isEmpty():
            self.view.centerOn(self._to_scene(event.position()))
