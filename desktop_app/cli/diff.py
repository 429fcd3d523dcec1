"""``hybridviz diff OLD NEW``: every flow that ends, travels, is translated or tunnelled
differently in NEW than in OLD, one plain sentence each.

Exit status: 0 when nothing changed, 1 when something did, 2 on bad input. Works as a git
difftool (``git difftool -x 'hybridviz diff' -y``; docs/checks.md).
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app.cli import errors
from desktop_app.engine.differences import FlowChange, Scope, compare
from desktop_app.engine.matrix import MatrixSpec
from desktop_app.model import TopologyError, load
from desktop_app.model.selectors import SelectorError

SCOPES = ("saved", "all-intents", "matrix")


def add_diff_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``diff`` subcommand."""
    p = sub.add_parser(
        "diff", help="list the flows whose outcome or path changed between two files",
        description="Trace the same flows in OLD and NEW and print each one that changed: its "
                    "outcome, path, address translations or encapsulations. Exit 0 when nothing "
                    "changed, 1 when something did, 2 on bad input.",
        epilog="--flows matrix takes a SPEC: 'FROM to TO [tcp|udp|icmp] [PORT]', e.g. "
               "'zone:internet-zone to kind:vm tcp 443'.",
    )
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--flows", nargs="+", default=["saved"], metavar="WHICH",
                   help="saved (default): the saved flows; all-intents: flows with 'expect:'; "
                        "matrix SPEC: every cell of a reachability matrix")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_diff)


def parse_matrix_spec(text: str) -> MatrixSpec:
    """``FROM to TO [PROTOCOL] [PORT]`` → a matrix spec; ``ValueError`` with a sentence."""
    words = text.split()
    if "to" not in words or words.index("to") != 1 or len(words) < 3:
        raise ValueError(f"the matrix SPEC '{text}' should read 'FROM to TO [tcp|udp|icmp] "
                         "[PORT]', e.g. 'zone:internet-zone to kind:vm tcp 443'")
    protocol, port = "tcp", None
    for word in words[3:]:
        if word in ("tcp", "udp", "icmp"):
            protocol = word
        elif word.isdigit() and 0 < int(word) < 65536:
            port = int(word)
        else:
            raise ValueError(f"'{word}' in the matrix SPEC is neither a protocol (tcp, udp, "
                             "icmp) nor a port (1–65535)")
    return MatrixSpec(words[0], words[2], protocol, port)


def cmd_diff(args: argparse.Namespace) -> int:
    scope, rest = args.flows[0], args.flows[1:]
    if scope not in SCOPES:
        return errors.bad_input("diff", f"--flows {scope}: use saved, all-intents or matrix SPEC")
    spec = None
    if scope == "matrix":
        if len(rest) != 1:
            return errors.bad_input("diff", "--flows matrix needs one SPEC in quotes, e.g. "
                                            "--flows matrix 'zone:internet-zone to kind:vm tcp 443'")
        try:
            spec = parse_matrix_spec(rest[0])
        except ValueError as exc:
            return errors.bad_input("diff", str(exc))
    elif rest:
        return errors.bad_input("diff", f"--flows {scope} takes no SPEC; only matrix does")
    try:
        old, new = load(args.old).topology, load(args.new).topology
    except TopologyError as exc:
        return errors.print_problems(exc)
    try:
        changed = compare(old, new, _scope(scope), spec)
    except SelectorError as exc:
        return errors.bad_input("diff", str(exc))
    if args.json:
        sys.stdout.write(_json(changed))
    else:
        for c in changed:
            print(f"{c.flow_id}: {c.english()}")
    return errors.EXIT_OTHER if changed else errors.EXIT_OK


def _scope(text: str) -> Scope:
    return "saved" if text == "saved" else ("all-intents" if text == "all-intents" else "matrix")


def _json(changed: list[FlowChange]) -> str:
    rows = []
    for c in changed:
        before, after = c.outcome_before, c.outcome_after
        rows.append({"flow": c.flow_id, "change": c.english(),
                     "before": before.name if before else None,
                     "after": after.name if after else None})
    return json.dumps({"format": "hybridviz-diff/1", "changed": rows}, indent=2,
                      ensure_ascii=False) + "\n"
