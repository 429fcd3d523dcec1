"""Every sentence the Kubernetes import says: its report lines and its bad-input errors.

Templates are marked with ``QT_TRANSLATE_NOOP`` (context ``kube_import``) so the desktop app
shows them in the reader's language; the command line prints them in English with
``str.format``. Parameters are values from the dump or the topology (names, addresses,
counts), shown as they are.
"""

from __future__ import annotations

from desktop_app.model.messages import QT_TRANSLATE_NOOP

CONTEXT = "kube_import"

# -- bad input (one sentence; the import stops and the topology is left as it was) ----------
CANNOT_READ = QT_TRANSLATE_NOOP("kube_import", "cannot read the file: {reason}")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "kube_import", "the file is not UTF-8 text (byte {byte} cannot be decoded); save the "
    "output of kubectl as UTF-8")
NOT_YAML = QT_TRANSLATE_NOOP(
    "kube_import", "not valid YAML ({problem}); is the file cut short? Run kubectl again and "
    "save its whole output")
EMPTY_DUMP = QT_TRANSLATE_NOOP(
    "kube_import", "the file holds no Kubernetes objects; save the output of the kubectl "
    "command in docs/import.md")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
    "kube_import", "expected a Kubernetes object (a mapping with apiVersion and kind), found "
    "{found}")
MISSING_FIELD = QT_TRANSLATE_NOOP(
    "kube_import", "{kind} '{name}' has no {field}; export the objects again with -o yaml")
MISSING_FIELD_UNNAMED = QT_TRANSLATE_NOOP(
    "kube_import", "this {kind} has no {field}; export the objects again with -o yaml")
NO_KIND = QT_TRANSLATE_NOOP(
    "kube_import", "this object has no {field}; export the objects again with -o yaml")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "kube_import", "this list of objects has no kind, which kubectl writes after the last "
    "item: the file looks cut short; run kubectl again and save its whole output")
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "kube_import", "{field} of {kind} '{name}' should be {wanted}, found {found}")
UNSUPPORTED_KIND = QT_TRANSLATE_NOOP(
    "kube_import", "a {kind} ({api_version}) is not something hybridviz imports; it reads "
    "Node, Pod, Service, Ingress (networking.k8s.io/v1), EndpointSlice and Calico IPPool: "
    "leave the other kinds out of the kubectl command")
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "kube_import", "{field} of {kind} '{name}' is '{value}', which is not an IPv4 address")
BAD_CIDR = QT_TRANSLATE_NOOP(
    "kube_import", "{field} of {kind} '{name}' is '{value}', which is not an IPv4 network "
    "(a.b.c.d/len)")
ADDRESS_FITS_NO_NETWORK = QT_TRANSLATE_NOOP(
    "kube_import", "node '{name}' has address {address}, which lies in no network of the "
    "topology; add the network whose cidr holds it, then import again")
NO_CLUSTER = QT_TRANSLATE_NOOP(
    "kube_import", "the topology has no Kubernetes cluster; name the one to create with "
    "--cluster ID")
WHICH_CLUSTER = QT_TRANSLATE_NOOP(
    "kube_import", "the topology has several Kubernetes clusters ({clusters}); choose one with "
    "--cluster ID")
RESULT_INVALID = QT_TRANSLATE_NOOP(
    "kube_import", "the imported topology would not be valid: {problem}")

# -- report lines ---------------------------------------------------------------------------
READ = QT_TRANSLATE_NOOP(
    "kube_import", "read into cluster '{cluster}': nodes {nodes}, pods {pods}, services "
    "{services}, ingresses {ingresses}, endpoint slices {slices}, IP pools {pools}")
ADDED = QT_TRANSLATE_NOOP("kube_import", "added {what}")
CHANGED = QT_TRANSLATE_NOOP("kube_import", "changed {what}: {field} {old} → {new}")
REMOVED = QT_TRANSLATE_NOOP("kube_import", "removed {what}: the dump does not list it (--prune)")
IGNORED = QT_TRANSLATE_NOOP("kube_import", "ignored {count} {things}: {reason}")
NOTE = QT_TRANSLATE_NOOP("kube_import", "note: {what}: {reason}")
TOTALS = QT_TRANSLATE_NOOP(
    "kube_import", "{added} added, {changed} changed, {removed} removed, {ignored} ignored")
NOTHING_TO_DO = QT_TRANSLATE_NOOP(
    "kube_import", "the topology already matches the dump: nothing to change")

# -- what a line is about ({what}) ----------------------------------------------------------
CLUSTER = QT_TRANSLATE_NOOP("kube_import", "cluster {id}")
NODE = QT_TRANSLATE_NOOP("kube_import", "node {id}")
NODE_ON = QT_TRANSLATE_NOOP("kube_import", "node {id} on {networks}")
INTERFACE = QT_TRANSLATE_NOOP("kube_import", "interface of {id} on {network} ({ip})")
POD = QT_TRANSLATE_NOOP("kube_import", "pod {id}")
POD_ON = QT_TRANSLATE_NOOP("kube_import", "pod {id} on {node} ({ip})")
SERVICE = QT_TRANSLATE_NOOP("kube_import", "service {name}")
INGRESS = QT_TRANSLATE_NOOP("kube_import", "ingress {name}")
POOL = QT_TRANSLATE_NOOP("kube_import", "IP pool {name}")

# -- things ignored ({things}) --------------------------------------------------------------
# (one, several): English says "1 pod", "12 pods".
PODS = (QT_TRANSLATE_NOOP("kube_import", "pod"), QT_TRANSLATE_NOOP("kube_import", "pods"))
SERVICES = (QT_TRANSLATE_NOOP("kube_import", "service"),
            QT_TRANSLATE_NOOP("kube_import", "services"))
SERVICE_PORTS = (QT_TRANSLATE_NOOP("kube_import", "service port"),
                 QT_TRANSLATE_NOOP("kube_import", "service ports"))
INGRESSES = (QT_TRANSLATE_NOOP("kube_import", "ingress"),
             QT_TRANSLATE_NOOP("kube_import", "ingresses"))
INGRESS_PATHS = (QT_TRANSLATE_NOOP("kube_import", "ingress path"),
                 QT_TRANSLATE_NOOP("kube_import", "ingress paths"))
POOLS = (QT_TRANSLATE_NOOP("kube_import", "IP pool"), QT_TRANSLATE_NOOP("kube_import", "IP pools"))
ENDPOINT_SLICES = (QT_TRANSLATE_NOOP("kube_import", "endpoint slice"),
                   QT_TRANSLATE_NOOP("kube_import", "endpoint slices"))
PRUNE_KEPT = (QT_TRANSLATE_NOOP("kube_import", "object to prune"),
              QT_TRANSLATE_NOOP("kube_import", "objects to prune"))

# -- reasons ({reason}) ---------------------------------------------------------------------
IN_PHASE = QT_TRANSLATE_NOOP("kube_import", "in {phase} phase ({names})")
NOT_SCHEDULED = QT_TRANSLATE_NOOP(
    "kube_import", "not scheduled on a node or without an IP yet ({names})")
ON_UNKNOWN_NODE = QT_TRANSLATE_NOOP(
    "kube_import", "on nodes neither the dump nor the topology has; add the nodes to the "
    "kubectl command ({names})")
ID_TAKEN = QT_TRANSLATE_NOOP(
    "kube_import", "their id is taken by a device of another kind ({names})")
EXTERNAL_NAME = QT_TRANSLATE_NOOP(
    "kube_import", "type ExternalName is a DNS alias, not a virtual IP ({names})")
HEADLESS = QT_TRANSLATE_NOOP(
    "kube_import", "headless (clusterIP None): kube-proxy makes no rules for them ({names})")
NO_SELECTOR = QT_TRANSLATE_NOOP(
    "kube_import", "no selector: their endpoints are kept by hand, which hybridviz does not "
    "model ({names})")
PROTOCOL_SCTP = QT_TRANSLATE_NOOP(
    "kube_import", "SCTP is not traced, only TCP and UDP ({names})")
UNRESOLVED_TARGET = QT_TRANSLATE_NOOP(
    "kube_import", "their targetPort names no container port of the pods they select "
    "({names})")
NO_CONTROLLER = QT_TRANSLATE_NOOP(
    "kube_import", "no pod in the dump runs their ingress class's controller (an NGINX "
    "controller names it with --ingress-class=CLASS) ({names})")
NOT_A_SERVICE_BACKEND = QT_TRANSLATE_NOOP(
    "kube_import", "their backend is not a service, or names a port the service lacks "
    "({names})")
UNKNOWN_BACKEND = QT_TRANSLATE_NOOP(
    "kube_import", "their backend service is not in the cluster ({names})")
DISABLED_POOL = QT_TRANSLATE_NOOP("kube_import", "disabled ({names})")
IPV6_POOL = QT_TRANSLATE_NOOP("kube_import", "IPv6: hybridviz traces IPv4 ({names})")
EXTRA_POOL = QT_TRANSLATE_NOOP(
    "kube_import", "the cluster has one pod_cidr, taken from pool {first} ({names})")
SLICES_READ = QT_TRANSLATE_NOOP(
    "kube_import", "endpoints follow from each service's selector and the pods' labels; the "
    "slices only checked them ({names})")
SLICE_MISMATCH = QT_TRANSLATE_NOOP(
    "kube_import", "its EndpointSlices list {addresses}, which no imported pod it selects has")
LB_IP_UNHELD = QT_TRANSLATE_NOOP(
    "kube_import", "no node holds its load balancer IP {ip}; add it to the vips of the node "
    "that does")
VXLAN_CROSS_SUBNET = QT_TRANSLATE_NOOP(
    "kube_import", "vxlanMode CrossSubnet is drawn as VXLAN between every pair of nodes")
USED_BY_FLOW = QT_TRANSLATE_NOOP(
    "kube_import", "a saved flow uses them, so --prune keeps them ({names})")
NEW_NODE_LIKE = QT_TRANSLATE_NOOP(
    "kube_import", "its gateways, routes and zone were copied from node {model}")
NAMESPACE_SCOPED = QT_TRANSLATE_NOOP(
    "kube_import", "its selector also matches pods of other namespaces, so it and the pods "
    "of namespace {namespace} carry the label projectcalico.org/namespace")

# -- what a value should be ({wanted}, {found}) ---------------------------------------------
TEXT = QT_TRANSLATE_NOOP("kube_import", "text")
A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("kube_import", "a whole number")
A_NUMBER_OR_NAME = QT_TRANSLATE_NOOP("kube_import", "a port number or name")
TRUE_OR_FALSE = QT_TRANSLATE_NOOP("kube_import", "true or false")
A_MAPPING = QT_TRANSLATE_NOOP("kube_import", "a mapping")
A_LIST = QT_TRANSLATE_NOOP("kube_import", "a list")
NOTHING = QT_TRANSLATE_NOOP("kube_import", "nothing")
QUOTED = QT_TRANSLATE_NOOP("kube_import", "'{value}'")
