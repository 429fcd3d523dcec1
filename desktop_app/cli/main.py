"""``hybridviz``'s argument parsing and dispatch, ``validate`` and the GUI start.

Exit status: 0 success (a conversation that is established; with `trace --one-way`, a request
that delivered), 1 any other outcome,
2 bad input (a file that does not load, unknown ids, bad arguments).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli import errors
from desktop_app.model import TopologyError, load
from desktop_app.model.failure import run_guarded
from desktop_app.paths import REFERENCE_SAMPLE

SUBCOMMANDS = ("validate", "trace", "check", "matrix", "diff", "export", "import", "gui")
EXIT_OK, EXIT_OTHER, EXIT_BAD_INPUT = errors.EXIT_OK, errors.EXIT_OTHER, errors.EXIT_BAD_INPUT


class _Parser(argparse.ArgumentParser):
    """argparse, but bad arguments exit 2 with one clear sentence (argparse's own code is 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\nTry '{self.prog} --help'.\n")


def cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            loaded = load(path)
        except TopologyError as exc:
            errors.print_problems(exc)
            status = EXIT_BAD_INPUT
            continue
        for warning in loaded.warnings:
            print(warning.format(), file=sys.stderr)
        print(f"OK {path}: {loaded.topology.summary()}")
    return status


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a message about plugins."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_display():
        print("hybridviz: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
              "are not set). Run it on a desktop or under xvfb-run, or use the commands that need "
              "none: hybridviz validate, trace and export.", file=sys.stderr)
        return EXIT_BAD_INPUT
    from desktop_app.cli import platform_check

    missing = platform_check.check_platform()  # before Qt loads its platform plugin
    if missing:
        print(missing, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        from desktop_app.ui.app import run
    except ImportError as exc:  # the GUI is optional for the command-line tools
        print(f"hybridviz: the desktop window is not available ({exc})", file=sys.stderr)
        path = args.file or str(REFERENCE_SAMPLE)
        try:
            print(f"{path}: {load(path).topology.summary()}")
        except TopologyError as err:
            errors.print_problems(err)
            return EXIT_BAD_INPUT
        return EXIT_OK
    return run(args.file, flow=args.flow, presentation=args.presentation)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hybridviz",
        description="Draw a hybrid-cloud topology and watch a packet cross it hop by hop.",
        epilog="Commands: validate, trace, check, matrix, diff, export, import. With no "
               "command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"hybridviz {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("validate", help="check topology files and print a summary or the errors")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_validate)

    from desktop_app.cli.trace import add_trace_parser

    add_trace_parser(sub)
    from desktop_app.cli.kube_import import add_import_parser

    add_import_parser(sub)

    from desktop_app.cli.check import add_check_parser
    from desktop_app.cli.diff import add_diff_parser
    from desktop_app.cli.matrix import add_matrix_parser

    add_check_parser(sub)
    add_matrix_parser(sub)
    add_diff_parser(sub)
    try:
        from desktop_app.cli.export import add_export_parser
    except ImportError:
        pass
    else:
        add_export_parser(sub)

    p = sub.add_parser("gui", help="open the desktop window (the default)")
    _add_gui_arguments(p)
    p.set_defaults(func=cmd_gui)
    return parser


def _add_gui_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", help="topology file to open (default: the reference sample)")
    p.add_argument("--flow", help="play this saved flow after opening")
    p.add_argument("--presentation", action="store_true", help="start in presentation mode (F5)")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    parser = _build_parser()
    args = parser.parse_args(argv)
    files = getattr(args, "files", None) or [getattr(args, "file", None)]
    try:  # anything unforeseen is one sentence and status 2, never a traceback
        return run_guarded(lambda: args.func(args), files[0])
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
