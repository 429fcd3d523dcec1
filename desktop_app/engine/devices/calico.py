"""Calico on a node: routes to other nodes' pod blocks, IP-in-IP (or VXLAN) via tunl0."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network

from desktop_app.model.topology import Calico, Device

from ..headers import PROTO_IPIP, PROTO_UDP, UDP, VXLAN, Ethernet, HeaderStack, IPv4
from ..index import Attachment, default_mac, parse_net
from ..walk import Walk
from .esxi import vxlan_source_port

CALICO_VXLAN_VNI = 4096
CALICO_VXLAN_PORT = 4789


def pool(walk: Walk, node: Device) -> IPv4Network | None:
    cluster = walk.index.clusters.get(node.cluster or "")
    return parse_net(cluster.pod_cidr) if cluster else None


def node_attachment(walk: Walk, node: Device) -> Attachment | None:
    """The node's main interface: the first with an address."""
    for a in walk.index.attachments.get(node.id, ()):
        if a.ip is not None:
            return a
    return None


def tunnel_address(walk: Walk, node: Device) -> IPv4Address | None:
    """tunl0's address: Calico takes the first address of the node's pod block."""
    block = walk.index.node_pod_cidr.get(node.id)
    return block.network_address if block is not None else None


def needs_encapsulation(calico: Calico, mine: Attachment, peer_ip: IPv4Address) -> bool:
    if calico.effective_encapsulation == "none":
        return False
    if calico.effective_ipip_mode == "cross-subnet":
        return mine.prefix is None or peer_ip not in mine.prefix
    return True


def encapsulate(kind: str, src: str, dst: str, inner: HeaderStack, src_node: str, dst_node: str) -> HeaderStack:
    """The packet in Calico's tunnel from node address ``src`` to ``dst`` (as headers write them)."""
    ip = inner[0]
    assert isinstance(ip, IPv4)
    if kind == "vxlan":
        frame = (Ethernet(default_mac(src_node, "vxlan.calico"), default_mac(dst_node, "vxlan.calico")), *inner)
        return (IPv4(src, dst, 64, PROTO_UDP, ip.df),
                UDP(vxlan_source_port(frame), CALICO_VXLAN_PORT), VXLAN(CALICO_VXLAN_VNI), *frame)
    # tunl0 is created with "ttl inherit": the outer TTL copies the inner one, as does DF.
    return (IPv4(src, dst, ip.ttl, PROTO_IPIP, ip.df), *inner)


OVERHEAD = {"ipip": 20, "vxlan": 50, "none": 0}


def pod_mtu(walk: Walk, pod: Device) -> int:
    """The MTU Calico gives a pod's veth (and tunl0): the cluster's ``mtu``, else the node
    network's MTU less the encapsulation (1480 for IP-in-IP, 1450 for VXLAN on 1500).
    Asked for every packet a pod sends: worked out once per pod and context."""
    key = ("pod-mtu", pod.id)
    mtu = walk.ctx.remembered.get(key)
    if mtu is None:
        mtu = walk.ctx.remembered[key] = _pod_mtu(walk, pod)
    return mtu


def _pod_mtu(walk: Walk, pod: Device) -> int:
    node = walk.index.devices.get(pod.node or "")
    cluster = walk.index.clusters.get(node.cluster or "") if node is not None else None
    if cluster is not None and cluster.mtu:
        return cluster.mtu
    link = link_mtu(walk, node.id) if node is not None else 1500
    kind = cluster.effective_calico.effective_encapsulation if cluster is not None else "none"
    return link - OVERHEAD.get(kind, 0)


def link_mtu(walk: Walk, device_id: str) -> int:
    """The MTU of the network a device's first addressed interface is on."""
    att = next((a for a in walk.index.attachments.get(device_id, []) if a.ip is not None), None)
    net = walk.index.networks.get(att.network or "") if att is not None else None
    return net.effective_mtu if net is not None else 1500


def sending_mtu(walk: Walk, device_id: str) -> int:
    """The MTU a device's own stack sends with: a pod's veth, else its first link's."""
    device = walk.index.devices[device_id]
    if device.kind == "pod":
        if device.host_network:
            return link_mtu(walk, device.node or "")
        return pod_mtu(walk, device)
    return link_mtu(walk, device_id)
