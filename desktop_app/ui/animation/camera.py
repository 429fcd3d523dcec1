"""The camera that follows the packet, and the placement of the packet's card.

While a flow plays or steps (always in presentation mode; in the editor while "Follow the
packet" is on) the view pans and zooms smoothly so that the hop the packet is at, the next hop
and the link between them are in view with names legible (``camera_frame.LEGIBLE_PX``). When
the user zooms or pans by hand, following pauses until Re-centre, the way map apps do. The
framing is computed once per hop; a frame costs one easing step and, while the view moves,
one transform. The card goes beside the token, inside the view, off the current and next
devices (``camera_frame.place_card``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

from desktop_app.diagram import camera_frame as cf
from desktop_app.diagram.geometry import Box
from desktop_app.ui.canvas.items import PodItem

MAX_FOLLOW_ZOOM = 1.7  # closer than this a hop fills the view and the route is lost
SNAP_PX = 2.0  # a camera this close (view pixels) to its shot is there


class PacketCamera(QObject):
    """Moves one view to follow the packet of one controller."""

    following_changed = Signal(bool)  # following (True) or paused by the user's hand (False)

    def __init__(self, controller, view: QGraphicsView | None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.view = view
        self.follow = True  # the editor's "Follow the packet"
        self.presenting = False  # presentation mode follows whatever the toggle says
        self.paused = False  # the user moved the view by hand
        self.shot: cf.Shot | None = None  # where the camera is while it moves
        self.target: cf.Shot | None = None
        self.moves = 0  # camera moves started (benches count them)
        self._driving = False
        self._viewport_size = None
        self._card_choice = 0
        self._card_key: tuple | None = None
        self._jump_steps: list[Callable[[], None] | None] = []  # a jump, a step a frame
        self._restore_card = False  # the card was hidden for that jump
        self._placed: tuple[cf.Shot, cf.Shot] | None = None  # the last shot applied, and
        # where the view ended up
        if view is not None:
            view.viewport().installEventFilter(self)
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.sliderPressed.connect(self.taken_by_hand)
                bar.valueChanged.connect(self._scrolled)
            zoom_changed = getattr(view, "zoom_changed", None)
            if zoom_changed is not None:
                zoom_changed.connect(self._zoomed)

    # -- switches ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.view is not None and (self.follow or self.presenting) and not self.paused

    def set_follow(self, on: bool) -> None:
        self.follow = on
        if on:
            self.recentre()

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        if on:
            self.recentre()

    def recentre(self) -> None:
        """Follow again and frame the current hop at once (the Re-centre button and key)."""
        was_paused = self.paused
        self.paused = False
        if was_paused:
            self.following_changed.emit(True)
        if self.controller.trace is not None:
            self._aim(self.controller.hop)

    def taken_by_hand(self) -> None:
        """The user zoomed or panned: stop following until Re-centre."""
        self.target = None
        self.shot = None
        if self._jump_steps:
            self._end_jump()  # nowhere to go: the card and the layer show again
        if not self.paused and (self.follow or self.presenting) \
                and self.controller.trace is not None:
            self.paused = True
            self.following_changed.emit(False)

    # -- what the controller tells -------------------------------------------------------------
    def arrived(self, index: int) -> None:
        """The packet is at hop ``index`` (after a move or a jump)."""
        self._aim(index)
        self._place_card()

    def leg_started(self, leg: int) -> None:
        self._restore_card = False  # the card waits for the next hop (presentation)
        self._aim(leg)

    def place(self, x: float, y: float) -> None:
        """Move the token and its card."""
        self.controller.overlays.move_packet(x, y)
        self._place_card()

    def moving(self, leg: int, x: float, y: float) -> None:
        """Mid-leg: when the leg is longer than the view, keep the token well inside it."""
        if not self.active or self.target is None:
            return
        view = self.view
        vw, vh = view.viewport().width(), view.viewport().height()
        zoom = self.target.zoom
        margin = min(vw, vh) * 0.18 / zoom
        token = Box(x - margin, y - margin, 2 * margin, 2 * margin)
        moved = cf.keep_inside(self.target, token, vw, vh)
        if moved != self.target:
            self.target = moved
            self._start()

    def advance(self, dt: float) -> bool:
        """One frame of a camera move; True while one is under way."""
        if self._jump_steps:
            step = self._jump_steps.pop(0)
            if step is not None:
                step()
            return True
        if self.target is None or self.view is None:
            return False
        current = self._current() if self.shot is None else self.shot
        step = cf.approach(current, self.target, dt)
        done = cf.arrived(step, self.target)
        self.shot = self.target if done else step
        self._apply(self.shot)
        self._place_card()
        if done:
            self.target = None
            self.shot = None
        return not done

    @property
    def busy(self) -> bool:
        return self.target is not None or bool(self._jump_steps)

    # -- framing -------------------------------------------------------------------------------
    def shot_for(self, index: int) -> cf.Shot | None:
        """Where the camera should be with the packet at hop ``index``."""
        ctl = self.controller
        if ctl.trace is None or ctl.route is None or self.view is None:
            return None
        hops = ctl.trace.hops
        here = self._box(hops[index].device)
        if here is None:
            return None
        there = self._box(hops[index + 1].device) if index + 1 < len(hops) else None
        leg = ctl.route.legs[index].points if index < len(ctl.route.legs) else []
        vp = self.view.viewport()
        names = [hops[index].device] + ([hops[index + 1].device] if there is not None else [])
        least = max(cf.legible_zoom(self.name_pixels(n)) for n in names)
        return cf.frame_hops(here, there, leg, vp.width(), vp.height(), least,
                             max(least, MAX_FOLLOW_ZOOM))

    def name_pixels(self, device: str) -> float:
        """How tall (scene units) the canvas draws a device's name."""
        scene = self.controller.scene
        style = scene.style
        item = scene.item_for.get(device)
        font = style.small_font if isinstance(item, PodItem) else style.label_font
        return float(font.pixelSize())

    def _box(self, device: str) -> Box | None:
        """What a shot must show of a hop: the device and its name, wherever the labels put
        it (a host's title crossed by the path may sit at the far end of its box)."""
        rect = self.controller.device_rect(device)
        if rect is None:
            return None
        name = self.controller.scene.label_rect(f"device:{device}")
        if not name.isEmpty():
            rect = rect.united(name)
        return Box(rect.x(), rect.y(), rect.width(), rect.height())

    def _aim(self, index: int) -> None:
        if not self.active:
            return
        shot = self.shot_for(index)
        if shot is None:
            return
        if self.target is None and (self._already_framed(index, shot) or self._at(shot)):
            # The view shows the hops legibly already, or is where the shot would put it
            # (arriving at a hop and leaving it aim at the same shot): moving would only
            # cost a repaint of the whole view.
            return
        self.target = shot
        if not self.view.isVisible():  # nothing to animate on a hidden view: be there
            self._apply(shot)
            self.target = None
            return
        self._start()

    def _already_framed(self, index: int, shot: cf.Shot) -> bool:
        """Whether the current view already shows hop ``index`` and the next one whole, at a
        zoom between the legible one and the camera's closest."""
        current = self._current()
        hops = self.controller.trace.hops
        shown = [i for i in (index, index + 1) if i < len(hops)]
        least = max(cf.legible_zoom(self.name_pixels(hops[i].device)) for i in shown)
        if not least - 1e-6 <= current.zoom <= max(shot.zoom, MAX_FOLLOW_ZOOM) + 1e-6:
            return False
        vp = self.view.viewport()
        # A shot puts a hop's box MARGIN from the edge; the view can only stop on whole
        # pixels: a pixel's slack keeps that box counted as framed.
        inset = cf.MARGIN - SNAP_PX / current.zoom
        seen = current.visible(vp.width(), vp.height()).grown(-inset, -inset, -inset, -inset)
        for i in shown:
            box = self._box(hops[i].device)
            if box is not None and not _inside(box, seen):
                return False
        return True

    def _at(self, shot: cf.Shot) -> bool:
        """Whether the view is where ``shot`` puts it: near it, or where applying the same
        shot last left it (a view stops short of a shot near the scene's edge)."""
        current = self._current()
        if cf.arrived(current, shot, SNAP_PX):
            return True
        placed = self._placed
        return placed is not None and placed[0] == shot and cf.arrived(current, placed[1], SNAP_PX)

    def _start(self) -> None:
        self.moves += 1
        layer = self.controller.layer
        if layer is not None and self.target is not None and layer.heavy():
            # On a large canvas every frame of a glide would repaint it: jump once, and take
            # the picture the packet plays over again. The work is spread over frames, none
            # of them shared with what arriving at a hop changes (the card, the inspector,
            # the timeline): the view moves (and its labels are placed, when it left the
            # area they were placed for), the picture is taken, and it is shown with the
            # route drawn on it. Meanwhile the layer keeps the last frame, and the card
            # waits rather than show for a frame where the old view had room.
            card = self.controller.overlays.card
            self._restore_card = self._restore_card or card.isVisible()
            card.setVisible(False)
            if not self._jump_steps:
                # None: this frame's tick may have come by or not; the jump waits for the next.
                self._jump_steps = [None, self._jump_view]
        self.controller.wake()

    def _jump_view(self) -> None:
        """Be at the target at once; then the picture, in this frame or the next."""
        shot, self.target, self.shot = self.target, None, None
        ctl = self.controller
        if shot is None or self.view is None:
            self._end_jump()
            return
        if ctl.layer is not None and ctl.layer.wanted:
            ctl.layer.hold()  # the last frame stays until the new picture is ready
        self._apply(shot)
        if self._restore_card and ctl.trace is not None:
            ctl.overlays.card.setVisible(ctl.overlays.card_visible)
        self._restore_card = False
        self._place_card()
        layer = ctl.layer
        if layer is None or not layer.wanted:
            self._jump_steps = []
            return
        if ctl.scene.settle_labels():  # the labels took this frame
            self._jump_steps = [self._jump_picture, layer.release]
        else:
            self._jump_picture()
            self._jump_steps = [layer.release]

    def _jump_picture(self) -> None:
        layer = self.controller.layer
        if layer is not None and layer.wanted:
            layer.activate(hold=True)

    def _end_jump(self) -> None:
        """Stop a jump under way: the card and the layer's picture show again."""
        self._jump_steps = []
        ctl = self.controller
        if self._restore_card and ctl.trace is not None:
            ctl.overlays.card.setVisible(ctl.overlays.card_visible)
            # The card was hidden when the packet arrived: neither it nor the rewrite badge
            # was placed for this hop.
            self.card_changed()
        self._restore_card = False
        if ctl.layer is not None:
            ctl.layer.release()

    def _current(self) -> cf.Shot:
        view = self.view
        centre = view.mapToScene(view.viewport().rect().center())
        return cf.Shot(centre.x(), centre.y(), view.transform().m11())

    def _apply(self, shot: cf.Shot) -> None:
        view = self.view
        self._driving = True
        self._viewport_size = view.viewport().size()
        try:
            set_zoom = getattr(view, "set_zoom", None)
            if set_zoom is not None:
                set_zoom(shot.zoom)
            else:
                view.setTransform(QTransform.fromScale(shot.zoom, shot.zoom))
            view.centerOn(QPointF(shot.cx, shot.cy))
        finally:
            self._driving = False
        self._placed = (shot, self._current())

    def _scrolled(self, _value: int) -> None:
        """Someone else scrolled the view (a find, a hand): stop fighting them. A resize
        scrolls too, and is not a choice of where to look."""
        if self._driving or self.view is None:
            return
        size = self.view.viewport().size()
        if size != self._viewport_size:
            self._viewport_size = size
            return
        if self.target is not None and not self._jump_steps:
            self.taken_by_hand()

    def _zoomed(self, _zoom: float) -> None:
        if not self._driving:
            self.taken_by_hand()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        t = event.type()
        if t == QEvent.Type.Wheel:
            self.taken_by_hand()
        elif t == QEvent.Type.MouseButtonPress and (
                event.button() == Qt.MouseButton.MiddleButton
                or getattr(self.view, "_space", False)):
            self.taken_by_hand()
        return False

    # -- the card ------------------------------------------------------------------------------
    def card_rect(self) -> QRectF:
        """The card's rectangle in viewport pixels."""
        overlays = self.controller.overlays
        card = overlays.card
        origin = self.view.mapFromScene(overlays.token.pos())
        r = card.rect()
        k = overlays.card_scale
        return QRectF(origin.x() + r.x() * k, origin.y() + r.y() * k, r.width() * k,
                      r.height() * k)

    def name_view_rect(self, device: str) -> QRectF | None:
        """Where a device's name is drawn, in viewport pixels (None when it is not drawn)."""
        rect = self.controller.scene.label_rect(f"device:{device}")
        if rect.isEmpty() or self.view is None:
            return None
        return self.view.mapFromScene(rect).boundingRect().toRectF()

    def device_view_rect(self, device: str) -> QRectF | None:
        """A device's rectangle in viewport pixels."""
        rect = self.controller.device_rect(device)
        if rect is None or self.view is None:
            return None
        return self.view.mapFromScene(rect).boundingRect().toRectF()

    def card_changed(self) -> None:
        """The card's content (so its size) or its badges changed: place them again now (a
        hop's look switching to "as sent" after the dwell remade the rewrite badge on the
        token, and nothing placed it again while paused)."""
        self._card_key = None
        self._place_card()

    def _place_card(self) -> None:
        ctl = self.controller
        view = self.view
        if view is None or ctl.trace is None or not ctl.overlays.card_visible \
                or not ctl.overlays.card.isVisible():
            return
        overlays = ctl.overlays
        card = overlays.card
        k = overlays.card_scale
        w, h = card.size()
        if w <= 0:
            return
        token = view.mapFromScene(overlays.token.pos())
        hops = ctl.trace.hops
        avoid = []
        for i in (ctl.hop, ctl.hop + 1):
            if i < len(hops):
                r = self.device_view_rect(hops[i].device)
                if r is not None:
                    avoid.append(Box(r.x(), r.y(), r.width(), r.height()))
                name = self.name_view_rect(hops[i].device)
                if name is not None:  # the name the lesson is about stays readable too
                    avoid.append(Box(name.x(), name.y(), name.width(), name.height()))
        radius = overlays.token.radius * overlays.scale
        avoid.append(Box.around(token.x(), token.y(), 2 * radius, 2 * radius))
        vp = view.viewport()
        key = (token.x(), token.y(), round(w * k), round(h * k), vp.width(), vp.height(),
               tuple(tuple(round(v) for v in a) for a in avoid))
        if key == self._card_key:
            return  # nothing moved: the card stays (most frames of a dwell)
        self._card_key = key
        self._card_choice, box = cf.place_card(
            (token.x(), token.y()), (w * k, h * k), Box(0, 0, vp.width(), vp.height()),
            avoid, radius, self._card_choice)
        card.set_corner(QPointF((box.x - token.x()) / k, (box.y - token.y()) / k))
        inner = Box(cf.EDGE, cf.EDGE, vp.width() - 2 * cf.EDGE, vp.height() - 2 * cf.EDGE)
        self._pin_badges(box, (token.x(), token.y()), avoid, inner)

    def _pin_badges(self, card: Box, token: tuple[float, float], avoid: list[Box],
                    inner: Box) -> None:
        """The rewrite badge above the card (below it when there is no room), the drop sign
        under it, both inside the view; the segment's label slid into view along its bar."""
        overlays = self.controller.overlays
        k = overlays.card_scale
        for badge, above in ((overlays.flash_badge, True), (overlays.drop_badge, False)):
            if not badge.isVisible():
                continue
            w, h = badge.width() * k, badge.height() * k
            spots = [card.y - h - 4, card.bottom + 4]
            if not above:
                spots.reverse()
            spots += [inner.y, inner.bottom - h]
            x = min(max(card.x, inner.x), max(inner.x, inner.right - w))
            inside = [y for y in spots if inner.y <= y and y + h <= inner.bottom] or spots[:1]
            y = min(inside, key=lambda y: sum(
                cf.overlap(Box(x, y, w, h), a) for a in [*avoid, card]))
            badge.place((y - token[1]) / k, (x - token[0]) / k)
        label = overlays.glow_label
        if label.isVisible():
            self._slide_into_view(label, inner)

    def _slide_into_view(self, badge, inner: Box) -> None:
        view = self.view
        k = self.controller.overlays.card_scale
        at = view.mapFromScene(badge.anchor)
        r = badge.boundingRect()
        left, right = at.x() + r.left() * k, at.x() + r.right() * k
        dx = inner.x - left if left < inner.x else min(0.0, inner.right - right)
        zoom = view.transform().m11() or 1.0
        badge.setPos(badge.anchor + QPointF(dx / zoom, 0))


def _inside(box: Box, seen: Box) -> bool:
    return (seen.x <= box.x and box.right <= seen.right
            and seen.y <= box.y and box.bottom <= seen.bottom)
