"""The camera's move to a hop on a large canvas: framing, the view's new transform and the
repaint it causes, per hop of a trace on the 5,000-device synthetic topology.

    uv run python bench/run.py camera

In presentation mode at 1366×768, for every hop of the longest saved flow: compute the shot
(the hop, the next one, the link, names legible), put the view there at once (the last frame
of a camera move: zoom and centre, and the scene's reaction to the zoom) and repaint the
viewport. The baseline, measured alternately in the same run, is a repaint of the same
viewport with nothing moved. Target: the move and the labels placed for the new view under
16 ms per hop (the repaint is a frame's cost, judged by the animation section's pacing).
"""

from __future__ import annotations

import statistics
import time

from bench_animation import DEVICES, PROJECTOR, _spin, _trace_of, _window, generate

TARGET_MS = 16.0


def camera_hops(text: str, repeat: int = 3
                ) -> tuple[list[float], list[float], list[float], list[float]]:
    """(per-hop camera move + repaint, per-hop repaint alone, the move alone, the move and
    the labels placed for the new view), in ms."""
    from desktop_app.ui.render.offscreen import ensure_application

    app = ensure_application()
    window, doc, scene, view, controller = _window(text, "camera.yaml")
    try:
        result = _trace_of(doc.topology, 40)
        controller.play_trace(result, play=False)
        controller.ui.actions["anim.presentation"].trigger()
        _spin(app, 0.3)
        window.showNormal()
        window.setGeometry(0, 0, *PROJECTOR)
        _spin(app, 0.5)
        camera = controller.camera
        moves: list[float] = []
        still: list[float] = []
        alone: list[float] = []
        relabelled: list[float] = []
        for _ in range(repeat):
            for i in range(len(result.hops)):
                start = time.perf_counter()
                shot = camera.shot_for(i)
                if shot is not None:
                    camera._apply(shot)
                alone.append((time.perf_counter() - start) * 1000.0)
                scene.settle_labels()  # the placement a new view waits for, done now
                relabelled.append((time.perf_counter() - start) * 1000.0)
                view.viewport().repaint()
                moves.append((time.perf_counter() - start) * 1000.0)
                start = time.perf_counter()
                view.viewport().repaint()
                still.append((time.perf_counter() - start) * 1000.0)
        controller.ui.actions["anim.leave_presentation"].trigger()
        return moves, still, alone, relabelled
    finally:
        doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        _spin(app, 0.1)


def camera_rows(repeat: int) -> list:
    from run import Row

    moves, still, alone, relabelled = camera_hops(generate(DEVICES), max(1, repeat // 2))
    worst = max(moves)
    return [Row(f"camera framing + transform per hop, {DEVICES:,}-device synthetic (worst "
                f"{max(alone):.2f} ms)", statistics.median(alone), target=f"< {TARGET_MS:g} ms"),
            Row(f"camera move + relabel per hop, {DEVICES:,}-device synthetic (worst "
                f"{max(relabelled):.1f} ms)", statistics.median(relabelled),
                target=f"< {TARGET_MS:g} ms"),
            # The repaint is a frame's cost: the animation section judges it (frame pacing).
            Row(f"camera move + relabel + repaint per hop, {DEVICES:,}-device synthetic "
                f"(worst {worst:.1f} ms over {len(moves)} hops)", statistics.median(moves),
                "repaint of the same view, nothing moved", statistics.median(still), "")]


try:  # registered when bench/run.py imports this module
    from run import section

    section("camera")(camera_rows)
except ImportError:
    pass
