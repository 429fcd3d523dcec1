"""ESXi host and its VTEP: VXLAN encapsulation towards another host, decapsulation from one.

A host appears in a trace only where the frame of a logical switch must cross to another
host: the sender's host pushes Ethernet/IPv4/UDP/VXLAN (RFC 7348) from its VTEP to the
receiver's host VTEP; the underlay routes it like any packet; the receiving host pops it.
"""

from __future__ import annotations

from functools import lru_cache

from .. import segment
from ..headers import PROTO_UDP, UDP, VXLAN, Ethernet, HeaderStack, IPv4
from ..index import address, stable_hash
from ..messages import (
    DOES_NOT_ROUTE,
    NO_VM_MAC,
    NO_VNI,
    NO_VTEP_HERE,
    NO_VTEP_THERE,
    ROUTE_UNDERLAY,
    VXLAN_POP,
    VXLAN_PUSH,
)
from ..packets import ports
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame
from .forwarding import deliver, dst_text, lookup, route_step, send_via

OUTER_TTL = 64


def vxlan_source_port(inner: HeaderStack) -> int:
    """RFC 7348 §5: a hash of the inner frame's flow, in the dynamic range 49152–65535."""
    for h in inner:
        if isinstance(h, IPv4):
            sport, dport = ports(inner[1:])
            return 49152 + stable_hash("vxlan", h.src, h.dst, h.protocol, sport, dport) % 16384
    return 49152 + stable_hash("vxlan", inner[0]) % 16384


@lru_cache(maxsize=1 << 12)
def _vni_words(vni: int | None) -> tuple[str, dict[str, str]]:
    """A VXLAN step's rule and layer name (the dict is only read: steps copy it)."""
    return f"VNI {vni}", {"layer": f"VXLAN {vni}"}


def receive(walk: Walk, arrival: Arrival) -> None:
    host = walk.index.devices[arrival.device]
    hop = walk.open_hop(host.id, "esxi-host", arrival)
    hop.on_host = host.id
    net = walk.index.networks.get(arrival.in_network or "")
    if net is not None and net.kind == "vxlan":
        _encapsulate(walk, hop, host.id, net.id, arrival.frame)
        return
    packet = routed_frame(arrival.frame)
    ip = packet[0] if packet else None
    vtep = walk.index.vtep.get(host.id)
    if (isinstance(ip, IPv4) and vtep is not None and address(ip.dst) == vtep.ip
            and len(packet) > 2 and isinstance(packet[1], UDP) and isinstance(packet[2], VXLAN)):
        _decapsulate(walk, hop, host.id, packet)
        return
    if isinstance(ip, IPv4) and walk.index.owns(host.id, dst_text(packet)):
        deliver(walk, hop, host.id, packet)
        return
    walk.drop(hop, "no-route", DOES_NOT_ROUTE, device=host.id, dst=ip.dst if isinstance(ip, IPv4) else "?")


def _encapsulate(walk: Walk, hop: Hop, host_id: str, network_id: str, frame: HeaderStack) -> None:
    net = walk.index.networks[network_id]
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    receiver = segment.resolve_mac(walk, network_id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", NO_VM_MAC, network=network_id, mac=eth.dst)
        return
    remote_host = segment.host_for_receiver(walk, receiver, host_id)
    local, remote = walk.index.vtep.get(host_id), walk.index.vtep.get(remote_host or "")
    if local is None or local.ip_text is None:
        walk.drop(hop, "no-route", NO_VTEP_HERE, host=host_id, network=network_id, vni=net.vni, remote=remote_host)
        return
    if remote is None or remote.ip_text is None:
        walk.drop(hop, "no-route", NO_VTEP_THERE, remote=remote_host, device=receiver.device, network=network_id,
                  host=host_id)
        return
    outer = (
        IPv4(local.ip_text, remote.ip_text, OUTER_TTL, PROTO_UDP, True),
        UDP(vxlan_source_port(frame), walk.index.vxlan_port),
        VXLAN(net.vni or 0),
        *frame,
    )
    udp = outer[1]
    assert isinstance(udp, UDP)
    rule, extra = _vni_words(net.vni)
    walk.step(hop, "encapsulate", VXLAN_PUSH, rule=rule, extra=extra,
              vni=net.vni, network=network_id, device=receiver.device, host=remote_host, src=local.ip,
              dst=remote.ip, sport=udp.sport, dport=walk.index.vxlan_port)
    entry = lookup(walk, hop, host_id, outer)
    if entry is None:
        return
    route_step(walk, hop, outer, entry, ROUTE_UNDERLAY)
    send_via(walk, hop, entry, outer, None)


def _decapsulate(walk: Walk, hop: Hop, host_id: str, packet: HeaderStack) -> None:
    vx = packet[2]
    assert isinstance(vx, VXLAN)
    network_id = walk.index.network_by_vni.get(vx.vni)
    if network_id is None:
        walk.drop(hop, "unresolved", NO_VNI, vni=vx.vni)
        return
    inner = packet[3:]
    eth = inner[0]
    assert isinstance(eth, Ethernet)
    receiver = segment.resolve_mac(walk, network_id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", NO_VM_MAC, network=network_id, mac=eth.dst)
        return
    rule, extra = _vni_words(vx.vni)
    walk.step(hop, "decapsulate", VXLAN_POP, rule=rule, extra=extra,
              vni=vx.vni, network=network_id, device=receiver.device, mac=eth.dst)
    walk.forward_frame(hop, walk.index.networks[network_id], inner, receiver, host_id)
