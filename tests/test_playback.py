"""The playback clock without Qt: stepping, seeking, dwelling, speed and what a view is told."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.diagram.playback import (
    DWELL_MS,
    STEP_FACTOR,
    Phase,
    Playback,
    ease_in_out,
    move_ms,
)


class Recorder:
    """A view of the playback that writes down what it is told."""

    def __init__(self) -> None:
        self.events: list[tuple] = []

    def show_hop(self, index: int, sent: bool) -> None:
        self.events.append(("hop", index, sent))

    def show_look(self, sent: bool) -> None:
        self.events.append(("look", sent))

    def leg_started(self, leg: int) -> None:
        self.events.append(("leg", leg))

    def moved(self, leg: int, t: float) -> None:
        self.events.append(("moved", leg, t))

    def play_state_changed(self, playing: bool) -> None:
        self.events.append(("playing", playing))

    def hops(self) -> list[int]:
        return [e[1] for e in self.events if e[0] == "hop"]


def loaded(legs=(100.0, 200.0, 300.0), hop: int = 0) -> tuple[Playback, Recorder]:
    view = Recorder()
    clock = Playback(view)
    clock.load(legs, hop)
    return clock, view


def run(clock: Playback, ms: float, frame: float = 16.0) -> None:
    for _ in range(int(ms / frame)):
        clock.advance(frame)


def test_the_clock_imports_no_qt():
    # In a fresh interpreter: the test session itself has Qt loaded.
    code = ("import sys, desktop_app.diagram.playback; "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_loading_stands_still_at_the_hop_as_sent():
    clock, view = loaded(hop=2)
    assert (clock.hop, clock.phase, clock.hop_count) == (2, Phase.IDLE, 4)
    assert view.events == [("hop", 2, True)]
    assert not clock.busy


def test_playing_visits_every_hop_in_order_then_stops():
    clock, view = loaded()
    assert clock.play()
    run(clock, 20_000)
    assert view.hops() == [0, 1, 2, 3]
    assert not clock.playing and clock.hop == 3
    assert view.events[-1] == ("playing", False)


def test_a_played_hop_dwells_as_arrived_then_shows_how_it_leaves():
    clock, view = loaded()
    clock.play()
    run(clock, move_ms(100.0) + 16)
    assert clock.phase == Phase.DWELL and clock.hop == 1 and not clock.sent
    run(clock, DWELL_MS * 0.5)
    assert clock.sent  # shown as it leaves before moving on
    run(clock, DWELL_MS * 0.6)
    assert clock.phase == Phase.MOVE and clock.hop == 1


def test_a_move_follows_the_eased_curve_along_its_leg():
    clock, view = loaded()
    clock.step_forward()
    duration = move_ms(100.0) * STEP_FACTOR
    clock.advance(duration / 2)
    leg, t = [e for e in view.events if e[0] == "moved"][-1][1:]
    assert leg == 0 and t == pytest.approx(ease_in_out(0.5))
    assert ease_in_out(0.0) == 0 and ease_in_out(1.0) == 1


def test_step_forward_lands_on_the_next_hop_and_a_second_press_lands_at_once():
    clock, view = loaded()
    assert clock.step_forward()
    assert clock.phase == Phase.MOVE and clock.hop == 0
    assert not clock.step_forward()
    assert (clock.hop, clock.phase) == (1, Phase.IDLE)
    assert view.hops()[-1] == 1


def test_step_forward_at_the_last_hop_does_nothing():
    clock, _ = loaded(hop=3)
    assert not clock.step_forward()
    assert clock.hop == 3 and clock.phase == Phase.IDLE


def test_step_back_goes_to_the_previous_hop_or_the_start_of_the_leg():
    clock, _ = loaded(hop=2)
    clock.step_back()
    assert clock.hop == 1
    clock.step_forward()
    clock.advance(10)
    clock.step_back()  # mid-leg: back to where the leg began
    assert clock.hop == 1 and clock.phase == Phase.IDLE


def test_go_to_is_clamped_and_stops_playing():
    clock, view = loaded()
    clock.play()
    clock.go_to(99)
    assert clock.hop == 3 and not clock.playing
    clock.go_to(-5)
    assert clock.hop == 0


def test_play_at_the_end_starts_again_from_the_first_hop():
    clock, view = loaded(hop=3)
    clock.play()
    assert clock.hop == 0 and clock.playing and clock.phase == Phase.MOVE
    assert ("hop", 0, False) in view.events


def test_pause_mid_dwell_shows_the_packet_as_it_leaves():
    clock, view = loaded()
    clock.play()
    run(clock, move_ms(100.0) + 16)
    assert clock.phase == Phase.DWELL
    clock.pause()
    assert clock.phase == Phase.IDLE and clock.sent and view.events[-1] == ("playing", False)


def test_speed_scales_time_and_is_clamped():
    slow, _ = loaded()
    fast, _ = loaded()
    fast.set_speed(4.0)
    slow.step_forward()
    fast.step_forward()
    slow.advance(200)
    fast.advance(200)
    assert fast.elapsed == pytest.approx(4 * slow.elapsed)
    assert slow.set_speed(0.01) and slow.speed == 0.25
    assert not slow.set_speed(0.1)  # still 0.25: nothing changed
    assert fast.set_speed(10) is False and fast.speed == 4.0


def test_the_hops_are_a_list_in_the_order_given():
    # Any list of hops plays the same way, whichever direction it runs (a reply path too).
    clock, view = loaded(legs=(50.0,) * 7)
    clock.play()
    run(clock, 60_000)
    assert view.hops() == list(range(8))


def test_resume_move_carries_on_mid_leg_after_a_reload():
    clock, _ = loaded()
    clock.play()
    run(clock, 200)
    elapsed = clock.elapsed
    clock.load([100.0, 200.0, 300.0], clock.hop)
    clock.play()
    clock.resume_move(elapsed)
    assert clock.phase == Phase.MOVE and clock.elapsed == elapsed


def test_nothing_loaded_nothing_plays():
    clock = Playback(Recorder())
    assert not clock.play() and not clock.step_forward()
    clock.step_back()
    clock.go_to(3)
    assert clock.hop_count == 0 and not clock.busy
