"""The columns of each table in the inspector, with the checks that refuse bad cells."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from desktop_app.model import topology as t

from . import checks
from .bound import Subject, as_text
from .rows import Column

PROTOCOL_CHOICES = ["", *t.PROTOCOLS]
_MAC = re.compile(r"([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}")


def _unique_name(items: list[Any], what: str) -> Any:
    def check(row: Any, text: str) -> str | None:
        if not text:
            return f"a {what} needs a name"
        if any(x is not row and getattr(x, "name", None) == text for x in items):
            return f"'{text}' is already the name of another {what}"
        return None
    return check


def _parse_list(_row: Any, text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def interface_columns(subject: Subject) -> list[Column]:
    topo, device = subject.doc.topology, subject.obj

    def network(row: t.Interface) -> t.Network | None:
        return topo.network(row.network or "")

    def name_check(row: t.Interface, text: str) -> str | None:
        names = device.interface_names()
        mine = names[next(i for i, x in enumerate(device.interfaces) if x is row)]
        return f"{device.id} already has an interface {text}" if text in names and text != mine else None

    def network_check(_row: t.Interface, text: str) -> str | None:
        if text and topo.network(text) is None:
            return f"there is no network '{text}'"
        return None

    def secondary_check(row: t.Interface, text: str) -> str | None:
        return next((p for x in _parse_list(row, text)
                     if (p := checks.address_on(network(row), x, with_prefix=False))), None)

    def mac_check(_row: t.Interface, text: str) -> str | None:
        if text and not _MAC.fullmatch(text):
            return f"'{text}' is not a MAC address (write it like 02:00:0a:0a:01:05)"
        return None

    return [
        Column("Name", "name", name_check, tip="Interface name; defaults to eth0, eth1…",
               show=lambda v: as_text(v)),
        Column("Network", "network", network_check,
               choices=lambda _row: [n.id for n in topo.networks], tip="The segment it is on"),
        Column("IP", "ip", lambda row, text: checks.address_on(network(row), text, True),
               parse=lambda row, text: checks.with_prefix(network(row), text),
               tip="a.b.c.d/len inside the network's CIDR (the length is added if left out)"),
        Column("Gateway", "gateway", lambda row, text: checks.address_on(network(row), text, False),
               tip="Default route of an end host, on the same network"),
        Column("Secondary", "secondary", secondary_check, parse=_parse_list,
               tip="Extra addresses it answers for (an ESG uplink's NAT addresses), comma separated"),
        Column("VTEP", "vtep", choices=lambda _row: ["", "true"],
               parse=lambda _row, text: True if text == "true" else None,
               tip="An ESXi host's VXLAN tunnel end point"),
        Column("MAC", "mac", mac_check, tip="Leave empty for a stable address derived from the id"),
    ]


def route_columns(subject: Subject) -> list[Column]:
    device = subject.obj

    def via_check(_row: t.Route, text: str) -> str | None:
        problem = checks.ip(text) if text else "a route needs a next hop"
        if problem:
            return problem
        nets = []
        for itf in device.interfaces:
            try:
                nets.append(ipaddress.IPv4Interface(itf.ip or "").network)
            except ValueError:
                continue
        addr = ipaddress.IPv4Address(text)
        if nets and not any(addr in n for n in nets):
            return f"{text} is not on any network {device.id} is connected to"
        return None

    return [
        Column("To", "to", lambda _r, x: checks.cidr(x) if x else "a route needs a destination",
               tip="Destination CIDR (0.0.0.0/0 for the default route)"),
        Column("Via", "via", via_check, tip="Next-hop address on a connected network"),
    ]


def nat_columns(subject: Subject) -> list[Column]:
    device = subject.obj
    return [
        Column("Name", "name", _unique_name(device.nat or [], "NAT rule")),
        Column("Type", "type", choices=lambda _r: ["dnat", "snat"],
               tip="dnat rewrites the destination, snat the source"),
        Column("Match src", "match.src", lambda _r, x: checks.cidr_or_ip(x)),
        Column("Match dst", "match.dst", lambda _r, x: checks.cidr_or_ip(x)),
        Column("Protocol", "match.protocol", choices=lambda _r: PROTOCOL_CHOICES),
        Column("Port", "match.port", lambda _r, x: checks.port(x)),
        Column("Interface", "match.interface",
               choices=lambda _r: ["", *device.interface_names()],
               tip="Egress interface for SNAT, ingress interface for DNAT"),
        Column("Translate IP", "translate.ip", lambda _r, x: checks.ip(x)),
        Column("Translate port", "translate.port", lambda _r, x: checks.port(x)),
    ]


def firewall_columns(subject: Subject) -> list[Column]:
    device = subject.obj
    rules = device.firewall.rules if device.firewall else []
    return [
        Column("Name", "name", _unique_name(rules, "firewall rule")),
        Column("Action", "action", choices=lambda _r: ["allow", "deny"]),
        Column("Source", "src", lambda _r, x: checks.cidr_or_ip(x, allow_any=True),
               tip="CIDR, address or any"),
        Column("Destination", "dst", lambda _r, x: checks.cidr_or_ip(x, allow_any=True),
               tip="CIDR, address or any"),
        Column("Protocol", "protocol", choices=lambda _r: PROTOCOL_CHOICES),
        Column("Port", "port", lambda _r, x: checks.port(x)),
    ]


def record_columns() -> list[Column]:
    return [
        Column("Name", "name", lambda _r, x: None if x else "a record needs a name"),
        Column("Address", "value", lambda _r, x: checks.ip(x) if x else "a record needs an address"),
    ]


def service_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    return [
        Column("Name", "name", _unique_name(cluster.services, "service")),
        Column("Type", "type", choices=lambda _r: ["", *t.SERVICE_TYPES]),
        Column("Cluster IP", "cluster_ip",
               lambda _r, x: checks.in_cidr(x, cluster.service_cidr, "the service CIDR")),
        Column("LB IP", "load_balancer_ip", lambda _r, x: checks.ip(x),
               tip="LoadBalancer address (held by a node's vips)"),
        Column("Selector", "selector", lambda _r, x: checks.key_values(x),
               parse=lambda _r, x: checks.parse_key_values(x), show=checks.format_key_values,
               tip="Pod labels, like app=web"),
        Column("Traffic policy", "external_traffic_policy",
               choices=lambda _r: ["", *t.TRAFFIC_POLICIES]),
    ]


def service_port_columns() -> list[Column]:
    return [
        Column("Port", "port", lambda _r, x: checks.port(x) if x else "a service port is required"),
        Column("Target port", "target_port", lambda _r, x: checks.port(x)),
        Column("NodePort", "node_port", lambda _r, x: checks.node_port(x)),
        Column("Protocol", "protocol", choices=lambda _r: ["", "TCP", "UDP"]),
    ]


def ingress_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    return [
        Column("Name", "name", _unique_name(cluster.ingresses, "ingress")),
        Column("Controller", "controller", lambda _r, x: checks.key_values(x),
               parse=lambda _r, x: checks.parse_key_values(x), show=checks.format_key_values,
               tip="Labels of the controller pods, like app=nginx-ingress"),
    ]


def ingress_rule_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    return [
        Column("Host", "host"),
        Column("Path", "path"),
        Column("Service", "service", choices=lambda _r: [s.name for s in cluster.services]),
        Column("Port", "port", lambda _r, x: checks.port(x) if x else "a port is required"),
    ]


def flow_columns(subject: Subject) -> list[Column]:
    topo = subject.obj

    def id_check(row: t.Flow, text: str) -> str | None:
        return checks.identifier(topo, "flow", row.id)(text)

    return [
        Column("Id", "id", id_check),
        Column("Label", "label"),
        Column("From", "from", choices=lambda _r: [d.id for d in topo.devices]),
        Column("To", "to", lambda _r, x: None if x else "a flow needs a destination",
               tip="A device id, an IP address or a DNS name"),
        Column("Protocol", "protocol", choices=lambda _r: PROTOCOL_CHOICES),
        Column("Port", "port", lambda _r, x: checks.port(x)),
    ]
