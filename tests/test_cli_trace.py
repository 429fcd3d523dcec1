"""`hybridviz trace` end to end: output forms and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "samples/icp-vcs-hybrid.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "trace", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_json_is_the_trace_contract_and_exit_0_when_delivered():
    r = run(SAMPLE, "--flow", "flow1-internet-to-web", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["format"] == "hybridviz-trace/1"
    assert doc["flow"] == {"id": "flow1-internet-to-web", "from": "internet-user", "to": "web.example.com",
                           "protocol": "tcp", "port": 443, "resolved": "198.51.100.5"}
    assert doc["disposition"] == "delivered"
    first = doc["hops"][0]
    assert set(first) >= {"index", "device", "kind", "on_host", "segment", "in_network", "out_network",
                          "steps", "headers_in", "headers_out", "frame_bytes", "mtu"}
    eth = first["headers_out"][0]
    assert eth["type"] == "ethernet" and eth["ethertype"] == 2048
    vx = [h for hop in doc["hops"] for h in hop["headers_out"] if h["type"] == "vxlan"]
    assert vx and all(isinstance(h["vni"], int) for h in vx)
    assert run(SAMPLE, "--flow", "flow1-internet-to-web", "--json").stdout == r.stdout


def test_table_and_markdown():
    table = run(SAMPLE, "--flow", "flow3-enterprise-to-vm")
    assert table.returncode == 0
    assert "onprem-l2c" in table.stdout and "ESP 0x" in table.stdout and "VXLAN 5003" in table.stdout
    md = run(SAMPLE, "--flow", "flow2-web-to-db", "--markdown")
    assert md.stdout.count("\n|") >= 10 and "| # | device |" in md.stdout


def test_other_dispositions_exit_1():
    r = run(SAMPLE, "--from", "ent-user", "--to", "nope.example")
    assert r.returncode == 1
    assert "unresolved" in r.stdout


def test_bad_input_exits_2_with_a_sentence():
    r = run(SAMPLE, "--flow", "flow-1")
    assert r.returncode == 2 and "no flow 'flow-1'" in r.stderr and "Traceback" not in r.stderr
    r = run(SAMPLE, "--from", "ent-usr", "--to", "10.10.2.10")
    assert r.returncode == 2 and "did you mean 'ent-user'" in r.stderr
    r = run(SAMPLE, "--from", "ent-user", "--to", "10.10.2.300")
    assert r.returncode == 2 and "not a valid IPv4 address" in r.stderr
    r = run(SAMPLE)
    assert r.returncode == 2 and "--flow" in r.stderr
    r = run("missing.yaml", "--flow", "x")
    assert r.returncode == 2 and "cannot open the file" in r.stderr


def test_conversation_exit_status_and_one_way():
    asym = run(SAMPLE, "--flow", "app-via-esg-nat")
    assert asym.returncode == 1  # delivered, but the conversation is asymmetric
    assert "conversation: asymmetric" in asym.stdout and "↩" in asym.stdout
    one_way = run(SAMPLE, "--flow", "app-via-esg-nat", "--one-way", "--json")
    assert one_way.returncode == 0  # the request alone was delivered
    doc = json.loads(one_way.stdout)
    assert "conversation" not in doc and "reply" not in doc and "state" not in doc["hops"][0]
    both = json.loads(run(SAMPLE, "--flow", "app-via-esg-nat", "--json").stdout)
    assert both["conversation"]["outcome"] == "asymmetric" and both["reply"]
    assert both["reply"][0]["index"] == len(both["hops"])


def test_flow_options_override_the_saved_flow():
    r = run(SAMPLE, "--flow", "flow2-web-to-db", "--size", "1481", "--one-way", "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["disposition"] == "mtu-exceeded"  # the pod's MTU is 1480
    r = run(SAMPLE, "--flow", "flow2-web-to-db", "--port", "6432", "--protocol", "udp", "--json")
    doc = json.loads(r.stdout)
    assert doc["flow"]["port"] == 6432 and doc["flow"]["protocol"] == "udp"
    assert doc["hops"][-1]["headers_in"][-2]["type"] == "udp"
