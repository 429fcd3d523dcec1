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
        """A short action for timelines and tables, e.g. ``firewall allow-web, DNAT dnat-vip, route``."""
        parts: list[str] = []
        for s in self.steps:
            short = _short(s)
            if short and short not in parts:
                parts.append(short)
        return ", ".join(parts)


def _short(s: Step) -> str:
    layer = dict(s.extra).get("layer")
    if s.type == "firewall":
        return f"firewall {s.rule}"
    if s.type in ("dnat", "snat"):
        return f"{s.type.upper()} {s.rule}"
    if s.type == "encapsulate":
        return f"encap {layer}"
    if s.type == "decapsulate":
        return f"decap {layer}"
    if s.type == "kube-proxy":
        return "kube-proxy" if s.rule == "KUBE-SERVICES" else f"kube-proxy {s.rule}"
    if s.type == "proxy":
        return f"proxy ({s.rule})" if s.rule else "proxy"
    if s.type == "drop":
        return f"DROP: {s.text}"
    if s.type == "route":
        rule = s.rule or ""
        if " via " in rule:
            return "route via " + rule.split(" via ")[1].split(" ")[0]
        if " dev " in rule:
            return "route dev " + rule.split(" dev ")[1].split(" ")[0]
        return f"route ({rule})" if rule else "route"
    return {"originate": "send", "dns": "DNS", "bridge": "bridge", "deliver": "deliver"}.get(s.type, "")


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
