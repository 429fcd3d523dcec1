"""Words for the model's things in the reader's language: kinds, and a topology's counts.

The model keeps ids and kinds in English (they are file values); these are how the interface
names them. Labels and notes come from the file and are never translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.model.topology import Topology

CONTEXT = "model"

# A kind as a noun inside a sentence or in brackets: "web-1 (VM)".
KIND_NAMES = {
    "client": QT_TRANSLATE_NOOP("model", "client"),
    "dns": QT_TRANSLATE_NOOP("model", "DNS server"),
    "router": QT_TRANSLATE_NOOP("model", "router"),
    "esxi-host": QT_TRANSLATE_NOOP("model", "ESXi host"),
    "vm": QT_TRANSLATE_NOOP("model", "VM"),
    "esg": QT_TRANSLATE_NOOP("model", "NSX Edge (ESG)"),
    "dlr": QT_TRANSLATE_NOOP("model", "NSX DLR"),
    "k8s-node": QT_TRANSLATE_NOOP("model", "Kubernetes node"),
    "pod": QT_TRANSLATE_NOOP("model", "pod"),
    "l2-concentrator": QT_TRANSLATE_NOOP("model", "L2 concentrator"),
    "internet": QT_TRANSLATE_NOOP("model", "the Internet"),
    "vlan": QT_TRANSLATE_NOOP("model", "VLAN segment"),
    "vxlan": QT_TRANSLATE_NOOP("model", "VXLAN logical switch"),
    "wan": QT_TRANSLATE_NOOP("model", "WAN link"),
    "zone": QT_TRANSLATE_NOOP("model", "zone"),
    "network": QT_TRANSLATE_NOOP("model", "network"),
    "device": QT_TRANSLATE_NOOP("model", "device"),
    "cluster": QT_TRANSLATE_NOOP("model", "cluster"),
    "flow": QT_TRANSLATE_NOOP("model", "flow"),
}


def kind_name(kind: str) -> str:
    """A device, network or object kind in the current language (unknown kinds as they are)."""
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source else kind


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def topology_summary(topology: Topology) -> str:
    """``3 zones, 7 networks, 12 devices, 2 flows`` in the current language."""
    parts = [
        _count(len(topology.zones), QCoreApplication.translate("model", "1 zone"),
               QCoreApplication.translate("model", "{n} zones")),
        _count(len(topology.networks), QCoreApplication.translate("model", "1 network"),
               QCoreApplication.translate("model", "{n} networks")),
        _count(len(topology.devices), QCoreApplication.translate("model", "1 device"),
               QCoreApplication.translate("model", "{n} devices")),
        _count(len(topology.flows), QCoreApplication.translate("model", "1 flow"),
               QCoreApplication.translate("model", "{n} flows")),
    ]
    return QCoreApplication.translate("model", ", ").join(parts)
