"""`hybridviz check`, `matrix` and `diff` end to end: outputs, JUnit shape and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "samples/icp-vcs-hybrid.yaml"
IKS = "samples/iks-vcs.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                          capture_output=True, text=True)


def broken_copy(tmp_path: Path) -> Path:
    """The reference sample with the HTTPS rule gone: flow 1's intent breaks."""
    text = (ROOT / SAMPLE).read_text("utf-8")
    rule = "        - {name: allow-web-https, action: allow, dst: 198.51.100.5, protocol: tcp, port: 443}\n"
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(rule, ""), "utf-8")
    return path


# -- check -----------------------------------------------------------------------------------
def test_check_holds_on_the_samples_exit_0():
    r = run("check", SAMPLE, IKS)
    assert r.returncode == 0, r.stderr
    assert "all 9 intents hold" in r.stdout and "all 5 intents hold" in r.stdout
    assert "internet-ssh-denied" in r.stdout


def test_check_fails_exit_1_with_where_and_why(tmp_path):
    r = run("check", str(broken_copy(tmp_path)), "--json")
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    [failed] = [i for i in doc["files"][0]["intents"] if not i["holds"]]
    assert failed == {"flow": "flow1-internet-to-web", "expected": "established", "got": "denied",
                      "where": "esg", "why": "denied by the firewall's default policy on esg",
                      "holds": False}


def test_check_junit_has_one_testcase_per_intent_and_a_failure(tmp_path):
    out = tmp_path / "report.xml"
    r = run("check", str(broken_copy(tmp_path)), IKS, "--junit", str(out))
    assert r.returncode == 1
    root = ET.parse(out).getroot()
    # The shape CI systems read (Jenkins, GitLab, GitHub actions): testsuites > testsuite >
    # testcase [> failure with message]; counts agree with the children.
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 2
    total = failures = 0
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(c.find("failure") is not None for c in cases)
        for case in cases:
            assert case.get("name") and case.get("classname")
            assert set(child.tag for child in case) <= {"failure"}
            failure = case.find("failure")
            if failure is not None:
                assert failure.get("message") and failure.text
        total += len(cases)
        failures += int(suite.get("failures"))
    assert (int(root.get("tests")), int(root.get("failures"))) == (total, failures) == (14, 1)
    bad = root.find(".//testcase[failure]")
    assert bad.get("name") == "flow1-internet-to-web: expect established"
    assert bad.find("failure").get("message") == "expected established, got denied at esg"


def test_check_markdown(tmp_path):
    r = run("check", SAMPLE, "--markdown")
    assert r.returncode == 0
    assert "| holds | flow | expected | got | where | why |" in r.stdout


def test_check_bad_input_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text((ROOT / SAMPLE).read_text("utf-8").replace("expect: denied", "expect: denyed"), "utf-8")
    r = run("check", str(bad))
    assert r.returncode == 2
    assert "unknown outcome 'denyed'; did you mean 'denied'?" in r.stderr
    assert "Traceback" not in r.stderr


# -- matrix ----------------------------------------------------------------------------------
def test_matrix_csv_and_json():
    r = run("matrix", "samples/minimal.yaml", "--from", "laptop,web-vm", "--to", "web-vm,laptop",
            "--port", "80", "--csv")
    assert r.returncode == 0, r.stderr
    assert list(csv.reader(io.StringIO(r.stdout))) == [
        ["from \\ to", "web-vm", "laptop"],
        ["laptop", "established", "established"],
        ["web-vm", "established", "denied"],
    ]
    r = run("matrix", "samples/minimal.yaml", "--from", "laptop", "--to", "web-vm", "--port", "22", "--json")
    doc = json.loads(r.stdout)
    assert doc["cells"][0]["outcome"] == "denied" and doc["cells"][0]["where"] == "edge"


def test_matrix_markdown_and_text_carry_symbols():
    r = run("matrix", "samples/minimal.yaml", "--from", "kind:client", "--to", "kind:vm", "--port", "80",
            "--markdown")
    assert "| laptop | ✓ established |" in r.stdout
    r = run("matrix", "samples/minimal.yaml", "--from", "kind:client", "--to", "kind:vm", "--port", "22")
    assert "✗ denied" in r.stdout


def test_matrix_selector_errors_are_sentences_exit_2():
    r = run("matrix", SAMPLE, "--from", "zone:internet", "--to", "kind:vm")
    assert r.returncode == 2
    assert r.stderr.startswith("hybridviz matrix: samples/icp-vcs-hybrid.yaml: no zone 'internet'; "
                               "did you mean 'internet-zone'?")
    assert "Traceback" not in r.stderr


# -- diff ------------------------------------------------------------------------------------
def test_diff_of_a_file_with_itself_is_empty_exit_0():
    r = run("diff", SAMPLE, SAMPLE)
    assert (r.returncode, r.stdout) == (0, "")
    r = run("diff", SAMPLE, SAMPLE, "--flows", "matrix", "kind:client to kind:vm tcp 443")
    assert (r.returncode, r.stdout) == (0, "")


def test_diff_lists_the_changed_flow_in_plain_sentences_exit_1(tmp_path):
    r = run("diff", SAMPLE, str(broken_copy(tmp_path)))
    assert r.returncode == 1
    assert r.stdout == ("flow1-internet-to-web: Now denied by the firewall's default policy at esg; "
                        "last hop 13 → 3.\n")
    r = run("diff", SAMPLE, str(broken_copy(tmp_path)), "--flows", "all-intents", "--json")
    assert json.loads(r.stdout)["changed"][0]["before"] == "established"


def test_diff_matrix_scope_lists_cells(tmp_path):
    r = run("diff", SAMPLE, str(broken_copy(tmp_path)), "--flows", "matrix",
            "internet-user to 198.51.100.5,198.51.100.6 tcp 443")
    assert r.returncode == 1
    assert r.stdout.startswith("internet-user→198.51.100.5: Now denied")
    assert "198.51.100.6" not in r.stdout


def test_diff_bad_spec_exit_2():
    r = run("diff", SAMPLE, SAMPLE, "--flows", "matrix", "kind:client kind:vm")
    assert r.returncode == 2 and "should read 'FROM to TO" in r.stderr
