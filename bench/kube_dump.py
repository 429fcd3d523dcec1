"""Write a synthetic ``kubectl get … -o yaml`` dump of a large cluster, and a topology for it.

    uv run python bench/kube_dump.py --out /tmp/cluster.yaml --topology /tmp/site.yaml
    uv run hybridviz import kubectl /tmp/cluster.yaml --into /tmp/site.yaml

The dump is a ``v1`` ``List`` shaped as the Kubernetes API reference describes Node, Pod,
Service, Ingress and EndpointSlice objects (with the metadata, status and defaulted fields
kubectl prints), followed by a Calico ``IPPoolList`` document as ``calicoctl get ippool -o
yaml`` prints it. By default: 200 nodes, 1,000 running pods (plus finished job pods the
import ignores), 200 services (ClusterIP, NodePort and LoadBalancer; half with a named
targetPort), one endpoint slice per service, an NGINX ingress controller and ingresses.
The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAMESPACES = ("shop", "payments", "search", "media", "accounts")
STAMP = '"2026-11-02T09:14:07Z"'


def _node(i: int) -> list[str]:
    name, ip = f"worker-{i:03d}", _node_ip(i)
    return [
        "- apiVersion: v1",
        "  kind: Node",
        "  metadata:",
        "    annotations:",
        "      node.alpha.kubernetes.io/ttl: \"0\"",
        f"      projectcalico.org/IPv4Address: {ip}/22",
        f"    creationTimestamp: {STAMP}",
        "    labels:",
        "      beta.kubernetes.io/arch: amd64",
        "      beta.kubernetes.io/os: linux",
        "      kubernetes.io/arch: amd64",
        f"      kubernetes.io/hostname: {name}",
        "      kubernetes.io/os: linux",
        "      node-role.kubernetes.io/worker: \"\"",
        f"    name: {name}",
        f"    resourceVersion: \"{100000 + i}\"",
        f"    uid: 6f1c2a4e-0000-4000-8000-{i:012d}",
        "  spec:",
        f"    podCIDR: 172.16.{i}.0/24",
        "    podCIDRs:",
        f"    - 172.16.{i}.0/24",
        "  status:",
        "    addresses:",
        f"    - address: {ip}",
        "      type: InternalIP",
        f"    - address: {name}",
        "      type: Hostname",
        "    allocatable:",
        "      cpu: 3910m",
        "      memory: 13179804Ki",
        "      pods: \"110\"",
        "    conditions:",
        f"    - lastHeartbeatTime: {STAMP}",
        f"      lastTransitionTime: {STAMP}",
        "      message: kubelet is posting ready status",
        "      reason: KubeletReady",
        "      status: \"True\"",
        "      type: Ready",
        "    nodeInfo:",
        "      architecture: amd64",
        "      containerRuntimeVersion: containerd://1.7.22",
        "      kernelVersion: 5.15.0-122-generic",
        "      kubeProxyVersion: v1.30.5",
        "      kubeletVersion: v1.30.5",
        "      operatingSystem: linux",
        "      osImage: Ubuntu 22.04.5 LTS",
    ]


def _node_ip(i: int) -> str:
    return f"10.20.{i // 250}.{i % 250 + 4}"


def _pod(namespace: str, name: str, node: int, ip: str, labels: dict[str, str], port: int,
         phase: str = "Running", args: tuple[str, ...] = (), uid: int = 0) -> list[str]:
    out = [
        "- apiVersion: v1",
        "  kind: Pod",
        "  metadata:",
        f"    creationTimestamp: {STAMP}",
        f"    generateName: {name.rsplit('-', 1)[0]}-",
        "    labels:",
        *(f"      {k}: {v}" for k, v in labels.items()),
        f"    name: {name}",
        f"    namespace: {namespace}",
        "    ownerReferences:",
        "    - apiVersion: apps/v1",
        "      blockOwnerDeletion: true",
        "      controller: true",
        "      kind: ReplicaSet",
        f"      name: {name.rsplit('-', 1)[0]}",
        f"      uid: 0b7d5e2c-0000-4000-8000-{uid:012d}",
        f"    resourceVersion: \"{200000 + uid}\"",
        f"    uid: 9a3e4f10-0000-4000-8000-{uid:012d}",
        "  spec:",
        "    containers:",
    ]
    if args:
        out.append("    - args:")
        out += [f"      - {a}" for a in args]
        out.append(f"      image: registry.example.com/{labels['app']}:1.4.2")
    else:
        out.append(f"    - image: registry.example.com/{labels['app']}:1.4.2")
    out += [
        "      imagePullPolicy: IfNotPresent",
        "      name: app",
        "      ports:",
        f"      - containerPort: {port}",
        "        name: http",
        "        protocol: TCP",
        "      - containerPort: 9090",
        "        name: metrics",
        "        protocol: TCP",
        "      resources:",
        "        requests:",
        "          cpu: 100m",
        "          memory: 128Mi",
        "      terminationMessagePath: /dev/termination-log",
        "      terminationMessagePolicy: File",
        "      volumeMounts:",
        "      - mountPath: /var/run/secrets/kubernetes.io/serviceaccount",
        f"        name: kube-api-access-{uid % 99999:05d}",
        "        readOnly: true",
        "    dnsPolicy: ClusterFirst",
        "    enableServiceLinks: true",
        f"    nodeName: worker-{node:03d}",
        "    preemptionPolicy: PreemptLowerPriority",
        "    priority: 0",
        "    restartPolicy: Always",
        "    schedulerName: default-scheduler",
        "    securityContext: {}",
        "    serviceAccount: default",
        "    serviceAccountName: default",
        "    terminationGracePeriodSeconds: 30",
        "    tolerations:",
        "    - effect: NoExecute",
        "      key: node.kubernetes.io/not-ready",
        "      operator: Exists",
        "      tolerationSeconds: 300",
        "  status:",
        "    conditions:",
        f"    - lastTransitionTime: {STAMP}",
        "      status: \"True\"",
        "      type: Ready",
        "    containerStatuses:",
        f"    - containerID: containerd://{uid:064x}",
        f"      image: registry.example.com/{labels['app']}:1.4.2",
        "      name: app",
        "      ready: true",
        "      restartCount: 0",
        "      started: true",
        "      state:",
        "        running:",
        f"          startedAt: {STAMP}",
        f"    hostIP: {_node_ip(node)}",
        "    hostIPs:",
        f"    - ip: {_node_ip(node)}",
        f"    phase: {phase}",
    ]
    if phase == "Running":
        out += [f"    podIP: {ip}", "    podIPs:", f"    - ip: {ip}"]
    out += ["    qosClass: Burstable", f"    startTime: {STAMP}"]
    return out


def _service(j: int) -> list[str]:
    ns, name = NAMESPACES[j % len(NAMESPACES)], f"svc-{j:03d}"
    kind = ("ClusterIP", "NodePort", "LoadBalancer")[j % 3]
    out = [
        "- apiVersion: v1",
        "  kind: Service",
        "  metadata:",
        f"    creationTimestamp: {STAMP}",
        "    labels:",
        f"      app: {name}",
        f"    name: {name}",
        f"    namespace: {ns}",
        f"    resourceVersion: \"{300000 + j}\"",
        f"    uid: 4c2d9b7a-0000-4000-8000-{j:012d}",
        "  spec:",
        f"    clusterIP: 172.21.{j // 250}.{j % 250 + 1}",
        "    clusterIPs:",
        f"    - 172.21.{j // 250}.{j % 250 + 1}",
    ]
    if kind != "ClusterIP":
        out += ["    externalTrafficPolicy: " + ("Local" if j % 2 else "Cluster")]
    out += [
        "    internalTrafficPolicy: Cluster",
        "    ipFamilies:",
        "    - IPv4",
        "    ipFamilyPolicy: SingleStack",
        "    ports:",
        "    - name: http",
    ]
    if kind != "ClusterIP":
        out.append(f"      nodePort: {30000 + j}")
    target = "http" if j % 2 else "8080"
    out += [
        "      port: 80",
        "      protocol: TCP",
        f"      targetPort: {target}",
        "    selector:",
        f"      app: {name}",
        "    sessionAffinity: None",
        f"    type: {kind}",
        "  status:",
        "    loadBalancer:" + ("" if kind == "LoadBalancer" else " {}"),
    ]
    if kind == "LoadBalancer":
        out += ["      ingress:", f"      - ip: 10.20.3.{j % 250 + 1}"]
    return out


def _slice(j: int, pods: list[tuple[str, str, int]]) -> list[str]:
    ns, name = NAMESPACES[j % len(NAMESPACES)], f"svc-{j:03d}"
    out = [
        "- addressType: IPv4",
        "  apiVersion: discovery.k8s.io/v1",
        "  endpoints:",
    ]
    for pod, ip, node in pods:
        out += [
            "  - addresses:",
            f"    - {ip}",
            "    conditions:",
            "      ready: true",
            "      serving: true",
            "      terminating: false",
            f"    nodeName: worker-{node:03d}",
            "    targetRef:",
            "      kind: Pod",
            f"      name: {pod}",
            f"      namespace: {ns}",
        ]
    out += [
        "  kind: EndpointSlice",
        "  metadata:",
        "    labels:",
        f"      kubernetes.io/service-name: {name}",
        f"    name: {name}-x7k2p",
        f"    namespace: {ns}",
        "  ports:",
        "  - name: http",
        "    port: 8080",
        "    protocol: TCP",
    ]
    return out


def _ingress(k: int) -> list[str]:
    ns = NAMESPACES[k % len(NAMESPACES)]
    return [
        "- apiVersion: networking.k8s.io/v1",
        "  kind: Ingress",
        "  metadata:",
        f"    name: site-{k}",
        f"    namespace: {ns}",
        "  spec:",
        "    ingressClassName: nginx",
        "    rules:",
        f"    - host: site-{k}.example.com",
        "      http:",
        "        paths:",
        "        - backend:",
        "            service:",
        f"              name: svc-{k * 5 + k % 5:03d}",
        "              port:",
        "                number: 80",
        "          path: /",
        "          pathType: Prefix",
        "  status:",
        "    loadBalancer:",
        "      ingress:",
        "      - ip: 10.20.3.250",
    ]


def generate_dump(nodes: int = 200, pods: int = 1000, services: int = 200) -> str:
    """The dump's text: a v1 List of every object, then a Calico IPPoolList document."""
    out = ["apiVersion: v1", "items:"]
    for i in range(nodes):
        out += _node(i)
    by_service: dict[int, list[tuple[str, str, int]]] = {}
    for p in range(pods):
        j = p % services
        node = p % nodes
        ip = f"172.16.{node}.{p // nodes + 2}"
        name = f"svc-{j:03d}-7d4b9c6f8-{p:05d}"
        ns = NAMESPACES[j % len(NAMESPACES)]
        labels = {"app": f"svc-{j:03d}", "pod-template-hash": "7d4b9c6f8"}
        by_service.setdefault(j, []).append((name, ip, node))
        out += _pod(ns, name, node, ip, labels, 8080, uid=p)
    for k in range(2):  # the NGINX ingress controller
        node = k
        ip = f"172.16.{node}.250"
        out += _pod("ingress-nginx", f"ingress-nginx-controller-5c8d66c76d-{k:05d}", node, ip,
                    {"app": "ingress-nginx", "pod-template-hash": "5c8d66c76d"}, 80,
                    args=("/nginx-ingress-controller", "--ingress-class=nginx",
                          "--publish-service=ingress-nginx/ingress-nginx-controller"),
                    uid=pods + k)
    for k in range(20):  # finished job pods
        out += _pod("batch", f"report-28712345-{k:05d}", k % nodes, "", {"app": "report"}, 8080,
                    phase="Succeeded", uid=pods + 10 + k)
    for j in range(services):
        out += _service(j)
    for j in range(services):
        out += _slice(j, by_service.get(j, []))
    for k in range(max(1, services // 20)):
        out += _ingress(k)
    out += ["kind: List", "metadata:", "  resourceVersion: \"\""]
    out += [
        "---",
        "apiVersion: projectcalico.org/v3",
        "items:",
        "- apiVersion: projectcalico.org/v3",
        "  kind: IPPool",
        "  metadata:",
        f"    creationTimestamp: {STAMP}",
        "    name: default-ipv4-ippool",
        "    resourceVersion: \"1187\"",
        "    uid: 2e0f8a61-0000-4000-8000-000000000001",
        "  spec:",
        "    allowedUses:",
        "    - Workload",
        "    - Tunnel",
        "    blockSize: 26",
        "    cidr: 172.16.0.0/16",
        "    ipipMode: Always",
        "    natOutgoing: true",
        "    nodeSelector: all()",
        "    vxlanMode: Never",
        "kind: IPPoolList",
        "metadata:",
        "  resourceVersion: \"902714\"",
    ]
    return "\n".join(out) + "\n"


def target_topology(nodes: int = 200) -> str:
    """A topology with the network the dump's nodes sit on and an empty cluster to fill."""
    return "\n".join([
        "hybridviz: 1",
        f"name: A cluster of {nodes} nodes, imported from kubectl",
        "zones:",
        "  - {id: dc, label: Data centre}",
        "networks:",
        "  - {id: node-net, kind: vlan, zone: dc, cidr: 10.20.0.0/22, vlan: 100}",
        "devices:",
        "  - id: gw",
        "    kind: router",
        "    zone: dc",
        "    interfaces:",
        "      - {network: node-net, ip: 10.20.0.1/22}",
        "kubernetes:",
        "  - {id: prod, label: Production cluster, service_cidr: 172.21.0.0/16}",
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=200)
    parser.add_argument("--pods", type=int, default=1000)
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--out", type=Path, help="write the dump here (default: stdout)")
    parser.add_argument("--topology", type=Path, help="also write a topology to import it into")
    args = parser.parse_args(argv)
    if min(args.nodes, args.pods, args.services) < 1 or args.nodes > 1000:
        parser.error("give at least one node, pod and service, and at most 1,000 nodes")
    text = generate_dump(args.nodes, args.pods, args.services)
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    if args.topology is not None:
        args.topology.write_text(target_topology(args.nodes), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
