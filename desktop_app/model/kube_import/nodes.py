"""Nodes → ``k8s-node`` devices: matched by name or address, otherwise created on their networks.

A node's ``InternalIP`` and ``ExternalIP`` must each lie in a network of the topology (that
is where the node is drawn and how packets reach it). A new node copies its gateways,
routes, resolver and zone from a node of the cluster already on the same networks: nodes of
one cluster are configured alike, and without them it could reach nothing.
"""

from __future__ import annotations

import ipaddress

from desktop_app.model.messages import phrase
from desktop_app.model.topology import Device, Interface, Network, Route

from . import messages as K
from .context import ImportContext, IPv4, Net
from .parse import KubeObject

# node-role.kubernetes.io/<role> labels (kubeadm, ICP), and the older "kubernetes.io/role".
ROLE_LABELS = {
    "control-plane": "master", "master": "master", "proxy": "proxy", "worker": "worker",
    "management": "management",
}


def map_nodes(ctx: ImportContext, nodes: list[KubeObject]) -> None:
    for obj in nodes:
        _map_node(ctx, obj)


def node_addresses(obj: KubeObject) -> list[tuple[int, IPv4]]:
    """The node's IPv4 InternalIP and ExternalIP addresses (with their index), InternalIP first."""
    entries = obj.get(("status", "addresses"), list, required=True)
    found: dict[str, list[tuple[int, IPv4]]] = {"InternalIP": [], "ExternalIP": []}
    for i, _ in enumerate(entries):
        kind = obj.get(("status", "addresses", i, "type"), str, required=True)
        text = obj.get(("status", "addresses", i, "address"), str, required=True)
        if kind not in found:
            continue
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            raise obj.error(("status", "addresses", i, "address"),
                            phrase(K.BAD_ADDRESS, field="address", kind="Node", name=obj.name,
                                   value=text)) from None
        if isinstance(address, IPv4):  # dual-stack nodes also list IPv6 addresses
            found[kind].append((i, address))
    if not found["InternalIP"]:
        raise obj.error(("status", "addresses"), phrase(
            K.MISSING_FIELD, kind="Node", name=obj.name,
            field="status.addresses (an InternalIP)"))
    return found["InternalIP"] + found["ExternalIP"]


def node_role(obj: KubeObject) -> str | None:
    labels = obj.get(("metadata", "labels"), dict) or {}
    for key, value in labels.items():
        if key.startswith("node-role.kubernetes.io/"):
            role = ROLE_LABELS.get(key.split("/", 1)[1])
            if role is not None:
                return role
        if key == "kubernetes.io/role" and value in ROLE_LABELS:
            return ROLE_LABELS[value]
    return None


def _map_node(ctx: ImportContext, obj: KubeObject) -> None:
    name = obj.name
    indexed = node_addresses(obj)
    addresses = [address for _, address in indexed]
    homes = []
    for i, address in indexed:
        home = ctx.network_for(address)
        if home is None:
            raise obj.error(("status", "addresses", i, "address"), phrase(
                K.ADDRESS_FITS_NO_NETWORK, name=name, address=str(address)))
        homes.append((address, home))
    pod_cidr = obj.get(("spec", "podCIDR"), str)
    if pod_cidr is not None:
        try:
            pod_cidr = str(ipaddress.IPv4Network(pod_cidr))
        except ValueError:
            raise obj.error(("spec", "podCIDR"), phrase(
                K.BAD_CIDR, field="spec.podCIDR", kind="Node", name=name, value=pod_cidr)) from None
    role = node_role(obj)
    device = _match(ctx, name, addresses)
    ctx.imported.setdefault("Node", set()).add(name)
    if device is None:
        _create(ctx, name, homes, pod_cidr, role)
        return
    ctx.node_ids[name] = device.id
    what = phrase(K.NODE, id=device.id)
    ctx.update(device, "cluster", ctx.cluster.id, what)
    if role is not None:
        ctx.update(device, "role", role, what)
    if pod_cidr is not None:
        ctx.update(device, "pod_cidr", pod_cidr, what)
    for address, (net, network) in homes:
        if _holds(device, address):
            continue
        itf = next((i for i in device.interfaces if i.network == network.id), None)
        ip = f"{address}/{net.prefixlen}"
        if itf is not None:
            ctx.update(itf, "ip", ip, phrase(K.INTERFACE, id=device.id, network=network.id,
                                             ip=itf.ip or ""))
        else:
            ctx.add(device.interfaces, Interface(network=network.id, ip=ip),
                    phrase(K.INTERFACE, id=device.id, network=network.id, ip=ip))


def _holds(device: Device, address: IPv4) -> bool:
    text = str(address)
    if text in (device.vips or []):
        return True
    return any(i.ip and i.ip.split("/")[0] == text or text in i.secondary
               for i in device.interfaces)


def _match(ctx: ImportContext, name: str, addresses: list[IPv4]) -> Device | None:
    """The k8s-node device this node is: same id, else one holding its InternalIP."""
    device = ctx.devices.get(name)
    if device is not None and device.kind == "k8s-node":
        return device
    internal = addresses[0]
    return next((d for d in ctx.topology.devices if d.kind == "k8s-node" and _holds(d, internal)),
                None)


def _create(ctx: ImportContext, name: str, homes: list[tuple[IPv4, tuple[Net, Network]]], pod_cidr: str | None,
            role: str | None) -> None:
    model = _model_node(ctx, {network.id for _, (_, network) in homes})
    interfaces = []
    for address, (net, network) in homes:
        itf = Interface(network=network.id, ip=f"{address}/{net.prefixlen}")
        like = next((i for i in model.interfaces if i.network == network.id), None) if model else None
        if like is not None:
            itf.name, itf.gateway = like.name, like.gateway
        interfaces.append(itf)
    device = Device(id=name, kind="k8s-node", zone=model.zone if model else None,
                      interfaces=interfaces, cluster=ctx.cluster.id, role=role or "worker",
                      pod_cidr=pod_cidr)
    if model is not None:
        device.routes = [Route(r.to, r.via) for r in model.routes]
        device.dns = model.dns
    ctx.new_devices[name] = device
    ctx.node_ids[name] = name
    networks = ", ".join(network.id for _, (_, network) in homes)
    ctx.add(ctx.topology.devices, device, phrase(K.NODE_ON, id=name, networks=networks))
    if model is not None:
        ctx.report.note(phrase(K.NODE, id=name), phrase(K.NEW_NODE_LIKE, model=model.id))


def _model_node(ctx: ImportContext, networks: set[str]) -> Device | None:
    """A node of the cluster already in the topology, on the most of these networks."""
    best, score = None, 0
    for d in ctx.topology.devices:
        if d.kind != "k8s-node" or d.cluster != ctx.cluster.id:
            continue
        shared = len(networks & {i.network for i in d.interfaces if i.network})
        if shared > score:
            best, score = d, shared
    return best
