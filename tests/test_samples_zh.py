"""The Chinese companion sample is the reference topology with Chinese words, nothing else."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

from desktop_app.engine import trace
from desktop_app.model import load_topology

ROOT = Path(__file__).resolve().parents[1]


def _strip_words(topo):
    t = copy.deepcopy(topo)
    t.name, t.description = "", None
    for obj in [*t.zones, *t.networks, *t.devices, *t.kubernetes, *t.flows]:
        obj.label, obj.notes = None, None
    return t


def test_same_topology_different_words():
    en = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    zh = load_topology(ROOT / "samples" / "icp-vcs-hybrid.zh.yaml")
    assert _strip_words(en) == _strip_words(zh)
    labels = [d.label for d in zh.devices]
    assert all(label and any("\u4e00" <= ch <= "\u9fff" for ch in label) or label.startswith(("ESXi", "FCR", "BCR",
               "XCR", "ICP", "NSX", "VCS", "L2", "Web", "Ingress")) for label in labels)
    assert zh.flow("flow1-internet-to-web").label.startswith("流 1")
    for flow in zh.flows:
        a, b = trace(zh, flow), trace(en, en.flow(flow.id))
        assert a.disposition == b.disposition
        assert [(h.device, h.headers_in, h.headers_out) for h in a.hops] == [
            (h.device, h.headers_in, h.headers_out) for h in b.hops]


def test_generator_reproduces_the_file():
    spec = importlib.util.spec_from_file_location("make_zh_sample", ROOT / "tools" / "make_zh_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from desktop_app.model import dumps

    en = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    assert dumps(module.translate(en)) == (ROOT / "samples" / "icp-vcs-hybrid.zh.yaml").read_text("utf-8")
