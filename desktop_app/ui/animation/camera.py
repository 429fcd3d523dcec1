"""The camera on the packet: which side of the token its card goes, and keeping it in view.

The controller tells the camera where the token is (every frame while it moves) and when a
hop is reached; the camera only touches the view, never the playback state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF


class PacketCamera:
    """Keeps the moving packet in the view's sight."""

    def __init__(self, controller: QObject, view) -> None:
        self.controller = controller
        self.view = view
        self.follow = True

    def set_follow(self, on: bool) -> None:
        self.follow = on

    def place(self, x: float, y: float) -> None:
        """Move the token and its card; the card goes left of the token near the right edge."""
        overlays = self.controller.overlays
        overlays.move_packet(x, y)
        view = self.view
        if view is None:
            return
        card = overlays.card
        px = view.mapFromScene(QPointF(x, y)).x()
        need = (card.offset.x() + card.width() + 16) * overlays.card_scale
        width = view.viewport().width()
        card.set_side(px + need > width and px > width - px)

    def arrived(self, index: int) -> None:
        """The packet is at hop ``index`` (after a move or a jump)."""

    def leg_started(self, leg: int) -> None:
        """The packet sets off along leg ``leg``."""

    def moving(self, leg: int, x: float, y: float) -> None:
        view = self.view
        if not self.follow or view is None or not view.isVisible():
            return
        p = view.mapFromScene(QPointF(x, y))
        layer = self.controller.layer
        # On the picture layer, scroll only when the packet is about to leave the view.
        margin = 12 if layer is not None and layer.active else 60
        vp = view.viewport().rect()
        if vp.adjusted(margin, margin, -margin, -margin).contains(p):
            return
        if layer is not None and layer.active:
            # On a large canvas scrolling repaints it: jump once to centre the rest of the
            # leg and take a new picture, rather than creep along at the canvas's pace.
            route = self.controller.route
            view.centerOn(_leg_rect(route.legs[leg]).center() if route else QPointF(x, y))
            layer.activate()
            return
        view.ensureVisible(QRectF(x - 1, y - 1, 2, 2), 160, 160)

    def advance(self, dt: float) -> bool:
        """Let ``dt`` ms pass for a camera move; True while one is under way."""
        return False


def _leg_rect(leg) -> QRectF:
    xs = [p[0] for p in leg.points]
    ys = [p[1] for p in leg.points]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
