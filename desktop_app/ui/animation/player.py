"""The animation controller: the current flow and trace, the position on it, speed and playback.

It plays a ``Trace`` from the engine and computes no network behaviour. A 60 Hz timer moves
the token along polylines computed once per trace (``route``); everything that changes per
hop (the look of the token, its card, the inspector) changes on arrival, not per frame.
After any edit the flow is traced again at once, keeping the position where the same hop
still exists, and ``message`` says what the edit changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QPointF, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPainterPath

from desktop_app.engine import FlowRequest, Trace, TraceInputError
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.document import Document
from desktop_app.ui.i18n import sentence_case
from desktop_app.ui.trace_words import input_error_text, outcome_text, trace_detail

from .conversation_play import conversation, describe
from .encapsulation import LAYER_COLOURS
from .overlays import Overlays
from .packet_look import Look, Rewrite, look_at, nsx_vni_map, rewrites
from .packet_token import CardRow
from .playback_layer import PlaybackLayer
from .route import Route, build_route

FRAME_MS = 16
DWELL_MS = 1100.0  # a stop at each hop while playing, at 1×
SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
SPEED_SETTING = "animation/default_speed"  # Preferences → Animation


def default_speed() -> float:
    """The speed playback starts at: the chosen default, 1× when none (or a bad one) is saved."""
    try:
        value = float(QSettings().value(SPEED_SETTING, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return max(0.25, min(4.0, value)) if value == value else 1.0  # NaN reads as unset


def ease_in_out(t: float) -> float:
    """Cubic ease: slow start, slow arrival."""
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def move_ms(length: float) -> float:
    """How long a leg takes at 1×: longer links take longer, within bounds."""
    return max(500.0, min(2200.0, 380.0 + length * 1.1))


class AnimationController(QObject):
    """Holds the flow being shown and plays its trace on a scene."""

    trace_changed = Signal()  # a new trace (or none): rebuild lists
    hop_changed = Signal(int)  # the token reached (or jumped to) this hop
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    request_changed = Signal(object)  # FlowRequest | None
    message = Signal(str)  # a sentence for the user: what an edit changed, why there is no trace
    change_noted = Signal(str)  # what the last edit changed in the trace ("" for a new flow)

    def __init__(self, document: Document, scene: TopologyScene, view=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.scene = scene
        self.view = view
        self.overlays = Overlays(scene)
        self.layer = PlaybackLayer(view, self.overlays) if view is not None else None
        self.request: FlowRequest | None = None
        self.trace: Trace | None = None
        self.route: Route | None = None
        self.hop = 0
        self.playing = False
        self.speed = default_speed()
        self.follow = True
        self.last_message = ""
        self.ui = None  # the widgets install_animation made (AnimationUi), if any
        self.nsx_vnis: dict[int, str] = {}
        # Motion: idle at a hop, dwelling at it while playing, or moving along leg ``hop``.
        self._phase = "idle"
        self._elapsed = 0.0
        self._duration = 0.0
        self._stop_on_arrival = False
        self._showing_sent = True
        self._look: Look | None = None
        self._flash_started = -1.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last_tick = 0.0
        self.frame_log: list[float] | None = None  # tick intervals in ms, when a bench asks
        self.frame_observer: Callable[[float], None] | None = None  # gets each tick's cost (ms)
        self._recompute_pending = False
        document.changed.connect(self._on_document_changed)
        document.reset.connect(self._on_document_reset)

    # -- choosing what to play ---------------------------------------------------------------
    def play_flow(self, flow_id: str, play: bool = True) -> bool:
        """Trace and play one of the file's saved flows."""
        flow = self.document.topology.flow(flow_id)
        if flow is None:
            self._say(self.tr("There is no saved flow '{id}' in this file.").format(id=flow_id))
            return False
        return self.set_request(FlowRequest.from_flow(flow), play=play)

    def set_request(self, request: FlowRequest | None, play: bool = True) -> bool:
        """Trace a flow and show its first hop (and play it); False with a message on bad input."""
        if request is None:
            self.clear()
            return False
        try:
            result = conversation(self.document.topology, request)
        except TraceInputError as exc:
            self._say(self.tr("Cannot trace: {why}.").format(why=input_error_text(exc)))
            return False
        self.request = request
        self.request_changed.emit(request)
        self.change_noted.emit("")
        self._install(result, 0)
        self._say(self.tr("{flow}: {disposition} — {detail}.").format(
            flow=_flow_name(request), disposition=outcome_text(result),
            detail=trace_detail(result)))
        if play and len(result.hops) > 1:
            self.play()
        return True

    def play_trace(self, result: Trace, play: bool = True) -> None:
        """Show a ready-made trace (a bench's, an export preview's); edits do not retrace it."""
        self.request = None
        self.request_changed.emit(None)
        self.change_noted.emit("")
        self._install(result, 0)
        if play and len(result.hops) > 1:
            self.play()

    def clear(self) -> None:
        self.pause()
        self.request = None
        self.trace = None
        self.route = None
        self.hop = 0
        self._look = None
        self.overlays.remove()
        self.request_changed.emit(None)
        self.trace_changed.emit()

    # -- playback ------------------------------------------------------------------------------
    @property
    def hop_count(self) -> int:
        return len(self.trace.hops) if self.trace else 0

    def play(self) -> None:
        if not self.trace or self.playing:
            return
        if self.hop >= self.hop_count - 1 and self._phase != "move":
            self._set_hop(0, sent=False)  # at the end: play again from the start
        self.playing = True
        self._stop_on_arrival = False
        if self._phase == "idle" and self.hop < self.hop_count - 1:
            self._begin_move()
        self._start_timer()
        if self.layer is not None:
            self.layer.want(True)
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.playing:
            return
        self.playing = False
        if self._phase == "dwell":
            self._phase = "idle"
            self._show_look(sent=True)
        if self.layer is not None:
            self.layer.want(False)
        self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step_forward(self) -> None:
        """One hop on, with a short eased move; finishes a move already under way."""
        if not self.trace:
            return
        was_playing = self.playing
        self.pause()
        if self._phase == "move" and not was_playing:
            self._arrive()  # a second press while stepping: land at once
            return
        if self._phase == "move":
            self._stop_on_arrival = True
            return
        if self.hop >= self.hop_count - 1:
            return
        self._stop_on_arrival = True
        self._begin_move(factor=0.55)
        self._start_timer()

    def step_back(self) -> None:
        """Back to the previous hop (or to the start of the leg under way)."""
        if not self.trace:
            return
        self.pause()
        target = self.hop if self._phase == "move" else self.hop - 1
        self.go_to(max(0, target))

    def restart(self) -> None:
        self.go_to(0)
        self.play()

    def go_to_end(self) -> None:
        if self.trace:
            self.go_to(self.hop_count - 1)

    def go_to(self, index: int) -> None:
        """Jump to a hop and stop there."""
        if not self.trace:
            return
        self.pause()
        self._set_hop(max(0, min(index, self.hop_count - 1)), sent=True)

    def set_speed(self, speed: float) -> None:
        speed = max(0.25, min(4.0, float(speed)))
        if speed != self.speed:
            self.speed = speed
            self.speed_changed.emit(speed)

    # -- what the views ask --------------------------------------------------------------------
    def token_pos(self) -> QPointF:
        return self.overlays.token.pos()

    def current_look(self) -> Look | None:
        return self._look

    def look(self, index: int, sent: bool = True) -> Look:
        assert self.trace is not None
        return look_at(self.trace, index, sent, self.nsx_vnis)

    def set_presentation_scale(self, scale: float) -> None:
        self.overlays.set_scale(scale)

    def set_card_visible(self, on: bool) -> None:
        self.overlays.card_visible = on
        if self.trace:
            self.overlays.show_packet(True)

    def route_rect(self) -> QRectF:
        return self.route.bounds() if self.route else QRectF()

    # -- internals: installing a trace ---------------------------------------------------------
    def _install(self, result: Trace, hop: int) -> None:
        self.pause()
        self._timer.stop()
        self.trace = result
        self.nsx_vnis = nsx_vni_map(self.document.topology)
        self.route = build_route(self.scene, result)
        self.overlays.ensure()
        self.trace_changed.emit()
        self._set_hop(max(0, min(hop, len(result.hops) - 1)), sent=True)

    def _set_hop(self, index: int, sent: bool) -> None:
        assert self.trace is not None and self.route is not None
        self._phase = "idle"
        self.hop = index
        x, y = self.route.anchors[index]
        self._place(x, y)
        self.overlays.show_packet(True)
        self._show_hop_marks(index)
        self._show_look(sent=sent)
        self.hop_changed.emit(index)

    def _show_hop_marks(self, index: int) -> None:
        assert self.trace is not None and self.route is not None
        self.overlays.show_route(self.route.path(), self.route.path(upto=index))
        device = self.trace.hops[index].device
        glyph = self.scene.diagram.glyphs.get(device)
        if glyph is not None:
            rect = QRectF(glyph.x, glyph.y, glyph.w, glyph.h)
        else:
            shape = self.scene.diagram.networks.get(device)
            rect = QRectF(shape.box.x, shape.box.y, shape.box.w, shape.box.h) if shape else None
        self.overlays.mark(rect)
        last = index == len(self.trace.hops) - 1
        if last and not self.trace.ok:
            x, y = self.route.anchors[index]
            self.overlays.drop(QPointF(x, y), _sentence(trace_detail(self.trace)))
        else:
            self.overlays.drop(None)

    def _show_look(self, sent: bool) -> None:
        """Dress the token and card for the packet as it arrived at / leaves the current hop."""
        assert self.trace is not None
        self._showing_sent = sent
        look = look_at(self.trace, self.hop, sent, self.nsx_vnis)
        self._look = look
        token = self.overlays.token
        token.set_look(look.core, list(look.rings), str(look.connection), dropped=look.alert)
        rows = [CardRow(c, tag, text) for c, tag, text in look.rows]
        self.overlays.card.set_content(look.title, rows, look.footer, look.alert, token.radius)
        self._show_segment(look)
        if sent:
            self._flash(rewrites(self.trace, self.hop, self.nsx_vnis))
        else:
            self.overlays.flash(None)

    def _flash(self, changes: list[Rewrite]) -> None:
        if not changes or self.route is None:
            self.overlays.flash(None)
            self._flash_started = -1.0
            return
        x, y = self.route.anchors[self.hop]
        text = "   ·   ".join(c.text for c in changes)
        colour = next((c.colour for c in changes if c.colour == "#EA580C"), changes[0].colour)
        self.overlays.flash(QPointF(x, y), text, colour)
        self._flash_started = self._now()
        self._start_timer()

    def _show_segment(self, look: Look) -> None:
        """Light the logical segment the packet travels in (its VNI, the L2 stretch tunnel)."""
        d = self.scene.diagram
        for layer in look.layers:
            if layer.kind == "VXLAN":
                vni = int(layer.title.split()[-1])
                net = self.nsx_vnis.get(vni)
                shape = d.networks.get(net) if net else None
                if shape is not None:
                    path = QPainterPath()
                    b = shape.box
                    if shape.orientation == "v":
                        path.moveTo(b.cx, b.y)
                        path.lineTo(b.cx, b.bottom)
                    else:
                        path.moveTo(b.x, b.cy)
                        path.lineTo(b.right, b.cy)
                    label = self.tr("in VXLAN: logical switch {network} (VNI {vni})").format(
                        network=net, vni=vni)
                    self.overlays.glow(path, LAYER_COLOURS["VXLAN"], label,
                                       QPointF(b.x + min(b.w / 2, 160), b.cy))
                    return
            if layer.kind in ("IPsec", "GRE"):
                tunnel = self._tunnel_item()
                if tunnel is not None:
                    path = tunnel.path()
                    mid = path.pointAtPercent(0.5)
                    label = self.tr("in the {tunnel} tunnel: the stretched L2 segment").format(
                        tunnel=layer.title)
                    self.overlays.glow(path, LAYER_COLOURS[layer.kind], label, mid)
                    return
        self.overlays.glow(None)

    def _tunnel_item(self):
        assert self.trace is not None
        devices = {h.device for h in self.trace.hops if h.kind == "l2-concentrator"}
        for item in self.scene.tunnels.values():
            if item.tunnel and (item.tunnel.a in devices or item.tunnel.b in devices):
                return item
        return None

    # -- internals: motion ---------------------------------------------------------------------
    def _now(self) -> float:
        if not self._clock.isValid():
            self._clock.start()
        return float(self._clock.elapsed())

    def _start_timer(self) -> None:
        if not self._timer.isActive():
            self._last_tick = self._now()
            self._timer.start()

    def _begin_move(self, factor: float = 1.0) -> None:
        assert self.route is not None
        leg = self.route.legs[self.hop]
        self._phase = "move"
        self._elapsed = 0.0
        self._duration = move_ms(leg.length) * factor
        if not self._showing_sent:
            self._show_look(sent=True)
        self.overlays.flash(None)
        self._flash_started = -1.0

    def _arrive(self) -> None:
        """The token reached the next hop."""
        assert self.trace is not None
        index = self.hop + 1
        dwell = self.playing and not self._stop_on_arrival and index < self.hop_count - 1
        self._set_hop(index, sent=not dwell)
        if dwell:
            self._phase = "dwell"
            self._elapsed = 0.0
            self._duration = DWELL_MS
        elif self.playing:
            self._show_look(sent=True)
            self.playing = False
            if self.layer is not None:
                self.layer.want(False)
            self.playing_changed.emit(False)
        self._stop_on_arrival = False

    def _tick(self) -> None:
        started = time.perf_counter()
        now = self._now()
        dt = min(now - self._last_tick, 100.0)
        if self.frame_log is not None:
            self.frame_log.append(now - self._last_tick)
        self._last_tick = now
        if self.trace is None or self.route is None:
            self._timer.stop()
            return
        advance = dt * self.speed
        if self._phase == "move":
            self._elapsed += advance
            leg = self.route.legs[self.hop]
            t = min(1.0, self._elapsed / self._duration) if self._duration > 0 else 1.0
            x, y = leg.point_at(ease_in_out(t))
            self._place(x, y)
            self._keep_in_view(x, y)
            if t >= 1.0:
                self._arrive()
        elif self._phase == "dwell":
            self._elapsed += advance
            if not self._showing_sent and self._elapsed >= self._duration * 0.45:
                self._show_look(sent=True)
            if self._elapsed >= self._duration:
                if self.hop < self.hop_count - 1:
                    self._begin_move()
                else:
                    self._phase = "idle"
        self._animate_flash(now)
        busy = self._phase in ("move", "dwell") or self._flash_started >= 0
        if not busy:
            self._timer.stop()
        if self.frame_observer is not None:
            self.frame_observer((time.perf_counter() - started) * 1000.0)

    def _animate_flash(self, now: float) -> None:
        """A rewrite badge blinks in, then stays while the token is at the hop."""
        if self._flash_started < 0:
            return
        age = now - self._flash_started
        badge = self.overlays.flash_badge
        if age >= 700:
            badge.setOpacity(1.0)
            self._flash_started = -1.0
            return
        badge.setOpacity(0.45 + 0.55 * abs(((age / 175.0) % 2) - 1))

    def _place(self, x: float, y: float) -> None:
        """Move the token and its card; the card goes left of the token near the right edge."""
        self.overlays.move_packet(x, y)
        view = self.view
        if view is None:
            return
        card = self.overlays.card
        px = view.mapFromScene(QPointF(x, y)).x()
        need = (card.offset.x() + card.width() + 16) * self.overlays.card_scale
        width = view.viewport().width()
        card.set_side(px + need > width and px > width - px)

    def _keep_in_view(self, x: float, y: float) -> None:
        view = self.view
        if not self.follow or view is None or not view.isVisible():
            return
        p = view.mapFromScene(QPointF(x, y))
        layer = self.layer
        # On the picture layer, scroll only when the packet is about to leave the view.
        margin = 12 if layer is not None and layer.active else 60
        vp = view.viewport().rect()
        if vp.adjusted(margin, margin, -margin, -margin).contains(p):
            return
        if layer is not None and layer.active:
            # On a large canvas scrolling repaints it: jump once to centre the rest of the
            # leg and take a new picture, rather than creep along at the canvas's pace.
            leg = self.route.legs[self.hop] if self.route and self._phase == "move" else None
            view.centerOn(QPointF(x, y) if leg is None else _leg_rect(leg).center())
            layer.activate()
            return
        view.ensureVisible(QRectF(x - 1, y - 1, 2, 2), 160, 160)

    # -- edits ---------------------------------------------------------------------------------
    def _on_document_changed(self, ids: object) -> None:
        if self.layer is not None:
            self.layer.disturbed()
        if self.request is None or self._recompute_pending:
            return
        self._recompute_pending = True
        # After the scene has redrawn (it listens to the same signal), once per burst of changes.
        QTimer.singleShot(0, self.retrace)

    def _on_document_reset(self) -> None:
        if self.layer is not None:
            self.layer.want(False)
        self.clear()

    def retrace(self) -> None:
        """Trace the current flow again after an edit; keep the position; say what changed."""
        self._recompute_pending = False
        if self.request is None:
            return
        request = self.request
        if request.id:
            flow = self.document.topology.flow(request.id)
            if flow is not None:
                request = FlowRequest.from_flow(flow)
                self.request = request
        old, old_hop = self.trace, self.hop
        try:
            new = conversation(self.document.topology, request)
        except TraceInputError as exc:
            self.pause()
            self.trace, self.route = None, None
            self.overlays.remove()
            self.trace_changed.emit()
            self._say(self.tr("The flow cannot be traced any more: {why}.").format(
                why=input_error_text(exc)))
            self.change_noted.emit(self.last_message)
            return
        was_playing = self.playing
        phase, elapsed = self._phase, self._elapsed
        same = old is not None and old.dumps() == new.dumps()
        hop = old_hop if same else _matching_hop(old, old_hop, new)
        self._install(new, hop)
        if same and phase == "move" and was_playing:
            self.hop = hop
            self._begin_move()
            self._elapsed = elapsed
        if was_playing:
            self.play()
        if not same and old is not None:
            sentence = describe(old, new)
            if sentence:
                self._say(sentence)
                self.change_noted.emit(sentence)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def retranslate(self) -> None:
        """Dress the current hop again: the card, badges and glow say it in the new language."""
        if self.trace is None or self.route is None or self._phase == "move":
            return
        self._show_hop_marks(self.hop)
        self._show_look(sent=self._showing_sent)
        self.hop_changed.emit(self.hop)

    # -- hooks for benches and tests -----------------------------------------------------------
    def run_frames(self, seconds: float, on_frame: Callable[[], None] | None = None) -> None:
        """Not for the UI: advance the animation by hand (tests step time without waiting)."""
        steps = int(seconds * 1000 / FRAME_MS)
        for _ in range(steps):
            self._last_tick = self._now() - FRAME_MS
            self._tick()
            if on_frame:
                on_frame()


def _leg_rect(leg) -> QRectF:
    xs = [p[0] for p in leg.points]
    ys = [p[1] for p in leg.points]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _matching_hop(old: Trace | None, old_hop: int, new: Trace) -> int:
    """The hop in ``new`` standing for the one the user was at in ``old``."""
    if old is None or not old.hops or not new.hops:
        return 0
    here = old.hops[min(old_hop, len(old.hops) - 1)]
    candidates = [h.index for h in new.hops if (h.device, h.segment) == (here.device, here.segment)]
    if candidates:
        return min(candidates, key=lambda i: abs(i - old_hop))
    return min(old_hop, len(new.hops) - 1)


def _flow_name(request: FlowRequest) -> str:
    return request.id or f"{request.source} → {request.to}"


def _sentence(text: str) -> str:
    return sentence_case(text)
