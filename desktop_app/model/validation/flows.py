"""Flows: the sending device, the target (device, address or DNS name), protocol, port and intent."""

from __future__ import annotations

import re
from itertools import chain

from ..messages import (
    BAD_PACKET_SIZE,
    BAD_TARGET_ADDRESS,
    DEVICE,
    FIX_ADD_RECORD,
    FIX_FLOW_TARGET,
    FIX_NAME_ENDPOINT,
    FIX_NAME_SENDER,
    ICMP_WITHOUT_PORTS,
    NO_DNS_SERVER,
    NO_RECORD,
    OUTCOME,
    PROTOCOL,
    WRONG_DNS_SERVER,
    phrase,
)
from ..topology import OUTCOMES, PROTOCOLS, Device, Flow
from .addresses import check_port, parse_ip
from .context import Context
from .references import ref_device, unknown_reference
from .wording import unknown_value

_DOTTED_NUMBERS = re.compile(r"[0-9]+(\.[0-9]+)+\Z")
_DNS_NAME = re.compile(
    r"[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)+\.?\Z"
)


def check_flows(ctx: Context) -> None:
    """Each flow's source, target, protocol, port, size and chosen endpoint."""
    for i, flow in enumerate(ctx.topo.flows):
        if flow is None:
            continue
        path = f"flows[{i}]"
        fid = flow.id
        source = ctx.devices.get(flow.source)
        if source is None:
            ctx.error(
                f"{path}.from",
                unknown_reference(ctx, DEVICE, flow.source, ctx.devices, FIX_NAME_SENDER),
                fid,
            )
        _check_flow_target(ctx, path, flow, source)
        if flow.protocol is not None and flow.protocol not in PROTOCOLS:
            ctx.error(
                f"{path}.protocol", unknown_value(PROTOCOL, flow.protocol, PROTOCOLS), fid
            )
        check_port(ctx, f"{path}.port", flow.port, fid)
        if flow.port is not None and flow.protocol == "icmp":
            ctx.warn(f"{path}.port", ICMP_WITHOUT_PORTS, fid)
        if flow.size is not None and not 20 <= flow.size <= 65535:
            ctx.error(f"{path}.size", BAD_PACKET_SIZE, fid, size=flow.size)
        if flow.endpoint is not None:
            ref_device(ctx, f"{path}.endpoint", flow.endpoint, fid, "pod", FIX_NAME_ENDPOINT)
        if flow.expect is not None and flow.expect not in OUTCOMES:
            ctx.error(f"{path}.expect", unknown_value(OUTCOME, flow.expect, OUTCOMES), fid)


def _check_flow_target(ctx: Context, path: str, flow: Flow, source: Device | None) -> None:
    """A flow's target: a device id, an IPv4 address or a name some dns device knows."""
    to, fid = flow.to, flow.id
    if to in ctx.devices:
        return
    if _DOTTED_NUMBERS.match(to):
        if parse_ip(to) is None:
            ctx.error(f"{path}.to", BAD_TARGET_ADDRESS, fid, target=to)
        return
    if not _DNS_NAME.match(to):
        ctx.error(
            f"{path}.to",
            unknown_reference(
                ctx, DEVICE, to, chain(ctx.devices, ctx.records), FIX_FLOW_TARGET
            ),
            fid,
        )
        return
    servers = ctx.records.get(to)
    if servers is None:
        ctx.warn(
            f"{path}.to",
            NO_RECORD,
            fid,
            name=to,
            hint=ctx.suggest(to, chain(ctx.records, ctx.devices)) or phrase(FIX_ADD_RECORD),
        )
    elif source is not None:
        if source.dns is None:
            ctx.warn(
                f"{path}.from", NO_DNS_SERVER, fid, source=source.id, name=to, server=servers[0]
            )
        elif source.dns in ctx.devices and source.dns not in servers:
            ctx.warn(
                f"{path}.to",
                WRONG_DNS_SERVER,
                fid,
                source=source.id,
                dns=source.dns,
                name=to,
                server=servers[0],
            )
