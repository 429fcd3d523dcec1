"""File → Import → Kubernetes Objects…: preview what a kubectl dump would change, then apply it.

The dialog plans the import (``desktop_app.model.kube_import``, the same code as ``hybridviz
import kubectl``), shows its report in the reader's language — what would be added,
changed, removed and ignored, and why — and on Import pushes the plan as one undo step.
Choosing another cluster or pruning plans again; bad input shows its sentence and leaves
Import disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.kube_import import DumpError, ImportPlan, plan_import
from desktop_app.model.kube_import import messages as K
from desktop_app.model.messages import Phrase

from .commands.kube_import import import_plan
from .document import Document

ACTION_ID = "file.import_kubernetes"
LAST_DIR = "import/last_dir"
NEW_CLUSTER = "k8s"  # offered when the topology has no cluster yet

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def say(said: Phrase) -> str:
    """A report line or error sentence of the import in the current language."""
    values: dict[str, Any] = {k: say(v) if isinstance(v, Phrase) else v for k, v in said.params}
    text = translate(K.CONTEXT, said.template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return said.template.format(**values)


def error_text(exc: DumpError) -> str:
    return exc.format(say(exc.said), translate("KubeImportDialog", "document"))


def report_text(plan: ImportPlan) -> str:
    """The plan's report, one line each, as the command line prints it but translated."""
    report = plan.report
    lines = [say(report.read)] if report.read is not None else []
    lines += [say(line.said) for line in report.lines]
    if plan.empty:
        lines.append(say(Phrase(K.NOTHING_TO_DO)))
    return "\n".join(lines)


class KubeImportDialog(QDialog):
    """The preview: files, cluster, prune, the report; Import applies it as one undo step."""

    def __init__(self, doc: Document, paths: Sequence[str], parent: QWidget | None = None,
                 choose_files: Callable[[], list[str]] | None = None):
        super().__init__(parent)
        self.setObjectName("kube_import_dialog")
        self.doc = doc
        self.paths = list(paths)
        self.plan: ImportPlan | None = None
        self.error: DumpError | None = None
        self._choose_files = choose_files
        self.files_label = QLabel(self)
        self.files_label.setObjectName("import_files")
        self.files_label.setWordWrap(True)
        self.cluster_box = QComboBox(self)
        self.cluster_box.setObjectName("import_cluster")
        self.cluster_box.setEditable(True)
        ids = [c.id for c in doc.topology.kubernetes]
        self.cluster_box.addItems(ids or [NEW_CLUSTER])
        self.prune_box = QCheckBox(self)
        self.prune_box.setObjectName("import_prune")
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("import_report")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("import_totals")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            translate("KubeImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_apply")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("import_add_files")
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add_files)
        # Plan again on a choice from the list or a typed id once typing is done (not per key).
        self.cluster_box.currentIndexChanged.connect(lambda _index: self.replan())
        line = self.cluster_box.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._cluster_typed)
        self.prune_box.toggled.connect(lambda _on: self.replan())

        self.form = QFormLayout()
        self.cluster_label = QLabel(self)
        self.form.addRow(self.cluster_label, self.cluster_box)
        self.form.addRow(QLabel(self), self.prune_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addLayout(self.form)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate()
        self.replan()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("KubeImportDialog", "Import Kubernetes Objects"))
        self.cluster_label.setText(translate("KubeImportDialog", "Into cluster:"))
        self.prune_box.setText(translate(
            "KubeImportDialog", "Remove the cluster's pods, nodes, services and ingresses the "
            "dump does not list"))
        self.add_button.setText(translate("KubeImportDialog", "Add Files…"))
        self.import_button.setToolTip(translate(
            "KubeImportDialog", "Make these changes (one step: Undo takes them all back)"))
        self.files_label.setText(translate("KubeImportDialog", "From: {files}").format(
            files=", ".join(self.paths)))
        self._show()

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _cluster_typed(self) -> None:
        if self.plan is None or self.cluster_box.currentText().strip() != self.plan.cluster:
            self.replan()

    def replan(self) -> None:
        """Plan the import again for the chosen files, cluster and prune setting."""
        cluster = self.cluster_box.currentText().strip() or None
        try:
            self.plan = plan_import(self.doc.topology, self.paths, cluster=cluster,
                                    prune=self.prune_box.isChecked(),
                                    topology_file=self.doc.path or "<topology>")
            self.error = None
        except DumpError as exc:
            self.plan, self.error = None, exc
        self._show()

    def _show(self) -> None:
        if self.error is not None:
            self.report_view.setPlainText(error_text(self.error))
            self.totals_label.setText(translate("KubeImportDialog", "Nothing can be imported "
                                                "until the file is corrected."))
        elif self.plan is not None:
            self.report_view.setPlainText(report_text(self.plan))
            self.totals_label.setText(say(self.plan.report.totals))
        self.import_button.setEnabled(self.plan is not None and not self.plan.empty)

    def _add_files(self) -> None:
        more = self._choose_files() if self._choose_files else choose_dumps(self)
        if more:
            self.paths += [p for p in more if p not in self.paths]
            self.retranslate()
            self.replan()

    def accept(self) -> None:
        if self.plan is None or self.plan.empty:
            return
        # Planned against the model as it is now (the dialog is modal): push it as it stands.
        self.doc.undo_stack.push(import_plan(self.doc, self.plan))
        super().accept()


def choose_dumps(parent: QWidget) -> list[str]:
    """Ask for kubectl/calicoctl YAML files; remembers the folder."""
    settings = QSettings()
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("KubeImportDialog", "Import Kubernetes Objects"),
        str(settings.value(LAST_DIR, "")),
        translate("KubeImportDialog", "kubectl or calicoctl output (*.yaml *.yml *.json);;"
                  "All files (*)"))
    if paths:
        from pathlib import Path

        settings.setValue(LAST_DIR, str(Path(paths[0]).parent))
    return list(paths)


def install_kube_import(window: QMainWindow, doc: Document,
                        choose_files: Callable[[QWidget], list[str]] | None = None) -> QAction:
    """Connect File → Import → Kubernetes Objects… (action id ``file.import_kubernetes``)."""
    action = window.findChild(QAction, ACTION_ID)
    if action is None:  # a window without the registry's action: make it here
        action = QAction(window)
        action.setObjectName(ACTION_ID)
        window.addAction(action)

    def run() -> None:
        paths = (choose_files or choose_dumps)(window)
        if not paths:
            return
        dialog = KubeImportDialog(doc, paths, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.statusBar().showMessage(say(dialog.plan.report.totals) if dialog.plan else "",
                                           5000)

    action.triggered.connect(run)
    return action
