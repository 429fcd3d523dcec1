"""Checks benchmarks: a 100 × 100 reachability matrix and a check of 200 intents.

    uv run python bench/run.py checks

The baseline beside each row is the cost of single traces in the same run: the same number
of conversations (request and reply, as each cell is) each on a fresh ``Context``, what tracing
them one by one costs. Targets: a 100 × 100 matrix < 2 s on the 5,000-device synthetic and
< 100 ms on the reference sample; 200 intents < 1 s on the 5,000-device synthetic.

Three 5,000-device matrices: the first 100 VMs, pods, clients and nodes against the last 100
(most cells end early, no route to a pod's address from outside the cluster), 100 VMs against
100 VMs (every cell a whole conversation across VXLAN, about a dozen hops), and 100 pods against
100 pods (IP-in-IP, VXLAN and a refusal, fourteen hops). A matrix this big shares its rows among
the machine's cores; the row under it is the same matrix traced in one process.
"""

from __future__ import annotations

from pathlib import Path

from generate import generate
from run import Row, measure, section

from desktop_app.engine import Context, FlowRequest, batch
from desktop_app.engine.intents import check
from desktop_app.engine.matrix import Matrix, MatrixSpec, compute
from desktop_app.engine.outcome import follow
from desktop_app.model import loads
from desktop_app.model.topology import Flow, Topology

ROOT = Path(__file__).resolve().parents[1]


def _spec(topology: Topology, size: int) -> MatrixSpec:
    """``size`` senders and ``size`` receivers: VMs and pods, or every device when fewer."""
    devices = [d.id for d in topology.devices if d.kind in ("vm", "pod", "client", "k8s-node")]
    rows = devices[:size]
    columns = devices[-size:]
    return MatrixSpec(",".join(rows), ",".join(columns), "tcp", 443)


def _kind_spec(topology: Topology, source: str, destination: str, size: int) -> MatrixSpec:
    """The first ``size`` devices of one kind against the last ``size`` of another."""
    def of(kind: str) -> list[str]:
        return [d.id for d in topology.devices if d.kind == kind]

    return MatrixSpec(",".join(of(source)[:size]), ",".join(of(destination)[-size:]), "tcp", 443)


def _one_core(topology: Topology, spec: MatrixSpec) -> Matrix:
    """The matrix traced in this process alone, as on a one-core machine."""
    shared_from = batch.SHARE_FROM
    batch.SHARE_FROM = 10**12
    try:
        return compute(topology, spec)
    finally:
        batch.SHARE_FROM = shared_from


def _single_traces_ms(topology: Topology, requests: list[FlowRequest], repeat: int) -> float:
    def run() -> None:
        for r in requests:
            follow(topology, r)  # a fresh index each time, as one conversation traced alone builds it

    return measure(run, repeat)


def _intents(topology: Topology, count: int) -> Topology:
    """The topology with ``count`` intents: its saved flows repeated, each expecting delivered."""
    flows = []
    for i in range(count):
        base = topology.flows[i % len(topology.flows)]
        flows.append(Flow(f"intent-{i}", base.source, base.to, protocol=base.protocol,
                            port=base.port, expect="delivered"))
    topology.flows = flows
    return topology


@section("checks")
def checks_rows(repeat: int) -> list[Row]:
    rows = []
    reference = loads((ROOT / "samples" / "icp-vcs-hybrid.yaml").read_text("utf-8")).topology
    big = loads(generate(5000)).topology
    cases = [("reference sample", reference, _spec(reference, 100), "< 100 ms"),
             ("5,000 devices", big, _spec(big, 100), "< 2 s"),
             ("5,000 devices, VMs → VMs", big, _kind_spec(big, "vm", "vm", 100), "< 2 s"),
             ("5,000 devices, pods → pods", big, _kind_spec(big, "pod", "pod", 100), "< 2 s")]
    for name, topology, spec, target in cases:
        m = compute(topology, spec)
        cells = len(m.cells)
        tally = ", ".join(f"{n} {word}" for word, n in m.tally().most_common())
        # Each run is a second or two; a median of five rides out a burst on a shared machine.
        ms = measure(lambda topology=topology, spec=spec: compute(topology, spec), repeat)
        sample = [c.request for c in list(m.cells.values())[:20]]
        single = _single_traces_ms(topology, sample, max(1, repeat // 2)) / len(sample)
        shape = f"{len(m.sources)} × {len(m.destinations)}"
        rows.append(Row(f"matrix {shape}, {name} ({tally})", ms,
                        f"{cells} × one single trace", single * cells, target))
        if cells >= batch.SHARE_FROM:
            alone = measure(lambda topology=topology, spec=spec: _one_core(topology, spec), 1)
            rows.append(Row(f"  the same in one process ({batch.cores()} cores here)", alone,
                            f"{cells} × one single trace", single * cells, ""))
        context = Context(topology)

        def on_shared(topology: Topology = topology, context: Context = context,
                      sample: list[FlowRequest] = sample) -> None:
            for r in sample:  # the same conversations as the baseline's, on one index
                follow(topology, r, context)

        per_trace = measure(on_shared, repeat) / len(sample)
        rows.append(Row(f"  one cell's conversation on a shared index, {name}", per_trace,
                        "one single trace", single, ""))
    intents = _intents(big, 200)
    ms = measure(lambda: check(intents), max(1, repeat // 2))
    requests = [FlowRequest.from_flow(f) for f in intents.flows[:20]]
    single = _single_traces_ms(intents, requests, max(1, repeat // 2)) / len(requests)
    rows.append(Row("check 200 intents, 5,000 devices", ms, "200 × one single trace",
                    single * 200, "< 1 s"))
    return rows
