"""Saving is atomic: a process killed mid-save leaves the old file or the new one, never a mix."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.model import dumps, load, loads, save
from desktop_app.model.atomic_file import (
    TEMP_PREFIX,
    ReadOnlyFileError,
    remove_leftover_temporaries,
)

ROOT = Path(__file__).resolve().parents[1]

# The child saves two different models over the same file, alternately, as fast as it can,
# and says so after each save; the test kills it with SIGKILL at random moments, or the
# instant the file changes (where an in-place write would be half done).
CHILD = """
import sys
from desktop_app.model import loads, save
models = [loads(open(p, encoding="utf-8").read()).topology for p in sys.argv[1:3]]
target = sys.argv[3]
print("ready", flush=True)
while True:
    for name, model in zip("ab", models):
        save(model, target)
        print(name, flush=True)
"""


def _generate(n: int) -> str:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.generate(n)


def _wait_for_change(target: Path, timeout: float = 5.0) -> None:
    """Return the moment the target file shows any change: a saver that writes in place
    would be caught with a truncated or half-written file here."""
    def state() -> tuple[int, int, int]:
        st = os.stat(target)
        return st.st_ino, st.st_size, st.st_mtime_ns

    before = state()
    deadline = time.monotonic() + timeout
    while state() == before and time.monotonic() < deadline:
        pass


@pytest.fixture(scope="module")
def two_versions() -> tuple[str, str]:
    """Two saved texts of a big topology that differ (as after an edit)."""
    old = loads(_generate(400)).topology
    new = loads(dumps(old)).topology
    new.name = "edited"
    del new.devices[-40:]
    return dumps(old), dumps(new)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_save_leaves_old_or_new_file(tmp_path: Path, two_versions: tuple[str, str]):
    old_text, new_text = two_versions
    (tmp_path / "a.yaml").write_text(old_text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new_text, encoding="utf-8")
    target = tmp_path / "work" / "topology.yaml"
    target.parent.mkdir()
    target.write_text(old_text, encoding="utf-8")
    wanted = {old_text.encode("utf-8"): "a", new_text.encode("utf-8"): "b"}
    summaries = {loads(old_text).topology.summary(), loads(new_text).topology.summary()}
    rng = random.Random(2024)
    completed = 0
    kills = 0
    for attempt in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), str(target)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            if attempt % 2:
                time.sleep(rng.uniform(0.0, 0.35))
            else:
                _wait_for_change(target)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            kills += 1
        done = child.stdout.read().split()
        completed += len(done)
        content = target.read_bytes()
        assert content in wanted, "the target holds neither the old nor the new topology"
        if done:  # it holds the last finished save or the one that was under way
            assert wanted[content] in {done[-1], "b" if done[-1] == "a" else "a"}
        assert load(target).topology.summary() in summaries
    assert completed > 0, "the child never finished a save; nothing was exercised"
    assert kills == 20
    # Whatever a kill left behind is a hidden temporary beside the target, never the target,
    # and the next start (opening the file) removes it: nothing is left.
    leftovers = [p.name for p in target.parent.iterdir() if p != target]
    assert all(name.startswith(TEMP_PREFIX) and name.endswith(".tmp") for name in leftovers)
    remove_leftover_temporaries(target.parent)
    assert [p.name for p in target.parent.iterdir()] == ["topology.yaml"]


def test_a_killed_save_leaves_a_temporary_the_next_start_removes(tmp_path: Path):
    """A writer killed between creating its temporary and renaming it (made certain here by
    holding it there) leaves a hidden file; it is removed once no process holds it."""
    target = tmp_path / "t.yaml"
    target.write_text("hybridviz: 1\nname: old\n", encoding="utf-8")
    hold = (
        "import os, sys, time\n"
        "import desktop_app.model.atomic_file as a\n"
        "os.replace = lambda *_: (print('writing', flush=True), time.sleep(60))\n"
        "a.write_atomic(sys.argv[1], b'x' * 1_000_000)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", hold, str(target)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        # While the writer lives its temporary is left alone.
        assert remove_leftover_temporaries(tmp_path) == 0
        assert len(list(tmp_path.iterdir())) == 2
    finally:
        child.kill()
        child.wait()
    assert remove_leftover_temporaries(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["t.yaml"]
    assert target.read_text(encoding="utf-8") == "hybridviz: 1\nname: old\n"


def test_leftovers_of_older_saves_are_removed_and_other_files_kept(tmp_path: Path):
    for name in (".t.yaml.ab12cd34.tmp", ".hv-1234abcd.tmp", "notes.tmp", ".other.tmp", "t.yaml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert remove_leftover_temporaries(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.tmp", "notes.tmp", "t.yaml"]


def test_save_through_a_symlink_writes_the_real_file(tmp_path: Path, two_versions: tuple[str, str]):
    real = tmp_path / "real" / "t.yaml"
    real.parent.mkdir()
    real.write_text(two_versions[0], encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    save(loads(two_versions[1]).topology, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == two_versions[1]
    assert sorted(p.name for p in real.parent.iterdir()) == ["t.yaml"]


def test_a_read_only_file_is_refused_unless_replacing_it_is_asked_for(
        tmp_path: Path, two_versions: tuple[str, str]):
    target = tmp_path / "t.yaml"
    target.write_text(two_versions[0], encoding="utf-8")
    target.chmod(0o444)
    model = loads(two_versions[1]).topology
    with pytest.raises(ReadOnlyFileError) as info:
        save(model, target)
    assert "read-only" in str(info.value) and str(target) in str(info.value)
    assert target.read_text(encoding="utf-8") == two_versions[0]
    save(model, target, replace_read_only=True)
    assert target.read_text(encoding="utf-8") == two_versions[1]
    assert target.stat().st_mode & 0o777 == 0o444  # still read-only, as it was


def test_a_file_name_of_245_characters_saves(tmp_path: Path, two_versions: tuple[str, str]):
    target = tmp_path / ("n" * 240 + ".yaml")
    save(loads(two_versions[1]).topology, target)
    assert load(target).topology.name == "edited"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_stamp_notices_a_change_made_elsewhere_but_not_a_touch(tmp_path: Path):
    target = tmp_path / "t.yaml"
    stamp = save(loads("hybridviz: 1\nname: a\n").topology, target)
    assert not stamp.changed(target)
    os.utime(target, ns=(stamp.mtime_ns + 5_000_000_000,) * 2)  # touched: same bytes
    assert not stamp.changed(target)
    target.write_text("hybridviz: 1\nname: b\n", encoding="utf-8")
    assert stamp.changed(target)
    target.unlink()
    assert stamp.changed(target)


def test_successful_saves_leave_no_temporary_files(tmp_path: Path, two_versions: tuple[str, str]):
    model = loads(two_versions[1]).topology
    target = tmp_path / "t.yaml"
    for _ in range(3):
        save(model, target)
    assert [p.name for p in tmp_path.iterdir()] == ["t.yaml"]
    assert load(target).topology == model


def test_save_keeps_the_file_mode(tmp_path: Path, two_versions: tuple[str, str]):
    target = tmp_path / "t.yaml"
    target.write_text(two_versions[0], encoding="utf-8")
    target.chmod(0o600)
    save(loads(two_versions[1]).topology, target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_failed_save_keeps_the_old_file_and_cleans_up(tmp_path: Path, two_versions: tuple[str, str],
                                                      monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "t.yaml"
    target.write_text(two_versions[0], encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        save(loads(two_versions[1]).topology, target)
    assert target.read_text(encoding="utf-8") == two_versions[0]
    assert [p.name for p in tmp_path.iterdir()] == ["t.yaml"]
