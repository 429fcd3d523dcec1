"""The history dock shows the undo stack and clicking an entry goes back to it."""

from __future__ import annotations

from pathlib import Path

from desktop_app.model import load_topology
from desktop_app.ui import commands
from desktop_app.ui.document import Document
from desktop_app.ui.history_dock import HistoryDock

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"


def test_history_lists_edits_and_clicking_goes_back(qtbot):
    doc = Document(load_topology(SAMPLE))
    dock = HistoryDock(doc)
    qtbot.addWidget(dock)
    doc.undo_stack.push(commands.set_host(doc, "db-1", "esxi-1"))
    doc.undo_stack.push(commands.rename(doc, "db-ls", "db-net"))
    model = dock.view.model()
    texts = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert texts == [f"Started from {doc.topology.name}", "Put db-1 on esxi-1",
                     "Rename db-ls to db-net"]
    dock.view.setCurrentIndex(model.index(0, 0))  # what a click on the first row does
    assert doc.topology.device("db-1").host == "esxi-3"
    assert doc.topology.network("db-ls") is not None
