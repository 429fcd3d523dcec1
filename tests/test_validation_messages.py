"""The validator's and the reader's sentences as templates: every problem keeps the template it
was said from, every template in desktop_app/model/messages.py is said by some real mistake,
each reads in Chinese with the parameters of that mistake, and the command line still prints
English.

The mistakes are the error cases of test_model_errors.py plus the edits below, one at a time,
of the same small valid topology, and the reader's (test_reader_messages.py: bad YAML, bad
values, files that cannot be read).
"""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.engine import FlowRequest, TraceInputError, trace
from desktop_app.model import Problem, TopologyError, loads
from desktop_app.model import messages as M
from desktop_app.ui import i18n
from desktop_app.ui.problem_words import problem_line, problem_text
from desktop_app.ui.trace_words import input_error_text
from tests.test_model_errors import BASE, CASES, L2C_C, problems_of
from tests.test_reader_messages import reader_problems

ROOT = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::a)?\}")  # a field left unformatted (not {app: web})

# (what BASE holds once, what it becomes): mistakes the error cases do not make.
EDITS = [
    ("node_port: 30080}", "node_port: 30080, protocol: XYZ}"),  # service protocol
    ("{name: eth0, network: lan, ip: 10.0.0.53/24", "{name: eth0, network: qqqqqq, ip: 10.0.0.53/24"),
    ("cluster: k8s", "cluster: qqqqqq"),
    ("service: web, port: 80}", "service: qqqqqq, port: 80}"),
    ("from: client, to: web,", "from: qqqqqq, to: web,"),
    ("to: web, port", "to: qqqqqq, port"),
    ("to: web.example.com,", "to: zzz.nowhere.org,"),
    ("  lan: [10, 60]", "  lan: [10, 60]\n  qqqqqq: [1, 2]"),
    ("ip: 10.0.0.10/24, gateway: 10.0.0.1}", "ip: 10.0.0.10/24, gateway: 10.0.0.1/24}"),
    ("web.example.com: 10.2.0.10", "web.example.com: banana"),
    ("target_port: 8080", "target_port: 70000"),
    ("zone: dc, cidr: 10.0.0.0/24}", "zone: dc, cidr: 10.0.0.0/24, vlan: 5000}"),
    ("vni: 5000}", "vni: 5000, vlan: 10}"),
    ("host: esxi-2", "host: web"),
    ("ip: 10.1.0.11/24, vtep: true}", "ip: 10.1.0.11/24, vtep: true, mac: zz}"),
    ("{name: eth0, network: lan, ip: 10.0.0.53/24", "{name: eth0, ip: 10.0.0.53/24"),
    ("ip: 10.1.0.11/24, vtep: true", "vtep: true"),
    ("network: underlay, ip: 10.1.0.11/24, vtep: true", "network: web-ls, ip: 10.2.0.11/24, vtep: true"),
    ("    host: esxi-2\n", ""),
    ("ip: 10.0.0.1/24}", "ip: 10.0.0.1/24, secondary: [10.9.0.1]}"),
    ("ip: 10.0.0.53/24", "ip: 10.0.0.53/25"),
    ("ip: 10.0.0.53/24", "ip: 10.0.0.255/24"),
    ("  - id: dns1\n", "  - {id: r9, kind: router, routes: [{to: 0.0.0.0/0, via: 1.2.3.4}]}\n  - id: dns1\n"),
    ("      - {to: 0.0.0.0/0, via: 198.51.100.1}",
     "      - {to: 0.0.0.0/0, via: 198.51.100.1}\n      - {to: 10.50.0.0/16, via: 10.0.0.99}"),
    ("translate: {ip: 198.51.100.2}",
     "translate: {ip: 198.51.100.2}\n      - {name: snat-out, type: snat, translate: {ip: 198.51.100.2}}"),
    ("\n        translate: {ip: 198.51.100.2}", ""),
    ("peer: l2c-b", "peer: l2c-a"),
    ("name: test\n", "name: test\nsettings: {vxlan_port: 0}\n"),
    ("service_cidr: 10.96.0.0/16", "service_cidr: 10.100.0.0/24"),
    ("    cluster: k8s\n", ""),
    ("  - id: pod1\n", "  - {id: node2, kind: k8s-node, cluster: k8s, pod_cidr: 10.100.1.0/24, "
                       "interfaces: [{name: eth0, network: web-ls, ip: 10.2.0.22/24}]}\n  - id: pod1\n"),
    ("    node: node1\n", ""),
    ("    labels: {app: web}\n", "    labels: {app: web}\n    host_network: true\n"),
    ("    ip: 10.100.1.10\n", ""),
    ("    ingresses:\n", "      - {name: web2, cluster_ip: 10.96.0.10, selector: {app: web}, "
                         "ports: [{port: 81, node_port: 30080}]}\n    ingresses:\n"),
    ("type: NodePort", "type: NodePort\n        load_balancer_ip: 10.2.0.100"),
    ("type: NodePort", "type: LoadBalancer\n        load_balancer_ip: 10.2.0.222"),
    ("type: NodePort", "type: LoadBalancer"),
    ("    ingresses:\n", "      - {name: bare, selector: {app: web}}\n      - {name: cip, selector: "
                         "{app: web}, ports: [{port: 82, node_port: 30090}]}\n    ingresses:\n"),
    ("          - {host: web.example.com, service: web, port: 80}\n",
     "          - {host: web.example.com, service: web, port: 80}\n      - {name: web-ingress}\n"),
    ("service: web, port: 80}", "service: web, port: 81}"),
    ("protocol: tcp, port: 80}\n  - {id: f2", "protocol: icmp, port: 80}\n  - {id: f2"),
    ("to: web, port: 80,", "to: web, port: 80, size: 10,"),
    ("to: web, port: 80,", "to: web, port: 80, expect: delivred,"),
    ("    dns: dns1\n", ""),
]


def mistakes() -> list[str]:
    texts = []
    for case in CASES:
        text = case.text()
        texts.append(text.replace("kubernetes:\n", L2C_C) if case.name == "l2c-peers-not-mutual"
                     else text)
    for old, new in EDITS:
        assert BASE.count(old) == 1, old
        texts.append(BASE.replace(old, new))
    return texts


@pytest.fixture(scope="module")
def problems(tmp_path_factory) -> list[Problem]:
    """Every problem the validator and the reader find in the mistakes."""
    found = [p for text in mistakes() for p in problems_of(text)]
    found += reader_problems(tmp_path_factory.mktemp("reader"))
    untold = [p.message for p in found if not p.template]
    assert not untold, untold  # every problem is said from a template
    return found


def marked_templates() -> set[str]:
    """Every validation string desktop_app/model/messages.py marks with QT_TRANSLATE_NOOP."""
    tree = ast.parse(Path(M.__file__).read_text(encoding="utf-8"))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[1], ast.Constant)
            and node.args[0].value == "validation"}  # "selectors" are the matrix's (test_checks_engine)


def said(template: str, params: tuple[tuple[str, Any], ...], into: set[str]) -> None:
    """Collect a template, the templates nested in its parameters, their words and articles."""
    into.add(template)
    for _name, value in params:
        if isinstance(value, M.Phrase):
            said(value.template, value.params, into)
        if isinstance(value, M.Word):
            into.add(str(value))
        if isinstance(value, M.Noun):
            into.add(M.article(value))
        if isinstance(value, M.Kinds):
            into.update(M.article(k) for k in value)


# -- the model keeps what each sentence was said from -------------------------------------------
def test_every_problem_is_its_template_said_in_english(problems):
    assert len(problems) > 150
    for p in problems:
        assert p.message == p.template.format(**dict(p.params)), p
        assert p.template in marked_templates(), p.template
        assert not PLACEHOLDER.search(p.message), p.message


def test_every_template_is_said_by_some_mistake(problems):
    reached: set[str] = set()
    for p in problems:
        said(p.template, p.params, reached)
    # ", " and "warning: " are the GUI's (ui/problem_words.py), not the validator's.
    missing = marked_templates() - reached
    assert not missing, sorted(missing)


def test_a_suggestion_is_a_phrase_of_its_own():
    p = next(p for p in problems_of(BASE.replace("    kind: vm\n", "    kind: vmm\n"))
             if p.path == "devices[5].kind")
    assert p.template == M.UNKNOWN_VALUE
    params = dict(p.params)
    assert params["what"] == M.DEVICE_KIND and isinstance(params["what"], M.Word)
    assert params["value"] == "vmm"
    assert params["hint"] == M.phrase(M.SUGGESTION, near="vm")


def test_a_kind_takes_its_english_article():
    assert f"{M.Kind('esg'):a}, {M.Kind('l2-concentrator'):a}, {M.Kind('k8s-node'):a}" == \
        "an esg, an l2-concentrator, a k8s-node"
    assert f"{M.Kind('vm')}" == "vm" and f"{M.Kinds((M.Kind('esg'), M.Kind('dlr')))}" == "esg, dlr"


def test_a_trace_input_error_keeps_its_template():
    from desktop_app.model import load_topology
    topology = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    with pytest.raises(TraceInputError) as info:
        trace(topology, FlowRequest("nowhere", "10.0.0.1"))
    assert str(info.value) == "unknown source device 'nowhere'"
    assert (info.value.template, info.value.params) == (
        "unknown source device '{source}'", (("source", "nowhere"),))


# -- in Chinese ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def zh_qm() -> Path:
    qm = i18n.qm_file("zh_CN")
    assert qm is not None
    return qm


@pytest.fixture
def chinese(qapp, zh_qm):
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


def test_every_validation_template_has_chinese_with_the_same_placeholders(zh_qm):
    translator = QTranslator()
    assert translator.load(str(zh_qm))
    fields = string.Formatter()
    for template in marked_templates():
        zh = translator.translate(M.CONTEXT, template)
        assert zh, f"no Chinese for {template!r}"
        assert sorted((f, s) for _t, f, s, _c in fields.parse(zh) if f is not None) == \
            sorted((f, s) for _t, f, s, _c in fields.parse(template) if f is not None), template


def test_every_real_problem_reads_in_chinese_with_its_values(chinese, problems):
    for p in problems:
        text = problem_text(p)
        assert HAN.search(text), (p.message, text)
        assert not PLACEHOLDER.search(text), text
        # The values from the file (ids, addresses, numbers) are all still there, formatted
        # as the template formats them ({total:,}).
        specs = {f: s for _t, f, s, _c in string.Formatter().parse(p.template) if f}
        for name, value in p.params:
            if isinstance(value, (M.Noun, M.Phrase, M.Kinds)):
                continue
            assert format(value, specs[name]) in text, (name, value, text)
        assert " a " not in text and " an " not in text, text  # no English article left


def test_known_sentences_in_chinese(chinese):
    def only(text: str, path: str) -> Problem:
        (p,) = [p for p in problems_of(text) if p.path == path]
        return p

    host = only(BASE.replace("host: esxi-2", "host: client"), "devices[5].host")
    assert problem_text(host) == "“client”是客户端，不是 ESXi 主机；请指定它所运行的 ESXi 主机"
    kind = only(BASE.replace("    kind: vm\n", "    kind: vmm\n"), "devices[5].kind")
    assert problem_text(kind) == "未知的设备类型“vmm”；您是指“vm”吗？"
    nat = only(BASE.replace("    host: esxi-2\n", "    host: esxi-2\n    nat: []\n"), "devices[5].nat")
    assert problem_text(nat) == "“nat”不适用于虚拟机（只适用于 NSX Edge (ESG)）；请删除它或更改 kind"
    assert problem_line(nat) == "t.yaml:54:10: 警告：devices[5].nat: " + problem_text(nat)


def test_in_english_the_gui_says_exactly_what_the_command_line_says(qapp, problems):
    i18n.install_translators(qapp, "en")
    for p in problems:
        assert problem_text(p) == p.message
        assert problem_line(p) == p.format()


def test_trace_input_errors_read_in_chinese(chinese):
    from desktop_app.engine.messages import (
        BAD_TARGET,
        PORT_OUTSIDE,
        TARGET_WITHOUT_ADDRESS,
        UNKNOWN_PROTOCOL,
        UNKNOWN_SOURCE,
    )

    cases = [(UNKNOWN_SOURCE, {"source": "zz"}), (UNKNOWN_PROTOCOL, {"protocol": "sctp"}),
             (PORT_OUTSIDE, {"port": 70000}), (BAD_TARGET, {"target": "10.0.0.300"}),
             (TARGET_WITHOUT_ADDRESS, {"target": "lonely"})]
    for template, params in cases:
        text = input_error_text(TraceInputError(template, **params))
        assert HAN.search(text) and str(next(iter(params.values()))) in text, text
    assert input_error_text(TraceInputError("unknown source device '{source}'", source="zz")) == \
        "未知的源设备“zz”"


# -- the command line stays English ---------------------------------------------------------------
def test_cli_validate_prints_english_on_a_chinese_desktop(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("ip: 10.0.0.53/24", "ip: 10.9.0.53/24")
                   .replace("    host: esxi-2\n", "    host: esxi-2\n    nat: []\n"), encoding="utf-8")
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN", "LC_ALL": "zh_CN.UTF-8"}
    r = subprocess.run([sys.executable, "-m", "desktop_app", "validate", str(bad)], cwd=ROOT,
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"{bad}:22:40: devices[1].interfaces[0].ip: 10.9.0.53 is outside network 'lan' "
        "(10.0.0.0/24); use an address inside it or change network",
        f"{bad}:54:10: warning: devices[5].nat: 'nat' does not apply to a vm (only to esg); "
        "remove it or change the kind",
    ]
    assert not HAN.search(r.stdout + r.stderr)


def test_loading_still_gives_the_english_sentence():
    with pytest.raises(TopologyError) as info:
        loads(BASE.replace("ip: 10.0.0.53/24", "ip: 10.9.0.53/24"), "t.yaml")
    assert "10.9.0.53 is outside network 'lan' (10.0.0.0/24)" in str(info.value)
