"""The ways a label's lines may wrap, remembered (no Qt): the same names are laid out at
every zoom, so each text is wrapped once per width and size."""

from __future__ import annotations

from desktop_app.diagram.label_model import Line, font, line_height
from desktop_app.diagram.text_metrics import Font, wrap_lines

Texts = tuple[tuple[str, str, str], ...]  # (text, role, ink) before wrapping
Laid = tuple[tuple[Line, ...], float, float]  # lines, width, height

_WRAPPED: dict[tuple[str, float, bool, float, bool], list[str] | None] = {}
_LAYOUTS: dict[tuple[Texts, float, float], list[Laid]] = {}
_FORGET_AT = 50_000


def _wrapped(text: str, f: Font, width: float, split: bool) -> list[str] | None:
    """``wrap_lines``, remembered."""
    key = (text, f.size, f.bold, width, split)
    if key not in _WRAPPED:
        if len(_WRAPPED) > _FORGET_AT:
            _WRAPPED.clear()
        _WRAPPED[key] = wrap_lines(text, f, width, split)
    return _WRAPPED[key]


def _layout(texts: Texts, width: float, sizes: dict[str, float], split: bool) -> Laid | None:
    """The lines wrapped at ``width`` (natural units), and the label's natural size; None
    when a word would have to be split and ``split`` does not allow it."""
    lines: list[Line] = []
    w = 0.0
    h = 0.0
    for text, role, ink in texts:
        f = font(role, sizes)
        parts = _wrapped(text, f, width, split)
        if parts is None:
            return None
        for part in parts:
            lines.append(Line(part, role, ink))
            w = max(w, f.width(part))
            h += f.size * line_height(part)
    return tuple(lines), w + 6.0, h + 2.0


def layouts(texts: Texts, wrap: float, sizes: dict[str, float]) -> list[Laid]:
    """The ways the lines may wrap (at the natural width ``wrap``, wider, narrower), each
    once, at natural size."""
    key = (texts, wrap, sizes.get("link", 0.0))
    found = _LAYOUTS.get(key)
    if found is not None:
        return found
    widths = (wrap, wrap * 1.7, wrap * 0.7, wrap * 0.45) if wrap else (1e9,)
    out: list[Laid] = []
    seen: set[tuple[Line, ...]] = set()
    # A word is split between letters only when no width keeps every word whole ("Enterpri /
    # se site" reads worse than a wider label); a name that is one long word still shows.
    for split in (False, True):
        for width in widths:
            laid = _layout(texts, width, sizes, split)
            if laid is not None and laid[0] not in seen:
                seen.add(laid[0])
                out.append(laid)
            if split:
                break
        if out:
            break
    if len(_LAYOUTS) > _FORGET_AT:
        _LAYOUTS.clear()
    _LAYOUTS[key] = out
    return out
