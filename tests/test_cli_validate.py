import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, capture_output=True, text=True)


def test_validate_reference_sample_prints_summary():
    r = run("validate", "samples/icp-vcs-hybrid.yaml")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK samples/icp-vcs-hybrid.yaml: 6 zones, 14 networks, 29 devices, 7 flows")


def test_validate_missing_file_exits_2_with_sentence(tmp_path):
    r = run("validate", str(tmp_path / "nope.yaml"))
    assert r.returncode == 2
    assert "cannot open the file" in r.stderr
    assert "Traceback" not in r.stderr
