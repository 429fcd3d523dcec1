"""What the mappers share while planning one import: the topology, the cluster, the changes.

Planning never edits the model: it records ``changes`` against the model's own objects and
keeps its own maps of what will exist (new nodes, imported pods) for later mappers to see.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any

from desktop_app.model.messages import Phrase
from desktop_app.model.topology import Cluster, Device, Network, Topology

from .changes import Append, Assign, Change
from .report import Report

IPv4 = ipaddress.IPv4Address
Net = ipaddress.IPv4Network


@dataclass
class PodPlan:
    """A pod as the dump has it, before it becomes a device."""

    id: str
    name: str
    namespace: str
    node: str  # device id
    ip: str | None
    host_network: bool
    labels: dict[str, str]
    ports: list[int]
    named_ports: dict[str, int]
    dns: str | None
    ingress_classes: set[str]


@dataclass
class ImportContext:
    topology: Topology
    cluster: Cluster
    report: Report
    changes: list[Change] = field(default_factory=list)
    devices: dict[str, Device] = field(default_factory=dict)
    networks: list[tuple[Net, Network]] = field(default_factory=list)
    node_ids: dict[str, str] = field(default_factory=dict)  # Kubernetes node name → device id
    new_devices: dict[str, Device] = field(default_factory=dict)
    pods: list[PodPlan] = field(default_factory=list)
    # qualified service name → {port name: port} as the dump names them (for ingresses)
    service_port_names: dict[str, dict[str, int]] = field(default_factory=dict)
    imported: dict[str, set[str]] = field(default_factory=dict)  # kind → ids/names seen
    _by_label: dict[tuple[str, str], list[PodPlan]] | None = None

    @classmethod
    def for_cluster(cls, topology: Topology, cluster: Cluster, report: Report) -> ImportContext:
        ctx = cls(topology, cluster, report)
        ctx.devices = {d.id: d for d in topology.devices}
        for net in topology.networks:
            if net.cidr and net.kind != "internet":
                try:
                    ctx.networks.append((ipaddress.IPv4Network(net.cidr, strict=False), net))
                except ValueError:
                    continue
        ctx.networks.sort(key=lambda pair: -pair[0].prefixlen)  # longest prefix first
        return ctx

    def network_for(self, address: IPv4) -> tuple[Net, Network] | None:
        return next(((n, net) for n, net in self.networks if address in n), None)

    def device(self, ident: str) -> Device | None:
        return self.new_devices.get(ident) or self.devices.get(ident)

    def selected(self, selector: dict[str, str], namespace: str | None = None) -> list[PodPlan]:
        """The read pods a selector picks (in one namespace, or in all with None)."""
        if not selector:
            return []
        if self._by_label is None:
            self._by_label = {}
            for pod in self.pods:
                for item in pod.labels.items():
                    self._by_label.setdefault(item, []).append(pod)
        first = next(iter(selector.items()))
        return [p for p in self._by_label.get(first, [])
                if (namespace is None or p.namespace == namespace)
                and all(p.labels.get(k) == v for k, v in selector.items())]

    def update(self, obj: Any, attr: str, new: Any, what: Phrase, shown: str | None = None) -> None:
        """Record ``obj.attr = new`` (and a report line) when it differs from what is there."""
        old = getattr(obj, attr)
        if _same(old, new):
            return
        self.changes.append(Assign(obj, attr, new))
        self.report.changed(what, shown or attr, old, new)

    def add(self, items: list[Any], item: Any, what: Phrase) -> None:
        self.changes.append(Append(items, item))
        self.report.added(what)


def _same(old: Any, new: Any) -> bool:
    # Dataclass equality leaves out the key order; None and False stay different (a
    # cluster's nat_outgoing left out means true).
    return type(old) is type(new) and bool(old == new)
