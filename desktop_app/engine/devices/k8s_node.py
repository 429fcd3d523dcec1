"""Kubernetes node: kube-proxy's service DNAT, Calico routing and IP-in-IP, natOutgoing."""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Address, IPv4Network
from typing import NamedTuple

from desktop_app.model.topology import Cluster, Device

from ..headers import PROTO_IPIP, UDP, VXLAN, Ethernet, HeaderStack, IPv4
from ..index import CALICO_GATEWAY_MAC, Attachment, address, stable_hash
from ..messages import (
    CALICO_NOT_ON_LINK,
    CALICO_ROUTE,
    CALICO_VXLAN_POP,
    CALICO_VXLAN_PUSH,
    HOST_LISTENER,
    IPIP_POP,
    IPIP_PUSH,
    MASQUERADE,
    MASQUERADE_TUNNEL,
    NAT_OUTGOING,
    NAT_OUTGOING_OFF,
    NO_ADDRESS,
    NO_NODE_ADDRESS,
    NO_POD_BLOCK,
    NO_SERVICE,
    OPENS,
    POD_ROUTE,
)
from ..packets import PacketBuilder, ports, rewrite
from ..trace import Hop, RouteUsed
from ..walk import Arrival, Walk, routed_frame
from . import calico, kube_proxy, state
from .forwarding import deliver, dst_of, lookup, route_step, send_via


def receive(walk: Walk, arrival: Arrival) -> None:
    node = walk.index.devices[arrival.device]
    hop = walk.open_hop(node.id, "k8s-node", arrival)
    frame = arrival.frame
    # From a host-network process (no Ethernet): the node's own stack originates it.
    originated = arrival.in_network is None and bool(frame) and not isinstance(frame[0], Ethernet)
    packet = routed_frame(frame)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    if ip.protocol == PROTO_IPIP and walk.index.owns(node.id, ip.dst):
        walk.step(hop, "decapsulate", IPIP_POP, rule="tunl0", extra={"layer": "IP-in-IP"}, src=ip.src)
        packet = packet[1:]
    elif (len(packet) > 3 and isinstance(packet[1], UDP) and isinstance(packet[2], VXLAN)
          and packet[2].vni == calico.CALICO_VXLAN_VNI and walk.index.owns(node.id, ip.dst)):
        walk.step(hop, "decapsulate", CALICO_VXLAN_POP, rule="vxlan.calico", extra={"layer": "Calico VXLAN"},
                  src=ip.src)
        packet = routed_frame(packet[3:])
    process(walk, hop, node, packet, originated, arrival.on_host)


def originate(walk: Walk, hop: Hop, node_id: str, build: PacketBuilder) -> None:
    node = walk.index.devices[node_id]
    probe = build(None)
    entry = walk.ctx.routes[node_id].lookup(dst_of(probe))
    src = entry.out.ip if entry is not None and entry.out.ip is not None else walk.index.primary_ip(node_id)
    if src is None:
        walk.drop(hop, "no-route", NO_ADDRESS, device=node_id)
        return
    packet = build(src)
    sport, dport = ports(packet)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    walk.step(hop, "originate", OPENS, device=node_id, src=src, sport=sport, dst=ip.dst, dport=dport)
    process(walk, hop, node, packet, True, walk.index.host_of(node_id))


def _listener(walk: Walk, node: Device, dport: int | None) -> Device | None:
    """A host-network pod on this node that listens on the port."""
    for pod in walk.index.pods_by_node.get(node.id, []):
        if pod.host_network and (dport in (pod.ports or []) or not pod.ports):
            return pod
    return None


def _reply_listener(walk: Walk, node: Device) -> Device | None:
    """The host-network pod on this node whose connection a reply belongs to."""
    pod = walk.index.devices.get(walk.reply_to or "")
    if pod is not None and pod.kind == "pod" and pod.host_network and pod.node == node.id:
        return pod
    return None


def process(walk: Walk, hop: Hop, node: Device, packet: HeaderStack, originated: bool,
            on_host: str | None) -> None:
    host = on_host or walk.index.host_of(node.id)
    before = packet
    replying = walk.conntrack is not None
    if replying:
        # A reply: conntrack undoes what the request's first packet set up; no NAT rule is
        # looked up for a connection that already exists.
        result: kube_proxy.Rewrite | None = kube_proxy.Rewrite(
            state.reverse_at(walk, hop, node.id, packet) or packet, False)
    else:
        result = kube_proxy.apply(walk, hop, node, packet)
    if result is None:
        return
    packet, masquerade = result.packet, result.masquerade
    dst = dst_of(packet)
    _, dport = ports(packet)

    if walk.index.owns(node.id, packet[0].dst):  # type: ignore[union-attr]
        if packet is before and dport is not None and not replying:
            walk.step(hop, "kube-proxy", NO_SERVICE, rule="KUBE-SERVICES", dst=dst, dport=dport)
        listener = _reply_listener(walk, node) if replying else _listener(walk, node, dport)
        if listener is not None:
            walk.step(hop, "route", HOST_LISTENER, rule="local", dst=dst, node=node.id, pod=listener.id,
                      dport=dport)
            walk.hand_over(hop, listener.id, packet, host)
        else:
            deliver(walk, hop, node.id, packet)
        return

    local_pod = walk.index.pod_by_ip.get(packet[0].dst)  # type: ignore[union-attr]
    if local_pod is not None and local_pod.node == node.id:
        if not originated:
            packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
            if packet is None:
                return
        veth, rule, used = _pod_route(local_pod.id, packet[0].dst)  # type: ignore[union-attr]
        walk.step(hop, "route", POD_ROUTE, rule=rule, route_used=used, dst=dst, veth=veth, pod=local_pod.id)
        main = calico.node_attachment(walk, node)
        if masquerade and main is not None and main.ip is not None:
            ip = packet[0]
            assert isinstance(ip, IPv4)
            packet = rewrite(packet, src=str(main.ip))
            walk.step(hop, "snat", MASQUERADE, rule="KUBE-POSTROUTING", old=ip.src, new=main.ip)
        pod_mac = walk.index.attachments[local_pod.id][0].mac
        walk.hand_over(hop, local_pod.id, (Ethernet(CALICO_GATEWAY_MAC, pod_mac), *packet), host)
        return

    cluster = walk.index.clusters.get(node.cluster or "")
    ippool = calico.pool(walk, node)
    if cluster is not None and ippool is not None and dst in ippool:
        _to_other_node(walk, hop, node, cluster, packet, originated, masquerade, host)
        return

    entry = lookup(walk, hop, node.id, packet)
    if entry is None:
        return
    route_step(walk, hop, packet, entry)
    if not originated:
        packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
        if packet is None:
            return
    src = address(packet[0].src)  # type: ignore[union-attr]
    nat_outgoing = cluster is not None and cluster.effective_calico.effective_nat_outgoing
    if ippool is not None and src in ippool and entry.out.ip is not None and not replying:
        if nat_outgoing:
            packet = rewrite(packet, src=str(entry.out.ip))
            walk.step(hop, "snat", NAT_OUTGOING, rule="natOutgoing", old=src, new=entry.out.ip, pool=ippool)
        else:
            walk.step(hop, "route", NAT_OUTGOING_OFF, rule="natOutgoing", src=src)
    elif masquerade and entry.out.ip is not None:
        packet = rewrite(packet, src=str(entry.out.ip))
        walk.step(hop, "snat", MASQUERADE, rule="KUBE-POSTROUTING", old=src, new=entry.out.ip)
    send_via(walk, hop, entry, packet, host)


class _PeerRoute(NamedTuple):
    """A node's Calico route to a peer node's pod block, and how it is written."""

    mine: Attachment
    src: IPv4Address  # mine's address
    via: IPv4Address  # the peer's
    src_text: str  # both as headers carry them
    via_text: str
    block: IPv4Network
    encap: bool
    kind: str  # ipip, vxlan or none
    device: str  # tunl0, vxlan.calico or the node's own interface
    rule: str
    used: RouteUsed
    mode: str  # the cluster's ipipMode (or vxlanMode), as the encapsulation step quotes it


def _peer_route(walk: Walk, node: Device, peer: Device, cluster: Cluster) -> _PeerRoute | None:
    """The route, worked out once per context for each pair of nodes; None when either node
    has no address."""
    key = ("calico-route", node.id, peer.id)
    if key in walk.ctx.remembered:
        return walk.ctx.remembered[key]
    mine, theirs = _node_end(walk, node), _node_end(walk, peer)
    route = None
    if mine is not None and theirs is not None and theirs.block is not None:
        settings = cluster.effective_calico
        encap = calico.needs_encapsulation(settings, mine.attachment, theirs.ip)
        kind = settings.effective_encapsulation
        name = mine.attachment.name
        device = {"ipip": "tunl0", "vxlan": "vxlan.calico"}.get(kind, name) if encap else name
        mine_text, theirs_text = mine.attachment.ip_text, theirs.attachment.ip_text
        assert mine_text is not None and theirs_text is not None  # an attachment with an address
        route = _PeerRoute(mine.attachment, mine.ip, theirs.ip, mine_text, theirs_text, theirs.block,
                           encap, kind, device,
                           f"{theirs.block_text} via {theirs_text} dev {device}",
                           RouteUsed(theirs.block_text, theirs_text, device), settings.effective_ipip_mode)
    walk.ctx.remembered[key] = route
    return route


class _NodeEnd(NamedTuple):
    """A node as an end of Calico routes: its main interface and address, its pod block."""

    attachment: Attachment
    ip: IPv4Address
    block: IPv4Network | None  # a peer always has one: it was found by it
    block_text: str


def _node_end(walk: Walk, node: Device) -> _NodeEnd | None:
    """Once per node and context: a matrix of pods meets each pair of nodes about once, but
    each node many times."""
    key = ("calico-end", node.id)
    if key in walk.ctx.remembered:
        return walk.ctx.remembered[key]
    att = calico.node_attachment(walk, node)
    block = walk.index.node_pod_cidr.get(node.id)
    end = None
    if att is not None and att.ip is not None:
        end = _NodeEnd(att, att.ip, block, str(block) if block is not None else "")
    walk.ctx.remembered[key] = end
    return end


def _to_other_node(walk: Walk, hop: Hop, node: Device, cluster: Cluster, packet: HeaderStack,
                   originated: bool, masquerade: bool, host: str | None) -> None:
    dst = dst_of(packet)
    peer = walk.index.node_for_pod_ip(cluster.id, dst)
    if peer is None or peer.id == node.id:
        walk.drop(hop, "no-route", NO_POD_BLOCK, dst=dst)
        return
    route = _peer_route(walk, node, peer, cluster)
    if route is None:
        walk.drop(hop, "no-route", NO_NODE_ADDRESS, node=node.id, peer=peer.id)
        return
    if not originated:
        packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
        if packet is None:
            return
    mine, src_ip, via, encap, kind, device = route.mine, route.src, route.via, route.encap, route.kind, route.device
    walk.step(hop, "route", CALICO_ROUTE, rule=route.rule, route_used=route.used, dst=dst, block=route.block,
              via=route.via, dev=device, peer=peer.id)
    if masquerade:
        src = calico.tunnel_address(walk, node) if encap else src_ip
        before = packet[0].src  # type: ignore[union-attr]
        packet = rewrite(packet, src=str(src or src_ip))
        walk.step(hop, "snat", MASQUERADE_TUNNEL, rule="KUBE-POSTROUTING", old=before, new=src or src_ip,
                  dev=device)
    if not encap:
        if mine.prefix is None or via not in mine.prefix:
            walk.drop(hop, "no-route", CALICO_NOT_ON_LINK, peer=peer.id, via=via, node=node.id)
            return
        walk.send(hop, mine, route.via_text, packet, host)
        return
    outer = calico.encapsulate(kind, route.src_text, route.via_text, packet, node.id, peer.id)
    mode = route.mode
    if kind == "ipip":
        walk.step(hop, "encapsulate", IPIP_PUSH, rule=f"ipipMode {mode}", extra={"layer": "IP-in-IP"},
                  src=src_ip, dst=via, mode=mode)
    else:
        walk.step(hop, "encapsulate", CALICO_VXLAN_PUSH, rule=f"vxlanMode {mode}",
                  extra={"layer": "Calico VXLAN"}, vni=calico.CALICO_VXLAN_VNI, src=src_ip, dst=via,
                  mode=mode)
    entry = lookup(walk, hop, node.id, outer)
    if entry is None:
        return
    send_via(walk, hop, entry, outer, host)


@lru_cache(maxsize=1 << 14)  # asked for every packet handed to a pod
def _pod_route(pod_id: str, pod_ip: str) -> tuple[str, str, RouteUsed]:
    """Calico's /32 route to a pod on this node: its veth, the route as words and as data."""
    veth = f"cali{_veth(pod_id)}"
    return veth, f"{pod_ip}/32 dev {veth}", RouteUsed(f"{pod_ip}/32", None, veth)


def _veth(pod_id: str) -> str:
    return f"{stable_hash('veth', pod_id):011x}"[:11]
