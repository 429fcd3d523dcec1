"""Semantic checks on a built model: ids, references, addresses, VNIs, VTEPs, tunnels, layout.

Every check reads indexes built once (id → object, network → addresses), so a topology of
thousands of devices validates in a few tens of milliseconds. The checks never raise: a model
that the reader only half built (``None`` where an object failed to parse) is checked as far
as it goes, because the reader has already reported why.
"""

from __future__ import annotations

import gc
import re
import socket
from collections.abc import Iterable
from itertools import chain
from typing import Any

from . import topology as t
from .problems import ERROR, WARNING, Problem, did_you_mean
from .schema import DEVICE_KIND_KEYS

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_DOTTED_NUMBERS = re.compile(r"[0-9]+(\.[0-9]+)+\Z")
_DNS_NAME = re.compile(
    r"[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)+\.?\Z"
)
_MAC = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}\Z")

MTU_MIN, MTU_MAX = 576, 9216
VXLAN_TRANSPORT_MTU = 1550
NODE_PORT_MIN, NODE_PORT_MAX = 30000, 32767
NAT_TYPES = ("dnat", "snat")
FIREWALL_ACTIONS = ("allow", "deny")
RULE_PROTOCOLS = (*t.PROTOCOLS, "any")
SERVICE_PROTOCOLS = ("TCP", "UDP", "SCTP")
CALICO_ENCAPSULATIONS = ("ipip", "vxlan", "none")
IPIP_MODES = ("always", "cross-subnet")
# Kinds that need no interface of their own: a pod uses its node's, a host may only carry VMs.
_NO_INTERFACE_KINDS = ("pod", "esxi-host")
# VM-like kinds whose frames on a logical switch leave through their host's VTEP (the DLR
# runs in every host's kernel, so it has no one host).
_GUEST_KINDS = frozenset(t.HOSTED_KINDS) - {"dlr"}
# Per device kind, the kind-specific keys it must not carry.
_FOREIGN_KEYS = {
    kind: tuple(key for key, kinds in DEVICE_KIND_KEYS.items() if kind not in kinds)
    for kind in t.DEVICE_KINDS
}
# Suggestions cost a fuzzy search over every id; past this many a broken file stops paying.
_SUGGESTION_BUDGET = 100

Net = tuple[int, int]  # (network address as an int, prefix length)


# -- IPv4 text ----------------------------------------------------------------------------
# A regular expression and inet_aton instead of ipaddress (~5 µs per parse; a big topology
# has tens of thousands of addresses); the rules are the same: four decimal octets, no
# leading zeros. The pattern does the checking because inet_aton alone accepts '10.1'.


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}\Z")
_PREFIXED = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})/(3[0-2]|[12][0-9]|[0-9])\Z")


def parse_ip(text: object) -> int | None:
    """``a.b.c.d`` as an int, or None when it is not a dotted-quad IPv4 address."""
    if text.__class__ is not str or _IPV4.match(text) is None:  # type: ignore[arg-type]
        return None
    return int.from_bytes(socket.inet_aton(text), "big")  # type: ignore[arg-type]


def parse_prefixed(text: object) -> Net | None:
    """``a.b.c.d/len`` as (address, len), host bits kept; None when malformed."""
    if text.__class__ is not str:
        return None
    m = _PREFIXED.match(text)  # type: ignore[arg-type]
    if m is None:
        return None
    return int.from_bytes(socket.inet_aton(m.group(1)), "big"), int(m.group(2))


def format_ip(value: int) -> str:
    return f"{value >> 24 & 255}.{value >> 16 & 255}.{value >> 8 & 255}.{value & 255}"


def _mask(plen: int) -> int:
    return (0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF


def contains(net: Net, ip: int) -> bool:
    return (ip ^ net[0]) >> (32 - net[1]) == 0


def _overlap(a: Net, b: Net) -> bool:
    return contains(a, b[0]) or contains(b, a[0])


def _show(net: Net) -> str:
    return f"{format_ip(net[0])}/{net[1]}"


def _article(word: str) -> str:
    # Said aloud: "an l2-concentrator" (el-two), "an esg", "a k8s-node".
    spoken_vowel = (word[:1] != "" and word[0] in "aeiou") or word.startswith("l2")
    return ("an " if spoken_vowel else "a ") + word


def _choices(what: str, value: object, choices: Iterable[str]) -> str:
    """``unknown device kind 'vmm'; did you mean 'vm'?`` or the list of valid values."""
    options = list(choices)
    hint = did_you_mean(str(value), options)
    return f"unknown {what} '{value}'" + (hint or "; use one of: " + ", ".join(options))


def _selector_matches(selector: dict[str, str], labels: dict[str, str] | None) -> bool:
    if not labels:
        return False
    return all(labels.get(k) == v for k, v in selector.items())


class _Checker:
    """One validation pass; holds the indexes the checks share."""

    def __init__(self, topology: t.Topology) -> None:
        self.topo = topology
        self.problems: list[Problem] = []
        self.suggestions_left = _SUGGESTION_BUDGET
        self.ip_cache: dict[str, int | None] = {}
        self.duplicated: set[str] = set()
        # First occurrence of each id wins; duplicates are reported once, where they repeat.
        self.kind_of_id: dict[str, str] = {}
        self.zones: dict[str, t.Zone] = {}
        self.zone_index: dict[str, int] = {}
        self.networks: dict[str, t.Network] = {}
        self.network_index: dict[str, int] = {}
        self.devices: dict[str, t.Device] = {}
        self.device_index: dict[str, int] = {}
        self.clusters: dict[str, t.Cluster] = {}
        self.net_cidr: dict[str, Net] = {}
        self.cluster_pod_cidr: dict[str, Net] = {}
        # (L2 domain, address) → path of its first owner; bridged networks share a domain.
        self.domain: dict[str, str] = {}
        self.address_owner: dict[tuple[str, int], str] = {}
        self.held_addresses: set[int] = set()
        self.pending_next_hops: list[tuple[str, str, str, int, str]] = []
        self.records: dict[str, list[str]] = {}
        self.pods_by_cluster: dict[str, list[t.Device]] = {}
        self.vtep_count: dict[str, int] = {}
        self.transport_networks: set[str] = set()
        self.vxlan_guests: dict[str, tuple[str, str]] = {}

    # -- reporting --------------------------------------------------------------------------
    def error(self, path: str, message: str, subject: str | None = None) -> None:
        self.problems.append(Problem(path, message, ERROR, subject=subject))

    def warn(self, path: str, message: str, subject: str | None = None) -> None:
        self.problems.append(Problem(path, message, WARNING, subject=subject))

    def suggest(self, word: str, choices: Iterable[str]) -> str:
        if self.suggestions_left <= 0:
            return ""
        self.suggestions_left -= 1
        return did_you_mean(word, choices)

    def run(self) -> list[Problem]:
        self.check_ids()
        self.check_settings()
        self.check_zones()
        self.check_networks()
        self.check_cluster_ranges()
        self.index_bridges()
        for i, device in enumerate(self.topo.devices):
            if isinstance(device, t.Device):
                self.check_device(i, device)
        self.check_next_hops()
        self.check_vteps()
        self.check_kubernetes()
        self.check_flows()
        self.check_layout()
        return self.problems

    # -- ids --------------------------------------------------------------------------------
    def check_ids(self) -> None:
        first_path: dict[str, str] = {}
        groups: list[tuple[str, str, list[Any], dict[str, Any], dict[str, int]]] = [
            ("zones", "zone", self.topo.zones, self.zones, self.zone_index),
            ("networks", "network", self.topo.networks, self.networks, self.network_index),
            ("devices", "device", self.topo.devices, self.devices, self.device_index),
        ]
        valid = ID_PATTERN.match
        for section, word, items, table, index in groups:
            for i, obj in enumerate(items):
                if obj is None:
                    continue
                ident = obj.id
                if not valid(ident):
                    self.check_id_syntax(f"{section}[{i}].id", ident, ident)
                if ident in first_path:
                    self.error(
                        f"{section}[{i}].id",
                        f"duplicate id '{ident}': {first_path[ident]} already uses it; "
                        "ids are unique across zones, networks and devices, so rename one",
                        ident,
                    )
                    # References of this section's kind still resolve (no cascade of
                    # "not a network" errors); layout entries for the id are ambiguous.
                    self.duplicated.add(ident)
                    if ident not in table:
                        table[ident] = obj
                        index[ident] = i
                    continue
                first_path[ident] = f"{section}[{i}]"
                self.kind_of_id[ident] = word
                table[ident] = obj
                index[ident] = i
        self.unique_ids("kubernetes", "cluster", self.topo.kubernetes, self.clusters)
        self.unique_ids("flows", "flow", self.topo.flows, {})

    def unique_ids(self, section: str, word: str, items: list[Any], table: dict[str, Any]) -> None:
        seen: dict[str, int] = {}
        for i, obj in enumerate(items):
            if obj is None:
                continue
            path = f"{section}[{i}].id"
            subject = obj.id if word == "flow" else None
            self.check_id_syntax(path, obj.id, subject)
            if obj.id in seen:
                self.error(
                    path,
                    f"duplicate {word} id '{obj.id}': {section}[{seen[obj.id]}] already uses it; "
                    "rename one",
                    subject,
                )
                continue
            seen[obj.id] = i
            table[obj.id] = obj

    def check_id_syntax(self, path: str, ident: str, subject: str | None) -> None:
        if not ID_PATTERN.match(ident):
            self.error(
                path,
                f"invalid id '{ident}': an id starts with a letter or digit and holds only "
                "letters, digits, '_', '.' and '-'",
                subject,
            )

    # -- settings and zones ---------------------------------------------------------------
    def check_settings(self) -> None:
        s = self.topo.settings
        if s is not None and s.vxlan_port is not None and not 1 <= s.vxlan_port <= 65535:
            self.error(
                "settings.vxlan_port",
                f"vxlan_port {s.vxlan_port} is not a port; use 4789 "
                "(or 8472 for older NSX-V installs)",
            )

    def ref_zone(self, path: str, value: str | None, subject: str | None) -> None:
        if value is None or value in self.zones:
            return
        self.error(path, self.unknown("zone", value, self.zones, "declare it under zones"), subject)

    def unknown(self, word: str, value: str, choices: Iterable[str], fix: str) -> str:
        other = self.kind_of_id.get(value)
        if other is not None and other != word:
            return f"'{value}' is {_article(other)}, not {_article(word)}" + (
                self.suggest(value, choices) or f"; {fix}"
            )
        return f"unknown {word} '{value}'" + (self.suggest(value, choices) or f"; {fix}")

    def check_zones(self) -> None:
        for i, zone in enumerate(self.topo.zones):
            if zone is None or zone.parent is None:
                continue
            if zone.parent == zone.id:
                self.error(
                    f"zones[{i}].parent",
                    f"zone '{zone.id}' cannot be its own parent; remove parent",
                    zone.id,
                )
            else:
                self.ref_zone(f"zones[{i}].parent", zone.parent, zone.id)
        # Parent cycles: walk up from every zone; colour zones done once their chain ends.
        done: set[str] = set()
        for zone_id in self.zones:
            chain: list[str] = []
            on_chain: set[str] = set()
            current: str | None = zone_id
            while current is not None and current in self.zones and current not in done:
                if current in on_chain:
                    cycle = chain[chain.index(current) :]
                    if len(cycle) > 1:
                        first = min(cycle, key=self.zone_index.__getitem__)
                        start = cycle.index(first)
                        ring = cycle[start:] + cycle[:start] + [first]
                        self.error(
                            f"zones[{self.zone_index[first]}].parent",
                            f"zone parents form a cycle ({' → '.join(ring)}); "
                            "remove one of these parents",
                            first,
                        )
                    break
                chain.append(current)
                on_chain.add(current)
                current = self.zones[current].parent
            done.update(chain)

    # -- networks ---------------------------------------------------------------------------
    def check_networks(self) -> None:
        vni_owner: dict[int, str] = {}
        for i, net in enumerate(self.topo.networks):
            if net is None:
                continue
            path = f"networks[{i}]"
            nid = net.id
            if net.kind not in t.NETWORK_KINDS:
                self.error(f"{path}.kind", _choices("network kind", net.kind, t.NETWORK_KINDS), nid)
            self.ref_zone(f"{path}.zone", net.zone, nid)
            if net.cidr is None:
                if net.kind != "internet" and net.kind in t.NETWORK_KINDS:
                    self.error(
                        path,
                        f"network '{nid}' needs a cidr (its IPv4 subnet, like 10.0.1.0/24); "
                        "only internet networks go without",
                        nid,
                    )
            else:
                cidr = self.cidr(f"{path}.cidr", net.cidr, nid)
                if cidr is not None:
                    self.net_cidr[nid] = cidr
            if net.kind == "vxlan":
                if net.vni is None:
                    self.error(
                        path,
                        f"logical switch '{nid}' needs a vni ({t.VNI_MIN}–{t.VNI_MAX}, unique)",
                        nid,
                    )
                elif not t.VNI_MIN <= net.vni <= t.VNI_MAX:
                    self.error(
                        f"{path}.vni",
                        f"vni {net.vni} is out of range; use {t.VNI_MIN}–{t.VNI_MAX}",
                        nid,
                    )
                elif net.vni in vni_owner:
                    self.error(
                        f"{path}.vni",
                        f"vni {net.vni} is already used by logical switch "
                        f"'{vni_owner[net.vni]}'; give each logical switch its own vni",
                        nid,
                    )
                else:
                    vni_owner[net.vni] = nid
            elif net.vni is not None:
                self.error(
                    f"{path}.vni",
                    f"vni only applies to vxlan networks and '{nid}' is {net.kind}; "
                    "remove vni or set kind: vxlan",
                    nid,
                )
            if net.vlan is not None:
                if not 1 <= net.vlan <= 4094:
                    self.error(
                        f"{path}.vlan", f"vlan tag {net.vlan} is out of range; use 1–4094", nid
                    )
                elif net.kind != "vlan":
                    self.warn(
                        f"{path}.vlan",
                        f"vlan tags only apply to vlan networks and '{nid}' is "
                        f"{net.kind}; remove vlan",
                        nid,
                    )
            if net.mtu is not None and not MTU_MIN <= net.mtu <= MTU_MAX:
                self.error(
                    f"{path}.mtu",
                    f"mtu {net.mtu} is out of range; use {MTU_MIN}–{MTU_MAX} "
                    f"(default {t.DEFAULT_MTU})",
                    nid,
                )

    # -- addresses --------------------------------------------------------------------------
    def cidr(self, path: str, text: str, subject: str | None) -> Net | None:
        """A network in CIDR form, or None after reporting why it is not one."""
        net = parse_prefixed(text)
        if net is None:
            self.error(
                path,
                f"'{text}' is not an IPv4 network; write it as a.b.c.d/len, like 10.0.1.0/24",
                subject,
            )
            return None
        base = net[0] & _mask(net[1])
        if base != net[0]:
            self.error(
                path,
                f"'{text}' has host bits set; did you mean '{format_ip(base)}/{net[1]}'?",
                subject,
            )
            return None
        return net

    def ip(self, path: str, text: str, subject: str | None) -> int | None:
        # Gateways and next hops repeat across hundreds of devices: parse each text once.
        ip = self.ip_cache.get(text, -1)
        if ip == -1:
            ip = self.ip_cache[text] = parse_ip(text)
        if ip is None:
            if parse_prefixed(text) is not None:
                self.error(
                    path,
                    f"'{text}' is a network; write a single address here, like "
                    f"'{text.partition('/')[0]}'",
                    subject,
                )
            else:
                self.error(path, f"'{text}' is not an IPv4 address; write it as a.b.c.d", subject)
        return ip

    def match_address(self, path: str, text: str | None, subject: str | None) -> None:
        """A firewall or NAT match: an address, a network or ``any``."""
        if text is None or text == "any":
            return
        if "/" in text:
            self.cidr(path, text, subject)
        elif parse_ip(text) is None:
            self.error(
                path,
                f"'{text}' is not an address, a network or 'any'; write a.b.c.d, "
                "a.b.c.d/len or any",
                subject,
            )

    def port(self, path: str, value: int | None, subject: str | None, what: str = "port") -> None:
        if value is not None and not 1 <= value <= 65535:
            self.error(path, f"{what} {value} is out of range; use 1–65535", subject)

    def claim(self, network: str, ip: int, path: str, subject: str) -> None:
        """Record that an address answers on a network; report it if another already does."""
        key = (self.domain.get(network, network), ip)
        owner = self.address_owner.get(key)
        if owner is None:
            self.address_owner[key] = path
            self.held_addresses.add(ip)
        else:
            self.error(
                path,
                f"address {format_ip(ip)} is already used on this network by {owner}; "
                "give each interface its own address",
                subject,
            )

    def index_bridges(self) -> None:
        # Networks bridged by an L2 concentrator pair are one L2 domain (one subnet, one set
        # of addresses): the stretched VM's gateway lives on the other site.
        for device in self.devices.values():
            if device.kind != "l2-concentrator" or device.bridge is None or device.peer is None:
                continue
            peer = self.devices.get(device.peer)
            if peer is None or peer.bridge is None:
                continue
            a = self.domain.get(device.bridge, device.bridge)
            b = self.domain.get(peer.bridge, peer.bridge)
            if a != b:
                for net, dom in list(self.domain.items()):
                    if dom == b:
                        self.domain[net] = a
                self.domain[b] = a
                self.domain.setdefault(device.bridge, a)

    def check_cluster_ranges(self) -> None:
        for i, cluster in enumerate(self.topo.kubernetes):
            if cluster is None:
                continue
            path = f"kubernetes[{i}]"
            pods = services = None
            if cluster.pod_cidr is not None:
                pods = self.cidr(f"{path}.pod_cidr", cluster.pod_cidr, None)
                if pods is not None:
                    self.cluster_pod_cidr[cluster.id] = pods
            if cluster.service_cidr is not None:
                services = self.cidr(f"{path}.service_cidr", cluster.service_cidr, None)
            if pods is not None and services is not None and _overlap(pods, services):
                self.error(
                    f"{path}.service_cidr",
                    f"service_cidr {_show(services)} overlaps pod_cidr "
                    f"{_show(pods)}; pick ranges that do not overlap",
                )

    # -- devices ----------------------------------------------------------------------------
    def check_device(self, i: int, d: t.Device) -> None:
        path = f"devices[{i}]"
        did = d.id
        kind = d.kind
        known_kind = kind in t.DEVICE_KINDS
        if not known_kind:
            self.error(f"{path}.kind", _choices("device kind", kind, t.DEVICE_KINDS), did)
        if d.zone is not None and d.zone not in self.zones:
            self.ref_zone(f"{path}.zone", d.zone, did)
        misplaced: set[str] = set()
        if known_kind:
            fields = d.__dict__
            for key in _FOREIGN_KEYS[kind]:
                if fields[key] is not None:
                    misplaced.add(key)
                    allowed = ", ".join(k for k in t.DEVICE_KINDS if k in DEVICE_KIND_KEYS[key])
                    self.warn(
                        f"{path}.{key}",
                        f"'{key}' does not apply to {_article(kind)} (only to {allowed}); "
                        "remove it or change the kind",
                        did,
                    )
        if d.host is not None and "host" not in misplaced:
            self.ref_device(
                f"{path}.host", d.host, did, "esxi-host", "name the ESXi host it runs on"
            )
            if d.host == did:
                self.error(
                    f"{path}.host",
                    f"'{did}' cannot run on itself; name the ESXi host it runs on",
                    did,
                )
        self.check_interfaces(path, d)
        self.check_routes(path, d)
        if d.dns is not None and "dns" not in misplaced:
            self.ref_device(
                f"{path}.dns", d.dns, did, "dns", "name the dns device that resolves its names"
            )
        if kind == "dns" and d.records is not None:
            for name, value in d.records.items():
                if isinstance(value, str):
                    self.ip(f"{path}.records.{name}", value, did)
                self.records.setdefault(name, []).append(did)
        if kind == "router" and d.announce is not None:
            for k, text in enumerate(d.announce):
                if isinstance(text, str):
                    self.cidr(f"{path}.announce[{k}]", text, did)
        if kind == "esg":
            self.check_nat(path, d)
            self.check_firewall(path, d)
        elif kind == "k8s-node":
            self.check_node(path, d)
        elif kind == "pod":
            self.check_pod(path, d)
        elif kind == "l2-concentrator":
            self.check_concentrator(path, d)
        if not d.interfaces and known_kind and kind not in _NO_INTERFACE_KINDS:
            self.warn(
                path,
                f"{kind} '{did}' has no interfaces, so packets cannot reach it; "
                "add one under interfaces",
                did,
            )

    def ref_device(
        self, path: str, value: str, subject: str, wanted: str, fix: str
    ) -> t.Device | None:
        """The device a reference names when it is of the wanted kind; reports otherwise."""
        target = self.devices.get(value)
        if target is not None and target.kind == wanted:
            return target
        # A generator: only consumed while suggestions are still affordable.
        choices = (k for k, dev in self.devices.items() if dev.kind == wanted)
        if target is not None:
            hint = self.suggest(value, choices) or f"; {fix}"
            noun = "dns device" if wanted == "dns" else wanted
            self.error(
                path, f"'{value}' is {_article(target.kind)}, not {_article(noun)}{hint}", subject
            )
        else:
            self.error(
                path,
                self.unknown(wanted if wanted != "dns" else "device", value, choices, fix),
                subject,
            )
        return None

    def check_interfaces(self, path: str, d: t.Device) -> None:
        did = d.id
        names: set[str] = set()
        vteps = 0
        homeless = False
        for k, itf in enumerate(d.interfaces):
            if itf is None:
                continue
            ipath = f"{path}.interfaces[{k}]"
            name = itf.name or f"eth{k}"
            if name in names:
                self.error(
                    f"{ipath}.name" if itf.name else ipath,
                    f"interface name '{name}' is used twice on '{did}'; rename one",
                    did,
                )
            names.add(name)
            if itf.mac is not None and not _MAC.match(itf.mac):
                self.error(
                    f"{ipath}.mac",
                    f"'{itf.mac}' is not a MAC address; write it as 02:00:00:00:00:01 "
                    "or leave it out for a stable default",
                    did,
                )
            net: t.Network | None = None
            if itf.network is None:
                self.error(
                    ipath, "an interface needs 'network', the id of the network it is on", did
                )
            else:
                net = self.networks.get(itf.network)
                if net is None:
                    self.error(
                        f"{ipath}.network",
                        self.unknown(
                            "network", itf.network, self.networks, "declare it under networks"
                        ),
                        did,
                    )
            if itf.vtep:
                vteps += 1
                if d.kind != "esxi-host":
                    self.error(
                        f"{ipath}.vtep",
                        f"only an esxi-host has a VTEP and '{did}' is {_article(d.kind)}; "
                        "remove vtep",
                        did,
                    )
                elif vteps > 1:
                    self.error(
                        f"{ipath}.vtep",
                        f"'{did}' already has a VTEP interface; a host has one, "
                        "so remove vtep here",
                        did,
                    )
                if itf.ip is None:
                    self.error(ipath, "a VTEP needs an ip on the transport network", did)
                if net is not None:
                    if net.kind == "vxlan":
                        self.error(
                            f"{ipath}.network",
                            f"a VTEP sits on the underlay, but '{net.id}' is a "
                            "logical switch; put it on a vlan transport network",
                            did,
                        )
                    elif d.kind == "esxi-host":
                        self.transport_networks.add(net.id)
            if net is not None and net.kind == "vxlan" and d.kind in _GUEST_KINDS:
                if d.host is None:
                    if not homeless:
                        self.warn(
                            path,
                            f"'{did}' is on logical switch '{net.id}' but has no host; set host "
                            "to the esxi-host it runs on so VXLAN can be traced",
                            did,
                        )
                    homeless = True
                elif d.host not in self.vxlan_guests:
                    self.vxlan_guests[d.host] = (did, net.id)
            self.check_interface_addresses(ipath, itf, net, did, d)
        if d.kind == "esxi-host":
            self.vtep_count[did] = vteps

    def check_interface_addresses(
        self, ipath: str, itf: t.Interface, net: t.Network | None, did: str, d: t.Device
    ) -> None:
        cidr = self.net_cidr.get(net.id) if net is not None else None
        on_internet = net is not None and net.kind == "internet"
        if itf.ip is not None:
            addr = parse_prefixed(itf.ip)
            if addr is None:
                if parse_ip(itf.ip) is not None:
                    plen = cidr[1] if cidr is not None else 24
                    self.error(
                        f"{ipath}.ip",
                        f"write the interface address with its prefix length, "
                        f"like '{itf.ip}/{plen}'",
                        did,
                    )
                else:
                    self.error(
                        f"{ipath}.ip",
                        f"'{itf.ip}' is not an interface address; write it as a.b.c.d/len, "
                        "like 10.0.1.5/24",
                        did,
                    )
            elif net is not None:
                ip, plen = addr
                if cidr is not None and not on_internet:
                    if not contains(cidr, ip):
                        self.error(
                            f"{ipath}.ip",
                            f"{format_ip(ip)} is outside network '{net.id}' "
                            f"({_show(cidr)}); use an address inside it or change network",
                            did,
                        )
                    else:
                        if plen != cidr[1]:
                            self.warn(
                                f"{ipath}.ip",
                                f"prefix /{plen} differs from network '{net.id}' "
                                f"({_show(cidr)}); write /{cidr[1]}",
                                did,
                            )
                        if cidr[1] <= 30 and ip in (
                            cidr[0],
                            cidr[0] | (~_mask(cidr[1]) & 0xFFFFFFFF),
                        ):
                            self.warn(
                                f"{ipath}.ip",
                                f"{format_ip(ip)} is the network or broadcast address "
                                f"of {_show(cidr)}; pick a host address",
                                did,
                            )
                self.claim(net.id, ip, f"{ipath}.ip", did)
            if d.kind == "l2-concentrator" and itf.network is not None and itf.network == d.bridge:
                self.error(
                    f"{ipath}.ip",
                    "the bridge interface carries the stretched network's frames and has "
                    "no address of its own; remove ip",
                    did,
                )
        for k, text in enumerate(itf.secondary):
            if not isinstance(text, str):
                continue
            spath = f"{ipath}.secondary[{k}]"
            ip2 = self.ip(spath, text, did)
            if ip2 is not None and net is not None:
                if cidr is not None and not on_internet and not contains(cidr, ip2):
                    self.error(
                        spath,
                        f"{format_ip(ip2)} is outside network '{net.id}' ({_show(cidr)}); "
                        "use an address inside it",
                        did,
                    )
                self.claim(net.id, ip2, spath, did)
        if itf.gateway is not None:
            gw = self.ip(f"{ipath}.gateway", itf.gateway, did)
            if gw is not None and net is not None and cidr is not None and not on_internet:
                if not contains(cidr, gw):
                    self.error(
                        f"{ipath}.gateway",
                        f"gateway {format_ip(gw)} is outside network '{net.id}' "
                        f"({_show(cidr)}); a gateway must be on the interface's own network",
                        did,
                    )
                else:
                    self.pending_next_hops.append((f"{ipath}.gateway", did, net.id, gw, "gateway"))

    def check_routes(self, path: str, d: t.Device) -> None:
        if not d.routes:
            return
        connected: list[tuple[Net, str]] = []
        for itf in d.interfaces:
            if itf is None or itf.ip is None or itf.network is None:
                continue
            addr = parse_prefixed(itf.ip)
            net = self.networks.get(itf.network)
            if addr is None or net is None:
                continue
            cidr = self.net_cidr.get(net.id)
            if net.kind == "internet" or cidr is None:
                cidr = (addr[0] & _mask(addr[1]), addr[1])
            connected.append((cidr, net.id))
        for k, route in enumerate(d.routes):
            if route is None:
                continue
            rpath = f"{path}.routes[{k}]"
            self.cidr(f"{rpath}.to", route.to, d.id)
            via = self.ip(f"{rpath}.via", route.via, d.id)
            if via is None:
                continue
            hit = next((net_id for cidr, net_id in connected if contains(cidr, via)), None)
            if hit is None:
                subnets = ", ".join(_show(c) for c, _ in connected) or "none"
                self.error(
                    f"{rpath}.via",
                    f"next hop {format_ip(via)} is not on a subnet connected to "
                    f"'{d.id}' ({subnets}); use an address on one of its networks",
                    d.id,
                )
            elif self.networks[hit].kind != "internet":
                self.pending_next_hops.append((f"{rpath}.via", d.id, hit, via, "next hop"))

    def check_next_hops(self) -> None:
        for path, did, net_id, ip, word in self.pending_next_hops:
            if self.networks[net_id].kind not in t.NETWORK_KINDS:
                continue  # unknown kind: already an error, and maybe meant to be internet
            if (self.domain.get(net_id, net_id), ip) not in self.address_owner:
                self.warn(
                    path,
                    f"no device on network '{net_id}' has {word} address {format_ip(ip)}; "
                    "give the router that interface address",
                    did,
                )

    def check_nat(self, path: str, d: t.Device) -> None:
        if not d.nat:
            return
        names = set(d.interface_names()) if all(i is not None for i in d.interfaces) else set()
        seen: set[str] = set()
        for k, rule in enumerate(d.nat):
            if rule is None:
                continue
            rpath = f"{path}.nat[{k}]"
            if rule.name in seen:
                self.warn(
                    f"{rpath}.name",
                    f"another NAT rule is already named '{rule.name}'; traces name "
                    "the rule that matched, so give each its own name",
                    d.id,
                )
            seen.add(rule.name)
            if rule.type not in NAT_TYPES:
                self.error(f"{rpath}.type", _choices("NAT type", rule.type, NAT_TYPES), d.id)
            m, tr = rule.match, rule.translate
            if m is not None:
                self.match_address(f"{rpath}.match.src", m.src, d.id)
                self.match_address(f"{rpath}.match.dst", m.dst, d.id)
                if m.protocol is not None and m.protocol not in RULE_PROTOCOLS:
                    self.error(
                        f"{rpath}.match.protocol",
                        _choices("protocol", m.protocol, RULE_PROTOCOLS),
                        d.id,
                    )
                self.port(f"{rpath}.match.port", m.port, d.id)
                if m.interface is not None and m.interface not in names:
                    self.error(
                        f"{rpath}.match.interface",
                        f"'{d.id}' has no interface named '{m.interface}'"
                        + (
                            self.suggest(m.interface, names)
                            or "; use one of: " + ", ".join(sorted(names))
                        ),
                        d.id,
                    )
            if tr is not None:
                if tr.ip is not None:
                    self.ip(f"{rpath}.translate.ip", tr.ip, d.id)
                self.port(f"{rpath}.translate.port", tr.port, d.id)
                if rule.type == "dnat" and tr.ip is None and tr.port is None:
                    self.error(
                        f"{rpath}.translate",
                        "a DNAT rule needs translate.ip or translate.port (the new destination)",
                        d.id,
                    )
                elif rule.type == "snat" and tr.ip is None:
                    self.error(
                        f"{rpath}.translate",
                        "an SNAT rule needs translate.ip (the new source address)",
                        d.id,
                    )

    def check_firewall(self, path: str, d: t.Device) -> None:
        fw = d.firewall
        if fw is None:
            return
        if fw.default is not None and fw.default not in FIREWALL_ACTIONS:
            self.error(
                f"{path}.firewall.default",
                _choices("firewall default", fw.default, FIREWALL_ACTIONS),
                d.id,
            )
        for k, rule in enumerate(fw.rules):
            if rule is None:
                continue
            rpath = f"{path}.firewall.rules[{k}]"
            if rule.action not in FIREWALL_ACTIONS:
                self.error(
                    f"{rpath}.action",
                    _choices("firewall action", rule.action, FIREWALL_ACTIONS),
                    d.id,
                )
            self.match_address(f"{rpath}.src", rule.src, d.id)
            self.match_address(f"{rpath}.dst", rule.dst, d.id)
            if rule.protocol is not None and rule.protocol not in RULE_PROTOCOLS:
                self.error(
                    f"{rpath}.protocol", _choices("protocol", rule.protocol, RULE_PROTOCOLS), d.id
                )
            self.port(f"{rpath}.port", rule.port, d.id)

    def check_node(self, path: str, d: t.Device) -> None:
        did = d.id
        if d.role is not None and d.role not in t.NODE_ROLES:
            self.error(f"{path}.role", _choices("node role", d.role, t.NODE_ROLES), did)
        if d.cluster is None:
            self.warn(
                path,
                f"k8s-node '{did}' has no cluster; set cluster to the id of its Kubernetes cluster",
                did,
            )
        elif d.cluster not in self.clusters:
            self.error(
                f"{path}.cluster",
                self.unknown("cluster", d.cluster, self.clusters, "declare it under kubernetes"),
                did,
            )
        if d.pod_cidr is not None:
            block = self.cidr(f"{path}.pod_cidr", d.pod_cidr, did)
            pool = self.cluster_pod_cidr.get(d.cluster or "")
            if (
                block is not None
                and pool is not None
                and not (contains(pool, block[0]) and block[1] >= pool[1])
            ):
                self.error(
                    f"{path}.pod_cidr",
                    f"pod_cidr {_show(block)} is outside cluster '{d.cluster}' "
                    f"pod_cidr {_show(pool)}; give the node a block inside it",
                    did,
                )
        if d.vips:
            nets = [
                (self.net_cidr[i.network], i.network)
                for i in d.interfaces
                if i is not None and i.network in self.net_cidr
            ]
            for k, text in enumerate(d.vips):
                if not isinstance(text, str):
                    continue
                vpath = f"{path}.vips[{k}]"
                ip = self.ip(vpath, text, did)
                if ip is None:
                    continue
                home = next((net_id for cidr, net_id in nets if contains(cidr, ip)), None)
                if home is None:
                    self.error(
                        vpath,
                        f"vip {format_ip(ip)} is outside the networks of '{did}'; a vip must be "
                        "inside one of its interfaces' networks",
                        did,
                    )
                else:
                    self.claim(home, ip, vpath, did)

    def check_pod(self, path: str, d: t.Device) -> None:
        did = d.id
        node = None
        if d.node is None:
            self.error(path, f"pod '{did}' needs 'node', the k8s-node it runs on", did)
        else:
            node = self.ref_device(
                f"{path}.node", d.node, did, "k8s-node", "name the k8s-node it runs on"
            )
        cluster = node.cluster if node is not None else None
        if cluster in self.clusters:
            self.pods_by_cluster.setdefault(cluster, []).append(d)  # type: ignore[arg-type]
        if d.ports:
            for k, port in enumerate(d.ports):
                if isinstance(port, int):
                    self.port(f"{path}.ports[{k}]", port, did)
        if d.host_network:
            if d.ip is not None:
                self.warn(
                    f"{path}.ip", "a host-network pod uses its node's addresses; remove ip", did
                )
            return
        if d.ip is None:
            self.error(
                path,
                f"pod '{did}' needs 'ip' (an address in its node's pod_cidr) unless it has "
                "host_network: true",
                did,
            )
            return
        ip = self.ip(f"{path}.ip", d.ip, did)
        if ip is None or cluster is None:
            return
        pool = self.cluster_pod_cidr.get(cluster)
        if pool is not None and not contains(pool, ip):
            self.error(
                f"{path}.ip",
                f"pod ip {format_ip(ip)} is outside cluster '{cluster}' pod_cidr "
                f"{_show(pool)}; use an address in its node's block",
                did,
            )
            return
        block = parse_prefixed(node.pod_cidr) if node is not None else None
        if node is not None and block is not None and not contains(block, ip):
            self.warn(
                f"{path}.ip",
                f"pod ip {format_ip(ip)} is outside node '{node.id}' pod_cidr "
                f"{_show(block)}; Calico routes it to another node",
                did,
            )
        self.claim("pods:" + cluster, ip, f"{path}.ip", did)

    def check_concentrator(self, path: str, d: t.Device) -> None:
        did = d.id
        if d.tunnel is not None and d.tunnel not in t.TUNNEL_KINDS:
            self.error(f"{path}.tunnel", _choices("tunnel", d.tunnel, t.TUNNEL_KINDS), did)
        if d.bridge is None:
            self.error(
                path, f"l2-concentrator '{did}' needs 'bridge', the network it stretches", did
            )
        elif d.bridge not in self.networks:
            self.error(
                f"{path}.bridge",
                self.unknown("network", d.bridge, self.networks, "declare it under networks"),
                did,
            )
        elif not any(i is not None and i.network == d.bridge for i in d.interfaces):
            self.warn(
                f"{path}.bridge",
                f"'{did}' has no interface on its bridge network '{d.bridge}'; "
                f"add {{name: bridge, network: {d.bridge}}} under interfaces",
                did,
            )
        if d.peer is None:
            self.error(
                path,
                f"l2-concentrator '{did}' needs 'peer', the concentrator at the other site",
                did,
            )
            return
        if d.peer == did:
            self.error(
                f"{path}.peer",
                f"'{did}' cannot be its own peer; name the concentrator at the other site",
                did,
            )
            return
        peer = self.ref_device(
            f"{path}.peer",
            d.peer,
            did,
            "l2-concentrator",
            "name the concentrator at the other site",
        )
        if peer is None:
            return
        if peer.peer is None:
            return  # reported on the peer: it needs 'peer'
        if peer.peer != did:
            self.error(
                f"{path}.peer",
                f"peer '{peer.id}' names '{peer.peer}' as its peer, not '{did}'; "
                "make the two concentrators name each other",
                did,
            )
            return
        if self.device_index[did] > self.device_index[peer.id]:
            return  # the pair's networks are compared once, from the first of the two
        a, b = self.net_cidr.get(d.bridge or ""), self.net_cidr.get(peer.bridge or "")
        if a is not None and b is not None and a != b:
            self.error(
                f"{path}.bridge",
                f"bridged networks '{d.bridge}' ({_show(a)}) and '{peer.bridge}' "
                f"({_show(b)}) must have the same cidr: "
                "a stretched network is one subnet at both sites",
                did,
            )

    # -- VXLAN ------------------------------------------------------------------------------
    def check_vteps(self) -> None:
        for host_id, (guest, ls) in self.vxlan_guests.items():
            if self.vtep_count.get(host_id, 1) == 0:
                i = self.device_index[host_id]
                host = self.devices[host_id]
                self.error(
                    f"devices[{i}].interfaces" if host.interfaces else f"devices[{i}]",
                    f"esxi-host '{host_id}' runs '{guest}' on logical switch '{ls}' "
                    "but has no VTEP; "
                    "add an interface with vtep: true on the transport network",
                    host_id,
                )
        for net_id in sorted(self.transport_networks, key=self.network_index.__getitem__):
            net = self.networks[net_id]
            if MTU_MIN <= net.effective_mtu < VXLAN_TRANSPORT_MTU:
                i = self.network_index[net_id]
                self.warn(
                    f"networks[{i}].mtu" if net.mtu is not None else f"networks[{i}]",
                    f"transport network '{net_id}' carries VXLAN "
                    f"with an MTU of {net.effective_mtu}; "
                    "VXLAN adds 50 bytes; NSX wants 1600, so set mtu: 1600",
                    net_id,
                )

    # -- Kubernetes -------------------------------------------------------------------------
    def check_kubernetes(self) -> None:
        for i, cluster in enumerate(self.topo.kubernetes):
            if cluster is None:
                continue
            path = f"kubernetes[{i}]"
            calico = cluster.calico
            if calico is not None:
                if (
                    calico.encapsulation is not None
                    and calico.encapsulation not in CALICO_ENCAPSULATIONS
                ):
                    self.error(
                        f"{path}.calico.encapsulation",
                        _choices(
                            "calico encapsulation", calico.encapsulation, CALICO_ENCAPSULATIONS
                        ),
                    )
                if calico.ipip_mode is not None and calico.ipip_mode not in IPIP_MODES:
                    self.error(
                        f"{path}.calico.ipip_mode",
                        _choices("ipip_mode", calico.ipip_mode, IPIP_MODES),
                    )
            self.check_node_blocks(cluster)
            pods = self.pods_by_cluster.get(cluster.id, [])
            by_label: dict[tuple[str, str], list[t.Device]] = {}
            for pod in pods:
                for item in (pod.labels or {}).items():
                    by_label.setdefault(item, []).append(pod)
            services = self.check_services(path, cluster, by_label)
            self.check_ingresses(path, cluster, services, by_label)

    def check_node_blocks(self, cluster: t.Cluster) -> None:
        blocks: list[tuple[Net, str]] = []
        for did, dev in self.devices.items():
            if dev.kind == "k8s-node" and dev.cluster == cluster.id and dev.pod_cidr is not None:
                block = parse_prefixed(dev.pod_cidr)
                if block is not None and block[0] & _mask(block[1]) == block[0]:
                    blocks.append((block, did))
        blocks.sort()
        for (a, first), (b, second) in zip(blocks, blocks[1:], strict=False):
            if _overlap(a, b):
                self.error(
                    f"devices[{self.device_index[second]}].pod_cidr",
                    f"pod_cidr {_show(b)} overlaps node '{first}' pod_cidr {_show(a)}; "
                    "give each node "
                    "its own block",
                    second,
                )

    def matches(
        self, selector: dict[str, str], by_label: dict[tuple[str, str], list[t.Device]]
    ) -> bool:
        if not selector:
            return True
        first = next(iter(selector.items()))
        return any(_selector_matches(selector, pod.labels) for pod in by_label.get(first, []))

    def check_services(
        self, path: str, cluster: t.Cluster, by_label: dict[tuple[str, str], list[t.Device]]
    ) -> dict[str, t.Service]:
        services: dict[str, t.Service] = {}
        service_net = parse_prefixed(cluster.service_cidr)
        cluster_ips: dict[int, str] = {}
        node_ports: dict[int, str] = {}
        for k, svc in enumerate(cluster.services):
            if svc is None:
                continue
            spath = f"{path}.services[{k}]"
            if svc.name in services:
                self.error(
                    f"{spath}.name",
                    f"cluster '{cluster.id}' already has a service named '{svc.name}'; rename one",
                )
            else:
                services[svc.name] = svc
            if svc.type is not None and svc.type not in t.SERVICE_TYPES:
                self.error(f"{spath}.type", _choices("service type", svc.type, t.SERVICE_TYPES))
            if (
                svc.external_traffic_policy is not None
                and svc.external_traffic_policy not in t.TRAFFIC_POLICIES
            ):
                self.error(
                    f"{spath}.external_traffic_policy",
                    _choices("traffic policy", svc.external_traffic_policy, t.TRAFFIC_POLICIES),
                )
            if svc.cluster_ip is not None:
                ip = self.ip(f"{spath}.cluster_ip", svc.cluster_ip, None)
                if ip is not None:
                    if service_net is not None and not contains(service_net, ip):
                        self.error(
                            f"{spath}.cluster_ip",
                            f"cluster_ip {format_ip(ip)} is outside service_cidr "
                            f"{_show(service_net)}; use an address inside it",
                        )
                    elif ip in cluster_ips:
                        self.error(
                            f"{spath}.cluster_ip",
                            f"cluster_ip {format_ip(ip)} is already used by service "
                            f"'{cluster_ips[ip]}'; give each service its own",
                        )
                    else:
                        cluster_ips[ip] = svc.name
            if svc.load_balancer_ip is not None:
                lb = self.ip(f"{spath}.load_balancer_ip", svc.load_balancer_ip, None)
                if svc.effective_type != "LoadBalancer":
                    self.warn(
                        f"{spath}.load_balancer_ip",
                        "load_balancer_ip only applies to LoadBalancer "
                        "services; remove it or set type: LoadBalancer",
                    )
                elif lb is not None and lb not in self.held_addresses:
                    self.warn(
                        f"{spath}.load_balancer_ip",
                        f"no device holds {format_ip(lb)}; add it to the vips "
                        "of the node that answers for it",
                    )
            elif svc.effective_type == "LoadBalancer":
                self.warn(
                    spath,
                    f"LoadBalancer service '{svc.name}' has no load_balancer_ip; add the address "
                    "clients connect to",
                )
            if not svc.ports:
                self.warn(spath, f"service '{svc.name}' has no ports; add ports: [{{port: 80}}]")
            for n, sp in enumerate(svc.ports):
                if sp is None:
                    continue
                ppath = f"{spath}.ports[{n}]"
                self.port(f"{ppath}.port", sp.port, None)
                self.port(f"{ppath}.target_port", sp.target_port, None, "target_port")
                if sp.protocol is not None and sp.protocol.upper() not in SERVICE_PROTOCOLS:
                    self.error(
                        f"{ppath}.protocol",
                        _choices("service protocol", sp.protocol, SERVICE_PROTOCOLS),
                    )
                if sp.node_port is None:
                    continue
                if not NODE_PORT_MIN <= sp.node_port <= NODE_PORT_MAX:
                    self.error(
                        f"{ppath}.node_port",
                        f"node_port {sp.node_port} is outside "
                        f"{NODE_PORT_MIN}–{NODE_PORT_MAX}, the range kube-proxy opens; "
                        "pick one inside it",
                    )
                elif sp.node_port in node_ports:
                    self.error(
                        f"{ppath}.node_port",
                        f"node_port {sp.node_port} is already used by service "
                        f"'{node_ports[sp.node_port]}'; each node port serves one service",
                    )
                else:
                    node_ports[sp.node_port] = svc.name
                if svc.effective_type == "ClusterIP":
                    self.warn(
                        f"{ppath}.node_port",
                        "node_port only applies to NodePort and LoadBalancer "
                        "services; remove it or change type",
                    )
            if svc.selector and not self.matches(svc.selector, by_label):
                self.warn(
                    f"{spath}.selector",
                    f"selector {_show_selector(svc.selector)} matches no pod in "
                    f"cluster '{cluster.id}'; the service has no endpoints",
                )
        return services

    def check_ingresses(
        self,
        path: str,
        cluster: t.Cluster,
        services: dict[str, t.Service],
        by_label: dict[tuple[str, str], list[t.Device]],
    ) -> None:
        names: set[str] = set()
        for k, ing in enumerate(cluster.ingresses):
            if ing is None:
                continue
            ipath = f"{path}.ingresses[{k}]"
            if ing.name in names:
                self.error(
                    f"{ipath}.name",
                    f"cluster '{cluster.id}' already has an ingress named '{ing.name}'; rename one",
                )
            names.add(ing.name)
            if not ing.controller:
                self.warn(
                    ipath,
                    f"ingress '{ing.name}' has no controller; add the labels of its controller "
                    "pods, like controller: {app: nginx-ingress}",
                )
            elif not self.matches(ing.controller, by_label):
                self.warn(
                    f"{ipath}.controller",
                    f"controller {_show_selector(ing.controller)} matches no pod "
                    f"in cluster '{cluster.id}'; nothing terminates this ingress",
                )
            for n, rule in enumerate(ing.rules):
                if rule is None:
                    continue
                rpath = f"{ipath}.rules[{n}]"
                svc = services.get(rule.service)
                if svc is None:
                    self.error(
                        f"{rpath}.service",
                        f"unknown service '{rule.service}' in cluster '{cluster.id}'"
                        + (self.suggest(rule.service, services) or "; declare it under services"),
                    )
                elif not any(p is not None and p.port == rule.port for p in svc.ports):
                    self.warn(
                        f"{rpath}.port",
                        f"service '{svc.name}' has no port {rule.port}; use one of its ports",
                    )

    # -- flows and layout -------------------------------------------------------------------
    def check_flows(self) -> None:
        for i, flow in enumerate(self.topo.flows):
            if flow is None:
                continue
            path = f"flows[{i}]"
            fid = flow.id
            source = self.devices.get(flow.from_)
            if source is None:
                self.error(
                    f"{path}.from",
                    self.unknown(
                        "device", flow.from_, self.devices, "name the device that sends the flow"
                    ),
                    fid,
                )
            self.check_flow_target(path, flow, source)
            if flow.protocol is not None and flow.protocol not in t.PROTOCOLS:
                self.error(
                    f"{path}.protocol", _choices("protocol", flow.protocol, t.PROTOCOLS), fid
                )
            self.port(f"{path}.port", flow.port, fid)
            if flow.port is not None and flow.protocol == "icmp":
                self.warn(f"{path}.port", "icmp has no ports; remove port", fid)
            if flow.size is not None and not 20 <= flow.size <= 65535:
                self.error(
                    f"{path}.size",
                    f"size {flow.size} is not an IP packet size; use 20–65535 bytes",
                    fid,
                )
            if flow.endpoint is not None:
                self.ref_device(
                    f"{path}.endpoint",
                    flow.endpoint,
                    fid,
                    "pod",
                    "name the pod kube-proxy should pick",
                )

    def check_flow_target(self, path: str, flow: t.Flow, source: t.Device | None) -> None:
        to, fid = flow.to, flow.id
        if to in self.devices:
            return
        if _DOTTED_NUMBERS.match(to):
            if parse_ip(to) is None:
                self.error(
                    f"{path}.to", f"'{to}' is not a valid IPv4 address; write it as a.b.c.d", fid
                )
            return
        if not _DNS_NAME.match(to):
            self.error(
                f"{path}.to",
                self.unknown(
                    "device",
                    to,
                    chain(self.devices, self.records),
                    "use a device id, an IPv4 address or a DNS name",
                ),
                fid,
            )
            return
        servers = self.records.get(to)
        if servers is None:
            self.warn(
                f"{path}.to",
                f"no dns device has a record for '{to}'"
                + (
                    self.suggest(to, chain(self.records, self.devices))
                    or "; add it to a dns device's records or use an address"
                ),
                fid,
            )
        elif source is not None:
            if source.dns is None:
                self.warn(
                    f"{path}.from",
                    f"'{source.id}' has no dns server to look up '{to}'; set its dns to "
                    f"'{servers[0]}'",
                    fid,
                )
            elif source.dns in self.devices and source.dns not in servers:
                self.warn(
                    f"{path}.to",
                    f"'{source.id}' asks '{source.dns}', which has no record for '{to}' "
                    f"(only '{servers[0]}' has); add the record there or change its dns",
                    fid,
                )

    def check_layout(self) -> None:
        for key, value in self.topo.layout.items():
            word = self.kind_of_id.get(key)
            path = f"layout.{key}"
            if key in self.duplicated:
                continue
            if word is None:
                self.warn(
                    path,
                    f"layout entry '{key}' names no zone, network or device"
                    + (self.suggest(key, self.kind_of_id) or "; remove it"),
                )
                continue
            want = 4 if word == "zone" else 2
            if not isinstance(value, list) or len(value) != want:
                shape = "[x, y, width, height]" if want == 4 else "[x, y]"
                got = len(value) if isinstance(value, list) else 0
                self.error(
                    path, f"layout of {word} '{key}' needs {want} numbers {shape}, found {got}", key
                )


def _show_selector(selector: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in selector.items()) + "}"


def validate(topology: t.Topology) -> list[Problem]:
    """Every problem of the model, errors and warnings, by document path."""
    # The indexes are many small objects; a collector pass over a large model costs more
    # than the checks themselves, and nothing here makes reference cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _Checker(topology).run()
    finally:
        if enabled:
            gc.enable()
