"""Design checks in the window: live intents, the reachability matrix and Compare With….

``install_checks(window)`` adds them to a main window that already has its docks and the
packet animation: the intent watch feeds the Flows and Problems docks and the status bar; the
actions ``view.matrix`` and ``file.compare`` (registered in ``ui.actions``) open the dialogs,
which play what the user picks through the animation's controller.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from desktop_app.engine.differences import FlowChange
from desktop_app.engine.tracer import FlowRequest
from desktop_app.ui.compare_dialog import CompareDialog
from desktop_app.ui.i18n import on_language_change
from desktop_app.ui.intents import IntentWatch
from desktop_app.ui.matrix_dialog import MatrixDialog


@dataclass
class Checks:
    watch: IntentWatch
    matrix: MatrixDialog | None = None
    compare: CompareDialog | None = None


def install_checks(window: QMainWindow) -> Checks:
    """Wire intents, the matrix and Compare With… into ``window``; returns their parts."""
    doc = window.doc  # type: ignore[attr-defined]
    controller = window.animation  # type: ignore[attr-defined]
    watch = IntentWatch(doc, window)
    checks = Checks(watch)
    flows = controller.ui.flows
    problems = getattr(window, "problems", None)
    flows.verdicts = watch.results.get

    def judged() -> None:
        flows.verdicts = watch.results.get
        flows.refresh()
        if problems is not None:
            problems.show_intents(watch.broken)

    watch.judged.connect(judged)
    watch.broke.connect(lambda text: window.statusBar().showMessage(text, 10000))
    if problems is not None:
        problems.flow_activated.connect(lambda flow_id: controller.play_flow(flow_id))
    judged()

    def play(request: FlowRequest) -> None:
        controller.set_request(request)

    def open_matrix() -> MatrixDialog:
        if checks.matrix is None:
            checks.matrix = MatrixDialog(doc, window.scene.selected_ids, window)  # type: ignore[attr-defined]
            checks.matrix.cell_played.connect(play)
        checks.matrix.show()
        checks.matrix.raise_()
        return checks.matrix

    def play_change(change: FlowChange) -> None:
        flow = doc.topology.flow(change.flow_id)
        if flow is not None:
            controller.set_request(FlowRequest.from_flow(flow))
        elif change.after is not None:
            controller.play_trace(change.after)

    def open_compare() -> CompareDialog:
        if checks.compare is None:
            checks.compare = CompareDialog(doc, window.scene, window)  # type: ignore[attr-defined]
            checks.compare.change_selected.connect(play_change)
        checks.compare.retranslate()
        checks.compare.show()
        checks.compare.raise_()
        return checks.compare

    window.action("view.matrix").triggered.connect(open_matrix)  # type: ignore[attr-defined]
    window.action("file.compare").triggered.connect(open_compare)  # type: ignore[attr-defined]
    checks.open_matrix = open_matrix  # type: ignore[attr-defined]
    checks.open_compare = open_compare  # type: ignore[attr-defined]

    def retranslate() -> None:
        for dialog in (checks.matrix, checks.compare):
            if dialog is not None:
                dialog.retranslate()
        judged()

    on_language_change(window, retranslate)
    window.checks = checks  # type: ignore[attr-defined]
    return checks
