"""Where the packet is on a played trace, as plain state: hop, phase, elapsed time and speed.

The playback clock knows nothing of Qt, scenes or networks: it plays a list of hops joined by
legs of known lengths, in the order given (a reply path is one more list of hops). A Qt
controller feeds it elapsed milliseconds from a timer and mirrors what it reports through a
``PlaybackListener``: a hop reached, the packet dressed as it arrives at or leaves a hop, a
leg begun, the token moved along a leg, playing started or stopped. Keeping it here means the
stepping, seeking and dwelling rules are tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Protocol

DWELL_MS = 1100.0  # a stop at each hop while playing, at 1×
SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
MIN_SPEED, MAX_SPEED = SPEEDS[0], SPEEDS[-1]
STEP_FACTOR = 0.55  # a step's move is quicker than a played one
REVEAL_AT = 0.45  # how far into a dwell the packet shows how it leaves the hop


class Phase(str, Enum):
    """Idle at a hop, dwelling at it while playing, or moving along the leg after it."""

    IDLE = "idle"
    DWELL = "dwell"
    MOVE = "move"


def ease_in_out(t: float) -> float:
    """Cubic ease: slow start, slow arrival."""
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def move_ms(length: float) -> float:
    """How long a leg takes at 1×: longer links take longer, within bounds."""
    return max(500.0, min(2200.0, 380.0 + length * 1.1))


def clamp_speed(speed: float) -> float:
    """A speed within the range the player offers."""
    return max(MIN_SPEED, min(MAX_SPEED, float(speed)))


class PlaybackListener(Protocol):
    """What a view of the playback is told (the Qt controller implements it)."""

    def show_hop(self, index: int, sent: bool) -> None:
        """The packet is at hop ``index``, as it left it (``sent``) or as it arrived."""

    def show_look(self, sent: bool) -> None:
        """Dress the packet at the current hop as it leaves (``sent``) or as it arrived."""

    def leg_started(self, leg: int) -> None:
        """The packet sets off along the leg from hop ``leg`` to hop ``leg + 1``."""

    def moved(self, leg: int, t: float) -> None:
        """The packet is at eased fraction ``t`` (0..1) of leg ``leg``."""

    def play_state_changed(self, playing: bool) -> None:
        """Playing started or stopped."""


class Playback:
    """The position and clock of one played list of hops."""

    def __init__(self, listener: PlaybackListener, speed: float = 1.0) -> None:
        self.listener = listener
        self.legs: tuple[float, ...] = ()  # length of the leg after each hop but the last
        self.hop = 0
        self.phase = Phase.IDLE
        self.elapsed = 0.0  # ms (at 1×) into the current move or dwell
        self.duration = 0.0  # ms (at 1×) the current move or dwell lasts
        self.speed = clamp_speed(speed)
        self.playing = False
        self.sent = True  # the packet is shown as it leaves the hop (False: as it arrived)
        self.stop_on_arrival = False
        self._loaded = False

    # -- what is loaded ------------------------------------------------------------------------
    @property
    def hop_count(self) -> int:
        return len(self.legs) + 1 if self.loaded else 0

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def last(self) -> int:
        return self.hop_count - 1

    @property
    def busy(self) -> bool:
        """True while time matters: the packet moves or dwells."""
        return self.phase != Phase.IDLE

    def load(self, leg_lengths: Sequence[float], hop: int = 0) -> None:
        """Play a new list of hops (one more than legs), standing still at ``hop``."""
        self.pause()
        self.legs = tuple(float(length) for length in leg_lengths)
        self._loaded = True
        self.set_hop(max(0, min(hop, self.last)), sent=True)

    def unload(self) -> None:
        """Nothing to play."""
        self.pause()
        self.legs = ()
        self._loaded = False
        self.hop = 0
        self.phase = Phase.IDLE

    # -- commands ------------------------------------------------------------------------------
    def play(self) -> bool:
        """Start playing (from the start when at the end); True when it started."""
        if not self.loaded or self.playing:
            return False
        if self.hop >= self.last and self.phase != Phase.MOVE:
            self.set_hop(0, sent=False)  # at the end: play again from the start
        self.playing = True
        self.stop_on_arrival = False
        if self.phase == Phase.IDLE and self.hop < self.last:
            self.begin_move()
        self.listener.play_state_changed(True)
        return True

    def pause(self) -> None:
        if not self.playing:
            return
        self.playing = False
        if self.phase == Phase.DWELL:
            self.phase = Phase.IDLE
            self.show_look(sent=True)
        self.listener.play_state_changed(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def step_forward(self) -> bool:
        """One hop on with a short move; finishes a move under way. True when time now runs."""
        if not self.loaded:
            return False
        was_playing = self.playing
        self.pause()
        if self.phase == Phase.MOVE and not was_playing:
            self.arrive()  # a second press while stepping: land at once
            return False
        if self.phase == Phase.MOVE:
            self.stop_on_arrival = True
            return True
        if self.hop >= self.last:
            return False
        self.stop_on_arrival = True
        self.begin_move(factor=STEP_FACTOR)
        return True

    def step_back(self) -> None:
        """Back to the previous hop (or to the start of the leg under way)."""
        if not self.loaded:
            return
        self.pause()
        target = self.hop if self.phase == Phase.MOVE else self.hop - 1
        self.go_to(max(0, target))

    def go_to(self, index: int) -> None:
        """Jump to a hop and stop there."""
        if not self.loaded:
            return
        self.pause()
        self.set_hop(max(0, min(index, self.last)), sent=True)

    def set_speed(self, speed: float) -> bool:
        """Change the speed; True when it changed."""
        speed = clamp_speed(speed)
        if speed == self.speed:
            return False
        self.speed = speed
        return True

    def resume_move(self, elapsed: float) -> None:
        """Carry on the current leg from ``elapsed`` ms (after the same trace was reloaded)."""
        self.begin_move()
        self.elapsed = elapsed

    # -- time ----------------------------------------------------------------------------------
    def advance(self, dt: float) -> bool:
        """Let ``dt`` ms of wall time pass at the current speed; True while still busy."""
        step = dt * self.speed
        if self.phase == Phase.MOVE:
            self.elapsed += step
            t = min(1.0, self.elapsed / self.duration) if self.duration > 0 else 1.0
            self.listener.moved(self.hop, ease_in_out(t))
            if t >= 1.0:
                self.arrive()
        elif self.phase == Phase.DWELL:
            self.elapsed += step
            if not self.sent and self.elapsed >= self.duration * REVEAL_AT:
                self.show_look(sent=True)
            if self.elapsed >= self.duration:
                if self.hop < self.last:
                    self.begin_move()
                else:
                    self.phase = Phase.IDLE
        return self.busy

    # -- the steps the commands are made of ----------------------------------------------------
    def set_hop(self, index: int, sent: bool) -> None:
        self.phase = Phase.IDLE
        self.hop = index
        self.sent = sent
        self.listener.show_hop(index, sent)

    def show_look(self, sent: bool) -> None:
        self.sent = sent
        self.listener.show_look(sent)

    def begin_move(self, factor: float = 1.0) -> None:
        self.phase = Phase.MOVE
        self.elapsed = 0.0
        self.duration = move_ms(self.legs[self.hop]) * factor
        if not self.sent:
            self.show_look(sent=True)
        self.listener.leg_started(self.hop)

    def arrive(self) -> None:
        """The packet reached the next hop: dwell there while playing, else stop."""
        index = self.hop + 1
        dwell = self.playing and not self.stop_on_arrival and index < self.last
        self.set_hop(index, sent=not dwell)
        if dwell:
            self.phase = Phase.DWELL
            self.elapsed = 0.0
            self.duration = DWELL_MS
        elif self.playing:
            self.show_look(sent=True)
            self.playing = False
            self.listener.play_state_changed(False)
        self.stop_on_arrival = False
