import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, capture_output=True, text=True)


def test_validate_reference_sample_prints_summary():
    r = run("validate", "samples/icp-vcs-hybrid.yaml")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK samples/icp-vcs-hybrid.yaml: 6 zones, 14 networks, 29 devices, 9 flows")


def test_validate_missing_file_exits_2_with_sentence(tmp_path):
    r = run("validate", str(tmp_path / "nope.yaml"))
    assert r.returncode == 2
    assert "cannot open the file" in r.stderr
    assert "Traceback" not in r.stderr


THREE_MISTAKES = (
    "hybridviz: 1\n"
    "name: three mistakes\n"
    "networks:\n"
    "  - {id: lan, kind: vlann, cidr: 10.0.0.0/24}\n"
    "  - {id: wan, kind: wan, cidr: 10.1.0.0/33}\n"
    "devices:\n"
    "  - {id: r, kind: router, interfaces: [{network: lan, ip: 10.0.0.1/24}], colour: red}\n"
)


def test_validate_invalid_file_prints_compiler_style_lines_and_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(THREE_MISTAKES, encoding="utf-8")
    r = run("validate", str(bad))
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.splitlines() == [
        f"{bad}:4:21: networks[0].kind: unknown network kind 'vlann'; did you mean 'vlan'?",
        f"{bad}:5:32: networks[1].cidr: '10.1.0.0/33' is not an IPv4 network; write it as a.b.c.d/len, "
        "like 10.0.1.0/24",
        f"{bad}:7:74: devices[0].colour: unknown key 'colour'; did you mean 'cluster'?",
    ]
    assert "Traceback" not in r.stderr


def test_validate_reports_each_file_and_fails_if_any_is_invalid(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("hybridviz: 2\nname: from the future\n", encoding="utf-8")
    r = run("validate", "samples/minimal.yaml", str(bad))
    assert r.returncode == 2
    assert r.stdout.splitlines() == ["OK samples/minimal.yaml: 2 zones, 3 networks, 6 devices, 1 flow"]
    assert r.stderr.splitlines() == [
        f"{bad}:1:12: hybridviz: this file uses format 2, newer than this hybridviz understands "
        "(format 1); open it with a newer hybridviz"
    ]


def test_validate_warnings_go_to_stderr_and_still_pass(tmp_path):
    loose = tmp_path / "loose.yaml"
    loose.write_text("hybridviz: 1\nname: x\ndevices:\n  - {id: r, kind: router}\n", encoding="utf-8")
    r = run("validate", str(loose))
    assert r.returncode == 0
    assert r.stdout == f"OK {loose}: 0 zones, 0 networks, 1 device, 0 flows\n"
    assert r.stderr == (
        f"{loose}:4:5: warning: devices[0]: router 'r' has no interfaces, so packets cannot reach it; "
        "connect it to a network [interfaces]\n"
    )


def test_validate_not_yaml_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("hybridviz: 1\nname: [unclosed\n", encoding="utf-8")
    r = run("validate", str(bad))
    assert r.returncode == 2
    assert r.stderr == f"{bad}:3:1: not valid YAML: did not find expected ',' or ']'\n"


def test_gui_without_a_display_says_so_and_exits_2():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "desktop_app"], cwd=ROOT, capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 2
    assert "no display" in r.stderr and "xvfb-run" in r.stderr
