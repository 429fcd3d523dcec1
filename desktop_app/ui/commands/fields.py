"""Inspector edits: set one field by path, and add, remove or move rows of a list field.

Field paths name a value inside a target (see ``references`` for targets) with the file
format's own keys::

    path  := step ("." step)*
    step  := key ("[" index "]")*
    index := a row number from 0 (lists) | "quoted key" (mappings such as records, labels)

Examples: ``label``, ``interfaces[1].ip``, ``nat[0].translate.ip``,
``firewall.rules[2].action``, ``records["web.example.com"]`` on a device;
``services[0].ports[0].node_port`` on ``cluster:icp``; ``settings.vxlan_port`` on the
topology (target ``""``). Missing intermediate objects (an ESG without ``firewall``) are
created by the same undo step. ``set_field`` stores anything of the right type, so a file
with problems stays editable; the inspector refuses semantically wrong input before it
gets here, and the problems dock reports the rest.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.model.editing import addressing
from desktop_app.model.editing.references import Target, find
from desktop_app.model.schema import ATTR_FOR_KEY, Spec, field_map
from desktop_app.model.topology import (
    FirewallRule,
    Flow,
    Ingress,
    IngressRule,
    Interface,
    NatRule,
    Route,
    Service,
    ServicePort,
    Topology,
    Zone,
)
from desktop_app.ui.document import Document

from .base import ListInsert, ListMove, ListRemove, Macro, MappingReplace, SetAttr
from .structure import rename

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

_STEP = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["([^"]*)"\]|\[\'([^\']*)\'\]')


def parse_path(path: str) -> list[str | int]:
    """``nat[0].translate.ip`` → ``["nat", 0, "translate", "ip"]``; ValueError when malformed."""
    parts: list[str | int] = []
    pos = 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None or (m.group(0).startswith(".") and not parts):
            raise ValueError(f"'{path}' is not a field path (at character {pos + 1})")
        key, index, dq, sq = m.groups()
        if key is not None:
            parts.append(key)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(dq if dq is not None else sq)
        pos = m.end()
    if not parts:
        raise ValueError("the field path is empty")
    return parts


@dataclasses.dataclass
class _Slot:
    """Where a value lives: a dataclass attribute, a list row or a mapping key."""

    container: Any
    key: str | int
    spec: Spec | None
    required: bool = False

    def get(self) -> Any:
        c = self.container
        if dataclasses.is_dataclass(c):
            return getattr(c, self.key)  # type: ignore[arg-type]
        if isinstance(c, list):
            return c[self.key]  # type: ignore[index]
        return c.get(self.key)


def _step(m: Macro, doc: Document, obj: Any, spec: Spec | None, part: str | int,
          path: str, create: bool) -> _Slot:
    if dataclasses.is_dataclass(obj):
        fields = field_map(type(obj))
        if not isinstance(part, str) or part not in fields:
            known = ", ".join(fields)
            raise ValueError(f"{type(obj).__name__.lower()} has no field '{part}' "
                             f"(in '{path}'); fields: {known}")
        fs = fields[part]
        return _Slot(obj, ATTR_FOR_KEY.get(part, part), fs.spec, fs.required)
    if isinstance(obj, list):
        if not isinstance(part, int) or not 0 <= part < len(obj):
            raise ValueError(f"there is no row {part} in '{path}'")
        return _Slot(obj, part, spec.item if spec else None)
    if isinstance(obj, dict):
        return _Slot(obj, str(part), spec.item if spec else None)
    raise ValueError(f"'{path}' goes inside a value that has no fields")


def _walk(m: Macro, doc: Document, target: Target, parts: list[str | int], path: str,
          create: bool) -> _Slot:
    """The slot the path names; creates missing objects on the way when ``create``."""
    obj: Any = target.obj
    spec: Spec | None = None
    slot: _Slot | None = None
    for i, part in enumerate(parts):
        slot = _step(m, doc, obj, spec, part, path, create)
        if i == len(parts) - 1:
            break
        value = slot.get()
        if value is None and create and slot.spec is not None and slot.spec.kind == "obj":
            value = slot.spec.cls()  # type: ignore[misc]
            m.add(SetAttr(doc, slot.container, slot.key, value, set()))  # type: ignore[arg-type]
        elif value is None and create and slot.spec is not None and slot.spec.kind == "list":
            value = []
            m.add(SetAttr(doc, slot.container, slot.key, value, set()))  # type: ignore[arg-type]
        if value is None:
            raise ValueError(f"'{path}' goes through '{part}', which is not set")
        obj, spec = value, slot.spec
    assert slot is not None
    return slot


def coerce(value: Any, spec: Spec | None, required: bool, what: str) -> Any:
    """Convert text from an editor to the field's type; ValueError with a sentence if it can't."""
    if isinstance(value, str) and spec is not None and spec.kind != "str":
        value = value.strip()
    if value is None or value == "":
        if required:
            raise ValueError(translate("commands", "{what} cannot be empty").format(what=what))
        return None  # an emptied optional field is left out of the file
    if spec is None:
        return value
    kind = spec.kind
    if kind == "int":
        if isinstance(value, bool):
            raise ValueError(translate("commands", "{what} must be a whole number").format(
                what=what))
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(translate(
                "commands", "{what} must be a whole number, not '{value}'").format(
                what=what, value=value)) from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        if text in ("true", "yes", "on", "1"):
            return True
        if text in ("false", "no", "off", "0"):
            return False
        raise ValueError(translate(
            "commands", "{what} must be true or false, not '{value}'").format(
            what=what, value=value))
    if kind == "str":
        return str(value)
    if kind == "float":
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValueError(translate("commands", "{what} must be a number, not '{value}'").format(
                what=what, value=value)) from None
    if kind == "list" and isinstance(value, str):
        items = [x.strip() for x in value.split(",") if x.strip()]
        return [coerce(x, spec.item, True, what) for x in items]
    if kind == "list" and isinstance(value, list):
        return [coerce(x, spec.item, True, what) for x in value]
    if kind == "dict" and isinstance(value, dict):
        return {str(k): coerce(v, spec.item, True, what) for k, v in value.items()}
    if kind == "obj" and isinstance(value, spec.cls):  # type: ignore[arg-type]
        return value
    raise ValueError(f"{what} cannot take {type(value).__name__} values")


def _ref_ids(topo: Topology, *values: Any) -> set[str]:
    drawn = set(topo.all_ids())
    return {v for v in values if isinstance(v, str) and v in drawn}


def set_field(doc: Document, target: str, path: str, value: Any) -> QUndoCommand:
    """Set the value at ``path`` inside ``target`` (one undo step); ``id`` renames."""
    topo = doc.topology
    tgt = find(topo, target)
    parts = parse_path(path)
    if parts == ["id"] and tgt.kind != "topology":
        return rename(doc, tgt.key, str(value).strip())
    last = parts[-1]
    text = translate("commands", "Set {path} of {id}").format(path=path, id=tgt.id) if tgt.id \
        else translate("commands", "Set {path} of the topology").format(path=path)
    with Macro(doc, text) as m:
        slot = _walk(m, doc, tgt, parts, path, create=True)
        new = coerce(value, slot.spec, slot.required, f"{last}")
        old = slot.get()
        if new == old:
            return m
        ids = ({tgt.id} if tgt.kind != "topology" else {""}) | _ref_ids(topo, old, new)
        container = slot.container
        if isinstance(container, list):
            m.add(ListRemove(doc, container, slot.key, ids))  # type: ignore[arg-type]
            m.add(ListInsert(doc, container, slot.key, new, ids))  # type: ignore[arg-type]
        elif isinstance(container, dict):
            mapping = dict(container)
            if new is None:
                mapping.pop(slot.key, None)  # type: ignore[call-overload]
            else:
                mapping[slot.key] = new
            m.add(MappingReplace(doc, container, mapping, ids))
        else:
            m.add(SetAttr(doc, container, slot.key, new, ids))  # type: ignore[arg-type]
        _follow_name(m, doc, tgt, parts, old, new)
        _follow_network(m, doc, tgt, parts, new)
    return m


def _follow_network(m: Macro, doc: Document, tgt: Target, parts: list[str | int],
                    new: Any) -> None:
    """An interface moved to another network takes a free address (and gateway) there."""
    if not (tgt.kind == "device" and len(parts) == 3 and parts[0] == "interfaces"
            and parts[2] == "network" and isinstance(parts[1], int)):
        return
    network = doc.topology.network(new or "")
    itf = tgt.obj.interfaces[parts[1]]
    if network is None or not itf.ip or addressing.address_in(itf.ip, addressing.subnet_text(network)):
        return
    try:
        fresh = addressing.next_free_address(doc.topology, network)
    except ValueError:
        return  # a full network: the problems dock will point at the stale address
    m.add(SetAttr(doc, itf, "ip", fresh, set()))
    if itf.gateway:
        m.add(SetAttr(doc, itf, "gateway", addressing.gateway_for(doc.topology, network), set()))


def _follow_name(m: Macro, doc: Document, tgt: Target, parts: list[str | int],
                 old: Any, new: Any) -> None:
    """Names used as references inside one object follow a rename in the same undo step.

    An ESG's NAT rules name its interfaces; a cluster's ingress rules name its services.
    """
    if not (isinstance(old, str) and isinstance(new, str) and len(parts) == 3
            and parts[2] == "name" and isinstance(parts[1], int)):
        return
    if tgt.kind == "device" and parts[0] == "interfaces":
        old = old or f"eth{parts[1]}"
        for rule in tgt.obj.nat or []:
            if rule.match.interface == old:
                m.add(SetAttr(doc, rule.match, "interface", new, set()))
    elif tgt.kind == "cluster" and parts[0] == "services":
        for ingress in tgt.obj.ingresses:
            for rule in ingress.rules:
                if rule.service == old:
                    m.add(SetAttr(doc, rule, "service", new, set()))


# -- table rows -------------------------------------------------------------------------

def _list_slot(m: Macro, doc: Document, target: str, list_path: str) -> tuple[list[Any], Target, Spec]:
    tgt = find(doc.topology, target)
    slot = _walk(m, doc, tgt, parse_path(list_path), list_path, create=True)
    if slot.spec is None or slot.spec.kind != "list":
        raise ValueError(f"'{list_path}' is not a list")
    items = slot.get()
    if items is None:
        items = []
        m.add(SetAttr(doc, slot.container, slot.key, items, set()))  # type: ignore[arg-type]
    return items, tgt, slot.spec


def default_item(doc: Document, owner: Any, items: list[Any], spec: Spec) -> Any:
    """A sensible new row for a table: the next eth name, a rule name not yet used…"""
    item_spec = spec.item
    assert item_spec is not None
    cls = item_spec.cls
    names = {getattr(x, "name", None) for x in items}

    def fresh(stem: str) -> str:
        n = len(items) + 1
        while f"{stem}-{n}" in names:
            n += 1
        return f"{stem}-{n}"

    if cls is Interface:
        return Interface(name=addressing.next_interface_name(owner))
    if cls is Route:
        return Route(to="0.0.0.0/0", via="0.0.0.0")
    if cls is NatRule:
        return NatRule(name=fresh("nat"), type="dnat")
    if cls is FirewallRule:
        return FirewallRule(name=fresh("rule"), action="allow")
    if cls is Service:
        return Service(name=fresh("service"), type="ClusterIP")
    if cls is ServicePort:
        return ServicePort(port=80)
    if cls is Ingress:
        return Ingress(name=fresh("ingress"))
    if cls is IngressRule:
        return IngressRule(service="", port=80)
    if cls is Zone or cls is Flow or cls is None:
        kind = item_spec.kind
        return {"int": 0, "str": "", "bool": False}.get(kind, "")
    return cls()


def add_list_item(doc: Document, target: str, list_path: str, item: Any = None,
                  index: int | None = None) -> QUndoCommand:
    """Add a row to a list field (a sensible default row when ``item`` is None)."""
    with Macro(doc, translate("commands", "Add a row to {path}").format(path=list_path)) as m:
        items, tgt, spec = _list_slot(m, doc, target, list_path)
        if item is None:
            item = default_item(doc, tgt.obj, items, spec)
        if index is not None and not 0 <= index <= len(items):
            raise ValueError(f"cannot insert at row {index}")
        m.add(ListInsert(doc, items, index, item, {tgt.id}))
    return m


def remove_list_item(doc: Document, target: str, list_path: str, index: int) -> QUndoCommand:
    """Remove one row of a list field."""
    text = translate("commands", "Remove row {row} of {path}").format(row=index + 1,
                                                                      path=list_path)
    with Macro(doc, text) as m:
        items, tgt, _ = _list_slot(m, doc, target, list_path)
        extra = _ref_ids(doc.topology, getattr(items[index], "network", None)) \
            if 0 <= index < len(items) else set()
        m.add(ListRemove(doc, items, index, {tgt.id} | extra))
    return m


def move_list_item(doc: Document, target: str, list_path: str, src: int, dst: int) -> QUndoCommand:
    """Move a row of a list field (rule order matters: first match wins)."""
    with Macro(doc, translate("commands", "Move row {row} of {path} to {to}").format(
            row=src + 1, path=list_path, to=dst + 1)) as m:
        items, tgt, _ = _list_slot(m, doc, target, list_path)
        if src != dst:
            m.add(ListMove(doc, items, src, dst, {tgt.id}))
    return m
