"""Forwarding behaviour, one module per device kind; ``HANDLERS`` maps a kind to its ``receive``."""

from __future__ import annotations

from collections.abc import Callable

from ..arrival import Arrival
from ..packets import PacketBuilder
from ..trace import Hop
from ..walk import Walk
from . import dlr, endhost, esg, esxi, internet, k8s_node, l2_concentrator, pod, router

HANDLERS: dict[str, Callable[[Walk, Arrival], None]] = {
    "client": endhost.receive,
    "dns": endhost.receive,
    "vm": endhost.receive,
    "router": router.receive,
    "esg": esg.receive,
    "dlr": dlr.receive,
    "esxi-host": esxi.receive,
    "k8s-node": k8s_node.receive,
    "pod": pod.receive,
    "l2-concentrator": l2_concentrator.receive,
    "internet": internet.receive,
}

ORIGINATORS: dict[str, Callable[[Walk, Hop, str, PacketBuilder], None]] = {
    "pod": pod.originate,
    "k8s-node": k8s_node.originate,
}
DEFAULT_ORIGINATOR = endhost.originate
