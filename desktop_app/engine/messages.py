"""Every sentence a trace can say, as templates the desktop app translates.

The engine formats them in English (``template.format(**params)``); the GUI translates the
template with Qt's translator (context ``trace``) and formats the same parameters, so a
trainer reading Chinese sees Chinese steps. ``QT_TRANSLATE_NOOP`` marks the templates for
``pyside6-lupdate`` without importing Qt here. A parameter that is itself a word to translate
is a ``Word``.
"""

from __future__ import annotations

from typing import Any

from desktop_app.model.messages import QT_TRANSLATE_NOOP

CONTEXT = "trace"


class Word(str):
    """A parameter that is a translatable word (``connected``, ``allow``), not a name or number."""

    __slots__ = ()


# -- words used as parameters ------------------------------------------------------------------
ROUTE_SOURCES = {
    "connected": Word(QT_TRANSLATE_NOOP("trace", "connected")),
    "static": Word(QT_TRANSLATE_NOOP("trace", "static")),
    "gateway": Word(QT_TRANSLATE_NOOP("trace", "gateway")),
    "internet": Word(QT_TRANSLATE_NOOP("trace", "internet")),
}
ACTIONS = {"allow": Word(QT_TRANSLATE_NOOP("trace", "allows")), "deny": Word(QT_TRANSLATE_NOOP("trace", "denies"))}
PICKED_BY = {True: Word(QT_TRANSLATE_NOOP("trace", "pinned by the flow")), False: Word(QT_TRANSLATE_NOOP("trace", "picked by hash"))}
WHERE = {True: Word(QT_TRANSLATE_NOOP("trace", "on this node")), False: Word(QT_TRANSLATE_NOOP("trace", "on another node"))}
TUNNEL_WORDS = {
    "ipsec": Word(QT_TRANSLATE_NOOP("trace", "IPsec ESP (NULL cipher) in UDP 4500")),
    "gre-ipsec": Word(QT_TRANSLATE_NOOP("trace", "GRE inside IPsec ESP")),
    "gre": Word(QT_TRANSLATE_NOOP("trace", "GRE (unencrypted)")),
}
INNER_PACKET = Word(QT_TRANSLATE_NOOP("trace", "inner IP packet"))
GRE_OVER_IPSEC = Word(QT_TRANSLATE_NOOP("trace", "GRE over IPsec"))
ESP_IN_UDP = Word(QT_TRANSLATE_NOOP("trace", "IPsec ESP in UDP"))
# A route as the table shows it; the GUI says the words in its language (Linux's own terms,
# via and dev, stay).
ROUTE_VIA = QT_TRANSLATE_NOOP("trace", "{prefix} via {via} dev {dev}")
ROUTE_INTO_INTERNET = QT_TRANSLATE_NOOP("trace", "{prefix} into the internet dev {dev}")
ROUTE_CONNECTED = QT_TRANSLATE_NOOP("trace", "{prefix} connected dev {dev}")


class Phrase(str):
    """A parameter that is itself made from a template (a route, ``0.0.0.0/0 into the internet
    dev eth0``): the English text, and the template and values a view translates."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Phrase:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # a matrix's workers send steps back pickled
        return _phrase, (self.template, self.params)


def _phrase(template: str, params: dict[str, object]) -> Phrase:
    return Phrase(template, **params)


# One layer of a size breakdown, and what joins them: "inner IP packet 40 + VXLAN 50".
BREAKDOWN_PART = QT_TRANSLATE_NOOP("trace", "{layer} {bytes:,}")
BREAKDOWN_JOIN = QT_TRANSLATE_NOOP("trace", " + ")


class Breakdown(str):
    """A size breakdown as a parameter: the English text, and the layers themselves so that a
    view composes it in its own language rather than quoting English inside a sentence."""

    layers: tuple[tuple[str, int], ...]

    def __new__(cls, layers: list[tuple[str, int]]) -> Breakdown:
        text = BREAKDOWN_JOIN.join(BREAKDOWN_PART.format(layer=name, bytes=n)
                                   for name, n in layers)
        made = super().__new__(cls, text)
        made.layers = tuple(layers)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return Breakdown, (list(self.layers),)

# -- a flow that cannot be traced at all (TraceInputError) ------------------------------------------
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("trace", "unknown source device '{source}'")
UNKNOWN_PROTOCOL = QT_TRANSLATE_NOOP("trace", "unknown protocol '{protocol}'; use tcp, udp or icmp")
PORT_OUTSIDE = QT_TRANSLATE_NOOP("trace", "port {port} is outside 1–65535")
BAD_TARGET = QT_TRANSLATE_NOOP("trace", "'{target}' is not a valid IPv4 address")
TARGET_WITHOUT_ADDRESS = QT_TRANSLATE_NOOP("trace", "device '{target}' has no IP address to send to")

# -- name resolution and sending ------------------------------------------------------------------
DNS_NO_RESOLVER = QT_TRANSLATE_NOOP("trace", "{source} has no DNS resolver configured to look up {name}")
DNS_NO_RESOLVER_DROP = QT_TRANSLATE_NOOP("trace", "cannot resolve {name}: {source} has no 'dns' server")
DNS_NXDOMAIN = QT_TRANSLATE_NOOP("trace", "asked {server} ({server_ip}) for {name}: no such record (NXDOMAIN)")
DNS_NXDOMAIN_DROP = QT_TRANSLATE_NOOP("trace", "{name} has no record on {server}")
DNS_RESOLVED = QT_TRANSLATE_NOOP("trace", "resolved {name} to {answer} via {server} ({server_ip})")
ORIGINATE = QT_TRANSLATE_NOOP("trace", "{protocol} {src}:{sport} → {dst}:{dport} from {iface}")
ORIGINATE_NO_PORTS = QT_TRANSLATE_NOOP("trace", "{protocol} {src} → {dst} from {iface}")
OPENS = QT_TRANSLATE_NOOP("trace", "{device} opens {src}:{sport} → {dst}:{dport}")
NO_SOURCE_ADDRESS = QT_TRANSLATE_NOOP("trace", "{device} has no address on {iface}")
NO_ADDRESS = QT_TRANSLATE_NOOP("trace", "{device} has no address to send from")

# -- layer 2 ----------------------------------------------------------------------------------
INTO_INTERNET = QT_TRANSLATE_NOOP("trace", "into the {network} cloud from {iface} ({ip})")
ARP = QT_TRANSLATE_NOOP("trace", "ARP {ip} on {network} → {mac} ({device} {iface})")
ARP_BRIDGED = QT_TRANSLATE_NOOP("trace", "ARP {ip} on {network} → {mac} ({device} {iface}), beyond the L2 concentrator {bridge}")
NOT_ATTACHED = QT_TRANSLATE_NOOP("trace", "{iface} of {device} is not attached to a network")
NO_ARP = QT_TRANSLATE_NOOP("trace", "no device on {network} answers ARP for {ip}")
NO_ARP_VIA = QT_TRANSLATE_NOOP("trace", "no device on {network} answers ARP for {ip} (next hop of route {route})")
NO_MAC = QT_TRANSLATE_NOOP("trace", "no device on {network} has MAC {mac}")

# -- MTU ------------------------------------------------------------------------------------------
MTU_FITS = QT_TRANSLATE_NOOP("trace", "IP packet {size:,} B ≤ MTU {mtu:,} of {network}")
MTU_FITS_PARTS = QT_TRANSLATE_NOOP("trace", "IP packet {size:,} B ≤ MTU {mtu:,} of {network} ({parts})")
MTU_TOO_BIG = QT_TRANSLATE_NOOP("trace", "IP packet {size:,} B > MTU {mtu:,} of {network} ({parts})")
MTU_TOO_BIG_PLAIN = QT_TRANSLATE_NOOP("trace", "IP packet {size:,} B > MTU {mtu:,} of {network}")
MTU_FRAGMENTED = QT_TRANSLATE_NOOP("trace", "IP packet {size:,} B > MTU {mtu:,} of {network}; DF is clear, so the packet would be fragmented")
MTU_EXCEEDED_SILENT = QT_TRANSLATE_NOOP("trace", "a {size:,}-byte IP packet does not fit the MTU {mtu:,} of {network} and DF is set: the tunnel endpoint drops it silently (no ICMP); raise the MTU of {network} or lower the inner MTU")
MTU_EXCEEDED = QT_TRANSLATE_NOOP("trace", "fragmentation needed: a {size:,}-byte IP packet does not fit the MTU {mtu:,} of {network} and DF is set; raise the MTU of {network} or lower the inner MTU")

# -- routing ------------------------------------------------------------------------------------
ROUTE = QT_TRANSLATE_NOOP("trace", "{dst} matches {route} ({source} route)")
ROUTE_DLR = QT_TRANSLATE_NOOP("trace", "DLR in the kernel of {host}: {dst} matches {route} ({source} route)")
ROUTE_UNDERLAY = QT_TRANSLATE_NOOP("trace", "underlay: {dst} matches {route} ({source} route)")
NO_ROUTE = QT_TRANSLATE_NOOP("trace", "no route to {dst} at {device}")
TTL_EXPIRED = QT_TRANSLATE_NOOP("trace", "TTL expired at {device} (TTL {ttl} on {src} → {dst}); a routing loop or too many hops")
TOO_MANY_HOPS = QT_TRANSLATE_NOOP("trace", "stopped after {hops} hops: the packet is going round a forwarding loop")
NOT_A_ROUTER = QT_TRANSLATE_NOOP("trace", "{device} is a {kind}, not a router: it drops a packet for {dst}")
DOES_NOT_ROUTE = QT_TRANSLATE_NOOP("trace", "{device} does not route packets for {dst}")
DELIVERED = QT_TRANSLATE_NOOP("trace", "delivered to {device} ({where})")
INTERNET_OWNER = QT_TRANSLATE_NOOP("trace", "internet routing: {dst} belongs to {device}")
INTERNET_ANNOUNCE = QT_TRANSLATE_NOOP("trace", "internet routing: {device} announces {prefix} (its announcement)")
INTERNET_SUBNET = QT_TRANSLATE_NOOP("trace", "internet routing: {device} announces {prefix} (its subnet on {iface})")
INTERNET_NOBODY = QT_TRANSLATE_NOOP("trace", "nobody on the {network} owns or announces {dst}")

# -- ESG ------------------------------------------------------------------------------------------
FIREWALL_DEFAULT = QT_TRANSLATE_NOOP("trace", "no rule matches {what}; the default policy {action} it")
FIREWALL_RULE = QT_TRANSLATE_NOOP("trace", "rule {name} {action} {what} (checked before NAT)")
DENIED_RULE = QT_TRANSLATE_NOOP("trace", "denied by firewall rule {name} on {device}")
DENIED_DEFAULT = QT_TRANSLATE_NOOP("trace", "denied by the firewall's default policy on {device}")
DNAT = QT_TRANSLATE_NOOP("trace", "rule {name}: destination {old} → {new}")
SNAT = QT_TRANSLATE_NOOP("trace", "rule {name} on {iface}: source {old} → {new}")

# -- VXLAN --------------------------------------------------------------------------------------
VXLAN_PUSH = QT_TRANSLATE_NOOP("trace", "VXLAN VNI {vni} ({network}): {device} runs on {host}, so VTEP {src} → {dst}, UDP {sport} → {dport}")
VXLAN_POP = QT_TRANSLATE_NOOP("trace", "VXLAN VNI {vni} → {network}; inner frame to {device} ({mac})")
NO_VTEP_HERE = QT_TRANSLATE_NOOP("trace", "{host} has no VTEP, so it cannot carry {network} (VNI {vni}) to {remote}")
NO_VTEP_THERE = QT_TRANSLATE_NOOP("trace", "{remote} has no VTEP, so {device} on {network} is unreachable from {host}")
NO_VNI = QT_TRANSLATE_NOOP("trace", "no logical switch has VNI {vni}")
NO_VM_MAC = QT_TRANSLATE_NOOP("trace", "no VM on {network} has MAC {mac}")

# -- Kubernetes ---------------------------------------------------------------------------------
IPIP_POP = QT_TRANSLATE_NOOP("trace", "IP-in-IP from {src} arrives on tunl0; outer header removed")
CALICO_VXLAN_POP = QT_TRANSLATE_NOOP("trace", "Calico VXLAN from {src} arrives on vxlan.calico; outer headers removed")
NO_SERVICE = QT_TRANSLATE_NOOP("trace", "no service rule for {dst}:{dport}; the packet is for this node")
HOST_LISTENER = QT_TRANSLATE_NOOP("trace", "local: {dst} is an address of {node}; {pod} listens on :{dport} in the host network")
POD_ROUTE = QT_TRANSLATE_NOOP("trace", "{dst} dev {veth} (Calico's /32 route to pod {pod})")
MASQUERADE = QT_TRANSLATE_NOOP("trace", "MASQUERADE {old} → {new} (KUBE-POSTROUTING)")
MASQUERADE_TUNNEL = QT_TRANSLATE_NOOP("trace", "MASQUERADE {old} → {new} (the address of {dev})")
NAT_OUTGOING = QT_TRANSLATE_NOOP("trace", "Calico natOutgoing: {old} → {new} (pod traffic leaving the IP pool {pool})")
NAT_OUTGOING_OFF = QT_TRANSLATE_NOOP("trace", "natOutgoing is off: the pod address {src} leaves the node unchanged")
NO_POD_BLOCK = QT_TRANSLATE_NOOP("trace", "no node's pod block holds {dst}, so Calico has no route for it")
NO_NODE_ADDRESS = QT_TRANSLATE_NOOP("trace", "{node} or {peer} has no node address for Calico's route")
CALICO_ROUTE = QT_TRANSLATE_NOOP("trace", "{dst} matches {block} via {via} dev {dev} (Calico route to {peer}, learned over BGP)")
CALICO_NOT_ON_LINK = QT_TRANSLATE_NOOP("trace", "encapsulation is off and {peer} ({via}) is not on {node}'s subnet; the routers between them do not know pod routes")
IPIP_PUSH = QT_TRANSLATE_NOOP("trace", "IP-in-IP (IP protocol 4) via tunl0: outer {src} → {dst} ({mode}); inner TTL and DF copied")
CALICO_VXLAN_PUSH = QT_TRANSLATE_NOOP("trace", "Calico VXLAN VNI {vni}: outer {src} → {dst} ({mode}); inner TTL and DF copied")
SERVICE_NO_ENDPOINTS = QT_TRANSLATE_NOOP("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but it has no ready endpoints (selector {selector})")
SERVICE_NO_ENDPOINTS_DROP = QT_TRANSLATE_NOOP("trace", "service {service} has no ready endpoints (selector {selector}); kube-proxy rejects the connection")
SERVICE_NO_LOCAL = QT_TRANSLATE_NOOP("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but externalTrafficPolicy is Local and {node} has no ready endpoint")
SERVICE_NO_LOCAL_DROP = QT_TRANSLATE_NOOP("trace", "externalTrafficPolicy Local and no ready endpoint of {service} on {node}; kube-proxy rejects the connection")
ENDPOINT_NO_ADDRESS = QT_TRANSLATE_NOOP("trace", "endpoint {pod} of {service} has no address")
KUBE_DNAT = QT_TRANSLATE_NOOP("trace", "KUBE-SERVICES matches {service} ({via} {dst}:{dport}) → KUBE-SVC ({count} endpoints) → KUBE-SEP {pod}: DNAT to {ip}:{port} ({how})")
KUBE_MASQ = QT_TRANSLATE_NOOP("trace", "externalTrafficPolicy Cluster: KUBE-MARK-MASQ, the source becomes this node's address when the packet leaves (endpoint {pod} is {where}; the pod will not see the client)")
KUBE_HAIRPIN = QT_TRANSLATE_NOOP("trace", "hairpin: {pod} ({src}) reaches its own service and picked itself; KUBE-MARK-MASQ, the source becomes this node's address")
KUBE_MASQ_OFF_CLUSTER = QT_TRANSLATE_NOOP("trace", "kube-proxy --cluster-cidr: {src} is outside the pod network {cidr}, so KUBE-MARK-MASQ masquerades it to this node's address")
KUBE_LOCAL = QT_TRANSLATE_NOOP("trace", "externalTrafficPolicy Local: client source {src} kept")
POD_NO_ADDRESS = QT_TRANSLATE_NOOP("trace", "{pod} has no address or no node")
HOST_NETWORK = QT_TRANSLATE_NOOP("trace", "host network: the packet goes straight into {node}'s stack")
CALICO_GATEWAY = QT_TRANSLATE_NOOP("trace", "default via {gateway} dev eth0: Calico's gateway, answered by {node} with proxy ARP ({mac})")
POD_MTU_EXCEEDED = QT_TRANSLATE_NOOP("trace", "{pod}'s interface MTU is {mtu:,} (set by Calico to fit the tunnel): its stack does not send a {size:,}-byte packet with DF set")
POD_NO_FORWARD = QT_TRANSLATE_NOOP("trace", "{pod} does not forward packets for {dst}")
INGRESS_NO_RULE = QT_TRANSLATE_NOOP("trace", "{pod} terminates the connection but no ingress rule matches host {host} path {path}")
INGRESS_NO_RULE_DROP = QT_TRANSLATE_NOOP("trace", "no ingress rule for host {host} path {path}; the controller answers 404")
INGRESS_NO_SERVICE = QT_TRANSLATE_NOOP("trace", "{ingress} routes host {host} to service {service}, which does not exist")
INGRESS_NO_SERVICE_DROP = QT_TRANSLATE_NOOP("trace", "ingress {ingress} names service {service}, which has no ClusterIP")
INGRESS_PROXY = QT_TRANSLATE_NOOP("trace", "{pod} terminates TCP from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})")
INGRESS_PROXY_TLS = QT_TRANSLATE_NOOP("trace", "{pod} terminates TCP and TLS from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})")

# -- L2 concentrator -------------------------------------------------------------------------------
L2C_ONLY_BRIDGES = QT_TRANSLATE_NOOP("trace", "{device} only bridges {network}; it does not route {dst}")
L2C_NO_PEER = QT_TRANSLATE_NOOP("trace", "{device} has no working peer uplink to carry the frame")
L2C_BRIDGE_OUT = QT_TRANSLATE_NOOP("trace", "frame {src} → {dst} ({target}) belongs on the far side of the stretched network ({network} behind {peer})")
L2C_PUSH = QT_TRANSLATE_NOOP("trace", "{tunnel} from uplink {src} to {peer} {dst}{spi}; the inner frame and its TTL are carried untouched")
L2C_POP = QT_TRANSLATE_NOOP("trace", "{tunnel} from {src} unwrapped")
L2C_BRIDGE_IN = QT_TRANSLATE_NOOP("trace", "frame placed on {network} for {device} ({mac}), unchanged")
L2C_NO_NETWORK = QT_TRANSLATE_NOOP("trace", "{device} bridges no known network")

# -- short hop summaries (timelines and tables) ----------------------------------------------------
SUMMARY = {
    "originate": QT_TRANSLATE_NOOP("trace", "send"),
    "dns": QT_TRANSLATE_NOOP("trace", "DNS"),
    "bridge": QT_TRANSLATE_NOOP("trace", "bridge"),
    "deliver": QT_TRANSLATE_NOOP("trace", "deliver"),
    "kube-proxy": QT_TRANSLATE_NOOP("trace", "kube-proxy"),
}
SUMMARY_FIREWALL = QT_TRANSLATE_NOOP("trace", "firewall {rule}")
SUMMARY_DNAT = QT_TRANSLATE_NOOP("trace", "DNAT {rule}")
SUMMARY_SNAT = QT_TRANSLATE_NOOP("trace", "SNAT {rule}")
SUMMARY_ENCAP = QT_TRANSLATE_NOOP("trace", "encap {layer}")
SUMMARY_DECAP = QT_TRANSLATE_NOOP("trace", "decap {layer}")
SUMMARY_KUBE = QT_TRANSLATE_NOOP("trace", "kube-proxy {rule}")
SUMMARY_PROXY = QT_TRANSLATE_NOOP("trace", "proxy ({rule})")
SUMMARY_DROP = QT_TRANSLATE_NOOP("trace", "DROP: {reason}")
SUMMARY_ROUTE = QT_TRANSLATE_NOOP("trace", "route")
SUMMARY_ROUTE_VIA = QT_TRANSLATE_NOOP("trace", "route via {via}")
SUMMARY_ROUTE_DEV = QT_TRANSLATE_NOOP("trace", "route dev {dev}")
SUMMARY_STATE = QT_TRANSLATE_NOOP("trace", "conntrack {rule}")
SUMMARY_ICMP = QT_TRANSLATE_NOOP("trace", "ICMP {rule}")
SUMMARY_REPLY = QT_TRANSLATE_NOOP("trace", "reply")

# -- the reply: connection state, ICMP errors, outcomes of a conversation ----------------------------
REPLY_SYNACK = QT_TRANSLATE_NOOP("trace", "{device} answers the SYN: SYN-ACK {src}:{sport} → {dst}:{dport}")
REPLY_DATA = QT_TRANSLATE_NOOP("trace", "{device} answers: {protocol} {src}:{sport} → {dst}:{dport}")
REPLY_ECHO = QT_TRANSLATE_NOOP("trace", "{device} answers the echo request: ICMP echo reply {src} → {dst}")
REPLY_RST = QT_TRANSLATE_NOOP("trace", "nothing listens on {where} at {device}: it answers RST {src}:{sport} → {dst}:{dport}")
REPLY_PORT_UNREACHABLE = QT_TRANSLATE_NOOP("trace", "nothing listens on {where} at {device}: it answers ICMP port unreachable {src} → {dst}")
REPLY_REJECT = QT_TRANSLATE_NOOP("trace", "kube-proxy REJECT on {device}: ICMP port unreachable {src} → {dst}")
ICMP_FRAG_NEEDED = QT_TRANSLATE_NOOP("trace", "{device} sends ICMP fragmentation needed (type 3 code 4, next-hop MTU {mtu}) {src} → {dst}, quoting the dropped packet's header")
ICMP_TIME_EXCEEDED = QT_TRANSLATE_NOOP("trace", "{device} sends ICMP time exceeded (type 11 code 0) {src} → {dst}, quoting the dropped packet's header")
STATE_REVERSED = QT_TRANSLATE_NOOP("trace", "conntrack: the reply matches {reply}; translated back to {back} (entry created by {rules})")
STATE_SESSION = QT_TRANSLATE_NOOP("trace", "firewall session: the reply matches {reply}, allowed without a rule (session created by {rules})")
STATE_RELATED = QT_TRANSLATE_NOOP("trace", "conntrack RELATED: the ICMP error quotes {quoted}; translated back to the original {original}")
NO_SESSION = QT_TRANSLATE_NOOP("trace", "stateful firewall on {device}: {what} belongs to no session, so it is dropped as invalid")
MARTIAN = QT_TRANSLATE_NOOP("trace", "{device} drops a packet whose source {src} is its own address (a martian: it can only be its own packet looping back)")
PROXY_REPLY = QT_TRANSLATE_NOOP("trace", "{pod} relays the back-end's response on the client's connection {src}:{sport} → {dst}:{dport}")
OUTCOME_ESTABLISHED = QT_TRANSLATE_NOOP("trace", "established: {client} gets the reply from {peer}, the address it spoke to")
OUTCOME_ASYMMETRIC = QT_TRANSLATE_NOOP("trace", "asymmetric: the reply reaches {client} from {got}, but it spoke to {expected}; it answers RST and the connection fails (the reply bypassed the state held by {holder})")
OUTCOME_NO_RETURN = QT_TRANSLATE_NOOP("trace", "no return route: the reply from {server} dies at {device}: {reason}")
OUTCOME_ELSEWHERE = QT_TRANSLATE_NOOP("trace", "no return route: the reply from {server} ends at {device}, not at {client}")
OUTCOME_DENIED = QT_TRANSLATE_NOOP("trace", "denied: the reply from {server} is dropped at {device}: {reason}")
OUTCOME_REFUSED = QT_TRANSLATE_NOOP("trace", "refused: {reason}")
OUTCOME_BLACK_HOLE = QT_TRANSLATE_NOOP("trace", "black hole: {reason}; nothing is sent back, so the client only times out")
OUTCOME_ICMP_BACK = QT_TRANSLATE_NOOP("trace", "{reason}; {device}'s ICMP error reaches {client}")
OUTCOME_ICMP_LOST = QT_TRANSLATE_NOOP("trace", "{reason}; {device}'s ICMP error is lost at {where}")

# -- what changed between two traces of a flow (context ``changes``; see ``changes``) ------------
CHANGE_SENTENCE = QT_TRANSLATE_NOOP("changes", "{sentence}.")
CHANGE_CLAUSE_SEPARATOR = QT_TRANSLATE_NOOP("changes", "; ")
CHANGE_NAME_SEPARATOR = QT_TRANSLATE_NOOP("changes", ", ")
CHANGE_MORE = QT_TRANSLATE_NOOP("changes", " and {n} more")
CHANGE_AT = QT_TRANSLATE_NOOP("changes", " at {device}")
CHANGE_DENIED_DEFAULT = QT_TRANSLATE_NOOP("changes", "now denied by the firewall's default policy{where}")
CHANGE_DENIED_RULE = QT_TRANSLATE_NOOP("changes", "now denied by firewall rule {rule}{where}")
CHANGE_DENIED = QT_TRANSLATE_NOOP("changes", "now denied{where}")
CHANGE_NOW_DISPOSITION = QT_TRANSLATE_NOOP("changes", "now {disposition}{where}: {detail}")
CHANGE_NOW_DELIVERED = QT_TRANSLATE_NOOP("changes", "now delivered to {device} (was {disposition}: {detail})")
CHANGE_DELIVERED_INSTEAD = QT_TRANSLATE_NOOP("changes", "now delivered to {device} instead of {old}")
CHANGE_LAST_HOP = QT_TRANSLATE_NOOP("changes", "last hop {old} → {new}")
CHANGE_HEADERS_ONLY = QT_TRANSLATE_NOOP("changes", "same path; the packet's headers differ")
CHANGE_SAME_HOST = QT_TRANSLATE_NOOP("changes", ": same host ({host})")
CHANGE_DIFFERENT_HOSTS = QT_TRANSLATE_NOOP("changes", ": different hosts ({a}, {b})")
CHANGE_TUNNEL_GONE = QT_TRANSLATE_NOOP("changes", "{tunnel} no longer needed between {a} and {b}{reason}")
CHANGE_TUNNEL_NEW = QT_TRANSLATE_NOOP("changes", "now needs {tunnel} between {a} and {b}{reason}")
CHANGE_NO_LONGER_PASSES = QT_TRANSLATE_NOOP("changes", "no longer passes {names}")
CHANGE_NOW_PASSES = QT_TRANSLATE_NOOP("changes", "now passes {names}")
CHANGE_AT_HOP = QT_TRANSLATE_NOOP("changes", "at {device}: {now} (was {was})")
CHANGE_NOTHING = QT_TRANSLATE_NOOP("changes", "nothing")


# -- how a trace ended, as views name it (the engine's ids stay in files and JSON) -------------
DISPOSITION_WORDS = {
    "delivered": QT_TRANSLATE_NOOP("trace", "delivered"),
    "denied": QT_TRANSLATE_NOOP("trace", "denied"),
    "no-route": QT_TRANSLATE_NOOP("trace", "no route"),
    "ttl-exceeded": QT_TRANSLATE_NOOP("trace", "TTL exceeded"),
    "mtu-exceeded": QT_TRANSLATE_NOOP("trace", "MTU exceeded"),
    "unresolved": QT_TRANSLATE_NOOP("trace", "unresolved"),
    "no-endpoint": QT_TRANSLATE_NOOP("trace", "no endpoint"),
}
# How a conversation ended (the reply traced through the state the request left).
OUTCOME_WORDS = {
    "established": QT_TRANSLATE_NOOP("trace", "established"),
    "no-return-route": QT_TRANSLATE_NOOP("trace", "no return route"),
    "asymmetric": QT_TRANSLATE_NOOP("trace", "asymmetric"),
    "refused": QT_TRANSLATE_NOOP("trace", "refused"),
    "black-hole": QT_TRANSLATE_NOOP("trace", "black hole"),
}
