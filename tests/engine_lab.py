"""Small topologies built inside the engine tests, one knob per behaviour."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from desktop_app.model import loads


def lab(**changes: Any) -> dict[str, Any]:
    """Two VTEP subnets joined by an underlay router, an ESG, a DLR, a Calico cluster.

    h1, h2 have VTEPs on 192.168.0.0/24; h3 on 192.168.1.0/24 behind `ur`.
    """
    doc: dict[str, Any] = {
        "hybridviz": 1,
        "name": "lab",
        "networks": [
            {"id": "ls", "kind": "vxlan", "cidr": "10.0.1.0/24", "vni": 6000},
            {"id": "ls2", "kind": "vxlan", "cidr": "10.0.2.0/24", "vni": 6001},
            {"id": "transit", "kind": "vxlan", "cidr": "10.0.0.0/29", "vni": 6002},
            {"id": "vtep", "kind": "vlan", "cidr": "192.168.0.0/24", "mtu": 1600},
            {"id": "vtep2", "kind": "vlan", "cidr": "192.168.1.0/24", "mtu": 1600},
            {"id": "ext", "kind": "vlan", "cidr": "10.9.0.0/24"},
        ],
        "devices": [
            {"id": "h1", "kind": "esxi-host", "interfaces": [
                {"network": "vtep", "ip": "192.168.0.1/24", "gateway": "192.168.0.254", "vtep": True}]},
            {"id": "h2", "kind": "esxi-host", "interfaces": [
                {"network": "vtep", "ip": "192.168.0.2/24", "gateway": "192.168.0.254", "vtep": True}]},
            {"id": "h3", "kind": "esxi-host", "interfaces": [
                {"network": "vtep2", "ip": "192.168.1.3/24", "gateway": "192.168.1.254", "vtep": True}]},
            {"id": "ur", "kind": "router", "interfaces": [
                {"network": "vtep", "ip": "192.168.0.254/24"},
                {"network": "vtep2", "ip": "192.168.1.254/24"}]},
            {"id": "a", "kind": "vm", "host": "h1", "interfaces": [
                {"network": "ls", "ip": "10.0.1.10/24", "gateway": "10.0.1.1"}]},
            {"id": "b", "kind": "vm", "host": "h2", "interfaces": [
                {"network": "ls", "ip": "10.0.1.20/24", "gateway": "10.0.1.1"}]},
            {"id": "edge", "kind": "esg", "host": "h1", "interfaces": [
                {"name": "inside", "network": "ls", "ip": "10.0.1.1/24"},
                {"name": "transit", "network": "transit", "ip": "10.0.0.1/29"},
                {"name": "outside", "network": "ext", "ip": "10.9.0.1/24", "secondary": ["10.9.0.5"]}],
             "routes": [{"to": "10.0.2.0/24", "via": "10.0.0.2"}],
             "firewall": {"default": "allow", "rules": []},
             "nat": []},
            {"id": "dr", "kind": "dlr", "interfaces": [
                {"name": "up", "network": "transit", "ip": "10.0.0.2/29"},
                {"name": "ls2", "network": "ls2", "ip": "10.0.2.1/24"}],
             "routes": [{"to": "0.0.0.0/0", "via": "10.0.0.1"}]},
            {"id": "c", "kind": "vm", "host": "h2", "interfaces": [
                {"network": "ls2", "ip": "10.0.2.30/24", "gateway": "10.0.2.1"}]},
            {"id": "outsider", "kind": "client", "interfaces": [
                {"network": "ext", "ip": "10.9.0.100/24", "gateway": "10.9.0.1"}]},
        ],
        "flows": [],
    }
    for key, value in changes.items():
        doc[key] = value
    return doc


def k8s_lab(encapsulation: str = "ipip", ipip_mode: str = "always", nat_outgoing: bool = True,
            policy: str = "Cluster", n3_subnet: bool = False) -> dict[str, Any]:
    """The lab plus a cluster: n1 (h1) and n2 (h2) on ls, pods p1 on n1 and p2 on n2.

    With ``n3_subnet`` a third node n3 sits on ls2 (another subnet, behind the ESG and DLR)
    and holds the only pod p3.
    """
    doc = lab()
    devices = doc["devices"]
    devices += [
        {"id": "n1", "kind": "k8s-node", "host": "h1", "cluster": "k", "role": "worker",
         "pod_cidr": "10.244.1.0/24",
         "interfaces": [{"network": "ls", "ip": "10.0.1.51/24", "gateway": "10.0.1.1"}]},
        {"id": "n2", "kind": "k8s-node", "host": "h2", "cluster": "k", "role": "worker",
         "pod_cidr": "10.244.2.0/24",
         "interfaces": [{"network": "ls", "ip": "10.0.1.52/24", "gateway": "10.0.1.1"}]},
        {"id": "p1", "kind": "pod", "node": "n1", "ip": "10.244.1.10", "labels": {"app": "one"},
         "ports": [8080]},
        {"id": "p2", "kind": "pod", "node": "n2", "ip": "10.244.2.10", "labels": {"app": "web"},
         "ports": [8080]},
    ]
    if n3_subnet:
        devices += [
            {"id": "n3", "kind": "k8s-node", "host": "h3", "cluster": "k", "role": "worker",
             "pod_cidr": "10.244.3.0/24",
             "interfaces": [{"network": "ls2", "ip": "10.0.2.53/24", "gateway": "10.0.2.1"}]},
            {"id": "p3", "kind": "pod", "node": "n3", "ip": "10.244.3.10", "labels": {"app": "far"},
             "ports": [8080]},
        ]
    doc["kubernetes"] = [{
        "id": "k", "pod_cidr": "10.244.0.0/16", "service_cidr": "10.96.0.0/16",
        "calico": {"encapsulation": encapsulation, "ipip_mode": ipip_mode, "nat_outgoing": nat_outgoing},
        "services": [
            {"name": "web", "type": "NodePort", "cluster_ip": "10.96.0.10", "selector": {"app": "web"},
             "external_traffic_policy": policy,
             "ports": [{"port": 80, "target_port": 8080, "node_port": 30080}]},
            {"name": "empty", "type": "ClusterIP", "cluster_ip": "10.96.0.11", "selector": {"app": "none"},
             "ports": [{"port": 80, "target_port": 8080}]},
        ],
    }]
    return doc


def device(doc: dict[str, Any], device_id: str) -> dict[str, Any]:
    return next(d for d in doc["devices"] if d["id"] == device_id)


def build(doc: dict[str, Any]):
    """The model of a lab document, through the real loader (so it must be valid)."""
    return loads(yaml.safe_dump(copy.deepcopy(doc), sort_keys=False)).topology


def build_unchecked(doc: dict[str, Any]):
    """The model without validation: what an editor holds while the user is mid-edit."""
    from desktop_app.model.reader import parse_text

    model, _, problems = parse_text(yaml.safe_dump(copy.deepcopy(doc), sort_keys=False))
    assert model is not None, problems
    return model
