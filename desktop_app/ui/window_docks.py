"""The main window's panels beside the canvas (inspector, problems, history) and the sizes
they start with, so the canvas keeps most of the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from .main_window import MainWindow


def add_panels(window: MainWindow) -> None:
    """The inspector, problems and history docks (written beside this window)."""
    try:
        from .inspector.dock import InspectorDock

        window.inspector = InspectorDock(window.doc, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.inspector)
        window.panels.append(window.inspector)
    except ImportError:
        pass
    try:
        from .problems_dock import ProblemsDock

        window.problems = ProblemsDock(window.doc, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.problems)
        window.problems.subject_activated.connect(window.reveal)
        # Problems again after a clean spell: give the list back its room.
        window.problems.collapsed_changed.connect(
            lambda empty: None if empty else window.resizeDocks(
                [window.problems], [190], Qt.Orientation.Vertical))
        window.panels.append(window.problems)
    except ImportError:
        pass
    try:
        from .history_dock import HistoryDock

        window.history = HistoryDock(window.doc, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.history)
        if window.problems is not None:
            window.tabifyDockWidget(window.problems, window.history)
            window.problems.raise_()
        window.panels.append(window.history)
    except ImportError:
        pass


def initial_dock_sizes(window: MainWindow) -> None:
    """Leave the canvas most of the window (restored sizes win when there are some)."""
    left = [d for d in (window.palette_dock,) if d is not None]
    right = [d for d in (window.inspector,) if d is not None]
    bottom = [d for d in (window.problems,) if d is not None]
    window.resizeDocks(left + right, [210] * len(left) + [340] * len(right),
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.palette_dock, window.minimap_dock], [480, 180],
                       Qt.Orientation.Vertical)
    if bottom:
        window.resizeDocks(bottom, [190], Qt.Orientation.Vertical)  # timeline + legend
