"""The open topology: the model, its file, its undo stack, and change notification.

One source of truth: the model (``Topology``) held here. Undo commands change only the
model and then call ``notify``; the scene, inspector and problems dock follow the
``changed`` signal and redraw from the model.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.model import Topology, validate
from desktop_app.model.problems import Problem


class Document(QObject):
    """A topology being edited.

    Signals:
        changed(object): a set of ids (devices, networks, zones, clusters, flows) whose
            model objects changed, or ``None`` when everything may have changed (load, undo
            of a large macro). Listeners redraw those ids from the model. The empty id ``""``
            stands for the topology itself (name, description, settings).
        reset(): the whole topology object was replaced (New, Open, Revert).
        path_changed(str): the file the document is saved to changed.
    """

    changed = Signal(object)
    reset = Signal()
    path_changed = Signal(str)

    def __init__(self, topology: Topology, path: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.topology = topology
        self.path = path
        self.undo_stack = QUndoStack(self)

    # -- state --------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def notify(self, ids: set[str] | None = None) -> None:
        """Tell the views that these ids (or everything, with None) changed in the model."""
        self.changed.emit(ids)

    def replace(self, topology: Topology, path: str | None) -> None:
        """Swap in another topology (New/Open); clears undo history."""
        self.topology = topology
        self.undo_stack.clear()
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.path_changed.emit(path or "")
        self.reset.emit()

    def set_path(self, path: str) -> None:
        self.path = path
        self.path_changed.emit(path)

    def problems(self) -> list[Problem]:
        return validate(self.topology)
