"""Lookups the packet walk needs, built once per topology (addresses, MACs, placement, k8s).

What does not change between traces of one topology is remembered here: parsed addresses,
each device's addresses, a service's ready endpoints and the services listening on an address.
A ``TopologyIndex`` belongs to one ``Context``, which views build again after every edit, so
an edit invalidates all of it at once (a matrix or a check of many intents shares one).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from ipaddress import IPv4Address, IPv4Interface, IPv4Network

from desktop_app.model.topology import Cluster, Device, Network, Service, ServicePort, Topology

CALICO_GATEWAY = "169.254.1.1"
CALICO_GATEWAY_MAC = "ee:ee:ee:ee:ee:ee"


@lru_cache(maxsize=1 << 14)  # a flow's VXLAN source port is asked again at each crossing
def stable_hash(*parts: object) -> int:
    """A hash that is the same on every run and machine (unlike ``hash()``)."""
    text = "\x1f".join(map(str, parts)).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


# NSX-V's DLR answers on every host with one virtual MAC on its logical interfaces.
DLR_VMAC = "02:50:56:56:44:52"


@lru_cache(maxsize=1 << 16)  # every context indexes every interface again
def default_mac(device_id: str, iface_name: str) -> str:
    """A stable locally administered unicast MAC derived from device id and interface name."""
    digest = hashlib.blake2b(f"{device_id}/{iface_name}".encode(), digest_size=5).digest()
    return "02:" + digest.hex(":")


@lru_cache(maxsize=1 << 16)
def address(text: str) -> IPv4Address:
    """A header's address as an ``IPv4Address``; a trace asks for the same few again and again."""
    return IPv4Address(text)


@lru_cache(maxsize=1 << 16)
def text_of(ip: IPv4Address) -> str:
    """An address as a header carries it: ``str`` of an IPv4Address rebuilds the text from
    its number every time, and each packet built or wrapped writes two."""
    return str(ip)


@lru_cache(maxsize=1 << 16)  # addresses are immutable; a topology repeats them
def parse_ip(text: str | None) -> IPv4Address | None:
    if not text:
        return None
    try:
        return IPv4Address(text.split("/")[0])
    except ValueError:
        return None


@lru_cache(maxsize=1 << 16)  # addresses are immutable; a topology repeats them
def parse_iface(text: str | None) -> IPv4Interface | None:
    if not text:
        return None
    try:
        return IPv4Interface(text)
    except ValueError:
        return None


@lru_cache(maxsize=1 << 16)  # addresses are immutable; a topology repeats them
def parse_net(text: str | None) -> IPv4Network | None:
    if not text:
        return None
    try:
        return IPv4Network(text, strict=False)
    except ValueError:
        return None


@dataclass(frozen=True)
class Attachment:
    """A device's presence on a network: which interface, address and MAC answer there."""

    device: str
    iface: int | None  # index into device.interfaces; None for a pod's eth0
    name: str
    network: str | None
    ip: IPv4Address | None
    prefix: IPv4Network | None
    mac: str

    # The address as a header carries it: VTEPs and nodes write it into every tunnel header,
    # and text_of would hash the IPv4Address (in Python) each time.
    ip_text: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ip_text", text_of(self.ip) if self.ip is not None else None)


class TopologyIndex:
    """Everything the walk looks up by key, computed in one pass over the model."""

    def __init__(self, topology: Topology):
        self.topology = topology
        self.devices: dict[str, Device] = {d.id: d for d in topology.devices}
        self.networks: dict[str, Network] = {n.id: n for n in topology.networks}
        self.clusters: dict[str, Cluster] = {c.id: c for c in topology.kubernetes}
        self.vxlan_port = topology.effective_settings.effective_vxlan_port
        self.net_cidr: dict[str, IPv4Network | None] = {n.id: parse_net(n.cidr) for n in topology.networks}
        self.network_by_vni: dict[int, str] = {
            n.vni: n.id for n in topology.networks if n.kind == "vxlan" and n.vni is not None
        }

        self.attachments: dict[str, list[Attachment]] = {}  # device id → its attachments
        self.owner: dict[tuple[str, IPv4Address], Attachment] = {}  # (network, ip) → who answers ARP
        self.by_mac: dict[tuple[str, str], Attachment] = {}  # (network, mac) → attachment
        self.on_network: dict[str, list[Attachment]] = {}
        self.any_owner: dict[IPv4Address, Attachment] = {}
        self.vtep: dict[str, Attachment] = {}  # esxi host id → its VTEP
        self.l2c_by_bridge: dict[str, Device] = {}
        self.pods_by_node: dict[str, list[Device]] = {}
        self.nodes_by_cluster: dict[str, list[Device]] = {}
        # Keyed by the address as a header carries it: a node asks with every packet it routes.
        self.pod_by_ip: dict[str, Device] = {}
        self.node_pod_cidr: dict[str, IPv4Network] = {}
        # Filled on first use by the queries below.
        self._ips: dict[str, list[IPv4Address]] = {}
        self._endpoints: dict[tuple[str, tuple[tuple[str, str], ...]], list[Device]] = {}
        self._services: dict[str, ServiceTable] = {}
        self._pod_blocks: dict[str, list[tuple[int, dict[int, Device]]]] = {}
        self._network_of: dict[IPv4Address, str | None] = {}
        self._host: dict[str, str | None] = {}
        # As headers write them: an IPv4Address hashes in Python, a str keeps its hash.
        self._owned: dict[str, frozenset[str]] = {}

        for d in topology.devices:
            self._index_device(d)
        for d in topology.devices:
            if d.kind == "pod":
                self._index_pod(d)

    # -- building ---------------------------------------------------------------------------
    def _index_device(self, d: Device) -> None:
        atts: list[Attachment] = []
        names = d.interface_names()
        for i, itf in enumerate(d.interfaces):
            ipi = parse_iface(itf.ip)
            mac = (itf.mac or (DLR_VMAC if d.kind == "dlr" else default_mac(d.id, names[i]))).lower()
            att = Attachment(d.id, i, names[i], itf.network, ipi.ip if ipi else None,
                             ipi.network if ipi else None, mac)
            atts.append(att)
            if itf.network:
                self.on_network.setdefault(itf.network, []).append(att)
                self.by_mac[(itf.network, mac)] = att
            if ipi is not None:
                self._own(att, ipi.ip)
            for extra in itf.secondary:
                ip = parse_ip(extra)
                if ip is not None:
                    self._own(att, ip)
            if itf.vtep and d.kind == "esxi-host":
                self.vtep[d.id] = att
        if d.kind == "k8s-node":
            for vip in d.vips or []:
                ip = parse_ip(vip)
                if ip is None:
                    continue
                for att in atts:  # a VIP answers on the interface whose subnet holds it
                    if att.prefix is not None and ip in att.prefix:
                        self._own(att, ip)
                        break
            if d.cluster:
                self.nodes_by_cluster.setdefault(d.cluster, []).append(d)
            block = parse_net(d.pod_cidr)
            if block is not None:
                self.node_pod_cidr[d.id] = block
        if d.kind == "l2-concentrator" and d.bridge:
            self.l2c_by_bridge[d.bridge] = d
        self.attachments[d.id] = atts

    def _own(self, att: Attachment, ip: IPv4Address) -> None:
        if att.network:
            self.owner.setdefault((att.network, ip), att)
        self.any_owner.setdefault(ip, att)

    def _index_pod(self, pod: Device) -> None:
        if pod.node:
            self.pods_by_node.setdefault(pod.node, []).append(pod)
        if not pod.host_network:
            ip = parse_ip(pod.ip)
            if ip is not None:
                self.pod_by_ip.setdefault(text_of(ip), pod)
                att = Attachment(pod.id, None, "eth0", None, ip, None, default_mac(pod.id, "eth0"))
                self.attachments[pod.id] = [att]

    # -- queries ----------------------------------------------------------------------------
    def device_ips(self, device_id: str) -> list[IPv4Address]:
        ips = self._ips.get(device_id)
        if ips is None:
            ips = self._ips[device_id] = self._device_ips(device_id)
        return ips

    def _device_ips(self, device_id: str) -> list[IPv4Address]:
        d = self.devices[device_id]
        seen = {d.id}
        # A host-network pod has its node's addresses; a chain of pods naming pods (an edit
        # in progress) ends where it would go round.
        while d.kind == "pod" and d.host_network and d.node in self.devices and d.node not in seen:
            d = self.devices[d.node]
            seen.add(d.id)
        if d.kind == "pod":
            ip = parse_ip(d.ip)
            return [ip] if ip else []
        ips = [a.ip for a in self.attachments.get(d.id, []) if a.ip is not None]
        for itf in d.interfaces:
            ips += [ip for ip in (parse_ip(s) for s in itf.secondary) if ip is not None]
        ips += [ip for ip in (parse_ip(v) for v in d.vips or []) if ip is not None]
        return ips

    def owns(self, device_id: str, ip: str) -> bool:
        """Whether the device has the address ``ip`` (as a header writes it)."""
        owned = self._owned.get(device_id)
        if owned is None:  # a set: a DLR or an Edge has an address on every network it joins
            owned = self._owned[device_id] = frozenset(map(text_of, self.device_ips(device_id)))
        return ip in owned

    def primary_ip(self, device_id: str) -> IPv4Address | None:
        ips = self.device_ips(device_id)
        return ips[0] if ips else None

    def host_of(self, device_id: str) -> str | None:
        """The ESXi host a device runs on (a pod: its node's), or None.

        Walked with a visited set: a pod naming itself or another pod as its node (loading
        refuses it, an edit may make it) ends the walk instead of recursing without bound.
        """
        if device_id not in self._host:  # asked at nearly every hop
            self._host[device_id] = self._host_of(device_id)
        return self._host[device_id]

    def _host_of(self, device_id: str) -> str | None:
        d = self.devices.get(device_id)
        seen: set[str] = set()
        while d is not None and d.kind == "pod" and d.node and d.id not in seen:
            seen.add(d.id)
            d = self.devices.get(d.node)
        if d is None or d.kind == "pod":
            return None
        if d.kind == "esxi-host":
            return d.id
        return d.host if d.host in self.devices else None

    def resolver_of(self, device_id: str) -> Device | None:
        d = self.devices.get(device_id)
        seen: set[str] = set()
        while d is not None and d.id not in seen:
            if d.dns and d.dns in self.devices:
                return self.devices[d.dns]
            seen.add(d.id)
            d = self.devices.get(d.node) if d.kind == "pod" and d.node else None
        return None

    def pods_matching(self, cluster_id: str, selector: dict[str, str]) -> list[Device]:
        """Ready endpoints: pods of the cluster whose labels include the selector, by id."""
        if not selector:
            return []
        key = (cluster_id, tuple(sorted(selector.items())))
        found = self._endpoints.get(key)
        if found is None:
            found = self._endpoints[key] = self._pods_matching(cluster_id, selector)
        return found

    def services(self, cluster_id: str) -> ServiceTable:
        """The cluster's services by the address and port they listen on."""
        table = self._services.get(cluster_id)
        if table is None:
            cluster = self.clusters.get(cluster_id)
            table = self._services[cluster_id] = ServiceTable(cluster.services if cluster else [])
        return table

    def _pods_matching(self, cluster_id: str, selector: dict[str, str]) -> list[Device]:
        nodes = {n.id for n in self.nodes_by_cluster.get(cluster_id, [])}
        out = [
            p for p in self.topology.devices
            if p.kind == "pod" and p.node in nodes
            and all((p.labels or {}).get(k) == v for k, v in selector.items())
        ]
        return sorted(out, key=lambda p: p.id)

    def pod_ip(self, pod: Device) -> IPv4Address | None:
        if pod.host_network:
            return self.primary_ip(pod.node) if pod.node in self.devices else None
        return parse_ip(pod.ip)

    def node_for_pod_ip(self, cluster_id: str, ip: IPv4Address) -> Device | None:
        """The node whose pod block holds this address (what Calico's BGP routes say): the
        longest block that holds it, the first node in the file among equal ones."""
        blocks = self._pod_blocks.get(cluster_id)
        if blocks is None:
            blocks = self._pod_blocks[cluster_id] = self._blocks_of(cluster_id)
        number = int(ip)
        for length, owners in blocks:  # longest first; most clusters have one block size
            node = owners.get(number >> (32 - length))
            if node is not None:
                return node
        return None

    def _blocks_of(self, cluster_id: str) -> list[tuple[int, dict[int, Device]]]:
        """The cluster's pod blocks by length, each keyed by its network's leading bits."""
        by_length: dict[int, dict[int, Device]] = {}
        for node in self.nodes_by_cluster.get(cluster_id, []):
            block = self.node_pod_cidr.get(node.id)
            if block is not None:
                key = int(block.network_address) >> (32 - block.prefixlen)
                by_length.setdefault(block.prefixlen, {}).setdefault(key, node)
        return sorted(by_length.items(), reverse=True)

    def network_of_ip(self, ip: IPv4Address) -> str | None:
        if ip not in self._network_of:
            self._network_of[ip] = self._network_of_ip(ip)
        return self._network_of[ip]

    def _network_of_ip(self, ip: IPv4Address) -> str | None:
        for nid, cidr in self.net_cidr.items():
            if cidr is not None and ip in cidr:
                return nid
        return None


# kube-proxy's KUBE-SERVICES chain: which of a (service, port) matches, in the order the
# chain lists them (services in file order, their ports in order; ClusterIP, then the
# LoadBalancer address, then a node port).
ServiceMatch = tuple[int, Service, ServicePort, str]


class ServiceTable:
    """A cluster's services keyed by (protocol, address, port) and (protocol, node port).

    Addresses are keyed as headers write them: a node asks for every packet it routes, and an
    IPv4Address key would be hashed in Python each time."""

    def __init__(self, services: list[Service]):
        self.by_address: dict[tuple[str, str, int], ServiceMatch] = {}
        self.by_node_port: dict[tuple[str, int], ServiceMatch] = {}
        order = 0
        for svc in services:
            for sp in svc.ports:
                proto = sp.effective_protocol
                cluster_ip = parse_ip(svc.cluster_ip)
                if cluster_ip is not None:
                    self.by_address.setdefault((proto, text_of(cluster_ip), sp.port), (order, svc, sp, "ClusterIP"))
                lb_ip = parse_ip(svc.load_balancer_ip)
                if svc.effective_type == "LoadBalancer" and lb_ip is not None:
                    self.by_address.setdefault((proto, text_of(lb_ip), sp.port), (order + 1, svc, sp, "LoadBalancer"))
                if svc.effective_type in ("NodePort", "LoadBalancer") and sp.node_port is not None:
                    self.by_node_port.setdefault((proto, sp.node_port), (order + 2, svc, sp, "NodePort"))
                order += 3

    def match(self, proto: str, dst: str, dport: int, dst_is_node: bool) -> ServiceMatch | None:
        """The first (service, port) that matches, as the chain would find it; ``dst`` as a
        header writes it."""
        hit = self.by_address.get((proto, dst, dport))
        if dst_is_node:
            on_port = self.by_node_port.get((proto, dport))
            if on_port is not None and (hit is None or on_port[0] < hit[0]):
                hit = on_port
        return hit


def ip_in(ip: IPv4Address, spec: str | None) -> bool:
    """Whether an address matches a rule's ``src``/``dst`` (CIDR, IP, ``any`` or absent)."""
    if spec is None or spec == "any":
        return True
    network = parse_net(spec)
    return network is not None and ip in network
