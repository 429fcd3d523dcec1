"""ESXi host and its VTEP: VXLAN encapsulation towards another host, decapsulation from one.

A host appears in a trace only where the frame of a logical switch must cross to another
host: the sender's host pushes Ethernet/IPv4/UDP/VXLAN (RFC 7348) from its VTEP to the
receiver's host VTEP; the underlay routes it like any packet; the receiving host pops it.
"""

from __future__ import annotations

from ipaddress import IPv4Address

from .. import segment
from ..headers import PROTO_UDP, UDP, VXLAN, Ethernet, HeaderStack, IPv4
from ..index import stable_hash
from ..packets import ports
from ..walk import Arrival, Walk, routed_frame
from .forwarding import deliver_text, dst_of, lookup, route_step, send_via

OUTER_TTL = 64


def vxlan_source_port(inner: HeaderStack) -> int:
    """RFC 7348 §5: a hash of the inner frame's flow, in the dynamic range 49152–65535."""
    ip = next((h for h in inner if isinstance(h, IPv4)), None)
    sport, dport = ports(inner[1:]) if ip is not None else (None, None)
    key = (ip.src, ip.dst, ip.protocol, sport, dport) if ip is not None else (inner[0],)
    return 49152 + stable_hash("vxlan", *key) % 16384


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
    if (isinstance(ip, IPv4) and vtep is not None and IPv4Address(ip.dst) == vtep.ip
            and len(packet) > 2 and isinstance(packet[1], UDP) and isinstance(packet[2], VXLAN)):
        _decapsulate(walk, hop, host.id, packet)
        return
    if isinstance(ip, IPv4) and walk.index.owns(host.id, dst_of(packet)):
        walk.deliver(hop, deliver_text(walk, host.id, packet))
        return
    walk.drop(hop, "no-route", f"{host.id} does not route packets for {ip.dst if isinstance(ip, IPv4) else '?'}")


def _encapsulate(walk: Walk, hop, host_id: str, network_id: str, frame: HeaderStack) -> None:
    net = walk.index.networks[network_id]
    eth = frame[0]
    assert isinstance(eth, Ethernet)
    receiver = segment.resolve_mac(walk, network_id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", f"no VM on {network_id} has MAC {eth.dst}")
        return
    remote_host = segment.host_for_receiver(walk, receiver, host_id)
    local, remote = walk.index.vtep.get(host_id), walk.index.vtep.get(remote_host or "")
    if local is None or local.ip is None:
        walk.drop(hop, "no-route", f"{host_id} has no VTEP, so it cannot carry {network_id} (VNI {net.vni}) to {remote_host}")
        return
    if remote is None or remote.ip is None:
        walk.drop(hop, "no-route", f"{remote_host} has no VTEP, so {receiver.device} on {network_id} is unreachable from {host_id}")
        return
    outer = (
        IPv4(str(local.ip), str(remote.ip), OUTER_TTL, PROTO_UDP, True),
        UDP(vxlan_source_port(frame), walk.index.vxlan_port),
        VXLAN(net.vni or 0),
        *frame,
    )
    walk.step(
        hop, "encapsulate",
        f"VXLAN VNI {net.vni} ({network_id}): {receiver.device} runs on {remote_host}, so VTEP "
        f"{local.ip} → {remote.ip}, UDP {outer[1].sport} → {walk.index.vxlan_port}",
        rule=f"VNI {net.vni}",
        layer=f"VXLAN {net.vni}",
    )
    entry = lookup(walk, hop, host_id, outer)
    if entry is None:
        return
    route_step(walk, hop, outer, entry, who="underlay")
    send_via(walk, hop, entry, outer, None)


def _decapsulate(walk: Walk, hop, host_id: str, packet: HeaderStack) -> None:
    vx = packet[2]
    assert isinstance(vx, VXLAN)
    network_id = walk.index.network_by_vni.get(vx.vni)
    if network_id is None:
        walk.drop(hop, "unresolved", f"no logical switch has VNI {vx.vni}")
        return
    inner = packet[3:]
    eth = inner[0]
    assert isinstance(eth, Ethernet)
    receiver = segment.resolve_mac(walk, network_id, eth.dst)
    if receiver is None:
        walk.drop(hop, "unresolved", f"no VM on {network_id} has MAC {eth.dst}")
        return
    walk.step(hop, "decapsulate",
              f"VXLAN VNI {vx.vni} → {network_id}; inner frame to {receiver.device} ({eth.dst})",
              rule=f"VNI {vx.vni}", layer=f"VXLAN {vx.vni}")
    walk.forward_frame(hop, walk.index.networks[network_id], inner, receiver, host_id)
