"""Selectors: which devices (or services) a reachability matrix puts on its rows and columns.

A selector is a comma-separated list of terms; it picks the union of what they pick, in the
order written, each once:

    zone:ID        every device in the zone or a zone inside it (a pod counts in its node's zone)
    kind:KIND      every device of that kind (vm, pod, client, k8s-node…)
    label:K=V      every pod whose labels have K=V
    service:NAME   a Kubernetes service, by its address (destinations only); service:* all of them,
                   CLUSTER/NAME where two clusters share a name
    device:ID, ID  one device
    A.B.C.D        an IPv4 address (destinations only), e.g. a NAT address
    selection      what is selected in the window (the desktop app only)

Errors are sentences naming the term and what to write instead (``SelectorError``).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Literal

from .messages import (
    DESTINATION_ROLE,
    SEL_EMPTY_TERM,
    SEL_LABEL_FORM,
    SEL_NAMES_NOTHING,
    SEL_NO_DEVICE,
    SEL_NO_SELECTION,
    SEL_NO_SERVICE,
    SEL_NO_ZONE,
    SEL_PICKS_NOTHING,
    SEL_SERVICE_SOURCE,
    SEL_UNKNOWN_KIND,
    SEL_UNKNOWN_PREFIX,
    SOURCE_ROLE,
    SUGGESTION,
    USE_ONE_OF,
    Phrase,
    phrase,
)
from .problems import closest
from .topology import DEVICE_KINDS, Device, Topology

Role = Literal["source", "destination"]
PREFIXES = ("zone", "kind", "label", "service", "device")


class SelectorError(ValueError):
    """A selector that cannot be read or picks something that does not exist.

    ``str(exc)`` is the English sentence; ``template`` (``messages``, context ``selectors``)
    and ``params`` let a view say it in the reader's language.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: tuple[tuple[str, Any], ...] = tuple(params.items())
        super().__init__(template.format(**params))


def _hint(word: str, choices: Any) -> Phrase | str:
    near = closest(word, choices)
    return phrase(SUGGESTION, near=near) if near is not None else ""


def _one_of(word: str, choices: Any) -> Phrase:
    near = closest(word, choices)
    if near is not None:
        return phrase(SUGGESTION, near=near)
    return phrase(USE_ONE_OF, options=", ".join(choices))


_ROLE = {"source": SOURCE_ROLE, "destination": DESTINATION_ROLE}


@dataclass(frozen=True)
class Endpoint:
    """A row or column: ``name`` as shown, ``target`` as traced (a device id or an address)."""

    name: str
    target: str
    device: str | None = None  # the device, when the endpoint is one

    @property
    def is_device(self) -> bool:
        return self.device is not None


def select(topology: Topology, text: str, role: Role,
           selection: tuple[str, ...] | None = None) -> list[Endpoint]:
    """The endpoints ``text`` picks in ``topology``; raises ``SelectorError`` with a sentence."""
    terms = [term.strip() for term in text.split(",")]
    if not text.strip() or any(not term for term in terms):
        raise SelectorError(SEL_EMPTY_TERM, role=_ROLE[role], text=text)
    out: dict[str, Endpoint] = {}
    ids = dict.fromkeys(d.id for d in topology.devices)  # in file order, for the hint
    for term in terms:
        for endpoint in _term(topology, ids, term, role, selection):
            out.setdefault(endpoint.name, endpoint)
    if not out:
        raise SelectorError(SEL_PICKS_NOTHING, role=_ROLE[role], text=text)
    return list(out.values())


def _term(topology: Topology, ids: dict[str, None], term: str, role: Role,
          selection: tuple[str, ...] | None) -> list[Endpoint]:
    if term == "selection":
        if selection is None:
            raise SelectorError(SEL_NO_SELECTION)
        return [_device(ids, d) for d in selection if d in ids]
    prefix, sep, value = term.partition(":")
    if not sep and role == "destination" and _is_ipv4(term):
        return [Endpoint(term, term)]
    if not sep:
        return [_device(ids, term)]
    if prefix not in PREFIXES:
        raise SelectorError(SEL_UNKNOWN_PREFIX, prefix=prefix, term=term,
                            hint=_hint(prefix, PREFIXES),
                            prefixes=", ".join(p + ":" for p in PREFIXES))
    if not value:
        raise SelectorError(SEL_NAMES_NOTHING, term=term, example=f"{prefix}:{_EXAMPLE[prefix]}")
    if prefix == "device":
        return [_device(ids, value)]
    if prefix == "zone":
        return _zone(topology, value)
    if prefix == "kind":
        return _kind(topology, value)
    if prefix == "label":
        return _label(topology, value, term)
    if role == "source":
        raise SelectorError(SEL_SERVICE_SOURCE, term=term)
    return _services(topology, value)


def _is_ipv4(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


_EXAMPLE = {"zone": "vcs", "kind": "vm", "label": "app=web", "service": "web", "device": "db"}


def _device(ids: dict[str, None], device_id: str) -> Endpoint:
    if device_id not in ids:
        raise SelectorError(SEL_NO_DEVICE, device=device_id, hint=_hint(device_id, ids))
    return Endpoint(device_id, device_id, device_id)


def _zone(topology: Topology, zone_id: str) -> list[Endpoint]:
    zones = {z.id: z for z in topology.zones}
    if zone_id not in zones:
        raise SelectorError(SEL_NO_ZONE, zone=zone_id, hint=_hint(zone_id, zones))
    inside = {zone_id}
    grew = True
    while grew:  # zones nested at any depth; a cycle is a validation error, so this ends
        more = {z.id for z in zones.values() if z.parent in inside} - inside
        inside |= more
        grew = bool(more)
    devices = {d.id: d for d in topology.devices}

    def zone_of(d: Device) -> str | None:
        if d.zone is None and d.kind == "pod" and d.node in devices:
            return devices[d.node].zone
        return d.zone

    return [Endpoint(d.id, d.id, d.id) for d in topology.devices if zone_of(d) in inside]


def _kind(topology: Topology, kind: str) -> list[Endpoint]:
    if kind not in DEVICE_KINDS:
        raise SelectorError(SEL_UNKNOWN_KIND, kind=kind, hint=_one_of(kind, DEVICE_KINDS))
    return [Endpoint(d.id, d.id, d.id) for d in topology.devices if d.kind == kind]


def _label(topology: Topology, value: str, term: str) -> list[Endpoint]:
    key, eq, wanted = value.partition("=")
    if not eq or not key or not wanted:
        raise SelectorError(SEL_LABEL_FORM, term=term)
    return [Endpoint(d.id, d.id, d.id) for d in topology.devices
            if d.kind == "pod" and (d.labels or {}).get(key) == wanted]


def _services(topology: Topology, value: str) -> list[Endpoint]:
    cluster_id, slash, name = value.rpartition("/")
    found: list[Endpoint] = []
    known: list[str] = []
    for cluster in topology.kubernetes:
        if slash and cluster.id != cluster_id:
            continue
        for svc in cluster.services:
            known.append(svc.name)
            if name not in ("*", svc.name):
                continue
            address = svc.cluster_ip or svc.load_balancer_ip
            if address:
                shown = svc.name if not slash else f"{cluster.id}/{svc.name}"
                found.append(Endpoint(f"service:{shown}", address))
    if not found and name != "*":
        raise SelectorError(SEL_NO_SERVICE, service=value, hint=_hint(name, known))
    return found
