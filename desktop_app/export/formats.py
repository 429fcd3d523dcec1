"""Every export format in one table, and one function that makes a file's bytes.

The command line and the File → Export… dialog both go through ``export_bytes``: they differ
only in where the scene comes from (an offscreen one, or the editor's) and in how progress
is shown. Qt is imported only for the formats that draw with it (SVG is written from the
diagram's geometry, without a scene).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.engine.trace import Trace
from desktop_app.model import topology as t

if TYPE_CHECKING:
    from desktop_app.ui.canvas.scene import TopologyScene

    from .canvas_words import Translate

Progress = Callable[[int, int], bool]  # (done, total) -> keep going
SceneProvider = Callable[[], "TopologyScene"]


@dataclass(frozen=True)
class Format:
    extension: str
    name: str
    qt: bool  # drawn by Qt (needs a scene)
    needs_flow: bool
    vector: bool = False


FORMATS: dict[str, Format] = {f.extension: f for f in (
    Format(".png", "PNG image", qt=True, needs_flow=False),
    Format(".svg", "SVG drawing", qt=False, needs_flow=False, vector=True),
    Format(".pdf", "PDF page", qt=True, needs_flow=False, vector=True),
    Format(".drawio", "diagrams.net (draw.io) diagram", qt=False, needs_flow=False),
    Format(".gif", "animated GIF of a flow", qt=True, needs_flow=True),
    Format(".apng", "animated PNG of a flow", qt=True, needs_flow=True),
    Format(".pcapng", "Wireshark capture of a flow", qt=False, needs_flow=True),
    Format(".md", "hop table (Markdown)", qt=False, needs_flow=True),
    Format(".csv", "hop table (CSV)", qt=False, needs_flow=True),
    Format(".json", "trace (JSON, hybridviz-trace/1)", qt=False, needs_flow=True),
)}
AREAS = ("all", "view")
NO_VIEW = ("without a window there is no visible area; give a flow to frame its path, or export "
           "the whole topology")
PAGES = ("A4", "A3", "Letter")


class ExportInputError(ValueError):
    """Options that cannot make a file (a sentence for the user)."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export; unused options are ignored by formats they do not apply to."""

    extension: str
    trace: Trace | None = None
    area: str = "all"  # all | view
    view_rect: Any = None  # QRectF of the visible area (GUI); None frames the flow's path
    scale: float = 1.0
    transparent: bool = False
    page: str = "A4"
    fps: float = 12.0
    width: int = 1280
    hop_numbers: bool = True
    title: str = ""


def format_for(path: str) -> Format:
    """The format a file name asks for, by its extension."""
    ext = os.path.splitext(path)[1].lower()
    fmt = FORMATS.get(ext)
    if fmt is None:
        known = " ".join(FORMATS)
        said = f"'{ext}'" if ext else "no extension"
        raise ExportInputError(f"{said} is not an export format; end the file name with one of: "
                               f"{known}")
    return fmt


def check(request: ExportRequest) -> Format:
    """Refuse options that cannot work before any drawing starts."""
    fmt = FORMATS.get(request.extension)
    if fmt is None:
        raise ExportInputError(f"'{request.extension}' is not an export format")
    if fmt.needs_flow and request.trace is None:
        raise ExportInputError(f"{fmt.extension} ({fmt.name}) needs a flow: choose one")
    if request.area not in AREAS:
        raise ExportInputError(f"unknown area '{request.area}'; use all or view")
    if not 0 < request.scale <= 16:
        raise ExportInputError(f"the scale must be above 0 and at most 16, not {request.scale:g}")
    if request.page not in PAGES:
        raise ExportInputError(f"unknown page size '{request.page}'; use {', '.join(PAGES)}")
    if not 1 <= request.fps <= 60:
        raise ExportInputError(f"the frame rate must be 1 to 60 frames per second, not {request.fps:g}")
    if not 160 <= request.width <= 4096:
        raise ExportInputError(f"the animation width must be 160 to 4096 pixels, not {request.width}")
    return fmt


def export_bytes(request: ExportRequest, topology: t.Topology, scene: SceneProvider | None = None,
                 progress: Progress | None = None) -> bytes:
    """The bytes of the file ``request`` describes. Raises ExportInputError or ExportError."""
    fmt = check(request)
    tr = request.trace
    if fmt.extension == ".pcapng":
        from .pcap import pcapng_bytes

        return pcapng_bytes(tr)  # type: ignore[arg-type]
    if fmt.extension in (".md", ".csv", ".json"):
        from . import hop_table

        writer = {".md": hop_table.to_markdown, ".csv": hop_table.to_csv,
                  ".json": hop_table.to_json}[fmt.extension]
        return writer(tr).encode("utf-8")  # type: ignore[arg-type]
    if fmt.extension == ".drawio":
        from .drawio import drawio_bytes

        return drawio_bytes(topology, trace=tr if request.hop_numbers else None)
    if fmt.extension == ".svg":
        return _svg(request, topology, progress)
    if scene is None:
        raise ExportInputError(f"{fmt.extension} ({fmt.name}) needs the diagram, which is not available")
    return _drawn(fmt, request, scene(), progress)


def _svg(request: ExportRequest, topology: t.Topology, progress: Progress | None) -> bytes:
    from desktop_app.ui.canvas import geometry as g
    from desktop_app.ui.canvas.auto_layout import complete_diagram

    from . import svg
    from .canvas_words import english
    from .overlay import flow_area

    if progress is not None:
        progress(0, 1)
    _, diagram = complete_diagram(topology)
    area = None
    if request.area == "view":
        rect = request.view_rect
        if rect is not None:  # the window's visible area (a QRectF)
            area = g.Box(rect.x(), rect.y(), rect.width(), rect.height())
        elif request.trace is not None:
            area = flow_area(diagram, request.trace)
        else:
            raise ExportInputError(NO_VIEW)
    data = svg.render(topology, diagram, svg.SvgOptions(
        area=area, transparent=request.transparent, trace=request.trace,
        hop_numbers=request.hop_numbers, title=request.title,
        translate=_qt_translate() or english))
    if progress is not None:
        progress(1, 1)
    return data


def _qt_translate() -> Translate | None:
    """Qt's translator when the app runs (the canvas's words in its language), else None."""
    qtcore = sys.modules.get("PySide6.QtCore")  # never imported here: the CLI has no Qt
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return None
    return qtcore.QCoreApplication.translate


def _drawn(fmt: Format, request: ExportRequest, scene: TopologyScene,
           progress: Progress | None) -> bytes:
    from . import diagram

    area = None
    if request.area == "view":
        area = request.view_rect
        if area is None:
            if request.trace is None:
                raise ExportInputError(NO_VIEW)
            area = diagram.flow_area(scene, request.trace)
    if fmt.extension in (".gif", ".apng"):
        from . import animation

        options = animation.AnimationOptions(width=request.width, fps=request.fps, area=area)
        make = animation.gif_bytes if fmt.extension == ".gif" else animation.apng_bytes
        return make(scene, request.trace, options, progress)  # type: ignore[arg-type]
    options = diagram.DiagramOptions(area=area, scale=request.scale, transparent=request.transparent,
                                     trace=request.trace, hop_numbers=request.hop_numbers,
                                     page=request.page, title=request.title)
    if progress is not None:
        progress(0, 1)
    render = {".png": diagram.render_png, ".pdf": diagram.render_pdf}[fmt.extension]
    data = render(scene, options)
    if progress is not None:
        progress(1, 1)
    return data
