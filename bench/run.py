"""Benchmarks: medians of several repeats, each next to a baseline measured in the same run.

    uv run python bench/run.py                 # every section
    uv run python bench/run.py load --repeat 9 # one section, more repeats

Sections register themselves with ``@section("name")`` and return rows. Besides the sections
here, every ``bench/bench_*.py`` module is imported when present, so other parts of the
program (trace, GUI, export) add their own without touching this file::

    # bench/bench_trace.py
    from run import Row, compare, section
    from generate import generate

    @section("trace")
    def trace_rows(repeat: int) -> list[Row]:
        ...
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]
# Run as a script this module is __main__; bench_*.py modules import it as ``run`` and must
# reach the same registry rather than a second copy.
sys.modules.setdefault("run", sys.modules[__name__])

import yaml  # noqa: E402
from generate import generate  # noqa: E402

SIZES = (500, 5000)


@dataclass
class Row:
    """One measured case and, where it has one, the baseline it is judged against."""

    case: str
    ms: float
    baseline: str = ""
    baseline_ms: float | None = None
    target: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ms / self.baseline_ms if self.baseline_ms else None


SectionFn = Callable[[int], list[Row]]
SECTIONS: dict[str, SectionFn] = {}


def section(name: str) -> Callable[[SectionFn], SectionFn]:
    """Register a benchmark section; the function gets the repeat count and returns rows."""

    def register(fn: SectionFn) -> SectionFn:
        SECTIONS[name] = fn
        return fn

    return register


def _once(fn: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    if before is not None:
        before()
    # A collection left over from the previous case must not land inside this one.
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def measure(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds after one warm-up call."""
    fn()
    return statistics.median(_once(fn) for _ in range(repeat))


def compare(fn: Callable[[], object], baseline: Callable[[], object], repeat: int,
            before: Callable[[], object] | None = None) -> tuple[float, float]:
    """Medians of ``fn`` and ``baseline``, run alternately so drift on a shared machine hits both.
    ``before``, untimed, runs ahead of each (to drop what the previous run left behind, so
    every run starts from the same heap)."""
    fn()
    baseline()
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(_once(fn, before))
        theirs.append(_once(baseline, before))
    return statistics.median(ours), statistics.median(theirs)


def _safe_loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@section("load")
def load_rows(repeat: int) -> list[Row]:
    """Load + validate of generated topologies against a bare libyaml safe load of the same text."""
    from desktop_app.model import loads, validate

    loader = _safe_loader()
    rows = []
    for n in SIZES:
        text = generate(n)
        ours, bare = compare(lambda text=text: loads(text), lambda text=text: yaml.load(text, Loader=loader), repeat)
        target = "< 2× and < 1000 ms" if n >= 5000 else ""
        rows.append(Row(f"load + validate, {n:,} devices", ours, f"yaml.load {loader.__name__}", bare, target))
        model = loads(text).topology
        rows.append(Row(f"validate only, {n:,} devices", measure(lambda model=model: validate(model), repeat),
                        target="< 100 ms" if n >= 5000 else ""))
    return rows


@section("save")
def save_rows(repeat: int) -> list[Row]:
    """Model → YAML text against yaml.dump of the same file loaded as plain dicts and lists."""
    from desktop_app.model import dumps, loads

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    rows = []
    for n in SIZES:
        text = generate(n)
        model = loads(text).topology
        plain = yaml.load(text, Loader=_safe_loader())
        ours, bare = compare(lambda model=model: dumps(model),
                             lambda plain=plain: yaml.dump(plain, Dumper=dumper, sort_keys=False), repeat)
        rows.append(Row(f"save to text, {n:,} devices", ours, f"yaml.dump {dumper.__name__}", bare))
    return rows


def _import_extra_sections() -> list[str]:
    failures = []
    for path in sorted(BENCH.glob("bench_*.py")):
        try:
            importlib.import_module(path.stem)
        except Exception as exc:  # one broken add-on must not hide the other sections
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
    return failures


def _table(results: list[tuple[str, Row]]) -> str:
    head = ("section", "case", "median ms", "baseline", "baseline ms", "ratio", "target")
    lines = [head]
    for name, r in results:
        lines.append((
            name, r.case, f"{r.ms:.1f}", r.baseline or "-",
            f"{r.baseline_ms:.1f}" if r.baseline_ms is not None else "-",
            f"{r.ratio:.2f}×" if r.ratio is not None else "-", r.target,
        ))
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    numeric = {2, 4, 5}
    out = []
    for k, row in enumerate(lines):
        cells = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    failures = _import_extra_sections()
    parser = argparse.ArgumentParser(description="Run hybridviz benchmarks and print a table of medians.")
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help=f"sections to run (default: all of {', '.join(SECTIONS)})")
    parser.add_argument("--repeat", type=int, default=5, help="timed repeats per case (default 5)")
    args = parser.parse_args(argv)
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    print(f"python {platform.python_version()}, PyYAML {yaml.__version__} "
          f"(libyaml {'yes' if hasattr(yaml, 'CSafeLoader') else 'no'}), {os.cpu_count()} CPUs, "
          f"{args.repeat} repeats, medians")
    results: list[tuple[str, Row]] = []
    for name in args.sections or list(SECTIONS):
        results += [(name, row) for row in SECTIONS[name](args.repeat)]
    print(_table(results))
    for failure in failures:
        print(f"skipped {failure}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
