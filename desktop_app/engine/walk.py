"""The packet walk: hand the packet from device to device until it is delivered or dropped.

Each device kind's behaviour lives in its own module under ``devices``; they all work
through a ``Walk``: open a hop, add steps, then ``send`` the packet on a network (ARP,
Ethernet, MTU, and VXLAN when the two ends sit on different ESXi hosts), ``hand_over`` it
inside a machine (node ↔ pod), ``deliver`` it or ``drop`` it.
"""

from __future__ import annotations

from ipaddress import IPv4Address
from typing import Any

from desktop_app.model.topology import Network, Topology

from . import mtu, segment
from .arrival import Arrival
from .conntrack import ConnTable
from .flow import TraceFlow
from .headers import Ethernet, HeaderStack, IPv4, measured, replaced
from .index import Attachment, TopologyIndex, address, default_mac
from .messages import (
    ARP,
    ARP_BRIDGED,
    INTO_INTERNET,
    MTU_EXCEEDED,
    MTU_EXCEEDED_SILENT,
    MTU_FRAGMENTED,
    NO_ARP,
    NO_ARP_VIA,
    NOT_ATTACHED,
    TTL_EXPIRED,
)
from .routing import RouteTables
from .trace import Hop, RouteUsed, Step, Trace, step_of

MAX_HOPS = 400
SILENT_KINDS = frozenset({"esxi-host", "l2-concentrator"})  # encapsulate without ICMP


class Context:
    """What every trace on one topology shares: the index, the routing tables, and who
    answers ARP for an address on a network (with the step that says so)."""

    def __init__(self, topology: Topology):
        self.topology = topology
        self.index = TopologyIndex(topology)
        self.routes = RouteTables(self.index)
        # Keyed by the address as headers write it: an IPv4Address computes its hash in Python.
        self.arp: dict[tuple[str, str], tuple[segment.Target | None, Step | None]] = {}
        # What a device module works out from the topology alone (a node's Calico route to a
        # peer, its words): keyed by the module's own tuples, asked once per context.
        self.remembered: dict[tuple[Any, ...], Any] = {}


class Walk:
    def __init__(self, ctx: Context, flow: TraceFlow, endpoint: str | None):
        self.ctx = ctx
        self.index = ctx.index
        self.flow = flow
        self.endpoint = endpoint  # the pod a flow pins kube-proxy's choice to
        self.hops: list[Hop] = []
        self.segment = 0
        self.pending: Arrival | None = None
        self.result: tuple[str, Step] | None = None
        self.client_ip: IPv4Address | None = None  # the original client, for X-Forwarded-For
        self.request_host: str | None = None  # the name the client asked for (HTTP Host)
        # A reply walk (conversation.py): it carries the request's connection state, numbers
        # its hops after the request's, and knows which device should receive it.
        self.direction = "request"
        self.conntrack: ConnTable | None = None
        self.index_base = 0
        self.reply_to: str | None = None
        self.silent = False  # the drop sends nothing back (a VTEP, an L2 tunnel, a failed ARP)
        self.dropped: HeaderStack | None = None  # the packet a size or TTL drop refused

    # -- hops and steps -----------------------------------------------------------------------
    def open_hop(self, device: str, kind: str, arrival: Arrival | None) -> Hop:
        # Every field in order, none by keyword and no default left to fill: the constructor
        # takes half the time so, and every hop of every trace is made here.
        headers_in: HeaderStack
        if arrival is None:
            on_host, in_network, headers_in = self.index.host_of(device), None, ()
        else:
            on_host, in_network, headers_in = arrival.on_host, arrival.in_network, arrival.frame
        hop = Hop(self.index_base + len(self.hops), device, kind, on_host, self.segment, in_network,
                  None, [], headers_in, (), None, None, "", self.direction, [])
        self.hops.append(hop)
        return hop

    @staticmethod
    def step(hop: Hop, type_: str, template: str, rule: str | None = None,
             extra: dict[str, Any] | None = None, route_used: RouteUsed | None = None, **params: Any) -> None:
        """Record a step from a message template (``messages``) and its parameters."""
        hop.steps.append(step_of(type_, template, rule, extra, route_used, params))

    def drop(self, hop: Hop, disposition: str, template: str, rule: str | None = None,
             **params: Any) -> None:
        self.step(hop, "drop", template, rule, **params)
        self.result = (disposition, hop.steps[-1])
        self.pending = None

    def deliver(self, hop: Hop, template: str, **params: Any) -> None:
        self.step(hop, "deliver", template, **params)
        self.result = ("delivered", hop.steps[-1])
        self.pending = None

    # -- TTL ----------------------------------------------------------------------------------
    def route_ttl(self, hop: Hop, packet: HeaderStack) -> HeaderStack | None:
        """Decrement the outermost IP TTL of a routed packet; None (dropped) when it runs out."""
        ip = packet[0]
        assert isinstance(ip, IPv4)
        if ip.ttl <= 1:
            self.dropped = packet
            self.drop(hop, "ttl-exceeded", TTL_EXPIRED, device=hop.device, ttl=ip.ttl, src=ip.src, dst=ip.dst)
            return None
        return (replaced(ip, ttl=ip.ttl - 1), *packet[1:])

    # -- sending ------------------------------------------------------------------------------
    def send(
        self,
        hop: Hop,
        out: Attachment,
        next_hop: str | None,
        packet: HeaderStack,
        sender_host: str | None,
        route: str | None = None,
    ) -> None:
        """Put an IP packet on ``out``'s network towards ``next_hop`` (ARP, Ethernet, MTU, VXLAN);
        the next hop's address as a header writes it (the key of the context's ARP answers)."""
        network = self.index.networks.get(out.network or "")
        if network is None:
            self.drop(hop, "no-route", NOT_ATTACHED, iface=out.name, device=hop.device)
            return
        if network.kind == "internet":
            frame = (Ethernet(out.mac, _cloud_mac(network.id)), *packet)
            self.step(hop, "switch", INTO_INTERNET, network=network.display_label, iface=out.name, ip=out.ip)
            if self.emit(hop, network, frame):
                self.pending = Arrival(network.id, network.id, hop.headers_out, None)
            return
        assert next_hop is not None
        key = (network.id, next_hop)
        answer = self.ctx.arp.get(key)
        if answer is None:  # who answers is fixed for the context: asked once per address
            answer = self.ctx.arp[key] = _arp(self, network.id, address(next_hop))
        target, said = answer
        if target is None:
            self.silent = True  # nobody answers ARP: the sender's packets vanish
            if route:
                self.drop(hop, "unresolved", NO_ARP_VIA, network=network.id, ip=next_hop, route=route)
            else:
                self.drop(hop, "unresolved", NO_ARP, network=network.id, ip=next_hop)
            return
        assert said is not None
        frame = (Ethernet(out.mac, target.final.mac, vlan=segment.wire_tag(self, network, hop.device)), *packet)
        hop.steps.append(said)
        if self.emit(hop, network, frame):
            segment.carry(self, hop, network, target.receiver, sender_host)

    def forward_frame(self, hop: Hop, network: Network, frame: HeaderStack,
                      receiver: Attachment, sender_host: str | None) -> None:
        """Send a frame unchanged (bridged, or decapsulated) to ``receiver`` on ``network``."""
        if self.emit(hop, network, frame):
            segment.carry(self, hop, network, receiver, sender_host)

    def emit(self, hop: Hop, network: Network, frame: HeaderStack) -> bool:
        """Record the frame leaving this hop and check it against the segment's MTU."""
        frame, shape, frame_bytes = measured(frame)
        hop.out_network = network.id
        hop.headers_out = frame
        hop.mtu = network.effective_mtu
        check = mtu.check(frame, hop.mtu, network.id, shape)
        hop.frame_bytes = frame_bytes
        if check.fits:
            hop.steps.append(check.said)
            return True
        extra = {"breakdown": check.breakdown}
        outer = next((h for h in frame if isinstance(h, IPv4)), None)
        if outer is not None and outer.df:
            self.step(hop, "mtu", check.template, extra=extra, **check.params)
            self.dropped = routed_frame(frame)
            # VTEPs and L2 tunnel endpoints do not fragment and send no ICMP (RFC 7348 §4.3).
            self.silent = hop.kind in SILENT_KINDS
            self.drop(hop, "mtu-exceeded", MTU_EXCEEDED_SILENT if self.silent else MTU_EXCEEDED,
                      size=check.size, mtu=hop.mtu, network=network.id)
            return False
        self.step(hop, "mtu", MTU_FRAGMENTED, extra=extra, size=check.size, mtu=hop.mtu, network=network.id)
        return True

    def hand_over(self, hop: Hop, to_device: str, frame: HeaderStack, on_host: str | None) -> None:
        """Pass a packet inside one machine (node ↔ pod veth, host stack ↔ host-network pod)."""
        hop.out_network = None
        hop.headers_out, _, hop.frame_bytes = measured(frame)
        self.pending = Arrival(to_device, None, hop.headers_out, on_host)

    # -- results ------------------------------------------------------------------------------
    def finish(self) -> Trace:
        if self.result is None:  # every handler ends in deliver, drop or a next arrival
            raise RuntimeError("the walk ended without a disposition")
        disposition, reason = self.result
        return Trace(self.flow, disposition, reason.text, self.hops, reason)


def _arp(walk: Walk, network: str, ip: IPv4Address) -> tuple[segment.Target | None, Step | None]:
    """Who answers ARP for ``ip`` on ``network``, and the step that records it (one Step
    shared by every hop that asks: steps are never changed once made)."""
    target = segment.resolve_ip(walk, network, ip)
    if target is None:
        return None, None
    final = target.final
    params = {"ip": ip, "network": network, "mac": final.mac, "device": final.device, "iface": final.name}
    if target.bridged_by:
        return target, Step("switch", None, None, (), ARP_BRIDGED, {"bridge": target.bridged_by, **params})
    return target, Step("switch", None, None, (), ARP, params)


def _cloud_mac(network_id: str) -> str:
    return default_mac(network_id, "cloud")


def routed_frame(frame: HeaderStack) -> HeaderStack:
    """The IP packet inside a frame (its outer Ethernet header removed)."""
    return frame[1:] if frame and isinstance(frame[0], Ethernet) else frame
