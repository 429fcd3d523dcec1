"""The painter ``export_bytes`` needs for the formats Qt draws (PNG, PDF, GIF, APNG).

The export layer knows no scene; whoever has one (the editor's window, or the command line's
offscreen scene) wraps it here and hands the painter down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.export.formats import (
    NO_VIEW,
    ExportInputError,
    ExportRequest,
    Format,
    Painter,
    Progress,
)
from desktop_app.model.writer import dumps

if TYPE_CHECKING:
    from desktop_app.ui.canvas.scene import TopologyScene


def scene_painter(scene: Callable[[], TopologyScene]) -> Painter:
    """A painter drawing on the scene ``scene()`` returns (asked only when a Qt format is made)."""

    def paint(fmt: Format, request: ExportRequest, progress: Progress | None) -> bytes:
        return _drawn(fmt, request, scene(), progress)

    return paint


def _drawn(fmt: Format, request: ExportRequest, scene: TopologyScene,
           progress: Progress | None) -> bytes:
    from desktop_app.ui.render import diagram

    area = None
    if request.area == "view":
        area = request.view_rect
        if area is None:
            if request.trace is None:
                raise ExportInputError(NO_VIEW)
            area = diagram.flow_area(scene, request.trace)
    if fmt.extension in (".gif", ".apng"):
        from desktop_app.ui.render import animation

        options = animation.AnimationOptions(width=request.width, fps=request.fps, area=area)
        make = animation.gif_bytes if fmt.extension == ".gif" else animation.apng_bytes
        return make(scene, request.trace, options, progress)  # type: ignore[arg-type]
    options = diagram.DiagramOptions(area=area, scale=request.scale, transparent=request.transparent,
                                     trace=request.trace, hop_numbers=request.hop_numbers,
                                     page=request.page, title=request.title,
                                     source=dumps(scene.doc.topology))
    if progress is not None:
        progress(0, 1)
    render = {".png": diagram.render_png, ".pdf": diagram.render_pdf}[fmt.extension]
    data = render(scene, options)
    if progress is not None:
        progress(1, 1)
    return data
