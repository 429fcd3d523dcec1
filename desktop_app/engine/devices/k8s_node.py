"""Kubernetes node: kube-proxy's service DNAT, Calico routing and IP-in-IP, natOutgoing."""

from __future__ import annotations

from ipaddress import IPv4Address

from desktop_app.model import topology as t

from ..headers import PROTO_IPIP, UDP, VXLAN, Ethernet, HeaderStack, IPv4
from ..index import CALICO_GATEWAY_MAC
from ..packets import ports, rewrite
from ..trace import Hop
from ..walk import Arrival, Walk, routed_frame
from . import calico, kube_proxy
from .forwarding import deliver_text, dst_of, lookup, route_step, send_via


def receive(walk: Walk, arrival: Arrival) -> None:
    node = walk.index.devices[arrival.device]
    hop = walk.open_hop(node.id, "k8s-node", arrival)
    frame = arrival.frame
    # From a host-network process (no Ethernet): the node's own stack originates it.
    originated = arrival.in_network is None and bool(frame) and not isinstance(frame[0], Ethernet)
    packet = routed_frame(frame)
    ip = packet[0]
    assert isinstance(ip, IPv4)
    if ip.protocol == PROTO_IPIP and walk.index.owns(node.id, IPv4Address(ip.dst)):
        walk.step(hop, "decapsulate", f"IP-in-IP from {ip.src} arrives on tunl0; outer header removed",
                  rule="tunl0", layer="IP-in-IP")
        packet = packet[1:]
    elif (len(packet) > 3 and isinstance(packet[1], UDP) and isinstance(packet[2], VXLAN)
          and packet[2].vni == calico.CALICO_VXLAN_VNI and walk.index.owns(node.id, IPv4Address(ip.dst))):
        walk.step(hop, "decapsulate", f"Calico VXLAN from {ip.src} arrives on vxlan.calico; outer headers removed",
                  rule="vxlan.calico", layer="Calico VXLAN")
        packet = routed_frame(packet[3:])
    process(walk, hop, node, packet, originated, arrival.on_host)


def originate(walk: Walk, hop: Hop, node_id: str, build) -> None:
    node = walk.index.devices[node_id]
    probe = build(None)
    entry = walk.ctx.routes[node_id].lookup(dst_of(probe))
    src = entry.out.ip if entry is not None and entry.out.ip is not None else walk.index.primary_ip(node_id)
    if src is None:
        walk.drop(hop, "no-route", f"{node_id} has no address to send from")
        return
    packet = build(src)
    sport, dport = ports(packet)
    walk.step(hop, "originate", f"{node_id} opens {src}:{sport} → {packet[0].dst}:{dport}")  # type: ignore[union-attr]
    process(walk, hop, node, packet, True, walk.index.host_of(node_id))


def _listener(walk: Walk, node: t.Device, dport: int | None) -> t.Device | None:
    """A host-network pod on this node that listens on the port."""
    for pod in walk.index.pods_by_node.get(node.id, []):
        if pod.host_network and (dport in (pod.ports or []) or not pod.ports):
            return pod
    return None


def process(walk: Walk, hop: Hop, node: t.Device, packet: HeaderStack, originated: bool,
            on_host: str | None) -> None:
    host = on_host or walk.index.host_of(node.id)
    before = packet
    result = kube_proxy.apply(walk, hop, node, packet)
    if result is None:
        return
    packet, masquerade = result.packet, result.masquerade
    dst = dst_of(packet)
    _, dport = ports(packet)

    if walk.index.owns(node.id, dst):
        if packet is before and dport is not None:
            walk.step(hop, "kube-proxy", f"no service rule for {dst}:{dport}; the packet is for this node",
                      rule="KUBE-SERVICES")
        listener = _listener(walk, node, dport)
        if listener is not None:
            walk.step(hop, "route", f"local: {dst} is an address of {node.id}; {listener.id} listens on "
                      f":{dport} in the host network", rule="local")
            walk.hand_over(hop, listener.id, packet, host)
        else:
            walk.deliver(hop, deliver_text(walk, node.id, packet))
        return

    local_pod = walk.index.pod_by_ip.get(dst)
    if local_pod is not None and local_pod.node == node.id:
        if not originated:
            packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
            if packet is None:
                return
        walk.step(hop, "route", f"{dst} dev cali{_veth(local_pod.id)} (Calico's /32 route to pod {local_pod.id})",
                  rule=f"{dst}/32 dev cali{_veth(local_pod.id)}")
        main = calico.node_attachment(walk, node)
        if masquerade and main is not None and main.ip is not None:
            before = packet[0].src  # type: ignore[union-attr]
            packet = rewrite(packet, src=str(main.ip))
            walk.step(hop, "snat", f"MASQUERADE {before} → {main.ip} (KUBE-POSTROUTING)", rule="KUBE-POSTROUTING")
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
    src = IPv4Address(packet[0].src)  # type: ignore[union-attr]
    nat_outgoing = cluster is not None and cluster.effective_calico.effective_nat_outgoing
    if ippool is not None and src in ippool and entry.out.ip is not None:
        if nat_outgoing:
            packet = rewrite(packet, src=str(entry.out.ip))
            walk.step(hop, "snat", f"Calico natOutgoing: {src} → {entry.out.ip} (pod traffic leaving the IP pool "
                      f"{ippool})", rule="natOutgoing")
        else:
            walk.step(hop, "route", f"natOutgoing is off: the pod address {src} leaves the node unchanged",
                      rule="natOutgoing")
    elif masquerade and entry.out.ip is not None:
        packet = rewrite(packet, src=str(entry.out.ip))
        walk.step(hop, "snat", f"MASQUERADE {src} → {entry.out.ip} (KUBE-POSTROUTING)", rule="KUBE-POSTROUTING")
    send_via(walk, hop, entry, packet, host)


def _to_other_node(walk: Walk, hop: Hop, node: t.Device, cluster: t.Cluster, packet: HeaderStack,
                   originated: bool, masquerade: bool, host: str | None) -> None:
    dst = dst_of(packet)
    peer = walk.index.node_for_pod_ip(cluster.id, dst)
    if peer is None or peer.id == node.id:
        walk.drop(hop, "no-route", f"no node's pod block holds {dst}, so Calico has no route for it")
        return
    mine, theirs = calico.node_attachment(walk, node), calico.node_attachment(walk, peer)
    if mine is None or theirs is None or mine.ip is None or theirs.ip is None:
        walk.drop(hop, "no-route", f"{node.id} or {peer.id} has no node address for Calico's route")
        return
    if not originated:
        packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
        if packet is None:
            return
    settings = cluster.effective_calico
    encap = calico.needs_encapsulation(settings, mine, theirs.ip)
    block = walk.index.node_pod_cidr[peer.id]
    kind = settings.effective_encapsulation
    device = {"ipip": "tunl0", "vxlan": "vxlan.calico"}.get(kind, mine.name) if encap else mine.name
    walk.step(hop, "route", f"{dst} matches {block} via {theirs.ip} dev {device} (Calico route to {peer.id}, "
              "learned over BGP)", rule=f"{block} via {theirs.ip} dev {device}")
    if masquerade:
        src = calico.tunnel_address(walk, node) if encap else mine.ip
        before = packet[0].src  # type: ignore[union-attr]
        packet = rewrite(packet, src=str(src or mine.ip))
        walk.step(hop, "snat", f"MASQUERADE {before} → {src or mine.ip} (the address of {device})",
                  rule="KUBE-POSTROUTING")
    if not encap:
        if mine.prefix is None or theirs.ip not in mine.prefix:
            walk.drop(hop, "no-route",
                      f"encapsulation is off and {peer.id} ({theirs.ip}) is not on {node.id}'s subnet; "
                      "the routers between them do not know pod routes")
            return
        walk.send(hop, mine, theirs.ip, packet, host)
        return
    outer = calico.encapsulate(kind, mine.ip, theirs.ip, packet, node.id, peer.id)
    words = "IP-in-IP (IP protocol 4) via tunl0" if kind == "ipip" else f"Calico VXLAN VNI {calico.CALICO_VXLAN_VNI}"
    mode = settings.effective_ipip_mode
    walk.step(hop, "encapsulate", f"{words}: outer {mine.ip} → {theirs.ip} ({mode}); inner TTL and DF copied",
              rule=f"ipipMode {mode}" if kind == "ipip" else f"vxlanMode {mode}",
              layer="IP-in-IP" if kind == "ipip" else "Calico VXLAN")
    entry = lookup(walk, hop, node.id, outer)
    if entry is None:
        return
    send_via(walk, hop, entry, outer, host)


def _veth(pod_id: str) -> str:
    from ..index import stable_hash

    return f"{stable_hash('veth', pod_id):011x}"[:11]
