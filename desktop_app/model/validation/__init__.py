"""Semantic checks on a built model: ids, references, addresses, VNIs, VTEPs, tunnels, layout.

Every check reads indexes built once (id → object, network → addresses) and kept on one
``Context``, so a topology of thousands of devices validates in a few tens of milliseconds.
The checks never raise: a model that the reader only half built (``None`` where an object
failed to parse) is checked as far as it goes, because the reader has already reported why.
"""

from __future__ import annotations

import gc

from ..problems import Problem
from ..topology import Device, Topology
from .concentrators import index_bridges
from .context import Context
from .devices import check_device
from .flows import check_flows
from .kubernetes import check_cluster_ranges, check_kubernetes
from .layout import check_layout
from .networks import check_networks
from .references import check_ids, check_zones
from .routes import check_next_hops
from .vxlan import check_settings, check_vteps

__all__ = ["validate"]


def validate(topology: Topology) -> list[Problem]:
    """Every problem of the model, errors and warnings, by document path."""
    # The indexes are many small objects; a collector pass over a large model costs more
    # than the checks themselves, and nothing here makes reference cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(Context(topology))
    finally:
        if enabled:
            gc.enable()


def _run(ctx: Context) -> list[Problem]:
    # The order matters: ids and ranges build the indexes the device checks read; bridges
    # merge L2 domains before any address is claimed; next hops, VTEPs, services and flows
    # need every device seen first.
    check_ids(ctx)
    check_settings(ctx)
    check_zones(ctx)
    check_networks(ctx)
    check_cluster_ranges(ctx)
    index_bridges(ctx)
    for i, device in enumerate(ctx.topo.devices):
        if isinstance(device, Device):
            check_device(ctx, i, device)
    check_next_hops(ctx)
    check_vteps(ctx)
    check_kubernetes(ctx)
    check_flows(ctx)
    check_layout(ctx)
    return ctx.problems
