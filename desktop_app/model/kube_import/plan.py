"""Plan an import: read the dumps, map each kind, prune if asked, check the result.

The plan is a list of changes and a report; nothing in the model changes until the caller
applies the plan (the command line, then saves; the desktop app, as one undo step). The
result is validated on the way (applied, checked, reverted), so a plan that would leave
the topology invalid is refused with the first problem instead.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.model.messages import Phrase, phrase
from desktop_app.model.topology import Cluster, Device, Topology
from desktop_app.model.validate import validate

from . import messages as K
from .changes import Change, Forget, Remove, apply_all, revert_all
from .context import ImportContext
from .ingresses import map_ingresses
from .kinds import objects_of
from .nodes import map_nodes
from .parse import DumpError, KubeObject, locate, read_dump
from .placement import place_new_devices
from .pods import map_pods, read_pods
from .pools import map_pools
from .report import Report
from .services import map_services, read_services
from .slices import check_slices


@dataclass
class ImportPlan:
    """What importing the dumps would change, and the report that says so."""

    topology: Topology
    cluster: str
    changes: list[Change]
    report: Report

    @property
    def empty(self) -> bool:
        return not self.changes

    def apply(self) -> None:
        apply_all(self.changes)

    def revert(self) -> None:
        revert_all(self.changes)


def read_objects(paths: Sequence[str | os.PathLike[str]]) -> list[KubeObject]:
    """Every object of the dump files, in order; ``DumpError`` (with its line) when bad."""
    objects: list[KubeObject] = []
    for path in paths:
        name, documents = read_dump(path)
        try:
            objects += objects_of(name, documents)
        except DumpError as exc:
            raise placed(exc) from None
    return objects


def placed(exc: DumpError) -> DumpError:
    """The error with the line and column of its document path, when the file says."""
    if exc.line is not None or exc.document is None:
        return exc
    try:
        with open(exc.file, encoding="utf-8-sig") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError):
        return exc
    where = locate(text, exc.document, exc.path)
    if where is None:
        return exc
    return DumpError(exc.file, exc.said, exc.document, exc.path, *where)


def plan_import(topology: Topology, paths: Sequence[str | os.PathLike[str]],
                cluster: str | None = None, prune: bool = False,
                topology_file: str = "<topology>") -> ImportPlan:
    """Plan importing kubectl/calicoctl dumps into ``topology`` (left unchanged)."""
    return plan_objects(topology, read_objects(paths), cluster, prune, topology_file)


def plan_objects(topology: Topology, objects: list[KubeObject], cluster: str | None = None,
                 prune: bool = False, topology_file: str = "<topology>") -> ImportPlan:
    report = Report()
    target = _cluster(topology, cluster, topology_file)
    ctx = ImportContext.for_cluster(topology, target, report)
    if target not in topology.kubernetes:
        ctx.add(topology.kubernetes, target, phrase(K.CLUSTER, id=target.id))
    kinds: dict[str, list[KubeObject]] = {}
    for obj in objects:
        kinds.setdefault(obj.kind, []).append(obj)
    try:
        map_nodes(ctx, kinds.get("Node", []))
        read_pods(ctx, kinds.get("Pod", []))
        services = read_services(ctx, kinds.get("Service", []))
        map_pods(ctx)
        map_services(ctx, services)
        map_ingresses(ctx, kinds.get("Ingress", []))
        map_pools(ctx, kinds.get("IPPool", []))
        check_slices(ctx, kinds.get("EndpointSlice", []), services)
    except DumpError as exc:
        raise placed(exc) from None
    place_new_devices(ctx)
    if prune:
        _prune(ctx, set(kinds))
    report.read = phrase(K.READ, nodes=len(kinds.get("Node", [])), pods=len(kinds.get("Pod", [])),
                         services=len(kinds.get("Service", [])),
                         ingresses=len(kinds.get("Ingress", [])),
                         slices=len(kinds.get("EndpointSlice", [])),
                         pools=len(kinds.get("IPPool", [])), cluster=target.id)
    report.finish()
    plan = ImportPlan(topology, target.id, ctx.changes, report)
    _check(plan, topology_file)
    return plan


def _cluster(topology: Topology, wanted: str | None, file: str) -> Cluster:
    if wanted is not None:
        return topology.cluster(wanted) or Cluster(id=wanted)
    if len(topology.kubernetes) == 1:
        return topology.kubernetes[0]
    if not topology.kubernetes:
        raise DumpError(file, phrase(K.NO_CLUSTER))
    raise DumpError(file, phrase(K.WHICH_CLUSTER,
                                 clusters=", ".join(c.id for c in topology.kubernetes)))


def _check(plan: ImportPlan, file: str) -> None:
    if plan.empty:
        return
    plan.apply()
    try:
        errors = [p for p in validate(plan.topology) if p.is_error]
    finally:
        plan.revert()
    if errors:
        first = errors[0]
        said = f"{first.path}: {first.message}" if first.path else first.message
        raise DumpError(file, phrase(K.RESULT_INVALID, problem=said))


def _prune(ctx: ImportContext, kinds: set[str]) -> None:
    """Remove what the dump's kinds do not list, keeping what a saved flow uses."""
    topo, cluster, report = ctx.topology, ctx.cluster, ctx.report
    used = {ref for f in topo.flows for ref in (f.source, f.to, f.endpoint) if ref}
    nodes = {d.id for d in topo.devices if d.kind == "k8s-node" and d.cluster == cluster.id}
    kept_pods: set[str] = set()

    def drop_device(device: Device, what: Phrase) -> None:
        ctx.changes.append(Remove(topo.devices, device))
        if device.id in topo.layout:
            ctx.changes.append(Forget(topo.layout, device.id))
        report.removed(what)

    if "Pod" in kinds:
        seen = ctx.imported.get("Pod", set())
        for d in list(topo.devices):
            if d.kind == "pod" and d.node in nodes and d.id not in seen:
                if d.id in used:
                    report.ignored(K.PRUNE_KEPT, K.USED_BY_FLOW, d.id)
                    kept_pods.add(d.node or "")
                else:
                    drop_device(d, phrase(K.POD, id=d.id))
    else:
        kept_pods = {d.node or "" for d in topo.devices if d.kind == "pod"}
    if "Node" in kinds:
        seen_nodes = set(ctx.node_ids.values())
        for d in list(topo.devices):
            if d.id in nodes and d.id not in seen_nodes:
                if d.id in used or d.id in kept_pods:
                    report.ignored(K.PRUNE_KEPT, K.USED_BY_FLOW, d.id)
                else:
                    drop_device(d, phrase(K.NODE, id=d.id))
    if "Service" in kinds:
        names = ctx.imported.get("Service", set())
        for service in list(cluster.services):
            if service.name not in names:
                ctx.changes.append(Remove(cluster.services, service))
                report.removed(phrase(K.SERVICE, name=service.name))
    if "Ingress" in kinds:
        names = ctx.imported.get("Ingress", set())
        for ingress in list(cluster.ingresses):
            if ingress.name not in names:
                ctx.changes.append(Remove(cluster.ingresses, ingress))
                report.removed(phrase(K.INGRESS, name=ingress.name))
