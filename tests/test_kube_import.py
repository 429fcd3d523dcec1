"""Importing kubectl output: the IKS sample rebuilt from its cluster's dump, idempotence,
what is left alone, pruning, and the mapping rules users rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.engine import trace
from desktop_app.model import load_topology, loads, to_document, validate
from desktop_app.model.kube_import import plan_import

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "iks-vcs.yaml"
DUMP = ROOT / "tests" / "fixtures" / "kube" / "iks-vcs-cluster.yaml"
POD_FIELDS = ("kind", "zone", "node", "ip", "labels", "ports", "host_network", "dns")


def stripped():
    """The IKS sample without its Kubernetes part: pods, services, ingresses, calico, pod range."""
    topo = load_topology(SAMPLE)
    topo.devices = [d for d in topo.devices if d.kind != "pod"]
    cluster = topo.kubernetes[0]
    cluster.services, cluster.ingresses, cluster.calico, cluster.pod_cidr = [], [], None, None
    return topo


def imported():
    topo = stripped()
    plan = plan_import(topo, [DUMP])
    plan.apply()
    return topo, plan


def test_the_dump_rebuilds_the_samples_services_pods_and_calico():
    sample = load_topology(SAMPLE)
    topo, _ = imported()
    want, got = sample.kubernetes[0], topo.kubernetes[0]
    assert [to_document(s) for s in got.services] == [to_document(s) for s in want.services]
    assert [to_document(i) for i in got.ingresses] == [to_document(i) for i in want.ingresses]
    assert got.pod_cidr == want.pod_cidr and got.calico == want.calico
    pods = {d.id: d for d in topo.devices if d.kind == "pod"}
    sample_pods = {d.id: d for d in sample.devices if d.kind == "pod"}
    assert pods.keys() == sample_pods.keys()
    for pid, pod in pods.items():
        for field in POD_FIELDS:
            assert getattr(pod, field) == getattr(sample_pods[pid], field), (pid, field)
    assert not [p for p in validate(topo) if p.is_error]


def test_new_pods_are_placed_under_their_node_as_the_sample_draws_them():
    sample = load_topology(SAMPLE)
    topo = stripped()
    for pod in ("alb-1", "alb-2", "shop-1", "shop-2"):
        del topo.layout[pod]
    plan_import(topo, [DUMP]).apply()
    for pod in ("alb-1", "alb-2", "shop-1", "shop-2"):
        assert topo.layout[pod] == sample.layout[pod], pod


def test_traces_on_the_imported_topology_equal_the_hand_written_ones():
    sample = load_topology(SAMPLE)
    topo, _ = imported()
    assert sample.flows
    for flow in sample.flows:
        assert trace(topo, flow).to_json() == trace(sample, flow).to_json(), flow.id


def test_the_report_says_what_was_added_changed_and_ignored_and_why():
    _, plan = imported()
    text = plan.report.text()
    assert "added pod shop-1 on worker-1 (172.30.1.10)" in text
    assert "added service shop-api" in text
    assert "changed cluster iks: pod_cidr (none) → 172.30.0.0/16" in text
    assert "ignored 1 pod: in Succeeded phase (db-migrate-28712345-q8x7d)" in text
    assert "ignored 1 service: no selector" in text and "(kubernetes)" in text
    assert text.rstrip().endswith("8 added, 2 changed, 0 removed, 3 ignored")


def test_a_second_import_changes_nothing():
    topo, _ = imported()
    before = to_document(topo)
    again = plan_import(topo, [DUMP])
    assert again.empty
    assert "nothing to change" in again.report.text()
    assert to_document(topo) == before


def test_importing_into_the_full_sample_changes_nothing():
    topo = load_topology(SAMPLE)
    plan = plan_import(topo, [DUMP])
    assert plan.empty, plan.report.text()


def test_planning_leaves_the_model_alone_until_applied():
    topo = stripped()
    before = to_document(topo)
    plan_import(topo, [DUMP])
    assert to_document(topo) == before


def test_what_the_dump_does_not_mention_is_kept_unless_pruned():
    topo = load_topology(SAMPLE)
    cluster = topo.kubernetes[0]
    extra = loads(SAMPLE.read_text().replace("- name: shop-api", "- name: legacy")).topology
    cluster.services.append(next(s for s in extra.kubernetes[0].services if s.name == "legacy"))
    assert plan_import(topo, [DUMP]).empty  # kept, and the node's label, notes, vips too
    assert topo.device("worker-1").label == "IKS worker 1 (holds the public ALB IP)"
    plan = plan_import(topo, [DUMP], prune=True)
    assert "removed service legacy" in plan.report.text()
    plan.apply()
    assert [s.name for s in cluster.services] == ["public-alb", "shop", "shop-api"]


def test_prune_keeps_a_pod_a_flow_uses():
    topo = load_topology(SAMPLE)
    dump = DUMP.read_text().replace("name: shop-1\n", "name: shop-9\n")
    path = ROOT / "tests" / "fixtures" / "kube"
    tmp = Path(pytest.importorskip("tempfile").mkdtemp()) / "dump.yaml"
    tmp.write_text(dump.replace("podIP: 172.30.1.10", "podIP: 172.30.1.11"))
    plan = plan_import(topo, [tmp], prune=True)
    text = plan.report.text()
    assert "ignored 1 object to prune: a saved flow uses them" in text and "(shop-1)" in text
    assert "added pod shop-9" in text
    assert path.exists()


def _write(tmp_path: Path, text: str, name: str = "dump.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


NODE_NET = """\
hybridviz: 1
name: lab
zones:
  - {id: dc}
networks:
  - {id: lan, kind: vlan, zone: dc, cidr: 10.0.0.0/24}
devices:
  - id: gw
    kind: router
    interfaces:
      - {network: lan, ip: 10.0.0.1/24}
  - id: ns
    kind: dns
    interfaces:
      - {network: lan, ip: 10.0.0.53/24}
    records: {}
  - id: node-a
    kind: k8s-node
    zone: dc
    cluster: lab
    dns: ns
    interfaces:
      - {name: ens192, network: lan, ip: 10.0.0.10/24, gateway: 10.0.0.1}
    routes:
      - {to: 192.168.0.0/16, via: 10.0.0.1}
kubernetes:
  - {id: lab}
"""


def _node(name: str, ip: str, cidr: str, role: str = "") -> str:
    labels = f"\n    labels: {{node-role.kubernetes.io/{role}: ''}}" if role else ""
    return f"""
- apiVersion: v1
  kind: Node
  metadata:
    name: {name}{labels}
  spec: {{podCIDR: {cidr}}}
  status:
    addresses:
    - {{address: {ip}, type: InternalIP}}
"""


def _pod(name: str, ns: str, node: str, ip: str, labels: str, ports: str = "") -> str:
    return f"""
- apiVersion: v1
  kind: Pod
  metadata: {{name: {name}, namespace: {ns}, labels: {labels}}}
  spec:
    nodeName: {node}
    containers:
    - name: c
      ports: [{ports}]
  status: {{phase: Running, podIP: {ip}}}
"""


def _list(*items: str) -> str:
    return "apiVersion: v1\nkind: List\nitems:" + "".join(items)


def test_a_new_node_is_created_on_its_network_like_its_neighbours(tmp_path):
    topo = loads(NODE_NET).topology
    dump = _write(tmp_path, _list(_node("node-b", "10.0.0.11", "10.244.1.0/24", "control-plane")))
    plan = plan_import(topo, [dump])
    plan.apply()
    node = topo.device("node-b")
    assert node.kind == "k8s-node" and node.cluster == "lab" and node.role == "master"
    assert node.zone == "dc" and node.dns == "ns" and node.pod_cidr == "10.244.1.0/24"
    itf = node.interfaces[0]
    assert (itf.name, itf.network, itf.ip, itf.gateway) == ("ens192", "lan", "10.0.0.11/24",
                                                           "10.0.0.1")
    assert [(r.to, r.via) for r in node.routes] == [("192.168.0.0/16", "10.0.0.1")]
    assert "copied from node node-a" in plan.report.text()


def test_a_node_is_matched_by_address_and_its_fields_updated(tmp_path):
    topo = loads(NODE_NET).topology
    dump = _write(tmp_path, _list(_node("ip-10-0-0-10", "10.0.0.10", "10.244.7.0/24")))
    plan = plan_import(topo, [dump])
    assert "changed node node-a: pod_cidr (none) → 10.244.7.0/24" in plan.report.text()
    plan.apply()
    assert topo.device("ip-10-0-0-10") is None


def test_named_target_ports_resolve_through_the_selected_pods_container_ports(tmp_path):
    topo = loads(NODE_NET).topology
    svc = """
- apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: shop}
  spec:
    type: NodePort
    clusterIP: 10.96.0.20
    selector: {app: web}
    ports:
    - {port: 80, targetPort: web-http, nodePort: 30080, protocol: TCP}
    - {port: 9000, targetPort: nothing, protocol: TCP}
"""
    dump = _write(tmp_path, _list(
        _pod("web-1", "shop", "node-a", "10.244.0.5", "{app: web}",
             "{containerPort: 8081, name: web-http}"), svc))
    plan = plan_import(topo, [dump])
    plan.apply()
    service = topo.kubernetes[0].services[0]
    assert service.name == "shop.web"
    assert [(p.port, p.target_port, p.node_port) for p in service.ports] == [(80, 8081, 30080)]
    assert "their targetPort names no container port" in plan.report.text()
    pod = topo.device("shop.web-1")
    assert pod.label == "web-1" and pod.ports == [8081] and pod.zone == "dc"


def test_selectors_stay_inside_their_namespace(tmp_path):
    topo = loads(NODE_NET).topology
    svc = """
- apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: blue}
  spec:
    clusterIP: 10.96.0.30
    selector: {app: api}
    ports: [{port: 80, targetPort: 80, protocol: TCP}]
"""
    dump = _write(tmp_path, _list(
        _pod("api-1", "blue", "node-a", "10.244.0.5", "{app: api}"),
        _pod("api-1", "green", "node-a", "10.244.0.6", "{app: api}"), svc))
    plan = plan_import(topo, [dump])
    plan.apply()
    service = topo.kubernetes[0].services[0]
    assert service.selector == {"app": "api", "projectcalico.org/namespace": "blue"}
    assert topo.device("blue.api-1").labels["projectcalico.org/namespace"] == "blue"
    assert "projectcalico.org/namespace" not in topo.device("green.api-1").labels
    assert plan_import(topo, [dump]).empty


@pytest.mark.parametrize("spec, calico", [
    ("{cidr: 10.244.0.0/16, ipipMode: Always, natOutgoing: true}",
     ("ipip", "always", True)),
    ("{cidr: 10.244.0.0/16, vxlanMode: Always}", ("vxlan", None, False)),
    ("{cidr: 10.244.0.0/16, ipipMode: Never, vxlanMode: Never, natOutgoing: true}",
     ("none", None, True)),
])
def test_ip_pools_in_the_crd_form_set_the_clusters_calico(tmp_path, spec, calico):
    topo = loads(NODE_NET).topology
    dump = _write(tmp_path, f"""\
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {{name: default-ipv4-ippool}}
spec: {spec}
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {{name: v6}}
spec: {{cidr: "fd00:10:244::/64"}}
""")
    plan = plan_import(topo, [dump])
    plan.apply()
    cluster = topo.kubernetes[0]
    assert cluster.pod_cidr == "10.244.0.0/16"
    assert (cluster.calico.encapsulation, cluster.calico.ipip_mode,
            cluster.calico.nat_outgoing) == calico
    assert "ignored 1 IP pool: IPv6" in plan.report.text()


def test_host_network_pods_use_their_nodes_addresses(tmp_path):
    topo = loads(NODE_NET).topology
    pod = """
- apiVersion: v1
  kind: Pod
  metadata: {name: calico-node-x7k2p, namespace: kube-system}
  spec:
    hostNetwork: true
    nodeName: node-a
    containers: [{name: calico-node, ports: [{containerPort: 9099}]}]
  status: {phase: Running, podIP: 10.0.0.10}
"""
    plan = plan_import(topo, [_write(tmp_path, _list(pod))])
    plan.apply()
    device = topo.device("kube-system.calico-node-x7k2p")
    assert device.host_network is True and device.ip is None and device.ports == [9099]


def test_the_report_shown_in_docs_import_md_is_what_the_fixture_gives():
    import re

    doc = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    example = re.search(r"```text\n(.*?)```", doc, re.S).group(1)  # type: ignore[union-attr]
    _, plan = imported()
    lines = plan.report.text().splitlines()
    for line in example.splitlines():
        assert line in lines, line
    assert "kubectl get nodes,pods,services,ingresses,endpointslices -A -o yaml" in doc


def test_an_endpoint_slice_listing_an_address_no_selected_pod_has_is_noted(tmp_path):
    text = DUMP.read_text().replace("    - 172.30.2.10\n    conditions", "    - 172.30.2.99\n    conditions")
    dump = _write(tmp_path, text)
    report = plan_import(load_topology(SAMPLE), [dump]).report.text()
    assert ("note: service shop: its EndpointSlices list 172.30.2.99, which no imported pod it "
            "selects has") in report
    assert "172.30.1.10" not in report.split("EndpointSlices list", 1)[1].splitlines()[0]
