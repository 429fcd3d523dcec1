"""The editor's scene without a window, for exports from the command line and benchmarks."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop_app.model.topology import Topology

if TYPE_CHECKING:
    from desktop_app.ui.canvas.scene import TopologyScene


def ensure_application():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["hybridviz"])
    return app


@contextmanager
def offscreen_scene(topology: Topology) -> Iterator[TopologyScene]:
    """A ``TopologyScene`` drawing ``topology``, torn down before the caller goes on."""
    ensure_application()
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.document import Document

    document = Document(topology)
    scene = TopologyScene(document)
    try:
        yield scene
    finally:
        # Drop the items while Qt is fully alive rather than at interpreter exit.
        scene.clear()
        scene.deleteLater()
        document.deleteLater()
        del scene, document
        gc.collect()
