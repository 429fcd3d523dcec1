"""File → Import → Kubernetes Objects…: the preview shows the report, Import is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_app.model import load_topology, to_document
from desktop_app.ui import kube_import_dialog as dialog_module
from desktop_app.ui.document import Document
from desktop_app.ui.kube_import_dialog import KubeImportDialog
from desktop_app.ui.main_window import MainWindow

from .conftest import FakePrompts

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "iks-vcs.yaml"
DUMP = ROOT / "tests" / "fixtures" / "kube" / "iks-vcs-cluster.yaml"


def stripped():
    topo = load_topology(SAMPLE)
    topo.devices = [d for d in topo.devices if d.kind != "pod"]
    cluster = topo.kubernetes[0]
    cluster.services, cluster.ingresses, cluster.calico, cluster.pod_cidr = [], [], None, None
    return topo


def test_the_preview_shows_the_report_and_import_is_one_undo_step(qtbot):
    doc = Document(stripped())
    before = to_document(doc.topology)
    dialog = KubeImportDialog(doc, [str(DUMP)])
    qtbot.addWidget(dialog)
    report = dialog.report_view.toPlainText()
    assert "added pod shop-1 on worker-1 (172.30.1.10)" in report
    assert "ignored 1 pod: in Succeeded phase" in report
    assert dialog.totals_label.text() == "8 added, 2 changed, 0 removed, 3 ignored"
    assert to_document(doc.topology) == before  # a preview changes nothing
    with qtbot.waitSignal(doc.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 1
    after = to_document(doc.topology)
    assert [s.name for s in doc.topology.kubernetes[0].services] == ["public-alb", "shop",
                                                                     "shop-api"]
    assert doc.topology.device("shop-2").dns == "vcs-dns"
    doc.undo_stack.undo()
    assert to_document(doc.topology) == before
    doc.undo_stack.redo()
    assert to_document(doc.topology) == after


def test_prune_plans_again_and_bad_input_disables_import(qtbot, tmp_path):
    topo = load_topology(SAMPLE)
    doc = Document(topo)
    dialog = KubeImportDialog(doc, [str(DUMP)])
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # the sample already matches its dump
    assert "nothing to change" in dialog.report_view.toPlainText()
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")
    dialog.paths.append(str(bad))
    dialog.replan()
    assert "a ConfigMap (v1) is not something hybridviz imports" in dialog.report_view.toPlainText()
    assert f"{bad}:2:7: document 1, kind:" in dialog.report_view.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.paths.pop()
    cluster = topo.kubernetes[0]
    cluster.services.append(type(cluster.services[0])(name="legacy", selector={"app": "x"}))
    dialog.replan()
    assert not dialog.import_button.isEnabled()
    dialog.prune_box.setChecked(True)  # plans again by itself
    assert "removed service legacy: the dump does not list it" in dialog.report_view.toPlainText()
    assert dialog.import_button.isEnabled()


def test_the_action_sits_in_file_import_and_applies_the_dump(qtbot, monkeypatch, tmp_path):
    window = MainWindow(stripped(), prompts=FakePrompts())  # closing asks nothing
    qtbot.addWidget(window)
    action = window.findChild(QAction, "file.import_kubernetes")
    assert action is not None and action.text() and action.statusTip()
    file_menu = window.findChild(QMenu, "menu_file")
    import_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None
                       and action in a.menu().actions())
    assert import_menu.title().replace("&", "") == "Import"
    monkeypatch.setattr(dialog_module, "choose_dumps", lambda parent: [str(DUMP)])
    monkeypatch.setattr(KubeImportDialog, "exec",
                        lambda self: (self.accept(), self.result())[1])
    try:
        action.trigger()
        assert window.doc.topology.device("alb-1") is not None
        assert window.doc.undo_stack.count() == 1
        qtbot.waitUntil(lambda: window.scene.item_for.get("alb-1") is not None)
    finally:
        window.doc.undo_stack.setClean()  # closing must not ask about the test's edits
