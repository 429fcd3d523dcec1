"""``hybridviz export``: every format by extension, exit codes, and no half-written files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.cli import main
from desktop_app.model import writer
from desktop_app.paths import REFERENCE_SAMPLE

SAMPLE = str(REFERENCE_SAMPLE)
FLOW = "flow1-internet-to-web"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", SAMPLE, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["t.md", "t.csv", "t.json", "t.pcapng", "t.drawio"])
def test_plain_formats(capsys, tmp_path, name):
    out = tmp_path / name
    code, stdout, err = run(capsys, "--out", str(out), "--flow", FLOW)
    assert code == 0, err
    assert f"wrote {out}" in stdout
    data = out.read_bytes()
    assert data
    if name.endswith(".json"):
        assert json.loads(data)["format"] == "hybridviz-trace/1"
    if name.endswith(".pcapng"):
        assert data[:4] == b"\x0a\x0d\x0d\x0a"
    if name.endswith(".md"):
        assert data.startswith(b"**internet-user")
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_drawn_formats(qapp, capsys, tmp_path):
    code, _, err = run(capsys, "--out", str(tmp_path / "d.png"), "--scale", "0.5",
                       "--transparent", "--flow", FLOW)
    assert code == 0, err
    with Image.open(tmp_path / "d.png") as im:
        assert im.mode == "RGBA" and im.getchannel("A").getpixel((0, 0)) == 0
    code, _, err = run(capsys, "--out", str(tmp_path / "d.svg"))
    assert code == 0, err
    assert (tmp_path / "d.svg").read_bytes().startswith(b"<?xml")
    code, _, err = run(capsys, "--out", str(tmp_path / "d.pdf"), "--page", "Letter")
    assert code == 0, err
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--out", str(tmp_path / "a.gif"), "--flow", "flow2-web-to-db",
                       "--fps", "4", "--width", "320", "--area", "view")
    assert code == 0, err
    with Image.open(tmp_path / "a.gif") as im:
        assert im.n_frames >= 10 and im.size[0] == 320
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gif", "d.pdf", "d.png", "d.svg"]


@pytest.mark.parametrize(("args", "sentence"), [
    (["--out", "x.txt"], "'.txt' is not an export format"),
    (["--out", "noext"], "no extension is not an export format"),
    (["--out", "x.gif"], ".gif (animated GIF of a flow) needs a flow: give --flow ID"),
    (["--out", "x.pcapng"], "needs a flow"),
    (["--out", "x.json"], "needs a flow"),
    (["--out", "x.png", "--flow", "flow1-internet-to-wbe"], "did you mean 'flow1-internet-to-web'"),
    (["--out", "x.png", "--scale", "0"], "the scale must be above 0"),
    (["--out", "x.gif", "--flow", FLOW, "--fps", "500"], "frame rate must be 1 to 60"),
    (["--out", "x.svg", "--area", "view"], "no visible area"),
])
def test_bad_input_exits_2_with_a_sentence(capsys, tmp_path, monkeypatch, args, sentence):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert sentence in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets(capsys, tmp_path):
    code, _, err = run(capsys, "--out", str(tmp_path / "missing" / "x.md"), "--flow", FLOW)
    assert code == 2 and "does not exist" in err
    (tmp_path / "folder.md").mkdir()
    code, _, err = run(capsys, "--out", str(tmp_path / "folder.md"), "--flow", FLOW)
    assert code == 2 and "is a folder" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(capsys, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = run(capsys, "--out", str(folder / "x.md"), "--flow", FLOW)
    finally:
        folder.chmod(0o755)
    assert code == 2 and "not writable" in err
    assert list(folder.iterdir()) == []


def test_a_failed_write_leaves_nothing_behind(capsys, tmp_path, monkeypatch):
    """Even when the disk fails between writing and renaming, no partial file stays."""
    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    target = tmp_path / "t.csv"
    monkeypatch.setattr(writer.os, "replace", failing_replace)
    code, _, err = run(capsys, "--out", str(target), "--flow", FLOW)
    assert code == 2 and "No space left on device" in err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_when_the_export_fails(capsys, tmp_path, monkeypatch):
    target = tmp_path / "t.png"
    target.write_bytes(b"old")
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "--out", "t.png", "--scale", "100")
    assert code == 2
    assert target.read_bytes() == b"old"


def test_a_bad_topology_file_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("hybridviz: 1\nname: x\ndevices: [{id: a, kind: toaster}]\n", encoding="utf-8")
    code = main(["export", str(bad), "--out", str(tmp_path / "x.svg")])
    _, err = capsys.readouterr()
    assert code == 2 and "bad.yaml" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_the_installed_command_works_without_a_display(tmp_path):
    """A separate process with no DISPLAY: the command picks the offscreen platform itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "d.png"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "export", SAMPLE, "--out", str(out),
                           "--scale", "0.25"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    Path(out).unlink()
