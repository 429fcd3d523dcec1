"""Every sentence a trace can say, as templates the desktop app translates.

The engine formats them in English (``template.format(**params)``); the GUI translates the
template with Qt's translator (context ``trace``) and formats the same parameters, so a
trainer reading Chinese sees Chinese steps. ``QT_TRANSLATE_NOOP`` marks the templates for
``pyside6-lupdate`` without importing Qt here. A parameter that is itself a word to translate
is a ``Word``.
"""

from __future__ import annotations

CONTEXT = "trace"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Word(str):
    """A parameter that is a translatable word (``connected``, ``allow``), not a name or number."""

    __slots__ = ()


def word(text: str) -> Word:
    return Word(text)


T = QT_TRANSLATE_NOOP

# -- words used as parameters ------------------------------------------------------------------
ROUTE_SOURCES = {
    "connected": Word(T("trace", "connected")),
    "static": Word(T("trace", "static")),
    "gateway": Word(T("trace", "gateway")),
    "internet": Word(T("trace", "internet")),
}
ACTIONS = {"allow": Word(T("trace", "allows")), "deny": Word(T("trace", "denies"))}
PICKED_BY = {True: Word(T("trace", "pinned by the flow")), False: Word(T("trace", "picked by hash"))}
WHERE = {True: Word(T("trace", "on this node")), False: Word(T("trace", "on another node"))}
TUNNEL_WORDS = {
    "ipsec": Word(T("trace", "IPsec ESP (NULL cipher) in UDP 4500")),
    "gre-ipsec": Word(T("trace", "GRE inside IPsec ESP")),
    "gre": Word(T("trace", "GRE (unencrypted)")),
}
INNER_PACKET = Word(T("trace", "inner IP packet"))

# -- name resolution and sending ------------------------------------------------------------------
DNS_NO_RESOLVER = T("trace", "{source} has no DNS resolver configured to look up {name}")
DNS_NO_RESOLVER_DROP = T("trace", "cannot resolve {name}: {source} has no 'dns' server")
DNS_NXDOMAIN = T("trace", "asked {server} ({server_ip}) for {name}: no such record (NXDOMAIN)")
DNS_NXDOMAIN_DROP = T("trace", "{name} has no record on {server}")
DNS_RESOLVED = T("trace", "resolved {name} to {answer} via {server} ({server_ip})")
ORIGINATE = T("trace", "{protocol} {src}:{sport} → {dst}:{dport} from {iface}")
ORIGINATE_NO_PORTS = T("trace", "{protocol} {src} → {dst} from {iface}")
OPENS = T("trace", "{device} opens {src}:{sport} → {dst}:{dport}")
NO_SOURCE_ADDRESS = T("trace", "{device} has no address on {iface}")
NO_ADDRESS = T("trace", "{device} has no address to send from")

# -- layer 2 ----------------------------------------------------------------------------------
INTO_INTERNET = T("trace", "into the {network} cloud from {iface} ({ip})")
ARP = T("trace", "ARP {ip} on {network} → {mac} ({device} {iface})")
ARP_BRIDGED = T("trace", "ARP {ip} on {network} → {mac} ({device} {iface}), beyond the L2 concentrator {bridge}")
NOT_ATTACHED = T("trace", "{iface} of {device} is not attached to a network")
NO_ARP = T("trace", "no device on {network} answers ARP for {ip}")
NO_ARP_VIA = T("trace", "no device on {network} answers ARP for {ip} (next hop of route {route})")
NO_MAC = T("trace", "no device on {network} has MAC {mac}")

# -- MTU ------------------------------------------------------------------------------------------
MTU_FITS = T("trace", "IP packet {size:,} B ≤ MTU {mtu:,} of {network}")
MTU_FITS_PARTS = T("trace", "IP packet {size:,} B ≤ MTU {mtu:,} of {network} ({parts})")
MTU_TOO_BIG = T("trace", "IP packet {size:,} B > MTU {mtu:,} of {network} ({parts})")
MTU_TOO_BIG_PLAIN = T("trace", "IP packet {size:,} B > MTU {mtu:,} of {network}")
MTU_FRAGMENTED = T("trace", "IP packet {size:,} B > MTU {mtu:,} of {network}; DF is clear, so the packet would be fragmented")
MTU_EXCEEDED = T("trace", "fragmentation needed: a {size:,}-byte IP packet does not fit the MTU {mtu:,} of {network} and DF is set; raise the MTU of {network} or lower the inner MTU")

# -- routing ------------------------------------------------------------------------------------
ROUTE = T("trace", "{dst} matches {route} ({source} route)")
ROUTE_DLR = T("trace", "DLR in the kernel of {host}: {dst} matches {route} ({source} route)")
ROUTE_UNDERLAY = T("trace", "underlay: {dst} matches {route} ({source} route)")
NO_ROUTE = T("trace", "no route to {dst} at {device}")
TTL_EXPIRED = T("trace", "TTL expired at {device} (TTL {ttl} on {src} → {dst}); a routing loop or too many hops")
TOO_MANY_HOPS = T("trace", "stopped after {hops} hops: the packet is going round a forwarding loop")
NOT_A_ROUTER = T("trace", "{device} is a {kind}, not a router: it drops a packet for {dst}")
DOES_NOT_ROUTE = T("trace", "{device} does not route packets for {dst}")
DELIVERED = T("trace", "delivered to {device} ({where})")
INTERNET_OWNER = T("trace", "internet routing: {dst} belongs to {device}")
INTERNET_ANNOUNCE = T("trace", "internet routing: {device} announces {prefix} (its announcement)")
INTERNET_SUBNET = T("trace", "internet routing: {device} announces {prefix} (its subnet on {iface})")
INTERNET_NOBODY = T("trace", "nobody on the {network} owns or announces {dst}")

# -- ESG ------------------------------------------------------------------------------------------
FIREWALL_DEFAULT = T("trace", "no rule matches {what}; the default policy {action} it")
FIREWALL_RULE = T("trace", "rule {name} {action} {what} (checked before NAT)")
DENIED_RULE = T("trace", "denied by firewall rule {name} on {device}")
DENIED_DEFAULT = T("trace", "denied by the firewall's default policy on {device}")
DNAT = T("trace", "rule {name}: destination {old} → {new}")
SNAT = T("trace", "rule {name} on {iface}: source {old} → {new}")

# -- VXLAN --------------------------------------------------------------------------------------
VXLAN_PUSH = T("trace", "VXLAN VNI {vni} ({network}): {device} runs on {host}, so VTEP {src} → {dst}, UDP {sport} → {dport}")
VXLAN_POP = T("trace", "VXLAN VNI {vni} → {network}; inner frame to {device} ({mac})")
NO_VTEP_HERE = T("trace", "{host} has no VTEP, so it cannot carry {network} (VNI {vni}) to {remote}")
NO_VTEP_THERE = T("trace", "{remote} has no VTEP, so {device} on {network} is unreachable from {host}")
NO_VNI = T("trace", "no logical switch has VNI {vni}")
NO_VM_MAC = T("trace", "no VM on {network} has MAC {mac}")

# -- Kubernetes ---------------------------------------------------------------------------------
IPIP_POP = T("trace", "IP-in-IP from {src} arrives on tunl0; outer header removed")
CALICO_VXLAN_POP = T("trace", "Calico VXLAN from {src} arrives on vxlan.calico; outer headers removed")
NO_SERVICE = T("trace", "no service rule for {dst}:{dport}; the packet is for this node")
HOST_LISTENER = T("trace", "local: {dst} is an address of {node}; {pod} listens on :{dport} in the host network")
POD_ROUTE = T("trace", "{dst} dev {veth} (Calico's /32 route to pod {pod})")
MASQUERADE = T("trace", "MASQUERADE {old} → {new} (KUBE-POSTROUTING)")
MASQUERADE_TUNNEL = T("trace", "MASQUERADE {old} → {new} (the address of {dev})")
NAT_OUTGOING = T("trace", "Calico natOutgoing: {old} → {new} (pod traffic leaving the IP pool {pool})")
NAT_OUTGOING_OFF = T("trace", "natOutgoing is off: the pod address {src} leaves the node unchanged")
NO_POD_BLOCK = T("trace", "no node's pod block holds {dst}, so Calico has no route for it")
NO_NODE_ADDRESS = T("trace", "{node} or {peer} has no node address for Calico's route")
CALICO_ROUTE = T("trace", "{dst} matches {block} via {via} dev {dev} (Calico route to {peer}, learned over BGP)")
CALICO_NOT_ON_LINK = T("trace", "encapsulation is off and {peer} ({via}) is not on {node}'s subnet; the routers between them do not know pod routes")
IPIP_PUSH = T("trace", "IP-in-IP (IP protocol 4) via tunl0: outer {src} → {dst} ({mode}); inner TTL and DF copied")
CALICO_VXLAN_PUSH = T("trace", "Calico VXLAN VNI {vni}: outer {src} → {dst} ({mode}); inner TTL and DF copied")
SERVICE_NO_ENDPOINTS = T("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but it has no ready endpoints (selector {selector})")
SERVICE_NO_ENDPOINTS_DROP = T("trace", "service {service} has no ready endpoints (selector {selector}); kube-proxy rejects the connection")
SERVICE_NO_LOCAL = T("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but externalTrafficPolicy is Local and {node} has no ready endpoint")
SERVICE_NO_LOCAL_DROP = T("trace", "externalTrafficPolicy Local and no ready endpoint of {service} on {node}; kube-proxy rejects the connection")
ENDPOINT_NO_ADDRESS = T("trace", "endpoint {pod} of {service} has no address")
KUBE_DNAT = T("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}) → KUBE-SVC ({count} endpoints) → KUBE-SEP {pod}: DNAT to {ip}:{port} ({how})")
KUBE_MASQ = T("trace", "externalTrafficPolicy Cluster: KUBE-MARK-MASQ, the source becomes this node's address when the packet leaves (endpoint {pod} is {where}; the pod will not see the client)")
KUBE_LOCAL = T("trace", "externalTrafficPolicy Local: client source {src} kept")
POD_NO_ADDRESS = T("trace", "{pod} has no address or no node")
HOST_NETWORK = T("trace", "host network: the packet goes straight into {node}'s stack")
CALICO_GATEWAY = T("trace", "default via {gateway} dev eth0: Calico's gateway, answered by {node} with proxy ARP ({mac})")
POD_NO_FORWARD = T("trace", "{pod} does not forward packets for {dst}")
INGRESS_NO_RULE = T("trace", "{pod} terminates the connection but no ingress rule matches host {host} path {path}")
INGRESS_NO_RULE_DROP = T("trace", "no ingress rule for host {host} path {path}; the controller answers 404")
INGRESS_NO_SERVICE = T("trace", "{ingress} routes host {host} to service {service}, which does not exist")
INGRESS_NO_SERVICE_DROP = T("trace", "ingress {ingress} names service {service}, which has no ClusterIP")
INGRESS_PROXY = T("trace", "{pod} terminates TCP from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})")
INGRESS_PROXY_TLS = T("trace", "{pod} terminates TCP and TLS from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})")

# -- L2 concentrator -------------------------------------------------------------------------------
L2C_ONLY_BRIDGES = T("trace", "{device} only bridges {network}; it does not route {dst}")
L2C_NO_PEER = T("trace", "{device} has no working peer uplink to carry the frame")
L2C_BRIDGE_OUT = T("trace", "frame {src} → {dst} ({target}) belongs on the far side of the stretched network ({network} behind {peer})")
L2C_PUSH = T("trace", "{tunnel} from uplink {src} to {peer} {dst}{spi}; the inner frame and its TTL are carried untouched")
L2C_POP = T("trace", "{tunnel} from {src} unwrapped")
L2C_BRIDGE_IN = T("trace", "frame placed on {network} for {device} ({mac}), unchanged")
L2C_NO_NETWORK = T("trace", "{device} bridges no known network")

# -- short hop summaries (timelines and tables) ----------------------------------------------------
SUMMARY = {
    "originate": T("trace", "send"),
    "dns": T("trace", "DNS"),
    "bridge": T("trace", "bridge"),
    "deliver": T("trace", "deliver"),
    "kube-proxy": T("trace", "kube-proxy"),
}
SUMMARY_FIREWALL = T("trace", "firewall {rule}")
SUMMARY_DNAT = T("trace", "DNAT {rule}")
SUMMARY_SNAT = T("trace", "SNAT {rule}")
SUMMARY_ENCAP = T("trace", "encap {layer}")
SUMMARY_DECAP = T("trace", "decap {layer}")
SUMMARY_KUBE = T("trace", "kube-proxy {rule}")
SUMMARY_PROXY = T("trace", "proxy ({rule})")
SUMMARY_DROP = T("trace", "DROP: {reason}")
SUMMARY_ROUTE = T("trace", "route")
SUMMARY_ROUTE_VIA = T("trace", "route via {via}")
SUMMARY_ROUTE_DEV = T("trace", "route dev {dev}")
