"""``hybridviz export FILE --out PATH``: a diagram, animation, capture or hop table, no window."""

from __future__ import annotations

import argparse
import os

from desktop_app.cli import errors
from desktop_app.export.catalogue import LANGUAGES
from desktop_app.export.formats import (
    AREAS,
    FORMATS,
    PAGES,
    ExportInputError,
    ExportRequest,
    check,
    format_for,
)
from desktop_app.model import TopologyError, load
from desktop_app.model.problems import did_you_mean
from desktop_app.model.writer import write_atomic

EXIT_OK = errors.EXIT_OK


def add_export_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``export`` subcommand."""
    kinds = ", ".join(f"{f.extension} {f.name}" for f in FORMATS.values())
    p = sub.add_parser(
        "export", help="export a diagram, a flow animation, a capture or a hop table",
        description=f"Write one file, its format chosen by the extension: {kinds}.",
        epilog="The area 'view' frames the flow's path (there is no window to take the visible "
               "area from). Nothing is left behind when an export fails.",
    )
    p.add_argument("file", metavar="FILE", help="topology file")
    p.add_argument("--out", required=True, metavar="PATH", help="file to write")
    p.add_argument("--flow", metavar="ID", help="a saved flow: highlighted on diagrams, "
                   "required for .gif .apng .pcapng .md .csv .json, the one flow of a .html page")
    p.add_argument("--all-flows", action="store_true",
                   help="a .html page plays every saved flow (the default without --flow)")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="the language of a .html page's words and steps (default en)")
    p.add_argument("--area", choices=AREAS, default="all", help="whole topology (default) or view")
    p.add_argument("--scale", type=float, default=1.0, metavar="N",
                   help="PNG pixels per diagram unit (default 1; 2 for high-DPI slides)")
    p.add_argument("--transparent", action="store_true", help="no background (PNG, SVG, PDF)")
    p.add_argument("--page", choices=PAGES, default="A4", help="PDF page size (default A4)")
    p.add_argument("--fps", type=float, default=12.0, metavar="N",
                   help="animation frames per second (default 12)")
    p.add_argument("--width", type=int, default=1280, metavar="PX",
                   help="animation width in pixels (default 1280)")
    p.add_argument("--no-hop-numbers", dest="hop_numbers", action="store_false",
                   help="highlight the flow's path without numbering the hops")
    p.set_defaults(func=cmd_export)


def _bad(sentence: str) -> int:
    return errors.bad_input("export", sentence)


def _check_target(path: str) -> str | None:
    """Why ``path`` cannot be written, or None."""
    target = os.path.abspath(path)
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        return f"{path} is a folder; give a file name"
    if not os.path.isdir(folder):
        return f"cannot write {path}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {path}: the folder {folder} is not writable"
    return None


def cmd_export(args: argparse.Namespace) -> int:
    try:
        fmt = format_for(args.out)
    except ExportInputError as exc:
        return _bad(str(exc))
    problem = _check_target(args.out)
    if problem:
        return _bad(problem)
    try:
        topology = load(args.file).topology
    except TopologyError as exc:
        return errors.print_problems(exc)

    result = None
    if args.flow:
        flow = topology.flow(args.flow)
        if flow is None:
            saved = [f.id for f in topology.flows]
            hint = did_you_mean(args.flow, saved) or (
                f"; saved flows: {', '.join(saved)}" if saved else "; the file has no saved flows")
            return _bad(f"{args.file}: no flow '{args.flow}'{hint}")
        from desktop_app.engine import TraceInputError
        from desktop_app.engine.conversation import converse

        try:
            result = converse(topology, flow)  # exports carry the request and the reply
        except TraceInputError as exc:
            return _bad(f"{args.file}: flow '{args.flow}': {exc}")
    if args.all_flows and (args.flow or fmt.extension != ".html"):
        return _bad("--all-flows is for a .html page, and instead of --flow"
                    if fmt.extension == ".html" else
                    f"--all-flows is for a .html page; {fmt.extension} shows one flow (--flow ID)")
    traces: tuple = ()
    if fmt.extension == ".html" and not args.flow:  # the page plays every saved flow
        from desktop_app.engine import TraceInputError
        from desktop_app.engine.conversation import converse

        try:  # each flow there and back, as the single-flow exports carry it
            traces = tuple(converse(topology, f) for f in topology.flows)
        except TraceInputError as exc:
            return _bad(f"{args.file}: a saved flow cannot be traced: {exc}")
    elif fmt.needs_flow and result is None:
        saved = ", ".join(f.id for f in topology.flows) or "none saved in the file"
        return _bad(f"{fmt.extension} ({fmt.name}) needs a flow: give --flow ID "
                    f"(saved flows: {saved})")

    request = ExportRequest(fmt.extension, trace=result, area=args.area, scale=args.scale,
                            transparent=args.transparent, page=args.page, fps=args.fps,
                            width=args.width, hop_numbers=args.hop_numbers,
                            title=topology.name, traces=traces, language=args.lang)
    try:
        check(request)
        data = _make(request, topology, fmt.qt)
    except ExportInputError as exc:
        return _bad(str(exc))
    except ValueError as exc:  # ExportError from the renderers: options that cannot work
        return _bad(str(exc))
    try:
        write_atomic(args.out, data)
    except OSError as exc:
        return _bad(f"cannot write {args.out}: {exc.strerror or exc}")
    print(f"wrote {args.out} ({fmt.name}, {len(data):,} bytes)")
    if fmt.extension == ".pcapng" and result is not None:
        from desktop_app.export.pcap import notes

        for note in notes(result):
            print(f"  {note}")
    return EXIT_OK


def _make(request: ExportRequest, topology, qt: bool) -> bytes:
    from desktop_app.export.formats import export_bytes

    if not qt:
        return export_bytes(request, topology)
    from desktop_app.ui.render.offscreen import offscreen_scene
    from desktop_app.ui.render.painter import scene_painter

    with offscreen_scene(topology) as scene:
        return export_bytes(request, topology, scene_painter(lambda: scene))
