"""Layout: entries name a zone, network or device and hold the right number of numbers (plus
the collapsed flag zones, ESXi hosts and nodes may carry, see ``view_state``)."""

from __future__ import annotations

from ..messages import (
    FIX_REMOVE_IT,
    LAYOUT_COLLAPSED_FLAG,
    LAYOUT_NAMES_NOTHING,
    LAYOUT_OF_ITEM,
    LAYOUT_OF_ZONE,
    phrase,
)
from ..view_state import COLLAPSIBLE_KINDS
from .context import Context
from .references import NOUNS


def check_layout(ctx: Context) -> None:
    """Each layout entry names a known id and has the numbers its kind needs."""
    for key, value in ctx.topo.layout.items():
        word = ctx.kind_of_id.get(key)
        path = f"layout.{key}"
        if key in ctx.duplicated:
            continue
        if word is None:
            ctx.warn(
                path,
                LAYOUT_NAMES_NOTHING,
                key=key,
                hint=ctx.suggest(key, ctx.kind_of_id) or phrase(FIX_REMOVE_IT),
            )
            continue
        want = 4 if word == "zone" else 2
        # A zone, an ESXi host or a node may carry a trailing 1 (0): drawn collapsed or not.
        device = ctx.devices.get(key)
        collapsible = word == "zone" or (device is not None and device.kind in COLLAPSIBLE_KINDS)
        if collapsible and isinstance(value, list) and len(value) == want + 1:
            if value[want] not in (0, 1):
                ctx.error(path, LAYOUT_COLLAPSED_FLAG, key, key=key, found=value[want])
            continue
        if not isinstance(value, list) or len(value) != want:
            got = len(value) if isinstance(value, list) else 0
            if word == "zone":
                ctx.error(path, LAYOUT_OF_ZONE, key, key=key, found=got)
            else:
                ctx.error(path, LAYOUT_OF_ITEM, key, word=NOUNS[word], key=key, found=got)
