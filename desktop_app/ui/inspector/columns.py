"""The columns of each table in the inspector, with the checks that refuse bad cells.

Headers, tips and refusals are in the current language (context ``columns``); the inspector
builds its tables again when the language changes.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.model.topology import (
    PROTOCOLS,
    SERVICE_TYPES,
    TRAFFIC_POLICIES,
    Flow,
    Interface,
    Network,
    Route,
)

from . import checks
from .bound import Subject, as_text
from .rows import Column

PROTOCOL_CHOICES = ["", *PROTOCOLS]
_MAC = re.compile(r"([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}")


def _unique_name(items: list[Any], what: str) -> Any:
    def check(row: Any, text: str) -> str | None:
        if not text:
            return QCoreApplication.translate("columns", "a {what} needs a name").format(what=what)
        if any(x is not row and getattr(x, "name", None) == text for x in items):
            return QCoreApplication.translate(
                "columns", "'{text}' is already the name of another {what}").format(text=text,
                                                                                    what=what)
        return None
    return check


def _parse_list(_row: Any, text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def interface_columns(subject: Subject) -> list[Column]:
    topo, device = subject.doc.topology, subject.obj

    def network(row: Interface) -> Network | None:
        return topo.network(row.network or "")

    def name_check(row: Interface, text: str) -> str | None:
        names = device.interface_names()
        mine = names[next(i for i, x in enumerate(device.interfaces) if x is row)]
        if text in names and text != mine:
            return QCoreApplication.translate(
                "columns", "{device} already has an interface {name}").format(device=device.id,
                                                                             name=text)
        return None

    def network_check(_row: Interface, text: str) -> str | None:
        if text and topo.network(text) is None:
            return QCoreApplication.translate("columns", "there is no network '{id}'").format(
                id=text)
        return None

    def secondary_check(row: Interface, text: str) -> str | None:
        return next((p for x in _parse_list(row, text)
                     if (p := checks.address_on(network(row), x, with_prefix=False))), None)

    def mac_check(_row: Interface, text: str) -> str | None:
        if text and not _MAC.fullmatch(text):
            return QCoreApplication.translate(
                "columns", "'{text}' is not a MAC address (write it like 02:00:0a:0a:01:05)"
            ).format(text=text)
        return None

    return [
        Column(QCoreApplication.translate("columns", "Name"), "name", name_check,
               tip=QCoreApplication.translate("columns",
                                              "Interface name; defaults to eth0, eth1…"),
               show=lambda v: as_text(v)),
        Column(QCoreApplication.translate("columns", "Network"), "network", network_check,
               choices=lambda _row: [n.id for n in topo.networks],
               tip=QCoreApplication.translate("columns", "The segment it is on")),
        Column("IP", "ip", lambda row, text: checks.address_on(network(row), text, True),
               parse=lambda row, text: checks.with_prefix(network(row), text),
               tip=QCoreApplication.translate(
                   "columns", "a.b.c.d/len inside the network's CIDR (the length is added if "
                   "left out)")),
        Column(QCoreApplication.translate("columns", "Gateway"), "gateway",
               lambda row, text: checks.address_on(network(row), text, False),
               tip=QCoreApplication.translate(
                   "columns", "Default route of an end host, on the same network")),
        Column(QCoreApplication.translate("columns", "Secondary"), "secondary", secondary_check,
               parse=_parse_list,
               tip=QCoreApplication.translate(
                   "columns", "Extra addresses it answers for (an ESG uplink's NAT addresses), "
                   "comma separated")),
        Column("VTEP", "vtep", checkbox=True, show=lambda v: "true" if v else "",
               parse=lambda _row, text: True if text == "true" else None,
               tip=QCoreApplication.translate(
                   "columns", "Tick it on the ESXi host's interface that carries VXLAN to the "
                   "other hosts (usually the one on the transport VLAN): its VTEP, where "
                   "the host wraps VM traffic in VXLAN")),
        Column("MAC", "mac", mac_check, tip=QCoreApplication.translate(
            "columns", "Leave empty for a stable address derived from the id")),
    ]


def route_columns(subject: Subject) -> list[Column]:
    device = subject.obj

    def to_check(_row: Route, text: str) -> str | None:
        if not text:
            return QCoreApplication.translate("columns", "a route needs a destination")
        return checks.cidr(text)

    def via_check(_row: Route, text: str) -> str | None:
        problem = checks.ip(text) if text else \
            QCoreApplication.translate("columns", "a route needs a next hop")
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
            return QCoreApplication.translate(
                "columns", "{address} is not on any network {device} is connected to").format(
                address=text, device=device.id)
        return None

    return [
        Column(QCoreApplication.translate("columns", "To"), "to", to_check,
               tip=QCoreApplication.translate(
                   "columns", "Destination CIDR (0.0.0.0/0 for the default route)")),
        Column(QCoreApplication.translate("columns", "Via"), "via", via_check,
               tip=QCoreApplication.translate("columns",
                                              "Next-hop address on a connected network")),
    ]


def nat_columns(subject: Subject) -> list[Column]:
    device = subject.obj
    what = QCoreApplication.translate("columns", "NAT rule")
    return [
        Column(QCoreApplication.translate("columns", "Name"), "name",
               _unique_name(device.nat or [], what)),
        Column(QCoreApplication.translate("columns", "Type"), "type",
               choices=lambda _r: ["dnat", "snat"],
               tip=QCoreApplication.translate(
                   "columns", "dnat rewrites the destination, snat the source")),
        Column(QCoreApplication.translate("columns", "Match src"), "match.src",
               lambda _r, x: checks.cidr_or_ip(x)),
        Column(QCoreApplication.translate("columns", "Match dst"), "match.dst",
               lambda _r, x: checks.cidr_or_ip(x)),
        Column(QCoreApplication.translate("columns", "Protocol"), "match.protocol",
               choices=lambda _r: PROTOCOL_CHOICES),
        Column(QCoreApplication.translate("columns", "Port"), "match.port",
               lambda _r, x: checks.port(x)),
        Column(QCoreApplication.translate("columns", "Interface"), "match.interface",
               choices=lambda _r: ["", *device.interface_names()],
               tip=QCoreApplication.translate(
                   "columns", "Egress interface for SNAT, ingress interface for DNAT")),
        Column(QCoreApplication.translate("columns", "Translate IP"), "translate.ip",
               lambda _r, x: checks.ip(x)),
        Column(QCoreApplication.translate("columns", "Translate port"), "translate.port",
               lambda _r, x: checks.port(x)),
    ]


def firewall_columns(subject: Subject) -> list[Column]:
    device = subject.obj
    rules = device.firewall.rules if device.firewall else []
    what = QCoreApplication.translate("columns", "firewall rule")
    anywhere = QCoreApplication.translate("columns", "CIDR, address or any")
    return [
        Column(QCoreApplication.translate("columns", "Name"), "name", _unique_name(rules, what)),
        Column(QCoreApplication.translate("columns", "Action"), "action",
               choices=lambda _r: ["allow", "deny"]),
        Column(QCoreApplication.translate("columns", "Source"), "src",
               lambda _r, x: checks.cidr_or_ip(x, allow_any=True), tip=anywhere),
        Column(QCoreApplication.translate("columns", "Destination"), "dst",
               lambda _r, x: checks.cidr_or_ip(x, allow_any=True), tip=anywhere),
        Column(QCoreApplication.translate("columns", "Protocol"), "protocol",
               choices=lambda _r: PROTOCOL_CHOICES),
        Column(QCoreApplication.translate("columns", "Port"), "port", lambda _r, x: checks.port(x)),
    ]


def record_columns() -> list[Column]:
    def name_check(_row: Any, text: str) -> str | None:
        return None if text else QCoreApplication.translate("columns", "a record needs a name")

    def address_check(_row: Any, text: str) -> str | None:
        if not text:
            return QCoreApplication.translate("columns", "a record needs an address")
        return checks.ip(text)

    return [
        Column(QCoreApplication.translate("columns", "Name"), "name", name_check),
        Column(QCoreApplication.translate("columns", "Address"), "value", address_check),
    ]


def service_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    what = QCoreApplication.translate("columns", "service")
    service_cidr = QCoreApplication.translate("columns", "the service CIDR")
    return [
        Column(QCoreApplication.translate("columns", "Name"), "name",
               _unique_name(cluster.services, what)),
        Column(QCoreApplication.translate("columns", "Type"), "type",
               choices=lambda _r: ["", *SERVICE_TYPES]),
        Column("Cluster IP", "cluster_ip",
               lambda _r, x: checks.in_cidr(x, cluster.service_cidr, service_cidr)),
        Column("LB IP", "load_balancer_ip", lambda _r, x: checks.ip(x),
               tip=QCoreApplication.translate(
                   "columns", "LoadBalancer address (held by a node's vips)")),
        Column(QCoreApplication.translate("columns", "Selector"), "selector",
               lambda _r, x: checks.key_values(x),
               parse=lambda _r, x: checks.parse_key_values(x), show=checks.format_key_values,
               tip=QCoreApplication.translate("columns", "Pod labels, like app=web")),
        Column(QCoreApplication.translate("columns", "Traffic policy"), "external_traffic_policy",
               choices=lambda _r: ["", *TRAFFIC_POLICIES]),
    ]


def _port_required(message: str) -> Any:
    def check(_row: Any, text: str) -> str | None:
        return checks.port(text) if text else message
    return check


def service_port_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("columns", "Port"), "port", _port_required(
            QCoreApplication.translate("columns", "a service port is required"))),
        Column(QCoreApplication.translate("columns", "Target port"), "target_port",
               lambda _r, x: checks.port(x)),
        Column("NodePort", "node_port", lambda _r, x: checks.node_port(x)),
        Column(QCoreApplication.translate("columns", "Protocol"), "protocol",
               choices=lambda _r: ["", "TCP", "UDP"]),
    ]


def ingress_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    what = QCoreApplication.translate("columns", "ingress")
    return [
        Column(QCoreApplication.translate("columns", "Name"), "name",
               _unique_name(cluster.ingresses, what)),
        Column(QCoreApplication.translate("columns", "Controller"), "controller",
               lambda _r, x: checks.key_values(x),
               parse=lambda _r, x: checks.parse_key_values(x), show=checks.format_key_values,
               tip=QCoreApplication.translate(
                   "columns", "Labels of the controller pods, like app=nginx-ingress")),
    ]


def ingress_rule_columns(subject: Subject) -> list[Column]:
    cluster = subject.obj
    return [
        Column(QCoreApplication.translate("columns", "Host"), "host"),
        Column(QCoreApplication.translate("columns", "Path"), "path"),
        Column(QCoreApplication.translate("columns", "Service"), "service",
               choices=lambda _r: [s.name for s in cluster.services]),
        Column(QCoreApplication.translate("columns", "Port"), "port", _port_required(
            QCoreApplication.translate("columns", "a port is required"))),
    ]


def flow_columns(subject: Subject) -> list[Column]:
    topo = subject.obj

    def id_check(row: Flow, text: str) -> str | None:
        return checks.identifier(topo, "flow", row.id)(text)

    def to_check(_row: Flow, text: str) -> str | None:
        return None if text else QCoreApplication.translate("columns", "a flow needs a destination")

    return [
        Column(QCoreApplication.translate("columns", "Id"), "id", id_check),
        Column(QCoreApplication.translate("columns", "Label"), "label"),
        Column(QCoreApplication.translate("columns", "From"), "from",
               choices=lambda _r: [d.id for d in topo.devices]),
        Column(QCoreApplication.translate("columns", "To"), "to", to_check,
               tip=QCoreApplication.translate("columns",
                                              "A device id, an IP address or a DNS name")),
        Column(QCoreApplication.translate("columns", "Protocol"), "protocol",
               choices=lambda _r: PROTOCOL_CHOICES),
        Column(QCoreApplication.translate("columns", "Port"), "port", lambda _r, x: checks.port(x)),
    ]
