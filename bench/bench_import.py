"""Import benchmark: ``hybridviz import kubectl`` of a large cluster's dump.

    uv run python bench/run.py import

The case reads the dump written by ``kube_dump.py`` (200 nodes, 1,000 running pods plus
finished ones, 200 services with their endpoint slices, ingresses, a Calico pool), plans
the import into a fresh topology, applies it and writes the result's YAML text: everything
the command does but the disk. The baseline is ``yaml.load_all`` with libyaml's C loader of
the same dump, measured in the same run. Target: under 1 s.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from kube_dump import generate_dump, target_topology
from run import Row, compare, section

from desktop_app.model import dumps, loads
from desktop_app.model.kube_import import plan_import


@section("import")
def import_rows(repeat: int) -> list[Row]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = generate_dump()
    site = target_topology()
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "cluster.yaml"
        dump.write_text(text, encoding="utf-8")

        def ours() -> str:
            topology = loads(site).topology
            plan_import(topology, [dump]).apply()
            return dumps(topology)

        def bare() -> list[object]:
            return list(yaml.load_all(dump.read_text(encoding="utf-8"), Loader=loader))

        ms, base = compare(ours, bare, repeat)
    size = f"{len(text) / 2**20:.1f} MB"
    return [Row(f"import kubectl, 200 nodes / 1,000 pods / 200 services ({size})", ms,
                f"yaml.load_all {loader.__name__}", base, "< 1000 ms")]
