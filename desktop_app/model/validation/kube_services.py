"""Kubernetes services and ingresses: addresses, ports, selectors that find pods."""

from __future__ import annotations

from .. import topology as t
from .addresses import check_port, contains, format_ip, parse_prefixed, read_ip, show_net
from .context import Context
from .wording import unknown_value

NODE_PORT_MIN, NODE_PORT_MAX = 30000, 32767
SERVICE_PROTOCOLS = ("TCP", "UDP", "SCTP")


def check_services(
    ctx: Context, path: str, cluster: t.Cluster, by_label: dict[tuple[str, str], list[t.Device]]
) -> dict[str, t.Service]:
    """A cluster's services; returns them by name for the ingress checks."""
    services: dict[str, t.Service] = {}
    service_net = parse_prefixed(cluster.service_cidr)
    cluster_ips: dict[int, str] = {}
    node_ports: dict[int, str] = {}
    for k, svc in enumerate(cluster.services):
        if svc is None:
            continue
        spath = f"{path}.services[{k}]"
        if svc.name in services:
            ctx.error(
                f"{spath}.name",
                f"cluster '{cluster.id}' already has a service named '{svc.name}'; rename one",
            )
        else:
            services[svc.name] = svc
        if svc.type is not None and svc.type not in t.SERVICE_TYPES:
            ctx.error(f"{spath}.type", unknown_value("service type", svc.type, t.SERVICE_TYPES))
        if (
            svc.external_traffic_policy is not None
            and svc.external_traffic_policy not in t.TRAFFIC_POLICIES
        ):
            ctx.error(
                f"{spath}.external_traffic_policy",
                unknown_value("traffic policy", svc.external_traffic_policy, t.TRAFFIC_POLICIES),
            )
        if svc.cluster_ip is not None:
            ip = read_ip(ctx, f"{spath}.cluster_ip", svc.cluster_ip, None)
            if ip is not None:
                if service_net is not None and not contains(service_net, ip):
                    ctx.error(
                        f"{spath}.cluster_ip",
                        f"cluster_ip {format_ip(ip)} is outside service_cidr "
                        f"{show_net(service_net)}; use an address inside it",
                    )
                elif ip in cluster_ips:
                    ctx.error(
                        f"{spath}.cluster_ip",
                        f"cluster_ip {format_ip(ip)} is already used by service "
                        f"'{cluster_ips[ip]}'; give each service its own",
                    )
                else:
                    cluster_ips[ip] = svc.name
        if svc.load_balancer_ip is not None:
            lb = read_ip(ctx, f"{spath}.load_balancer_ip", svc.load_balancer_ip, None)
            if svc.effective_type != "LoadBalancer":
                ctx.warn(
                    f"{spath}.load_balancer_ip",
                    "load_balancer_ip only applies to LoadBalancer "
                    "services; remove it or set type: LoadBalancer",
                )
            elif lb is not None and lb not in ctx.held_addresses:
                ctx.warn(
                    f"{spath}.load_balancer_ip",
                    f"no device holds {format_ip(lb)}; add it to the vips "
                    "of the node that answers for it",
                )
        elif svc.effective_type == "LoadBalancer":
            ctx.warn(
                spath,
                f"LoadBalancer service '{svc.name}' has no load_balancer_ip; add the address "
                "clients connect to",
            )
        if not svc.ports:
            ctx.warn(spath, f"service '{svc.name}' has no ports; add ports: [{{port: 80}}]")
        for n, sp in enumerate(svc.ports):
            if sp is None:
                continue
            ppath = f"{spath}.ports[{n}]"
            check_port(ctx, f"{ppath}.port", sp.port, None)
            check_port(ctx, f"{ppath}.target_port", sp.target_port, None, "target_port")
            if sp.protocol is not None and sp.protocol.upper() not in SERVICE_PROTOCOLS:
                ctx.error(
                    f"{ppath}.protocol",
                    unknown_value("service protocol", sp.protocol, SERVICE_PROTOCOLS),
                )
            if sp.node_port is None:
                continue
            if not NODE_PORT_MIN <= sp.node_port <= NODE_PORT_MAX:
                ctx.error(
                    f"{ppath}.node_port",
                    f"node_port {sp.node_port} is outside "
                    f"{NODE_PORT_MIN}–{NODE_PORT_MAX}, the range kube-proxy opens; "
                    "pick one inside it",
                )
            elif sp.node_port in node_ports:
                ctx.error(
                    f"{ppath}.node_port",
                    f"node_port {sp.node_port} is already used by service "
                    f"'{node_ports[sp.node_port]}'; each node port serves one service",
                )
            else:
                node_ports[sp.node_port] = svc.name
            if svc.effective_type == "ClusterIP":
                ctx.warn(
                    f"{ppath}.node_port",
                    "node_port only applies to NodePort and LoadBalancer "
                    "services; remove it or change type",
                )
        if svc.selector and not _matches_any(svc.selector, by_label):
            ctx.warn(
                f"{spath}.selector",
                f"selector {_show_selector(svc.selector)} matches no pod in "
                f"cluster '{cluster.id}'; the service has no endpoints",
            )
    return services


def check_ingresses(
    ctx: Context,
    path: str,
    cluster: t.Cluster,
    services: dict[str, t.Service],
    by_label: dict[tuple[str, str], list[t.Device]],
) -> None:
    """A cluster's ingresses: controllers that exist and rules naming real service ports."""
    names: set[str] = set()
    for k, ing in enumerate(cluster.ingresses):
        if ing is None:
            continue
        ipath = f"{path}.ingresses[{k}]"
        if ing.name in names:
            ctx.error(
                f"{ipath}.name",
                f"cluster '{cluster.id}' already has an ingress named '{ing.name}'; rename one",
            )
        names.add(ing.name)
        if not ing.controller:
            ctx.warn(
                ipath,
                f"ingress '{ing.name}' has no controller; add the labels of its controller "
                "pods, like controller: {app: nginx-ingress}",
            )
        elif not _matches_any(ing.controller, by_label):
            ctx.warn(
                f"{ipath}.controller",
                f"controller {_show_selector(ing.controller)} matches no pod "
                f"in cluster '{cluster.id}'; nothing terminates this ingress",
            )
        for n, rule in enumerate(ing.rules):
            if rule is None:
                continue
            rpath = f"{ipath}.rules[{n}]"
            svc = services.get(rule.service)
            if svc is None:
                ctx.error(
                    f"{rpath}.service",
                    f"unknown service '{rule.service}' in cluster '{cluster.id}'"
                    + (ctx.suggest(rule.service, services) or "; declare it under services"),
                )
            elif not any(p is not None and p.port == rule.port for p in svc.ports):
                ctx.warn(
                    f"{rpath}.port",
                    f"service '{svc.name}' has no port {rule.port}; use one of its ports",
                )


def _matches_any(selector: dict[str, str], by_label: dict[tuple[str, str], list[t.Device]]) -> bool:
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
