"""A flow as an animation (GIF, APNG): the packet token walks the path, a caption per hop.

Captions wrap (every frame is as tall as the longest needs), so no frame cuts a word off.

The scene and the flow's path are rendered once (Qt, offscreen is fine); every frame is a
copy of that picture with the token, a ring on the current device and a caption with the
hop's key fields (device, action, outer and inner addresses, VNI or tunnel, size). Qt draws
the frames, so labels in any script come out as the app shows them; Pillow encodes them.
Each hop gets one still frame held for ``hold`` seconds, then the token moves to the next
hop in ``move`` seconds at ``fps`` frames per second.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from desktop_app.diagram.flow_path import FlowPath, flow_path
from desktop_app.diagram.text_metrics import wrap_lines
from desktop_app.engine.trace import Hop, Trace
from desktop_app.export import hop_table
from desktop_app.ui.render.diagram import DiagramOptions, ExportError, flow_area, render_image

if TYPE_CHECKING:
    from PIL import Image

    from desktop_app.ui.canvas.scene import TopologyScene

TOKEN = "#E11D48"
CAPTION_BG = "#111827"
CAPTION_TEXT = "#F9FAFB"
CAPTION_MUTED = "#CBD5E1"
CAPTION_LINES = 4
MAX_FRAMES = 5000

Progress = Callable[[int, int], bool]  # (done, total) -> keep going


class ExportCancelled(Exception):
    """The user cancelled a long export."""


@dataclass(frozen=True)
class AnimationOptions:
    width: int = 1280  # pixels; the height follows the area's shape plus the caption
    fps: float = 12.0
    hold: float = 1.2  # seconds on each hop
    move: float = 0.5  # seconds from one hop to the next
    area: QRectF | None = None  # scene area; None frames the flow's path
    loop: bool = True


def caption_lines(trace: Trace, hop: Hop) -> list[str]:
    """The caption under a frame: the flow, then the hop's key fields."""
    name = f"{trace.flow.id}: " if trace.flow.id else ""
    head = f"{name}{trace.flow.headline()} — {trace.disposition}"
    if trace.conversation is not None:
        head += f", conversation {trace.conversation.outcome}"
    if hop.direction == "reply":
        head = "↩ reply · " + head
    where = f" on {hop.on_host}" if hop.on_host and hop.on_host != hop.device else ""
    lines = [head, f"hop {hop.index} of {len(trace.hops) - 1}: {hop.device}{where} — "
                   f"{hop.summary or hop.kind}"]
    addresses = hop_table.addresses(hop)
    parts = addresses.split(" | ") if addresses else []
    if len(parts) > 1:
        lines.append(f"outer {parts[0]}   inner {parts[-1]}")
    elif parts:
        lines.append(parts[0])
    else:
        lines.append("")
    extra = [hop_table.encapsulation(hop)]
    if hop.frame_bytes is not None:
        extra.append(f"{hop.frame_bytes} bytes" + (f" / MTU {hop.mtu}" if hop.mtu else ""))
    if hop.index == trace.hops[-1].index:
        extra.append(trace.conversation.detail if trace.conversation is not None else trace.detail)
    lines.append("  ·  ".join(x for x in extra if x))
    return lines


@dataclass
class _Frames:
    scene_area: QRectF
    scale: float
    background: QImage
    path: FlowPath
    caption_h: int
    font: QFont
    bold: QFont
    captions: list[list[tuple[str, bool]]]  # per hop: its caption's lines, wrapped (bold?)


def wrapped_caption(trace: Trace, hop: Hop, font: QFont, bold: QFont, width: float
                    ) -> list[tuple[str, bool]]:
    """The caption of a hop in lines that fit ``width`` pixels: wrapped, never cut."""
    out: list[tuple[str, bool]] = []
    for i, line in enumerate(caption_lines(trace, hop)):
        heavy = i == 1
        measure = _QtMeasure(QFontMetricsF(bold if heavy else font))
        out.extend((part, heavy) for part in (wrap_lines(line, measure, width) or [line]))
    return out


class _QtMeasure:
    def __init__(self, metrics: QFontMetricsF):
        self.metrics = metrics

    def width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)

    def elide(self, text: str, width: float) -> str:
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _prepare(scene: TopologyScene, trace: Trace, options: AnimationOptions) -> _Frames:
    if not trace.hops:
        raise ExportError("the trace has no hops to animate")
    if not 1 <= options.fps <= 60:
        raise ExportError(f"the frame rate must be between 1 and 60 per second, not {options.fps}")
    if not 160 <= options.width <= 4096:
        raise ExportError(f"the width must be between 160 and 4096 pixels, not {options.width}")
    area = options.area or flow_area(scene, trace)
    scale = options.width / area.width()
    picture = render_image(scene, DiagramOptions(area=area, scale=scale, trace=trace))
    font = QFont()
    font.setPixelSize(max(11, min(18, round(options.width / 80))))
    bold = QFont(font)
    bold.setBold(True)
    line_h = QFontMetricsF(font).height()
    # Every frame has the same size, tall enough for the longest caption of the flow.
    captions = [wrapped_caption(trace, hop, font, bold, picture.width() - 24 - 2)
                for hop in trace.hops]
    lines = max([CAPTION_LINES, *(len(c) for c in captions)])
    caption_h = math.ceil(line_h * lines + 16)
    background = QImage(picture.width(), picture.height() + caption_h, QImage.Format.Format_RGB32)
    background.fill(QColor(CAPTION_BG))
    p = QPainter(background)
    p.fillRect(0, 0, picture.width(), picture.height(), QColor("#FFFFFF"))
    p.drawImage(0, 0, picture)
    p.end()
    return _Frames(area, scale, background, flow_path(scene.diagram, trace), caption_h, font, bold,
                   captions)


def _frame(f: _Frames, trace: Trace, i: int, token: tuple[float, float]) -> QImage:
    image = f.background.copy()
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)

    def to_image(x: float, y: float) -> QPointF:
        return QPointF((x - f.scene_area.x()) * f.scale, (y - f.scene_area.y()) * f.scale)

    stop = f.path.stops[i]
    ring = max(14.0, 34 * f.scale)
    p.setPen(QPen(QColor(TOKEN), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(to_image(*stop), ring, ring)
    glow = QColor(TOKEN)
    glow.setAlpha(90)
    centre = to_image(*token)
    radius = max(6.0, 11 * f.scale)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(glow)
    p.drawEllipse(centre, radius * 1.8, radius * 1.8)
    p.setPen(QPen(QColor("#FFFFFF"), 2))
    p.setBrush(QColor(TOKEN))
    p.drawEllipse(centre, radius, radius)

    top = image.height() - f.caption_h + 8
    line_h = QFontMetricsF(f.font).height()
    width = image.width() - 24
    for n, (line, heavy) in enumerate(f.captions[i]):
        p.setFont(f.bold if heavy else f.font)
        p.setPen(QColor(CAPTION_TEXT if heavy else CAPTION_MUTED))
        p.drawText(QRectF(12, top + n * line_h, width, line_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
    p.end()
    return image


def frame_plan(trace: Trace, options: AnimationOptions) -> list[tuple[int, float, int]]:
    """(hop index in the trace, fraction along the leg to the next hop, duration in ms)."""
    step = 1000.0 / options.fps
    hold_ms = max(step, options.hold * 1000)
    moves = max(1, round(options.move * options.fps))
    plan: list[tuple[int, float, int]] = []
    for i in range(len(trace.hops)):
        last = i == len(trace.hops) - 1
        plan.append((i, 0.0, round(hold_ms * (2 if last else 1))))
        if not last:
            plan += [(i, k / moves, round(step)) for k in range(1, moves)]
    if len(plan) > MAX_FRAMES:
        raise ExportError(f"{len(plan)} frames is too many; lower the frame rate")
    return plan


def frames(scene: TopologyScene, trace: Trace, options: AnimationOptions,
           progress: Progress | None = None) -> Iterator[tuple[QImage, int]]:
    """Every frame with its duration in milliseconds; ``progress`` returning False cancels."""
    trace = trace.played()  # a conversation plays its request, then its reply
    f = _prepare(scene, trace, options)
    plan = frame_plan(trace, options)
    for n, (i, fraction, duration) in enumerate(plan):
        if progress is not None and not progress(n, len(plan)):
            raise ExportCancelled
        token = f.path.legs[i].point_at(fraction) if i < len(f.path.legs) else f.path.stops[i]
        yield _frame(f, trace, i, token), duration
    if progress is not None:
        progress(len(plan), len(plan))


def to_pillow(image: QImage) -> Image.Image:
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()),
                            "raw", "RGB", rgb.bytesPerLine(), 1).copy()


def gif_bytes(scene: TopologyScene, trace: Trace, options: AnimationOptions = AnimationOptions(),
              progress: Progress | None = None) -> bytes:
    """An animated GIF; one palette for all frames, taken from the first one."""
    from PIL import Image

    images: list[Image.Image] = []
    durations: list[int] = []
    palette: Image.Image | None = None
    for image, duration in frames(scene, trace, options, progress):
        rgb = to_pillow(image)
        if palette is None:
            palette = rgb.quantize(colors=255, method=Image.Quantize.MEDIANCUT)
        images.append(rgb.quantize(palette=palette, dither=Image.Dither.NONE))
        durations.append(duration)
    out = io.BytesIO()
    looping = {"loop": 0} if options.loop else {}  # no loop extension: play once
    images[0].save(out, format="GIF", save_all=True, append_images=images[1:],
                   duration=durations, optimize=False, disposal=1, **looping)
    return out.getvalue()


def apng_bytes(scene: TopologyScene, trace: Trace, options: AnimationOptions = AnimationOptions(),
               progress: Progress | None = None) -> bytes:
    """An animated PNG: full colour, larger than the GIF."""
    images = []
    durations = []
    for image, duration in frames(scene, trace, options, progress):
        images.append(to_pillow(image))
        durations.append(duration)
    out = io.BytesIO()
    images[0].save(out, format="PNG", save_all=True, append_images=images[1:],
                   duration=durations, loop=0 if options.loop else 1, compress_level=6)
    return out.getvalue()
