"""The words the canvas adds to a topology's own labels, without Qt, for the SVG writer.

The canvas items (``ui/canvas/network_items.py``, ``items.py``) write a network's kind and
addressing under its name, a host's VTEP or a node's role under its title, and a tunnel's
kind on its arc, through Qt's translator. These functions write the same words given a
``translate(context, text)`` (Qt's own in the app; English in the command line), with the
same contexts and source texts, so both pictures read alike in every language.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.diagram.messages import COLLAPSED_NOTE
from desktop_app.model.topology import Device, Network

Translate = Callable[[str, str], str]  # (context, English words) -> words to draw


def english(context: str, text: str) -> str:
    """No translation: the source words."""
    return text


_KIND_NAMES = {"vlan": "VLAN", "vxlan": "VXLAN", "wan": "WAN", "internet": "Internet"}
_TUNNEL_LABELS = {"ipsec": "IPsec tunnel (L2 stretch)", "gre-ipsec": "GRE over IPsec (L2 stretch)",
                  "gre": "GRE tunnel (L2 stretch)"}


def network_details(network: Network, tr: Translate = english) -> str:
    """The second line of a network's label, as the canvas writes it."""
    parts = []
    if network.kind == "vxlan":
        parts.append(f"VXLAN · VNI {network.vni}" if network.vni is not None else "VXLAN")
    elif network.kind == "vlan":
        parts.append(f"VLAN {network.vlan}" if network.vlan is not None else "VLAN")
    elif network.kind == "internet":
        parts.append(tr("canvas", "Internet"))
    else:
        parts.append(_KIND_NAMES.get(network.kind, network.kind))
    if network.cidr:
        parts.append(network.cidr)
    if network.mtu is not None:
        parts.append(f"MTU {network.mtu}")
    return " · ".join(parts)


def container_subtitle(device: Device, tr: Translate = english) -> str:
    """The line under an ESXi host's or a node's title, as the canvas writes it."""
    if device.kind == "esxi-host":
        vtep = next((i for i in device.interfaces if i.vtep), None)
        return (f"ESXi · VTEP {vtep.ip.split('/')[0]}" if vtep and vtep.ip
                else tr("model", "ESXi host"))
    parts = [device.role or tr("canvas", "node")]
    ip = next((i.ip for i in device.interfaces if i.ip), None)
    if ip:
        parts.append(ip.split("/")[0])
    return " · ".join(parts)


def collapsed_note(count: int, tr: Translate = english) -> str:
    """The line under a collapsed box's name: how many devices it holds."""
    return tr("canvas", COLLAPSED_NOTE).format(count=count)


def tunnel_label(kind: str, tr: Translate = english) -> str:
    label = _TUNNEL_LABELS.get(kind)
    return tr("canvas", label) if label else tr("canvas", "{kind} tunnel").format(kind=kind)
