"""The reachability matrix: every source against every destination, one traced outcome a cell.

Each cell is exactly ``outcome_of(trace(topology, FlowRequest(source, destination, …)))``:
the matrix traces the same way a single flow does, on one shared ``Context`` so the index
and the routing caches are built once for all cells.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.model.selectors import Endpoint, select
from desktop_app.model.topology import Topology

from .batch import collector_paused, on_every_core
from .outcome import Outcome, follow, outcome_of
from .tracer import FlowRequest, TraceInputError
from .walk import Context

UNTRACEABLE = "untraceable"


@dataclass(frozen=True)
class MatrixSpec:
    """What to compute: two selectors and the traffic (protocol and destination port)."""

    sources: str
    destinations: str
    protocol: str = "tcp"
    port: int | None = None

    def describe(self) -> str:
        port = f" {self.port}" if self.port is not None else ""
        return f"{self.sources} → {self.destinations}, {self.protocol}{port}"


class Cell(NamedTuple):
    """One traced pair. A named tuple, and its request made again when asked for (a click
    plays it): a matrix makes ten thousand cells after the last trace, with nothing to overlap."""

    source: Endpoint
    destination: Endpoint
    spec: MatrixSpec
    outcome: Outcome

    @property
    def request(self) -> FlowRequest:
        return request_for(self.source, self.destination, self.spec)


@dataclass
class Matrix:
    spec: MatrixSpec
    sources: list[Endpoint]
    destinations: list[Endpoint]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[(row, column)]

    def tally(self) -> Counter[str]:
        """How many cells ended each way."""
        return Counter(c.outcome.name for c in self.cells.values())


def request_for(source: Endpoint, destination: Endpoint, spec: MatrixSpec) -> FlowRequest:
    """The flow a cell traces; an id such as ``web-1→db`` names it in tables and diffs."""
    return FlowRequest(source.target, destination.target, spec.protocol, spec.port,
                       id=f"{source.name}→{destination.name}")


def compute(topology: Topology, spec: MatrixSpec, context: Context | None = None,
            selection: tuple[str, ...] | None = None) -> Matrix:
    """Select rows and columns and trace every cell (``SelectorError`` for a bad selector)."""
    with collector_paused():
        return _compute(topology, spec, context or Context(topology), selection)


def _compute(topology: Topology, spec: MatrixSpec, ctx: Context,
             selection: tuple[str, ...] | None) -> Matrix:
    matrix = Matrix(spec, select(topology, spec.sources, "source", selection),
                    select(topology, spec.destinations, "destination", selection))

    sources, columns = matrix.sources, matrix.destinations
    per = min(len(columns), PIECE) or 1  # cells one item traces: a row, or a piece of a long one
    pieces = -(-len(columns) // per)  # items a row makes

    def piece(k: int) -> list[Outcome]:
        i, part = divmod(k, pieces)
        src = sources[i]
        return [_outcome(topology, request_for(src, dst, spec), ctx) for dst in columns[part * per:(part + 1) * per]]

    done = on_every_core(piece, len(sources) * pieces, len(sources) * len(columns))
    for k, outcomes in enumerate(done):
        i, part = divmod(k, pieces)
        src = sources[i]
        for j, outcome in enumerate(outcomes, part * per):
            matrix.cells[(i, j)] = Cell(src, columns[j], spec, outcome)
    return matrix


# Cells one shared item traces at most: the processes end within an item of each other, and a
# whole 100-cell row of pods left the main process waiting 20–60 ms for the last one.
PIECE = 50


def _outcome(topology: Topology, request: FlowRequest, ctx: Context) -> Outcome:
    try:
        return outcome_of(follow(topology, request, ctx))
    except TraceInputError as exc:  # e.g. a device without an address to send to
        return Outcome(UNTRACEABLE, None, str(exc))
