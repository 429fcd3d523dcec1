"""Finding model objects by id and every place that refers to them (no Qt).

A target is written as a bare id for zones, networks and devices (unique among them),
or as ``cluster:<id>`` / ``flow:<id>`` for clusters and flows, whose ids live in their
own namespaces (the sample has both a zone and a cluster called ``icp``). A bare id that
names no zone, network or device falls back to a cluster, then a flow. The empty string
is the topology itself (name, description, settings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.model import messages as model_messages
from desktop_app.model.topology import Topology

from . import messages
from .refusal import EditRefused

TOPOLOGY = ""
KINDS = ("zone", "network", "device", "cluster", "flow")


@dataclass(frozen=True)
class Target:
    kind: str  # topology, zone, network, device, cluster, flow
    id: str
    obj: Any

    @property
    def key(self) -> str:
        """The target string that names this object again."""
        return f"{self.kind}:{self.id}" if self.kind in ("cluster", "flow") else self.id


def find(topology: Topology, target: str) -> Target:
    """Resolve a target string; raises ValueError with a sentence when nothing has that id."""
    if target == TOPOLOGY:
        return Target("topology", TOPOLOGY, topology)
    kind, sep, ident = target.partition(":")
    if sep and kind in KINDS:
        obj = _lookup(topology, kind, ident)
        if obj is None:
            raise EditRefused(messages.NO_SUCH_OBJECT, kind=model_messages.Kind(kind), id=ident)
        return Target(kind, ident, obj)
    for kind in KINDS:
        obj = _lookup(topology, kind, target)
        if obj is not None:
            return Target(kind, target, obj)
    raise EditRefused(messages.NO_SUCH_ID, id=target)


def _lookup(topology: Topology, kind: str, ident: str) -> Any:
    return {
        "zone": topology.zone, "network": topology.network, "device": topology.device,
        "cluster": topology.cluster, "flow": topology.flow,
    }[kind](ident)


def references(topology: Topology, kind: str, ident: str) -> list[tuple[Any, str]]:
    """Every (object, attribute) whose value is a reference to this zone/network/device/cluster."""
    out: list[tuple[Any, str]] = []

    def check(obj: Any, *attrs: str) -> None:
        out.extend((obj, a) for a in attrs if getattr(obj, a) == ident)

    if kind == "zone":
        for z in topology.zones:
            check(z, "parent")
        for n in topology.networks:
            check(n, "zone")
        for d in topology.devices:
            check(d, "zone")
    elif kind == "network":
        for d in topology.devices:
            for itf in d.interfaces:
                check(itf, "network")
            check(d, "bridge")
    elif kind == "device":
        for d in topology.devices:
            check(d, "host", "node", "peer", "dns")
        for f in topology.flows:
            check(f, "source", "to", "endpoint")
    elif kind == "cluster":
        for d in topology.devices:
            check(d, "cluster")
    return out

