"""Picking fresh names, addresses and VNIs for new interfaces and copies (no Qt)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from desktop_app.model.topology import VNI_MIN, Device, Network, Topology

from . import messages
from .refusal import EditRefused

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
# Addresses handed out on an `internet` network (RFC 5737 TEST-NET-3, like the sample's users).
INTERNET_POOL = ipaddress.IPv4Network("203.0.113.0/24")
# Devices that forward for others: their address on a segment is the segment's gateway.
GATEWAY_KINDS = ("router", "esg", "dlr")
END_HOST_KINDS = ("client", "dns", "vm", "k8s-node", "l2-concentrator")


def check_id(topology: Topology, new_id: str, kind: str = "device",
             current: str | None = None) -> None:
    """Raise ValueError with a sentence when ``new_id`` is not a valid, unused id of this kind."""
    if not new_id:
        raise EditRefused(messages.EMPTY_ID)
    if not ID_PATTERN.fullmatch(new_id):
        raise EditRefused(messages.BAD_NEW_ID, id=new_id)
    if new_id == current:
        return
    if kind == "cluster":
        taken = {c.id for c in topology.kubernetes}
    elif kind == "flow":
        taken = {f.id for f in topology.flows}
    else:
        taken = set(topology.all_ids())
    if new_id in taken:
        raise EditRefused(messages.ID_TAKEN, id=new_id)


def fresh_id(base: str, taken: Iterable[str]) -> str:
    """``base-copy``, then ``base-copy-2``… whichever is not taken."""
    used = set(taken)
    stem = re.sub(r"-copy(-\d+)?$", "", base)
    candidate = f"{stem}-copy"
    n = 2
    while candidate in used:
        candidate = f"{stem}-copy-{n}"
        n += 1
    return candidate


def next_interface_name(device: Device) -> str:
    """The first ``ethN`` the device does not already use."""
    names = set(device.interface_names())
    n = 0
    while f"eth{n}" in names:
        n += 1
    return f"eth{n}"


def _address(text: str | None) -> ipaddress.IPv4Address | None:
    if not text:
        return None
    try:
        return ipaddress.IPv4Interface(text.strip()).ip
    except ValueError:
        return None


def _subnet(network: Network) -> ipaddress.IPv4Network | None:
    if network.kind == "internet":
        return INTERNET_POOL
    try:
        return ipaddress.IPv4Network(network.cidr or "", strict=False)
    except ValueError:
        return None


def subnet_text(network: Network) -> str | None:
    """The network's address range as text (the documentation pool for the internet)."""
    subnet = _subnet(network)
    return str(subnet) if subnet is not None else None


def used_addresses(topology: Topology, network: Network) -> set[ipaddress.IPv4Address]:
    """Addresses already in use in a network's address space.

    Networks with the same CIDR count as one space: a stretched network's two sides (the
    sample's stretch-ls and onprem-stretch) share addresses across the L2 concentrators.
    """
    subnet = _subnet(network)
    if subnet is None:
        return set()
    same_space = {n.id for n in topology.networks
                  if n.id == network.id or (network.kind != "internet" and n.cidr == network.cidr)}
    used: set[ipaddress.IPv4Address] = set()
    texts: list[str | None] = []
    for device in topology.devices:
        for itf in device.interfaces:
            if itf.network in same_space:
                texts += [itf.ip, itf.gateway, *itf.secondary]
        texts += [*(device.vips or []), device.ip]
    for cluster in topology.kubernetes:
        texts += [s.load_balancer_ip for s in cluster.services]
    for text in texts:
        addr = _address(text)
        if addr is not None and addr in subnet:
            used.add(addr)
    return used


def next_free_address(topology: Topology, network: Network,
                      also_taken: Iterable[ipaddress.IPv4Address] = ()) -> str:
    """``a.b.c.d/len``: the lowest free host address in the network, or ValueError when full."""
    subnet = _subnet(network)
    if subnet is None:
        raise EditRefused(messages.NO_CIDR_FOR_ADDRESS, id=network.id)
    taken = used_addresses(topology, network) | set(also_taken)
    for addr in subnet.hosts():
        if addr not in taken:
            return f"{addr}/{subnet.prefixlen}"
    raise EditRefused(messages.NETWORK_FULL, id=network.id, subnet=str(subnet))


def gateway_for(topology: Topology, network: Network) -> str | None:
    """The address of a router, ESG or DLR on the network: a new end host's default gateway."""
    if network.kind == "internet":
        return None  # the cloud itself is the next hop
    for device in topology.devices:
        if device.kind in GATEWAY_KINDS:
            for itf in device.interfaces:
                addr = _address(itf.ip)
                if itf.network == network.id and addr is not None:
                    return str(addr)
    return None


def next_pod_address(topology: Topology, node: Device,
                     also_taken: Iterable[ipaddress.IPv4Address] = ()) -> str | None:
    """A free pod address in the node's pod CIDR (after the block's first address), or None."""
    try:
        block = ipaddress.IPv4Network(node.pod_cidr or "", strict=False)
    except ValueError:
        return None
    taken = {a for d in topology.devices if (a := _address(d.ip)) is not None} | set(also_taken)
    # Calico keeps the block's first address for the node's tunnel interface.
    taken.add(block.network_address + 1)
    for addr in block.hosts():
        if addr not in taken:
            return str(addr)
    return None


def address_in(text: str | None, cidr: str | None) -> bool:
    """Whether an address (with or without a prefix) lies inside a CIDR."""
    addr = _address(text)
    try:
        return addr is not None and addr in ipaddress.IPv4Network(cidr or "", strict=False)
    except ValueError:
        return False


def next_free_vni(topology: Topology, start: int = VNI_MIN) -> int:
    used = {n.vni for n in topology.networks if n.vni is not None}
    vni = start
    while vni in used:
        vni += 1
    return vni


def next_pod_block(topology: Topology, node: Device) -> str | None:
    """A pod CIDR block of the node's size that no other node uses, inside its cluster's range."""
    cluster = topology.cluster(node.cluster or "")
    try:
        size = ipaddress.IPv4Network(node.pod_cidr or "", strict=False).prefixlen
        pool = ipaddress.IPv4Network(cluster.pod_cidr if cluster and cluster.pod_cidr else "",
                                     strict=False)
    except ValueError:
        return None
    if size < pool.prefixlen:
        return None
    taken = []
    for d in topology.devices:
        if d is not node and d.pod_cidr:
            try:
                taken.append(ipaddress.IPv4Network(d.pod_cidr, strict=False))
            except ValueError:
                continue
    for block in pool.subnets(new_prefix=size):
        if not any(block.overlaps(x) for x in taken):
            return str(block)
    return None
