"""Exit statuses and the one way a command says that its input is bad."""

from __future__ import annotations

import sys

from desktop_app.model import TopologyError
from desktop_app.model.safe_text import printable

EXIT_OK, EXIT_OTHER, EXIT_BAD_INPUT = 0, 1, 2


def bad_input(command: str, sentence: str) -> int:
    """Print ``hybridviz COMMAND: sentence`` on stderr and return the bad-input status."""
    print(printable(f"hybridviz {command}: {sentence}"), file=sys.stderr)
    return EXIT_BAD_INPUT


def print_problems(exc: TopologyError) -> int:
    """Print a file's problems, one FILE:LINE:COL sentence a line; return the bad-input status."""
    for problem in exc.problems:
        print(problem.format(), file=sys.stderr)
    return EXIT_BAD_INPUT
