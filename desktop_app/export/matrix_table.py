"""A reachability matrix written out: a terminal grid, CSV, Markdown and JSON.

Cells say the outcome's symbol and name (``✓ delivered``), so the grid reads without colour.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from desktop_app.diagram.outcome_style import style_of
from desktop_app.engine.matrix import Matrix


def label(outcome: str) -> str:
    return f"{style_of(outcome).symbol} {outcome}"


def grid(matrix: Matrix) -> list[list[str]]:
    """Header row of destinations, then one row per source."""
    out = [["from \\ to", *(d.name for d in matrix.destinations)]]
    for i, src in enumerate(matrix.sources):
        out.append([src.name, *(label(matrix.cell(i, j).outcome.name)
                                for j in range(len(matrix.destinations)))])
    return out


def to_text(matrix: Matrix) -> str:
    rows = grid(matrix)
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = [f"{matrix.spec.describe()}: {_tally(matrix)}"]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def to_csv(matrix: Matrix) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["from \\ to", *(d.name for d in matrix.destinations)])
    for i, src in enumerate(matrix.sources):
        writer.writerow([src.name, *(matrix.cell(i, j).outcome.name
                                     for j in range(len(matrix.destinations)))])
    return buf.getvalue()


def to_markdown(matrix: Matrix) -> str:
    rows = grid(matrix)
    esc = [[c.replace("|", "\\|") for c in r] for r in rows]
    lines = [f"**{matrix.spec.describe()}** — {_tally(matrix)}", "",
             "| " + " | ".join(esc[0]) + " |", "|" + "---|" * len(esc[0])]
    lines += ["| " + " | ".join(r) + " |" for r in esc[1:]]
    return "\n".join(lines) + "\n"


def to_json(matrix: Matrix) -> str:
    spec = matrix.spec
    cells: list[dict[str, Any]] = []
    for (i, j), cell in sorted(matrix.cells.items()):
        cells.append({"row": i, "column": j, "from": cell.source.name, "to": cell.destination.name,
                      "outcome": cell.outcome.name, "where": cell.outcome.where,
                      "why": cell.outcome.why})
    data = {
        "format": "hybridviz-matrix/1",
        "from": spec.sources, "to": spec.destinations,
        "protocol": spec.protocol, "port": spec.port,
        "sources": [s.name for s in matrix.sources],
        "destinations": [d.name for d in matrix.destinations],
        "cells": cells,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _tally(matrix: Matrix) -> str:
    counts = matrix.tally()
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items(), key=lambda kv: -kv[1]))
