"""``hybridviz check FILE...``: trace every flow that carries ``expect`` and say which hold.

Exit status: 0 when every intent holds, 1 when any fails, 2 when a file does not load.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli import errors
from desktop_app.engine.intents import check
from desktop_app.export import intent_report
from desktop_app.model import TopologyError, load
from desktop_app.model.writer import write_atomic


def add_check_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``check`` subcommand."""
    p = sub.add_parser(
        "check", help="check the intents (flows with 'expect:') of topology files",
        description="Trace every flow that carries 'expect:' and print flow, expected, got, "
                    "where and why. Exit 0 when all hold, 1 when any fails, 2 on bad input.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--junit", metavar="PATH", help="also write JUnit XML (one test case per intent)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON instead of a table")
    out.add_argument("--markdown", action="store_true", help="print Markdown tables")
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    verdicts: list[intent_report.FileVerdicts] = []
    bad = False
    for path in args.files:
        try:
            topology = load(path).topology
        except TopologyError as exc:
            errors.print_problems(exc)
            bad = True
            continue
        verdicts.append(intent_report.FileVerdicts(path, check(topology)))
    if bad:
        return errors.EXIT_BAD_INPUT
    if args.junit:
        try:
            write_atomic(args.junit, intent_report.to_junit(verdicts).encode())
        except OSError as exc:
            return errors.bad_input("check", f"cannot write {args.junit}: {exc.strerror or exc}")
    if args.json:
        sys.stdout.write(intent_report.to_json(verdicts))
    elif args.markdown:
        sys.stdout.write(intent_report.to_markdown(verdicts))
    else:
        sys.stdout.write(intent_report.to_text(verdicts))
    return errors.EXIT_OTHER if any(v.failures for v in verdicts) else errors.EXIT_OK
