"""The Chinese catalogue and its check: built by lrelease, every engine sentence translated with
its placeholders intact, and the check script failing where it should."""

from __future__ import annotations

import ast
import os
import shutil
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.engine import messages
from desktop_app.engine import trace as run_trace
from desktop_app.model import load_topology
from desktop_app.ui import i18n
from desktop_app.ui.trace_words import hop_summary, step_text, trace_detail

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "tools" / "check_translations.py"
FIXTURES = ROOT / "tests" / "fixtures"
GOOD_PY = FIXTURES / "i18n_good" / "wrapped.py"
GOOD_TS = FIXTURES / "i18n_good" / "wrapped_zh_CN.ts"
SAMPLE = ROOT / "samples" / "icp-vcs-hybrid.yaml"


@pytest.fixture(scope="module")
def zh_qm() -> Path:
    """The compiled catalogue (built here from the .ts when missing or stale)."""
    qm = i18n.qm_file("zh_CN")
    assert qm is not None and qm.stat().st_size > 0
    return qm


@pytest.fixture
def chinese(qapp, zh_qm):
    """The app speaks Chinese for one test."""
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


def templates() -> list[tuple[str, str]]:
    """Every (context, template) of the engine's sentences and words, as messages.py marks them."""
    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    return sorted({(node.args[0].value, node.args[1].value) for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and getattr(node.func, "id", "") ==
                   "QT_TRANSLATE_NOOP" and len(node.args) == 2
                   and isinstance(node.args[1], ast.Constant)})


def example_params(template: str) -> dict[str, object]:
    """A value for each field: a number where the format spec wants one."""
    params: dict[str, object] = {}
    for _text, field, spec, _conv in string.Formatter().parse(template):
        if field:
            params[field] = 12345 if spec else f"<{field}>"
    return params


def run_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), *args], capture_output=True, text=True,
                          cwd=ROOT, check=False, timeout=120)


def test_the_catalogue_compiles_and_loads(zh_qm):
    translator = QTranslator()
    assert translator.load(str(zh_qm))
    assert translator.translate("actions", "&File") == "文件(&F)"
    assert translator.translate("trace", messages.DNAT) == "规则 {name}：目标 {old} → {new}"


def test_a_stale_build_is_made_again(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "hybridviz_zh_CN.ts"
    shutil.copyfile(GOOD_TS, ts)
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    first = i18n.qm_file("zh_CN")
    assert first == folder / "hybridviz_zh_CN.qm" and first.is_file()
    built = first.stat().st_mtime
    later = time.time() + 5
    os.utime(ts, (later, later))  # the .ts was edited after the build
    assert i18n.qm_file("zh_CN") == first and first.stat().st_mtime > built
    translator = QTranslator()
    assert translator.load(str(first)) and translator.translate("Panel", "Packets sent") == \
        "已发送的数据包"


def test_a_read_only_folder_builds_into_the_cache(tmp_path, monkeypatch, qapp):
    folder = tmp_path / "installed"
    folder.mkdir()
    shutil.copyfile(GOOD_TS, folder / "hybridviz_zh_CN.ts")
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    monkeypatch.setattr(i18n.os, "access", lambda path, mode: False)  # a wheel in /usr
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    qm = i18n.qm_file("zh_CN")
    assert qm is not None and qm.is_file() and qm.parent != folder
    assert not (folder / "hybridviz_zh_CN.qm").exists()


def test_every_engine_template_is_translated_with_the_same_placeholders(zh_qm):
    translator = QTranslator()
    assert translator.load(str(zh_qm))
    found = templates()
    assert len(found) > 100
    for context, template in found:
        zh = translator.translate(context, template)
        assert zh, f"no Chinese for {template!r}"
        params = example_params(template)
        # Formatting the translation with the English parameters must work (no KeyError)
        # and use every parameter the English sentence uses.
        text = zh.format(**params)
        for name, value in params.items():
            assert str(value) in text or f"{value:,}" in text, (template, name, zh)


def test_every_step_of_the_sample_flows_reads_in_chinese(chinese):
    topology = load_topology(SAMPLE)
    steps = 0
    for flow in topology.flows:
        result = run_trace(topology, flow)
        assert any("\u4e00" <= c <= "\u9fff" for c in trace_detail(result)), flow.id
        for hop in result.hops:
            summary = hop_summary(hop)
            assert summary == "" or any("\u4e00" <= c <= "\u9fff" for c in summary) or \
                summary.startswith(("DNAT", "SNAT", "kube-proxy", "DNS")), summary
            for step in hop.steps:
                steps += 1
                text = step_text(step)
                assert step.template and text != step.text, step.text
                assert any("\u4e00" <= c <= "\u9fff" for c in text), text
    assert steps > 50


def test_the_dnat_step_of_flow_1_in_chinese(chinese):
    topology = load_topology(SAMPLE)
    result = run_trace(topology, topology.flow("flow1-internet-to-web"))
    dnat = next(s for h in result.hops for s in h.steps if s.type == "dnat")
    assert step_text(dnat) == "规则 dnat-icp-vip：目标 198.51.100.5:443 → 10.10.1.100:443"


def test_the_system_choice_follows_the_desktop_languages(monkeypatch):
    class Locale:
        def __init__(self, languages):
            self.languages = languages

        def uiLanguages(self):  # noqa: N802
            return self.languages

    for languages, expected in ((["zh-CN", "en-US"], "zh_CN"), (["zh-TW"], "zh_CN"),
                                (["de-DE", "en-GB"], "en"), (["fr-FR"], "en")):
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda ls=languages: Locale(ls)))
        assert i18n.resolve_language("system") == expected
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("zh_CN") == "zh_CN"


def test_the_check_passes_on_wrapped_strings_with_a_complete_catalogue():
    done = run_check("--paths", str(GOOD_PY), "--ts", str(GOOD_TS))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK" in done.stdout


def test_the_check_fails_on_an_unwrapped_string():
    bad = FIXTURES / "i18n_bad" / "unwrapped.py"
    done = run_check("--paths", str(bad), "--ts", str(GOOD_TS))
    assert done.returncode == 1
    assert "unwrapped.py:11: the string 'Packet list' passed to setWindowTitle()" in done.stdout
    assert "unwrapped.py:10: the f-string" in done.stdout and "setToolTip()" in done.stdout


def test_the_check_fails_on_an_unfinished_entry():
    done = run_check("--paths", str(GOOD_PY), "--ts",
                     str(FIXTURES / "i18n_bad" / "unfinished_zh_CN.ts"))
    assert done.returncode == 1
    assert "[Panel] 'Packets sent': has no finished translation" in done.stdout


def test_the_check_fails_when_a_translation_loses_a_placeholder():
    done = run_check("--paths", str(GOOD_PY), "--ts",
                     str(FIXTURES / "i18n_bad" / "placeholder_zh_CN.ts"))
    assert done.returncode == 1
    assert "'{n} packets on {network}'" in done.stdout and "placeholders" in done.stdout


def test_the_check_fails_on_a_new_string_the_catalogue_lacks(tmp_path):
    source = tmp_path / "wrapped.py"
    source.write_text(GOOD_PY.read_text(encoding="utf-8") + (
        "\n\nclass Other(Panel):\n    def title(self) -> str:\n"
        "        return self.tr(\"A brand new sentence\")\n"), encoding="utf-8")
    done = run_check("--paths", str(source), "--ts", str(GOOD_TS))
    assert done.returncode == 1
    assert "[Other] 'A brand new sentence': is a new string in the code" in done.stdout


def test_the_check_fails_on_an_obsolete_entry(tmp_path):
    ts = tmp_path / "old_zh_CN.ts"
    ts.write_text(GOOD_TS.read_text(encoding="utf-8").replace(
        "<translation>数据包列表</translation>",
        '<translation type="vanished">数据包列表</translation>'), encoding="utf-8")
    done = run_check("--paths", str(GOOD_PY), "--ts", str(ts))
    assert done.returncode == 1 and "is vanished" in done.stdout


def test_the_check_says_so_when_a_path_is_missing():
    done = run_check("--paths", "no/such/folder")
    assert done.returncode == 2 and "does not exist" in done.stderr
