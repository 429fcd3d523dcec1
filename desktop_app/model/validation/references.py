"""Ids and references: id syntax and uniqueness, zone parents, and naming what an id is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..messages import (
    CLUSTER,
    DEVICE,
    DNS_DEVICE,
    DUPLICATE_ID,
    DUPLICATE_SECTION_ID,
    FIX_DECLARE_ZONE,
    FLOW,
    INVALID_ID,
    NETWORK,
    UNKNOWN_REFERENCE,
    WRONG_KIND_OF_ID,
    ZONE,
    ZONE_CYCLE,
    ZONE_OWN_PARENT,
    Kind,
    Noun,
    Phrase,
    Word,
    phrase,
)
from ..topology import Device
from .context import Context

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")


def check_ids(ctx: Context) -> None:
    """Index zones, networks and devices by id; report bad and duplicate ids."""
    first_path: dict[str, str] = {}
    groups: list[tuple[str, str, list[Any], dict[str, Any], dict[str, int]]] = [
        ("zones", "zone", ctx.topo.zones, ctx.zones, ctx.zone_index),
        ("networks", "network", ctx.topo.networks, ctx.networks, ctx.network_index),
        ("devices", "device", ctx.topo.devices, ctx.devices, ctx.device_index),
    ]
    valid = ID_PATTERN.match
    for section, word, items, table, index in groups:
        for i, obj in enumerate(items):
            if obj is None:
                continue
            ident = obj.id
            if not valid(ident):
                _check_id_syntax(ctx, f"{section}[{i}].id", ident, ident)
            if ident in first_path:
                ctx.error(
                    f"{section}[{i}].id", DUPLICATE_ID, ident, id=ident, first=first_path[ident]
                )
                # References of this section's kind still resolve (no cascade of
                # "not a network" errors); layout entries for the id are ambiguous.
                ctx.duplicated.add(ident)
                if ident not in table:
                    table[ident] = obj
                    index[ident] = i
                continue
            first_path[ident] = f"{section}[{i}]"
            ctx.kind_of_id[ident] = word
            table[ident] = obj
            index[ident] = i
    _unique_ids(ctx, "kubernetes", CLUSTER, ctx.topo.kubernetes, ctx.clusters)
    _unique_ids(ctx, "flows", FLOW, ctx.topo.flows, {})


def _unique_ids(
    ctx: Context, section: str, word: Word, items: list[Any], table: dict[str, Any]
) -> None:
    seen: dict[str, int] = {}
    for i, obj in enumerate(items):
        if obj is None:
            continue
        path = f"{section}[{i}].id"
        subject = obj.id if word == FLOW else None
        _check_id_syntax(ctx, path, obj.id, subject)
        if obj.id in seen:
            ctx.error(
                path,
                DUPLICATE_SECTION_ID,
                subject,
                word=word,
                id=obj.id,
                first=f"{section}[{seen[obj.id]}]",
            )
            continue
        seen[obj.id] = i
        table[obj.id] = obj


def _check_id_syntax(ctx: Context, path: str, ident: str, subject: str | None) -> None:
    if not ID_PATTERN.match(ident):
        ctx.error(path, INVALID_ID, subject, id=ident)


# What each section's ids are, as kind_of_id records them, said in a sentence.
NOUNS = {"zone": ZONE, "network": NETWORK, "device": DEVICE}


def unknown_reference(
    ctx: Context, word: Noun, value: str, choices: Iterable[str], fix: str
) -> Phrase:
    """Why a reference to a ``word`` resolves to nothing, with a suggestion or fix (a hint)."""
    other = ctx.kind_of_id.get(value)
    if other is not None and other != word:
        return phrase(
            WRONG_KIND_OF_ID,
            value=value,
            other=NOUNS[other],
            wanted=word,
            hint=ctx.suggest(value, choices) or phrase(fix),
        )
    return phrase(
        UNKNOWN_REFERENCE,
        word=word,
        value=value,
        hint=ctx.suggest(value, choices) or phrase(fix),
    )


def ref_zone(ctx: Context, path: str, value: str | None, subject: str | None) -> None:
    """Report a zone reference that names no zone."""
    if value is None or value in ctx.zones:
        return
    ctx.error(
        path, unknown_reference(ctx, ZONE, value, ctx.zones, FIX_DECLARE_ZONE), subject
    )


def ref_device(
    ctx: Context, path: str, value: str, subject: str, wanted: str, fix: str
) -> Device | None:
    """The device a reference names when it is of the wanted kind; reports otherwise."""
    target = ctx.devices.get(value)
    if target is not None and target.kind == wanted:
        return target
    # A generator: only consumed while suggestions are still affordable.
    choices = (k for k, dev in ctx.devices.items() if dev.kind == wanted)
    if target is not None:
        ctx.error(
            path,
            WRONG_KIND_OF_ID,
            subject,
            value=value,
            other=Kind(target.kind),
            wanted=DNS_DEVICE if wanted == "dns" else Kind(wanted),
            hint=ctx.suggest(value, choices) or phrase(fix),
        )
    else:
        word = DEVICE if wanted == "dns" else Kind(wanted)
        ctx.error(path, unknown_reference(ctx, word, value, choices, fix), subject)
    return None


def check_zones(ctx: Context) -> None:
    """Zone parents exist, are not the zone itself and form no cycle."""
    for i, zone in enumerate(ctx.topo.zones):
        if zone is None or zone.parent is None:
            continue
        if zone.parent == zone.id:
            ctx.error(f"zones[{i}].parent", ZONE_OWN_PARENT, zone.id, zone=zone.id)
        else:
            ref_zone(ctx, f"zones[{i}].parent", zone.parent, zone.id)
    # Parent cycles: walk up from every zone; colour zones done once their chain ends.
    done: set[str] = set()
    for zone_id in ctx.zones:
        chain: list[str] = []
        on_chain: set[str] = set()
        current: str | None = zone_id
        while current is not None and current in ctx.zones and current not in done:
            if current in on_chain:
                cycle = chain[chain.index(current) :]
                if len(cycle) > 1:
                    first = min(cycle, key=ctx.zone_index.__getitem__)
                    start = cycle.index(first)
                    ring = cycle[start:] + cycle[:start] + [first]
                    ctx.error(
                        f"zones[{ctx.zone_index[first]}].parent",
                        ZONE_CYCLE,
                        first,
                        ring=" → ".join(ring),
                    )
                break
            chain.append(current)
            on_chain.add(current)
            current = ctx.zones[current].parent
        done.update(chain)
