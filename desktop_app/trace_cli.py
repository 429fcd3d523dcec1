"""``hybridviz trace``: filled in by the trace engine."""

from __future__ import annotations

import argparse


def add_trace_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trace", help="trace a flow hop by hop")
    p.add_argument("file")
    p.set_defaults(func=lambda args: 2)
