"""The ``Trace`` value: what a packet did, hop by hop (FORMAT.md section 2)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .headers import HeaderStack, stack_json

TRACE_FORMAT = "hybridviz-trace/1"

STEP_TYPES = (
    "originate", "dns", "switch", "route", "firewall", "dnat", "snat", "kube-proxy",
    "encapsulate", "decapsulate", "bridge", "proxy", "mtu", "deliver", "drop",
)
DISPOSITIONS = (
    "delivered", "denied", "no-route", "ttl-exceeded", "mtu-exceeded", "unresolved", "no-endpoint",
)


@dataclass(frozen=True)
class Step:
    """One thing a hop did, in words, with the rule, route or object that caused it."""

    type: str
    text: str
    rule: str | None = None  # the NAT/firewall rule, route, service or record that applied
    extra: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.rule is not None:
            out["rule"] = self.rule
        for k, v in self.extra:
            out[k] = v
        return out


@dataclass
class Hop:
    index: int
    device: str
    kind: str
    on_host: str | None
    segment: int
    in_network: str | None
    out_network: str | None = None
    steps: list[Step] = field(default_factory=list)
    headers_in: HeaderStack = ()
    headers_out: HeaderStack = ()
    frame_bytes: int | None = None
    mtu: int | None = None
    label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "device": self.device,
            "kind": self.kind,
            "on_host": self.on_host,
            "segment": self.segment,
            "in_network": self.in_network,
            "out_network": self.out_network,
            "steps": [s.to_json() for s in self.steps],
            "headers_in": stack_json(self.headers_in),
            "headers_out": stack_json(self.headers_out),
            "frame_bytes": self.frame_bytes,
            "mtu": self.mtu,
        }

    @property
    def summary(self) -> str:
        """A short action for timelines and tables: the most telling step of the hop."""
        for wanted in ("drop", "proxy", "dnat", "snat", "kube-proxy", "encapsulate", "decapsulate",
                       "bridge", "deliver", "route", "originate", "switch"):
            for s in self.steps:
                if s.type == wanted:
                    return s.text
        return self.steps[0].text if self.steps else ""


@dataclass
class Trace:
    flow: dict[str, Any]
    disposition: str
    detail: str
    hops: list[Hop]

    @property
    def delivered(self) -> bool:
        return self.disposition == "delivered"

    def to_json(self) -> dict[str, Any]:
        return {
            "format": TRACE_FORMAT,
            "flow": self.flow,
            "disposition": self.disposition,
            "detail": self.detail,
            "hops": [h.to_json() for h in self.hops],
        }

    def dumps(self) -> str:
        """Deterministic JSON text: the same topology and flow give the same bytes."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"
