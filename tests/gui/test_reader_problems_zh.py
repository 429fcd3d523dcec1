"""A file the reader refuses (bad YAML, an unknown key, a vanished file) explains itself in
Chinese in the load-failure dialog, file and position kept; PyYAML's own words stay English."""

from __future__ import annotations

import pytest

from desktop_app.ui import i18n

HEAD = "hybridviz: 1\nname: x\n"


@pytest.fixture
def chinese(qapp):
    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.set_language(qapp, "en")


def test_an_unknown_key_is_explained_in_chinese(chinese, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "networks:\n  - {id: lan, kind: vlan, cidr: 10.0.0.0/24, mtuu: 9000}\n",
                   encoding="utf-8")
    assert not window.files.open_path(str(bad))
    (path, summary, details) = window.prompts.load_errors[-1]
    line = f"{bad}:4:46: networks[0].mtuu: 未知的键“mtuu”；您是指“mtu”吗？"
    assert path == str(bad)
    assert summary == f"该文件有 1 个问题，未打开任何内容。问题：{line}"
    assert details == [line]


def test_bad_yaml_keeps_pyyamls_words_in_a_chinese_sentence(chinese, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "zones: [x\n", encoding="utf-8")
    assert not window.files.open_path(str(bad))
    (_path, _summary, details) = window.prompts.load_errors[-1]
    assert details == [f"{bad}:4:1: 不是有效的 YAML：did not find expected ',' or ']'"]


def test_a_vanished_file_is_explained_in_chinese(chinese, make_window, tmp_path):
    window = make_window()
    gone = tmp_path / "gone.yaml"
    assert not window.files.open_path(str(gone))
    (_path, _summary, details) = window.prompts.load_errors[-1]
    assert details == [f"{gone}: 无法打开文件：文件或目录不存在"]
    assert window.doc.path is None  # nothing was opened


def test_in_english_the_dialog_says_what_the_command_line_says(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.yaml"
    bad.write_text("hybridviz: one\nname: x\n", encoding="utf-8")
    assert not window.files.open_path(str(bad))
    (_path, _summary, details) = window.prompts.load_errors[-1]
    assert details == [f"{bad}:1:12: hybridviz: the format number must be a whole number, "
                       "found 'one'"]
