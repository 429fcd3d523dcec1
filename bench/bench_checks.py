"""Checks benchmarks: a 100 × 100 reachability matrix and a check of 200 intents.

    uv run python bench/run.py checks

The baseline beside each row is the cost of single traces in the same run: the same number
of traces each on a fresh ``Context`` (what tracing them one by one with ``trace(topology,
flow)`` costs), and the per-trace median of the file's saved flows. Targets: a 100 × 100 matrix
< 2 s on the 5,000-device synthetic and < 100 ms on the reference sample; 200 intents < 1 s on
the 5,000-device synthetic.
"""

from __future__ import annotations

from pathlib import Path

from generate import generate
from run import Row, measure, section

from desktop_app.engine import Context, FlowRequest, trace
from desktop_app.engine.intents import check
from desktop_app.engine.matrix import MatrixSpec, compute
from desktop_app.model import loads
from desktop_app.model.topology import Flow, Topology

ROOT = Path(__file__).resolve().parents[1]


def _spec(topology: Topology, size: int) -> MatrixSpec:
    """``size`` senders and ``size`` receivers: VMs and pods, or every device when fewer."""
    devices = [d.id for d in topology.devices if d.kind in ("vm", "pod", "client", "k8s-node")]
    rows = devices[:size]
    columns = devices[-size:]
    return MatrixSpec(",".join(rows), ",".join(columns), "tcp", 443)


def _single_traces_ms(topology: Topology, requests: list[FlowRequest], repeat: int) -> float:
    def run() -> None:
        for r in requests:
            trace(topology, r)  # a fresh index each time, as a one-off trace builds it

    return measure(run, repeat)


def _intents(topology: Topology, count: int) -> Topology:
    """The topology with ``count`` intents: its saved flows repeated, each expecting delivered."""
    flows = []
    for i in range(count):
        base = topology.flows[i % len(topology.flows)]
        flows.append(Flow(f"intent-{i}", base.from_, base.to, protocol=base.protocol,
                            port=base.port, expect="delivered"))
    topology.flows = flows
    return topology


@section("checks")
def checks_rows(repeat: int) -> list[Row]:
    rows = []
    reference = loads((ROOT / "samples" / "icp-vcs-hybrid.yaml").read_text("utf-8")).topology
    big = loads(generate(5000)).topology
    for name, topology, target in (("reference sample", reference, "< 100 ms"),
                                   ("5,000 devices", big, "< 2 s")):
        spec = _spec(topology, 100)
        m = compute(topology, spec)
        cells = len(m.cells)
        ms = measure(lambda topology=topology, spec=spec: compute(topology, spec), max(1, repeat // 2))
        sample = [c.request for c in list(m.cells.values())[:20]]
        single = _single_traces_ms(topology, sample, max(1, repeat // 2)) / len(sample)
        shape = f"{len(m.sources)} × {len(m.destinations)}"
        rows.append(Row(f"matrix {shape} ({cells} cells), {name}", ms,
                        f"{cells} × one single trace", single * cells, target))
        context = Context(topology)
        per_trace = measure(lambda topology=topology, context=context, r=sample[0]:
                            trace(topology, r, context), repeat)
        rows.append(Row(f"one cell's trace on a shared index, {name}", per_trace,
                        "one single trace", single, ""))
    intents = _intents(big, 200)
    ms = measure(lambda: check(intents), max(1, repeat // 2))
    requests = [FlowRequest.from_flow(f) for f in intents.flows[:20]]
    single = _single_traces_ms(intents, requests, max(1, repeat // 2)) / len(requests)
    rows.append(Row("check 200 intents, 5,000 devices", ms, "200 × one single trace",
                    single * 200, "< 1 s"))
    return rows
