"""New, Open, Save, Save As, recent files, autosave and recovery after a crash.

Saving goes through the model's atomic save. While the topology has unsaved changes it is
also written every 30 s (setting ``files/autosave_seconds``) to the autosave folder under
the user's data location, with a small JSON note naming the file it belongs to and the
process that wrote it. A clean save or close removes both; at start-up, notes left by a
process that is no longer running (a crash, a kill) are offered for recovery.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSettings,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.diagram.auto_layout import complete
from desktop_app.model import Topology, TopologyError, dumps, load, save
from desktop_app.model.embedded import carrier
from desktop_app.model.reader import parse_text
from desktop_app.model.writer import write_atomic
from desktop_app.ui.document import Document
from desktop_app.ui.problem_words import problem_line

RECENT_KEY = "files/recent"
AUTOSAVE_KEY = "files/autosave_seconds"
LAST_FOLDER_KEY = "files/last_folder"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30
FILE_FILTER = QT_TRANSLATE_NOOP("files", "hybridviz topologies (*.yaml *.yml);;All files (*)")
# Exports carry their topology (desktop_app/model/embedded.py), so Open takes them too.
OPEN_FILTER = QT_TRANSLATE_NOOP(
    "files", "hybridviz topologies and exports (*.yaml *.yml *.png *.svg *.pdf *.drawio *.html)"
    ";;All files (*)")


def tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("files", …)``, in the current language."""
    return QCoreApplication.translate("files", text)


def autosave_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


@dataclass(frozen=True)
class Autosave:
    """An autosaved topology left behind by a session."""

    data: Path
    note: Path
    original: str | None
    name: str
    saved: float
    pid: int

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved))
        where = self.original or QCoreApplication.translate("files", "an unsaved topology")
        return QCoreApplication.translate("files", "“{name}” ({where}), autosaved {when}").format(
            name=self.name, where=where, when=when)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process, or a platform that cannot tell
    return True


def leftover_autosaves() -> list[Autosave]:
    """Autosaves whose writer is gone, newest first."""
    out = []
    folder = autosave_folder()
    if not folder.is_dir():
        return []
    for note in folder.glob("*.json"):
        try:
            info = json.loads(note.read_text(encoding="utf-8"))
            entry = Autosave(note.with_suffix(".yaml"), note, info.get("path"),
                             str(info.get("name", "untitled")), float(info.get("saved", 0)),
                             int(info.get("pid", 0)))
        except (OSError, ValueError, TypeError):
            continue
        if entry.data.exists() and not _alive(entry.pid):
            out.append(entry)
    return sorted(out, key=lambda e: -e.saved)


class Prompts:
    """The questions the file controller asks the user (tests replace these)."""

    def save_changes(self, parent: QWidget, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("files", "Unsaved changes"),
                          QCoreApplication.translate("files", "Save the changes to “{0}” first?")
                          .format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(QCoreApplication.translate(
            "files", "Your changes are lost if you don't save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
                    QMessageBox.StandardButton(answer), "cancel")

    def open_path(self, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("files", "Open topology"), folder, tr(OPEN_FILTER))
        return path or None

    def save_path(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("files", "Save topology as"), suggested,
            tr(FILE_FILTER))
        if path and not Path(path).suffix:
            path += ".yaml"
        return path or None

    def load_failed(self, parent: QWidget | None, path: str, summary: str,
                    details: list[str]) -> None:
        if parent is None:  # at start-up, from a terminal: say it there too
            print(f"hybridviz: could not open {path}", file=sys.stderr)
            for line in details or [summary]:
                print(line, file=sys.stderr)
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return  # no screen: a modal box nobody can see would wait forever
        box = QMessageBox(QMessageBox.Icon.Critical, "hybridviz",
                          QCoreApplication.translate("files", "Could not open {path}")
                          .format(path=path), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("load_error")
        box.setInformativeText(summary)
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()

    def save_failed(self, parent: QWidget, path: str, reason: str) -> None:
        QMessageBox.critical(parent, "hybridviz", QCoreApplication.translate(
            "files", "Could not save {0}: {1}").format(path, reason))

    def recover(self, parent: QWidget, entry: Autosave, others: int) -> str:
        """``recover``, ``discard`` or ``later`` for the newest leftover autosave."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("files", "Recover unsaved work?"),
                          QCoreApplication.translate(
                              "files", "hybridviz did not close properly. Recover {0}?")
                          .format(entry.describe()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("files", "Recover"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("files", "Not now"))
        if others:
            box.setInformativeText(QCoreApplication.translate(
                "files", "{0} older autosave(s) are kept.").format(others))
        answer = QMessageBox.StandardButton(box.exec())
        return {QMessageBox.StandardButton.Yes: "recover",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "later")


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
        self.timer = QTimer(self)
        self.timer.setObjectName("autosave_timer")
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start(self.autosave_seconds() * 1000)
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
        topology = loaded.topology
        # A file without (complete) positions gets the automatic layout once, here, so that
        # moving one device later does not leave the rest without positions.
        topology.layout = complete(topology)
        self._forget_autosave()
        # The topology inside an exported picture or page: saving must not overwrite the
        # picture with YAML, so the document starts without a file and Save asks for one.
        exported = carrier(path) is not None
        self.doc.replace(topology, None if exported else path)
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
        try:
            save(self.doc.topology, path)
        except OSError as exc:
            self.prompts.save_failed(self.window, path, exc.strerror or str(exc))
            return False
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
        self._forget_autosave()

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
            write_atomic(data, dumps(self.doc.topology).encode("utf-8"))
            info = {"path": self.doc.path, "name": self.doc.topology.name,
                    "saved": time.time(), "pid": os.getpid()}
            write_atomic(note, json.dumps(info, indent=1).encode("utf-8"))
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
            self._forget_autosave()

    def offer_recovery(self) -> bool:
        """Offer the newest autosave left by a crashed session; True when it was recovered."""
        leftovers = leftover_autosaves()
        if not leftovers:
            return False
        entry = leftovers[0]
        answer = self.prompts.recover(self.window, entry, len(leftovers) - 1)
        if answer == "discard":
            _remove(entry)
            return False
        if answer != "recover":
            return False
        return self.recover(entry)

    def recover(self, entry: Autosave) -> bool:
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
        self.doc.undo_stack.resetClean()  # recovered work is unsaved until the user saves
        _remove(entry)
        self.autosave_now()
        self.message.emit(self.tr("Recovered unsaved work; save it to keep it."))
        return True


def _remove(entry: Autosave) -> None:
    for p in (entry.data, entry.note):
        try:
            p.unlink()
        except OSError:
            pass


def _file_name(topology: Topology) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in topology.name.lower())
    return (stem.strip("-") or "topology") + ".yaml"
