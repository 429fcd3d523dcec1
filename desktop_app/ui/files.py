"""New, Open, Save, Save As, recent files, autosave and recovery after a crash.

Saving goes through the model's atomic save, as an editor's save: through symbolic links to
the real file, asking before it replaces a read-only file, and asking (Reload / Overwrite /
Save As) before it overwrites a change another program made since the file was opened.

While the topology has unsaved changes it is also written to the autosave folder under the
user's data location: a few seconds after the first change, then every 30 s (setting
``files/autosave_seconds``), so a crash loses at most that much. A clean save or close
removes it; at start-up, autosaves of sessions that are gone (see ``autosave``) are offered
for recovery, and what killed saves left behind is removed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from desktop_app.diagram.auto_layout import complete
from desktop_app.model import Topology, TopologyError, dumps, load, save
from desktop_app.model.atomic_file import (
    FileStamp,
    is_read_only,
    real_target,
    remove_leftover_temporaries,
    write_atomic,
)
from desktop_app.model.embedded import carrier
from desktop_app.model.failure import unexpected_problem
from desktop_app.model.reader import parse_text
from desktop_app.ui.autosave import (
    Autosave,
    SessionLock,
    autosave_folder,
    leftover_autosaves,
    note_info,
    tidy_autosave_folder,
)
from desktop_app.ui.document import Document
from desktop_app.ui.file_prompts import Prompts
from desktop_app.ui.problem_words import problem_line

RECENT_KEY = "files/recent"
AUTOSAVE_KEY = "files/autosave_seconds"
LAST_FOLDER_KEY = "files/last_folder"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30
FIRST_AUTOSAVE_MS = 3000  # after the first change: a crash early on loses almost nothing
__all__ = ["Autosave", "FileController", "Prompts", "autosave_folder", "leftover_autosaves"]


class FileController(QObject):
    """Files for one window: its document's path, saving, recent files and autosave."""

    recent_changed = Signal()
    opened = Signal(str)  # a file was opened (its path)
    message = Signal(str)

    def __init__(self, window: QWidget, doc: Document, prompts: Prompts | None = None):
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.prompts = prompts or Prompts()
        self.session = os.urandom(6).hex()  # names this window's autosave files
        self.lock = SessionLock(autosave_folder(), self.session)
        self.lock.acquire()  # held while the window lives: its autosave is not offered
        self.stamp: FileStamp | None = None  # the open file as it was read or last written
        self.timer = QTimer(self)
        self.timer.setObjectName("autosave_timer")
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start(self.autosave_seconds() * 1000)
        self.first_timer = QTimer(self)
        self.first_timer.setObjectName("first_autosave_timer")
        self.first_timer.setSingleShot(True)
        self.first_timer.timeout.connect(self.autosave_now)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- settings -------------------------------------------------------------------------
    @staticmethod
    def autosave_seconds() -> int:
        try:
            value = int(QSettings().value(AUTOSAVE_KEY, DEFAULT_AUTOSAVE_SECONDS))
        except (TypeError, ValueError):
            value = DEFAULT_AUTOSAVE_SECONDS
        return max(5, value)

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def _remember(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        settings = QSettings()
        settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.recent_changed.emit()

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.recent_changed.emit()

    def _folder(self) -> str:
        if self.doc.path:
            return str(Path(self.doc.path).parent)
        return str(QSettings().value(LAST_FOLDER_KEY, str(Path.home())))

    # -- open / new -----------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._forget_autosave()
        self.doc.replace(Topology(name=self.tr("Untitled topology")), None)
        return True

    def new_from(self, topology: Topology) -> bool:
        """A new, unsaved document that starts as a copy of ``topology`` (a template)."""
        if not self.maybe_save():
            return False
        topology.layout = complete(topology)
        self._forget_autosave()
        self.doc.replace(topology, None)
        return True

    def open(self) -> bool:
        path = self.prompts.open_path(self.window, self._folder())
        if not path:
            return False
        return self.open_with_prompt(path)

    def open_with_prompt(self, path: str) -> bool:
        """Open a file after offering to save the current changes (recent, drop)."""
        if not self.maybe_save():
            return False
        return self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Load a file into the window; on failure show why and keep what was open."""
        path = os.path.abspath(path)
        stamp = FileStamp.of(path)  # before reading: a change while it is read counts too
        try:
            loaded = load(path)
        except TopologyError as exc:
            errors = [p for p in exc.problems if p.is_error]
            count = len(errors)
            first = problem_line(errors[0]) if errors else ""
            summary = (self.tr("It has 1 problem; nothing was opened. The first: {first}")
                       if count == 1 else
                       self.tr("It has {count} problems; nothing was opened. The first: {first}")
                       ).format(count=count, first=first)
            self.prompts.load_failed(self.window if self.window.isVisible() else None, path,
                                     summary, [problem_line(p) for p in exc.problems])
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.prompts.load_failed(self.window if self.window.isVisible() else None, path,
                                     f"{reason}.", [])
            return False
        except Exception as exc:  # a bug the file reached: said, and the open file is kept
            self.prompts.load_failed(self.window if self.window.isVisible() else None, path,
                                     problem_line(unexpected_problem(exc, path)), [])
            return False
        topology = loaded.topology
        try:
            # A file without (complete) positions gets the automatic layout once, here, so
            # that moving one device later does not leave the rest without positions.
            topology.layout = complete(topology)
        except Exception as exc:
            self.prompts.load_failed(self.window if self.window.isVisible() else None, path,
                                     problem_line(unexpected_problem(exc, path)), [])
            return False
        self._forget_autosave()
        # The topology inside an exported picture or page: saving must not overwrite the
        # picture with YAML, so the document starts without a file and Save asks for one.
        exported = carrier(path) is not None
        self.doc.replace(topology, None if exported else path)
        self.stamp = None if exported else stamp
        remove_leftover_temporaries(os.path.dirname(real_target(path)))  # a killed save's
        self._remember(path)
        self.opened.emit(path)
        if exported:
            self.message.emit(self.tr("Opened the topology inside {name}; Save writes it as a "
                                      "topology file").format(name=os.path.basename(path)))
        for warning in loaded.warnings[:1]:
            self.message.emit(problem_line(warning))
        return True

    # -- save -----------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.doc.path:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        suggested = self.doc.path or str(Path(self._folder()) / _file_name(self.doc.topology))
        path = self.prompts.save_path(self.window, suggested)
        if not path:
            return False
        return self._write(os.path.abspath(path))

    def _write(self, path: str) -> bool:
        if path == self.doc.path and self.stamp is not None and self.stamp.changed(path):
            answer = self.prompts.changed_elsewhere(self.window, path)
            if answer == "reload":
                self._forget_autosave()
                self.open_path(path)
                return False  # the edits were dropped for the file's new text: nothing saved
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        replace = is_read_only(path)
        if replace and not self.prompts.replace_read_only(self.window, path):
            return False
        try:
            stamp = save(self.doc.topology, path, replace_read_only=replace)
        except OSError as exc:
            self.prompts.save_failed(self.window, path, exc.strerror or str(exc))
            return False
        self.stamp = stamp
        if path != self.doc.path:
            self.doc.set_path(path)
        self.doc.undo_stack.setClean()
        self._forget_autosave()
        self._remember(path)
        self.message.emit(self.tr("Saved {path}").format(path=path))
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current topology (saved, discarded, unchanged)."""
        if not self.doc.modified:
            return True
        answer = self.prompts.save_changes(self.window, self.doc.topology.name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._forget_autosave()
            return True
        return False

    def shutdown(self) -> None:
        """The window closes cleanly: no autosave must outlive it."""
        self.timer.stop()
        self.first_timer.stop()
        self._forget_autosave()
        self.lock.release()

    # -- autosave -------------------------------------------------------------------------
    def autosave_paths(self) -> tuple[Path, Path]:
        folder = autosave_folder()
        return folder / f"{self.session}.yaml", folder / f"{self.session}.json"

    def autosave_now(self) -> bool:
        """Write the autosave when there are unsaved changes; True when one was written."""
        if not self.doc.modified:
            return False
        data, note = self.autosave_paths()
        try:
            data.parent.mkdir(parents=True, exist_ok=True)
            self.lock.acquire()  # the folder may have been made only now
            write_atomic(data, dumps(self.doc.topology).encode("utf-8"),
                         replace_read_only=True)
            info = note_info(self.doc.path, self.doc.topology.name, self.stamp)
            write_atomic(note, json.dumps(info, indent=1).encode("utf-8"),
                         replace_read_only=True)
        except OSError as exc:
            self.message.emit(self.tr("Autosave failed: {why}").format(why=exc.strerror or exc))
            return False
        return True

    def _forget_autosave(self) -> None:
        for p in self.autosave_paths():
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.first_timer.stop()
            self._forget_autosave()
        else:  # the first change since the last save: autosave it soon, not in 30 s
            self.first_timer.start(FIRST_AUTOSAVE_MS)

    def offer_recovery(self) -> bool:
        """Offer the newest autosave left by a crashed session; True when it was recovered.

        Nothing here may stop the start-up: a damaged autosave is said, never raised.
        """
        try:
            tidy_autosave_folder()
            return self._offer_recovery()
        except Exception as exc:
            self.prompts.failed(self.window if self.window.isVisible() else None,
                                self.tr("Could not recover the autosave"),
                                problem_line(unexpected_problem(exc, str(autosave_folder()))))
            return False

    def _offer_recovery(self) -> bool:
        leftovers = leftover_autosaves()
        if not leftovers:
            return False
        entry = leftovers[0]
        answer = self.prompts.recover(self.window, entry, len(leftovers) - 1)
        if answer == "discard":
            entry.remove()
            return False
        if answer != "recover":
            return False
        return self.recover(entry)

    def recover(self, entry: Autosave) -> bool:
        """Open an autosave as unsaved work; a damaged one is said, never raised."""
        try:
            return self._recover(entry)
        except Exception as exc:
            self.prompts.load_failed(self.window, str(entry.data),
                                     self.tr("The autosave is damaged."),
                                     [problem_line(unexpected_problem(exc, str(entry.data)))])
            return False

    def _recover(self, entry: Autosave) -> bool:
        try:
            text = entry.data.read_text(encoding="utf-8")
        except OSError as exc:
            self.message.emit(self.tr("Could not read the autosave: {why}").format(
                why=exc.strerror or exc))
            return False
        # An autosave may hold a model mid-edit that does not validate yet: build it
        # without validation and let the problems panel show what is wrong.
        model, _, problems = parse_text(text, str(entry.data))
        if model is None:
            self.prompts.load_failed(self.window, str(entry.data),
                                     self.tr("The autosave is damaged."),
                                     [problem_line(p) for p in problems])
            return False
        model.layout = complete(model)
        self.doc.replace(model, entry.original)
        # Saving asks first if the file changed after the session last read or wrote it.
        self.stamp = entry.stamp
        self.doc.undo_stack.resetClean()  # recovered work is unsaved until the user saves
        entry.remove()
        self.autosave_now()
        self.message.emit(self.tr("Recovered unsaved work; save it to keep it."))
        return True


def _file_name(topology: Topology) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in topology.name.lower())
    return (stem.strip("-") or "topology") + ".yaml"
