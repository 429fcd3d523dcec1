"""Every sentence loading and validation can say, as templates the desktop app translates.

A problem keeps its English sentence (``template.format(**params)``) for the command line and
the tests, and the template and parameters for the GUI, which translates the template with
Qt's translator (context ``validation``) and formats the same parameters. ``QT_TRANSLATE_NOOP``
marks the templates for ``pyside6-lupdate`` without importing Qt here.

Parameters that are values from the file (ids, addresses, CIDRs, bad values) are shown as
they are. A ``Word`` parameter is a noun to translate (``zone``, ``device kind``); a ``Kind``
is a kind from the file (``esxi-host``), which the GUI names in the reader's language. Either
written ``{name:a}`` takes its English article (``an esxi-host``): the article is itself a
template (``a {noun}``), which Chinese translates to the bare noun. A ``Phrase`` parameter
is a nested template, such as the ``{hint}`` that ends many sentences: a suggestion
(``; did you mean 'lan'?``) or the usual fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONTEXT = "validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# -- nouns inside sentences -------------------------------------------------------------------
A_NOUN = QT_TRANSLATE_NOOP("validation", "a {noun}")
AN_NOUN = QT_TRANSLATE_NOOP("validation", "an {noun}")


def article(noun: str) -> str:
    """The template ``a {noun}`` or ``an {noun}``, as the English noun is said aloud."""
    # Said aloud: "an l2-concentrator" (el-two), "an esg", "a k8s-node".
    spoken_vowel = (noun[:1] != "" and noun[0] in "aeiou") or noun.startswith("l2")
    return AN_NOUN if spoken_vowel else A_NOUN


class Noun(str):
    """A noun in a sentence; formatted ``{x:a}`` it takes its English article."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "a":
            return article(self).format(noun=str(self))
        return format(str(self), spec)


class Word(Noun):
    """A noun to translate (``zone``, ``device kind``), not a value from the file."""

    __slots__ = ()


class Kind(Noun):
    """A kind from the file (``esxi-host``, ``vlan``); a view may name it in its language."""

    __slots__ = ()


class Kinds(tuple[Kind, ...]):
    """Kinds listed in a sentence: ``esxi-host, dlr, esg``."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return format(", ".join(self), spec)


@dataclass(frozen=True)
class Phrase:
    """A piece of a sentence as a template and its parameters; ``str()`` says it in English."""

    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**dict(self.params))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def phrase(template: str, **params: Any) -> Phrase:
    return Phrase(template, tuple(params.items()))


# -- words used as parameters -----------------------------------------------------------------
ZONE = Word(QT_TRANSLATE_NOOP("validation", "zone"))
NETWORK = Word(QT_TRANSLATE_NOOP("validation", "network"))
DEVICE = Word(QT_TRANSLATE_NOOP("validation", "device"))
CLUSTER = Word(QT_TRANSLATE_NOOP("validation", "cluster"))
FLOW = Word(QT_TRANSLATE_NOOP("validation", "flow"))
DNS_DEVICE = Word(QT_TRANSLATE_NOOP("validation", "dns device"))
# What an unknown value was meant to be: "unknown {what} 'vmm'".
DEVICE_KIND = Word(QT_TRANSLATE_NOOP("validation", "device kind"))
NETWORK_KIND = Word(QT_TRANSLATE_NOOP("validation", "network kind"))
NODE_ROLE = Word(QT_TRANSLATE_NOOP("validation", "node role"))
TUNNEL = Word(QT_TRANSLATE_NOOP("validation", "tunnel"))
PROTOCOL = Word(QT_TRANSLATE_NOOP("validation", "protocol"))
OUTCOME = Word(QT_TRANSLATE_NOOP("validation", "outcome"))
SERVICE_TYPE = Word(QT_TRANSLATE_NOOP("validation", "service type"))
TRAFFIC_POLICY = Word(QT_TRANSLATE_NOOP("validation", "traffic policy"))
SERVICE_PROTOCOL = Word(QT_TRANSLATE_NOOP("validation", "service protocol"))
NAT_TYPE = Word(QT_TRANSLATE_NOOP("validation", "NAT type"))
FIREWALL_ACTION = Word(QT_TRANSLATE_NOOP("validation", "firewall action"))
FIREWALL_DEFAULT = Word(QT_TRANSLATE_NOOP("validation", "firewall default"))
CALICO_ENCAPSULATION = Word(QT_TRANSLATE_NOOP("validation", "calico encapsulation"))
IPIP_MODE = Word(QT_TRANSLATE_NOOP("validation", "ipip_mode"))

# -- hints that end a sentence ({hint}) -------------------------------------------------------
SUGGESTION = QT_TRANSLATE_NOOP("validation", "; did you mean '{near}'?")
USE_ONE_OF = QT_TRANSLATE_NOOP("validation", "; use one of: {options}")
FIX_DECLARE_ZONE = QT_TRANSLATE_NOOP("validation", "; declare it under zones")
FIX_DECLARE_NETWORK = QT_TRANSLATE_NOOP("validation", "; declare it under networks")
FIX_DECLARE_CLUSTER = QT_TRANSLATE_NOOP("validation", "; declare it under kubernetes")
FIX_DECLARE_SERVICE = QT_TRANSLATE_NOOP("validation", "; declare it under services")
FIX_NAME_HOST = QT_TRANSLATE_NOOP("validation", "; name the ESXi host it runs on")
FIX_NAME_NODE = QT_TRANSLATE_NOOP("validation", "; name the k8s-node it runs on")
FIX_NAME_PEER = QT_TRANSLATE_NOOP("validation", "; name the concentrator at the other site")
FIX_NAME_DNS = QT_TRANSLATE_NOOP("validation", "; name the dns device that resolves its names")
FIX_NAME_SENDER = QT_TRANSLATE_NOOP("validation", "; name the device that sends the flow")
FIX_NAME_ENDPOINT = QT_TRANSLATE_NOOP("validation", "; name the pod kube-proxy should pick")
FIX_FLOW_TARGET = QT_TRANSLATE_NOOP(
    "validation", "; use a device id, an IPv4 address or a DNS name")
FIX_ADD_RECORD = QT_TRANSLATE_NOOP(
    "validation", "; add it to a dns device's records or use an address")
FIX_REMOVE_IT = QT_TRANSLATE_NOOP("validation", "; remove it")

# -- ids and references -----------------------------------------------------------------------
INVALID_ID = QT_TRANSLATE_NOOP(
    "validation", "invalid id '{id}': an id starts with a letter or digit and holds only "
    "letters, digits, '_', '.' and '-'")
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "validation", "duplicate id '{id}': {first} already uses it; ids are unique across zones, "
    "networks and devices, so rename one")
DUPLICATE_SECTION_ID = QT_TRANSLATE_NOOP(
    "validation", "duplicate {word} id '{id}': {first} already uses it; rename one")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("validation", "unknown {what} '{value}'{hint}")
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("validation", "unknown {word} '{value}'{hint}")
WRONG_KIND_OF_ID = QT_TRANSLATE_NOOP("validation", "'{value}' is {other:a}, not {wanted:a}{hint}")
ZONE_OWN_PARENT = QT_TRANSLATE_NOOP(
    "validation", "zone '{zone}' cannot be its own parent; remove parent")
ZONE_CYCLE = QT_TRANSLATE_NOOP(
    "validation", "zone parents form a cycle ({ring}); remove one of these parents")

# -- addresses and ports ----------------------------------------------------------------------
NOT_A_NETWORK = QT_TRANSLATE_NOOP(
    "validation", "'{text}' is not an IPv4 network; write it as a.b.c.d/len, like 10.0.1.0/24")
HOST_BITS_SET = QT_TRANSLATE_NOOP(
    "validation", "'{text}' has host bits set; did you mean '{network}'?")
NETWORK_NOT_ADDRESS = QT_TRANSLATE_NOOP(
    "validation", "'{text}' is a network; write a single address here, like '{address}'")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "validation", "'{text}' is not an IPv4 address; write it as a.b.c.d")
NOT_A_MATCH = QT_TRANSLATE_NOOP(
    "validation", "'{text}' is not an address, a network or 'any'; write a.b.c.d, a.b.c.d/len "
    "or any")
PORT_OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "port {port} is out of range; use 1–65535")
TARGET_PORT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "target_port {port} is out of range; use 1–65535")
ADDRESS_TAKEN = QT_TRANSLATE_NOOP(
    "validation", "address {address} is already used on this network by {owner}; give each "
    "interface its own address")

# -- networks ---------------------------------------------------------------------------------
NETWORK_NEEDS_CIDR = QT_TRANSLATE_NOOP(
    "validation", "network '{network}' needs a cidr (its IPv4 subnet, like 10.0.1.0/24); only "
    "internet networks go without")
VNI_MISSING = QT_TRANSLATE_NOOP(
    "validation", "logical switch '{network}' needs a vni ({low}–{high}, unique)")
VNI_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "vni {vni} is out of range; use {low}–{high}")
VNI_TAKEN = QT_TRANSLATE_NOOP(
    "validation", "vni {vni} is already used by logical switch '{other}'; give each logical "
    "switch its own vni")
VNI_NOT_VXLAN = QT_TRANSLATE_NOOP(
    "validation", "vni only applies to vxlan networks and '{network}' is {kind}; remove vni or "
    "set kind: vxlan")
VLAN_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "vlan tag {vlan} is out of range; use 1–4094")
VLAN_NOT_VLAN = QT_TRANSLATE_NOOP(
    "validation", "vlan tags only apply to vlan networks and '{network}' is {kind}; remove vlan")
MTU_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "mtu {mtu} is out of range; use {low}–{high} (default {default})")

# -- devices and interfaces -------------------------------------------------------------------
KEY_NOT_FOR_KIND = QT_TRANSLATE_NOOP(
    "validation", "'{key}' does not apply to {kind:a} (only to {allowed}); remove it or change "
    "the kind")
RUNS_ON_ITSELF = QT_TRANSLATE_NOOP(
    "validation", "'{device}' cannot run on itself; name the ESXi host it runs on")
NO_INTERFACES = QT_TRANSLATE_NOOP(
    "validation", "{kind} '{device}' has no interfaces, so packets cannot reach it; connect it "
    "to a network [interfaces]")
DUPLICATE_INTERFACE = QT_TRANSLATE_NOOP(
    "validation", "interface name '{name}' is used twice on '{device}'; rename one")
BAD_MAC = QT_TRANSLATE_NOOP(
    "validation", "'{mac}' is not a MAC address; write it as 02:00:00:00:00:01 or leave it out "
    "for a stable default")
INTERFACE_NEEDS_NETWORK = QT_TRANSLATE_NOOP(
    "validation", "an interface needs 'network', the id of the network it is on")
VTEP_NOT_ON_HOST = QT_TRANSLATE_NOOP(
    "validation", "only an esxi-host has a VTEP and '{device}' is {kind:a}; remove vtep")
SECOND_VTEP = QT_TRANSLATE_NOOP(
    "validation", "'{device}' already has a VTEP interface; a host has one, so remove vtep here")
VTEP_NEEDS_IP = QT_TRANSLATE_NOOP("validation", "a VTEP needs an ip on the transport network")
VTEP_ON_LOGICAL_SWITCH = QT_TRANSLATE_NOOP(
    "validation", "a VTEP sits on the underlay, but '{network}' is a logical switch; put it on "
    "a vlan transport network")
GUEST_WITHOUT_HOST = QT_TRANSLATE_NOOP(
    "validation", "'{device}' is on logical switch '{network}' but runs on no ESXi host; put it "
    "in the box of the host it runs on [host] so VXLAN can be traced")
ADDRESS_WITHOUT_PREFIX = QT_TRANSLATE_NOOP(
    "validation", "write the interface address with its prefix length, like "
    "'{address}/{prefix}'")
BAD_INTERFACE_ADDRESS = QT_TRANSLATE_NOOP(
    "validation", "'{text}' is not an interface address; write it as a.b.c.d/len, like "
    "10.0.1.5/24")
OUTSIDE_NETWORK = QT_TRANSLATE_NOOP(
    "validation", "{address} is outside network '{network}' ({cidr}); use an address inside it "
    "or change network")
SECONDARY_OUTSIDE_NETWORK = QT_TRANSLATE_NOOP(
    "validation", "{address} is outside network '{network}' ({cidr}); use an address inside it")
PREFIX_DIFFERS = QT_TRANSLATE_NOOP(
    "validation", "prefix /{prefix} differs from network '{network}' ({cidr}); write "
    "/{network_prefix}")
NETWORK_OR_BROADCAST = QT_TRANSLATE_NOOP(
    "validation", "{address} is the network or broadcast address of {cidr}; pick a host address")
BRIDGE_INTERFACE_WITH_IP = QT_TRANSLATE_NOOP(
    "validation", "the bridge interface carries the stretched network's frames and has no "
    "address of its own; remove ip")
GATEWAY_OUTSIDE_NETWORK = QT_TRANSLATE_NOOP(
    "validation", "gateway {address} is outside network '{network}' ({cidr}); a gateway must "
    "be on the interface's own network")

# -- routes -----------------------------------------------------------------------------------
NEXT_HOP_NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "validation", "next hop {address} is not on a subnet connected to '{device}' ({subnets}); "
    "use an address on one of its networks")
NO_SUBNETS = QT_TRANSLATE_NOOP("validation", "none")
GATEWAY_UNHELD = QT_TRANSLATE_NOOP(
    "validation", "no device on network '{network}' has gateway address {address}; give the "
    "router that interface address")
NEXT_HOP_UNHELD = QT_TRANSLATE_NOOP(
    "validation", "no device on network '{network}' has next hop address {address}; give the "
    "router that interface address")

# -- ESG: NAT and firewall --------------------------------------------------------------------
DUPLICATE_NAT_NAME = QT_TRANSLATE_NOOP(
    "validation", "another NAT rule is already named '{name}'; traces name the rule that "
    "matched, so give each its own name")
NO_INTERFACE_NAMED = QT_TRANSLATE_NOOP(
    "validation", "'{device}' has no interface named '{name}'{hint}")
DNAT_NEEDS_TRANSLATION = QT_TRANSLATE_NOOP(
    "validation", "a DNAT rule needs translate.ip or translate.port (the new destination)")
SNAT_NEEDS_TRANSLATION = QT_TRANSLATE_NOOP(
    "validation", "an SNAT rule needs translate.ip (the new source address)")

# -- L2 concentrators -------------------------------------------------------------------------
L2C_NEEDS_BRIDGE = QT_TRANSLATE_NOOP(
    "validation", "l2-concentrator '{device}' needs 'bridge', the network it stretches")
L2C_NO_BRIDGE_INTERFACE = QT_TRANSLATE_NOOP(
    "validation", "'{device}' has no interface on its bridge network '{network}'; add "
    "{{name: bridge, network: {network}}} under interfaces")
L2C_NEEDS_PEER = QT_TRANSLATE_NOOP(
    "validation", "l2-concentrator '{device}' needs 'peer', the concentrator at the other site")
L2C_OWN_PEER = QT_TRANSLATE_NOOP(
    "validation", "'{device}' cannot be its own peer; name the concentrator at the other site")
L2C_PEERS_NOT_MUTUAL = QT_TRANSLATE_NOOP(
    "validation", "peer '{peer}' names '{other}' as its peer, not '{device}'; make the two "
    "concentrators name each other")
L2C_BRIDGES_DIFFER = QT_TRANSLATE_NOOP(
    "validation", "bridged networks '{network}' ({cidr}) and '{peer_network}' ({peer_cidr}) "
    "must have the same cidr: a stretched network is one subnet at both sites")

# -- VXLAN ------------------------------------------------------------------------------------
VXLAN_PORT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "vxlan_port {port} is not a port; use 4789 (or 8472 for older NSX-V installs)")
HOST_WITHOUT_VTEP = QT_TRANSLATE_NOOP(
    "validation", "the ESXi host '{host}' runs '{guest}' on logical switch '{network}' but has no "
    "VTEP; tick VTEP on its interface on the transport network [vtep: true]")
TRANSPORT_MTU_TOO_SMALL = QT_TRANSLATE_NOOP(
    "validation", "transport network '{network}' carries VXLAN with an MTU of {mtu}; VXLAN adds "
    "50 bytes; NSX wants 1600, so set mtu: 1600")

# -- Kubernetes -------------------------------------------------------------------------------
RANGES_OVERLAP = QT_TRANSLATE_NOOP(
    "validation", "service_cidr {services} overlaps pod_cidr {pods}; pick ranges that do not "
    "overlap")
NODE_WITHOUT_CLUSTER = QT_TRANSLATE_NOOP(
    "validation", "k8s-node '{device}' has no cluster; set cluster to the id of its Kubernetes "
    "cluster")
NODE_BLOCK_OUTSIDE = QT_TRANSLATE_NOOP(
    "validation", "pod_cidr {block} is outside cluster '{cluster}' pod_cidr {pool}; give the "
    "node a block inside it")
NODE_BLOCKS_OVERLAP = QT_TRANSLATE_NOOP(
    "validation", "pod_cidr {block} overlaps node '{other}' pod_cidr {other_block}; give each "
    "node its own block")
VIP_OUTSIDE = QT_TRANSLATE_NOOP(
    "validation", "vip {address} is outside the networks of '{device}'; a vip must be inside "
    "one of its interfaces' networks")
POD_NEEDS_NODE = QT_TRANSLATE_NOOP(
    "validation", "pod '{device}' needs 'node', the k8s-node it runs on")
HOST_NETWORK_POD_IP = QT_TRANSLATE_NOOP(
    "validation", "a host-network pod uses its node's addresses; remove ip")
POD_NEEDS_IP = QT_TRANSLATE_NOOP(
    "validation", "pod '{device}' needs 'ip' (an address in its node's pod_cidr) unless it has "
    "host_network: true")
POD_IP_OUTSIDE_CLUSTER = QT_TRANSLATE_NOOP(
    "validation", "pod ip {address} is outside cluster '{cluster}' pod_cidr {pool}; use an "
    "address in its node's block")
POD_IP_OUTSIDE_NODE = QT_TRANSLATE_NOOP(
    "validation", "pod ip {address} is outside node '{node}' pod_cidr {block}; Calico routes it "
    "to another node")
DUPLICATE_SERVICE = QT_TRANSLATE_NOOP(
    "validation", "cluster '{cluster}' already has a service named '{name}'; rename one")
CLUSTER_IP_OUTSIDE = QT_TRANSLATE_NOOP(
    "validation", "cluster_ip {address} is outside service_cidr {cidr}; use an address inside it")
CLUSTER_IP_TAKEN = QT_TRANSLATE_NOOP(
    "validation", "cluster_ip {address} is already used by service '{service}'; give each "
    "service its own")
LB_IP_NOT_LOAD_BALANCER = QT_TRANSLATE_NOOP(
    "validation", "load_balancer_ip only applies to LoadBalancer services; remove it or set "
    "type: LoadBalancer")
LB_IP_UNHELD = QT_TRANSLATE_NOOP(
    "validation", "no device holds {address}; add it to the vips of the node that answers for it")
LB_WITHOUT_IP = QT_TRANSLATE_NOOP(
    "validation", "LoadBalancer service '{service}' has no load_balancer_ip; add the address "
    "clients connect to")
SERVICE_WITHOUT_PORTS = QT_TRANSLATE_NOOP(
    "validation", "service '{service}' has no ports; add ports: [{{port: 80}}]")
NODE_PORT_OUTSIDE = QT_TRANSLATE_NOOP(
    "validation", "node_port {port} is outside {low}–{high}, the range kube-proxy opens; pick "
    "one inside it")
NODE_PORT_TAKEN = QT_TRANSLATE_NOOP(
    "validation", "node_port {port} is already used by service '{service}'; each node port "
    "serves one service")
NODE_PORT_ON_CLUSTER_IP = QT_TRANSLATE_NOOP(
    "validation", "node_port only applies to NodePort and LoadBalancer services; remove it or "
    "change type")
SELECTOR_MATCHES_NOTHING = QT_TRANSLATE_NOOP(
    "validation", "selector {selector} matches no pod in cluster '{cluster}'; the service has "
    "no endpoints")
DUPLICATE_INGRESS = QT_TRANSLATE_NOOP(
    "validation", "cluster '{cluster}' already has an ingress named '{name}'; rename one")
INGRESS_WITHOUT_CONTROLLER = QT_TRANSLATE_NOOP(
    "validation", "ingress '{name}' has no controller; add the labels of its controller pods, "
    "like controller: {{app: nginx-ingress}}")
CONTROLLER_MATCHES_NOTHING = QT_TRANSLATE_NOOP(
    "validation", "controller {selector} matches no pod in cluster '{cluster}'; nothing "
    "terminates this ingress")
UNKNOWN_SERVICE = QT_TRANSLATE_NOOP(
    "validation", "unknown service '{service}' in cluster '{cluster}'{hint}")
SERVICE_WITHOUT_PORT = QT_TRANSLATE_NOOP(
    "validation", "service '{service}' has no port {port}; use one of its ports")

# -- flows ------------------------------------------------------------------------------------
ICMP_WITHOUT_PORTS = QT_TRANSLATE_NOOP("validation", "icmp has no ports; remove port")
BAD_PACKET_SIZE = QT_TRANSLATE_NOOP(
    "validation", "size {size} is not an IP packet size; use 20–65535 bytes")
BAD_TARGET_ADDRESS = QT_TRANSLATE_NOOP(
    "validation", "'{target}' is not a valid IPv4 address; write it as a.b.c.d")
NO_RECORD = QT_TRANSLATE_NOOP("validation", "no dns device has a record for '{name}'{hint}")
NO_DNS_SERVER = QT_TRANSLATE_NOOP(
    "validation", "'{source}' has no dns server to look up '{name}'; set its dns to '{server}'")
WRONG_DNS_SERVER = QT_TRANSLATE_NOOP(
    "validation", "'{source}' asks '{dns}', which has no record for '{name}' (only '{server}' "
    "has); add the record there or change its dns")

# -- layout -----------------------------------------------------------------------------------
LAYOUT_NAMES_NOTHING = QT_TRANSLATE_NOOP(
    "validation", "layout entry '{key}' names no zone, network or device{hint}")
LAYOUT_OF_ZONE = QT_TRANSLATE_NOOP(
    "validation", "layout of zone '{key}' needs 4 numbers [x, y, width, height], found {found}")
LAYOUT_OF_ITEM = QT_TRANSLATE_NOOP(
    "validation", "layout of {word} '{key}' needs 2 numbers [x, y], found {found}")
LAYOUT_COLLAPSED_FLAG = QT_TRANSLATE_NOOP(
    "validation", "the last number of the layout of '{key}' says whether it is drawn collapsed: "
    "1 or 0, not {found}")

# -- the file and its YAML structure (reader.py) ----------------------------------------------
# What a value should be and what was found instead: "expected {wanted}, found {found}".
TEXT = QT_TRANSLATE_NOOP("validation", "text")
A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("validation", "a whole number")
TRUE_OR_FALSE = QT_TRANSLATE_NOOP("validation", "true or false")
A_NUMBER = QT_TRANSLATE_NOOP("validation", "a number")
A_LIST = QT_TRANSLATE_NOOP("validation", "a list")
A_MAPPING = QT_TRANSLATE_NOOP("validation", "a mapping")
NOTHING = QT_TRANSLATE_NOOP("validation", "nothing")
QUOTED_VALUE = QT_TRANSLATE_NOOP("validation", "'{value}'")
EXPECTED = QT_TRANSLATE_NOOP("validation", "expected {wanted}, found {found}")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("validation", "key '{key}' appears twice in this mapping")
KEY_NOT_PLAIN = QT_TRANSLATE_NOOP("validation", "mapping keys must be plain names")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("validation", "unknown key '{key}'{hint}")
NEEDS_VALUE = QT_TRANSLATE_NOOP("validation", "'{key}' needs a value")
MISSING_KEY = QT_TRANSLATE_NOOP("validation", "missing required key '{key}'")
NOT_A_TOPOLOGY = QT_TRANSLATE_NOOP(
    "validation", "a topology is a mapping of keys (hybridviz, name, networks, …), found {found}")
NESTS_TOO_DEEPLY = QT_TRANSLATE_NOOP("validation", "the document nests too deeply")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "validation", "the file is empty; a topology starts with 'hybridviz: 1'")
# {problem} is PyYAML's own description, in English (or one of the phrases below).
NOT_YAML = QT_TRANSLATE_NOOP("validation", "not valid YAML: {problem}")
SECOND_DOCUMENT = QT_TRANSLATE_NOOP(
    "validation", "found a second document ('---'); a topology file holds exactly one")
UNDEFINED_ALIAS = QT_TRANSLATE_NOOP("validation", "found undefined alias '{alias}'")
TAG_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "validation", "YAML tag '{tag}' is not allowed; topology files hold plain text, numbers, "
    "lists and mappings")
RECURSIVE_ALIAS = QT_TRANSLATE_NOOP(
    "validation", "a YAML alias refers to itself; remove the recursive anchor")
ALIAS_BOMB = QT_TRANSLATE_NOOP(
    "validation", "YAML aliases would expand this document to {total:,} values (from "
    "{written:,} written); refusing it as an alias bomb. Write the values out instead of "
    "nesting aliases")

# -- the format number ------------------------------------------------------------------------
FORMAT_MISSING = QT_TRANSLATE_NOOP(
    "validation", "missing the format number: add 'hybridviz: 1' as the first line")
FORMAT_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "validation", "the format number must be a whole number, found {found}")
FORMAT_TOO_NEW = QT_TRANSLATE_NOOP(
    "validation", "this file uses format {number}, newer than this hybridviz understands "
    "(format {known}); open it with a newer hybridviz")
FORMAT_UNKNOWN = QT_TRANSLATE_NOOP(
    "validation", "format {number} does not exist; the first format is 1")

# -- reading the file -------------------------------------------------------------------------
# {reason} is the system's words (its language), or one of the reasons below where the system
# said exactly that in English.
CANNOT_OPEN = QT_TRANSLATE_NOOP("validation", "cannot open the file: {reason}")
CANNOT_READ = QT_TRANSLATE_NOOP("validation", "cannot read the file: {reason}")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("validation", "No such file or directory")
PERMISSION_DENIED = QT_TRANSLATE_NOOP("validation", "Permission denied")
IS_A_DIRECTORY = QT_TRANSLATE_NOOP("validation", "Is a directory")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "validation", "the file is {size:.1f} MB; topology files are limited to {limit} MB")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "validation", "not UTF-8 text (byte {byte}); save the file as UTF-8")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "validation", "the control character {char} is not allowed in a topology file; remove it")
NUMBER_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation", "this number has {digits:,} digits; numbers are limited to {limit:,} digits")

# -- anything else --------------------------------------------------------------------------
# {error} is the exception's own words, in English: what a bug report needs.
UNEXPECTED = QT_TRANSLATE_NOOP(
    "validation", "hybridviz could not handle this file ({error}); nothing was changed. "
    "Please report it with the file")

# -- selectors of the reachability matrix (context ``selectors``; see ``selectors``) -------------
SEL_EMPTY_TERM = QT_TRANSLATE_NOOP(
    "selectors", "the {role} selector '{text}' has an empty term; write terms such as zone:vcs, "
    "kind:vm or service:web separated by commas")
SEL_PICKS_NOTHING = QT_TRANSLATE_NOOP("selectors", "the {role} selector '{text}' picks nothing in this topology")
SEL_NO_SELECTION = QT_TRANSLATE_NOOP(
    "selectors", "'selection' means what is selected in the window; on the command line name the "
    "devices (device:ID) or a zone, kind or label")
SEL_UNKNOWN_PREFIX = QT_TRANSLATE_NOOP(
    "selectors", "unknown selector '{prefix}:' in '{term}'{hint}; use one of {prefixes} or 'selection'")
SEL_NAMES_NOTHING = QT_TRANSLATE_NOOP("selectors", "'{term}' names nothing; write {example}")
SEL_SERVICE_SOURCE = QT_TRANSLATE_NOOP(
    "selectors", "'{term}': a service receives traffic but sends none; pick its pods as sources "
    "with label:KEY=VALUE")
SEL_NO_DEVICE = QT_TRANSLATE_NOOP("selectors", "no device '{device}'{hint}")
SEL_NO_ZONE = QT_TRANSLATE_NOOP("selectors", "no zone '{zone}'{hint}")
SEL_UNKNOWN_KIND = QT_TRANSLATE_NOOP("selectors", "unknown device kind '{kind}'{hint}")
SEL_LABEL_FORM = QT_TRANSLATE_NOOP("selectors", "'{term}' needs a key and a value, like label:app=web")
SEL_NO_SERVICE = QT_TRANSLATE_NOOP("selectors", "no service '{service}' with an address{hint}")
SOURCE_ROLE = Word(QT_TRANSLATE_NOOP("selectors", "source"))
DESTINATION_ROLE = Word(QT_TRANSLATE_NOOP("selectors", "destination"))

NO_EMBEDDED_TOPOLOGY = QT_TRANSLATE_NOOP(
    "validation", "this {format} carries no hybridviz topology; open the .yaml file it was "
    "exported from, or export it again from hybridviz")
BROKEN_EMBEDDED_TOPOLOGY = QT_TRANSLATE_NOOP(
    "validation", "the topology inside this {format} cannot be read ({reason}); export it again "
    "from hybridviz")
# What each export is called in those sentences (``this PNG image carries no …``).
PNG_IMAGE = Word(QT_TRANSLATE_NOOP("validation", "PNG image"))
SVG_DRAWING = Word(QT_TRANSLATE_NOOP("validation", "SVG drawing"))
PDF_DOCUMENT = Word(QT_TRANSLATE_NOOP("validation", "PDF document"))
DRAWIO_DIAGRAM = Word(QT_TRANSLATE_NOOP("validation", "draw.io diagram"))
WEB_PAGE = Word(QT_TRANSLATE_NOOP("validation", "web page"))
