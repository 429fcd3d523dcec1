"""A device: identity, placement, its kind's own keys, and its interfaces and routes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel

from desktop_app.model.topology import HOSTED_KINDS, NODE_ROLES, TUNNEL_KINDS, Device
from desktop_app.ui import commands

from . import checks
from .bound import Subject, as_text, devices_of_kind, ids_of
from .cluster_form import ClusterForm
from .columns import firewall_columns, interface_columns, nat_columns, record_columns, route_columns
from .forms import Form

KIND_NAMES = {  # the form's heading: "Virtual machine web-1"
    "client": QT_TRANSLATE_NOOP("DeviceForm", "Client"),
    "dns": QT_TRANSLATE_NOOP("DeviceForm", "DNS server"),
    "router": QT_TRANSLATE_NOOP("DeviceForm", "Router"),
    "esxi-host": QT_TRANSLATE_NOOP("DeviceForm", "ESXi host"),
    "vm": QT_TRANSLATE_NOOP("DeviceForm", "Virtual machine"),
    "esg": QT_TRANSLATE_NOOP("DeviceForm", "NSX Edge Services Gateway"),
    "dlr": QT_TRANSLATE_NOOP("DeviceForm", "NSX distributed router"),
    "k8s-node": QT_TRANSLATE_NOOP("DeviceForm", "Kubernetes node"),
    "pod": QT_TRANSLATE_NOOP("DeviceForm", "Pod"),
    "l2-concentrator": QT_TRANSLATE_NOOP("DeviceForm", "L2 concentrator"),
}
_DNS_KINDS = ("client", "vm", "pod", "dns", "k8s-node")


def _split(text: str) -> list[str] | None:
    items = [x.strip() for x in text.split(",") if x.strip()]
    return items or None


def _ports(text: str) -> list[int] | None:
    items = [int(x) for x in text.split(",") if x.strip()]
    return items or None


class DeviceForm(Form):
    def __init__(self, subject: Subject):
        super().__init__(subject)
        d: Device = subject.obj
        doc, topo = subject.doc, subject.doc.topology
        kind = self.tr(KIND_NAMES[d.kind]) if d.kind in KIND_NAMES else d.kind
        self.heading(self.tr("{kind} {id}").format(kind=kind, id=d.id), d.display_label)
        form = self.identity("device")
        self.choice(form, self.tr("Zone"), "zone", self.zone_choices())
        place = self.section(self.tr("Placement"))
        if d.kind in HOSTED_KINDS:
            self.choice(place, self.tr("ESXi host"), "host",
                        lambda: devices_of_kind(topo, "esxi-host"),
                        tip=self.tr("The ESXi host this VM runs on"),
                        command=lambda v: commands.set_host(doc, self.subject.id, v))
        if d.kind == "pod":
            self.choice(place, self.tr("Node"), "node", lambda: devices_of_kind(topo, "k8s-node"),
                        optional=False, tip=self.tr("The Kubernetes node the pod runs on"),
                        command=lambda v: commands.set_node(doc, self.subject.id, v))
        if d.kind in _DNS_KINDS:
            self.choice(place, self.tr("DNS server"), "dns", lambda: devices_of_kind(topo, "dns"),
                        tip=self.tr("The resolver it asks for names"))
        if d.kind in ("esxi-host", "k8s-node"):
            self._runs = QLabel()
            self._runs.setWordWrap(True)
            self._runs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            place.addRow(self.tr("Runs") if d.kind == "esxi-host" else self.tr("Pods"), self._runs)
            self._show_runs()
        if place.rowCount() == 0:
            place.parentWidget().hide()
        getattr(self, f"_{d.kind.replace('-', '_')}", lambda: None)()
        if d.kind != "pod":
            self.table(self.tr("Interfaces"), "interfaces", interface_columns(subject),
                       self.tr("interfaces"))
            self.table(self.tr("Routes"), "routes", route_columns(subject), self.tr("routes"))
        self.notes()
        if d.kind == "k8s-node" and topo.cluster(d.cluster or "") is not None:
            cluster = ClusterForm(Subject(doc, "cluster", topo.cluster(d.cluster)), compact=True)
            cluster.body.setContentsMargins(0, 0, 0, 0)
            self.body.addWidget(cluster)
            self.children_forms.append(cluster)
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        if self.subject.obj.kind in ("esxi-host", "k8s-node"):
            self._show_runs()

    def _show_runs(self) -> None:
        """What runs here: the VMs on a host, the pods on a node (drag them on the canvas)."""
        d = self.subject.obj
        attr = "host" if d.kind == "esxi-host" else "node"
        ids = [x.id for x in self.topology.devices if getattr(x, attr) == d.id]
        self._runs.setText(", ".join(ids) if ids else self.tr("nothing yet"))

    def signature(self) -> tuple[Any, ...]:
        d = self.subject.obj
        return ("device", d.kind, d.cluster if d.kind == "k8s-node" else None)

    # -- one method per kind with keys of its own ---------------------------------------
    def _dns(self) -> None:
        self.table(self.tr("DNS records"), "records", record_columns(), self.tr("records"),
                   mapping=True)

    def _router(self) -> None:
        form = self.section(self.tr("Routing"))
        self.line(form, self.tr("Announces"), "announce", checks.cidr_list, parse=_split,
                  placeholder="198.51.100.0/24, …",
                  tip=self.tr("Prefixes it announces into the internet cloud, comma separated"))

    def _esg(self) -> None:
        self.table(self.tr("NAT rules"), "nat", nat_columns(self.subject), self.tr("NAT rules"))
        form = self.section(self.tr("Firewall"))
        self.choice(form, self.tr("Default action"), "firewall.default",
                    self.words(("allow", "deny")), none_label="(allow)",  # i18n: keep
                    tip=self.tr("What happens to a packet no rule matches"))
        self.table(self.tr("Firewall rules"), "firewall.rules", firewall_columns(self.subject),
                   self.tr("firewall rules"))

    def _k8s_node(self) -> None:
        topo = self.topology
        form = self.section(self.tr("Kubernetes"))
        self.choice(form, self.tr("Cluster"), "cluster", lambda: ids_of(topo.kubernetes))
        self.choice(form, self.tr("Role"), "role", self.words(NODE_ROLES))
        self.line(form, "Pod CIDR", "pod_cidr", checks.cidr, placeholder="10.1.2.0/24",
                  tip=self.tr("The block of pod addresses Calico gives this node"))
        self.line(form, "VIPs", "vips", checks.ip_list, parse=_split,
                  placeholder=self.tr("none"),
                  tip=self.tr("Extra addresses it holds (proxy VIP, keepalived LB IP), "
                              "comma separated"))

    def _pod(self) -> None:
        form = self.section(self.tr("Pod"))
        self.line(form, "IP", "ip", self._pod_ip_check,
                  placeholder=self.tr("uses the node's address"),
                  tip=self.tr("Inside its node's pod CIDR"))
        self.line(form, self.tr("Labels"), "labels", checks.key_values,
                  parse=checks.parse_key_values, show=checks.format_key_values,
                  placeholder="app=web",
                  tip=self.tr("Matched by service selectors and ingress controllers"))
        self.line(form, self.tr("Ports"), "ports", checks.ports_list, parse=_ports, show=as_text,
                  placeholder="8080", tip=self.tr("Ports the pod listens on, comma separated"))
        self.check(form, "", "host_network", self.tr("Host network (uses the node's addresses)"))

    def _pod_ip_check(self, text: str) -> str | None:
        node = self.topology.device(self.subject.obj.node or "")
        block = node.pod_cidr if node is not None else None
        what = self.tr("{node}'s pod CIDR").format(node=node.id) if node else ""
        return checks.in_cidr(text, block, what)

    def _l2_concentrator(self) -> None:
        topo = self.topology
        form = self.section(self.tr("L2 extension"))
        self.choice(form, self.tr("Bridges"), "bridge", lambda: ids_of(topo.networks),
                    tip=self.tr("The network it stretches to its peer"))
        self.choice(form, self.tr("Peer"), "peer",
                    lambda: [x for x in devices_of_kind(topo, "l2-concentrator")
                             if x[0] != self.subject.id],
                    tip=self.tr("The appliance at the other site"))
        self.choice(form, self.tr("Tunnel"), "tunnel", self.words(TUNNEL_KINDS),
                    none_label="(ipsec)",  # i18n: keep
                    tip=self.tr("ipsec: UDP 4500/ESP; gre-ipsec: ESP/GRE; gre: unencrypted"))
