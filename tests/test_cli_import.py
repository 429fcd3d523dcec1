"""``hybridviz import kubectl`` end to end: the report, the saved file, --dry-run, and each kind
of bad input answered with one sentence (file, line, document, field), exit 2, file untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.model import Cluster, dumps, load_topology

ROOT = Path(__file__).resolve().parents[1]
DUMP = ROOT / "tests" / "fixtures" / "kube" / "iks-vcs-cluster.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                          capture_output=True, text=True)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The IKS sample without its services, ingresses, calico settings and pods (nor the flows
    that name a pod), as a file."""
    topo = load_topology(ROOT / "samples" / "iks-vcs.yaml")
    pods = {d.id for d in topo.devices if d.kind == "pod"}
    topo.devices = [d for d in topo.devices if d.id not in pods]
    topo.flows = [f for f in topo.flows if f.source not in pods and f.endpoint not in pods]
    for pod in pods:
        topo.layout.pop(pod, None)
    cluster = topo.kubernetes[0]
    cluster.services, cluster.ingresses, cluster.calico, cluster.pod_cidr = [], [], None, None
    path = tmp_path / "site.yaml"
    path.write_text(dumps(topo), encoding="utf-8")
    return path


def test_import_saves_the_cluster_and_a_second_run_changes_nothing(site):
    r = run("import", "kubectl", str(DUMP), "--into", str(site))
    assert r.returncode == 0, r.stderr
    assert "added service shop-api" in r.stdout and f"saved {site}" in r.stdout
    topo = load_topology(site)
    assert [s.name for s in topo.kubernetes[0].services] == ["public-alb", "shop", "shop-api"]
    assert topo.kubernetes[0].calico.ipip_mode == "cross-subnet"
    saved = site.read_bytes()
    again = run("import", "kubectl", str(DUMP), "--into", str(site))
    assert again.returncode == 0, again.stderr
    assert "nothing to change" in again.stdout and "saved" not in again.stdout
    assert site.read_bytes() == saved


def test_the_saved_file_keeps_everything_the_dump_does_not_mention_line_for_line(site):
    before = site.read_text().splitlines()
    run("import", "kubectl", str(DUMP), "--into", str(site))
    after = site.read_text().splitlines()
    # New pods go after the existing devices, so all before the cluster is untouched...
    head = before.index("kubernetes:")
    assert after[:head] == before[:head]
    # ...and so is all after it (flows, layout), where only the new pods' places are added.
    flows, layout = before.index("flows:"), before.index("layout:")
    assert after[after.index("flows:"):after.index("layout:")] == before[flows:layout]
    new_layout = after[after.index("layout:"):]
    assert new_layout[:len(before) - layout] == before[layout:]
    assert "  shop-1: [236, 1194]" in new_layout
    assert "- id: shop-1" in after[head:after.index("kubernetes:")]


def test_dry_run_reports_and_leaves_the_file_alone(site):
    saved = site.read_bytes()
    r = run("import", "kubectl", str(DUMP), "--into", str(site), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "added pod shop-1 on worker-1 (172.30.1.10)" in r.stdout
    assert "dry run" in r.stdout
    assert site.read_bytes() == saved


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


GOOD = DUMP.read_bytes()
BAD_INPUTS = {
    "another kind": (
        b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop-config}\ndata: {a: b}\n",
        "cm.yaml:2:7: document 1, kind: a ConfigMap (v1) is not something hybridviz imports"),
    "missing field": (
        GOOD.replace(b"      port: 443\n      protocol: TCP\n      targetPort: 443",
                     b"      protocol: TCP\n      targetPort: 443"),
        "bad.yaml:265:7: document 1, items[8].spec.ports[0].port: Service 'public-alb' has no "
        "spec.ports[0].port"),
    "truncated file": (
        GOOD[:GOOD.index(b"- apiVersion: v1\n  kind: Service")],
        "bad.yaml:8:1: document 1, items: this list of objects has no kind, which kubectl "
        "writes after the last item: the file looks cut short"),
    "truncated mid-line": (
        GOOD[:GOOD.index(b"\n---")] + b"\n---\napiVersion: projectcalico.org/v3\nkind: IPPool\n"
        b"metadata: {name: p}\nspec: {cidr: [172.30",
        "bad.yaml:390:1: document 2: not valid YAML"),
    "not UTF-8": (
        GOOD.replace(b"name: shop-2", b"name: shop-\xe92", 1),
        "bad.yaml:193:16: document 1: the file is not UTF-8 text (byte "),
    "address fits no network": (
        GOOD.replace(b"address: 198.51.100.71", b"address: 192.168.50.7"),
        "bad.yaml:83:16: document 1, items[1].status.addresses[1].address: node '10.177.20.11' has address "
        "192.168.50.7, which lies in no network of the topology"),
    "wrong type": (
        GOOD.replace(b"nodeName: 10.177.20.10\n    restartPolicy", b"nodeName: [a]\n    restartPolicy"),
        "bad.yaml:120:15: document 1, items[2].spec.nodeName: spec.nodeName of Pod 'alb-1' should "
        "be text, found a list"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gives_one_sentence_exit_2_and_leaves_the_topology(tmp_path, site, case):
    data, sentence = BAD_INPUTS[case]
    name = "cm.yaml" if case == "another kind" else "bad.yaml"
    dump = _bad(tmp_path, name, data)
    saved = site.read_bytes()
    r = run("import", "kubectl", str(dump), "--into", str(site))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"hybridviz import: {tmp_path / sentence.split(':')[0]}:")
    assert sentence.split(":", 1)[1] in lines[0], lines[0]
    assert site.read_bytes() == saved
    assert r.stdout == ""


def test_an_unknown_cluster_id_creates_it_and_several_need_a_choice(tmp_path, site):
    r = run("import", "kubectl", str(DUMP), "--into", str(site), "--cluster", "iks",
            "--dry-run")
    assert r.returncode == 0
    topo = load_topology(site)
    topo.kubernetes.insert(0, Cluster(id="other"))
    site.write_text(dumps(topo), encoding="utf-8")
    r = run("import", "kubectl", str(DUMP), "--into", str(site))
    assert r.returncode == 2
    assert "several Kubernetes clusters (other, iks); choose one with --cluster ID" in r.stderr


def test_missing_arguments_exit_2():
    r = run("import", "kubectl", str(DUMP))
    assert r.returncode == 2 and "--into" in r.stderr


def test_a_topology_without_a_cluster_gets_the_one_named(tmp_path):
    site = tmp_path / "minimal.yaml"
    site.write_bytes((ROOT / "samples" / "minimal.yaml").read_bytes())
    dump = tmp_path / "node.yaml"
    dump.write_text("apiVersion: v1\nkind: Node\nmetadata: {name: edge-node}\n"
                    "spec: {podCIDR: 10.244.0.0/24}\n"
                    "status: {addresses: [{address: 10.0.0.50, type: InternalIP}]}\n")
    r = run("import", "kubectl", str(dump), "--into", str(site))
    assert r.returncode == 2
    assert "has no Kubernetes cluster; name the one to create with --cluster ID" in r.stderr
    r = run("import", "kubectl", str(dump), "--into", str(site), "--cluster", "lab")
    assert r.returncode == 0, r.stderr
    assert "added cluster lab" in r.stdout and "added node edge-node on underlay" in r.stdout
    topo = load_topology(site)
    node = topo.device("edge-node")
    assert topo.cluster("lab") is not None and node.cluster == "lab" and node.role == "worker"
    assert node.interfaces[0].ip == "10.0.0.50/24"
