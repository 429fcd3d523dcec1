"""Ids and references: id syntax and uniqueness, zone parents, and naming what an id is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .. import topology as t
from .context import Context
from .wording import with_article

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
                    f"{section}[{i}].id",
                    f"duplicate id '{ident}': {first_path[ident]} already uses it; "
                    "ids are unique across zones, networks and devices, so rename one",
                    ident,
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
    _unique_ids(ctx, "kubernetes", "cluster", ctx.topo.kubernetes, ctx.clusters)
    _unique_ids(ctx, "flows", "flow", ctx.topo.flows, {})


def _unique_ids(
    ctx: Context, section: str, word: str, items: list[Any], table: dict[str, Any]
) -> None:
    seen: dict[str, int] = {}
    for i, obj in enumerate(items):
        if obj is None:
            continue
        path = f"{section}[{i}].id"
        subject = obj.id if word == "flow" else None
        _check_id_syntax(ctx, path, obj.id, subject)
        if obj.id in seen:
            ctx.error(
                path,
                f"duplicate {word} id '{obj.id}': {section}[{seen[obj.id]}] already uses it; "
                "rename one",
                subject,
            )
            continue
        seen[obj.id] = i
        table[obj.id] = obj


def _check_id_syntax(ctx: Context, path: str, ident: str, subject: str | None) -> None:
    if not ID_PATTERN.match(ident):
        ctx.error(
            path,
            f"invalid id '{ident}': an id starts with a letter or digit and holds only "
            "letters, digits, '_', '.' and '-'",
            subject,
        )


def unknown_reference(ctx: Context, word: str, value: str, choices: Iterable[str], fix: str) -> str:
    """Why a reference to a ``word`` resolves to nothing, with a suggestion or fix."""
    other = ctx.kind_of_id.get(value)
    if other is not None and other != word:
        return f"'{value}' is {with_article(other)}, not {with_article(word)}" + (
            ctx.suggest(value, choices) or f"; {fix}"
        )
    return f"unknown {word} '{value}'" + (ctx.suggest(value, choices) or f"; {fix}")


def ref_zone(ctx: Context, path: str, value: str | None, subject: str | None) -> None:
    """Report a zone reference that names no zone."""
    if value is None or value in ctx.zones:
        return
    ctx.error(
        path, unknown_reference(ctx, "zone", value, ctx.zones, "declare it under zones"), subject
    )


def ref_device(
    ctx: Context, path: str, value: str, subject: str, wanted: str, fix: str
) -> t.Device | None:
    """The device a reference names when it is of the wanted kind; reports otherwise."""
    target = ctx.devices.get(value)
    if target is not None and target.kind == wanted:
        return target
    # A generator: only consumed while suggestions are still affordable.
    choices = (k for k, dev in ctx.devices.items() if dev.kind == wanted)
    if target is not None:
        hint = ctx.suggest(value, choices) or f"; {fix}"
        noun = "dns device" if wanted == "dns" else wanted
        ctx.error(
            path,
            f"'{value}' is {with_article(target.kind)}, not {with_article(noun)}{hint}",
            subject,
        )
    else:
        ctx.error(
            path,
            unknown_reference(ctx, wanted if wanted != "dns" else "device", value, choices, fix),
            subject,
        )
    return None


def check_zones(ctx: Context) -> None:
    """Zone parents exist, are not the zone itself and form no cycle."""
    for i, zone in enumerate(ctx.topo.zones):
        if zone is None or zone.parent is None:
            continue
        if zone.parent == zone.id:
            ctx.error(
                f"zones[{i}].parent",
                f"zone '{zone.id}' cannot be its own parent; remove parent",
                zone.id,
            )
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
                        f"zone parents form a cycle ({' → '.join(ring)}); "
                        "remove one of these parents",
                        first,
                    )
                break
            chain.append(current)
            on_chain.add(current)
            current = ctx.zones[current].parent
        done.update(chain)
