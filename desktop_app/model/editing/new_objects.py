"""Fresh devices and networks for the palette: a free id, a free subnet, a free VNI (no Qt)."""

from __future__ import annotations

import ipaddress

from desktop_app.model.topology import HOSTED_KINDS, VNI_MIN, Cluster, Device, Network, Topology

# Where new networks take their subnets from when the palette adds one.
_NEW_SUBNETS = ipaddress.IPv4Network("10.200.0.0/16")
_NEW_WANS = ipaddress.IPv4Network("10.254.100.0/24")
HOSTABLE_KINDS = tuple(k for k in HOSTED_KINDS)


def fresh_id(topology: Topology, stem: str) -> str:
    """``stem-1``, ``stem-2``… the first one not used by a zone, network or device."""
    taken = set(topology.all_ids())
    n = 1
    while f"{stem}-{n}" in taken:
        n += 1
    return f"{stem}-{n}"


def _free_subnet(topology: Topology, pool: ipaddress.IPv4Network, prefix: int) -> str | None:
    used = []
    for n in topology.networks:
        try:
            used.append(ipaddress.IPv4Network(n.cidr or "", strict=False))
        except ValueError:
            continue
    for candidate in pool.subnets(new_prefix=prefix):
        if not any(candidate.overlaps(u) for u in used):
            return str(candidate)
    return None


def _free_vni(topology: Topology) -> int:
    used = {n.vni for n in topology.networks if n.vni is not None}
    vni = VNI_MIN
    while vni in used:
        vni += 1
    return vni


def new_network(topology: Topology, kind: str, zone: str | None = None) -> Network:
    """A network of this kind with a free id, subnet and (for VXLAN) VNI."""
    stem = {"vlan": "vlan", "vxlan": "ls", "wan": "wan", "internet": "internet"}.get(kind, kind)
    net = Network(id=fresh_id(topology, stem), kind=kind, zone=zone)
    if kind in ("vlan", "vxlan"):
        net.cidr = _free_subnet(topology, _NEW_SUBNETS, 24)
    elif kind == "wan":
        net.cidr = _free_subnet(topology, _NEW_WANS, 30)
    if kind == "vxlan":
        net.vni = _free_vni(topology)
    return net


def new_device(topology: Topology, kind: str, zone: str | None = None,
               container: str | None = None) -> Device:
    """A device of this kind with a free id, placed in a host or node when one is given."""
    device = Device(id=fresh_id(topology, kind), kind=kind, zone=zone)
    parent = topology.device(container) if container else None
    if parent is not None:
        if kind == "pod" and parent.kind == "k8s-node":
            device.node = parent.id
            device.ip = _pod_address(topology, parent)
        elif kind in HOSTABLE_KINDS and parent.kind == "esxi-host":
            device.host = parent.id
    if kind == "k8s-node":
        device.role = "worker"
        cluster = topology.kubernetes[0] if topology.kubernetes else None
        device.cluster = cluster.id if cluster else None
        device.pod_cidr = _free_pod_block(topology, cluster)
    return device


def _free_pod_block(topology: Topology, cluster: Cluster | None) -> str | None:
    """A block of the cluster's pod range no node uses yet, the size its nodes' blocks are."""
    if cluster is None or not cluster.pod_cidr:
        return None
    try:
        pool = ipaddress.IPv4Network(cluster.pod_cidr, strict=False)
    except ValueError:
        return None
    taken = []
    for d in topology.devices:
        try:
            taken.append(ipaddress.IPv4Network(d.pod_cidr or "", strict=False))
        except ValueError:
            continue
    size = max((n.prefixlen for n in taken if n.subnet_of(pool)), default=24)
    if size < pool.prefixlen:
        return None
    for block in pool.subnets(new_prefix=size):
        if not any(block.overlaps(n) for n in taken):
            return str(block)
    return None


def _pod_address(topology: Topology, node: Device) -> str | None:
    try:
        block = ipaddress.IPv4Network(node.pod_cidr or "", strict=False)
    except ValueError:
        return None
    taken = {d.ip for d in topology.devices if d.ip}
    for i, addr in enumerate(block.hosts()):
        if i == 0:
            continue  # Calico keeps the block's first address for the node's tunnel
        if str(addr) not in taken:
            return str(addr)
    return None


def accepts(container_kind: str, kind: str) -> bool:
    """Whether a device of ``kind`` can run inside a container of ``container_kind``."""
    if container_kind == "k8s-node":
        return kind == "pod"
    if container_kind == "esxi-host":
        return kind in HOSTABLE_KINDS
    return False
