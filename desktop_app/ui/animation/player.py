"""The animation controller: the current flow and trace, and the Qt side of playing it.

It plays a ``Trace`` from the engine and computes no network behaviour. Where the packet is
(hop, phase, elapsed time, speed) lives in the Qt-free ``Playback`` of the diagram layer; this
controller drives it from a 60 Hz timer and mirrors what it reports on the scene: the token
moves along polylines computed once per trace (``route``), and everything that changes per
hop (the look of the token, its card, the inspector) changes on arrival, not per frame.
After any edit the flow is traced again at once, keeping the position where the same hop
still exists, and ``message`` says what the edit changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QElapsedTimer, QObject, QPointF, QRectF, QSettings, Qt, QTimer, Signal

from desktop_app.diagram.playback import SPEEDS, Phase, Playback, clamp_speed
from desktop_app.engine import FlowRequest, Trace, TraceInputError
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.document import Document
from desktop_app.ui.trace_words import (
    input_error_text,
    outcome_text,
    trace_detail,
)

from . import still_heap
from .camera import PacketCamera
from .conversation_play import conversation, describe
from .hop_dressing import HopDressing
from .overlays import Overlays
from .packet_look import Look, look_at, nsx_vni_map
from .playback_layer import PlaybackLayer
from .route import Route, build_route

__all__ = ["SPEEDS", "SPEED_SETTING", "AnimationController", "default_speed"]

FRAME_MS = 16
SPEED_SETTING = "animation/default_speed"  # Preferences → Animation


def default_speed() -> float:
    """The speed playback starts at: the chosen default, 1× when none (or a bad one) is saved."""
    try:
        value = float(QSettings().value(SPEED_SETTING, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return clamp_speed(value) if value == value else 1.0  # NaN reads as unset


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
        self.dressing = HopDressing(scene, self.overlays)
        self.camera = PacketCamera(self, view)
        self.playback = Playback(self, default_speed())
        self.request: FlowRequest | None = None
        self.trace: Trace | None = None
        self.route: Route | None = None
        self.last_message = ""
        self.ui = None  # the widgets install_animation made (AnimationUi), if any
        self.nsx_vnis: dict[int, str] = {}
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
        self.destroyed.connect(partial(still_heap.playing, id(self), False))

    # -- the playback state, as the views read it ----------------------------------------------
    @property
    def hop(self) -> int:
        return self.playback.hop

    @property
    def playing(self) -> bool:
        return self.playback.playing

    @property
    def speed(self) -> float:
        return self.playback.speed

    @property
    def hop_count(self) -> int:
        return len(self.trace.hops) if self.trace else 0

    @property
    def _phase(self) -> Phase:
        return self.playback.phase

    @property
    def follow(self) -> bool:
        """Whether the camera follows the packet (in the editor; presentation always does)."""
        return self.camera.follow

    @follow.setter
    def follow(self, on: bool) -> None:
        self.camera.set_follow(on)

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
        self.playback.unload()
        self.request = None
        self.trace = None
        self.route = None
        self.camera.target = None
        self.dressing.look = None
        self.overlays.remove()
        self.scene.label_layer.raise_above_packet(None)
        self.scene.set_flow(None)  # labels no longer keep off a flow
        self.request_changed.emit(None)
        self.trace_changed.emit()

    # -- playback commands ---------------------------------------------------------------------
    def play(self) -> None:
        if self.trace and self.playback.play():
            self._start_timer()

    def pause(self) -> None:
        self.playback.pause()

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step_forward(self) -> None:
        """One hop on, with a short eased move; finishes a move already under way."""
        if self.trace and self.playback.step_forward():
            self._start_timer()

    def step_back(self) -> None:
        """Back to the previous hop (or to the start of the leg under way)."""
        if self.trace:
            self.playback.step_back()

    def restart(self) -> None:
        self.go_to(0)
        self.play()

    def go_to_end(self) -> None:
        if self.trace:
            self.go_to(self.hop_count - 1)

    def go_to(self, index: int) -> None:
        """Jump to a hop and stop there."""
        if self.trace:
            self.playback.go_to(index)

    def set_speed(self, speed: float) -> None:
        if self.playback.set_speed(speed):
            self.speed_changed.emit(self.playback.speed)

    # -- what the views ask --------------------------------------------------------------------
    def token_pos(self) -> QPointF:
        return self.overlays.token.pos()

    def current_look(self) -> Look | None:
        return self.dressing.look

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

    def device_rect(self, device: str) -> QRectF | None:
        """Where a device of the trace is drawn (scene coordinates)."""
        return self.dressing.device_rect(device)

    # -- PlaybackListener: mirror the playback state on the scene ------------------------------
    def show_hop(self, index: int, sent: bool) -> None:
        assert self.trace is not None and self.route is not None
        x, y = self.route.anchors[index]
        self.camera.place(x, y)
        self.overlays.show_packet(True)
        self.dressing.marks(self.trace, self.route, index)
        self.show_look(sent)
        self.camera.arrived(index)
        self.hop_changed.emit(index)

    def show_look(self, sent: bool) -> None:
        assert self.trace is not None and self.route is not None
        self.dressing.dress(self.trace, self.route, self.playback.hop, sent, self.nsx_vnis)
        # The card's lines and the rewrite badge were made again: place them again.
        self.camera.card_changed()
        if self.dressing.flashing:
            self._flash_started = self._now()
            self._start_timer()
        else:
            self._flash_started = -1.0

    def leg_started(self, leg: int) -> None:
        self.dressing.stop_flash()
        self._flash_started = -1.0
        if self.camera.presenting:
            # On a projector the card is large: it waits at the next hop rather than slide
            # along (a moving card repaints a large part of a close-up canvas every frame).
            self.overlays.card.setVisible(False)
        self.camera.leg_started(leg)

    def moved(self, leg: int, t: float) -> None:
        assert self.route is not None
        x, y = self.route.legs[leg].point_at(t)
        self.camera.place(x, y)
        self.camera.moving(leg, x, y)

    def play_state_changed(self, playing: bool) -> None:
        still_heap.playing(id(self), playing)
        if self.layer is not None:
            self.layer.want(playing)
        self.playing_changed.emit(playing)

    # -- internals -----------------------------------------------------------------------------
    def _install(self, result: Trace, hop: int) -> None:
        self.playback.pause()
        self._timer.stop()
        self.trace = result
        self.nsx_vnis = nsx_vni_map(self.document.topology)
        self.route = build_route(self.scene, result)
        # The canvas keeps the path's names legible and every label off the packet's way.
        self.scene.set_flow(result)
        self.overlays.ensure()
        self.trace_changed.emit()
        self.playback.load([leg.length for leg in self.route.legs], hop)

    def _now(self) -> float:
        if not self._clock.isValid():
            self._clock.start()
        return float(self._clock.elapsed())

    def wake(self) -> None:
        """Something (the camera) needs frames: run the timer."""
        self._start_timer()

    def _start_timer(self) -> None:
        if not self._timer.isActive():
            self._last_tick = self._now()
            self._timer.start()

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
        busy = self.playback.advance(dt)
        if self._flash_started >= 0 and not self.dressing.blink(now - self._flash_started):
            self._flash_started = -1.0
        busy = self.camera.advance(dt) or busy
        if not busy and self._flash_started < 0:
            self._timer.stop()
        if self.frame_observer is not None:
            self.frame_observer((time.perf_counter() - started) * 1000.0)

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
        """Another document (New, Open): nothing of the last one's flow stays on screen."""
        if self.layer is not None:
            self.layer.want(False)
        self.clear()
        self.last_message = ""
        self.change_noted.emit("")

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
            self._lost(exc)
            return
        was_playing = self.playing
        phase, elapsed = self.playback.phase, self.playback.elapsed
        same = old is not None and old.dumps() == new.dumps()
        hop = old_hop if same else _matching_hop(old, old_hop, new)
        self._install(new, hop)
        if same and phase == Phase.MOVE and was_playing:
            self.playback.resume_move(elapsed)
        if was_playing:
            self.play()
        if not same and old is not None:
            sentence = describe(old, new)
            if sentence:
                self._say(sentence)
                self.change_noted.emit(sentence)

    def _lost(self, exc: TraceInputError) -> None:
        """The edited file cannot carry the flow any more: say why, show nothing."""
        self.playback.unload()
        self.trace, self.route = None, None
        self.overlays.remove()
        self.trace_changed.emit()
        self._say(self.tr("The flow cannot be traced any more: {why}.").format(
            why=input_error_text(exc)))
        self.change_noted.emit(self.last_message)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def retranslate(self) -> None:
        """Dress the current hop again: the card, badges and glow say it in the new language."""
        if self.trace is None or self.route is None or self.playback.phase == Phase.MOVE:
            return
        self.dressing.marks(self.trace, self.route, self.hop)
        self.show_look(self.playback.sent)
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
