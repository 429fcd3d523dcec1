"""``hybridviz trace``: one flow, hop by hop, as a table, JSON (FORMAT.md §2) or Markdown.

By default the flow is a conversation: the request, then the reply (exit 0 only when it is
established); ``--one-way`` traces the request alone (exit 0 when it is delivered).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from desktop_app.cli import errors
from desktop_app.engine import FlowRequest, TraceInputError, trace
from desktop_app.engine.conversation import converse
from desktop_app.export import hop_table
from desktop_app.model import TopologyError, load
from desktop_app.model.problems import did_you_mean


def add_trace_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "trace", help="trace a flow hop by hop",
        description="Trace a saved flow (--flow) or an ad-hoc one (--from/--to) through a topology.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--flow", metavar="ID", help="a flow saved in the file")
    p.add_argument("--from", dest="source", metavar="ID", help="source device id")
    p.add_argument("--to", metavar="TARGET", help="destination: device id, IPv4 address or DNS name")
    p.add_argument("--protocol", choices=("tcp", "udp", "icmp"),
                   help="tcp (default); with --flow, overrides the saved flow's")
    p.add_argument("--port", type=int, help="destination port (default 80 for tcp, 53 for udp); "
                                            "with --flow, overrides the saved flow's")
    p.add_argument("--size", type=int, help="inner IP packet size in bytes, for MTU checks; "
                                            "with --flow, overrides the saved flow's")
    p.add_argument("--endpoint", metavar="POD", help="pin kube-proxy's choice of endpoint pod; "
                                                     "with --flow, overrides the saved flow's")
    p.add_argument("--one-way", action="store_true",
                   help="trace the request only, without the reply (exit 0 when delivered)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the trace as JSON (hybridviz-trace/1)")
    out.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.set_defaults(func=cmd_trace)


def cmd_trace(args: argparse.Namespace) -> int:
    try:
        loaded = load(args.file)
    except TopologyError as exc:
        return errors.print_problems(exc)
    topology = loaded.topology
    if args.flow:
        if args.source or args.to:
            return _bad("give either --flow or --from/--to, not both")
        flow = topology.flow(args.flow)
        if flow is None:
            hint = did_you_mean(args.flow, [f.id for f in topology.flows])
            return _bad(f"{args.file}: no flow '{args.flow}'{hint}")
        request = FlowRequest.from_flow(flow)
        overrides = {k: v for k, v in (("protocol", args.protocol), ("port", args.port), ("size", args.size),
                                       ("endpoint", args.endpoint)) if v is not None}
        if args.protocol == "icmp" and args.port is None:
            overrides["port"] = None  # ICMP has no port: the saved flow's does not carry over
        request = replace(request, **overrides)
    else:
        if not (args.source and args.to):
            return _bad("give --flow ID, or both --from ID and --to TARGET")
        if args.source not in {d.id for d in topology.devices}:
            hint = did_you_mean(args.source, [d.id for d in topology.devices])
            return _bad(f"{args.file}: no device '{args.source}'{hint}")
        request = FlowRequest(args.source, args.to, args.protocol or "tcp", args.port, args.size, args.endpoint)
    if args.size is not None and args.size < 28:
        return _bad(f"--size {args.size} is smaller than an IP and transport header")
    try:
        result = trace(topology, request) if args.one_way else converse(topology, request)
    except TraceInputError as exc:
        return _bad(f"{args.file}: {exc}")
    if args.json:
        sys.stdout.write(hop_table.to_json(result))
    elif args.markdown:
        sys.stdout.write(hop_table.to_markdown(result))
    else:
        sys.stdout.write(hop_table.to_text(result))
    return 0 if result.ok else 1


def _bad(sentence: str) -> int:
    return errors.bad_input("trace", sentence)
