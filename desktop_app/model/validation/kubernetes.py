"""Kubernetes: cluster ranges, Calico, nodes and their pod blocks, pods."""

from __future__ import annotations

from ..messages import (
    CALICO_ENCAPSULATION,
    CLUSTER,
    FIX_DECLARE_CLUSTER,
    FIX_NAME_NODE,
    HOST_NETWORK_POD_IP,
    IPIP_MODE,
    MTU_OUT_OF_RANGE,
    NODE_BLOCK_OUTSIDE,
    NODE_BLOCKS_OVERLAP,
    NODE_ROLE,
    NODE_WITHOUT_CLUSTER,
    POD_IP_OUTSIDE_CLUSTER,
    POD_IP_OUTSIDE_NODE,
    POD_NEEDS_IP,
    POD_NEEDS_NODE,
    RANGES_OVERLAP,
    VIP_OUTSIDE,
)
from ..topology import DEFAULT_MTU, NODE_ROLES, Cluster, Device
from .addresses import (
    check_port,
    claim_address,
    contains,
    format_ip,
    mask,
    overlap,
    parse_prefixed,
    read_cidr,
    read_ip,
    show_net,
)
from .context import Context, Net
from .kube_services import check_ingresses, check_services
from .networks import MTU_MAX, MTU_MIN
from .references import ref_device, unknown_reference
from .wording import unknown_value

CALICO_ENCAPSULATIONS = ("ipip", "vxlan", "none")
IPIP_MODES = ("always", "cross-subnet")


def check_cluster_ranges(ctx: Context) -> None:
    """Each cluster's pod and service ranges, which must not overlap."""
    for i, cluster in enumerate(ctx.topo.kubernetes):
        if cluster is None:
            continue
        path = f"kubernetes[{i}]"
        pods = services = None
        if cluster.pod_cidr is not None:
            pods = read_cidr(ctx, f"{path}.pod_cidr", cluster.pod_cidr, None)
            if pods is not None:
                ctx.cluster_pod_cidr[cluster.id] = pods
        if cluster.service_cidr is not None:
            services = read_cidr(ctx, f"{path}.service_cidr", cluster.service_cidr, None)
        if pods is not None and services is not None and overlap(pods, services):
            ctx.error(
                f"{path}.service_cidr",
                RANGES_OVERLAP,
                services=show_net(services),
                pods=show_net(pods),
            )


def check_node(ctx: Context, path: str, d: Device) -> None:
    """A k8s-node: role, cluster, its pod block inside the cluster's, and its vips."""
    did = d.id
    if d.role is not None and d.role not in NODE_ROLES:
        ctx.error(f"{path}.role", unknown_value(NODE_ROLE, d.role, NODE_ROLES), did)
    if d.cluster is None:
        ctx.warn(path, NODE_WITHOUT_CLUSTER, did, device=did)
    elif d.cluster not in ctx.clusters:
        ctx.error(
            f"{path}.cluster",
            unknown_reference(ctx, CLUSTER, d.cluster, ctx.clusters, FIX_DECLARE_CLUSTER),
            did,
        )
    if d.pod_cidr is not None:
        block = read_cidr(ctx, f"{path}.pod_cidr", d.pod_cidr, did)
        pool = ctx.cluster_pod_cidr.get(d.cluster or "")
        if (
            block is not None
            and pool is not None
            and not (contains(pool, block[0]) and block[1] >= pool[1])
        ):
            ctx.error(
                f"{path}.pod_cidr",
                NODE_BLOCK_OUTSIDE,
                did,
                block=show_net(block),
                cluster=d.cluster,
                pool=show_net(pool),
            )
    if d.vips:
        nets = [
            (ctx.net_cidr[i.network], i.network)
            for i in d.interfaces
            if i is not None and i.network in ctx.net_cidr
        ]
        for k, text in enumerate(d.vips):
            if not isinstance(text, str):
                continue
            vpath = f"{path}.vips[{k}]"
            ip = read_ip(ctx, vpath, text, did)
            if ip is None:
                continue
            home = next((net_id for cidr, net_id in nets if contains(cidr, ip)), None)
            if home is None:
                ctx.error(vpath, VIP_OUTSIDE, did, address=format_ip(ip), device=did)
            else:
                claim_address(ctx, home, ip, vpath, did)


def check_pod(ctx: Context, path: str, d: Device) -> None:
    """A pod: its node, ports, and an address in its cluster's (and node's) pod range."""
    did = d.id
    node = None
    if d.node is None:
        ctx.error(path, POD_NEEDS_NODE, did, device=did)
    else:
        node = ref_device(ctx, f"{path}.node", d.node, did, "k8s-node", FIX_NAME_NODE)
    cluster = node.cluster if node is not None else None
    if cluster in ctx.clusters:
        ctx.pods_by_cluster.setdefault(cluster, []).append(d)
    if d.ports:
        for k, port in enumerate(d.ports):
            if isinstance(port, int):
                check_port(ctx, f"{path}.ports[{k}]", port, did)
    if d.host_network:
        if d.ip is not None:
            ctx.warn(f"{path}.ip", HOST_NETWORK_POD_IP, did)
        return
    if d.ip is None:
        ctx.error(path, POD_NEEDS_IP, did, device=did)
        return
    ip = read_ip(ctx, f"{path}.ip", d.ip, did)
    if ip is None or cluster is None:
        return
    pool = ctx.cluster_pod_cidr.get(cluster)
    if pool is not None and not contains(pool, ip):
        ctx.error(
            f"{path}.ip",
            POD_IP_OUTSIDE_CLUSTER,
            did,
            address=format_ip(ip),
            cluster=cluster,
            pool=show_net(pool),
        )
        return
    block = parse_prefixed(node.pod_cidr) if node is not None else None
    if node is not None and block is not None and not contains(block, ip):
        ctx.warn(
            f"{path}.ip",
            POD_IP_OUTSIDE_NODE,
            did,
            address=format_ip(ip),
            node=node.id,
            block=show_net(block),
        )
    claim_address(ctx, "pods:" + cluster, ip, f"{path}.ip", did)


def check_kubernetes(ctx: Context) -> None:
    """Each cluster's Calico settings, node blocks, services and ingresses."""
    for i, cluster in enumerate(ctx.topo.kubernetes):
        if cluster is None:
            continue
        path = f"kubernetes[{i}]"
        if cluster.mtu is not None and not MTU_MIN <= cluster.mtu <= MTU_MAX:
            ctx.error(f"{path}.mtu", MTU_OUT_OF_RANGE, cluster.id, mtu=cluster.mtu, low=MTU_MIN, high=MTU_MAX,
                      default=DEFAULT_MTU)
        calico = cluster.calico
        if calico is not None:
            if (
                calico.encapsulation is not None
                and calico.encapsulation not in CALICO_ENCAPSULATIONS
            ):
                ctx.error(
                    f"{path}.calico.encapsulation",
                    unknown_value(
                        CALICO_ENCAPSULATION, calico.encapsulation, CALICO_ENCAPSULATIONS
                    ),
                )
            if calico.ipip_mode is not None and calico.ipip_mode not in IPIP_MODES:
                ctx.error(
                    f"{path}.calico.ipip_mode",
                    unknown_value(IPIP_MODE, calico.ipip_mode, IPIP_MODES),
                )
        _check_node_blocks(ctx, cluster)
        pods = ctx.pods_by_cluster.get(cluster.id, [])
        by_label: dict[tuple[str, str], list[Device]] = {}
        for pod in pods:
            for item in (pod.labels or {}).items():
                by_label.setdefault(item, []).append(pod)
        services = check_services(ctx, path, cluster, by_label)
        check_ingresses(ctx, path, cluster, services, by_label)


def _check_node_blocks(ctx: Context, cluster: Cluster) -> None:
    """Nodes of one cluster must not share pod blocks."""
    blocks: list[tuple[Net, str]] = []
    for did, dev in ctx.devices.items():
        if dev.kind == "k8s-node" and dev.cluster == cluster.id and dev.pod_cidr is not None:
            block = parse_prefixed(dev.pod_cidr)
            if block is not None and block[0] & mask(block[1]) == block[0]:
                blocks.append((block, did))
    blocks.sort()
    for (a, first), (b, second) in zip(blocks, blocks[1:], strict=False):
        if overlap(a, b):
            ctx.error(
                f"devices[{ctx.device_index[second]}].pod_cidr",
                NODE_BLOCKS_OVERLAP,
                second,
                block=show_net(b),
                other=first,
                other_block=show_net(a),
            )
