"""Layout: entries name a zone, network or device and hold the right number of numbers."""

from __future__ import annotations

from .context import Context


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
                f"layout entry '{key}' names no zone, network or device"
                + (ctx.suggest(key, ctx.kind_of_id) or "; remove it"),
            )
            continue
        want = 4 if word == "zone" else 2
        if not isinstance(value, list) or len(value) != want:
            shape = "[x, y, width, height]" if want == 4 else "[x, y]"
            got = len(value) if isinstance(value, list) else 0
            ctx.error(
                path, f"layout of {word} '{key}' needs {want} numbers {shape}, found {got}", key
            )
