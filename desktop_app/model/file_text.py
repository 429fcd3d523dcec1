"""Reading a topology file's text: size limit, the system's reasons for refusing it, UTF-8
with the place of a bad byte, and the topology inside an exported picture or page."""

from __future__ import annotations

import errno
import os

from .embedded import carrier, topology_text
from .messages import (
    CANNOT_OPEN,
    CANNOT_READ,
    FILE_TOO_LARGE,
    IS_A_DIRECTORY,
    NO_SUCH_FILE,
    NOT_UTF8,
    PERMISSION_DENIED,
    Phrase,
    phrase,
)
from .problems import TopologyError
from .yaml_nodes import Position, _problem

MAX_FILE_BYTES = 50 * 1024 * 1024


def read_file_text(path: str | os.PathLike[str]) -> str:
    """The file's text (an export's: the topology inside), refusing files too large first."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
    except OSError as exc:
        raise TopologyError([_problem("", CANNOT_OPEN, None, None, name,
                                      reason=_reason(exc))]) from None
    if size > MAX_FILE_BYTES:
        raise TopologyError([_problem("", FILE_TOO_LARGE, None, None, name, size=size / 2**20,
                                      limit=MAX_FILE_BYTES // 2**20)])
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise TopologyError([_problem("", CANNOT_READ, None, None, name,
                                      reason=_reason(exc))]) from None
    if carrier(name) is not None:  # an exported picture or page: the topology inside it
        return topology_text(name, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _byte_place(data, exc.start)
        raise TopologyError([_problem("", NOT_UTF8, line, col, name,
                                      byte=exc.start)]) from None


def _byte_place(data: bytes, offset: int) -> Position:
    """Line and column (in characters, as an editor counts them) of a byte in UTF-8 data."""
    start = data.rfind(b"\n", 0, offset) + 1
    before = data[start:offset]
    if data.startswith(b"\xef\xbb\xbf") and start == 0:
        before = before[3:]
    return data.count(b"\n", 0, offset) + 1, len(before.decode("utf-8", "replace")) + 1


# The system's reasons a translation can say, where the system says them in these words.
_REASONS = {
    errno.ENOENT: NO_SUCH_FILE,
    errno.EACCES: PERMISSION_DENIED,
    errno.EISDIR: IS_A_DIRECTORY,
}


def _reason(exc: OSError) -> str | Phrase:
    """Why the system refused the file: its own words, or a phrase when they are the same."""
    known = _REASONS.get(exc.errno or 0)
    return phrase(known) if known is not None and known == exc.strerror else f"{exc.strerror}"
