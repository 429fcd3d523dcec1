"""One rule for every entry point: whatever goes wrong ends in one sentence, never a traceback.

Loading, the command line, opening, pasting and recovering each promise the same thing: bad
input is told as ``FILE:LINE:COL: sentence`` (``FILE:1:1`` where nothing better is known) and
the command exits with status 2. Known problems are found and said where they are found; this
module turns the unknown rest — a bug this input reached — into that sentence too, so the user
learns which file did it and what to report, and no half-done work is kept.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO

from .messages import UNEXPECTED, phrase
from .problems import ERROR, Problem
from .safe_text import printable

EXIT_BAD_INPUT = 2
_MAX_DETAIL = 300  # characters of the exception's own words kept in the sentence


def describe(exc: BaseException) -> str:
    """The exception as one short printable line: ``RecursionError: maximum recursion…``."""
    words = str(exc).strip()
    text = f"{type(exc).__name__}: {words}" if words else type(exc).__name__
    text = printable(text)
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def unexpected_problem(exc: BaseException, file: str | None) -> Problem:
    """The problem to report for an exception nothing else explained, at its place if known."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = getattr(mark, "line", None)
    column = getattr(mark, "column", None)
    if isinstance(line, int) and isinstance(column, int):
        line, column = line + 1, column + 1
    else:
        line, column = 1, 1
    said = phrase(UNEXPECTED, error=describe(exc))
    return Problem("", str(said), ERROR, line, column, file or "hybridviz",
                   template=said.template, params=said.params)


def run_guarded(action: Callable[[], int], file: str | None, out: IO[str] | None = None) -> int:
    """``action()``'s exit status; an exception it lets out is printed as a sentence: 2.

    Interrupts and a closed pipe are left to the caller (they are the user's doing).
    """
    try:
        return action()
    except (KeyboardInterrupt, BrokenPipeError, SystemExit):
        raise
    except Exception as exc:  # the catch-all this module exists for
        print(unexpected_problem(exc, file).format(), file=out or sys.stderr)
        return EXIT_BAD_INPUT
