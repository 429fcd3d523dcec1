"""Pods → ``pod`` devices on their nodes: address, labels, container ports, host network, DNS.

A pod's id keeps its namespace (``shop.web-5d9f8-x2k7q``; an id cannot hold ``/``, and a
namespace never holds a dot, so the first dot splits them); pods of the ``default``
namespace keep their bare name, as kubectl shows them. Finished pods (Succeeded, Failed)
and pods not yet scheduled are left out and counted in the report.
"""

from __future__ import annotations

import ipaddress

from desktop_app.model.messages import phrase
from desktop_app.model.topology import Device

from . import messages as K
from .context import ImportContext, PodPlan
from .parse import KubeObject, port_number

# Labels controllers add to tell revisions apart; no service selects on them, and they
# change with every rollout.
BOOKKEEPING_LABELS = frozenset({"pod-template-hash", "controller-revision-hash",
                                "pod-template-generation"})
LABEL_LENGTH = 24  # longer pod names are cut for the canvas label


def qualified(namespace: str, name: str) -> str:
    """The id or name of a namespaced object: ``name`` in ``default``, else ``namespace.name``."""
    return name if namespace == "default" else f"{namespace}.{name}"


def read_pods(ctx: ImportContext, pods: list[KubeObject]) -> None:
    """Read every pod into ``ctx.pods`` (or the report's ignored lines)."""
    for obj in pods:
        plan = _read_pod(ctx, obj)
        if plan is not None:
            ctx.pods.append(plan)
            ctx.imported.setdefault("Pod", set()).add(plan.id)


def _read_pod(ctx: ImportContext, obj: KubeObject) -> PodPlan | None:
    name, namespace = obj.name, obj.namespace
    pid = qualified(namespace, name)
    phase = obj.get(("status", "phase"), str)
    if phase in ("Succeeded", "Failed"):
        ctx.report.ignored(K.PODS, K.IN_PHASE, pid, phase=phase)
        return None
    node_name = obj.get(("spec", "nodeName"), str)
    host_network = bool(obj.get(("spec", "hostNetwork"), bool))
    ip = obj.get(("status", "podIP"), str)
    if node_name is None or (ip is None and not host_network):
        ctx.report.ignored(K.PODS, K.NOT_SCHEDULED, pid)
        return None
    if ip is not None:
        try:
            ipaddress.IPv4Address(ip)
        except ValueError:
            raise obj.error(("status", "podIP"), phrase(
                K.BAD_ADDRESS, field="status.podIP", kind="Pod", name=name, value=ip)) from None
    node = ctx.node_ids.get(node_name)
    if node is None:
        known = ctx.devices.get(node_name)
        node = known.id if known is not None and known.kind == "k8s-node" else None
    if node is None:
        ctx.report.ignored(K.PODS, K.ON_UNKNOWN_NODE, pid)
        return None
    existing = ctx.devices.get(pid)
    if existing is not None and existing.kind != "pod":
        ctx.report.ignored(K.PODS, K.ID_TAKEN, pid)
        return None
    labels = obj.get(("metadata", "labels"), dict) or {}
    for key, value in labels.items():
        if not isinstance(value, str):
            obj.get(("metadata", "labels", key), str)  # says which label is not text
    ports: list[int] = []
    named: dict[str, int] = {}
    classes: set[str] = set()
    for c, _ in enumerate(obj.get(("spec", "containers"), list, required=True)):
        for p, _ in enumerate(obj.get(("spec", "containers", c, "ports"), list) or []):
            number = port_number(obj, ("spec", "containers", c, "ports", p, "containerPort"),
                                 required=True) or 0
            if number not in ports:
                ports.append(number)
            port_name = obj.get(("spec", "containers", c, "ports", p, "name"), str)
            if port_name:
                named.setdefault(port_name, number)
        for arg in obj.get(("spec", "containers", c, "args"), list) or []:
            if isinstance(arg, str) and arg.startswith("--ingress-class="):
                classes.add(arg.split("=", 1)[1])
    return PodPlan(
        id=pid, name=name, namespace=namespace, node=node,
        ip=None if host_network else ip, host_network=host_network,
        labels={k: v for k, v in labels.items() if k not in BOOKKEEPING_LABELS},
        ports=ports, named_ports=named, dns=_resolver(ctx, obj, node), ingress_classes=classes)


def _resolver(ctx: ImportContext, obj: KubeObject, node: str) -> str | None:
    """The dns device that answers the pod's names, where the pod spec says which."""
    policy = obj.get(("spec", "dnsPolicy"), str)
    if policy == "None":
        servers = obj.get(("spec", "dnsConfig", "nameservers"), list) or []
        for server in servers:
            owner = _owner(ctx, str(server))
            if owner is not None:
                return owner
        return None
    if policy == "Default":  # the node's resolv.conf
        device = ctx.device(node)
        return device.dns if device is not None else None
    return None  # ClusterFirst: the cluster's DNS, a service the topology does not draw


def _owner(ctx: ImportContext, address: str) -> str | None:
    for d in ctx.topology.devices:
        if d.kind == "dns" and any(i.ip and i.ip.split("/")[0] == address for i in d.interfaces):
            return d.id
    return None


def map_pods(ctx: ImportContext) -> None:
    """Turn the read pods into new devices or changes of the pods already there."""
    for plan in ctx.pods:
        _map_pod(ctx, plan)


def _map_pod(ctx: ImportContext, plan: PodPlan) -> None:
    existing = ctx.devices.get(plan.id)
    labels = plan.labels or None
    ports = plan.ports or None
    if existing is None:
        node = ctx.device(plan.node)
        device = Device(id=plan.id, kind="pod", zone=node.zone if node else None,
                          dns=plan.dns, node=plan.node, ip=plan.ip, labels=labels, ports=ports,
                          host_network=True if plan.host_network else None)
        if plan.id != plan.name or len(plan.name) > LABEL_LENGTH:
            device.label = _short(plan.name)
        ctx.add(ctx.topology.devices, device, phrase(
            K.POD_ON, id=plan.id, node=plan.node, ip=plan.ip or "host network"))
        return
    what = phrase(K.POD, id=plan.id)
    ctx.update(existing, "node", plan.node, what)
    ctx.update(existing, "ip", plan.ip, what)
    ctx.update(existing, "labels", labels, what)
    ctx.update(existing, "ports", ports, what)
    if bool(existing.host_network) != plan.host_network:
        ctx.update(existing, "host_network", True if plan.host_network else None, what)
    if plan.dns is not None:
        ctx.update(existing, "dns", plan.dns, what)


def _short(name: str) -> str:
    return name if len(name) <= LABEL_LENGTH else name[:LABEL_LENGTH - 1] + "…"
