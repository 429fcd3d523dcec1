"""The flow animation: frames per hop, captions with the hop's key fields, cancelling."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_app.engine import trace
from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui.render import animation
from desktop_app.ui.render.animation import AnimationOptions
from desktop_app.ui.render.diagram import ExportError


@pytest.fixture
def topology():
    return load(REFERENCE_SAMPLE).topology


@pytest.fixture
def scene(qapp, topology):
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.document import Document

    s = TopologyScene(Document(topology))
    yield s
    s.clear()


def test_gif_has_at_least_a_frame_per_hop(scene, topology):
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    data = animation.gif_bytes(scene, result, AnimationOptions(width=480, fps=6))
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "GIF"
        assert im.n_frames >= len(result.hops)
        assert im.size[0] == 480
        assert im.info.get("loop") == 0
        durations = []
        for k in range(im.n_frames):
            im.seek(k)
            durations.append(im.info["duration"])
    # Each hop is held, and the last one longest.
    assert durations.count(max(durations)) == 1 and durations[-1] == max(durations)


def test_frames_differ_as_the_token_moves(scene, topology):
    result = trace(topology, topology.flow("flow2-web-to-db"))
    shots = [img for img, _ in animation.frames(scene, result, AnimationOptions(width=400, fps=4))]
    assert len(shots) >= len(result.hops)
    assert all(a != b for a, b in zip(shots, shots[1:], strict=False))


def test_apng_is_an_animated_png(scene, topology):
    result = trace(topology, topology.flow("flow2-web-to-db"))
    data = animation.apng_bytes(scene, result, AnimationOptions(width=320, fps=2))
    assert data.startswith(b"\x89PNG") and b"acTL" in data
    with Image.open(io.BytesIO(data)) as im:
        assert im.n_frames >= len(result.hops)


def test_caption_carries_the_hops_key_fields(topology):
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    vxlan_hop = next(h for h in result.hops if h.device == "esxi-1")
    lines = animation.caption_lines(result, vxlan_hop)
    text = "\n".join(lines)
    assert "esxi-1" in text and "encap VXLAN 5001" in text
    assert "outer 10.190.20.11 → 10.190.20.12" in text
    assert "inner 203.0.113.25 → 10.10.1.100" in text
    assert "VXLAN 5001" in lines[3] and "MTU 1600" in lines[3]
    last = animation.caption_lines(result, result.hops[-1])
    assert result.detail in last[3]


def test_cancelling_stops_the_export(scene, topology):
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 3

    with pytest.raises(animation.ExportCancelled):
        animation.gif_bytes(scene, result, AnimationOptions(width=320), progress)
    assert seen == [0, 1, 2, 3]


def test_bad_options_are_refused(scene, topology):
    result = trace(topology, topology.flow("flow2-web-to-db"))
    with pytest.raises(ExportError, match="frame rate"):
        animation.gif_bytes(scene, result, AnimationOptions(fps=0))
    with pytest.raises(ExportError, match="width"):
        animation.gif_bytes(scene, result, AnimationOptions(width=10))


def test_frame_plan_holds_each_hop_then_moves(topology):
    result = trace(topology, topology.flow("flow2-web-to-db"))
    plan = animation.frame_plan(result, AnimationOptions(fps=10, hold=1.0, move=0.5))
    holds = [p for p in plan if p[1] == 0.0]
    assert [p[0] for p in holds] == list(range(len(result.hops)))
    assert all(p[2] == 100 for p in plan if p[1] > 0)
    assert len(plan) == len(result.hops) + (len(result.hops) - 1) * 4


def test_every_frame_holds_the_whole_caption(scene, topology):
    """Narrow frames wrap the caption instead of cutting it off at the right edge."""
    from PySide6.QtGui import QFontMetricsF

    result = trace(topology, topology.flow("flow1-internet-to-web"))
    options = AnimationOptions(width=320, fps=2)
    f = animation._prepare(scene, result, options)
    line_h = QFontMetricsF(f.font).height()
    for i, hop in enumerate(result.hops):
        lines = f.captions[i]
        for text, heavy in lines:
            assert QFontMetricsF(f.bold if heavy else f.font).horizontalAdvance(text) \
                <= f.background.width() - 24
        # Nothing dropped: the wrapped lines hold every word of the caption.
        words = " ".join(animation.caption_lines(result, hop)).split()
        assert " ".join(t for t, _ in lines).split() == words
        assert len(lines) * line_h <= f.caption_h - 16 + 0.5
    frames = list(animation.frames(scene, result, options))
    assert len({(img.width(), img.height()) for img, _ in frames}) == 1
