"""File → Export… as a web page: every saved flow without a chosen one, in the interface's language."""

from __future__ import annotations

import json
import re

import pytest

from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui import i18n
from desktop_app.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, qapp):
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.document import Document

    document = Document(load(REFERENCE_SAMPLE).topology, str(REFERENCE_SAMPLE))
    scene = TopologyScene(document)
    d = ExportDialog(document, lambda: scene)
    d.warnings = []
    d.warn = d.warnings.append
    qtbot.addWidget(d)
    yield d
    scene.clear()


def _data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'id="hybridviz-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(block)


def test_the_page_plays_every_flow_or_the_chosen_one(dialog, tmp_path):
    out = tmp_path / "lesson.html"
    dialog.set_path(str(out))
    assert dialog.extension == ".html"
    dialog.set_flow(None)
    assert dialog.export()
    data = _data(out)
    assert [f["id"] for f in data["flows"]] == [f.id for f in dialog.document.topology.flows]
    assert data["lang"] == "en"
    dialog.set_flow("flow2-web-to-db")
    assert dialog.export()
    assert [f["id"] for f in _data(out)["flows"]] == ["flow2-web-to-db"]


def test_the_chinese_interface_exports_a_chinese_page(dialog, tmp_path, qapp):
    out = tmp_path / "lesson.html"
    dialog.set_path(str(out))
    dialog.set_flow("flow1-internet-to-web")
    try:
        assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
        assert dialog.export()
    finally:
        i18n.set_language(qapp, "en")
    data = _data(out)
    assert data["lang"] == "zh-CN"
    assert data["words"]["ui"]["headers"] == "报头"
    steps = [s for h in data["flows"][0]["request"]["hops"] for s in h["steps"]]
    assert any(re.search("[\u4e00-\u9fff]", s) for s in steps)
