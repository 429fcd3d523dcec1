"""Every class of problem a topology file can have: where it is reported and what it says.

Each validation case changes one thing in ``BASE`` (a small valid topology) and expects one
problem with that path, at the line and column of the text it names, with that sentence.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import pytest

from desktop_app.model import ERROR, WARNING, Problem, TopologyError, load, loads

BASE = """\
hybridviz: 1
name: test
zones:
  - {id: dc, label: Data centre}
  - {id: rack, parent: dc}
networks:
  - {id: lan, kind: vlan, zone: dc, cidr: 10.0.0.0/24}
  - {id: underlay, kind: vlan, zone: dc, cidr: 10.1.0.0/24, mtu: 1600}
  - {id: web-ls, kind: vxlan, zone: dc, cidr: 10.2.0.0/24, vni: 5000}
  - {id: remote-lan, kind: vlan, cidr: 10.2.0.0/24}
  - {id: net, kind: internet}
devices:
  - id: client
    kind: client
    zone: dc
    dns: dns1
    interfaces:
      - {name: eth0, network: lan, ip: 10.0.0.10/24, gateway: 10.0.0.1}
  - id: dns1
    kind: dns
    interfaces:
      - {name: eth0, network: lan, ip: 10.0.0.53/24, gateway: 10.0.0.1}
    records:
      web.example.com: 10.2.0.10
  - id: edge
    kind: esg
    host: esxi-1
    interfaces:
      - {name: lan, network: lan, ip: 10.0.0.1/24}
      - {name: web, network: web-ls, ip: 10.2.0.1/24}
      - {name: up, network: net, ip: 198.51.100.2/24}
    routes:
      - {to: 0.0.0.0/0, via: 198.51.100.1}
    firewall:
      default: allow
      rules:
        - {name: web, action: allow, src: any, dst: 10.2.0.0/24, protocol: tcp, port: 80}
    nat:
      - name: snat-out
        type: snat
        match: {src: 10.0.0.0/8, interface: up}
        translate: {ip: 198.51.100.2}
  - id: esxi-1
    kind: esxi-host
    interfaces:
      - {name: vmk10, network: underlay, ip: 10.1.0.11/24, vtep: true}
  - id: esxi-2
    kind: esxi-host
    interfaces:
      - {name: vmk10, network: underlay, ip: 10.1.0.12/24, vtep: true}
  - id: web
    kind: vm
    host: esxi-2
    interfaces:
      - {name: eth0, network: web-ls, ip: 10.2.0.10/24, gateway: 10.2.0.1}
  - id: node1
    kind: k8s-node
    host: esxi-1
    cluster: k8s
    role: worker
    pod_cidr: 10.100.1.0/24
    vips: [10.2.0.100]
    interfaces:
      - {name: ens192, network: web-ls, ip: 10.2.0.21/24, gateway: 10.2.0.1}
  - id: pod1
    kind: pod
    node: node1
    ip: 10.100.1.10
    labels: {app: web}
    ports: [8080]
  - id: l2c-a
    kind: l2-concentrator
    host: esxi-1
    bridge: web-ls
    peer: l2c-b
    interfaces:
      - {name: uplink, network: underlay, ip: 10.1.0.20/24}
      - {name: bridge, network: web-ls}
  - id: l2c-b
    kind: l2-concentrator
    bridge: remote-lan
    peer: l2c-a
    interfaces:
      - {name: uplink, network: lan, ip: 10.0.0.20/24}
      - {name: bridge, network: remote-lan}
kubernetes:
  - id: k8s
    pod_cidr: 10.100.0.0/16
    service_cidr: 10.96.0.0/16
    calico: {encapsulation: ipip, ipip_mode: always}
    services:
      - name: web
        type: NodePort
        cluster_ip: 10.96.0.10
        selector: {app: web}
        ports:
          - {port: 80, target_port: 8080, node_port: 30080}
    ingresses:
      - name: web-ingress
        controller: {app: web}
        rules:
          - {host: web.example.com, service: web, port: 80}
flows:
  - {id: f1, from: client, to: web.example.com, protocol: tcp, port: 80}
  - {id: f2, from: client, to: web, port: 80, endpoint: pod1}
layout:
  dc: [0, 0, 400, 300]
  client: [10, 20]
  lan: [10, 60]
"""


def problems_of(text: str) -> list[Problem]:
    """Every problem loading ``text`` reports, whether or not it loads."""
    try:
        return loads(text, "t.yaml").warnings
    except TopologyError as exc:
        return exc.problems


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of ``needle`` in ``text``."""
    index = -1
    for _ in range(nth):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def test_base_is_clean():
    assert problems_of(BASE) == []


@dataclass
class Case:
    name: str
    old: str
    new: str
    needle: str | tuple[str, int]
    path: str
    message: str
    severity: str = ERROR
    subject: str | None = None

    def text(self) -> str:
        assert BASE.count(self.old) == 1, f"{self.name}: '{self.old}' must occur once in BASE"
        return BASE.replace(self.old, self.new)


L2C_C = "  - {id: l2c-c, kind: l2-concentrator, bridge: remote-lan, peer: l2c-b}\nkubernetes:\n"

CASES = [
    # ids
    Case("id-syntax", "- id: web\n", "- id: -web\n", "-web", "devices[5].id",
         "invalid id '-web': an id starts with a letter or digit and holds only letters, digits, "
         "'_', '.' and '-'", subject="-web"),
    Case("duplicate-id", "  - {id: rack, parent: dc}", "  - {id: rack, parent: dc}\n  - {id: lan}",
         "lan, kind", "networks[0].id",
         "duplicate id 'lan': zones[2] already uses it; ids are unique across zones, networks and "
         "devices, so rename one", subject="lan"),
    Case("duplicate-cluster-id", "flows:\n", "  - {id: k8s}\nflows:\n", "k8s}", "kubernetes[1].id",
         "duplicate cluster id 'k8s': kubernetes[0] already uses it; rename one"),
    Case("duplicate-flow-id", "layout:\n", "  - {id: f1, from: client, to: web}\nlayout:\n",
         "f1, from: client, to: web}", "flows[2].id",
         "duplicate flow id 'f1': flows[0] already uses it; rename one", subject="f1"),
    Case("duplicate-service-name", "    ingresses:\n",
         "      - {name: web, selector: {app: web}, ports: [{port: 81}]}\n    ingresses:\n",
         "web, selector", "kubernetes[0].services[1].name",
         "cluster 'k8s' already has a service named 'web'; rename one"),
    Case("duplicate-interface-name", "      - {name: ens192,",
         "      - {name: eth0, network: lan, ip: 10.0.0.30/24}\n      - {name: eth0,",
         "eth0, network: web-ls, ip: 10.2.0.21", "devices[6].interfaces[1].name",
         "interface name 'eth0' is used twice on 'node1'; rename one", subject="node1"),
    # kinds and enumerations
    Case("unknown-device-kind", "    kind: vm\n", "    kind: vmm\n", "vmm", "devices[5].kind",
         "unknown device kind 'vmm'; did you mean 'vm'?", subject="web"),
    Case("unknown-network-kind", "kind: internet}", "kind: internets}", "internets",
         "networks[4].kind", "unknown network kind 'internets'; did you mean 'internet'?",
         subject="net"),
    Case("unknown-node-role", "role: worker", "role: wroker", "wroker", "devices[6].role",
         "unknown node role 'wroker'; did you mean 'worker'?", subject="node1"),
    Case("unknown-tunnel", "    peer: l2c-a\n", "    peer: l2c-a\n    tunnel: gree\n", "gree",
         "devices[9].tunnel", "unknown tunnel 'gree'; did you mean 'gre'?", subject="l2c-b"),
    Case("unknown-flow-protocol", "protocol: tcp, port: 80}\n  - {id: f2",
         "protocol: tpc, port: 80}\n  - {id: f2", "tpc", "flows[0].protocol",
         "unknown protocol 'tpc'; did you mean 'tcp'?", subject="f1"),
    Case("unknown-firewall-protocol", "protocol: tcp, port: 80}\n    nat",
         "protocol: sctp, port: 80}\n    nat", "sctp", "devices[2].firewall.rules[0].protocol",
         "unknown protocol 'sctp'; use one of: tcp, udp, icmp, any", subject="edge"),
    Case("unknown-service-type", "type: NodePort", "type: Nodeport", "Nodeport",
         "kubernetes[0].services[0].type", "unknown service type 'Nodeport'; did you mean 'NodePort'?"),
    Case("unknown-traffic-policy", "        selector: {app: web}\n        ports",
         "        selector: {app: web}\n        external_traffic_policy: local\n        ports", "local",
         "kubernetes[0].services[0].external_traffic_policy",
         "unknown traffic policy 'local'; did you mean 'Local'?"),
    Case("unknown-nat-type", "type: snat", "type: snatt", "snatt", "devices[2].nat[0].type",
         "unknown NAT type 'snatt'; did you mean 'snat'?", subject="edge"),
    Case("unknown-firewall-action", "action: allow", "action: permit", "permit",
         "devices[2].firewall.rules[0].action",
         "unknown firewall action 'permit'; use one of: allow, deny", subject="edge"),
    Case("unknown-firewall-default", "default: allow", "default: accept", "accept",
         "devices[2].firewall.default", "unknown firewall default 'accept'; use one of: allow, deny",
         subject="edge"),
    Case("unknown-calico-encapsulation", "encapsulation: ipip", "encapsulation: gre", "gre",
         "kubernetes[0].calico.encapsulation",
         "unknown calico encapsulation 'gre'; use one of: ipip, vxlan, none"),
    Case("unknown-ipip-mode", "ipip_mode: always", "ipip_mode: CrossSubnet", "CrossSubnet",
         "kubernetes[0].calico.ipip_mode", "unknown ipip_mode 'CrossSubnet'; did you mean 'cross-subnet'?"),
    # dangling references
    Case("unknown-zone", "    zone: dc\n", "    zone: dcc\n", "dcc", "devices[0].zone",
         "unknown zone 'dcc'; did you mean 'dc'?", subject="client"),
    Case("zone-names-a-network", "    zone: dc\n", "    zone: lan\n", "lan\n", "devices[0].zone",
         "'lan' is a network, not a zone; declare it under zones", subject="client"),
    Case("unknown-zone-parent", "parent: dc}", "parent: dx}", "dx}", "zones[1].parent",
         "unknown zone 'dx'; declare it under zones", subject="rack"),
    Case("unknown-network", "{name: eth0, network: lan, ip: 10.0.0.53/24",
         "{name: eth0, network: lann, ip: 10.0.0.53/24", "lann", "devices[1].interfaces[0].network",
         "unknown network 'lann'; did you mean 'lan'?", subject="dns1"),
    Case("unknown-host", "host: esxi-2", "host: esxi-3", "esxi-3", "devices[5].host",
         "unknown esxi-host 'esxi-3'; did you mean 'esxi-2'?", subject="web"),
    Case("host-not-an-esxi-host", "host: esxi-2", "host: client",
         "client\n    interfaces:\n      - {name: eth0, network: web-ls", "devices[5].host",
         "'client' is a client, not an esxi-host; name the ESXi host it runs on", subject="web"),
    Case("node-not-a-k8s-node", "node: node1", "node: web", "web\n    ip", "devices[7].node",
         "'web' is a vm, not a k8s-node; name the k8s-node it runs on", subject="pod1"),
    Case("peer-not-an-l2-concentrator", "peer: l2c-b", "peer: web", "web\n    interfaces",
         "devices[8].peer",
         "'web' is a vm, not an l2-concentrator; name the concentrator at the other site",
         subject="l2c-a"),
    Case("dns-not-a-dns-device", "dns: dns1", "dns: client", "client\n    interfaces",
         "devices[0].dns",
         "'client' is a client, not a dns device; name the dns device that resolves its names",
         subject="client"),
    Case("unknown-bridge", "bridge: remote-lan", "bridge: remote-lam", "remote-lam",
         "devices[9].bridge", "unknown network 'remote-lam'; did you mean 'remote-lan'?",
         subject="l2c-b"),
    Case("unknown-cluster", "cluster: k8s", "cluster: k9s", "k9s", "devices[6].cluster",
         "unknown cluster 'k9s'; did you mean 'k8s'?", subject="node1"),
    Case("flow-from-unknown", "from: client, to: web,", "from: clint, to: web,", "clint",
         "flows[1].from", "unknown device 'clint'; did you mean 'client'?", subject="f2"),
    Case("flow-to-unknown", "to: web, port", "to: wbe, port", "wbe", "flows[1].to",
         "unknown device 'wbe'; did you mean 'web'?", subject="f2"),
    Case("flow-to-bad-address", "to: web, port", "to: 10.2.0.300, port", "10.2.0.300", "flows[1].to",
         "'10.2.0.300' is not a valid IPv4 address; write it as a.b.c.d", subject="f2"),
    Case("flow-to-unresolved-name", "to: web.example.com,", "to: www.example.com,",
         "www.example.com", "flows[0].to",
         "no dns device has a record for 'www.example.com'; did you mean 'web.example.com'?",
         WARNING, "f1"),
    Case("flow-endpoint-not-a-pod", "endpoint: pod1", "endpoint: web", "web}\nlayout",
         "flows[1].endpoint",
         "'web' is a vm, not a pod; name the pod kube-proxy should pick", subject="f2"),
    Case("ingress-unknown-service", "service: web, port: 80}", "service: wbe, port: 80}", "wbe",
         "kubernetes[0].ingresses[0].rules[0].service",
         "unknown service 'wbe' in cluster 'k8s'; did you mean 'web'?"),
    Case("service-selector-matches-nothing", "        selector: {app: web}\n",
         "        selector: {app: db}\n", "{app: db}", "kubernetes[0].services[0].selector",
         "selector {app: db} matches no pod in cluster 'k8s'; the service has no endpoints", WARNING),
    Case("ingress-controller-matches-nothing", "controller: {app: web}", "controller: {app: nginx}",
         "{app: nginx}", "kubernetes[0].ingresses[0].controller",
         "controller {app: nginx} matches no pod in cluster 'k8s'; nothing terminates this ingress",
         WARNING),
    Case("layout-names-nothing", "  lan: [10, 60]", "  lan: [10, 60]\n  lna: [1, 2]", "[1, 2]",
         "layout.lna", "layout entry 'lna' names no zone, network or device; did you mean 'lan'?",
         WARNING),
    Case("layout-device-wrong-length", "client: [10, 20]", "client: [10, 20, 30]", "[10, 20, 30]",
         "layout.client", "layout of device 'client' needs 2 numbers [x, y], found 3",
         subject="client"),
    Case("layout-zone-wrong-length", "dc: [0, 0, 400, 300]", "dc: [0, 0]", "[0, 0]", "layout.dc",
         "layout of zone 'dc' needs 4 numbers [x, y, width, height], found 2", subject="dc"),
    Case("layout-collapsed-flag", "dc: [0, 0, 400, 300]", "dc: [0, 0, 400, 300, 2]",
         "[0, 0, 400, 300, 2]", "layout.dc",
         "the last number of the layout of 'dc' says whether it is drawn collapsed: 1 or 0, not 2",
         subject="dc"),
    # addresses
    Case("bad-interface-address", "ip: 10.0.0.53/24", "ip: 10.0.0.353/24", "10.0.0.353/24",
         "devices[1].interfaces[0].ip",
         "'10.0.0.353/24' is not an interface address; write it as a.b.c.d/len, like 10.0.1.5/24",
         subject="dns1"),
    Case("interface-address-without-prefix", "ip: 10.0.0.53/24", "ip: 10.0.0.53", "10.0.0.53,",
         "devices[1].interfaces[0].ip",
         "write the interface address with its prefix length, like '10.0.0.53/24'", subject="dns1"),
    Case("bad-cidr", "cidr: 10.1.0.0/24", "cidr: 10.1.0/24", "10.1.0/24", "networks[1].cidr",
         "'10.1.0/24' is not an IPv4 network; write it as a.b.c.d/len, like 10.0.1.0/24",
         subject="underlay"),
    Case("cidr-with-host-bits", "cidr: 10.1.0.0/24", "cidr: 10.1.0.5/24", "10.1.0.5/24",
         "networks[1].cidr", "'10.1.0.5/24' has host bits set; did you mean '10.1.0.0/24'?",
         subject="underlay"),
    Case("ip-outside-network", "ip: 10.0.0.53/24", "ip: 10.9.0.53/24", "10.9.0.53/24",
         "devices[1].interfaces[0].ip",
         "10.9.0.53 is outside network 'lan' (10.0.0.0/24); use an address inside it or change "
         "network", subject="dns1"),
    Case("duplicate-ip", "ip: 10.0.0.53/24", "ip: 10.0.0.10/24", ("10.0.0.10/24", 2),
         "devices[1].interfaces[0].ip",
         "address 10.0.0.10 is already used on this network by devices[0].interfaces[0].ip; give "
         "each interface its own address", subject="dns1"),
    Case("duplicate-ip-secondary", "ip: 10.0.0.1/24}", "ip: 10.0.0.1/24, secondary: [10.0.0.53]}",
         "10.0.0.53]", "devices[2].interfaces[0].secondary[0]",
         "address 10.0.0.53 is already used on this network by devices[1].interfaces[0].ip; give "
         "each interface its own address", subject="edge"),
    Case("duplicate-ip-vip", "vips: [10.2.0.100]", "vips: [10.2.0.10]", "10.2.0.10]",
         "devices[6].vips[0]",
         "address 10.2.0.10 is already used on this network by devices[5].interfaces[0].ip; give "
         "each interface its own address", subject="node1"),
    Case("vip-outside-node-networks", "vips: [10.2.0.100]", "vips: [10.3.0.100]", "10.3.0.100]",
         "devices[6].vips[0]",
         "vip 10.3.0.100 is outside the networks of 'node1'; a vip must be inside one of its "
         "interfaces' networks", subject="node1"),
    Case("pod-ip-outside-cluster", "ip: 10.100.1.10", "ip: 10.101.1.10", "10.101.1.10",
         "devices[7].ip",
         "pod ip 10.101.1.10 is outside cluster 'k8s' pod_cidr 10.100.0.0/16; use an address in its "
         "node's block", subject="pod1"),
    Case("node-pod-cidr-outside-cluster", "pod_cidr: 10.100.1.0/24", "pod_cidr: 10.101.1.0/24",
         "10.101.1.0/24", "devices[6].pod_cidr",
         "pod_cidr 10.101.1.0/24 is outside cluster 'k8s' pod_cidr 10.100.0.0/16; give the node a "
         "block inside it", subject="node1"),
    Case("cluster-ip-outside-service-cidr", "cluster_ip: 10.96.0.10", "cluster_ip: 10.97.0.10",
         "10.97.0.10", "kubernetes[0].services[0].cluster_ip",
         "cluster_ip 10.97.0.10 is outside service_cidr 10.96.0.0/16; use an address inside it"),
    Case("node-port-out-of-range", "node_port: 30080", "node_port: 8080", "8080}",
         "kubernetes[0].services[0].ports[0].node_port",
         "node_port 8080 is outside 30000–32767, the range kube-proxy opens; pick one inside it"),
    # VXLAN
    Case("vni-missing", "cidr: 10.2.0.0/24, vni: 5000}", "cidr: 10.2.0.0/24}", "{id: web-ls",
         "networks[2]", "logical switch 'web-ls' needs a vni (5000–16777215, unique)", subject="web-ls"),
    Case("vni-out-of-range", "vni: 5000", "vni: 4096", "4096", "networks[2].vni",
         "vni 4096 is out of range; use 5000–16777215", subject="web-ls"),
    Case("vni-reused", "  - {id: net, kind: internet}",
         "  - {id: net, kind: internet}\n  - {id: db-ls, kind: vxlan, cidr: 10.3.0.0/24, vni: 5000}",
         ("5000", 2), "networks[5].vni",
         "vni 5000 is already used by logical switch 'web-ls'; give each logical switch its own vni",
         subject="db-ls"),
    Case("vni-on-vlan", "cidr: 10.0.0.0/24}", "cidr: 10.0.0.0/24, vni: 5001}", "5001",
         "networks[0].vni",
         "vni only applies to vxlan networks and 'lan' is vlan; remove vni or set kind: vxlan",
         subject="lan"),
    Case("cidr-missing", "{id: remote-lan, kind: vlan, cidr: 10.2.0.0/24}",
         "{id: remote-lan, kind: vlan}", "{id: remote-lan", "networks[3]",
         "network 'remote-lan' needs a cidr (its IPv4 subnet, like 10.0.1.0/24); only internet "
         "networks go without", subject="remote-lan"),
    Case("vtep-missing", "{name: vmk10, network: underlay, ip: 10.1.0.12/24, vtep: true}",
         "{name: vmk10, network: underlay, ip: 10.1.0.12/24}",
         "- {name: vmk10, network: underlay, ip: 10.1.0.12/24}", "devices[4].interfaces",
         "the ESXi host 'esxi-2' runs 'web' on logical switch 'web-ls' but has no VTEP; tick VTEP on "
         "its interface on the transport network [vtep: true]", subject="esxi-2"),
    Case("two-vteps", "{name: vmk10, network: underlay, ip: 10.1.0.12/24, vtep: true}",
         "{name: vmk10, network: underlay, ip: 10.1.0.12/24, vtep: true}\n"
         "      - {name: vmk11, network: underlay, ip: 10.1.0.13/24, vtep: true}",
         ("true", 3), "devices[4].interfaces[1].vtep",
         "'esxi-2' already has a VTEP interface; a host has one, so remove vtep here",
         subject="esxi-2"),
    Case("vtep-not-on-esxi-host", "ip: 10.0.0.53/24, gateway: 10.0.0.1}",
         "ip: 10.0.0.53/24, gateway: 10.0.0.1, vtep: true}", "true}", "devices[1].interfaces[0].vtep",
         "only an esxi-host has a VTEP and 'dns1' is a dns; remove vtep", subject="dns1"),
    Case("transport-mtu-too-small", ", mtu: 1600}", "}", "{id: underlay", "networks[1]",
         "transport network 'underlay' carries VXLAN with an MTU of 1500; VXLAN adds 50 bytes; NSX "
         "wants 1600, so set mtu: 1600", WARNING, "underlay"),
    # routing
    Case("route-via-not-connected", "via: 198.51.100.1", "via: 203.0.113.1", "203.0.113.1",
         "devices[2].routes[0].via",
         "next hop 203.0.113.1 is not on a subnet connected to 'edge' (10.0.0.0/24, 10.2.0.0/24, "
         "198.51.100.0/24); use an address on one of its networks", subject="edge"),
    Case("gateway-outside-network", "ip: 10.0.0.53/24, gateway: 10.0.0.1",
         "ip: 10.0.0.53/24, gateway: 10.1.0.1", "10.1.0.1", "devices[1].interfaces[0].gateway",
         "gateway 10.1.0.1 is outside network 'lan' (10.0.0.0/24); a gateway must be on the "
         "interface's own network", subject="dns1"),
    Case("gateway-nobody-owns", "ip: 10.0.0.53/24, gateway: 10.0.0.1",
         "ip: 10.0.0.53/24, gateway: 10.0.0.254", "10.0.0.254", "devices[1].interfaces[0].gateway",
         "no device on network 'lan' has gateway address 10.0.0.254; give the router that "
         "interface address", WARNING, "dns1"),
    # NAT and firewall values
    Case("nat-bad-source", "match: {src: 10.0.0.0/8,", "match: {src: 10.0.0.0/33,", "10.0.0.0/33",
         "devices[2].nat[0].match.src",
         "'10.0.0.0/33' is not an IPv4 network; write it as a.b.c.d/len, like 10.0.1.0/24",
         subject="edge"),
    Case("nat-port-out-of-range", "match: {src: 10.0.0.0/8, interface: up}",
         "match: {src: 10.0.0.0/8, port: 70000, interface: up}", "70000",
         "devices[2].nat[0].match.port", "port 70000 is out of range; use 1–65535", subject="edge"),
    Case("nat-unknown-interface", "interface: up}", "interface: upp}", "upp}",
         "devices[2].nat[0].match.interface", "'edge' has no interface named 'upp'; did you mean 'up'?",
         subject="edge"),
    Case("dnat-without-translation",
         "        type: snat\n        match: {src: 10.0.0.0/8, interface: up}\n"
         "        translate: {ip: 198.51.100.2}",
         "        type: dnat\n        match: {dst: 198.51.100.2, interface: up}", "name: snat-out",
         "devices[2].nat[0].translate",
         "a DNAT rule needs translate.ip or translate.port (the new destination)", subject="edge"),
    Case("firewall-bad-destination", "dst: 10.2.0.0/24", "dst: everything", "everything",
         "devices[2].firewall.rules[0].dst",
         "'everything' is not an address, a network or 'any'; write a.b.c.d, a.b.c.d/len or any",
         subject="edge"),
    Case("firewall-port-out-of-range", "protocol: tcp, port: 80}\n    nat",
         "protocol: tcp, port: 0}\n    nat", "0}\n    nat", "devices[2].firewall.rules[0].port",
         "port 0 is out of range; use 1–65535", subject="edge"),
    Case("nat-on-a-vm", "    host: esxi-2\n", "    host: esxi-2\n    nat: []\n", "[]\n",
         "devices[5].nat", "'nat' does not apply to a vm (only to esg); remove it or change the kind",
         WARNING, "web"),
    Case("announce-on-a-vm", "    host: esxi-2\n", "    host: esxi-2\n    announce: [10.0.0.0/8]\n",
         "[10.0.0.0/8]", "devices[5].announce",
         "'announce' does not apply to a vm (only to router); remove it or change the kind",
         WARNING, "web"),
    # L2 concentrators
    Case("l2c-without-bridge", "    bridge: remote-lan\n", "", "id: l2c-b", "devices[9]",
         "l2-concentrator 'l2c-b' needs 'bridge', the network it stretches", subject="l2c-b"),
    Case("l2c-without-peer", "    peer: l2c-a\n", "", "id: l2c-b", "devices[9]",
         "l2-concentrator 'l2c-b' needs 'peer', the concentrator at the other site", subject="l2c-b"),
    Case("l2c-peers-not-mutual", "    peer: l2c-a\n", "    peer: l2c-c\n", "l2c-b\n", "devices[8].peer",
         "peer 'l2c-b' names 'l2c-c' as its peer, not 'l2c-a'; make the two concentrators name "
         "each other", subject="l2c-a"),
    Case("l2c-bridges-differ", "{id: remote-lan, kind: vlan, cidr: 10.2.0.0/24}",
         "{id: remote-lan, kind: vlan, cidr: 10.3.0.0/24}", "web-ls\n    peer", "devices[8].bridge",
         "bridged networks 'web-ls' (10.2.0.0/24) and 'remote-lan' (10.3.0.0/24) must have the same "
         "cidr: a stretched network is one subnet at both sites", subject="l2c-a"),
    Case("l2c-bridge-interface-with-ip", "{name: bridge, network: web-ls}",
         "{name: bridge, network: web-ls, ip: 10.2.0.30/24}", "10.2.0.30/24",
         "devices[8].interfaces[1].ip",
         "the bridge interface carries the stretched network's frames and has no address of its "
         "own; remove ip", subject="l2c-a"),
    # zones, MTU, loose devices
    Case("zone-parent-cycle", "{id: dc, label: Data centre}", "{id: dc, label: Data centre, parent: rack}",
         "rack}", "zones[0].parent",
         "zone parents form a cycle (dc → rack → dc); remove one of these parents", subject="dc"),
    Case("zone-own-parent", "{id: rack, parent: dc}", "{id: rack, parent: rack}", "rack}",
         "zones[1].parent", "zone 'rack' cannot be its own parent; remove parent", subject="rack"),
    Case("mtu-too-small", "mtu: 1600", "mtu: 500", "500", "networks[1].mtu",
         "mtu 500 is out of range; use 576–9216 (default 1500)", subject="underlay"),
    Case("mtu-too-large", "mtu: 1600", "mtu: 9500", "9500", "networks[1].mtu",
         "mtu 9500 is out of range; use 576–9216 (default 1500)", subject="underlay"),
    Case("device-without-interfaces", "  - id: dns1\n", "  - id: lonely\n    kind: router\n  - id: dns1\n",
         "id: lonely", "devices[1]",
         "router 'lonely' has no interfaces, so packets cannot reach it; connect it to a network "
         "[interfaces]",
         WARNING, "lonely"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_problem_is_located_and_explained(case: Case):
    text = case.text()
    if case.name == "l2c-peers-not-mutual":
        text = text.replace("kubernetes:\n", L2C_C)
    found = problems_of(text)
    mine = [p for p in found if p.path == case.path]
    assert len(mine) == 1, "\n".join(p.format() for p in found)
    p = mine[0]
    needle, nth = case.needle if isinstance(case.needle, tuple) else (case.needle, 1)
    assert (p.line, p.column) == at(text, needle, nth)
    assert p.message == case.message
    assert p.severity == case.severity
    assert p.subject == case.subject
    assert p.file == "t.yaml"
    assert not p.message[0].isupper()
    if case.severity == WARNING:
        loaded = loads(text, "t.yaml")  # warnings never stop loading
        assert p in loaded.warnings
    else:
        with pytest.raises(TopologyError):
            loads(text, "t.yaml")


def test_every_problem_is_collected():
    text = (
        "hybridviz: 1\n"
        "name: three mistakes\n"
        "networks:\n"
        "  - {id: lan, kind: vlann, cidr: 10.0.0.0/24}\n"
        "  - {id: wan, kind: wan, cidr: 10.1.0.0/33}\n"
        "devices:\n"
        "  - {id: r, kind: router, interfaces: [{network: lan, ip: 10.0.0.1/24}], colour: red}\n"
    )
    with pytest.raises(TopologyError) as info:
        loads(text, "t.yaml")
    assert str(info.value).splitlines() == [
        "t.yaml:4:21: networks[0].kind: unknown network kind 'vlann'; did you mean 'vlan'?",
        "t.yaml:5:32: networks[1].cidr: '10.1.0.0/33' is not an IPv4 network; write it as "
        "a.b.c.d/len, like 10.0.1.0/24",
        "t.yaml:7:74: devices[0].colour: unknown key 'colour'; did you mean 'cluster'?",
    ]


# -- the file as a whole ------------------------------------------------------------------


def only_problem(text: str) -> Problem:
    with pytest.raises(TopologyError) as info:
        loads(text, "t.yaml")
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


@pytest.mark.parametrize(
    ("text", "line", "column", "path", "message"),
    [
        pytest.param("hybridviz: 1\nname: [x\n", 3, 1, "",
                     "not valid YAML: did not find expected ',' or ']'", id="not-yaml"),
        pytest.param("hybridviz: 1\nname: x\n  bad: indent\n", 3, 6, "",
                     "not valid YAML: mapping values are not allowed in this context", id="bad-indent"),
        pytest.param("hybridviz: 1\nname: x\n---\nhybridviz: 1\n", 3, 1, "",
                     "not valid YAML: found a second document ('---'); a topology file holds "
                     "exactly one", id="two-documents"),
        pytest.param("hybridviz: 1\nname: *x\n", 2, 7, "", "not valid YAML: found undefined alias 'x'",
                     id="undefined-alias"),
        pytest.param("- hybridviz\n- 1\n", 1, 1, "",
                     "a topology is a mapping of keys (hybridviz, name, networks, …), found a list",
                     id="not-a-mapping"),
        pytest.param("just text\n", 1, 1, "",
                     "a topology is a mapping of keys (hybridviz, name, networks, …), found "
                     "'just text'", id="scalar"),
        pytest.param("", 1, 1, "", "the file is empty; a topology starts with 'hybridviz: 1'",
                     id="empty"),
        pytest.param("# nothing yet\n", 1, 1, "",
                     "the file is empty; a topology starts with 'hybridviz: 1'", id="only-comments"),
        pytest.param("name: x\nzones: []\n", 1, 1, "",
                     "missing the format number: add 'hybridviz: 1' as the first line",
                     id="missing-hybridviz"),
        pytest.param("name: x\nhybridviz: 2\n", 2, 12, "hybridviz",
                     "this file uses format 2, newer than this hybridviz understands (format 1); "
                     "open it with a newer hybridviz", id="newer-format"),
        pytest.param("hybridviz: 0\nname: x\n", 1, 12, "hybridviz",
                     "format 0 does not exist; the first format is 1", id="format-zero"),
        pytest.param("hybridviz: one\nname: x\n", 1, 12, "hybridviz",
                     "the format number must be a whole number, found 'one'", id="format-text"),
        pytest.param("hybridviz: 1\nname: x\nnetworks:\n  - {id: lan, kind: vlan, cidr: 10.0.0.0/24, mtuu: 1500}\n",
                     4, 46, "networks[0].mtuu", "unknown key 'mtuu'; did you mean 'mtu'?",
                     id="unknown-key"),
        pytest.param("hybridviz: 1\nname: x\nzones:\n  - id: a\n    lable: A\n", 5, 5,
                     "zones[0].lable", "unknown key 'lable'; did you mean 'label'?",
                     id="unknown-key-block"),
        pytest.param("hybridviz: 1\nname: x\ndevices:\n  - id: a\n    interfaces: []\n", 4, 5,
                     "devices[0]", "missing required key 'kind'", id="missing-key"),
        pytest.param("hybridviz: 1\nname: x\nnetworks:\n  - {id: a, kind: vlan, cidr: 10.0.0.0/24, mtu: big}\n", 4, 49,
                     "networks[0].mtu", "expected a whole number, found 'big'", id="wrong-type"),
        pytest.param("hybridviz: 1\nname: x\nzones:\n  - id:\n    label: Zone\n", 4, 8,
                     "zones[0].id", "'id' needs a value", id="empty-required-value"),
        pytest.param("hybridviz: 1\nname: x\nname: y\n", 3, 1, "name",
                     "key 'name' appears twice in this mapping", id="duplicate-key"),
        pytest.param("hybridviz: 1\nname: x\nzones: {id: a}\n", 3, 8, "zones",
                     "expected a list, found a mapping", id="list-expected"),
        pytest.param("hybridviz: 1\nname: x\nzones: [{id: a}, ~]\n", 3, 18, "zones[1]",
                     "expected a mapping, found nothing", id="empty-list-item"),
    ],
)
def test_file_level_problem(text: str, line: int, column: int, path: str, message: str):
    p = only_problem(text)
    assert (p.line, p.column, p.path, p.message) == (line, column, path, message)
    assert p.severity == ERROR


def test_python_tag_is_refused():
    p = only_problem("hybridviz: 1\nname: !!python/object/apply:os.system [echo pwned]\n")
    assert (p.line, p.column) == (2, 7)
    assert p.message == (
        "YAML tag '!!python/object/apply:os.system' is not allowed; topology files hold plain "
        "text, numbers, lists and mappings"
    )


def test_python_tag_on_a_scalar_is_refused_even_where_text_is_expected():
    p = only_problem("hybridviz: 1\nname: x\nnotes: !!python/name:os.system ''\n")
    assert (p.line, p.column) == (3, 8)
    assert p.message.startswith("YAML tag '!!python/name:os.system' is not allowed")


def test_recursive_alias_is_refused():
    p = only_problem("hybridviz: 1\nname: x\nzones: &z\n  - *z\n")
    assert (p.line, p.column) == (3, 8)
    assert p.message == "a YAML alias refers to itself; remove the recursive anchor"


def billion_laughs() -> str:
    lines = ["hybridviz: 1", "name: lol", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        this, prev = chr(ord("a") + i), chr(ord("a") + i - 1)
        lines.append(f"{this}: &{this} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append("zones: *i")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly():
    start = time.perf_counter()
    p = only_problem(billion_laughs())
    assert time.perf_counter() - start < 1.0
    assert (p.line, p.column) == (1, 1)
    assert p.message == (
        "YAML aliases would expand this document to 926,177,119 values (from 33 written); refusing "
        "it as an alias bomb. Write the values out instead of nesting aliases"
    )


def test_ordinary_aliases_still_load():
    text = (
        "hybridviz: 1\nname: x\n"
        "zones:\n  - {id: a, label: &l Shared label}\n  - {id: b, label: *l}\n"
    )
    assert [z.display_label for z in loads(text).topology.zones] == ["Shared label", "Shared label"]


def test_file_over_50_mb_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.yaml"
    with open(big, "wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: no disk used, nothing worth reading
    start = time.perf_counter()
    with pytest.raises(TopologyError) as info:
        load(big)
    assert time.perf_counter() - start < 0.5
    (p,) = info.value.problems
    assert p.file == str(big)
    assert p.message == "the file is 51.0 MB; topology files are limited to 50 MB"


def test_file_that_is_not_utf8_is_refused(tmp_path):
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("hybridviz: 1\nname: caf\xe9\n".encode("latin-1"))
    with pytest.raises(TopologyError) as info:
        load(bad)
    # Where an editor shows it: line 2, the tenth character ("name: caf" is nine).
    assert str(info.value) == f"{bad}:2:10: not UTF-8 text (byte 22); save the file as UTF-8"


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    with pytest.raises(TopologyError) as info:
        load(tmp_path / "nope.yaml")
    assert "cannot open the file" in str(info.value)
    assert os.fspath(tmp_path / "nope.yaml") in str(info.value)
