"""The validator's problems and the trace's input errors in Chinese: the problems dock, its
live switch back to English, the load-failure details and the animation's "cannot trace"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.engine import FlowRequest
from desktop_app.model import load_topology
from desktop_app.ui import commands, i18n
from desktop_app.ui.document import Document
from desktop_app.ui.problems_dock import ProblemsDock

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"
OUTSIDE_EN = ("10.10.9.5 is outside network 'icp-ls' (10.10.1.0/24); use an address inside it "
              "or change network")
OUTSIDE_ZH = "10.10.9.5 不在网络“icp-ls”（10.10.1.0/24）内；请使用该网络内的地址，或更换网络"


@pytest.fixture
def chinese(qapp):
    """Chinese chosen in the (isolated) settings and switched to, as the preferences do."""
    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    assert QSettings().value(i18n.LANGUAGE_KEY) == "zh_CN"
    yield
    i18n.set_language(qapp, "en")


@pytest.fixture
def dock(qtbot) -> ProblemsDock:
    dock = ProblemsDock(Document(load_topology(SAMPLE), str(SAMPLE)))
    dock.resize(900, 300)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def test_an_ip_outside_its_network_is_reported_in_chinese(chinese, qtbot, qapp, dock):
    doc = dock.doc
    doc.undo_stack.push(commands.set_field(doc, "esg", "interfaces[2].ip", "10.10.9.5/24"))
    qtbot.waitUntil(lambda: dock.errors == 1, timeout=2000)
    first = dock.tree.topLevelItem(0)
    assert first.text(0) == OUTSIDE_ZH
    assert first.toolTip(0) == "错误：" + OUTSIDE_ZH
    assert first.text(1) == "esg" and first.text(2) == "devices[9].interfaces[2].ip"
    assert dock.problems[0].message == OUTSIDE_EN  # the model keeps the English sentence

    i18n.set_language(qapp, "en")  # live switch: the same problem, in English
    first = dock.tree.topLevelItem(0)
    assert first.text(0) == OUTSIDE_EN and first.toolTip(0) == "Error: " + OUTSIDE_EN


def test_a_warning_with_a_suggestion_reads_in_chinese(chinese, qtbot, dock):
    doc = dock.doc
    flow = doc.topology.flows[0]
    doc.undo_stack.push(commands.set_field(doc, flow.id, "to", "shop.exampel.com"))
    dock.refresh()
    texts = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert any(t.startswith("没有 DNS 设备有“shop.exampel.com”的记录；您是指“") for t in texts), texts


def test_a_file_that_fails_to_load_lists_its_problems_in_chinese(chinese, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("vni: 5001", "vni: 42", 1),
                   encoding="utf-8")
    assert not window.files.open_path(str(bad))
    (path, summary, details) = window.prompts.load_errors[-1]
    assert "vni 42 超出范围；请使用 5000–16777215" in summary
    assert any(line.startswith(f"{bad}:") and "vni 42 超出范围" in line for line in details)


def test_cannot_trace_says_why_in_chinese(chinese, make_window, sample_copy):
    window = make_window(sample_copy)
    assert not window.animation.set_request(FlowRequest("nowhere", "10.10.1.5"), play=False)
    assert window.animation.last_message == "无法追踪：未知的源设备“nowhere”。"
