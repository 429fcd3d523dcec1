"""Label placement: what it adds to building the canvas of a 5,000-device topology.

    uv run python bench/run.py labels
    uv run python bench/bench_labels.py

The case builds the scene and its 1400×900 view as opening a file does, fits the view
(a far view of a big diagram: path names and zone titles placed), then zooms to 100 % on the
NSX Edge (the labels of the area around the view placed); the baseline, in the same run,
does the same with label placement switched off (seven runs of each at least, alternately).
Target: the labels add at most 30 % (ratio ≤ 1.3). Also shown: the placement alone (Qt-free,
of the whole diagram, as an export places it) at both zooms, and with flow 1's path as an
obstacle.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for p in (str(BENCH), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import generate  # noqa: E402
from run import Row, compare, measure, section  # noqa: E402

N = 5000
VIEW_SIZE = (1400, 900)


@section("labels")
def label_rows(repeat: int) -> list[Row]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from desktop_app.ui.app import application

    application()
    from desktop_app.diagram import labels as lb
    from desktop_app.diagram import overlay
    from desktop_app.diagram.auto_layout import complete
    from desktop_app.diagram.flow_path import flow_path
    from desktop_app.engine.tracer import trace
    from desktop_app.model import loads
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.canvas.view import CanvasView
    from desktop_app.ui.document import Document

    topology = loads(generate(N)).topology
    topology.layout = complete(topology)
    keep: list[object] = []

    def build(labels: bool) -> None:
        original = TopologyScene.relabel
        if not labels:
            TopologyScene.relabel = lambda self: None  # type: ignore[method-assign]
        try:
            scene = TopologyScene(Document(topology))
            view = CanvasView(scene)
            view.resize(*VIEW_SIZE)
            # Laid out as a window would be (a hidden widget keeps its viewport at the
            # default 640 × 480 until shown), but never put on a screen.
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            view.show()
            view.fit_all()
            scene.relabel()  # what the view's settle timer does
            view.set_zoom(1.0)
            view.centerOn(scene.item_for["esg"])
            scene.relabel()
        finally:
            TopologyScene.relabel = original  # type: ignore[method-assign]
        view.hide()
        keep.append((scene, view))  # deleted untimed, before the next run (``drop``)

    def drop() -> None:
        # Every run starts from the same heap: scenes kept from earlier runs would make each
        # run's garbage collections slower than the one before.
        for scene, view in keep:
            view.setScene(None)
            view.deleteLater()
            scene.deleteLater()
        keep.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    ours, base = compare(lambda: build(True), lambda: build(False), max(repeat, 7), before=drop)
    drop()
    rows = [Row(f"scene build, fit, 100 % (labels), {N:,} devices", ours,
                "the same build without label placement", base, "≤ 1.3×")]

    scene = TopologyScene(Document(topology))
    diagram = scene.diagram
    fit = lb.fit_scale(diagram, *VIEW_SIZE)
    for where, scale in (("100 %", 1.0), (f"fit ({fit:.0%})", fit)):
        rows.append(Row(f"placement alone, {where}, {N:,} devices", measure(
            lambda s=scale: lb.place_labels(topology, diagram, lb.LabelOptions(scale=s)),
            repeat)))
    flow = topology.flows[0]
    result = trace(topology, flow)
    path = flow_path(diagram, result)
    marks = lb.flow_marks(diagram, path, [(str(h.index), xy) for h, xy in
                                          overlay.badge_positions(diagram, result, path)])
    ids = frozenset(h.device for h in result.hops)
    rows.append(Row(f"placement with {flow.id}'s path, 100 %, {N:,} devices", measure(
        lambda: lb.place_labels(topology, diagram, lb.LabelOptions(
            scale=1.0, path_devices=ids, flow=marks)), repeat)))
    return rows


if __name__ == "__main__":
    from run import _table

    print(_table([("labels", r) for r in label_rows(3)]))
