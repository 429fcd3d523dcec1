"""Kubernetes services and ingresses: addresses, ports, selectors that find pods."""

from __future__ import annotations

from ..messages import (
    CLUSTER_IP_OUTSIDE,
    CLUSTER_IP_TAKEN,
    CONTROLLER_MATCHES_NOTHING,
    DUPLICATE_INGRESS,
    DUPLICATE_SERVICE,
    FIX_DECLARE_SERVICE,
    INGRESS_WITHOUT_CONTROLLER,
    LB_IP_NOT_LOAD_BALANCER,
    LB_IP_UNHELD,
    LB_WITHOUT_IP,
    NODE_PORT_ON_CLUSTER_IP,
    NODE_PORT_OUTSIDE,
    NODE_PORT_TAKEN,
    SELECTOR_MATCHES_NOTHING,
    SERVICE_PROTOCOL,
    SERVICE_TYPE,
    SERVICE_WITHOUT_PORT,
    SERVICE_WITHOUT_PORTS,
    TARGET_PORT_OUT_OF_RANGE,
    TRAFFIC_POLICY,
    UNKNOWN_SERVICE,
    phrase,
)
from ..topology import SERVICE_TYPES, TRAFFIC_POLICIES, Cluster, Device, Service
from .addresses import check_port, contains, format_ip, parse_prefixed, read_ip, show_net
from .context import Context
from .wording import unknown_value

NODE_PORT_MIN, NODE_PORT_MAX = 30000, 32767
SERVICE_PROTOCOLS = ("TCP", "UDP", "SCTP")


def check_services(
    ctx: Context, path: str, cluster: Cluster, by_label: dict[tuple[str, str], list[Device]]
) -> dict[str, Service]:
    """A cluster's services; returns them by name for the ingress checks."""
    services: dict[str, Service] = {}
    service_net = parse_prefixed(cluster.service_cidr)
    cluster_ips: dict[int, str] = {}
    node_ports: dict[int, str] = {}
    for k, svc in enumerate(cluster.services):
        if svc is None:
            continue
        spath = f"{path}.services[{k}]"
        if svc.name in services:
            ctx.error(f"{spath}.name", DUPLICATE_SERVICE, cluster=cluster.id, name=svc.name)
        else:
            services[svc.name] = svc
        if svc.type is not None and svc.type not in SERVICE_TYPES:
            ctx.error(f"{spath}.type", unknown_value(SERVICE_TYPE, svc.type, SERVICE_TYPES))
        if (
            svc.external_traffic_policy is not None
            and svc.external_traffic_policy not in TRAFFIC_POLICIES
        ):
            ctx.error(
                f"{spath}.external_traffic_policy",
                unknown_value(TRAFFIC_POLICY, svc.external_traffic_policy, TRAFFIC_POLICIES),
            )
        if svc.cluster_ip is not None:
            ip = read_ip(ctx, f"{spath}.cluster_ip", svc.cluster_ip, None)
            if ip is not None:
                if service_net is not None and not contains(service_net, ip):
                    ctx.error(
                        f"{spath}.cluster_ip",
                        CLUSTER_IP_OUTSIDE,
                        address=format_ip(ip),
                        cidr=show_net(service_net),
                    )
                elif ip in cluster_ips:
                    ctx.error(
                        f"{spath}.cluster_ip",
                        CLUSTER_IP_TAKEN,
                        address=format_ip(ip),
                        service=cluster_ips[ip],
                    )
                else:
                    cluster_ips[ip] = svc.name
        if svc.load_balancer_ip is not None:
            lb = read_ip(ctx, f"{spath}.load_balancer_ip", svc.load_balancer_ip, None)
            if svc.effective_type != "LoadBalancer":
                ctx.warn(f"{spath}.load_balancer_ip", LB_IP_NOT_LOAD_BALANCER)
            elif lb is not None and lb not in ctx.held_addresses:
                ctx.warn(f"{spath}.load_balancer_ip", LB_IP_UNHELD, address=format_ip(lb))
        elif svc.effective_type == "LoadBalancer":
            ctx.warn(spath, LB_WITHOUT_IP, service=svc.name)
        if not svc.ports:
            ctx.warn(spath, SERVICE_WITHOUT_PORTS, service=svc.name)
        for n, sp in enumerate(svc.ports):
            if sp is None:
                continue
            ppath = f"{spath}.ports[{n}]"
            check_port(ctx, f"{ppath}.port", sp.port, None)
            check_port(
                ctx, f"{ppath}.target_port", sp.target_port, None, TARGET_PORT_OUT_OF_RANGE
            )
            if sp.protocol is not None and sp.protocol.upper() not in SERVICE_PROTOCOLS:
                ctx.error(
                    f"{ppath}.protocol",
                    unknown_value(SERVICE_PROTOCOL, sp.protocol, SERVICE_PROTOCOLS),
                )
            if sp.node_port is None:
                continue
            if not NODE_PORT_MIN <= sp.node_port <= NODE_PORT_MAX:
                ctx.error(
                    f"{ppath}.node_port",
                    NODE_PORT_OUTSIDE,
                    port=sp.node_port,
                    low=NODE_PORT_MIN,
                    high=NODE_PORT_MAX,
                )
            elif sp.node_port in node_ports:
                ctx.error(
                    f"{ppath}.node_port",
                    NODE_PORT_TAKEN,
                    port=sp.node_port,
                    service=node_ports[sp.node_port],
                )
            else:
                node_ports[sp.node_port] = svc.name
            if svc.effective_type == "ClusterIP":
                ctx.warn(f"{ppath}.node_port", NODE_PORT_ON_CLUSTER_IP)
        if svc.selector and not _matches_any(svc.selector, by_label):
            ctx.warn(
                f"{spath}.selector",
                SELECTOR_MATCHES_NOTHING,
                selector=_show_selector(svc.selector),
                cluster=cluster.id,
            )
    return services


def check_ingresses(
    ctx: Context,
    path: str,
    cluster: Cluster,
    services: dict[str, Service],
    by_label: dict[tuple[str, str], list[Device]],
) -> None:
    """A cluster's ingresses: controllers that exist and rules naming real service ports."""
    names: set[str] = set()
    for k, ing in enumerate(cluster.ingresses):
        if ing is None:
            continue
        ipath = f"{path}.ingresses[{k}]"
        if ing.name in names:
            ctx.error(f"{ipath}.name", DUPLICATE_INGRESS, cluster=cluster.id, name=ing.name)
        names.add(ing.name)
        if not ing.controller:
            ctx.warn(ipath, INGRESS_WITHOUT_CONTROLLER, name=ing.name)
        elif not _matches_any(ing.controller, by_label):
            ctx.warn(
                f"{ipath}.controller",
                CONTROLLER_MATCHES_NOTHING,
                selector=_show_selector(ing.controller),
                cluster=cluster.id,
            )
        for n, rule in enumerate(ing.rules):
            if rule is None:
                continue
            rpath = f"{ipath}.rules[{n}]"
            svc = services.get(rule.service)
            if svc is None:
                ctx.error(
                    f"{rpath}.service",
                    UNKNOWN_SERVICE,
                    service=rule.service,
                    cluster=cluster.id,
                    hint=ctx.suggest(rule.service, services) or phrase(FIX_DECLARE_SERVICE),
                )
            elif not any(p is not None and p.port == rule.port for p in svc.ports):
                ctx.warn(f"{rpath}.port", SERVICE_WITHOUT_PORT, service=svc.name, port=rule.port)


def _matches_any(selector: dict[str, str], by_label: dict[tuple[str, str], list[Device]]) -> bool:
    """Whether some pod carries every label of the selector (an empty one matches all)."""
    if not selector:
        return True
    first = next(iter(selector.items()))
    return any(_selector_matches(selector, pod.labels) for pod in by_label.get(first, []))


def _selector_matches(selector: dict[str, str], labels: dict[str, str] | None) -> bool:
    if not labels:
        return False
    return all(labels.get(k) == v for k, v in selector.items())


def _show_selector(selector: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in selector.items()) + "}"
