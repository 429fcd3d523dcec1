"""Every export format in one table, and one function that makes a file's bytes.

The command line and the File → Export… dialog both go through ``export_bytes``: they differ
only in the painter they hand it for the formats Qt draws (PNG, PDF, GIF, APNG: a scene of
their own, or the editor's; see ``desktop_app.ui.render.painter``), in the words the canvas
speaks and in how progress is shown. This module never imports Qt: SVG, draw.io, the web page,
captures and hop tables are written from the diagram's geometry and the traces alone. Every
diagram carries the topology's file text (``writer.dumps``) so it opens again as a topology
(``desktop_app.model.embedded`` reads it back).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.diagram.canvas_words import Translate
from desktop_app.engine.trace import Trace
from desktop_app.model.topology import Topology
from desktop_app.model.writer import dumps

from .catalogue import LANGUAGES

Progress = Callable[[int, int], bool]  # (done, total) -> keep going


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
    Format(".html", "interactive web page", qt=False, needs_flow=False),
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
    # The web page plays these flows (all saved flows, or ``trace`` alone when this is empty),
    # in this language (``en`` or ``zh_CN``; the app passes its translator instead).
    traces: tuple[Trace, ...] = ()
    language: str = "en"


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
    if request.language not in LANGUAGES:
        raise ExportInputError(f"no translation into '{request.language}'; use one of: "
                               f"{', '.join(LANGUAGES)}")
    if not 160 <= request.width <= 4096:
        raise ExportInputError(f"the animation width must be 160 to 4096 pixels, not {request.width}")
    return fmt


Painter = Callable[["Format", ExportRequest, "Progress | None"], bytes]
"""Draws the formats marked ``qt`` (PNG, PDF, GIF, APNG); the caller brings it with the scene."""


def export_bytes(request: ExportRequest, topology: Topology, painter: Painter | None = None,
                 progress: Progress | None = None, translate: Translate | None = None) -> bytes:
    """The bytes of the file ``request`` describes. Raises ExportInputError or ExportError.

    ``painter`` draws the Qt formats; ``translate`` gives the canvas's words in the
    interface's language (English without it, as on the command line).
    """
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
        from desktop_app.diagram import geometry
        from desktop_app.diagram.auto_layout import complete
        from desktop_app.diagram.collapse import collapsed_view

        from .drawio import drawio_bytes
        from .drawio_layers import layered

        positions = complete(topology)
        data = drawio_bytes(topology, positions, trace=tr if request.hop_numbers else None)
        drawn, _ = collapsed_view(topology, geometry.compute(topology, positions))
        return layered(data, topology, drawn, dumps(topology))
    if fmt.extension == ".svg":
        from .embed import svg_with_topology

        return svg_with_topology(_svg(request, topology, progress, translate), dumps(topology))
    if fmt.extension == ".html":
        return _html(request, topology, progress, translate)
    if painter is None:
        raise ExportInputError(f"{fmt.extension} ({fmt.name}) needs the diagram, which is not available")
    return painter(fmt, request, progress)


def _svg(request: ExportRequest, topology: Topology, progress: Progress | None,
         translate: Translate | None) -> bytes:
    from desktop_app.diagram import geometry
    from desktop_app.diagram.auto_layout import complete_diagram
    from desktop_app.diagram.canvas_words import english
    from desktop_app.diagram.collapse import collapsed_view
    from desktop_app.diagram.overlay import flow_area

    from . import svg

    if progress is not None:
        progress(0, 1)
    # As the window draws it (and its PNG and PDF, which paint the window's scene): boxes the
    # layout marks collapsed are shut.
    diagram, _ = collapsed_view(topology, complete_diagram(topology)[1])
    area = None
    if request.area == "view":
        rect = request.view_rect
        if rect is not None:  # the window's visible area (a QRectF)
            area = geometry.Box(rect.x(), rect.y(), rect.width(), rect.height())
        elif request.trace is not None:
            area = flow_area(diagram, request.trace)
        else:
            raise ExportInputError(NO_VIEW)
    data = svg.render(topology, diagram, svg.SvgOptions(
        area=area, transparent=request.transparent, trace=request.trace,
        hop_numbers=request.hop_numbers, title=request.title,
        translate=translate or english))
    if progress is not None:
        progress(1, 1)
    return data


def _html(request: ExportRequest, topology: Topology, progress: Progress | None,
          translate: Translate | None) -> bytes:
    from .catalogue import translator
    from .web import html_bytes

    if progress is not None:
        progress(0, 1)
    traces = request.traces or ((request.trace,) if request.trace is not None else ())
    data = html_bytes(topology, traces, dumps(topology),
                      translate or translator(request.language), request.language)
    if progress is not None:
        progress(1, 1)
    return data
