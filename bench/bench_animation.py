"""Animation frame pacing: play a 20-hop trace in the real window for a while, record frames.

    uv run python bench/run.py animation           # through the shared runner
    uv run python bench/bench_animation.py          # this file alone, numbers printed
    uv run python bench/bench_animation.py --seconds 3

For the 5,000-device synthetic topology and the reference sample, in the editor (the route
fitted in view, the camera still) and in presentation mode at 1366×768 (the camera following
the packet from hop to hop), the whole animation UI
(canvas, token and card, route, hop inspector, timeline) plays a trace on the Qt event loop
for ``seconds``; every animation tick records the time since the previous one (the frame
interval, which includes the paint that happened in between) and its own cost plus the
viewport's paint time (the frame cost). The baseline, measured in the same run on the same
window, is the idle scene: the same number of frames where only a full repaint of the
viewport is asked for, with nothing moving.

Targets: ≥ 95 % of frame intervals under 20 ms and none over 100 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH.parent) not in sys.path:
    sys.path.insert(0, str(BENCH.parent))

HOPS = 20
SECONDS = 10.0
DEVICES = 5000
TARGET_UNDER_20 = 0.95
PROJECTOR = (1366, 768)


def generate(n: int) -> str:
    """bench/generate.py's ``generate``, imported by path (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("hybridviz_bench_generate", BENCH / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.generate(n)


@dataclass
class Pacing:
    """What one topology's run measured."""

    case: str
    hops: int
    intervals: list[float] = field(default_factory=list)  # ms between animation ticks
    costs: list[float] = field(default_factory=list)  # ms of tick work + viewport paint
    idle_costs: list[float] = field(default_factory=list)  # ms of a full repaint, nothing moving
    start_ms: float = 0.0  # pressing Play (on a large canvas: taking the picture)
    layer: bool = False  # played on the picture layer (a large canvas)

    @property
    def share_under_20(self) -> float:
        return sum(1 for i in self.intervals if i < 20.0) / max(1, len(self.intervals))

    @property
    def worst(self) -> float:
        return max(self.intervals, default=0.0)

    @property
    def over_100(self) -> int:
        return sum(1 for i in self.intervals if i > 100.0)

    @property
    def median_cost(self) -> float:
        return statistics.median(self.costs) if self.costs else 0.0

    @property
    def median_idle(self) -> float:
        return statistics.median(self.idle_costs) if self.idle_costs else 0.0

    @property
    def meets(self) -> bool:
        return self.share_under_20 >= TARGET_UNDER_20 and self.over_100 == 0

    def summary(self) -> str:
        verdict = "meets" if self.meets else "MISSES"
        p95 = sorted(self.intervals)[int(len(self.intervals) * 0.95) - 1] if self.intervals else 0
        how = f"on the picture layer (taken in {self.start_ms:.0f} ms at Play)" if self.layer \
            else "on the canvas"
        return (f"{self.case}: {len(self.intervals)} frames of a {self.hops}-hop trace {how}; "
                f"{self.share_under_20:.1%} under 20 ms, 95th percentile {p95:.1f} ms, "
                f"worst {self.worst:.1f} ms, {self.over_100} over 100 ms ({verdict} the target); "
                f"median frame cost {self.median_cost:.2f} ms vs idle scene repaint "
                f"{self.median_idle:.2f} ms")


class _PaintClock:
    """Times the paint events of widgets (an event filter that runs the paint itself)."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def __init__(self, paint):
                super().__init__()
                self.paint = paint

            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and not clock.busy:
                    clock.busy = True
                    start = time.perf_counter()
                    self.paint(event)
                    clock.last = (time.perf_counter() - start) * 1000.0
                    clock.pending += clock.last
                    clock.busy = False
                    return True
                return False

        self._filter_class = Filter
        self.filters: list = []
        self.busy = False
        self.last = 0.0
        self.pending = 0.0

    def watch(self, widget, paint) -> None:
        f = self._filter_class(paint)
        self.filters.append(f)
        widget.installEventFilter(f)

    def take(self) -> float:
        """Paint time since the last call."""
        out, self.pending = self.pending, 0.0
        return out


def _window(topology_text: str, path_hint: str):
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.model import loads
    from desktop_app.ui.animation import install_animation
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.canvas.view import CanvasView
    from desktop_app.ui.document import Document

    doc = Document(loads(topology_text).topology, path_hint)
    scene = TopologyScene(doc)
    view = CanvasView(scene)
    window = QMainWindow()
    window.setCentralWidget(view)
    controller = install_animation(window, doc, scene, view)
    window.resize(1600, 1000)
    window.show()
    return window, doc, scene, view, controller


def _trace_of(topology, hops: int):
    """The first ``hops`` hops of the longest saved flow (the whole flow if shorter)."""
    from desktop_app.engine import Context, Trace, trace

    ctx = Context(topology)
    longest = max((trace(topology, f, ctx) for f in topology.flows), key=lambda r: len(r.hops))
    return Trace(longest.flow, longest.disposition, longest.detail, longest.hops[:hops])


def _spin(app, seconds: float, until=None) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


def pacing(case: str, topology_text: str, seconds: float = SECONDS, hops: int = HOPS,
           presenting: bool = False) -> Pacing:
    """Play a trace on this topology for ``seconds`` and measure; then the idle baseline.
    ``presenting``: in presentation mode on a 1366×768 window, the camera following the
    packet from hop to hop."""
    from PySide6.QtCore import QTimer

    from desktop_app.ui.render.offscreen import ensure_application

    app = ensure_application()
    window, doc, scene, view, controller = _window(topology_text, f"{case}.yaml")
    try:
        result = _trace_of(doc.topology, hops)
        out = Pacing(case, len(result.hops))
        _spin(app, 0.3)
        controller.play_trace(result, play=False)
        if presenting:
            controller.ui.actions["anim.presentation"].trigger()
            _spin(app, 0.3)
            window.showNormal()  # a projector's screen: the window its size, still presenting
            window.setGeometry(0, 0, *PROJECTOR)
            _spin(app, 0.5, until=lambda: not controller.camera.busy)
        else:
            # As a trainer shows a flow in the editor: the whole route in view.
            controller.follow = False
            view.fit_rect(controller.route_rect(), margin=60)
        clock = _PaintClock()
        clock.watch(view.viewport(), view.viewportEvent)
        if controller.layer is not None:
            clock.watch(controller.layer, controller.layer.paintEvent)
        _spin(app, 0.3)

        # Animation: play (looping at the end) and log each tick's interval and cost.
        controller.set_speed(2.0)  # more legs per second: more of the route and its hops
        controller.playing_changed.connect(
            lambda playing: None if playing else QTimer.singleShot(0, controller.restart))
        started = time.perf_counter()
        controller.play()
        out.start_ms = (time.perf_counter() - started) * 1000.0
        _spin(app, 0.3)  # past the first frames: a large canvas's picture is taken at play
        controller.frame_log = []
        clock.take()
        controller.frame_observer = lambda cost: out.costs.append(cost + clock.take())
        _spin(app, seconds)
        controller.frame_observer = None
        out.intervals = controller.frame_log[1:]  # the first interval spans the start
        controller.frame_log = None
        controller.playing_changed.disconnect()
        controller.pause()
        if controller.layer is not None:
            controller.layer.deactivate()
        out.layer = bool(controller.layer and controller.layer.activations)

        # Idle: full repaints of the same viewport at the same pace, nothing moving (while
        # still presenting: the same view and window size the frames were measured on).
        frames = min(len(out.intervals), 300)
        idle: list[float] = []
        timer = QTimer()
        timer.setInterval(16)

        def repaint() -> None:
            clock.take()
            view.viewport().repaint()
            idle.append(clock.take())

        timer.timeout.connect(repaint)
        timer.start()
        _spin(app, frames * 0.02 + 1.0, until=lambda: len(idle) >= frames)
        timer.stop()
        out.idle_costs = idle
        if presenting:
            controller.ui.actions["anim.leave_presentation"].trigger()
        return out
    finally:
        doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        _spin(app, 0.1)


def run(seconds: float = SECONDS) -> list[Pacing]:
    """Both cases: the reference sample and the 5,000-device synthetic topology."""
    from desktop_app.paths import REFERENCE_SAMPLE

    big = generate(DEVICES)
    return [
        pacing("reference sample", REFERENCE_SAMPLE.read_text(encoding="utf-8"), seconds),
        pacing(f"{DEVICES:,}-device synthetic", big, seconds),
        pacing("reference sample, presenting", REFERENCE_SAMPLE.read_text(encoding="utf-8"),
               seconds, presenting=True),
        pacing(f"{DEVICES:,}-device synthetic, presenting", big, seconds, presenting=True),
    ]


def animation_rows(repeat: int) -> list:
    """Rows for bench/run.py: median frame cost against the idle repaint, and pacing."""
    from run import Row  # bench/run.py, which imports this module

    rows = []
    for p in run(float(os.environ.get("HYBRIDVIZ_BENCH_ANIMATION_SECONDS", SECONDS))):
        rows.append(Row(f"animation frame cost, {p.case} ({p.hops} hops)", p.median_cost,
                        "idle scene full repaint", p.median_idle))
        rows.append(Row(f"frame intervals, {p.case}: {p.share_under_20:.1%} < 20 ms, "
                        f"{p.over_100} > 100 ms", statistics.median(p.intervals),
                        target="≥ 95 % < 20 ms, none > 100 ms"))
    return rows


try:  # registered when bench/run.py imports this module
    from run import section

    section("animation")(animation_rows)
except ImportError:
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Animation frame pacing on two topologies.")
    parser.add_argument("--seconds", type=float, default=SECONDS,
                        help=f"how long to play each trace (default {SECONDS:g})")
    args = parser.parse_args(argv)
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = run(args.seconds)
    for p in results:
        print(p.summary())
    return 0 if all(p.meets for p in results) else 1


if __name__ == "__main__":
    sys.exit(main())
