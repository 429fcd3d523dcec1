"""The long fuzz run: many hostile inputs through loading, validation, tracing and export.

    uv run python tools/fuzz_inputs.py [--inputs 20000] [--seed 17] [--out bench/out/fuzz.json]

Inputs are made from a seeded generator, so a run can be repeated exactly: random bytes,
random text, random YAML documents with the format's keys, structural mutations of the
samples (values replaced with hostile ones, references pointed at their own object, lists
duplicated or emptied), text mutations of the samples (hostile pieces inserted, spans cut),
and the reproducers of ``tests/reliability_cases.py``. Each input is written to a file and:

- loaded: the answer must be a model or problems, each one line with ``FILE:LINE:COL``;
- when it loads, every saved flow (up to 8) and a few random device pairs are traced, and the
  trace written as text, Markdown and CSV (no control character may reach them);
- one loaded model in five is exported to draw.io and SVG, which must parse as XML.

It prints and writes the counts; ``docs/reliability.md`` records a run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.engine import FlowRequest, TraceInputError, trace  # noqa: E402
from desktop_app.export import hop_table  # noqa: E402
from desktop_app.export.drawio import drawio_bytes  # noqa: E402
from desktop_app.export.svg import svg_bytes  # noqa: E402
from desktop_app.model import TopologyError, load  # noqa: E402
from desktop_app.model.schema import fields_of  # noqa: E402
from desktop_app.model.topology import (  # noqa: E402
    Cluster,
    Device,
    Firewall,
    FirewallRule,
    Flow,
    Ingress,
    Interface,
    NatRule,
    Network,
    Route,
    Service,
    Settings,
    Topology,
    Zone,
)
from tests.reliability_cases import REPRODUCERS, nested_zones  # noqa: E402

SAMPLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.yaml"))]
HOSTILE = [
    "\x00", "\x01", "\x1b[2J", "\n", "\r", "\t", "\\n", "\\e", "\\x01", '"', "'", ": ", "- ",
    "{", "}", "[", "]", "&a ", "*a", "!!python/object:os.system ", "!!binary ", "#", "%",
    "---\n", "9" * 4301, "0x" + "f" * 3600, "1e400", "-0", "0o17", "~", "null", "yes",
    "\ufeff", "\u2028", "\u202e", "\xe9", "网络", "host: ", "node: ", "parent: ", "zone: ",
    "kind: pod\n", "10.20.0.0/24", "999.1.1.1", "0.0.0.0/0", "&x [*x]", "<script>", "&amp;",
]
SCALARS: list[Any] = [
    None, True, False, 0, -1, 65536, 2**64, 10**4000, 1e400, float("nan"), "", "x" * 5000,
    "a\nb", "\x1b[2J", "\x01", "<b>&</b>", "10.0.0.1", "10.0.0.0/8", "any", "vm", "pod",
    "esxi-host", "k8s-node", [], {}, [None], {"id": None},
]
KEYS = sorted({f.key for cls in (Topology, Settings, Zone, Network, Interface,
                                 Route, Device, NatRule, Firewall, FirewallRule,
                                 Cluster, Service, Ingress, Flow)
               for f in fields_of(cls)})
KINDS = ["random-bytes", "random-text", "random-yaml", "structural", "text-edit", "reproducer"]


# -- inputs -------------------------------------------------------------------------------------
def random_yaml(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        return rng.choice(SCALARS[:20])
    if roll < 0.7:
        return [random_yaml(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(KEYS): random_yaml(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def structural(rng: random.Random) -> str:
    doc = yaml.safe_load(rng.choice(SAMPLES))
    for _ in range(rng.randint(1, 4)):
        _mutate_node(rng, doc)
    return yaml.dump(doc, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                     allow_unicode=True, sort_keys=False)


def _mutate_node(rng: random.Random, doc: Any) -> None:
    path: list[Any] = []
    node = doc
    while isinstance(node, (dict, list)) and node and rng.random() < 0.8:
        key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
        path.append((node, key))
        node = node[key]
    if not path:
        return
    parent, key = path[-1]
    roll = rng.random()
    if roll < 0.45:
        parent[key] = rng.choice(SCALARS)
    elif roll < 0.6 and isinstance(parent, dict) and "id" in parent:
        # A reference to the object itself: host, node, parent, zone, dns, peer.
        parent[rng.choice(["host", "node", "parent", "zone", "dns", "peer", "bridge"])] = parent["id"]
    elif roll < 0.75 and isinstance(parent, list):
        parent.insert(key, parent[key])  # a duplicate (same ids twice)
    elif roll < 0.9:
        if isinstance(parent, dict):
            del parent[key]
        else:
            parent.pop(key)
    else:
        parent[key] = random_yaml(rng)


def text_edit(rng: random.Random) -> bytes:
    data = rng.choice(SAMPLES).encode("utf-8")
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        cut = rng.choice([0, 0, 1, 5, 40])
        piece = "".join(rng.choice(HOSTILE) for _ in range(rng.randint(1, 3)))
        data = data[:at] + piece.encode("utf-8", "surrogatepass") + data[at + cut:]
    return data


def make(rng: random.Random, index: int) -> tuple[str, bytes]:
    reproducers = sorted(REPRODUCERS)
    if index < len(reproducers):
        return "reproducer", REPRODUCERS[reproducers[index]]
    if index == len(reproducers):
        return "reproducer", nested_zones(1000).encode()
    kind = rng.choices(KINDS[:5], weights=[10, 10, 15, 35, 30])[0]
    if kind == "random-bytes":
        return kind, rng.randbytes(rng.randint(0, 400))
    if kind == "random-text":
        alphabet = "".join(HOSTILE[:24]) + "abcdefghij0123456789 \n:-"
        return kind, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))).encode(
            "utf-8", "surrogatepass")
    if kind == "random-yaml":
        doc = random_yaml(rng)
        if isinstance(doc, dict) and rng.random() < 0.7:
            doc = {"hybridviz": 1, "name": "fuzz", **doc}
        return kind, yaml.safe_dump(doc, allow_unicode=True).encode("utf-8", "surrogatepass")
    if kind == "structural":
        return kind, structural(rng).encode("utf-8", "surrogatepass")
    return kind, text_edit(rng)


# -- checks -------------------------------------------------------------------------------------
class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.by_kind: dict[str, dict[str, int]] = {k: {} for k in KINDS}
        self.failures: list[dict[str, str]] = []

    def add(self, what: str, kind: str | None = None, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n
        if kind is not None:
            self.by_kind[kind][what] = self.by_kind[kind].get(what, 0) + n

    def fail(self, what: str, kind: str, data: bytes, detail: str) -> None:
        self.add(what, kind)
        if len(self.failures) < 20:
            self.failures.append({"what": what, "kind": kind, "input": data[:300].decode(
                "utf-8", "replace"), "detail": detail[-2000:]})


def check_one(tally: Tally, kind: str, data: bytes, path: Path, rng: random.Random) -> None:
    path.write_bytes(data)
    tally.add("inputs", kind)
    try:
        loaded = load(path)
    except TopologyError as exc:
        tally.add("refused", kind)
        for p in exc.problems:
            line = p.format()
            tally.add("messages")
            if "\n" in line or "\r" in line or "\x1b" in line:
                tally.fail("multi-line or raw-control message", kind, data, line)
            elif p.line is None and p.template not in ("", None) and "cannot" not in line:
                tally.fail("message without FILE:LINE:COL", kind, data, line)
        return
    except BaseException:  # noqa: BLE001 - counting what must never happen
        tally.fail("load traceback", kind, data, traceback.format_exc())
        return
    tally.add("loaded", kind)
    topology = loaded.topology
    requests: list[Any] = list(topology.flows[:8])
    ids = [d.id for d in topology.devices]
    for _ in range(3 if ids else 0):
        requests.append(FlowRequest(rng.choice(ids), rng.choice(ids + ["10.0.0.1", "x.example"])))
    for request in requests:
        try:
            result = trace(topology, request)
        except TraceInputError:
            tally.add("trace refused")
            continue
        except BaseException:  # noqa: BLE001
            tally.fail("trace traceback", kind, data, traceback.format_exc())
            continue
        tally.add("traces")
        try:
            tables = hop_table.to_text(result) + hop_table.to_markdown(result) + hop_table.to_csv(result)
        except BaseException:  # noqa: BLE001
            tally.fail("table traceback", kind, data, traceback.format_exc())
            continue
        if "\x1b" in tables or "\r" in tables:
            tally.fail("control character in a table", kind, data, repr(tables[:500]))
    if tally.counts["loaded"] % 5 == 1:  # one loaded model in five is exported too
        for name, make_bytes in (("drawio", drawio_bytes), ("svg", svg_bytes)):
            try:
                out = make_bytes(topology)
            except ValueError:
                tally.add(f"{name} refused")  # e.g. a drawing too large: said as a sentence
                continue
            except BaseException:  # noqa: BLE001
                tally.fail(f"{name} traceback", kind, data, traceback.format_exc())
                continue
            try:
                ET.fromstring(out)
                tally.add(f"{name} exports parsed")
            except ET.ParseError as exc:
                tally.fail(f"{name} not XML", kind, data, str(exc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "fuzz.json"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    tally = Tally()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        for i in range(args.inputs):
            kind, data = make(rng, i)
            # Traces pick their devices from a generator of their own: the inputs stay the
            # same whatever loads, so two versions of the program meet the same inputs.
            check_one(tally, kind, data, path, random.Random(f"{args.seed}-{i}"))
            if (i + 1) % 1000 == 0:
                print(f"{i + 1} inputs, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    summary = {"inputs": args.inputs, "seed": args.seed,
               "seconds": round(time.perf_counter() - start, 1),
               "counts": tally.counts, "by_kind": tally.by_kind, "failures": tally.failures}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "failures"}, indent=1))
    bad = [f["what"] for f in tally.failures]
    print(f"failures: {len(bad)} {sorted(set(bad))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
