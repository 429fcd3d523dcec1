"""The reader's sentences as templates: every problem a bad file gives before validation (YAML
syntax, tags, aliases, the format number, the shape of each value, reading the file) keeps the
template it was said from, says exactly the English it always said, and reads in Chinese with
its values. PyYAML's own description of a syntax error stays its English inside the sentence.

``reader_problems`` makes every one of these mistakes; test_validation_messages.py adds them to
the validator's, so the checks made there (every template reached, every problem in Chinese,
the GUI's English equal to the command line's) cover the reader's too.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from desktop_app.model import Problem, TopologyError, file_text, load
from desktop_app.model.messages import (
    ALIAS_BOMB,
    BROKEN_EMBEDDED_TOPOLOGY,
    CANNOT_OPEN,
    CANNOT_READ,
    CONTROL_CHARACTER,
    DUPLICATE_KEY,
    EMPTY_FILE,
    EXPECTED,
    FILE_TOO_LARGE,
    FORMAT_MISSING,
    FORMAT_NOT_A_NUMBER,
    FORMAT_TOO_NEW,
    FORMAT_UNKNOWN,
    KEY_NOT_PLAIN,
    LAYOUT_NAMES_NOTHING,
    MISSING_KEY,
    NEEDS_VALUE,
    NESTS_TOO_DEEPLY,
    NO_EMBEDDED_TOPOLOGY,
    NO_SUCH_FILE,
    NOT_A_TOPOLOGY,
    NOT_UTF8,
    NOT_YAML,
    NUMBER_TOO_LONG,
    RECURSIVE_ALIAS,
    TAG_NOT_ALLOWED,
    UNDEFINED_ALIAS,
    UNKNOWN_KEY,
    phrase,
)
from desktop_app.model.reader import parse_text
from desktop_app.ui import i18n
from desktop_app.ui.problem_words import problem_line, problem_text
from tests.test_model_errors import at, billion_laughs, problems_of

HEAD = "hybridviz: 1\nname: x\n"

# (name, file text, the one reader problem's English sentence, its template)
TEXT_MISTAKES = [
    ("list-expected", HEAD + "zones: {id: a}\n", "expected a list, found a mapping", EXPECTED),
    ("mapping-expected", HEAD + "layout: [1]\n", "expected a mapping, found a list", EXPECTED),
    ("object-expected", HEAD + "zones: [~]\n", "expected a mapping, found nothing", EXPECTED),
    ("text-expected", "hybridviz: 1\nname: [x]\n", "expected text, found a list", EXPECTED),
    ("number-expected", HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtu: big}\n",
     "expected a whole number, found 'big'", EXPECTED),
    ("bool-expected", HEAD + "kubernetes: [{id: k, pod_cidr: 10.1.0.0/16, service_cidr: "
     "10.2.0.0/16, calico: {nat_outgoing: maybe}}]\n",
     "expected true or false, found 'maybe'", EXPECTED),
    ("float-expected", HEAD + "layout: {a: [x, 1]}\n", "expected a number, found 'x'", EXPECTED),
    ("item-empty", HEAD + "layout: {a: [1, ~]}\n", "expected a number, found nothing",
     EXPECTED),
    ("duplicate-key", HEAD + "name: y\n", "key 'name' appears twice in this mapping",
     DUPLICATE_KEY),
    ("duplicate-dict-key", HEAD + "layout: {a: [1, 2], a: [3, 4]}\n",
     "key 'a' appears twice in this mapping", DUPLICATE_KEY),
    ("key-not-plain", HEAD + "zones: [{[a]: 1, id: z}]\n", "mapping keys must be plain names",
     KEY_NOT_PLAIN),
    ("unknown-key-near", HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtuu: 1}\n",
     "unknown key 'mtuu'; did you mean 'mtu'?", UNKNOWN_KEY),
    ("unknown-key", HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, qqqqqq: 1}\n",
     "unknown key 'qqqqqq'", UNKNOWN_KEY),
    ("needs-value", HEAD + "zones:\n  - id:\n    label: Zone\n", "'id' needs a value",
     NEEDS_VALUE),
    ("missing-key", HEAD + "devices:\n  - id: a\n    interfaces: []\n",
     "missing required key 'kind'", MISSING_KEY),
    ("not-a-topology", "- hybridviz\n- 1\n",
     "a topology is a mapping of keys (hybridviz, name, networks, …), found a list",
     NOT_A_TOPOLOGY),
    ("scalar-topology", "just text\n",
     "a topology is a mapping of keys (hybridviz, name, networks, …), found 'just text'",
     NOT_A_TOPOLOGY),
    ("empty", "# nothing yet\n", "the file is empty; a topology starts with 'hybridviz: 1'",
     EMPTY_FILE),
    ("not-yaml", "hybridviz: 1\nname: [x\n", "not valid YAML: did not find expected ',' or ']'",
     NOT_YAML),
    ("control-character", "hybridviz: 1\nname: a\x00b\n",
     "the control character U+0000 is not allowed in a topology file; remove it",
     CONTROL_CHARACTER),
    ("number-too-long", "hybridviz: 1\nname: x\nsettings: {vxlan_port: " + "9" * 4301 + "}\n",
     "this number has 4,301 digits; numbers are limited to 4,300 digits", NUMBER_TOO_LONG),
    ("second-document", HEAD + "---\nhybridviz: 1\n",
     "not valid YAML: found a second document ('---'); a topology file holds exactly one",
     NOT_YAML),
    ("undefined-alias", HEAD + "zones: *nowhere\n", "not valid YAML: found undefined alias 'nowhere'",
     NOT_YAML),
    ("python-tag", "hybridviz: 1\nname: !!python/object/apply:os.system [echo pwned]\n",
     "YAML tag '!!python/object/apply:os.system' is not allowed; topology files hold plain "
     "text, numbers, lists and mappings", TAG_NOT_ALLOWED),
    ("recursive-alias", HEAD + "zones: &z\n  - *z\n",
     "a YAML alias refers to itself; remove the recursive anchor", RECURSIVE_ALIAS),
    ("alias-bomb", billion_laughs(),
     "YAML aliases would expand this document to 926,177,119 values (from 33 written); refusing "
     "it as an alias bomb. Write the values out instead of nesting aliases", ALIAS_BOMB),
    ("format-missing", "name: x\nzones: []\n",
     "missing the format number: add 'hybridviz: 1' as the first line", FORMAT_MISSING),
    ("format-text", "hybridviz: one\nname: x\n",
     "the format number must be a whole number, found 'one'", FORMAT_NOT_A_NUMBER),
    ("format-list", "hybridviz: [1]\nname: x\n",
     "the format number must be a whole number, found a list", FORMAT_NOT_A_NUMBER),
    ("format-newer", "name: x\nhybridviz: 2\n",
     "this file uses format 2, newer than this hybridviz understands (format 1); open it with a "
     "newer hybridviz", FORMAT_TOO_NEW),
    ("format-zero", "hybridviz: 0\nname: x\n", "format 0 does not exist; the first format is 1",
     FORMAT_UNKNOWN),
]


def reader_problem(text: str) -> Problem:
    """The one problem the reader finds in ``text`` (validation warnings aside)."""
    found = [p for p in problems_of(text) if p.template not in _VALIDATION_ONLY]
    assert len(found) == 1, [p.format() for p in found]
    return found[0]


_VALIDATION_ONLY = {LAYOUT_NAMES_NOTHING}  # "layout entry 'a' names no zone…" (a warning)


def file_problem(path: Path) -> Problem:
    with pytest.raises(TopologyError) as info:
        load(path)
    (p,) = info.value.problems
    assert p.file == str(path)
    return p


def file_mistakes(folder: Path) -> Iterator[tuple[str, Problem]]:
    """(name, problem) for every way reading a file fails, made with real files in ``folder``."""
    yield "missing", file_problem(folder / "nope.yaml")
    yield "directory", file_problem(folder)
    # The system's own words, kept as they are: no phrase translates them.
    yield "name-too-long", file_problem(folder / ("n" * 300 + ".yaml"))
    big = folder / "huge.yaml"
    with open(big, "wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: no disk used
    yield "too-large", file_problem(big)
    latin = folder / "latin1.yaml"
    latin.write_bytes("hybridviz: 1\nname: caf\xe9\n".encode("latin-1"))
    yield "not-utf8", file_problem(latin)
    # Root reads any file, so the refusal a user meets is the system's, raised for the test.
    locked = folder / "locked.yaml"
    locked.write_text(HEAD, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(file_text, "open", _refuse, raising=False)
        refused = file_problem(locked)
    yield "permission", refused


def _refuse(name: str, mode: str = "r") -> NoReturn:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)


def nesting_too_deep() -> Problem:
    """A file built while the stack is all but spent: the builder gives up with a sentence.

    The schema's depth bounds the builder's recursion, so no file reaches Python's limit from
    a fresh stack; a caller deep in its own recursion (or a lower limit) can.
    """
    text = HEAD + "kubernetes: [{id: k, pod_cidr: 10.1.0.0/16, service_cidr: 10.2.0.0/16, " \
        "ingresses: [{name: i, rules: [{host: h, service: s, port: 80}]}]}]\n"
    limit = sys.getrecursionlimit()
    depth = _depth()
    try:
        for spare in range(1, 120):
            try:
                sys.setrecursionlimit(depth + spare)
                _model, _where, problems = parse_text(text, "t.yaml")
            except RecursionError:
                continue  # below the depth here, or spent before the builder started
            if problems and problems[0].template == NESTS_TOO_DEEPLY:
                return problems[0]
    finally:
        sys.setrecursionlimit(limit)
    raise AssertionError("no stack depth made the builder give up")


def _depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


EXPORTS_WITHOUT_TOPOLOGY = {
    "plain.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00IEND\xaeB`\x82",
    "plain.svg": b'<svg xmlns="http://www.w3.org/2000/svg"/>',
    "plain.pdf": b"%PDF-1.4\n%%EOF\n",
    "plain.drawio": b"<mxfile/>",
    "plain.html": b"<!DOCTYPE html><p>hello</p>",
    "broken.svg": b"<svg",
}


def export_mistakes(folder: Path) -> list[tuple[str, Problem]]:
    """Exported pictures and pages with no topology inside, or a broken one."""
    out = []
    for name, data in EXPORTS_WITHOUT_TOPOLOGY.items():
        path = folder / name
        path.write_bytes(data)
        with pytest.raises(TopologyError) as caught:
            load(path)
        out.append((name, caught.value.problems[0]))
    return out


def test_exports_without_a_topology_say_so(tmp_path):
    said = dict(export_mistakes(tmp_path))
    assert said["plain.png"].message == (
        "this PNG image carries no hybridviz topology; open the .yaml file it was exported "
        "from, or export it again from hybridviz")
    assert said["plain.html"].template == NO_EMBEDDED_TOPOLOGY
    assert said["broken.svg"].template == BROKEN_EMBEDDED_TOPOLOGY
    assert {str(dict(p.params)["format"]) for p in said.values()} == {
        "PNG image", "SVG drawing", "PDF document", "draw.io diagram", "web page"}


def reader_problems(folder: Path) -> list[Problem]:
    """Every problem of every reader mistake (text, files, exports, a spent stack)."""
    found = [p for _name, text, _message, _template in TEXT_MISTAKES for p in problems_of(text)]
    found += [p for _name, p in file_mistakes(folder)]
    found += [p for _name, p in export_mistakes(folder)]
    found.append(nesting_too_deep())
    found.append(unexpected_failure())
    return found


def unexpected_failure() -> Problem:
    """What a bug reached by a file says: the catch-all's sentence, at the file's start."""
    import importlib

    load_module = importlib.import_module("desktop_app.model.load")

    def broken(_model: object) -> list[Problem]:
        raise RuntimeError("bug 42")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(load_module, "validate", broken)
        with pytest.raises(TopologyError) as info:
            load_module.loads(HEAD, "bug.yaml")
    (problem,) = info.value.problems
    assert problem.format() == ("bug.yaml:1:1: hybridviz could not handle this file (RuntimeError: "
                                "bug 42); nothing was changed. Please report it with the file")
    return problem


# -- English: the sentences as they always were -------------------------------------------------
@pytest.mark.parametrize(("text", "message", "template"),
                         [m[1:] for m in TEXT_MISTAKES], ids=[m[0] for m in TEXT_MISTAKES])
def test_each_mistake_says_its_sentence_from_its_template(text, message, template):
    p = reader_problem(text)
    assert p.message == message
    assert p.template == template
    assert p.message == p.template.format(**dict(p.params))


def test_file_mistakes_say_their_sentences(tmp_path):
    said = {name: p for name, p in file_mistakes(tmp_path)}
    assert said["missing"].message == "cannot open the file: No such file or directory"
    assert said["missing"].params == (("reason", phrase(NO_SUCH_FILE)),)
    assert said["directory"].message == "cannot read the file: Is a directory"
    assert said["name-too-long"].message == "cannot open the file: File name too long"
    assert said["name-too-long"].params == (("reason", "File name too long"),)
    assert said["too-large"].message == "the file is 51.0 MB; topology files are limited to 50 MB"
    assert said["not-utf8"].message == "not UTF-8 text (byte 22); save the file as UTF-8"
    assert said["permission"].message == "cannot read the file: Permission denied"
    assert [p.template for p in said.values()] == [
        CANNOT_OPEN, CANNOT_READ, CANNOT_OPEN, FILE_TOO_LARGE, NOT_UTF8, CANNOT_READ]


def test_a_spent_stack_is_a_sentence():
    p = nesting_too_deep()
    assert (p.message, p.line, p.column) == ("the document nests too deeply", 1, 1)


def test_pyyaml_keeps_its_own_words_and_our_composer_its_phrases():
    p = reader_problem("hybridviz: 1\nname: [x\n")
    assert p.params == (("problem", "did not find expected ',' or ']'"),)
    p = reader_problem(HEAD + "zones: *nowhere\n")
    assert p.params == (("problem", phrase(UNDEFINED_ALIAS, alias="nowhere")),)
    assert (p.line, p.column) == (3, 8)


# -- in Chinese ------------------------------------------------------------------------------------
@pytest.fixture
def chinese(qapp):
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize(("text", "zh"), [
    (HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtuu: 1}\n",
     "未知的键“mtuu”；您是指“mtu”吗？"),
    (HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, qqqqqq: 1}\n",
     "未知的键“qqqqqq”"),
    (HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtu: big}\n",
     "应为整数，实际为“big”"),
    (HEAD + "kubernetes: [{id: k, pod_cidr: 10.1.0.0/16, service_cidr: 10.2.0.0/16, "
     "calico: {nat_outgoing: maybe}}]\n", "应为 true 或 false，实际为“maybe”"),
    (HEAD + "zones: [~]\n", "应为映射，实际为空值"),
    (HEAD + "devices:\n  - id: a\n    interfaces: []\n", "缺少必需的键“kind”"),
    ("- hybridviz\n- 1\n", "拓扑应是由键（hybridviz、name、networks 等）组成的映射，实际为列表"),
    ("hybridviz: 1\nname: [x\n", "不是有效的 YAML：did not find expected ',' or ']'"),
    (HEAD + "---\nhybridviz: 1\n", "不是有效的 YAML：发现了第二个文档（“---”）；一个拓扑文件只能包含一个文档"),
    (HEAD + "zones: *nowhere\n", "不是有效的 YAML：发现未定义的别名“nowhere”"),
    (billion_laughs(), "YAML 别名会把此文档展开为 926,177,119 个值（实际只写了 33 个）；这是别名"
     "炸弹，已拒绝加载。请直接写出这些值，不要嵌套别名"),
    ("name: x\nhybridviz: 2\n",
     "此文件使用格式 2，比此版本 hybridviz 能识别的格式（格式 1）更新；请用更新版本的 hybridviz 打开它"),
], ids=["unknown-key-near", "unknown-key", "number-expected", "bool-expected", "object-expected",
        "missing-key", "not-a-topology", "not-yaml", "second-document", "undefined-alias",
        "alias-bomb", "format-newer"])
def test_known_sentences_in_chinese(chinese, text, zh):
    assert problem_text(reader_problem(text)) == zh


def test_file_mistakes_in_chinese(chinese, tmp_path):
    said = {name: problem_text(p) for name, p in file_mistakes(tmp_path)}
    assert said["missing"] == "无法打开文件：文件或目录不存在"
    assert said["directory"] == "无法读取文件：它是一个目录"
    assert said["name-too-long"] == "无法打开文件：File name too long"  # the system's own words
    assert said["too-large"] == "文件大小为 51.0 MB；拓扑文件最大为 50 MB"
    assert said["not-utf8"] == "不是 UTF-8 文本（位于字节 22）；请将文件保存为 UTF-8 编码"
    assert said["permission"] == "无法读取文件：没有访问权限"


def test_a_reader_problem_line_in_chinese_keeps_its_place(chinese):
    text = HEAD + "networks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtuu: 1}\n"
    line, column = at(text, "mtuu")
    assert problem_line(reader_problem(text)) == \
        f"t.yaml:{line}:{column}: networks[0].mtuu: 未知的键“mtuu”；您是指“mtu”吗？"
