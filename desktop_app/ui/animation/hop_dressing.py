"""Dressing the scene for one hop: the route so far, the hop's marker, the token's look and card,
the glowing segment the packet travels in, the rewrite badge and the drop sign.

Everything here changes on arrival at a hop (or on a language change), never per frame, so the
playback clock stays cheap. It reads the trace and the scene's diagram and draws through
``Overlays``; it decides nothing about where the packet is (that is ``Playback``'s job).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainterPath

from desktop_app.engine import Trace
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.i18n import sentence_case
from desktop_app.ui.trace_words import trace_detail

from .encapsulation import LAYER_COLOURS
from .overlays import Overlays
from .packet_look import Look, Rewrite, look_at, rewrites
from .packet_token import CardRow
from .route import Route

NAT_COLOUR = "#EA580C"  # a rewrite of addresses wins the badge's colour over others


class HopDressing:
    """Draws what the packet looks like at a hop, on the scene's overlays."""

    def __init__(self, scene: TopologyScene, overlays: Overlays) -> None:
        self.scene = scene
        self.overlays = overlays
        self.look: Look | None = None
        self.flashing = False  # a rewrite badge was just shown: it blinks in

    def device_rect(self, device: str) -> QRectF | None:
        """The scene rectangle of a device's icon (or a network's bar)."""
        diagram = self.scene.diagram
        glyph = diagram.glyphs.get(device)
        if glyph is not None:
            return QRectF(glyph.x, glyph.y, glyph.w, glyph.h)
        shape = diagram.networks.get(device)
        if shape is not None:
            return QRectF(shape.box.x, shape.box.y, shape.box.w, shape.box.h)
        return None

    def marks(self, result: Trace, route: Route, index: int) -> None:
        """The route walked so far, the marker on the hop's device, a drop sign at the end."""
        self.overlays.show_route(route.path(), route.path(upto=index))
        device = result.hops[index].device
        self.overlays.mark(self.device_rect(device))
        # Its name stays readable with the packet resting on it.
        kind = "network" if device in self.scene.diagram.networks else "device"
        self.scene.label_layer.raise_above_packet(f"{kind}:{device}")
        last = index == len(result.hops) - 1
        if last and not result.ok:
            x, y = route.anchors[index]
            self.overlays.drop(QPointF(x, y), sentence_case(trace_detail(result)))
        else:
            self.overlays.drop(None)

    def dress(self, result: Trace, route: Route, index: int, sent: bool,
              vnis: dict[int, str]) -> Look:
        """Dress the token and card for the packet as it arrived at / leaves hop ``index``."""
        look = look_at(result, index, sent, vnis)
        self.look = look
        token = self.overlays.token
        token.set_look(look.core, list(look.rings), str(look.connection), dropped=look.alert)
        rows = [CardRow(c, tag, text) for c, tag, text in look.rows]
        self.overlays.card.set_content(look.title, rows, look.footer, look.alert, token.radius)
        self._segment(result, look, vnis)
        if sent:
            self._flash(route, index, rewrites(result, index, vnis))
        else:
            self.stop_flash()
        return look

    def stop_flash(self) -> None:
        self.overlays.flash(None)
        self.flashing = False

    def _flash(self, route: Route, index: int, changes: list[Rewrite]) -> None:
        if not changes:
            self.stop_flash()
            return
        x, y = route.anchors[index]
        text = "   ·   ".join(c.text for c in changes)
        colour = next((c.colour for c in changes if c.colour == NAT_COLOUR), changes[0].colour)
        self.overlays.flash(QPointF(x, y), text, colour)
        self.flashing = True

    def blink(self, age_ms: float) -> bool:
        """A rewrite badge blinks in, then stays while the token is at the hop; False when done."""
        badge = self.overlays.flash_badge
        if age_ms >= 700:
            badge.setOpacity(1.0)
            self.flashing = False
            return False
        badge.setOpacity(0.45 + 0.55 * abs(((age_ms / 175.0) % 2) - 1))
        return True

    def _segment(self, result: Trace, look: Look, vnis: dict[int, str]) -> None:
        """Light the logical segment the packet travels in (its VNI, the L2 stretch tunnel)."""
        for layer in look.layers:
            if layer.kind == "VXLAN" and self._glow_vxlan(layer.title, vnis):
                return
            if layer.kind in ("IPsec", "GRE") and self._glow_tunnel(result, layer.kind,
                                                                     layer.title):
                return
        self.overlays.glow(None)

    def _glow_vxlan(self, title: str, vnis: dict[int, str]) -> bool:
        vni = int(title.split()[-1])
        net = vnis.get(vni)
        shape = self.scene.diagram.networks.get(net) if net else None
        if shape is None:
            return False
        path = QPainterPath()
        b = shape.box
        if shape.orientation == "v":
            path.moveTo(b.cx, b.y)
            path.lineTo(b.cx, b.bottom)
        else:
            path.moveTo(b.x, b.cy)
            path.lineTo(b.right, b.cy)
        label = QCoreApplication.translate(
            "AnimationController", "in VXLAN: logical switch {network} (VNI {vni})").format(
            network=net, vni=vni)
        self.overlays.glow(path, LAYER_COLOURS["VXLAN"], label,
                           QPointF(b.x + min(b.w / 2, 160), b.cy))
        return True

    def _glow_tunnel(self, result: Trace, kind: str, title: str) -> bool:
        tunnel = self._tunnel_item(result)
        if tunnel is None:
            return False
        path = tunnel.path()
        label = QCoreApplication.translate(
            "AnimationController", "in the {tunnel} tunnel: the stretched L2 segment").format(
            tunnel=title)
        self.overlays.glow(path, LAYER_COLOURS[kind], label, path.pointAtPercent(0.5))
        return True

    def _tunnel_item(self, result: Trace):
        devices = {h.device for h in result.hops if h.kind == "l2-concentrator"}
        for item in self.scene.tunnels.values():
            if item.tunnel and (item.tunnel.a in devices or item.tunnel.b in devices):
                return item
        return None
