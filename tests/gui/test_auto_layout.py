"""The automatic layout: nothing overlaps, it reads top-down like the source, it is stable."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.diagram import geometry
from desktop_app.diagram.auto_layout import auto_layout, complete
from desktop_app.model import load_topology, loads

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))


def _generate(n: int) -> str:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.generate(n)


def _nested(d: geometry.Diagram, a: str, b: str) -> bool:
    """Whether one device is drawn inside the other (a VM in its host, a pod in its node)."""
    return a in d.contain.descendants(b) or b in d.contain.descendants(a)


def overlaps(d: geometry.Diagram) -> list[tuple[str, str]]:
    """Pairs of things drawn on top of each other: devices, and networks with their labels."""
    solid = [(i, b) for i, b in d.boxes.items()]
    solid += [(n, s.label_box) for n, s in d.networks.items()]
    solid.sort(key=lambda x: x[1].x)
    out = []
    for i, (a, box_a) in enumerate(solid):  # sweep along x: only neighbours can overlap
        for b, box_b in solid[i + 1:]:
            if box_b.x >= box_a.right:
                break
            if box_a.intersects(box_b) and not _nested(d, a, b):
                out.append((a, b))
    return out


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_no_overlaps_on_the_samples(path):
    topo = load_topology(path)
    d = geometry.compute(topo, auto_layout(topo))
    assert set(d.glyphs) == {x.id for x in topo.devices}
    assert overlaps(d) == []
    # Zones side by side (same parent) keep apart.
    parent = {z.id: z.parent for z in topo.zones}
    for a in d.zones:
        for b in d.zones:
            if a < b and parent[a] == parent[b]:
                assert not d.zones[a].intersects(d.zones[b]), (a, b)


@pytest.mark.parametrize("n", [60, 400, 1500])
def test_no_overlaps_on_generated_topologies(n):
    topo = loads(_generate(n)).topology
    topo.layout = {}
    d = geometry.compute(topo, auto_layout(topo))
    assert len(d.glyphs) == n
    assert overlaps(d) == []


def test_the_reference_reads_top_down_like_the_source():
    topo = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    d = geometry.compute(topo, auto_layout(topo))

    def y(i: str) -> float:
        return d.glyphs[i].cy if i in d.glyphs else d.networks[i].centre[1]

    # Users and DNS on the internet above the cloud, the IBM Cloud routers below it, then the
    # ESG in its host, then the logical switches under the hosts.
    assert y("internet-user") < y("internet") < y("fcr") < y("bcr") < y("esg")
    assert y("public-dns") < y("internet")
    assert y("esg") < y("icp-ls") and y("esg") < y("db-ls")
    for host in ("esxi-1", "esxi-2", "esxi-3"):
        assert d.boxes[host].bottom < y("transit-ls")
    # Hosts visibly contain their VMs, nodes their pods.
    assert d.boxes["esxi-1"].encloses(d.boxes["esg"])
    assert d.boxes["esxi-2"].encloses(d.boxes["proxy-1"])
    assert d.boxes["proxy-1"].encloses(d.glyphs["nginx-ingress"])
    # The enterprise site stands to the side of the cloud, joined by a vertical WAN bar.
    assert d.zones["enterprise"].x > d.zones["ibm-cloud"].right
    assert d.networks["direct-link"].orientation == "v"
    # Zones hold their members; the three top zones do not overlap.
    assert d.zones["vcs"].encloses(d.boxes["esxi-3"])
    tops = [d.zones[z] for z in ("internet-zone", "ibm-cloud", "enterprise")]
    assert not any(a.intersects(b) for i, a in enumerate(tops) for b in tops[i + 1:])


def test_layout_is_the_same_on_every_run_and_process():
    topo = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    first = auto_layout(topo)
    assert auto_layout(topo) == first
    script = ("import json, sys; from desktop_app.model import load_topology; "
              "from desktop_app.diagram.auto_layout import auto_layout; "
              "print(json.dumps(auto_layout(load_topology(sys.argv[1]))))")
    runs = []
    for seed in ("1", "2"):  # different string hashing: set order must not leak into it
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", script,
                              str(ROOT / "samples" / "icp-vcs-hybrid.yaml")],
                             cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == json.loads(json.dumps(first))


def test_complete_keeps_given_positions_and_places_newcomers_clear_of_them():
    topo = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    topo.layout = auto_layout(topo)
    from desktop_app.model.topology import Device

    topo.devices.append(Device(id="newcomer", kind="vm"))
    filled = complete(topo)
    assert all(filled[k] == v for k, v in topo.layout.items())
    d = geometry.compute(topo, filled)
    assert overlaps(d) == []


def test_tidy_layout_is_one_undo_step(qapp):
    from desktop_app.ui.canvas.layout_command import TidyLayout
    from desktop_app.ui.document import Document

    topo = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    topo.layout = {"esg": [1.0, 2.0], "fcr": [3.0, 4.0]}
    before = dict(topo.layout)
    doc = Document(topo)
    seen = []
    doc.changed.connect(seen.append)
    doc.undo_stack.push(TidyLayout(doc))
    assert topo.layout == auto_layout(topo) and seen == [None]
    doc.undo_stack.undo()
    assert topo.layout == before and list(topo.layout) == list(before)


def test_layout_and_geometry_import_no_qt():
    """Exports and scripts reuse them without a display or Qt."""
    script = ("import sys; import desktop_app.diagram.auto_layout, "
              "desktop_app.diagram.geometry, desktop_app.model.editing.new_objects; "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
