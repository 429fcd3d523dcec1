"""Services → the cluster's services: type, cluster IP, ports, node ports, traffic policy, LB IP.

A named ``targetPort`` is resolved through the container ports of the pods the service
selects (the number most of them give it). Selectors are scoped to the service's namespace
in Kubernetes but not in a topology; when a selector would also pick pods of another
namespace, the service and the pods of its own namespace get Calico's
``projectcalico.org/namespace`` label so that it picks the same pods it does in the cluster.
"""

from __future__ import annotations

import ipaddress
from collections import Counter
from dataclasses import dataclass

from desktop_app.model.messages import phrase
from desktop_app.model.topology import TRAFFIC_POLICIES, Service, ServicePort

from . import messages as K
from .context import ImportContext, PodPlan
from .parse import KubeObject, port_number
from .pods import qualified

NAMESPACE_LABEL = "projectcalico.org/namespace"
TYPES = ("ClusterIP", "NodePort", "LoadBalancer")


@dataclass
class ServicePlan:
    namespace: str
    service: Service


def read_services(ctx: ImportContext, services: list[KubeObject]) -> list[ServicePlan]:
    plans = []
    for obj in services:
        plan = _read_service(ctx, obj)
        if plan is not None:
            plans.append(plan)
    _scope_selectors(ctx, plans)
    return plans


def _read_service(ctx: ImportContext, obj: KubeObject) -> ServicePlan | None:
    name = qualified(obj.namespace, obj.name)
    kind = obj.get(("spec", "type"), str) or "ClusterIP"
    ctx.imported.setdefault("Service", set()).add(name)
    if kind == "ExternalName":
        ctx.report.ignored(K.SERVICES, K.EXTERNAL_NAME, name)
        return None
    cluster_ip = obj.get(("spec", "clusterIP"), str)
    if cluster_ip in (None, "None"):
        ctx.report.ignored(K.SERVICES, K.HEADLESS, name)
        return None
    _address(obj, ("spec", "clusterIP"), cluster_ip)
    selector = obj.get(("spec", "selector"), dict) or {}
    for key in selector:
        obj.get(("spec", "selector", key), str)  # label values are text
    if not selector:
        ctx.report.ignored(K.SERVICES, K.NO_SELECTOR, name)
        return None
    if kind not in TYPES:
        raise obj.error(("spec", "type"), phrase(
            K.WRONG_TYPE, field="spec.type", kind="Service", name=obj.name,
            wanted="ClusterIP, NodePort, LoadBalancer or ExternalName", found=kind))
    pods = ctx.selected(selector, obj.namespace)
    ports: list[ServicePort] = []
    names: dict[str, int] = {}
    for i, _ in enumerate(obj.get(("spec", "ports"), list) or []):
        port = port_number(obj, ("spec", "ports", i, "port"), required=True) or 0
        protocol = obj.get(("spec", "ports", i, "protocol"), str) or "TCP"
        where = f"{name}:{port}"
        if protocol not in ("TCP", "UDP"):
            ctx.report.ignored(K.SERVICE_PORTS, K.PROTOCOL_SCTP, where)
            continue
        target = obj.get(("spec", "ports", i, "targetPort"), (int, str))
        if target is None:
            target = port
        elif isinstance(target, str):
            target = int(target) if target.isdigit() else _resolve(target, pods)
        if isinstance(target, int) and not 0 < target < 65536:
            port_number(obj, ("spec", "ports", i, "targetPort"))
        if target is None:
            ctx.report.ignored(K.SERVICE_PORTS, K.UNRESOLVED_TARGET, where)
            continue
        node_port = port_number(obj, ("spec", "ports", i, "nodePort")) if kind != "ClusterIP" else None
        port_name = obj.get(("spec", "ports", i, "name"), str)
        if port_name:
            names[port_name] = port
        ports.append(ServicePort(port=port, target_port=target, node_port=node_port,
                                   protocol=protocol))
    ctx.service_port_names[name] = names
    service = Service(name=name, type=kind, cluster_ip=cluster_ip, selector=dict(selector),
                        ports=ports)
    if kind == "LoadBalancer":
        service.load_balancer_ip = _load_balancer_ip(obj)
    if kind != "ClusterIP":
        policy = obj.get(("spec", "externalTrafficPolicy"), str)
        if policy not in (None, *TRAFFIC_POLICIES):
            raise obj.error(("spec", "externalTrafficPolicy"), phrase(
                K.WRONG_TYPE, field="spec.externalTrafficPolicy", kind="Service", name=obj.name,
                wanted="Cluster or Local", found=policy))
        service.external_traffic_policy = policy
    return ServicePlan(obj.namespace, service)


def _load_balancer_ip(obj: KubeObject) -> str | None:
    for i, _ in enumerate(obj.get(("status", "loadBalancer", "ingress"), list) or []):
        ip = obj.get(("status", "loadBalancer", "ingress", i, "ip"), str)
        if ip:
            return _address(obj, ("status", "loadBalancer", "ingress", i, "ip"), ip)
    ip = obj.get(("spec", "loadBalancerIP"), str)
    return _address(obj, ("spec", "loadBalancerIP"), ip) if ip else None


def _resolve(port_name: str, pods: list[PodPlan]) -> int | None:
    numbers = Counter(p.named_ports[port_name] for p in pods if port_name in p.named_ports)
    return numbers.most_common(1)[0][0] if numbers else None


def _scope_selectors(ctx: ImportContext, plans: list[ServicePlan]) -> None:
    scoped: set[str] = set()
    for plan in plans:
        selector = plan.service.selector
        if any(p.namespace != plan.namespace for p in ctx.selected(selector)):
            selector[NAMESPACE_LABEL] = plan.namespace
            scoped.add(plan.namespace)
            ctx.report.note(phrase(K.SERVICE, name=plan.service.name),
                            phrase(K.NAMESPACE_SCOPED, namespace=plan.namespace))
    for pod in ctx.pods:
        if pod.namespace in scoped:
            pod.labels[NAMESPACE_LABEL] = pod.namespace


def map_services(ctx: ImportContext, plans: list[ServicePlan]) -> None:
    cluster = ctx.cluster
    by_name = {s.name: s for s in cluster.services}
    for plan in plans:
        new = plan.service
        old = by_name.get(new.name)
        if old is None:
            ctx.add(cluster.services, new, phrase(K.SERVICE, name=new.name))
        else:
            what = phrase(K.SERVICE, name=new.name)
            for attr in ("type", "cluster_ip", "load_balancer_ip", "selector",
                         "external_traffic_policy"):
                ctx.update(old, attr, getattr(new, attr), what)
            if _ports(old.ports) != _ports(new.ports):
                ctx.update(old, "ports", new.ports, what)
        if new.type == "LoadBalancer" and new.load_balancer_ip and not _held(ctx, new.load_balancer_ip):
            ctx.report.note(phrase(K.SERVICE, name=new.name),
                            phrase(K.LB_IP_UNHELD, ip=new.load_balancer_ip))


def _ports(ports: list[ServicePort]) -> list[tuple[object, ...]]:
    return [(p.port, p.effective_target_port, p.node_port, p.protocol or "TCP") for p in ports]


def _held(ctx: ImportContext, ip: str) -> bool:
    devices = list(ctx.topology.devices) + list(ctx.new_devices.values())
    for d in devices:
        if ip in (d.vips or []):
            return True
        for i in d.interfaces:
            if (i.ip and i.ip.split("/")[0] == ip) or ip in i.secondary:
                return True
    return False


def _address(obj: KubeObject, keys: tuple[str | int, ...], text: str) -> str:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        field = ".".join(str(k) for k in keys if isinstance(k, str))
        raise obj.error(keys, phrase(K.BAD_ADDRESS, field=field, kind=obj.kind, name=obj.name,
                                     value=text)) from None
    return text
