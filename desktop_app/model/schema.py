"""Field specs for the model's dataclasses, shared by the reader and the writer.

The dataclasses in ``topology`` are the single description of format 1: the reader and
writer derive each YAML key's type from the type hints, so a new optional key needs one
line in ``topology`` and nothing here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from functools import cache

from . import topology as t

# YAML key ↔ attribute where they differ: a flow's "from" (a Python keyword) is its ``source``.
ATTR_FOR_KEY = {"from": "source"}
KEY_FOR_ATTR = {v: k for k, v in ATTR_FOR_KEY.items()}


@dataclass(frozen=True)
class Spec:
    """What a YAML value must be: a scalar, a list or mapping of something, or an object."""

    kind: str  # str, int, bool, float, list, dict, obj
    item: Spec | None = None
    cls: type | None = None


@dataclass(frozen=True)
class FieldSpec:
    key: str
    attr: str
    spec: Spec
    required: bool


def _spec_for(hint: object) -> Spec:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _spec_for(args[0])
    if origin is list:
        return Spec("list", item=_spec_for(typing.get_args(hint)[0]))
    if origin is dict:
        return Spec("dict", item=_spec_for(typing.get_args(hint)[1]))
    if dataclasses.is_dataclass(hint):
        return Spec("obj", cls=hint)  # type: ignore[arg-type]
    return Spec({str: "str", int: "int", bool: "bool", float: "float"}[hint])  # type: ignore[index]


@cache
def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls, vars(t))
    out = []
    for f in dataclasses.fields(cls):
        if f.name == "key_order":
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append(FieldSpec(KEY_FOR_ATTR.get(f.name, f.name), f.name, _spec_for(hints[f.name]), required))
    return tuple(out)


@cache
def field_map(cls: type) -> dict[str, FieldSpec]:
    return {f.key: f for f in fields_of(cls)}


# Keys that only make sense on some device kinds (validation warns or errs on others).
DEVICE_KIND_KEYS: dict[str, frozenset[str]] = {
    "dns": frozenset({"client", "vm", "pod", "dns", "k8s-node"}),
    "records": frozenset({"dns"}),
    "announce": frozenset({"router"}),
    "nat": frozenset({"esg"}),
    "firewall": frozenset({"esg"}),
    "cluster": frozenset({"k8s-node"}),
    "role": frozenset({"k8s-node"}),
    "pod_cidr": frozenset({"k8s-node"}),
    "vips": frozenset({"k8s-node"}),
    "node": frozenset({"pod"}),
    "ip": frozenset({"pod"}),
    "labels": frozenset({"pod"}),
    "ports": frozenset({"pod", "client", "vm", "dns", "router", "esg", "k8s-node"}),
    "host_network": frozenset({"pod"}),
    "bridge": frozenset({"l2-concentrator"}),
    "peer": frozenset({"l2-concentrator"}),
    "tunnel": frozenset({"l2-concentrator"}),
    "host": frozenset(t.HOSTED_KINDS),
}
