"""Writing a file the way an editor must: atomically, through links, and never by surprise.

A file is written to a temporary beside it, flushed to disk and renamed over it, so a crash
at any moment leaves the old file or the new one, never a mix. Around that rename:

- a symbolic link is followed, so the real file gets the new text and the link stays a link;
- a read-only file is not replaced unless the caller says so (the editor asks first);
- the temporary's name is short (``.hv-XXXXXXXX.tmp``), so any legal file name can be saved;
- the writer holds a lock on its temporary while it works; a temporary nobody holds is what a
  killed writer left, and ``remove_leftover_temporaries`` deletes it at the next start;
- ``FileStamp`` records what a file was when it was read, so a change made to it elsewhere
  since can be noticed before it is overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

try:  # POSIX: a lock the system drops when its holder dies, however it dies
    import fcntl
except ImportError:  # pragma: no cover - Windows: leftovers are recognised by age instead
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX, TEMP_SUFFIX = ".hv-", ".tmp"
# What saves wrote before the names were short: ``.NAME.yaml.XXXXXXXX.tmp``.
_LEGACY = re.compile(r"\..+\.ya?ml\.[A-Za-z0-9_]{8}\.tmp\Z")
# Where no lock can tell, a temporary this old is taken for a leftover.
STALE_SECONDS = 3600.0


class ReadOnlyFileError(PermissionError):
    """The target is read-only and the caller did not ask to replace it anyway."""

    def __init__(self, path: str) -> None:
        super().__init__(13, "the file is read-only; make it writable or save under another name",
                         path)


@dataclass(frozen=True)
class FileStamp:
    """What a file was when it was read or written: modification time, size and content hash."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, path: str | os.PathLike[str], data: bytes) -> FileStamp:
        """The stamp of ``path`` just read or written as ``data``."""
        st = os.stat(path)
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileStamp | None:
        """The file's stamp now, or None when it cannot be read (gone, unreadable)."""
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            return cls.of_bytes(path, data)
        except OSError:
            return None

    def changed(self, path: str | os.PathLike[str]) -> bool:
        """Whether the file now differs from this stamp: its content, or its being there.

        A file touched without a change (same bytes, new time) has not changed; the hash is
        only read when the time or size moved.
        """
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return True
        except OSError:
            return False  # cannot tell; the save itself will say what is wrong
        if st.st_mtime_ns == self.mtime_ns and st.st_size == self.size:
            return False
        now = FileStamp.of(path)
        return now is None or now.sha256 != self.sha256


def real_target(path: str | os.PathLike[str]) -> str:
    """The file a save must write: ``path`` with every symbolic link followed."""
    return os.path.realpath(os.path.abspath(os.fspath(path)))


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """Whether an existing file forbids writing to it (its permission bits, for this user)."""
    target = real_target(path)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    # No write bit at all counts even for an administrator, whom the system would let write.
    return not (mode & 0o222) or not os.access(target, os.W_OK)


def write_atomic(path: str | os.PathLike[str], data: bytes, *,
                 replace_read_only: bool = False) -> FileStamp:
    """Write ``data`` to ``path`` atomically; returns the written file's stamp.

    Raises ``ReadOnlyFileError`` for a read-only target unless ``replace_read_only``; the
    replaced file keeps its permission bits either way.
    """
    target = real_target(path)
    folder = os.path.dirname(target)
    if not replace_read_only and is_read_only(target):
        raise ReadOnlyFileError(os.fspath(path))
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            _lock(fh.fileno())  # held until closed: after the rename, so cleaners leave it
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if os.path.exists(target):
                os.chmod(tmp, os.stat(target).st_mode & 0o7777)
            else:
                os.chmod(tmp, 0o644)
            os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return FileStamp.of_bytes(target, data)


def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def leftover_temporaries(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """Temporaries in ``folder`` that no writer holds: what a killed save left behind.

    Recognised by name: ours (``.hv-…tmp``) and the older ``.NAME.XXXXXXXX.tmp``.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        if not (name.startswith(TEMP_PREFIX) or _LEGACY.match(name)):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and not _held(entry.path):
                yield Path(entry.path)


def _held(path: str) -> bool:
    """Whether a live writer holds this temporary (or, without locks, it is fresh)."""
    if fcntl is None:  # pragma: no cover - Windows
        return time.time() - os.stat(path).st_mtime < STALE_SECONDS
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_leftover_temporaries(folder: str | os.PathLike[str]) -> int:
    """Delete the temporaries a killed writer left in ``folder``; how many were removed."""
    removed = 0
    for path in leftover_temporaries(folder):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
