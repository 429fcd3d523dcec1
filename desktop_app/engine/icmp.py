"""ICMP errors a request provokes, sent back to its source and traced like a reply.

A router, edge or node that must drop a packet with DF set because it is too big sends
"fragmentation needed" (type 3 code 4) with the next-hop MTU (RFC 1191); one whose TTL runs
out sends "time exceeded" (type 11 code 0, RFC 792); kube-proxy REJECTs a connection to a
service with no endpoints with "port unreachable" (type 3 code 3). Each quotes the dropped
packet's IP header and first 8 bytes, and conntrack translates it on the way back
(RELATED). VTEPs and L2 tunnel endpoints send nothing (``Walk.silent``).
"""

from __future__ import annotations

from ipaddress import IPv4Address

from . import answer
from .conntrack import transport_index, tuple_of
from .devices import calico
from .devices.replying import send_from
from .headers import HeaderStack, IPv4
from .messages import ICMP_FRAG_NEEDED, ICMP_TIME_EXCEEDED, REPLY_REJECT, SERVICE_NO_ENDPOINTS_DROP
from .trace import Hop, Trace
from .walk import Walk, routed_frame

ICMP_SENDERS = frozenset({"router", "esg", "dlr", "k8s-node"})


def mss_of(walk: Walk, device_id: str) -> int:
    """The MSS a device announces: its sending MTU less 40 bytes of IP and TCP headers."""
    return calico.sending_mtu(walk, device_id) - 40


def error_back(walk: Walk, request: Trace, dropped: HeaderStack | None) -> bool:
    """Start the ICMP error for a size or TTL drop; False when nobody sends one."""
    hop = request.hops[-1]
    if dropped is None or hop.index == 0 or hop.kind not in ICMP_SENDERS:
        return False
    src = _address(walk, hop)
    if src is None:
        return False
    mtu = hop.mtu
    if hop.kind == "k8s-node" and request.disposition == "mtu-exceeded":
        # The node's tunnel refuses the inner packet: the error goes to the inner sender,
        # with the tunnel's MTU (the link's less the encapsulation).
        inner = transport_index(dropped)
        if inner is not None and inner > 0 and mtu is not None:
            mtu -= sum(h.size for h in dropped[:inner])
            dropped = dropped[inner:]
    if request.disposition == "mtu-exceeded":
        packet = answer.icmp_error(dropped, src, 3, 4, mtu)
        template = ICMP_FRAG_NEEDED
    else:
        packet = answer.icmp_error(dropped, src, 11, 0)
        template = ICMP_TIME_EXCEEDED
    back = _open(walk, hop)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    walk.step(back, "icmp", template, rule="fragmentation needed" if mtu and template == ICMP_FRAG_NEEDED
              else "time exceeded", device=hop.device, mtu=mtu, src=ip.src, dst=ip.dst)
    send_from(walk, back, hop.device, packet)
    return True


def rejected(request: Trace) -> bool:
    """Whether kube-proxy REJECTed the request (a service without endpoints)."""
    hop = request.hops[-1]
    return hop.kind == "k8s-node" and any(s.template == SERVICE_NO_ENDPOINTS_DROP for s in hop.steps)


def reject_back(walk: Walk, request: Trace) -> Hop | None:
    """Start kube-proxy's ICMP port unreachable back to the client."""
    hop = request.hops[-1]
    src = _address(walk, hop)
    received = routed_frame(hop.headers_in)
    if src is None or tuple_of(received) is None:
        return None
    packet = answer.unreachable(received, src)
    back = _open(walk, hop)
    walk.step(back, "reply", REPLY_REJECT, rule="REJECT", device=hop.device, src=src, dst=_dst(packet))
    send_from(walk, back, hop.device, packet)
    return back


def _dst(packet: HeaderStack) -> str:
    ip = packet[0]
    assert isinstance(ip, IPv4)
    return ip.dst


def _open(walk: Walk, hop: Hop) -> Hop:
    back = walk.open_hop(hop.device, hop.kind, None)
    back.on_host = hop.on_host
    return back


def _address(walk: Walk, hop: Hop) -> str | None:
    """The sender's address for an error: its interface on the network the packet came in on."""
    att = next((a for a in walk.index.attachments.get(hop.device, [])
                if a.network == hop.in_network and a.ip is not None), None)
    ip: IPv4Address | None = att.ip if att is not None else walk.index.primary_ip(hop.device)
    return str(ip) if ip is not None else None
