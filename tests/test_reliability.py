"""The holes a fuzzing and fault-injection pass found, one test each: bad input ends in one
line that says FILE:LINE:COL and what to do, with exit status 2, and exports stay well formed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from copy import deepcopy
from ipaddress import IPv4Address
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.diagram.auto_layout import auto_layout
from desktop_app.engine import FlowRequest, trace
from desktop_app.engine.index import TopologyIndex
from desktop_app.export import hop_table
from desktop_app.export.drawio import drawio_bytes
from desktop_app.model import TopologyError, load, loads
from desktop_app.model.reader import parse_text
from desktop_app.model.safe_text import printable, xml_safe

from .reliability_cases import REPRODUCERS, nested_zones, pod_on_itself

ONE_PROBLEM = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+$")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(REPRODUCERS[name])
    return path


def assert_problem_lines(err: str, path: Path) -> list[str]:
    lines = err.splitlines()
    assert lines and "Traceback" not in err
    for line in lines:
        assert ONE_PROBLEM.match(line) and line.startswith(f"{path}:"), line
        assert "\x1b" not in line
    return lines


# -- 1. numbers longer than Python converts -----------------------------------------------------
@pytest.mark.parametrize("name", ["long-port", "long-format-number", "huge-hexadecimal"])
def test_an_over_long_number_is_refused_at_its_place(tmp_path, capsys, name):
    path = write(tmp_path, name)
    for command in (["validate"], ["trace", "--from", "a", "--to", "b"]):
        status, _, err = run(capsys, *command, str(path))
        assert status == 2
        lines = assert_problem_lines(err, path)
        assert any(re.search(r":\d+:\d+: .*this number has 4,3\d\d digits; numbers are limited "
                             r"to 4,300 digits$", line) for line in lines), lines


def test_the_long_port_is_pointed_at_where_it_starts(tmp_path, capsys):
    path = write(tmp_path, "long-port")
    _, _, err = run(capsys, "validate", str(path))
    assert f"{path}:4:35: flows[0].port: this number has 4,301 digits" in err


# -- 3. a pod whose node is itself ----------------------------------------------------------------
def test_a_pod_on_itself_is_refused_when_loading(tmp_path, capsys):
    path = write(tmp_path, "pod-on-itself")
    status, _, err = run(capsys, "validate", str(path))
    assert status == 2
    assert "devices[6].node: 'loop-pod' is a pod, not a k8s-node" in err


def test_walks_over_a_pod_chain_end_instead_of_recursing():
    # As an edit in progress may leave it: built without validation, as the player gets it.
    # Two host-network pods, each the other's node.
    model, _, _ = parse_text(pod_on_itself(), "x.yaml")
    assert model is not None
    first = model.device("loop-pod")
    second = deepcopy(first)
    second.id, first.node = "loop-pod-2", "loop-pod-2"
    first.host_network = second.host_network = True
    model.devices.append(second)
    index = TopologyIndex(model)
    assert index.host_of("loop-pod") is None
    assert index.resolver_of("loop-pod") is None
    assert index.device_ips("loop-pod") == [IPv4Address("10.20.0.99")]
    assert trace(model, model.flows[0]).delivered  # the rest of the model still works
    stuck = trace(model, FlowRequest("loop-pod", "web-vm"))
    assert not stuck.delivered and stuck.detail


# -- 4. deeply nested zones -------------------------------------------------------------------------
def test_a_thousand_nested_zones_lay_out_and_export(tmp_path, capsys):
    text = nested_zones(1000)
    topology = loads(text).topology
    layout = auto_layout(topology)
    assert len([k for k, v in layout.items() if len(v) == 4]) == 1000
    source = tmp_path / "deep.yaml"
    source.write_text(text, encoding="utf-8")
    for out in ("deep.svg", "deep.drawio"):
        status, stdout, err = run(capsys, "export", str(source), "--out", str(tmp_path / out))
        assert status == 0, err
        ET.parse(tmp_path / out)  # well-formed


# -- 5. characters XML forbids in draw.io -----------------------------------------------------------
def test_drawio_holds_only_characters_xml_allows():
    topology = loads(REPRODUCERS["control-in-name"].decode()).topology
    topology.devices[0].label = "lap\x02top\x1f"
    topology.zones[0].label = "off\x0bice"
    data = drawio_bytes(topology)
    root = ET.fromstring(data)  # parses: nothing XML forbids is left
    assert root.find("diagram").get("name") == "x\ufffdy"
    values = {c.get("value") for c in root.iter("mxCell")}
    assert any(v and v.startswith("lap\ufffdtop\ufffd") for v in values)
    assert "off\ufffdice" in values


def test_the_svg_and_drawio_writers_share_one_rule():
    assert xml_safe("a\x00b\x1fc\ud800d\ufffee") == "a\ufffdb\ufffdc\ufffdd\ufffde"
    assert xml_safe("tab\tline\nok") == "tab\tline\nok"  # XML holds these


# -- 6. one line per problem, nothing forged, nothing sent to the terminal -------------------------
@pytest.mark.parametrize("name", ["nul-byte", "control-byte", "not-utf8", "forged-line",
                                  "terminal-escape"])
def test_hostile_bytes_give_one_line_with_a_place(tmp_path, capsys, name):
    path = write(tmp_path, name)
    status, _, err = run(capsys, "validate", str(path))
    if name == "not-utf8":
        assert status == 2 and err == f"{path}:2:10: not UTF-8 text (byte 22); save the file as UTF-8\n"
        return
    assert status == 2
    (line,) = assert_problem_lines(err, path)
    expected = {
        "nul-byte": ":2:8: the control character U+0000 is not allowed in a topology file",
        "control-byte": ":2:8: the control character U+0001 is not allowed in a topology file",
        "forged-line": ":3:8: zones: expected a list, found 'a\\nevil.yaml:1:1: forged error line'",
        "terminal-escape": ":3:8: zones: expected a list, found '\\x1b[2J'",
    }[name]
    assert expected in line


def test_printable_escapes_what_a_terminal_acts_on_and_keeps_the_rest():
    assert printable("a\nb\tc\x1b[2J\x7f\x85\u2028\u202e") == \
        "a\\nb\\tc\\x1b[2J\\x7f\\x85\\u2028\\u202e"
    assert printable("网络 café 🙂\u00a0x") == "网络 café 🙂\u00a0x"


def test_escapes_in_rule_names_stay_escaped_in_trace_tables(tmp_path, capsys):
    path = write(tmp_path, "escape-in-rule-name")
    topology = load(path).topology
    result = trace(topology, topology.flows[0])
    assert any("office\x1b[2J\nweb" in (s.text + str(s.rule)) for h in result.hops for s in h.steps)
    for text in (hop_table.to_text(result), hop_table.to_markdown(result), hop_table.to_csv(result)):
        assert "\x1b" not in text
        assert "office\\x1b[2J\\nweb" in text
    # Every line of the text table is a row: the name did not break one in two.
    status, out, _ = run(capsys, "trace", str(path), "--flow", "laptop-to-web", "--one-way")
    assert status == 0 and "\x1b" not in out
    assert len(out.splitlines()) == 4 + len(result.hops)
    status, out, _ = run(capsys, "trace", str(path), "--flow", "laptop-to-web", "--markdown")
    assert all(line.startswith(("|", "**")) for line in out.splitlines() if line)


# -- the catch-all -----------------------------------------------------------------------------------
def test_an_unexpected_exception_in_a_command_is_one_sentence_and_status_2(
        tmp_path, capsys, monkeypatch):
    source = tmp_path / "m.yaml"
    source.write_bytes(REPRODUCERS["control-in-name"])
    import desktop_app.cli.trace as trace_cli

    def broken(*_args: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trace_cli, "trace", broken)
    monkeypatch.setattr(trace_cli, "converse", broken)
    status, out, err = run(capsys, "trace", str(source), "--flow", "laptop-to-web")
    assert status == 2 and out == ""
    assert err == (f"{source}:1:1: hybridviz could not handle this file (RecursionError: maximum "
                   "recursion depth exceeded); nothing was changed. Please report it with the file\n")


def test_loads_never_raises_anything_but_a_topology_error(monkeypatch):
    import importlib

    load_module = importlib.import_module("desktop_app.model.load")
    monkeypatch.setattr(load_module, "validate", lambda _m: 1 / 0)
    with pytest.raises(TopologyError) as info:
        loads("hybridviz: 1\nname: x\n", "z.yaml")
    assert str(info.value).startswith("z.yaml:1:1: hybridviz could not handle this file "
                                      "(ZeroDivisionError: division by zero)")
