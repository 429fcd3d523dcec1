"""Which Kubernetes objects a dump holds: lists unpacked, each kind checked against what we read.

``kubectl get … -o yaml`` wraps objects in a ``v1`` ``List``; ``calicoctl get ippool -o
yaml`` in an ``IPPoolList``; either may also print bare objects, one per document.
"""

from __future__ import annotations

from typing import Any

from desktop_app.model.messages import phrase

from . import messages as K
from .parse import DumpError, KubeObject, found

# kind → the apiVersions it is read from
READ_KINDS: dict[str, tuple[str, ...]] = {
    "Node": ("v1",),
    "Pod": ("v1",),
    "Service": ("v1",),
    "Ingress": ("networking.k8s.io/v1",),
    "EndpointSlice": ("discovery.k8s.io/v1",),
    "IPPool": ("projectcalico.org/v3", "crd.projectcalico.org/v1"),
}
LIST_KINDS = ("List", "IPPoolList", "NodeList", "PodList", "ServiceList", "IngressList",
              "EndpointSliceList")


def objects_of(file: str, documents: list[Any]) -> list[KubeObject]:
    """Every object of a dump's documents, in order; ``DumpError`` for anything else."""
    out: list[KubeObject] = []
    for number, document in enumerate(documents, start=1):
        if document is None:
            continue  # an empty document between two ---
        top = _object(file, number, "", document)
        if top.kind in LIST_KINDS:
            items = top.get(("items",), list)
            for i, item in enumerate(items or []):
                out.append(_checked(_object(file, number, f"items[{i}]", item)))
        else:
            out.append(_checked(top))
    if not out:
        raise DumpError(file, phrase(K.EMPTY_DUMP))
    return out


def _object(file: str, document: int, path: str, data: Any) -> KubeObject:
    if not isinstance(data, dict):
        raise DumpError(file, phrase(K.NOT_AN_OBJECT, found=found(data)), document, path)
    obj = KubeObject(file, document, path, "", "", data)
    if not path and "kind" not in data and isinstance(data.get("items"), list):
        raise DumpError(file, phrase(K.CUT_SHORT), document, "items")
    obj.kind = obj.get(("kind",), str, required=True)
    obj.api_version = obj.get(("apiVersion",), str, required=True)
    return obj


def _checked(obj: KubeObject) -> KubeObject:
    versions = READ_KINDS.get(obj.kind)
    if versions is None or obj.api_version not in versions:
        raise obj.error(("kind",), phrase(K.UNSUPPORTED_KIND, kind=obj.kind,
                                          api_version=obj.api_version))
    obj.get(("metadata", "name"), str, required=True)
    return obj
