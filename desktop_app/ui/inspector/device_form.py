"""A device: identity, placement, its kind's own keys, and its interfaces and routes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.model import topology as t
from desktop_app.ui import commands

from . import checks
from .bound import Subject, as_text, devices_of_kind, ids_of
from .cluster_form import ClusterForm
from .columns import firewall_columns, interface_columns, nat_columns, record_columns, route_columns
from .forms import Form

KIND_NAMES = {
    "client": "Client", "dns": "DNS server", "router": "Router", "esxi-host": "ESXi host",
    "vm": "Virtual machine", "esg": "NSX Edge Services Gateway", "dlr": "NSX distributed router",
    "k8s-node": "Kubernetes node", "pod": "Pod", "l2-concentrator": "L2 concentrator",
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
        d: t.Device = subject.obj
        doc, topo = subject.doc, subject.doc.topology
        self.heading(f"{KIND_NAMES.get(d.kind, d.kind)} {d.id}", d.display_label)
        form = self.identity("device")
        self.choice(form, "Zone", "zone", self.zone_choices())
        place = self.section("Placement")
        if d.kind in t.HOSTED_KINDS:
            self.choice(place, "ESXi host", "host", lambda: devices_of_kind(topo, "esxi-host"),
                        tip="The ESXi host this VM runs on",
                        command=lambda v: commands.set_host(doc, self.subject.id, v))
        if d.kind == "pod":
            self.choice(place, "Node", "node", lambda: devices_of_kind(topo, "k8s-node"),
                        optional=False, tip="The Kubernetes node the pod runs on",
                        command=lambda v: commands.set_node(doc, self.subject.id, v))
        if d.kind in _DNS_KINDS:
            self.choice(place, "DNS server", "dns", lambda: devices_of_kind(topo, "dns"),
                        tip="The resolver it asks for names")
        if d.kind in ("esxi-host", "k8s-node"):
            self._runs = QLabel()
            self._runs.setWordWrap(True)
            self._runs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            place.addRow("Runs" if d.kind == "esxi-host" else "Pods", self._runs)
            self._show_runs()
        if place.rowCount() == 0:
            place.parentWidget().hide()
        getattr(self, f"_{d.kind.replace('-', '_')}", lambda: None)()
        if d.kind != "pod":
            self.table("Interfaces", "interfaces", interface_columns(subject), "interfaces")
            self.table("Routes", "routes", route_columns(subject), "routes")
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
        self._runs.setText(", ".join(ids) if ids else "nothing yet")

    def signature(self) -> tuple[Any, ...]:
        d = self.subject.obj
        return ("device", d.kind, d.cluster if d.kind == "k8s-node" else None)

    # -- one method per kind with keys of its own ---------------------------------------
    def _dns(self) -> None:
        self.table("DNS records", "records", record_columns(), "records", mapping=True)

    def _router(self) -> None:
        form = self.section("Routing")
        self.line(form, "Announces", "announce", checks.cidr_list, parse=_split,
                  placeholder="198.51.100.0/24, …",
                  tip="Prefixes it announces into the internet cloud, comma separated")

    def _esg(self) -> None:
        self.table("NAT rules", "nat", nat_columns(self.subject), "NAT rules")
        form = self.section("Firewall")
        self.choice(form, "Default action", "firewall.default", self.words(("allow", "deny")),
                    none_label="(allow)", tip="What happens to a packet no rule matches")
        self.table("Firewall rules", "firewall.rules", firewall_columns(self.subject),
                   "firewall rules")

    def _k8s_node(self) -> None:
        topo = self.topology
        form = self.section("Kubernetes")
        self.choice(form, "Cluster", "cluster", lambda: ids_of(topo.kubernetes))
        self.choice(form, "Role", "role", self.words(t.NODE_ROLES))
        self.line(form, "Pod CIDR", "pod_cidr", checks.cidr, placeholder="10.1.2.0/24",
                  tip="The block of pod addresses Calico gives this node")
        self.line(form, "VIPs", "vips", checks.ip_list, parse=_split, placeholder="none",
                  tip="Extra addresses it holds (proxy VIP, keepalived LB IP), comma separated")

    def _pod(self) -> None:
        form = self.section("Pod")
        self.line(form, "IP", "ip", self._pod_ip_check, placeholder="uses the node's address",
                  tip="Inside its node's pod CIDR")
        self.line(form, "Labels", "labels", checks.key_values, parse=checks.parse_key_values,
                  show=checks.format_key_values, placeholder="app=web",
                  tip="Matched by service selectors and ingress controllers")
        self.line(form, "Ports", "ports", checks.ports_list, parse=_ports, show=as_text,
                  placeholder="8080", tip="Ports the pod listens on, comma separated")
        self.check(form, "", "host_network", "Host network (uses the node's addresses)")

    def _pod_ip_check(self, text: str) -> str | None:
        node = self.topology.device(self.subject.obj.node or "")
        block = node.pod_cidr if node is not None else None
        return checks.in_cidr(text, block, f"{node.id}'s pod CIDR" if node else "")

    def _l2_concentrator(self) -> None:
        topo = self.topology
        form = self.section("L2 extension")
        self.choice(form, "Bridges", "bridge", lambda: ids_of(topo.networks),
                    tip="The network it stretches to its peer")
        self.choice(form, "Peer", "peer",
                    lambda: [x for x in devices_of_kind(topo, "l2-concentrator")
                             if x[0] != self.subject.id],
                    tip="The appliance at the other site")
        self.choice(form, "Tunnel", "tunnel", self.words(t.TUNNEL_KINDS), none_label="(ipsec)",
                    tip="ipsec: UDP 4500/ESP; gre-ipsec: ESP/GRE; gre: unencrypted")
