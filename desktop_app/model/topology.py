"""The topology model: typed dataclasses for format 1 (see docs/format.md).

Fields hold what the file says; a key absent from the file is ``None`` (or an empty
collection) so that saving writes back only what was written. Effective values that
follow from defaults (a label defaulting to the id, an MTU of 1500) live in properties.

Every object remembers the order its keys were written in (``key_order``), so saving keeps
the author's order; that bookkeeping takes no part in equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FORMAT_VERSION = 1

NETWORK_KINDS = ("vlan", "vxlan", "wan", "internet")
DEVICE_KINDS = (
    "client",
    "dns",
    "router",
    "esxi-host",
    "vm",
    "esg",
    "dlr",
    "k8s-node",
    "pod",
    "l2-concentrator",
)
# Devices that run as a VM on an ESXi host and so may carry `host`.
HOSTED_KINDS = ("vm", "esg", "k8s-node", "l2-concentrator", "dns", "client", "router", "dlr")
NODE_ROLES = ("master", "proxy", "worker", "management")
TUNNEL_KINDS = ("ipsec", "gre-ipsec", "gre")
PROTOCOLS = ("tcp", "udp", "icmp")
# What a flow's ``expect`` may name: how its request ended (the one-way dispositions of a
# trace), or how the conversation ended once the reply is traced too.
ONE_WAY_OUTCOMES = (
    "delivered", "denied", "no-route", "ttl-exceeded", "mtu-exceeded", "unresolved", "no-endpoint",
)
CONVERSATION_OUTCOMES = ("established", "no-return-route", "asymmetric", "refused", "black-hole")
OUTCOMES = (*ONE_WAY_OUTCOMES, *CONVERSATION_OUTCOMES)
SERVICE_TYPES = ("ClusterIP", "NodePort", "LoadBalancer")
TRAFFIC_POLICIES = ("Cluster", "Local")
DEFAULT_MTU = 1500
DEFAULT_VXLAN_PORT = 4789
VNI_MIN, VNI_MAX = 5000, 16777215


def _order() -> list[str]:
    return field(default_factory=list, compare=False, repr=False)


@dataclass
class Settings:
    vxlan_port: int | None = None
    key_order: list[str] = _order()

    @property
    def effective_vxlan_port(self) -> int:
        return self.vxlan_port if self.vxlan_port is not None else DEFAULT_VXLAN_PORT


@dataclass
class Zone:
    id: str
    label: str | None = None
    parent: str | None = None
    notes: str | None = None
    key_order: list[str] = _order()

    @property
    def display_label(self) -> str:
        return self.label or self.id


@dataclass
class Network:
    id: str
    kind: str
    label: str | None = None
    zone: str | None = None
    cidr: str | None = None
    vni: int | None = None
    vlan: int | None = None
    mtu: int | None = None
    notes: str | None = None
    key_order: list[str] = _order()

    @property
    def display_label(self) -> str:
        return self.label or self.id

    @property
    def effective_mtu(self) -> int:
        return self.mtu if self.mtu is not None else DEFAULT_MTU


@dataclass
class Interface:
    name: str | None = None
    network: str | None = None
    ip: str | None = None
    secondary: list[str] = field(default_factory=list)
    gateway: str | None = None
    mac: str | None = None
    vtep: bool | None = None
    key_order: list[str] = _order()


@dataclass
class Route:
    to: str
    via: str
    key_order: list[str] = _order()


@dataclass
class NatMatch:
    src: str | None = None
    dst: str | None = None
    protocol: str | None = None
    port: int | None = None
    interface: str | None = None
    key_order: list[str] = _order()


@dataclass
class NatTranslate:
    ip: str | None = None
    port: int | None = None
    key_order: list[str] = _order()


@dataclass
class NatRule:
    name: str
    type: str
    match: NatMatch = field(default_factory=NatMatch)
    translate: NatTranslate = field(default_factory=NatTranslate)
    key_order: list[str] = _order()


@dataclass
class FirewallRule:
    name: str
    action: str
    src: str | None = None
    dst: str | None = None
    protocol: str | None = None
    port: int | None = None
    key_order: list[str] = _order()


@dataclass
class Firewall:
    default: str | None = None
    rules: list[FirewallRule] = field(default_factory=list)
    key_order: list[str] = _order()

    @property
    def effective_default(self) -> str:
        return self.default or "allow"


@dataclass
class Device:
    """Any device. Keys that belong to other kinds stay ``None``; validation says so."""

    id: str
    kind: str
    label: str | None = None
    zone: str | None = None
    host: str | None = None
    interfaces: list[Interface] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    notes: str | None = None
    # client / vm / pod
    dns: str | None = None
    # dns
    records: dict[str, str] | None = None
    # router
    announce: list[str] | None = None
    # esg
    nat: list[NatRule] | None = None
    firewall: Firewall | None = None
    # k8s-node
    cluster: str | None = None
    role: str | None = None
    pod_cidr: str | None = None
    vips: list[str] | None = None
    # pod
    node: str | None = None
    ip: str | None = None
    labels: dict[str, str] | None = None
    ports: list[int] | None = None  # what it listens on (pods; end hosts and nodes too)
    host_network: bool | None = None
    # l2-concentrator
    bridge: str | None = None
    peer: str | None = None
    tunnel: str | None = None
    key_order: list[str] = _order()

    @property
    def display_label(self) -> str:
        return self.label or self.id

    @property
    def effective_tunnel(self) -> str:
        return self.tunnel or "ipsec"

    def interface_names(self) -> list[str]:
        """Interface names with the eth0, eth1… defaults filled in."""
        return [itf.name or f"eth{i}" for i, itf in enumerate(self.interfaces)]


@dataclass
class ServicePort:
    port: int
    target_port: int | None = None
    node_port: int | None = None
    protocol: str | None = None
    key_order: list[str] = _order()

    @property
    def effective_target_port(self) -> int:
        return self.target_port if self.target_port is not None else self.port

    @property
    def effective_protocol(self) -> str:
        return (self.protocol or "TCP").lower()


@dataclass
class Service:
    name: str
    type: str | None = None
    cluster_ip: str | None = None
    load_balancer_ip: str | None = None
    selector: dict[str, str] = field(default_factory=dict)
    external_traffic_policy: str | None = None
    ports: list[ServicePort] = field(default_factory=list)
    notes: str | None = None
    key_order: list[str] = _order()

    @property
    def effective_type(self) -> str:
        return self.type or "ClusterIP"

    @property
    def effective_policy(self) -> str:
        return self.external_traffic_policy or "Cluster"


@dataclass
class IngressRule:
    service: str
    port: int
    host: str | None = None
    path: str | None = None
    key_order: list[str] = _order()


@dataclass
class Ingress:
    name: str
    controller: dict[str, str] = field(default_factory=dict)
    rules: list[IngressRule] = field(default_factory=list)
    notes: str | None = None
    key_order: list[str] = _order()


@dataclass
class Calico:
    encapsulation: str | None = None
    ipip_mode: str | None = None
    nat_outgoing: bool | None = None
    key_order: list[str] = _order()

    @property
    def effective_encapsulation(self) -> str:
        return self.encapsulation or "ipip"

    @property
    def effective_ipip_mode(self) -> str:
        return self.ipip_mode or "always"

    @property
    def effective_nat_outgoing(self) -> bool:
        return True if self.nat_outgoing is None else self.nat_outgoing


@dataclass
class Cluster:
    id: str
    label: str | None = None
    pod_cidr: str | None = None
    service_cidr: str | None = None
    calico: Calico | None = None
    services: list[Service] = field(default_factory=list)
    ingresses: list[Ingress] = field(default_factory=list)
    mtu: int | None = None  # pod veth/tunl0 MTU; default: the node network's less Calico's overhead
    cluster_cidr_masquerade: bool | None = None  # kube-proxy --cluster-cidr: masquerade off-cluster → ClusterIP
    notes: str | None = None
    key_order: list[str] = _order()

    @property
    def display_label(self) -> str:
        return self.label or self.id

    @property
    def effective_calico(self) -> Calico:
        return self.calico or Calico()


@dataclass
class Flow:
    id: str
    source: str  # "from" in the file
    to: str
    label: str | None = None
    protocol: str | None = None
    port: int | None = None
    size: int | None = None
    endpoint: str | None = None
    expect: str | None = None  # an intent: the outcome this flow must have (``hybridviz check``)
    notes: str | None = None
    key_order: list[str] = _order()

    @property
    def display_label(self) -> str:
        return self.label or self.id

    @property
    def effective_protocol(self) -> str:
        return self.protocol or "tcp"


@dataclass
class Topology:
    name: str
    hybridviz: int = FORMAT_VERSION
    description: str | None = None
    settings: Settings | None = None
    zones: list[Zone] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    kubernetes: list[Cluster] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    layout: dict[str, list[float]] = field(default_factory=dict)
    key_order: list[str] = _order()

    @property
    def effective_settings(self) -> Settings:
        return self.settings or Settings()

    # Lookups scan the lists: the model is edited in place, so a cached index would go
    # stale; callers that look up in a loop (engine, scene) build their own maps.
    def device(self, device_id: str) -> Device | None:
        return next((d for d in self.devices if d.id == device_id), None)

    def network(self, network_id: str) -> Network | None:
        return next((n for n in self.networks if n.id == network_id), None)

    def zone(self, zone_id: str) -> Zone | None:
        return next((z for z in self.zones if z.id == zone_id), None)

    def cluster(self, cluster_id: str) -> Cluster | None:
        return next((c for c in self.kubernetes if c.id == cluster_id), None)

    def flow(self, flow_id: str) -> Flow | None:
        return next((f for f in self.flows if f.id == flow_id), None)

    def all_ids(self) -> list[str]:
        return [
            *(z.id for z in self.zones),
            *(n.id for n in self.networks),
            *(d.id for d in self.devices),
        ]

    def summary(self) -> str:
        def count(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        return ", ".join([count(len(self.zones), "zone"), count(len(self.networks), "network"),
                          count(len(self.devices), "device"), count(len(self.flows), "flow")])


