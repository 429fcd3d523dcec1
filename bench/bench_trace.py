"""Trace benchmarks: median time per trace next to the load time of the same file.

    uv run python bench/run.py trace

Targets: < 2 ms per trace on the reference sample; on the 5,000-device synthetic topology a
one-off index build < 300 ms and < 20 ms per trace; a conversation (request and reply) < 2.5×
the one-way trace of the same flows, measured in the same run. The baseline printed beside each row is
loading (parse + validate) the same file in the same run.
"""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path

from generate import generate
from run import Row, measure, section

from desktop_app.engine import Context, trace
from desktop_app.engine.conversation import converse
from desktop_app.model import loads

ROOT = Path(__file__).resolve().parents[1]


def _paired_ms(topology, context, repeat: int) -> tuple[float, float, float, float]:
    """One-way trace and conversation of each flow timed in alternation (so both see the
    same machine load) with the collector paused per call, as timeit does: the median and
    worst over flows of each flow's best time, for the trace and for the conversation.

    The best of the samples, as timeit advises: on a shared machine the other processes only
    ever add time, and a conversation, twice as long, is interrupted more often."""
    one_way, both = [], []
    for flow in topology.flows:
        converse(topology, flow, context)
        a, b = [], []
        for _ in range(max(repeat, 9)):
            for run, out in ((trace, a), (converse, b)):
                gc.disable()
                start = time.perf_counter()
                run(topology, flow, context)
                out.append((time.perf_counter() - start) * 1000)
                gc.enable()
        one_way.append(min(a))
        both.append(min(b))
    return statistics.median(one_way), statistics.median(both), max(one_way), max(both)


def _per_trace_ms(topology, context, repeat: int) -> tuple[float, float]:
    """Median and worst over flows of each flow's median trace time, with a built index."""
    per_flow = []
    for flow in topology.flows:
        trace(topology, flow, context)
        samples = []
        for _ in range(max(repeat, 5)):
            start = time.perf_counter()
            trace(topology, flow, context)
            samples.append((time.perf_counter() - start) * 1000)
        per_flow.append(statistics.median(samples))
    return statistics.median(per_flow), max(per_flow)


@section("trace")
def trace_rows(repeat: int) -> list[Row]:
    rows = []
    sample = (ROOT / "samples" / "icp-vcs-hybrid.yaml").read_text("utf-8")
    cases = [("reference sample", sample, "< 2 ms"), ("5,000 devices", generate(5000), "< 20 ms")]
    for name, text, target in cases:
        load_ms = measure(lambda text=text: loads(text), repeat)
        topology = loads(text).topology
        index_ms = measure(lambda topology=topology: Context(topology), repeat)
        context = Context(topology)
        per_trace, worst = _per_trace_ms(topology, context, repeat)
        rows.append(Row(f"trace, {name} (median of {len(topology.flows)} flows)", per_trace,
                        "load + validate", load_ms, target))
        rows.append(Row(f"trace, {name} (slowest flow)", worst, "load + validate", load_ms, target))
        rows.append(Row(f"index build, {name}", index_ms, "load + validate", load_ms,
                        "< 300 ms" if "5,000" in name else ""))
        # A conversation (request, state, reply) against the one-way trace, in the same run.
        one_way, conversation, one_way_worst, conversation_worst = _paired_ms(topology, context, repeat)
        rows.append(Row(f"conversation, {name} (median of {len(topology.flows)} flows)", conversation,
                        "one-way trace, best of interleaved", one_way, "< 2.5×"))
        rows.append(Row(f"conversation, {name} (slowest flow)", conversation_worst,
                        "one-way trace, slowest", one_way_worst, "< 2.5×"))
    return rows
