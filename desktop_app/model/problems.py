"""Problems found while loading or validating a topology, and the error that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .safe_text import printable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a topology, located by document path and, when known, file position.

    ``line`` and ``column`` are 1-based. ``subject`` is the id of the zone, network, device
    or flow the problem is about, so a view can select it. ``message`` is the English
    sentence; when the validator said it, ``template`` and ``params`` are what it was said
    from (``message == template.format(**dict(params))``, see ``messages``), so a view can
    say it in the reader's language.
    """

    path: str
    message: str
    severity: str = ERROR
    line: int | None = None
    column: int | None = None
    file: str | None = None
    subject: str | None = None
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def format(self, message: str | None = None, warning: str = "warning: ") -> str:
        """``FILE:LINE:COL: path: sentence``, as a compiler would print it, on one line.

        A view in another language passes the sentence and the warning mark it shows.
        Values quoted from the file are the author's text: a line break or an escape sequence
        in them is written as ``\\n`` or ``\\x1b``, so no value can forge a second error line
        or drive the terminal.
        """
        where = self.file or "<topology>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        kind = "" if self.is_error else warning
        path = f"{self.path}: " if self.path else ""
        return printable(f"{where}: {kind}{path}{self.message if message is None else message}")


class TopologyError(Exception):
    """Loading failed; ``problems`` lists every error (and the warnings found with them)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        super().__init__("\n".join(p.format() for p in errors) or "invalid topology")


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a mistyped word, or None when none is close."""
    import difflib  # only a file with mistakes needs it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``; did you mean 'x'?`` for the closest choice, or an empty string."""
    near = closest(word, choices)
    return f"; did you mean '{near}'?" if near is not None else ""
