"""No lost edit and no blocked start-up: hostile autosave notes, reused process ids, the first
autosave, leftover temporaries, a file changed elsewhere, a read-only file, pasting a model
that refers to itself, and a failure nobody foresaw while opening."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.model import load_topology
from desktop_app.model.atomic_file import TEMP_PREFIX
from desktop_app.ui import commands
from desktop_app.ui.autosave import process_started
from desktop_app.ui.files import Prompts, autosave_folder, leftover_autosaves

from ..reliability_cases import nested_zones, pod_on_itself
from .conftest import REFERENCE

HOSTILE_NOTES = {
    "list": "[]",
    "infinite-time": '{"path": null, "name": "x", "saved": 1e400, "pid": 4194999}',
    "wrong-types": '{"path": 5, "name": ["n"], "saved": "soon", "pid": "me", "stamp": []}',
    "bool-pid": '{"name": "b", "saved": -1, "pid": true}',
    "huge-numbers": '{"name": "h", "saved": 1' + "0" * 400 + ', "pid": 1' + "0" * 400 + "}",
    "not-json": "{\"name\": \x00",
    "deep": "[" * 100_000,
    "bad-stamp": '{"name": "s", "saved": 1, "pid": 4194999, "stamp": {"mtime_ns": 1e400, '
                 '"size": -1, "sha256": 7}}',
}


def leave_autosave(name: str, note_text: str) -> None:
    folder = autosave_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.yaml").write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / f"{name}.json").write_text(note_text, encoding="utf-8")


def test_hostile_notes_never_stop_the_start_up_and_their_work_is_offered(make_window,
                                                                          sample_copy):
    for name, text in HOSTILE_NOTES.items():
        leave_autosave(name, text)
    leftovers = leftover_autosaves()
    assert sorted(e.data.stem for e in leftovers) == sorted(HOSTILE_NOTES)
    now = time.time()
    for entry in leftovers:
        assert entry.describe()  # a sentence with a real date
        assert 0 <= entry.saved <= now + 1 and isinstance(entry.name, str)
        assert entry.original is None and entry.stamp is None
    window = make_window(sample_copy)
    assert window.files.offer_recovery()  # the newest of them, recovered
    assert window.prompts.asked[-1] == "recover"
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"
    assert window.doc.modified and len(leftover_autosaves()) == len(HOSTILE_NOTES) - 1


def test_a_reused_process_id_does_not_hide_an_autosave(make_window, sample_copy):
    # The note's process id is a live process (this one), but the session's lock is free:
    # whoever wrote it is gone.
    leave_autosave("reused", json.dumps({"name": "reused", "saved": time.time(),
                                         "pid": os.getpid()}))
    (autosave_folder() / "reused.lock").write_text("", encoding="utf-8")
    # No lock file at all: the process id is alive but started at another moment.
    started = process_started(os.getppid())
    assert started is not None
    leave_autosave("other-start", json.dumps({"name": "other", "saved": time.time() - 5,
                                              "pid": os.getppid(), "started": started + "1"}))
    # The same id and start: that session still runs, so it is left alone.
    leave_autosave("alive", json.dumps({"name": "alive", "saved": time.time(),
                                        "pid": os.getppid(), "started": started}))
    assert sorted(e.data.stem for e in leftover_autosaves()) == ["other-start", "reused"]


def test_a_running_window_keeps_its_autosave_to_itself(make_window, sample_copy):
    window = make_window(sample_copy)
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (5.0, 6.0)}))
    assert window.files.autosave_now()
    assert leftover_autosaves() == []  # its lock is held: not offered to another window
    window.files.shutdown()
    assert not list(autosave_folder().glob(f"{window.files.session}.*"))


def test_the_first_change_is_autosaved_within_seconds(window, qtbot):
    files = window.files
    data, note = files.autosave_paths()
    assert not files.first_timer.isActive()
    with qtbot.waitSignal(files.first_timer.timeout, timeout=30_000):
        window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (7.0, 8.0)}))
        assert files.first_timer.isActive()
        assert files.first_timer.interval() < files.timer.interval()
    assert data.exists() and json.loads(note.read_text())["path"] == window.doc.path
    assert load_topology(data).layout["esg"] == [7.0, 8.0]


def test_temporaries_left_by_killed_saves_are_removed_at_the_next_start(make_window, sample_copy):
    folder = autosave_folder()
    folder.mkdir(parents=True)
    (folder / f"{TEMP_PREFIX}dead0001.tmp").write_bytes(b"x" * 1_000_000)
    beside = sample_copy.parent / f"{TEMP_PREFIX}dead0002.tmp"
    beside.write_bytes(b"y" * 1_000_000)
    window = make_window(sample_copy)  # opening the file tidies its folder
    assert not beside.exists()
    window.files.offer_recovery()  # as at start-up: the autosave folder too
    assert list(folder.iterdir()) == [] or all(p.suffix == ".lock" for p in folder.iterdir())


# -- a change made elsewhere ---------------------------------------------------------------------
def change_elsewhere(path) -> None:
    text = path.read_text(encoding="utf-8").replace(
        "name: ICP on VCS with an enterprise stretch", "name: Changed by another program", 1)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(time.time_ns() + 2_000_000_000,) * 2)


def answer_with(button_name: str, seen: list[str]) -> None:
    """Click a button of the prompt once it is up (the box runs its own event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.objectName())
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.objectName() == button_name).click()

    QTimer.singleShot(0, click)


def test_saving_over_a_change_made_elsewhere_asks_and_reload_takes_the_new_text(window):
    window.files.prompts = Prompts()  # the real dialog
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (9.0, 9.0)}))
    change_elsewhere(Path(window.doc.path))
    seen: list[str] = []
    answer_with("reload", seen)
    assert not window.files.save()
    assert seen[0] == "changed_elsewhere_prompt"
    assert {"Reload", "Overwrite", "Save As…", "Cancel"} <= set(seen[1:])
    assert window.doc.topology.name == "Changed by another program"
    assert not window.doc.modified


def test_overwrite_and_cancel_after_a_change_made_elsewhere(window, sample_copy):
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (9.0, 9.0)}))
    change_elsewhere(sample_copy)
    window.prompts.changed_answer = "cancel"
    assert not window.files.save()
    assert load_topology(sample_copy).name == "Changed by another program"
    window.prompts.changed_answer = "overwrite"
    assert window.files.save()
    assert load_topology(sample_copy).layout["esg"] == [9.0, 9.0]
    assert window.prompts.asked.count("changed_elsewhere") == 2
    # Saved now: the next save asks nothing.
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (1.0, 1.0)}))
    assert window.files.save() and window.prompts.asked.count("changed_elsewhere") == 2


def test_save_as_after_a_change_made_elsewhere_keeps_both(window, sample_copy):
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (9.0, 9.0)}))
    change_elsewhere(sample_copy)
    other = sample_copy.parent / "mine.yaml"
    window.prompts.changed_answer = "save_as"
    window.prompts.save_as_answer = str(other)
    assert window.files.save()
    assert load_topology(sample_copy).name == "Changed by another program"
    assert load_topology(other).layout["esg"] == [9.0, 9.0]
    assert window.doc.path == str(other)


def test_a_read_only_file_is_replaced_only_when_the_user_says_so(window, sample_copy):
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (4.0, 4.0)}))
    sample_copy.chmod(0o444)
    window.prompts.replace_read_only_answer = False
    assert not window.files.save()
    assert "replace_read_only" in window.prompts.asked and window.doc.modified
    assert load_topology(sample_copy).layout.get("esg") != [4.0, 4.0]
    window.prompts.replace_read_only_answer = True
    assert window.files.save() and not window.doc.modified
    assert load_topology(sample_copy).layout["esg"] == [4.0, 4.0]
    assert sample_copy.stat().st_mode & 0o777 == 0o444


# -- paste and open ------------------------------------------------------------------------------
def test_pasting_a_pod_that_is_its_own_node_is_refused_with_a_sentence(window):
    before = len(window.doc.topology.devices)
    mime = QMimeData()
    mime.setText(pod_on_itself())
    QGuiApplication.clipboard().setMimeData(mime)
    said: list[str] = []
    window.edit.message.connect(said.append)
    assert not window.edit.paste()
    assert len(window.doc.topology.devices) == before
    assert said and "cannot be pasted" in said[-1]
    assert "'loop-pod' is a pod, not a k8s-node" in said[-1]


def test_a_failure_nobody_foresaw_while_opening_is_said_and_the_open_file_kept(
        window, tmp_path, monkeypatch):
    import desktop_app.ui.files as files_module

    def broken(_topology):
        raise RecursionError("maximum recursion depth exceeded")

    other = tmp_path / "other.yaml"
    other.write_text(REFERENCE.read_text(encoding="utf-8").replace(
        "name: ICP on VCS with an enterprise stretch", "name: other", 1), encoding="utf-8")
    monkeypatch.setattr(files_module, "complete", broken)
    assert not window.files.open_path(str(other))
    path, summary, _ = window.prompts.load_errors[-1]
    assert path == str(other)
    assert summary.startswith(f"{other}:1:1: hybridviz could not handle this file (RecursionError")
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"


def test_a_thousand_nested_zones_open_in_the_window(make_window, tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text(nested_zones(1000), encoding="utf-8")
    window = make_window(deep)
    assert len(window.doc.topology.zones) == 1000
    assert len(window.scene.diagram.zones) == 1000
