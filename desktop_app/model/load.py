"""Load a topology file: read, parse with positions, build, validate; all problems at once."""

from __future__ import annotations

import dataclasses
import os

from .failure import unexpected_problem
from .file_text import read_file_text
from .problems import Problem, TopologyError
from .reader import SourceMap, parse_text
from .topology import Topology
from .validate import validate


@dataclasses.dataclass
class Loaded:
    """A successfully loaded topology with its warnings and where each path sits in the file."""

    topology: Topology
    warnings: list[Problem]
    source: SourceMap


def _place(problems: list[Problem], source: SourceMap, file: str) -> list[Problem]:
    out = []
    for p in problems:
        if p.line is None:
            # Where nothing nearer is known, the file's start: every message has a place.
            pos = source.locate(p.path) or (1, 1)
            p = dataclasses.replace(p, line=pos[0], column=pos[1])
        if p.file is None:
            p = dataclasses.replace(p, file=file)
        out.append(p)
    return out


def loads(text: str, file: str = "<text>") -> Loaded:
    """Load from text; raises ``TopologyError`` listing every error (never another exception)."""
    try:
        return _loads(text, file)
    except TopologyError:
        raise
    except Exception as exc:  # a bug this text reached: said as a problem, never a traceback
        raise TopologyError([unexpected_problem(exc, file)]) from exc


def _loads(text: str, file: str) -> Loaded:
    model, source, problems = parse_text(text, file)
    if model is not None:
        problems = problems + validate(model)
    problems = _place(problems, source, file)
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    if model is None or any(p.is_error for p in problems):
        raise TopologyError(problems)
    return Loaded(model, problems, source)


def load(path: str | os.PathLike[str]) -> Loaded:
    """Load a file; raises ``TopologyError`` with ``FILE:LINE:COL`` problems when it is not valid."""
    name = os.fspath(path)
    try:
        text = read_file_text(name)
    except TopologyError:
        raise
    except Exception as exc:  # e.g. a name the system cannot encode
        raise TopologyError([unexpected_problem(exc, name)]) from exc
    return loads(text, name)


def load_topology(path: str | os.PathLike[str]) -> Topology:
    return load(path).topology
