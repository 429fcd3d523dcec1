"""Kinds of device, network and object as a reader names them, marked for translation.

Files and the model keep kinds in English (``esxi-host``); the window and the web page name
them from this one table, each in the reader's language (context ``model``).
"""

from __future__ import annotations

from desktop_app.model.messages import QT_TRANSLATE_NOOP

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
