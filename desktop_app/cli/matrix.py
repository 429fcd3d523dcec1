"""``hybridviz matrix FILE --from SEL --to SEL``: who reaches whom, one traced outcome a cell.

Exit status: 0 when the matrix was computed (whatever its cells say), 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli import errors
from desktop_app.engine.matrix import MatrixSpec, compute
from desktop_app.export import matrix_table
from desktop_app.model import TopologyError, load
from desktop_app.model.selectors import SelectorError


def add_matrix_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``matrix`` subcommand."""
    p = sub.add_parser(
        "matrix", help="a reachability matrix: sources × destinations, traced",
        description="Trace every source against every destination and print the outcome of each "
                    "pair. Selectors are comma-separated terms: zone:ID, kind:KIND, label:K=V, "
                    "service:NAME (or service:*), device:ID or a bare device id.",
        epilog="Example: hybridviz matrix samples/icp-vcs-hybrid.yaml --from zone:internet-zone,"
               "zone:enterprise --to kind:vm,service:* --port 443",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="sources", required=True, metavar="SEL", help="rows")
    p.add_argument("--to", dest="destinations", required=True, metavar="SEL", help="columns")
    p.add_argument("--protocol", choices=("tcp", "udp", "icmp"), default="tcp")
    p.add_argument("--port", type=int, help="destination port (default 80 for tcp, 53 for udp)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="print CSV")
    out.add_argument("--json", action="store_true", help="print JSON (hybridviz-matrix/1)")
    out.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.set_defaults(func=cmd_matrix)


def spec_from(args: argparse.Namespace) -> MatrixSpec:
    return MatrixSpec(args.sources, args.destinations, args.protocol, args.port)


def cmd_matrix(args: argparse.Namespace) -> int:
    if args.port is not None and not 0 < args.port < 65536:
        return errors.bad_input("matrix", f"--port {args.port} is outside 1–65535")
    try:
        topology = load(args.file).topology
    except TopologyError as exc:
        return errors.print_problems(exc)
    try:
        matrix = compute(topology, spec_from(args))
    except SelectorError as exc:
        return errors.bad_input("matrix", f"{args.file}: {exc}")
    if args.csv:
        sys.stdout.write(matrix_table.to_csv(matrix))
    elif args.json:
        sys.stdout.write(matrix_table.to_json(matrix))
    elif args.markdown:
        sys.stdout.write(matrix_table.to_markdown(matrix))
    else:
        sys.stdout.write(matrix_table.to_text(matrix))
    return errors.EXIT_OK
