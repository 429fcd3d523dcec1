"""``trace(topology, flow) -> Trace``: resolve the destination, originate, walk to the end."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Address
from typing import Any

from desktop_app.model.topology import Device, Flow, Topology

from .devices import DEFAULT_ORIGINATOR, HANDLERS, ORIGINATORS
from .flow import TraceFlow
from .headers import HeaderStack
from .index import parse_ip, text_of
from .messages import (
    BAD_TARGET,
    DNS_NO_RESOLVER,
    DNS_NO_RESOLVER_DROP,
    DNS_NXDOMAIN,
    DNS_NXDOMAIN_DROP,
    DNS_RESOLVED,
    PORT_OUTSIDE,
    TARGET_WITHOUT_ADDRESS,
    TOO_MANY_HOPS,
    UNKNOWN_PROTOCOL,
    UNKNOWN_SOURCE,
)
from .packets import DEFAULT_MSS, DEFAULT_PORTS, build_packet, ephemeral_port
from .trace import Hop, Trace
from .walk import MAX_HOPS, Context, Walk


class TraceInputError(ValueError):
    """The flow cannot be traced at all (unknown source, malformed target): a user error.

    ``str(exc)`` is the English sentence; ``template`` and ``params`` (``messages``, context
    ``trace``) let a view say it in the reader's language.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: tuple[tuple[str, Any], ...] = tuple(params.items())
        super().__init__(template.format(**params))


@dataclass(frozen=True)
class FlowRequest:
    """What to trace: a saved flow or one typed on the command line / picked in the GUI."""

    source: str
    to: str
    protocol: str = "tcp"
    port: int | None = None
    size: int | None = None
    endpoint: str | None = None
    id: str | None = None

    @classmethod
    def from_flow(cls, flow: Flow) -> FlowRequest:
        return cls(flow.source, flow.to, flow.effective_protocol, flow.port, flow.size, flow.endpoint, flow.id)


def trace(topology: Topology, flow: Flow | FlowRequest, context: Context | None = None) -> Trace:
    """Walk one packet of ``flow`` through ``topology``; deterministic for the same input."""
    return request_walk(topology, flow, context).finish()


def request_walk(topology: Topology, flow: Flow | FlowRequest, context: Context | None = None) -> Walk:
    """The finished walk of the request (``trace`` without turning it into a ``Trace``)."""
    request = FlowRequest.from_flow(flow) if isinstance(flow, Flow) else flow
    ctx = context or Context(topology)
    index = ctx.index
    source = index.devices.get(request.source)
    if source is None:
        raise TraceInputError(UNKNOWN_SOURCE, source=request.source)
    if request.protocol not in ("tcp", "udp", "icmp"):
        raise TraceInputError(UNKNOWN_PROTOCOL, protocol=request.protocol)
    port = request.port if request.port is not None else DEFAULT_PORTS[request.protocol]
    if port is not None and not 0 < port < 65536:
        raise TraceInputError(PORT_OUTSIDE, port=port)

    walk = Walk(ctx, TraceFlow(request.source, request.to, request.protocol, port, None, request.id),
                request.endpoint)
    hop = walk.open_hop(source.id, source.kind, None)

    dst = _resolve(walk, hop, source, request.to)
    if dst is None:
        return walk
    # Made again rather than ``dataclasses.replace``d: that checks every field on every call,
    # and a matrix resolves ten thousand targets.
    walk.flow = TraceFlow(request.source, request.to, request.protocol, port, text_of(dst), request.id)
    sport = ephemeral_port(request.source, request.to, request.protocol, port)

    def build(src: IPv4Address | None, mss: int = DEFAULT_MSS) -> HeaderStack:
        return build_packet(src or IPv4Address("0.0.0.0"), dst, request.protocol, port, sport,
                            size=request.size, host=walk.request_host, mss=mss)

    originate = ORIGINATORS.get(source.kind, DEFAULT_ORIGINATOR)
    originate(walk, hop, source.id, build)
    walk.client_ip = None
    run(walk)
    return walk


def run(walk: Walk) -> None:
    """Hand the pending packet from device to device until it is delivered or dropped."""
    index = walk.index
    while walk.pending is not None and walk.result is None:
        if len(walk.hops) >= MAX_HOPS:
            walk.drop(walk.hops[-1], "ttl-exceeded", TOO_MANY_HOPS, hops=MAX_HOPS)
            break
        arrival = walk.pending
        walk.pending = None
        kind = "internet" if arrival.device in index.networks else index.devices[arrival.device].kind
        HANDLERS[kind](walk, arrival)


def _resolve(walk: Walk, hop: Hop, source: Device, target: str) -> IPv4Address | None:
    index = walk.index
    if _looks_like_ip(target):
        ip = parse_ip(target)
        if ip is None:
            raise TraceInputError(BAD_TARGET, target=target)
        return ip
    if target in index.devices:
        ip = index.primary_ip(target)
        if ip is None:
            raise TraceInputError(TARGET_WITHOUT_ADDRESS, target=target)
        return ip
    resolver = index.resolver_of(source.id)
    if resolver is None:
        walk.step(hop, "dns", DNS_NO_RESOLVER, source=source.id, name=target)
        walk.drop(hop, "unresolved", DNS_NO_RESOLVER_DROP, source=source.id, name=target)
        return None
    answer = (resolver.records or {}).get(target)
    server_ip = index.primary_ip(resolver.id)
    if answer is None or parse_ip(answer) is None:
        walk.step(hop, "dns", DNS_NXDOMAIN, rule=f"{resolver.id}: no record {target}", server=resolver.id,
                  server_ip=server_ip, name=target)
        walk.drop(hop, "unresolved", DNS_NXDOMAIN_DROP, name=target, server=resolver.id)
        return None
    walk.request_host = target
    walk.step(hop, "dns", DNS_RESOLVED, rule=f"{resolver.id}: {target} A {answer}", name=target,
              answer=answer, server=resolver.id, server_ip=server_ip)
    return parse_ip(answer)


def _looks_like_ip(text: str) -> bool:
    parts = text.split(".")
    return len(parts) == 4 and all(p.isdigit() for p in parts)
