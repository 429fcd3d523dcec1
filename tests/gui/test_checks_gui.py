"""Intents live in the window, the reachability matrix dialog, and Compare With…."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui import commands


def flow_rows(window) -> dict[str, str]:
    lst = window.animation.ui.flows.list
    return {lst.item(i).data(Qt.ItemDataRole.UserRole): lst.item(i).text() for i in range(lst.count())}


def problem_rows(window) -> list[str]:
    tree = window.problems.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def window(make_window, sample_copy):
    return make_window(sample_copy)


def test_flows_dock_marks_each_intent_and_an_edit_breaks_one(qtbot, window):
    rows = flow_rows(window)
    assert rows["internet-ssh-denied"].startswith("✓ ")
    assert all(text.startswith("✓ ") for text in rows.values())
    messages = []
    window.checks.watch.broke.connect(messages.append)
    with qtbot.waitSignal(window.checks.watch.judged):
        window.doc.undo_stack.push(commands.set_field(window.doc, "esg", "firewall.default", "allow"))
    rows = flow_rows(window)
    assert rows["internet-ssh-denied"].startswith("✗ ")
    assert rows["flow1-internet-to-web"].startswith("✓ ")
    # the status bar says so at once, and the Problems dock lists it with the reason
    assert messages and "Must stay closed" in messages[0] and "expected denied, got refused" in messages[0]
    assert window.statusBar().currentMessage() == messages[0]
    [row] = [r for r in problem_rows(window) if r.startswith("Intent internet-ssh-denied")]
    assert "expected denied, got refused at esg" in row
    assert "1 broken intent" in window.problems.windowTitle()
    # activating it plays the flow
    tree = window.problems.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == row)
    with qtbot.waitSignal(window.animation.request_changed):
        tree.itemActivated.emit(item, 0)
    assert window.animation.request.id == "internet-ssh-denied"
    # undo mends it
    with qtbot.waitSignal(window.checks.watch.judged):
        window.doc.undo_stack.undo()
    assert flow_rows(window)["internet-ssh-denied"].startswith("✓ ")
    assert not [r for r in problem_rows(window) if r.startswith("Intent ")]


def _matrix_dialog(window, qtbot, sources: str, destinations: str):
    """The matrix dialog, open, asking ``sources`` → ``destinations`` on tcp 443."""
    window.action("view.matrix").trigger()
    dialog = window.checks.matrix
    qtbot.waitExposed(dialog)
    dialog.sources.setText(sources)
    dialog.destinations.setText(destinations)
    dialog.port.setValue(443)
    return dialog


def test_matrix_dialog_colours_cells_and_plays_a_click(qtbot, window, tmp_path):
    dialog = _matrix_dialog(window, qtbot, "internet-user, ent-user", "198.51.100.6, db-1")
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    table = dialog.table
    assert (table.rowCount(), table.columnCount()) == (2, 2)
    assert table.item(0, 0).text() == "✓ established"
    assert table.item(0, 1).text().startswith("∅")  # the internet has no route to 10.10.2.10
    assert table.item(0, 0).background().color().name().lower() == "#009e73"
    with qtbot.waitSignal(window.animation.request_changed):
        table.cellClicked.emit(0, 0)
    assert (window.animation.request.source, window.animation.request.to) == ("internet-user", "198.51.100.6")
    out = tmp_path / "m.csv"
    dialog.export_to(str(out))
    assert out.read_text().splitlines()[1].startswith("internet-user,established,")
    png = tmp_path / "m.png"
    dialog.export_to(str(png))
    assert png.stat().st_size > 1000


def test_matrix_dialog_shares_a_big_matrix_among_cores_inside_the_window(qtbot, window, monkeypatch):
    # The window's process runs Qt's threads; forked workers only trace and send outcomes back.
    from desktop_app.engine import batch, matrix

    dialog = _matrix_dialog(window, qtbot, "kind:client,kind:vm,kind:pod", "kind:vm,service:*")

    def table() -> list[list[str]]:
        t = dialog.table
        return [[t.item(i, j).text() for j in range(t.columnCount())] for i in range(t.rowCount())]

    monkeypatch.setattr(batch, "SHARE_FROM", 10**9)
    assert dialog.recompute()
    alone = table()
    cells = len(alone) * len(alone[0])
    traced_here = []  # a forked worker appends to its own copy: what this process traced
    outcome = matrix._outcome

    def counted(*args):
        traced_here.append(1)
        time.sleep(0.002)  # a row takes long enough for the worker to start and take some
        return outcome(*args)

    monkeypatch.setattr(matrix, "_outcome", counted)
    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    assert dialog.recompute()
    assert table() == alone and len(alone) > 5
    assert len(traced_here) < cells  # the worker really traced some rows
    assert not QApplication.overrideCursor()  # the busy cursor is gone again


def test_matrix_dialog_says_why_a_selector_is_wrong(qtbot, window):
    window.action("view.matrix").trigger()
    dialog = window.checks.matrix
    dialog.sources.setText("zone:nowhere")
    assert not dialog.recompute()
    assert "no zone 'nowhere'" in dialog.error.text()


def test_matrix_selection_selector_uses_the_canvas_selection(qtbot, window):
    window.scene.select_ids(["jumpbox"])
    window.action("view.matrix").trigger()
    dialog = window.checks.matrix
    dialog.sources.setText("selection")
    dialog.destinations.setText("db-1")
    assert dialog.recompute()
    assert dialog.matrix.sources[0].name == "jumpbox"


def test_compare_with_saved_lists_the_changed_flow_and_draws_a_ghost(qtbot, window):
    window.doc.undo_stack.push(commands.set_field(window.doc, "esg", "firewall.default", "allow"))
    window.action("file.compare").trigger()
    dialog = window.checks.compare
    assert dialog.compare_with_saved()
    lst = dialog.list
    assert [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())] == ["internet-ssh-denied"]
    assert "Now delivered to esg" in lst.item(0).text()
    with qtbot.waitSignal(window.animation.request_changed):
        lst.setCurrentRow(0)
    assert window.animation.request.id == "internet-ssh-denied"
    assert dialog.ghost is not None and dialog.ghost.scene() is window.scene
    dialog.close()
    assert dialog.ghost is None


def test_compare_with_itself_lists_nothing(qtbot, window):
    window.action("file.compare").trigger()
    dialog = window.checks.compare
    assert dialog.compare_with_saved()
    assert dialog.list.count() == 0
    assert "No flow changed" in dialog.status.text()


def test_matrix_cells_and_legend_read_in_chinese(qtbot, window, qapp):
    from desktop_app.ui import i18n

    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    try:
        dialog = _matrix_dialog(window, qtbot, "internet-user", "198.51.100.6, db-1")
        assert dialog.recompute()
        assert dialog.table.item(0, 0).text() == "✓ 已建立"  # a conversation's word, not "established"
        legend = dialog.legend.text()
        assert "黑洞" in legend and "已建立" in legend and "established" not in legend
    finally:
        i18n.set_language(qapp, "en")


def test_a_cell_tooltip_says_the_pair_and_why_in_the_readers_language(qtbot, window, qapp):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop_app.ui import i18n

    dialog = _matrix_dialog(window, qtbot, "internet-user", "198.51.100.6, db-1")
    assert dialog.recompute()
    tip = dialog.cell_tip(0, 0)
    assert tip.startswith("internet-user → ") and "established" in tip and "gets the reply" in tip
    assert dialog.cell_tip(5, 5) == ""  # no such cell
    # The tooltip is made when the pointer rests on a cell (no item carries one).
    assert dialog.table.item(0, 0).toolTip() == ""
    table = dialog.table
    centre = table.visualItemRect(table.item(0, 0)).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre,
                                                        table.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == tip
    QToolTip.hideText()
    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    try:
        tip = dialog.cell_tip(0, 0)
        assert "已建立" in tip
        # Why, in Chinese too: the reason's sentence, not the English one
        assert "gets the reply" not in tip and "established" not in tip
    finally:
        i18n.set_language(qapp, "en")
