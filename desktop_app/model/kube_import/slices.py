"""EndpointSlices: read to check the import, not mapped.

In a topology a service's endpoints follow from its selector and the pods' labels, as
kube-proxy's do from the slices the endpoint controller writes. A slice listing an address
that no imported pod the service selects has (a pod left out, or endpoints kept by hand) is
worth a note: the trace would pick among fewer pods than the cluster does.
"""

from __future__ import annotations

from desktop_app.model.messages import phrase

from . import messages as K
from .context import ImportContext
from .parse import KubeObject
from .pods import qualified
from .services import ServicePlan

SERVICE_NAME_LABEL = "kubernetes.io/service-name"


def check_slices(ctx: ImportContext, slices: list[KubeObject], services: list[ServicePlan]) -> None:
    listed: dict[str, set[str]] = {}
    for obj in slices:
        labels = obj.get(("metadata", "labels"), dict) or {}
        service = labels.get(SERVICE_NAME_LABEL)
        if not isinstance(service, str):
            continue
        addresses = listed.setdefault(qualified(obj.namespace, service), set())
        for e, _ in enumerate(obj.get(("endpoints",), list) or []):
            for address in (obj.get(("endpoints", e, "addresses"), list) or []):
                if isinstance(address, str):
                    addresses.add(address)
    if not slices:
        return
    for plan in services:
        wanted = listed.get(plan.service.name)
        if not wanted:
            continue
        have = {pod.ip if pod.ip is not None else _node_ip(ctx, pod.node)
                for pod in ctx.selected(plan.service.selector, plan.namespace)}
        missing = sorted(wanted - have)
        if missing:
            ctx.report.note(phrase(K.SERVICE, name=plan.service.name),
                            phrase(K.SLICE_MISMATCH, addresses=", ".join(missing[:5])))
    for obj in slices:
        ctx.report.ignored(K.ENDPOINT_SLICES, K.SLICES_READ, qualified(obj.namespace, obj.name))


def _node_ip(ctx: ImportContext, node: str) -> str | None:
    device = ctx.device(node)
    if device is None:
        return None
    return next((i.ip.split("/")[0] for i in device.interfaces if i.ip), None)
