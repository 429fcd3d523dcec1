"""A Kubernetes cluster: address ranges, Calico, and its services and ingresses as tables."""

from __future__ import annotations

from typing import Any

from desktop_app.model.topology import Cluster

from . import checks
from .bound import Subject
from .columns import (
    ingress_columns,
    ingress_rule_columns,
    service_columns,
    service_port_columns,
)
from .forms import Form
from .rows import RowsTable

_TRI_STATE = [(True, "true"), (False, "false")]


class ClusterForm(Form):
    def __init__(self, subject: Subject, compact: bool = False):
        super().__init__(subject)
        cluster: Cluster = subject.obj
        if not compact:
            self.heading(self.tr("Cluster {id}").format(id=cluster.id), cluster.display_label)
            self.identity("cluster")
        net = self.section(self.tr("Cluster {id} networking").format(id=cluster.id) if compact
                           else self.tr("Networking"))
        self.line(net, "Pod CIDR", "pod_cidr", checks.cidr, placeholder="10.1.0.0/16")
        self.line(net, "Service CIDR", "service_cidr", checks.cidr, placeholder="10.0.0.0/24")
        self.choice(net, self.tr("Calico encapsulation"), "calico.encapsulation",
                    self.words(("ipip", "vxlan", "none")), none_label="(ipip)")  # i18n: keep
        self.choice(net, self.tr("IP-in-IP mode"), "calico.ipip_mode",
                    self.words(("always", "cross-subnet")), none_label="(always)")  # i18n: keep
        self.choice(net, self.tr("NAT outgoing"), "calico.nat_outgoing", lambda: _TRI_STATE,
                    none_label="(true)",  # i18n: keep
                    tip=self.tr("Masquerade pod traffic leaving the pod network"))
        self.services = self.table(self.tr("Services"), "services", service_columns(subject),
                                   self.tr("services"))
        self.ports = self._child_table(self.services, "services", self.tr("Ports of the service"),
                                       "ports", service_port_columns())
        self.ingresses = self.table(self.tr("Ingresses"), "ingresses", ingress_columns(subject),
                                    self.tr("ingresses"))
        self.rules = self._child_table(self.ingresses, "ingresses",
                                       self.tr("Rules of the ingress"), "rules",
                                       ingress_rule_columns(subject))
        if not compact:
            self.notes()
            self.finish()

    def _child_table(self, parent: RowsTable, list_path: str, title: str, child: str,
                     columns: list[Any]) -> RowsTable:
        """A table of the rows inside the parent table's current row (a service's ports)."""
        words = {  # (what the rows are, the title while one is shown, while none is)
            "ports": (self.tr("ports"), self.tr("Ports of service {name}"),
                      self.tr("Ports (select a service above)")),
            "rules": (self.tr("rules"), self.tr("Rules of ingress {name}"),
                      self.tr("Rules (select an ingress above)")),
        }
        what, shown, none = words[child]
        table = self.table(title, f"{list_path}[0].{child}", columns, what)
        box = table.parentWidget()

        def follow(row: int) -> None:
            items = getattr(self.subject.obj, list_path)
            if 0 <= row < len(items):
                table.model.set_list_path(f"{list_path}[{row}].{child}")
                box.setTitle(shown.format(name=items[row].name))
                table.setEnabled(True)
            else:
                table.model.set_list_path(f"{list_path}[{len(items)}].{child}")
                box.setTitle(none)
                table.setEnabled(False)
            table.reload()

        parent.current_row_changed.connect(follow)
        if getattr(self.subject.obj, list_path):
            parent.view.selectRow(0)
        follow(parent.current_row())
        return table

    def signature(self) -> tuple[Any, ...]:
        return ("cluster",)
