"""Files: open, save, reopen; the modified title; unsaved-changes prompts; autosave recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.model import load_topology
from desktop_app.ui import commands
from desktop_app.ui.files import autosave_folder, leftover_autosaves

from .conftest import REFERENCE

ROOT = Path(__file__).resolve().parents[2]


def test_open_edit_save_reopen_gives_the_same_model(window, sample_copy):
    doc = window.doc
    window.edit.add_entry("device:k8s-node", QPointF(40, 2200))
    doc.undo_stack.push(commands.connect(doc, "k8s-node-1", "icp-ls"))
    window.scene.select_ids(["k8s-node-1"])
    window.edit.add_entry("device:pod")  # into the selected node
    doc.undo_stack.push(commands.set_host(doc, "k8s-node-1", "esxi-3"))
    assert doc.topology.device("pod-1").node == "k8s-node-1"
    window.action("file.save").trigger()
    assert not doc.modified
    reopened = load_topology(sample_copy)
    assert reopened == doc.topology
    assert reopened.layout == doc.topology.layout
    assert reopened.device("k8s-node-1").interfaces[0].ip == "10.10.1.2/24"
    # Saving again writes the same bytes (stable output).
    first = sample_copy.read_bytes()
    doc.undo_stack.resetClean()
    window.action("file.save").trigger()
    assert sample_copy.read_bytes() == first


def test_a_file_without_layout_opens_with_the_automatic_one_and_saves_it(make_window, tmp_path):
    text = REFERENCE.read_text()
    bare = tmp_path / "bare.yaml"
    bare.write_text(text)  # the sample has no layout section
    window = make_window(bare)
    assert not window.doc.modified
    assert set(window.doc.topology.layout) >= {d.id for d in window.doc.topology.devices}
    window.doc.undo_stack.resetClean()
    window.action("file.save").trigger()
    assert load_topology(bare).layout == window.doc.topology.layout


def test_title_shows_name_file_and_star_when_modified(window, qtbot):
    doc = window.doc
    assert window.windowTitle() == "ICP on VCS with an enterprise stretch — icp-vcs-hybrid.yaml [*]"
    assert not window.isWindowModified()
    assert not window.windowHandle().title().endswith("*")
    doc.undo_stack.push(commands.move_items(doc, {"esg": (10.0, 10.0)}))
    assert window.isWindowModified()
    assert window.windowHandle().title() == \
        "ICP on VCS with an enterprise stretch — icp-vcs-hybrid.yaml *"
    doc.undo_stack.undo()  # back at the saved state: no star
    assert not window.isWindowModified()


def test_save_as_writes_a_new_file_and_remembers_it(window, tmp_path):
    target = tmp_path / "elsewhere" / "copy.yaml"
    target.parent.mkdir()
    window.prompts.save_as_answer = str(target)
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (5.0, 5.0)}))
    window.action("file.save_as").trigger()
    assert target.exists() and window.doc.path == str(target)
    assert window.windowTitle().endswith("copy.yaml [*]")
    assert window.files.recent_files()[0] == str(target)
    assert load_topology(target).layout["esg"] == [5.0, 5.0]
    # The recent menu offers it.
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("copy.yaml" in t for t in texts)


def test_opening_asks_about_unsaved_changes_and_cancel_keeps_them(window, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text(REFERENCE.read_text().replace("ICP on VCS with an enterprise stretch",
                                                   "Other topology"))
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (1.0, 1.0)}))
    window.prompts.save_answer = "cancel"
    window.prompts.open_answer = str(other)
    window.action("file.open").trigger()
    assert window.prompts.asked[-1] == "save_changes"
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"
    window.prompts.save_answer = "discard"
    window.action("file.open").trigger()
    assert window.doc.topology.name == "Other topology"
    assert not window.doc.modified and window.doc.undo_stack.count() == 0


def test_closing_with_changes_asks_first(window):
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (1.0, 1.0)}))
    window.prompts.save_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    window.prompts.save_answer = "discard"
    assert window.close()


def test_a_file_dropped_on_the_window_opens(window, tmp_path):
    other = tmp_path / "dropped.yaml"
    other.write_text(REFERENCE.read_text().replace("ICP on VCS with an enterprise stretch",
                                                   "Dropped"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    target = window.view.viewport()
    enter = QDragEnterEvent(target.rect().center(), *args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(target.rect().center()), *args))
    assert window.doc.topology.name == "Dropped"
    assert window.doc.path == str(other)


def test_a_broken_file_opens_nothing_and_lists_its_problems(window, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(REFERENCE.read_text().replace("network: db-ls", "network: db-lss", 1))
    assert not window.files.open_path(str(broken))
    path, summary, details = window.prompts.load_errors[-1]
    assert path == str(broken)
    assert "nothing was opened" in summary
    assert any("unknown network 'db-lss'" in line and "did you mean 'db-ls'" in line
               for line in details)
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"


def test_run_refuses_a_broken_startup_file_with_exit_2(tmp_path, monkeypatch):
    from desktop_app.ui import app as app_module
    from desktop_app.ui.files import Prompts

    broken = tmp_path / "broken.yaml"
    broken.write_text("hybridviz: 1\nname: x\ndevices: [{id: a, kind: spaceship}]\n")
    shown: list[list[str]] = []
    monkeypatch.setattr(Prompts, "load_failed",
                        lambda self, parent, path, summary, details: shown.append(details))
    assert app_module.run(str(broken)) == 2
    assert shown and any("spaceship" in line for line in shown[0])
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "main_window" and w.isVisible()]


def test_autosave_writes_only_when_modified_and_clean_save_removes_it(window):
    files = window.files
    data, note = files.autosave_paths()
    assert not files.autosave_now() and not data.exists()
    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (3.0, 4.0)}))
    assert files.autosave_now()
    assert data.exists() and json.loads(note.read_text())["path"] == window.doc.path
    assert data.parent == autosave_folder()
    assert str(autosave_folder()).startswith(os.environ["HOME"])  # isolated from the user's
    window.action("file.save").trigger()
    assert not data.exists() and not note.exists()


def test_autosave_interval_comes_from_settings(make_window, sample_copy):
    QSettings().setValue("files/autosave_seconds", 12)
    window = make_window(sample_copy)
    assert window.files.timer.interval() == 12_000


_CRASHING_SESSION = textwrap.dedent("""
    import os, sys, time
    from desktop_app.ui.app import application
    app = application()
    from PySide6.QtCore import QStandardPaths
    QStandardPaths.setTestModeEnabled(True)
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui import commands
    w = MainWindow()
    assert w.files.open_path(sys.argv[1])
    w.doc.undo_stack.push(commands.move_items(w.doc, {"esg": (777.0, 888.0)}))
    w.doc.undo_stack.push(commands.rename(w.doc, "jumpbox", "bastion"))
    assert w.files.autosave_now()
    print("autosaved", flush=True)
    time.sleep(120)
""")


def test_recovering_the_autosave_of_a_killed_session(make_window, sample_copy, isolated_settings):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", _CRASHING_SESSION, str(sample_copy)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "autosaved"
    finally:
        proc.send_signal(signal.SIGKILL)  # a crash: no clean shutdown removes the autosave
        proc.wait(timeout=10)
    leftovers = leftover_autosaves()
    assert len(leftovers) == 1 and leftovers[0].original == str(sample_copy)

    window = make_window(sample_copy)
    assert window.files.offer_recovery()
    assert window.prompts.asked[-1] == "recover"
    topo = window.doc.topology
    assert topo.layout["esg"] == [777.0, 888.0]
    assert topo.device("bastion") is not None and topo.device("jumpbox") is None
    assert window.doc.path == str(sample_copy)
    assert window.isWindowModified()  # recovered work is not saved yet
    assert leftover_autosaves() == []
    window.action("file.save").trigger()
    assert load_topology(sample_copy).device("bastion") is not None


def test_declining_recovery_can_discard_the_autosave(make_window, sample_copy):
    folder = autosave_folder()
    folder.mkdir(parents=True)
    (folder / "dead.yaml").write_text(REFERENCE.read_text())
    (folder / "dead.json").write_text(json.dumps({"path": None, "name": "x", "saved": 1,
                                                  "pid": 2 ** 22 + 12345}))
    window = make_window(sample_copy)
    window.prompts.recover_answer = "discard"
    assert not window.files.offer_recovery()
    assert not (folder / "dead.yaml").exists()
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"


def test_new_starts_empty_and_unsaved(window):
    window.action("file.new").trigger()
    assert window.doc.topology.devices == [] and window.doc.path is None
    assert "not saved" in window.windowTitle()
    assert window.scene.item_for == {}


def test_panels_follow_the_opened_file(make_window, sample_copy):
    from PySide6.QtWidgets import QLineEdit

    window = make_window(None)
    assert window.files.open_path(str(sample_copy))
    QApplication.processEvents()
    names = [e.text() for e in window.inspector.findChildren(QLineEdit)
             if e.objectName() == "edit:name"]
    assert names == ["ICP on VCS with an enterprise stretch"]
    assert window.selection_label.text() == window.doc.topology.summary()


def test_started_like_the_app_the_panels_follow_the_first_frame(qtbot, sample_copy):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(defer_panels=True)
    qtbot.addWidget(window)
    assert window.files.open_path(str(sample_copy))
    assert window.inspector is None  # nothing but the canvas before the first frame
    window.show()
    qtbot.waitUntil(lambda: window.inspector is not None and window.animation is not None)
    assert window.dockWidgetArea(window.inspector) == Qt.DockWidgetArea.RightDockWidgetArea
    toggles = [a.objectName() for a in window.panels_menu.actions()]
    assert "view.panel_inspector-dock" in toggles and "view.panel_palette_dock" in toggles
