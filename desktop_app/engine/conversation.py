"""``converse(topology, flow) -> Trace``: the request, then the reply, with connection state.

After Batfish's bidirectional traceroute: trace the request; collect the connection-table
entries it created on stateful devices (``conntrack``); then trace the reply from the
endpoint that received the request, with addresses and ports swapped as that endpoint saw
them, routed from its own tables, translated back wherever it meets state. A proxied request
(an ingress controller) is answered leg by leg: the back-end answers the proxy, the proxy
answers the client. A request that a router or node drops for size or TTL is answered by
that device's ICMP error instead (``icmp``); one dropped silently is a black hole.

The outcome is ``established`` only when the reply reaches the client from the address and
port the client spoke to; otherwise the first thing that went wrong names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.model.topology import Device, Flow, Topology

from . import answer, icmp
from .conntrack import STATEFUL_STEPS, ConnEntry, ConnTable, Tuple5, tuple_of
from .devices.replying import send_from
from .headers import HeaderStack
from .messages import (
    OUTCOME_ASYMMETRIC,
    OUTCOME_BLACK_HOLE,
    OUTCOME_DENIED,
    OUTCOME_ELSEWHERE,
    OUTCOME_ESTABLISHED,
    OUTCOME_ICMP_BACK,
    OUTCOME_ICMP_LOST,
    OUTCOME_NO_RETURN,
    OUTCOME_REFUSED,
    PROXY_REPLY,
    REPLY_DATA,
    REPLY_ECHO,
    REPLY_PORT_UNREACHABLE,
    REPLY_RST,
    REPLY_SYNACK,
)
from .trace import Hop, Outcome, Step, Trace, say
from .tracer import FlowRequest, request_walk, run
from .walk import Context, Walk, routed_frame

STATEFUL_KINDS = frozenset({"esg", "k8s-node"})
FIREWALLS = frozenset({"esg"})  # stateful firewalls keep a session even without NAT


@dataclass(frozen=True)
class Leg:
    """One connection of the request: from ``client`` to ``server`` (a proxy opens a second)."""

    segment: int
    client: str
    sent: Tuple5  # as the client sent it
    server_hop: Hop  # where the server received it
    received: HeaderStack  # the packet as the server saw it


def converse(topology: Topology, flow: Flow | FlowRequest, context: Context | None = None) -> Trace:
    """The request and its reply; ``Trace.conversation`` says how the conversation ended."""
    ctx = context or Context(topology)
    walk = request_walk(topology, flow, ctx)
    result = walk.finish()
    table = connection_table(result.hops)
    reply = Walk(ctx, result.flow, None)
    reply.direction = "reply"
    reply.conntrack = table
    reply.index_base = len(result.hops)
    if result.delivered:
        outcome = _answer(reply, result)
    else:
        outcome = _failure(walk, reply, result)
    result.reply = reply.hops
    result.conversation = outcome
    return result


def connection_table(hops: list[Hop]) -> ConnTable:
    """The entries the request left on stateful devices (also recorded on each hop's ``state``)."""
    table = ConnTable()
    for hop in hops:
        if hop.kind not in STATEFUL_KINDS or not hop.headers_in or not hop.headers_out:
            continue
        before, after = tuple_of(routed_frame(hop.headers_in)), tuple_of(hop.headers_out)
        if before is None or after is None:
            continue
        if before == after and hop.kind not in FIREWALLS:
            continue
        rules = tuple(dict.fromkeys(s.rule for s in hop.steps
                                    if s.type in STATEFUL_STEPS and s.rule and s.rule != "KUBE-SERVICES"))
        entry = ConnEntry(hop.device, "nat" if before != after else "session", before, after.swapped(), rules,
                          hop.index)
        hop.state.append(entry)
        table.add(entry)
    return table


def legs(hops: list[Hop]) -> list[Leg]:
    """The request's connections, in order: a proxy hop ends one and opens the next."""
    groups: list[list[Hop]] = []
    for hop in hops:
        if groups and groups[-1][-1].segment == hop.segment:
            groups[-1].append(hop)
        else:
            groups.append([hop])
    out: list[Leg] = []
    for n, group in enumerate(groups):
        client = group[0] if n == 0 else groups[n - 1][-1]  # the proxy hop opened this leg
        server = group[-1]
        sent = tuple_of(client.headers_out)
        received = routed_frame(server.headers_in)
        if sent is None or tuple_of(received) is None:
            return out
        out.append(Leg(server.segment, client.device, sent, server, received))
    return out


def _answer(walk: Walk, request: Trace) -> Outcome:
    """Trace the reply of every leg, last leg first, from each server back to its client."""
    request_legs = legs(request.hops)
    if not request_legs:
        return Outcome(request.disposition, request.detail, None, request.reason)
    hop: Hop | None = None
    for n in range(len(request_legs) - 1, -1, -1):
        leg = request_legs[n]
        walk.segment, walk.reply_to, walk.result, walk.pending = leg.segment, leg.client, None, None
        refused = False
        if hop is None:  # the final server answers from its own hop
            hop = walk.open_hop(leg.server_hop.device, leg.server_hop.kind, None)
            hop.on_host = leg.server_hop.on_host
            server = walk.index.devices.get(leg.server_hop.device)
            refused = server is not None and not _listening(server, leg.received)
            packet = answer.refusal(leg.received) if refused else answer.reply_to(
                leg.received, mss=icmp.mss_of(walk, leg.server_hop.device))
            _say_reply(walk, hop, leg.server_hop.device, packet, leg.received, refused)
        else:  # a proxy relays the back-end's response on the client's connection
            packet = answer.reply_to(leg.received, mss=icmp.mss_of(walk, hop.device))
            sent = tuple_of(packet)
            assert sent is not None
            walk.step(hop, "proxy", PROXY_REPLY, rule="proxy", pod=hop.device, src=sent.src, sport=sent.sport,
                      dst=sent.dst, dport=sent.dport)
        send_from(walk, hop, hop.device, packet)
        run(walk)
        done = _judge(walk, leg, request, refused)
        if done is not None:
            return done
        if refused:
            return _refused(walk, request)
        hop = walk.hops[-1]
    got = tuple_of(routed_frame(walk.hops[-1].headers_in))
    return _outcome("established", OUTCOME_ESTABLISHED, walk.hops[-1].index, client=request_legs[0].client,
                    peer=_end(got.src, got.sport) if got else "?")


def _judge(walk: Walk, leg: Leg, request: Trace, refused: bool) -> Outcome | None:
    """None when this leg's reply reached its client as expected; else the outcome."""
    last = walk.hops[-1]
    result = walk.result
    server = leg.server_hop.device
    if result is None:
        return _outcome("no-return-route", OUTCOME_ELSEWHERE, last.index, server=server, device=last.device,
                        client=leg.client)
    disposition, reason = result
    if disposition != "delivered":
        if disposition == "denied":
            return _outcome("denied", OUTCOME_DENIED, last.index, reason=reason, server=server, device=last.device)
        if walk.silent and disposition == "mtu-exceeded":
            return _outcome("black-hole", OUTCOME_BLACK_HOLE, last.index, reason=reason)
        return _outcome("no-return-route", OUTCOME_NO_RETURN, last.index, reason=reason, server=server,
                        device=last.device)
    if last.device != leg.client:
        return _outcome("no-return-route", OUTCOME_ELSEWHERE, last.index, server=server, device=last.device,
                        client=leg.client)
    if refused:
        return None
    expected = leg.sent.swapped()
    got = tuple_of(routed_frame(last.headers_in))
    if got is None or (got.src, got.sport) != (expected.src, expected.sport):
        holder = _holder(request.hops, leg)
        return _outcome("asymmetric", OUTCOME_ASYMMETRIC, last.index, client=leg.client,
                        got=_end(got.src, got.sport) if got else "?", expected=_end(expected.src, expected.sport),
                        holder=holder)
    return None


def _failure(request_walk_: Walk, walk: Walk, request: Trace) -> Outcome:
    """A request that did not arrive: an ICMP error back, a black hole, or its own failure."""
    reason = request.reason
    if request_walk_.silent:
        return _outcome("black-hole", OUTCOME_BLACK_HOLE, request.hops[-1].index, reason=reason)
    if request.disposition == "no-endpoint" and icmp.rejected(request):
        if icmp.reject_back(walk, request) is not None:
            run(walk)
            last = walk.hops[-1]
            if walk.result is not None and walk.result[0] == "delivered" and last.device == request.hops[0].device:
                return _refused(walk, request)
            return _outcome(request.disposition, OUTCOME_ICMP_LOST, request.hops[-1].index, reason=reason,
                            device=request.hops[-1].device, where=last.device)
    if request.disposition in ("mtu-exceeded", "ttl-exceeded"):
        sent = icmp.error_back(walk, request, request_walk_.dropped)
        if sent:
            run(walk)
            last = walk.hops[-1]
            back = walk.result is not None and walk.result[0] == "delivered" and last.device == request.hops[0].device
            template = OUTCOME_ICMP_BACK if back else OUTCOME_ICMP_LOST
            return _outcome(request.disposition, template, request.hops[-1].index, reason=reason,
                            device=request.hops[-1].device, client=request.hops[0].device, where=last.device)
    return Outcome(request.disposition, request.detail, request.hops[-1].index if request.hops else None, reason)


def _refused(walk: Walk, request: Trace) -> Outcome:
    first = walk.hops[0] if walk.hops else None
    reason = first.steps[0] if first is not None and first.steps else request.reason
    return _outcome("refused", OUTCOME_REFUSED, first.index if first else None, reason=reason)


def _listening(server: Device, received: HeaderStack) -> bool:
    tup = tuple_of(received)
    return tup is None or answer.listens(server, tup.protocol, tup.dport)


def _say_reply(walk: Walk, hop: Hop, device: str, packet: HeaderStack, received: HeaderStack,
               refused: bool) -> None:
    got, out = tuple_of(received), tuple_of(packet)
    assert got is not None and out is not None
    if refused:
        where = f"{got.protocol} {_end(got.dst, got.dport)}"
        if out.protocol == "tcp":
            walk.step(hop, "reply", REPLY_RST, rule="RST", where=where, device=device, src=out.src,
                      sport=out.sport, dst=out.dst, dport=out.dport)
        else:
            walk.step(hop, "reply", REPLY_PORT_UNREACHABLE, rule="port unreachable", where=where, device=device,
                      src=out.src, dst=out.dst)
        return
    if out.protocol == "icmp":
        walk.step(hop, "reply", REPLY_ECHO, device=device, src=out.src, dst=out.dst)
    elif out.protocol == "tcp" and packet[1].flags == "SA":  # type: ignore[union-attr]
        walk.step(hop, "reply", REPLY_SYNACK, device=device, src=out.src, sport=out.sport, dst=out.dst,
                  dport=out.dport)
    else:
        walk.step(hop, "reply", REPLY_DATA, device=device, protocol=out.protocol, src=out.src, sport=out.sport,
                  dst=out.dst, dport=out.dport)


def _holder(hops: list[Hop], leg: Leg) -> str:
    """The device whose state the reply should have met (the first that translated)."""
    for hop in hops:
        for entry in hop.state:
            if entry.translated:
                return entry.device
    return leg.server_hop.device


def _end(ip: str, port: int | None) -> str:
    return f"{ip}:{port}" if port is not None else ip


def _outcome(outcome: str, template: str, hop: int | None, **params: object) -> Outcome:
    step: Step = say("deliver" if outcome == "established" else "drop", template, None, None, None, **params)
    return Outcome(outcome, step.text, hop, step)


__all__ = ["ConnEntry", "converse", "connection_table", "legs"]
