"""Words for the model's things in the reader's language: kinds, and a topology's counts.

The model keeps ids and kinds in English (they are file values); these are how the interface
names them. Labels and notes come from the file and are never translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.model.kind_words import KIND_NAMES
from desktop_app.model.topology import Topology

CONTEXT = "model"



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
