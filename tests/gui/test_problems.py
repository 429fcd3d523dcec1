"""The problems dock: live validation after edits, counts in the title, click to go there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.model import load_topology
from desktop_app.model.problems import Problem
from desktop_app.ui import commands
from desktop_app.ui.document import Document
from desktop_app.ui.problems_dock import DEBOUNCE_MS, ProblemsDock, subject_of

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture
def doc(qapp) -> Document:
    return Document(load_topology(SAMPLE), str(SAMPLE))


@pytest.fixture
def dock(qtbot, doc) -> ProblemsDock:
    dock = ProblemsDock(doc)
    dock.resize(900, 300)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def rows(dock: ProblemsDock) -> list[str]:
    tree = dock.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_reference_sample_has_no_problems(dock):
    assert rows(dock) == ["No problems found"]
    assert dock.windowTitle() == "Problems"


def test_an_out_of_range_ip_shows_up_after_the_edit_and_goes_with_undo(qtbot, dock, doc):
    doc.undo_stack.push(commands.set_field(doc, "esg", "interfaces[2].ip", "10.10.9.5/24"))
    assert rows(dock) == ["No problems found"]  # debounced: not yet
    qtbot.waitUntil(lambda: dock.errors == 1, timeout=2000)
    first = dock.tree.topLevelItem(0)
    assert "10.10.9.5 is outside network 'icp-ls'" in first.text(0)
    assert first.text(1) == "esg" and first.text(2) == "devices[9].interfaces[2].ip"
    assert dock.windowTitle().startswith("Problems (1 error")
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: rows(dock) == ["No problems found"], timeout=2000)
    assert dock.windowTitle() == "Problems"


def test_clicking_a_problem_emits_its_subject(qtbot, dock, doc):
    doc.undo_stack.push(commands.set_field(doc, "db-1", "interfaces[0].ip", "10.10.7.10/24"))
    dock.refresh()
    item = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                if dock.tree.topLevelItem(i).text(1) == "db-1")
    rect = dock.tree.visualItemRect(item)
    with qtbot.waitSignal(dock.subject_activated, timeout=1000) as signal:
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["db-1"]


def test_the_no_problem_row_emits_nothing(qtbot, dock):
    rect = dock.tree.visualItemRect(dock.tree.topLevelItem(0))
    with qtbot.assertNotEmitted(dock.subject_activated):
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typing_bursts_validate_once(qtbot, dock, doc, monkeypatch):
    calls = []
    real = doc.problems
    monkeypatch.setattr(doc, "problems", lambda: calls.append(1) or real())
    for n in range(5):
        doc.undo_stack.push(commands.set_field(doc, "esg", "label", f"Edge {n}"))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(calls) == 1


def test_errors_come_before_warnings_with_counts(qtbot, dock, doc):
    doc.undo_stack.push(commands.set_field(doc, "esg", "interfaces[2].ip", "10.10.9.5/24"))
    dock.refresh()  # esg loses 10.10.1.1, so four nodes warn about their gateway
    assert dock.errors == 1 and dock.warnings == 4
    assert dock.windowTitle() == "Problems (1 error, 4 warnings)"
    icons = [dock.tree.topLevelItem(i).toolTip(0).split(":")[0]
             for i in range(dock.tree.topLevelItemCount())]
    assert icons == ["Error", "Warning", "Warning", "Warning", "Warning"]


def test_subject_falls_back_to_the_path(doc):
    topo = doc.topology
    assert subject_of(topo, Problem("devices[9].nat[0].translate.ip", "x")) == "esg"
    assert subject_of(topo, Problem("networks[8].cidr", "x")) == "icp-ls"
    assert subject_of(topo, Problem("settings.vxlan_port", "x")) is None
    assert subject_of(topo, Problem("devices[99].ip", "x")) is None
