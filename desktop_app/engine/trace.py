"""The ``Trace`` value: what a packet did, hop by hop (FORMAT.md section 2)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .flow import TraceFlow
from .headers import HeaderStack, stack_json
from .messages import (
    SUMMARY,
    SUMMARY_DECAP,
    SUMMARY_DNAT,
    SUMMARY_DROP,
    SUMMARY_ENCAP,
    SUMMARY_FIREWALL,
    SUMMARY_ICMP,
    SUMMARY_KUBE,
    SUMMARY_PROXY,
    SUMMARY_REPLY,
    SUMMARY_ROUTE,
    SUMMARY_ROUTE_DEV,
    SUMMARY_ROUTE_VIA,
    SUMMARY_SNAT,
    SUMMARY_STATE,
)

if TYPE_CHECKING:
    from .conntrack import ConnEntry

TRACE_FORMAT = "hybridviz-trace/1"

STEP_TYPES = (
    "originate", "dns", "switch", "route", "firewall", "dnat", "snat", "kube-proxy",
    "encapsulate", "decapsulate", "bridge", "proxy", "mtu", "deliver", "drop",
    "reply", "state", "icmp",  # a conversation's: the answer, connection state, an ICMP error
)
DISPOSITIONS = (
    "delivered", "denied", "no-route", "ttl-exceeded", "mtu-exceeded", "unresolved", "no-endpoint",
)
# A conversation's outcome: one of these, or the request's own disposition when it failed.
OUTCOMES = ("established", "no-return-route", "asymmetric", "denied", "refused", "black-hole")


@dataclass(frozen=True)
class RouteUsed:
    """The route a ``route`` step used, as data: its prefix, next hop and outgoing device."""

    prefix: str | None = None
    via: str | None = None  # next-hop address; None when the destination is on the link
    dev: str | None = None  # outgoing interface (eth1, tunl0, a pod's cali… veth)


class Step:
    """One thing a hop did, in words, with the rule, route or object that caused it.

    ``text`` is the English sentence; ``template`` and ``params`` let a view say it in the
    reader's language (see ``messages``). The sentence is formatted when first read, not when
    the step is made: a matrix or a check traces thousands of flows and reads one sentence each.
    """

    __slots__ = ("type", "_text", "rule", "extra", "template", "params", "route_used")

    def __init__(self, type: str, text: str | None = None, rule: str | None = None,
                 extra: tuple[tuple[str, Any], ...] = (), template: str = "",
                 params: Mapping[str, Any] | None = None, route_used: RouteUsed | None = None):
        self.type = type
        self._text = text
        self.rule = rule  # the NAT/firewall rule, route, service or record that applied
        self.extra = extra
        self.template = template
        # Read, never changed: the keyword arguments of the call that made the step, kept as
        # they came (a matrix makes a quarter of a million steps and reads a few).
        self.params = params if params is not None else {}
        self.route_used = route_used  # for ``route`` steps: the route as data

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.template.format(**self.params)
        return self._text

    def _key(self) -> tuple[Any, ...]:
        return (self.type, self.text, self.rule, self.extra, self.template, self.params, self.route_used)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Step) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.type, self.text, self.rule, self.template))

    def __repr__(self) -> str:
        return f"Step({self.type!r}, {self.text!r}, rule={self.rule!r})"

    def __str__(self) -> str:
        return self.text

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.rule is not None:
            out["rule"] = self.rule
        for k, v in self.extra:
            out[k] = v
        return out


def say(type_: str, template: str, rule: str | None = None, extra: dict[str, Any] | None = None,
        route_used: RouteUsed | None = None, **params: Any) -> Step:
    """A step from a message template and its parameters."""
    return step_of(type_, template, rule, extra, route_used, params)


def step_of(type_: str, template: str, rule: str | None, extra: dict[str, Any] | None,
            route_used: RouteUsed | None, params: dict[str, Any]) -> Step:
    """``say`` with the parameters as a dict: for the walk, which has them so already."""
    return Step(type_, None, rule, tuple(extra.items()) if extra else (), template, params, route_used)


@dataclass(slots=True)  # every hop of every trace: slots make it smaller and quicker to fill
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
    direction: str = "request"  # or "reply" (the answer, or an ICMP error sent back)
    state: list[ConnEntry] = field(default_factory=list)  # entries created (request) or matched (reply)

    def to_json(self, with_state: bool = False) -> dict[str, Any]:
        out = {
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
        if with_state:
            out["state"] = [e.to_json() for e in self.state]
        return out

    @property
    def summary(self) -> str:
        """A short action for timelines and tables, e.g. ``firewall allow-web, DNAT dnat-vip, route``."""
        return ", ".join(template.format(**params) for template, params in self.summary_parts())

    def summary_parts(self) -> list[tuple[str, dict[str, Any]]]:
        """The summary as (template, params) pairs, for views that translate it."""
        parts: list[tuple[str, dict[str, Any]]] = []
        for s in self.steps:
            part = _short(s)
            if part is not None and part not in parts:
                parts.append(part)
        return parts


def _short(s: Step) -> tuple[str, dict[str, Any]] | None:
    layer = dict(s.extra).get("layer")
    rule = s.rule or ""
    if s.type == "firewall":
        return SUMMARY_FIREWALL, {"rule": rule}
    if s.type in ("dnat", "snat"):
        return (SUMMARY_DNAT if s.type == "dnat" else SUMMARY_SNAT), {"rule": rule}
    if s.type in ("encapsulate", "decapsulate"):
        return (SUMMARY_ENCAP if s.type == "encapsulate" else SUMMARY_DECAP), {"layer": layer}
    if s.type == "kube-proxy" and rule != "KUBE-SERVICES":
        return SUMMARY_KUBE, {"rule": rule}
    if s.type == "proxy":
        return SUMMARY_PROXY, {"rule": rule}
    if s.type == "drop":
        return SUMMARY_DROP, {"reason": s}
    if s.type == "route":
        used = s.route_used
        if used is not None and used.via:
            return SUMMARY_ROUTE_VIA, {"via": used.via}
        if used is not None and used.dev:
            return SUMMARY_ROUTE_DEV, {"dev": used.dev}
        return SUMMARY_ROUTE, {}
    if s.type == "state":
        return SUMMARY_STATE, {"rule": rule}
    if s.type == "icmp":
        return SUMMARY_ICMP, {"rule": rule}
    if s.type == "reply":
        return SUMMARY_REPLY, {}
    if s.type in SUMMARY:
        return SUMMARY[s.type], {}
    return None


@dataclass(frozen=True)
class Outcome:
    """How a conversation ended: ``outcome`` (``OUTCOMES`` or the request's disposition),
    the English ``detail``, the hop where it was decided, and the sentence as a template."""

    outcome: str
    detail: str
    hop: int | None = None
    reason: Step | None = None

    @property
    def established(self) -> bool:
        return self.outcome == "established"

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "detail": self.detail, "hop": self.hop}


@dataclass
class Trace:
    """A request's hops; for a conversation also the reply's hops and the outcome.

    Reply hops continue the request's numbering (``index``), so a view can play
    ``hops + reply`` as one sequence.
    """

    flow: TraceFlow
    disposition: str
    detail: str
    hops: list[Hop]
    reason: Step | None = None  # the drop or deliver step, for views that translate ``detail``
    reply: list[Hop] = field(default_factory=list)
    conversation: Outcome | None = None  # None for a one-way trace

    @property
    def delivered(self) -> bool:
        return self.disposition == "delivered"

    @property
    def established(self) -> bool:
        return self.conversation is not None and self.conversation.established

    @property
    def ok(self) -> bool:
        """Established (a conversation) or delivered (a one-way trace)."""
        return self.established if self.conversation is not None else self.delivered

    @property
    def all_hops(self) -> list[Hop]:
        """Request hops, then reply hops."""
        return self.hops + self.reply

    def played(self) -> Trace:
        """The conversation as one sequence of hops (request, then reply), for views that
        play hops in order; ``request()`` gives the request part back."""
        if not self.reply:
            return self
        return Trace(self.flow, self.disposition, self.detail, self.all_hops, self.reason, [], self.conversation)

    def request(self) -> Trace:
        """The request alone, as a one-way trace shows it."""
        hops = [h for h in self.hops if h.direction == "request"]
        reply = self.reply or [h for h in self.hops if h.direction == "reply"]
        return Trace(self.flow, self.disposition, self.detail, hops, self.reason, reply, None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": TRACE_FORMAT,
            "flow": self.flow.to_json(),
            "disposition": self.disposition,
            "detail": self.detail,
        }
        conversation = self.conversation is not None
        if self.conversation is not None:
            out["conversation"] = self.conversation.to_json()
        out["hops"] = [h.to_json(conversation) for h in self.hops]
        if conversation:
            out["reply"] = [h.to_json(True) for h in self.reply]
        return out

    def dumps(self) -> str:
        """Deterministic JSON text: the same topology and flow give the same bytes."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"
