"""The inspector dock, driven through its real widgets."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow, QWidget

from desktop_app.model import load_topology
from desktop_app.ui import commands
from desktop_app.ui.document import Document
from desktop_app.ui.inspector import InspectorDock
from desktop_app.ui.inspector.rows import RowsTable

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture
def doc(qapp) -> Document:
    return Document(load_topology(SAMPLE), str(SAMPLE))


@pytest.fixture
def dock(qtbot, doc) -> InspectorDock:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    dock = InspectorDock(doc, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(900, 900)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitActive(window)
    dock.test_window = window  # keep the window alive as long as the dock is used
    return dock


def table(dock: InspectorDock, list_path: str) -> RowsTable:
    found = dock.form.findChild(RowsTable, f"table:{list_path}")
    assert found is not None, f"no table {list_path}"
    return found


def column(t: RowsTable, header: str) -> int:
    return [col.header for col in t.model.columns].index(header)


def type_into_cell(qtbot, t: RowsTable, row: int, col: int, text: str) -> None:
    """Edit a cell as a user does: select it, start editing, type, press Enter."""
    index = t.model.index(row, col)
    t.view.scrollTo(index)
    t.view.setCurrentIndex(index)
    t.view.edit(index)
    editors = [e for e in t.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no cell editor opened"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call


def line(dock: InspectorDock, path: str) -> QLineEdit:
    found = dock.form.findChild(QLineEdit, f"edit:{path}")
    assert found is not None, f"no field {path}"
    return found


def error_text(widget: QWidget) -> str:
    label = widget.findChild(QWidget, "field-error")
    return label.text() if label is not None and label.isVisibleTo(widget) else ""


def test_nothing_selected_shows_the_topology(dock, doc):
    assert dock.shown_ids() == []
    assert line(dock, "name").text() == doc.topology.name
    assert table(dock, "flows").model.rowCount() == len(doc.topology.flows)
    assert table(dock, "services").model.rowCount() == 3  # cluster icp picked by default


def test_edit_a_nat_rule_translate_ip_in_the_table(qtbot, dock, doc):
    dock.show_ids(["esg"])
    nat = table(dock, "nat")
    type_into_cell(qtbot, nat, 0, column(nat, "Translate IP"), "10.10.1.21")
    assert doc.topology.device("esg").nat[0].translate.ip == "10.10.1.21"
    assert doc.undo_stack.count() == 1
    assert nat.model.index(0, column(nat, "Translate IP")).data() == "10.10.1.21"
    doc.undo_stack.undo()
    assert doc.topology.device("esg").nat[0].translate.ip == "10.10.1.100"
    assert table(dock, "nat").model.index(0, column(nat, "Translate IP")).data() == "10.10.1.100"


def test_choice_cell_edits_like_a_delegate(qtbot, dock, doc):
    dock.show_ids(["esg"])
    rules = table(dock, "firewall.rules")
    index = rules.model.index(2, column(rules, "Action"))
    editor = rules.view.itemDelegate().createEditor(rules.view.viewport(), None, index)
    assert isinstance(editor, QComboBox) and editor.findText("deny") >= 0
    editor.setCurrentText("deny")
    rules.view.itemDelegate().setModelData(editor, rules.model, index)
    assert doc.topology.device("esg").firewall.rules[2].action == "deny"
    assert doc.undo_stack.count() == 1


def test_out_of_cidr_interface_ip_is_refused_with_the_reason(qtbot, dock, doc):
    before = copy.deepcopy(doc.topology)
    dock.show_ids(["esg"])
    itfs = table(dock, "interfaces")
    ip_col = column(itfs, "IP")
    type_into_cell(qtbot, itfs, 2, ip_col, "10.10.9.5/24")
    assert doc.topology == before
    assert doc.undo_stack.count() == 0
    reason = "10.10.9.5 is outside icp-ls (10.10.1.0/24)"
    assert itfs.error.text() == reason and itfs.error.isVisibleTo(itfs)
    cell = itfs.model.index(2, ip_col)
    assert cell.data() == "10.10.9.5/24"  # the refused text stays in place, marked
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    type_into_cell(qtbot, itfs, 2, ip_col, "10.10.1.9")  # the prefix is added
    assert doc.topology.device("esg").interfaces[2].ip == "10.10.1.9/24"
    assert not itfs.error.isVisibleTo(itfs)


def test_unparsable_ip_is_refused(qtbot, dock, doc):
    dock.show_ids(["esg"])
    nat = table(dock, "nat")
    type_into_cell(qtbot, nat, 0, column(nat, "Translate IP"), "10.10.1.300")
    assert "not an IPv4 address" in nat.error.text()
    assert doc.topology.device("esg").nat[0].translate.ip == "10.10.1.100"


def test_label_field_is_one_undo_step_and_follows_undo(qtbot, dock, doc):
    dock.show_ids(["db-1"])
    field = line(dock, "label")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Postgres primary")
    assert doc.topology.device("db-1").label == "Database VM (PostgreSQL)"  # not yet committed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc.topology.device("db-1").label == "Postgres primary"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert line(dock, "label").text() == "Database VM (PostgreSQL)"


def test_bad_cidr_is_refused_in_place(qtbot, dock, doc):
    dock.show_ids(["icp-ls"])
    field = line(dock, "cidr")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "10.10.1.5/24")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc.topology.network("icp-ls").cidr == "10.10.1.0/24"
    holder = field.parentWidget()
    assert "did you mean 10.10.1.0/24" in error_text(holder)
    assert "border" in field.styleSheet() and "did you mean" in field.toolTip()
    doc.undo_stack.push(commands.set_field(doc, "icp-ls", "label", "ICP"))  # unrelated refresh
    assert field.text() == "10.10.1.5/24"  # refused text kept until fixed
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "10.10.1.0/24" and error_text(holder) == ""


def test_duplicate_id_is_refused_and_rename_follows(qtbot, dock, doc):
    dock.show_ids(["db-ls"])
    field = line(dock, "id")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "icp-ls")
    assert "already used" in error_text(field.parentWidget())  # as you type
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc.topology.network("db-ls") is not None
    field.selectAll()
    qtbot.keyClicks(field, "db-net")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc.topology.device("db-1").interfaces[0].network == "db-net"
    assert dock.shown_ids() == ["db-net"]
    assert line(dock, "id").text() == "db-net"


def test_host_combo_moves_the_vm(qtbot, dock, doc):
    dock.show_ids(["db-1"])
    combo = dock.form.findChild(QComboBox, "edit:host")
    index = combo.findText("esxi-1", Qt.MatchFlag.MatchStartsWith)
    assert combo.itemText(index) == "esxi-1 — ESXi host 1"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.topology.device("db-1").host == "esxi-1"
    assert doc.undo_stack.undoText() == "Put db-1 on esxi-1"


def test_rows_add_move_remove_buttons(qtbot, dock, doc):
    dock.show_ids(["esg"])
    rules = table(dock, "firewall.rules")
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    fw = doc.topology.device("esg").firewall.rules
    assert len(fw) == 7 and rules.current_row() == 6
    qtbot.mouseClick(table(dock, "firewall.rules").up_button, Qt.MouseButton.LeftButton)
    assert fw[5].name == "rule-7"
    qtbot.mouseClick(table(dock, "firewall.rules").remove_button, Qt.MouseButton.LeftButton)
    assert len(fw) == 6 and doc.undo_stack.count() == 3


def test_dns_records_table(qtbot, dock, doc):
    dock.show_ids(["public-dns"])
    records = table(dock, "records")
    type_into_cell(qtbot, records, 0, 0, "www.example.com")
    assert list(doc.topology.device("public-dns").records)[0] == "www.example.com"
    type_into_cell(qtbot, records, 1, 1, "nope")
    assert "not an IPv4 address" in records.error.text()


def test_k8s_node_shows_its_cluster_and_pod_form(dock, doc):
    dock.show_ids(["worker-1"])
    assert table(dock, "services").model.rowCount() == 3
    assert table(dock, "services[0].ports").model.rowCount() == 1
    dock.show_ids(["web-1"])
    assert line(dock, "ip").text() == "10.1.2.10"
    assert line(dock, "labels").text() == "app=web"


def test_deleting_the_shown_device_falls_back_to_the_topology(dock, doc):
    dock.show_ids(["db-1"])
    doc.undo_stack.push(commands.delete(doc, ["db-1"]))
    assert dock.shown_ids() == []
    assert line(dock, "name").text() == doc.topology.name


def test_multiple_selection_and_other_kinds(dock, doc):
    dock.show_ids(["esg", "icp-ls", "vcs"])
    assert dock.shown_ids() == ["esg", "icp-ls", "vcs"]
    dock.show_ids(["flow:flow1-internet-to-web"])
    assert line(dock, "to").text() == "web.example.com"
    dock.show_ids(["vcs"])
    assert line(dock, "label").text() == "VCS instance (vSphere + NSX)"
    dock.show_ids(["no-such-thing"])
    assert dock.shown_ids() == []


def test_typed_text_is_committed_when_the_selection_changes(qtbot, dock, doc):
    dock.show_ids(["db-1"])
    field = line(dock, "label")
    field.selectAll()
    qtbot.keyClicks(field, "Primary database")
    dock.show_ids(["esg"])
    assert doc.topology.device("db-1").label == "Primary database"
    assert doc.undo_stack.count() == 1


def test_host_and_node_list_what_runs_on_them(dock, doc):
    dock.show_ids(["esxi-3"])
    runs = dock.form._runs
    assert runs.text() == "db-1, jumpbox, worker-2"
    doc.undo_stack.push(commands.set_host(doc, "db-1", "esxi-1"))
    assert runs.text() == "jumpbox, worker-2"
