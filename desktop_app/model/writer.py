"""Model → YAML text, and the atomic save (``atomic_file`` does the writing).

Keys come out in the order they were read (``key_order``), then any keys set since in the
model's field order; lists keep their order. Short lists of scalars (coordinates, VIPs) are
written in flow style so that diffs stay one line per object.
"""

from __future__ import annotations

import math
import os
from typing import Any

import yaml

from .atomic_file import FileStamp, write_atomic
from .schema import Spec, fields_of
from .topology import Topology

try:
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper


class _Dumper(_BaseDumper):
    pass


def _represent_list(dumper: yaml.BaseDumper, data: list[Any]) -> yaml.Node:
    flow = len(data) <= 8 and all(isinstance(x, (int, float, str)) and not isinstance(x, bool) for x in data)
    flow = flow and sum(len(str(_as_written(x))) for x in data) < 60
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _as_written(value: Any) -> Any:
    """3.0 as 3, like _represent_float: a float that loads back as an int must measure the
    same (and so get the same one-line or block style) on the next save."""
    if isinstance(value, list):
        return [_as_written(x) for x in value]
    if isinstance(value, float) and math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


def _represent_str(dumper: yaml.BaseDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_float(dumper: yaml.BaseDumper, data: float) -> yaml.Node:
    # Whole numbers as integers (coordinates read better); others exactly, so that saving
    # never changes a value: load → save → load must give the same model. The editor rounds
    # the positions it stores.
    if math.isfinite(data) and data == int(data) and abs(data) < 1e15:
        return dumper.represent_int(int(data))
    return dumper.represent_float(data)


class _FlowMap(dict[str, Any]):
    """A small mapping of scalars, written on one line (`{name: eth0, network: icp-ls}`)."""


def _represent_flow_map(dumper: yaml.BaseDumper, data: dict[str, Any]) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_Dumper.add_representer(_FlowMap, _represent_flow_map)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(float, _represent_float)


def to_document(obj: Any) -> Any:
    """The plain-data form of a model object (dicts, lists, scalars) in write order."""
    return _plain(obj, None)


def _plain(value: Any, spec: Spec | None) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        # Annotated because mypy takes type[Any] for unhashable as a cache key.
        cls: type = type(value)
        specs = {f.key: f for f in fields_of(cls)}
        out: dict[str, Any] = {}
        keys = [k for k in getattr(value, "key_order", []) if k in specs]
        keys += [k for k in specs if k not in keys]
        for key in keys:
            fs = specs[key]
            v = getattr(value, fs.attr)
            if v is None or (not fs.required and (v == [] or v == {}) and key not in value.key_order):
                continue
            out[key] = _plain(v, fs.spec)
        return out
    if isinstance(value, list):
        return [_flow_if_small(_plain(v, None)) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, None) for k, v in value.items()}
    return value


def _flow_if_small(item: Any) -> Any:
    if not isinstance(item, dict) or len(item) > 6:
        return item
    width = 0
    for k, v in item.items():
        if isinstance(v, dict) or (isinstance(v, str) and ("\n" in v or len(v) > 40)):
            return item
        if isinstance(v, list) and not all(isinstance(x, (str, int, float)) for x in v):
            return item
        width += len(k) + len(str(_as_written(v))) + 4
    return _FlowMap(item) if width <= 90 else item


def dumps(topology: Topology) -> str:
    return yaml.dump(
        to_document(topology),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def save(topology: Topology, path: str | os.PathLike[str], *,
         replace_read_only: bool = False) -> FileStamp:
    """Write atomically (see ``atomic_file``): a crash leaves the old file or the new one.

    A symbolic link is followed to the real file; a read-only file is refused with
    ``ReadOnlyFileError`` unless ``replace_read_only``. Returns the written file's stamp.
    """
    return write_atomic(path, dumps(topology).encode("utf-8"),
                        replace_read_only=replace_read_only)
