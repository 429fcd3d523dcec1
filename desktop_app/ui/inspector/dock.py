"""The inspector dock: the form for the current selection, kept in step with the model."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

from desktop_app.ui.document import Document

from .bound import Subject
from .cluster_form import ClusterForm
from .device_form import DeviceForm
from .forms import FlowForm, Form, NetworkForm, SelectionForm, TopologyForm, ZoneForm


def form_for(subjects: list[Subject], doc: Document) -> Form:
    """The form that shows these subjects (the topology's when there are none)."""
    if not subjects:
        return TopologyForm(Subject(doc, "topology", doc.topology), ClusterForm)
    if len(subjects) > 1:
        return SelectionForm(subjects[0], subjects)
    s = subjects[0]
    maker = {"device": DeviceForm, "network": NetworkForm, "zone": ZoneForm,
             "flow": FlowForm, "cluster": ClusterForm}[s.kind]
    return maker(s)


class InspectorDock(QDockWidget):
    """Properties of the selection; call ``show_ids`` when the canvas selection changes."""

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector-dock")
        self.setWindowTitle(self.tr("Inspector"))
        self.doc = doc
        self.subjects: list[Subject] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumWidth(360)
        self.setWidget(self.scroll)
        self.form: Form | None = None
        self._signature: tuple[object, ...] = ()
        doc.changed.connect(self._on_changed)
        doc.reset.connect(self._reset)
        self.show_ids([])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            # The forms set their words as they are built: build the current one again.
            self.setWindowTitle(self.tr("Inspector"))
            self._commit_typing()
            self._rebuild()
        super().changeEvent(event)

    def shown_ids(self) -> list[str]:
        """Target keys of what is shown now (ids; ``cluster:x``/``flow:x`` for those kinds)."""
        return [s.key() for s in self.subjects]

    def show_ids(self, ids: list[str]) -> None:
        """Show the form for these ids (unknown ids are skipped; none shows the topology)."""
        subjects = []
        for ident in ids:
            try:
                subjects.append(Subject.of(self.doc, ident))
            except ValueError:
                continue
        same = len(subjects) == len(self.subjects) and all(
            a.obj is b.obj for a, b in zip(subjects, self.subjects, strict=True))
        if same and self.form is not None and self.form.signature() == self._signature:
            self.form.refresh()  # the canvas re-announced the same selection
            return
        self._commit_typing()
        self.subjects = subjects
        self._rebuild()

    def _reset(self) -> None:
        # Another topology was opened: the old form shows objects that are gone (the topology
        # form too), so rebuild even though "nothing selected" did not change.
        self.subjects = []
        self._rebuild()

    def _commit_typing(self) -> None:
        # A field being typed in commits when it loses focus; do that before its form goes,
        # so a selection change never throws away what was typed.
        if self.form is not None:
            self.form.commit_pending()

    def _rebuild(self) -> None:
        old = self.form
        self.form = form_for(self.subjects, self.doc)
        self.form.setObjectName("inspector-form")
        position = self.scroll.verticalScrollBar().value() if old is not None else 0
        self.scroll.setWidget(self.form)  # deletes the old form
        self.scroll.verticalScrollBar().setValue(position if old and self._same_subjects(old) else 0)
        self._signature = self.form.signature()
        self._shown = [s.obj for s in self.subjects]

    def _same_subjects(self, old: Form) -> bool:
        return old.subject.obj is self.form.subject.obj  # type: ignore[union-attr]

    def _on_changed(self, ids: set[str] | None) -> None:
        if self.form is None:
            return
        alive = [s for s in self.subjects if s.alive()]
        if len(alive) != len(self.subjects):
            self.subjects = alive
            self._rebuild()
            return
        if ids is not None and self.subjects and not ids & self._watched():
            return
        if self.form.signature() != self._signature:
            self._rebuild()
        else:
            self.form.refresh()

    def _watched(self) -> set[str]:
        out = {s.id for s in self.subjects}
        for s in self.subjects:
            if s.kind == "device" and s.obj.cluster:
                out.add(s.obj.cluster)  # a node's form shows its cluster's services
        return out
