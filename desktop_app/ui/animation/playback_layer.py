"""A layer over the canvas that draws the moving packet on a still picture of the canvas.

On a large topology repainting even a small part of the canvas means painting every item
whose box crosses it, which can take longer than a frame. While a trace plays on such a
canvas the animation's items leave the scene for a holding scene; this opaque widget, laid
over the canvas's viewport, shows a picture of the viewport taken once and paints the
animation's items over it, so a frame costs a blit. Anything that changes what lies under
it (an edit, a selection, a click, a scroll, a zoom, a resize) puts the items back on the
canvas at once; a new picture is taken when the canvas has been still for a moment. (Hover
highlights do not show through the picture while it plays.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from .overlays import Overlays

HEAVY_ITEMS = 1500  # canvases with more items than this play on the layer
SETTLE_MS = 1200  # how long the canvas must stay still before a new picture is taken
LINGER_MS = 1500  # a pause this short (Restart, the next flow) keeps the picture


class PlaybackLayer(QWidget):
    """Covers the view's viewport while active; transparent to the mouse."""

    def __init__(self, view: QGraphicsView, overlays: Overlays):
        super().__init__(view)
        self.setObjectName("playback_layer")
        self.view = view
        self.overlays = overlays
        self.holding = QGraphicsScene(self)
        self.picture = QPixmap()
        self.composite = QPixmap()
        self._route = QPixmap()
        self._route_key = None
        self._composite_version = -1
        self._route = QPixmap()  # the whole route's line alone, over the picture's area
        self._route_key: tuple[int, int] | None = None
        self._heavy: tuple[tuple[int, int], bool] | None = None  # (scene, threshold), answer
        self.active = False
        self.held = False  # showing the last frame while a new picture waits (see activate)
        self.wanted = False
        self.threshold = HEAVY_ITEMS
        self.activations = 0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.hide()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._try_activate)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(lambda: None if self.wanted else self.deactivate())
        self._dirty = QRect()  # what the items covered when last painted (widget pixels)
        self._watched_scene: QGraphicsScene | None = None
        view.horizontalScrollBar().valueChanged.connect(self._scrolled)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.viewport().installEventFilter(self)
        self.holding.changed.connect(self._items_changed)

    # -- when -----------------------------------------------------------------------------------
    def heavy(self) -> bool:
        scene = self.view.scene()
        if scene is None:
            return False
        # Counting wraps every item for Python (a millisecond or two on a large canvas, and
        # the camera asks at every jump): counted once per play, and again after an edit.
        key = (id(scene), self.threshold)
        if self._heavy is None or self._heavy[0] != key:
            self._heavy = (key, len(scene.items()) > self.threshold)
        return self._heavy[1]

    def want(self, on: bool) -> None:
        """The controller plays (True) or stops (False); the layer follows when it pays off."""
        self.wanted = on
        if not on:
            self._settle.stop()
            if self.active:
                self._linger.start()
        else:
            self._linger.stop()
            self._heavy = None  # another file may be open since: count again
            if not self.active and self.heavy():
                self._try_activate()

    def _try_activate(self) -> None:
        if self.wanted and not self.active and self.heavy() and self.view.isVisible():
            self.activate()

    def activate(self, hold: bool = False) -> None:
        """Lift the animation's items off the canvas, take the picture, cover the viewport.

        ``hold``: when already covering, keep the last frame on screen until ``release`` (the
        camera's jump: the picture is taken in one frame, the route drawn on it and shown in
        the next, so that no frame pays for both)."""
        self._settle.stop()
        scene = self.view.scene()
        hold = (hold or self.held) and self.active and not self.composite.isNull()
        if not self.active:
            self.overlays.lift(self.holding)
        # The picture is of the canvas alone; painting it is the one slow step, done once.
        self.picture = self.view.viewport().grab()
        self._composite_version = -1
        if self.geometry() != self.view.viewport().geometry():
            self.setGeometry(self.view.viewport().geometry())
        was_active, self.active = self.active, True
        self.activations += 1
        if self._watched_scene is not scene:
            if self._watched_scene is not None:
                self._watched_scene.selectionChanged.disconnect(self._disturbed)
            scene.selectionChanged.connect(self._disturbed)
            self._watched_scene = scene
        if not was_active or not self.isVisible():
            self.show()
            self.raise_()
        self._dirty = QRect()
        self.held = hold
        if not hold:
            self.update()

    def hold(self) -> None:
        """Keep the last frame on screen, whatever moves, until ``release``: the view is
        about to move under the layer, and a new picture will be taken (``activate``)."""
        if self.active and not self.composite.isNull():
            self.held = True

    def release(self) -> None:
        """Show the picture taken with ``activate(hold=True)``."""
        if self.held:
            self.held = False
            self._dirty = QRect()
            self.update()

    def deactivate(self) -> None:
        self._linger.stop()
        self.held = False
        if not self.active:
            return
        self.active = False
        self.hide()
        self.overlays.lower()
        self.picture = QPixmap()
        self.composite = QPixmap()
        self._route = QPixmap()
        self._route_key = None

    def disturbed(self, *_args) -> None:
        """What lies under the picture changed: back to the canvas, a new picture later."""
        self._heavy = None
        self._disturbed()

    def _scrolled(self, _value: int) -> None:
        if not self.held:  # held: whoever moves the view takes the next picture
            self._disturbed()

    def _disturbed(self, *_args) -> None:
        if self.active:
            self.deactivate()
        if self.wanted:
            self._settle.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        t = event.type()
        if t in (QEvent.Type.Resize, QEvent.Type.Wheel, QEvent.Type.MouseButtonPress,
                 QEvent.Type.KeyPress) or (t == QEvent.Type.MouseMove and event.buttons()):
            self._disturbed()
        return False

    # -- drawing --------------------------------------------------------------------------------
    def _moving_items(self) -> list:
        static = set(map(id, self.overlays.static_items()))
        return [i for i in self.holding.items()
                if i.isVisible() and i.parentItem() is None and id(i) not in static]

    def _items_rect(self) -> QRect:
        view_transform = self.view.viewportTransform()
        rect = QRectF()
        for item in self._moving_items():
            rect = rect.united(item.deviceTransform(view_transform).mapRect(item.boundingRect()))
        return rect.toAlignedRect().adjusted(-2, -2, 2, 2)

    def _items_changed(self, _regions) -> None:
        """Repaint where the packet was and is: the route and marks change only at hops."""
        if not self.active or self.held:
            return  # (held: the whole layer is repainted at release)
        if self.overlays.static_version != self._composite_version:
            self.update()
            self._dirty = self._items_rect()
            return
        now = self._items_rect()
        self.update(now.united(self._dirty))
        self._dirty = now

    def _paint_items(self, painter: QPainter, items, clip: QRect | None = None) -> None:
        view_transform = self.view.viewportTransform()
        option = QStyleOptionGraphicsItem()
        for item in sorted(items, key=lambda i: i.zValue()):
            transform = item.deviceTransform(view_transform)
            bounds = item.boundingRect()
            if clip is not None and not transform.mapRect(bounds).intersects(QRectF(clip)):
                continue
            painter.save()
            painter.setTransform(transform)
            painter.setOpacity(item.opacity())
            option.exposedRect = bounds
            item.paint(painter, option, None)
            painter.restore()

    def _compose(self) -> None:
        """The picture with the route, marker and glow drawn on it, once per hop."""
        self.composite = QPixmap(self.picture)
        painter = QPainter(self.composite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        static = [i for i in self.overlays.static_items() if i.isVisible()]
        route = self.overlays.route_line()
        if route is not None and route in static:
            # The whole route's dashed line is the costly one (Qt dashes every piece of a
            # long route), and it changes only with the trace: drawn once per picture.
            z = route.zValue()
            self._paint_items(painter, [i for i in static if i.zValue() < z])
            painter.resetTransform()
            painter.drawPixmap(0, 0, self._route_picture(route))
            self._paint_items(painter, [i for i in static if i.zValue() > z])
        else:
            self._paint_items(painter, static)
        painter.end()
        self._composite_version = self.overlays.static_version

    def _route_picture(self, route) -> QPixmap:
        key = (self.picture.cacheKey(), self.overlays.route_version)
        if key != self._route_key:
            self._route_key = key
            self._route = QPixmap(self.picture.size())
            self._route.setDevicePixelRatio(self.picture.devicePixelRatio())
            self._route.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._route)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_items(painter, [route])
            painter.end()
        return self._route

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.overlays.static_version != self._composite_version or self.composite.isNull():
            self._compose()
        painter = QPainter(self)
        painter.drawPixmap(QRectF(event.rect()), self.composite,
                           _scaled(event.rect(), self.composite))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_items(painter, self._moving_items(), event.rect())
        painter.end()


def _scaled(rect, picture: QPixmap) -> QRectF:
    """The part of the picture behind a widget rectangle (the picture has the screen's DPR)."""
    dpr = picture.devicePixelRatio() or 1.0
    return QRectF(rect.x() * dpr, rect.y() * dpr, rect.width() * dpr, rect.height() * dpr)
