"""Autosave notes: which session wrote an autosave, whether it still runs, what to offer.

Each window writes its unsaved topology to ``<session>.yaml`` in the autosave folder with a
small JSON note (``<session>.json``) naming the file it belongs to. Whether the session is
still running decides whether the autosave is offered for recovery, and a bare process id
cannot say: ids are reused, so a crashed session's id may belong to another program now. A
session therefore holds a lock on ``<session>.lock`` for its whole life; the system drops
the lock when the process ends however it ends, so a lock nobody holds means the session is
gone. Where there are no such locks the note's process id and process start time decide.

A note is read as untrusted input: a damaged one (``[]``, ``"saved": 1e400``, text where a
number belongs) is read with defaults instead of stopping the start-up, so the autosave it
describes is still offered.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop_app.model.atomic_file import FileStamp, remove_leftover_temporaries

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the process id and start time decide
    fcntl = None  # type: ignore[assignment]

MAX_NAME = 200  # characters of a note's topology name shown in the recovery question
_YEAR = 365 * 24 * 3600.0


def autosave_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def process_started(pid: int) -> str | None:
    """When a process started, as the system counts it (Linux), to tell a reused id apart."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            stat = fh.read()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: fields after its last ")".
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process, or a platform that cannot tell
    return True


class SessionLock:
    """The lock a running session holds on ``<session>.lock`` until it ends."""

    def __init__(self, folder: Path, session: str) -> None:
        self.path = folder / f"{session}.lock"
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock (creating the folder); False where the system offers no locks."""
        if fcntl is None or self._file is not None:
            return self._file is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - held for the session
        except OSError:
            return False
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._file = fh
        return True

    def release(self, remove: bool = True) -> None:
        if self._file is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._file.close()
        self._file = None


def _lock_state(path: Path) -> bool | None:
    """True when a live session holds this lock file, False when none does, None: no lock."""
    if fcntl is None or not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


@dataclass(frozen=True)
class Autosave:
    """An autosaved topology left behind by a session."""

    data: Path
    note: Path
    original: str | None
    name: str
    saved: float
    pid: int
    started: str | None = None
    stamp: FileStamp | None = None  # the original file as the session last read or wrote it

    @property
    def lock(self) -> Path:
        return self.note.with_suffix(".lock")

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved))
        where = self.original or QCoreApplication.translate("files", "an unsaved topology")
        return QCoreApplication.translate("files", "“{name}” ({where}), autosaved {when}").format(
            name=self.name, where=where, when=when)

    def session_alive(self) -> bool:
        """Whether the session that wrote it still runs (then it is not offered)."""
        held = _lock_state(self.lock)
        if held is not None:
            return held
        if self.pid == os.getpid():
            return True
        if not _pid_alive(self.pid):
            return False
        # The id is taken: by the same process only if it started at the same moment.
        return self.started is None or process_started(self.pid) in (None, self.started)

    def remove(self) -> None:
        for p in (self.data, self.note, self.lock):
            with contextlib.suppress(OSError):
                p.unlink()


def note_info(path: str | None, name: str, stamp: FileStamp | None) -> dict[str, Any]:
    """What a session writes in its note."""
    info: dict[str, Any] = {"path": path, "name": name, "saved": time.time(), "pid": os.getpid(),
                            "started": process_started(os.getpid())}
    if stamp is not None:
        info["stamp"] = {"mtime_ns": stamp.mtime_ns, "size": stamp.size, "sha256": stamp.sha256}
    return info


def read_note(note: Path) -> Autosave:
    """The autosave a note describes; every field checked by type and range, with defaults."""
    data = note.with_suffix(".yaml")
    try:
        info = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        info = None
    if not isinstance(info, dict):
        info = {}
    path = info.get("path")
    name = info.get("name")
    pid = info.get("pid")
    started = info.get("started")
    return Autosave(
        data, note,
        path if isinstance(path, str) and path and "\0" not in path else None,
        name[:MAX_NAME] if isinstance(name, str) and name else "untitled",
        _saved(info.get("saved"), data),
        pid if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**31 else 0,
        started if isinstance(started, str) and len(started) < 40 else None,
        _stamp(info.get("stamp")),
    )


def _saved(value: object, data: Path) -> float:
    """The note's time when it is a real moment (1970 to a year from now), else the data's."""
    now = time.time()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            saved = float(value)
        except OverflowError:
            saved = math.inf
        if math.isfinite(saved) and 0 <= saved <= now + _YEAR:
            return saved
    try:
        return data.stat().st_mtime
    except OSError:
        return now


def _stamp(value: object) -> FileStamp | None:
    if not isinstance(value, dict):
        return None
    mtime, size, digest = value.get("mtime_ns"), value.get("size"), value.get("sha256")
    if (isinstance(mtime, int) and isinstance(size, int) and isinstance(digest, str)
            and not isinstance(mtime, bool) and not isinstance(size, bool)
            and 0 <= size < 2**63 and abs(mtime) < 2**63 and len(digest) == 64):
        return FileStamp(mtime, size, digest)
    return None


def leftover_autosaves() -> list[Autosave]:
    """Autosaves whose session is gone, newest first (never raises: start-up goes on)."""
    folder = autosave_folder()
    if not folder.is_dir():
        return []
    out = []
    with contextlib.suppress(OSError):
        for note in folder.glob("*.json"):
            entry = read_note(note)
            if entry.data.is_file() and not entry.session_alive():
                out.append(entry)
    return sorted(out, key=lambda e: -e.saved)


def tidy_autosave_folder() -> None:
    """Remove what killed sessions left that can never be offered: half-written temporaries,
    and lock files of sessions that are gone and left no autosave."""
    folder = autosave_folder()
    if not folder.is_dir():
        return
    remove_leftover_temporaries(folder)
    with contextlib.suppress(OSError):
        for lock in folder.glob("*.lock"):
            if not lock.with_suffix(".json").exists() and _lock_state(lock) is False:
                with contextlib.suppress(OSError):
                    lock.unlink()
