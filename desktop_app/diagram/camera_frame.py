"""Where the camera looks while a packet plays, and where its card goes, as plain geometry.

A lesson needs the hop the packet is at, the hop it goes to next and the link between them in
view at a scale where their names can be read from the back of a room; and the packet's card
beside the token, inside the view, off both devices. The Qt camera (``ui/animation/camera.py``)
asks these functions once per hop (and cheaply per frame for the card) and animates towards
the answer. Rectangles are ``Box``es: scene units for framing, viewport pixels for the card.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.diagram.geometry import Box

LEGIBLE_PX = 14.0  # a device's name must be at least this tall on screen
FILL = 0.62  # the two hops take at most this share of the view: room for the card
MARGIN = 36.0  # scene units around the hops' boxes
EDGE = 10.0  # pixels a card keeps from the view's edge
GAP = 10.0  # pixels between the token and its card


@dataclass(frozen=True)
class Shot:
    """A camera position: the scene point at the view's centre, and the zoom."""

    cx: float
    cy: float
    zoom: float

    def visible(self, view_w: float, view_h: float) -> Box:
        """The scene rectangle a view of this size shows."""
        return Box.around(self.cx, self.cy, view_w / self.zoom, view_h / self.zoom)


def legible_zoom(name_px: float, floor_px: float = LEGIBLE_PX) -> float:
    """The least zoom at which names drawn ``name_px`` scene units tall are ``floor_px`` on screen."""
    return floor_px / name_px if name_px > 0 else 1.0


def frame_hops(here: Box, there: Box | None, leg: Sequence[tuple[float, float]],
               view_w: float, view_h: float, min_zoom: float, max_zoom: float) -> Shot:
    """The shot that shows ``here``, ``there`` and the leg between them, zoomed no further out
    than ``min_zoom`` (legible names) and no further in than ``max_zoom``. When both do not fit
    at ``min_zoom``, ``here`` stays in view and the view leans towards ``there``."""
    area = here if there is None else here.union(there)
    if leg:
        xs = [p[0] for p in leg]
        ys = [p[1] for p in leg]
        area = area.union(Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    area = area.grown(MARGIN, MARGIN, MARGIN, MARGIN)
    fit = min(view_w * FILL / max(area.w, 1.0), view_h * FILL / max(area.h, 1.0))
    zoom = max(min_zoom, min(fit, max_zoom))
    shot = Shot(area.cx, area.cy, zoom)
    return keep_inside(shot, here.grown(MARGIN, MARGIN, MARGIN, MARGIN), view_w, view_h)


def keep_inside(shot: Shot, box: Box, view_w: float, view_h: float) -> Shot:
    """Move the shot (same zoom) as little as needed so that ``box`` is in view."""
    seen = shot.visible(view_w, view_h)
    dx = _shift(box.x, box.right, seen.x, seen.right)
    dy = _shift(box.y, box.bottom, seen.y, seen.bottom)
    return Shot(shot.cx + dx, shot.cy + dy, shot.zoom) if dx or dy else shot


def _shift(lo: float, hi: float, seen_lo: float, seen_hi: float) -> float:
    if hi - lo > seen_hi - seen_lo:  # larger than the view: centre it
        return (lo + hi) / 2 - (seen_lo + seen_hi) / 2
    if lo < seen_lo:
        return lo - seen_lo
    if hi > seen_hi:
        return hi - seen_hi
    return 0.0


def approach(current: Shot, target: Shot, dt_ms: float, tau_ms: float = 70.0) -> Shot:
    """One frame of a smooth move: exponential easing towards the target, zoom in log space."""
    k = 1.0 - math.exp(-max(dt_ms, 0.0) / tau_ms)
    zoom = math.exp(math.log(current.zoom) + (math.log(target.zoom) - math.log(current.zoom)) * k)
    return Shot(current.cx + (target.cx - current.cx) * k,
                current.cy + (target.cy - current.cy) * k, zoom)


def arrived(current: Shot, target: Shot, pixels: float = 0.5) -> bool:
    """Close enough to snap: under ``pixels`` away (half a pixel unless told) and the zoom
    within 0.2 %."""
    off = math.hypot(target.cx - current.cx, target.cy - current.cy) * target.zoom
    return off < pixels and abs(math.log(target.zoom / current.zoom)) < 0.002


def place_card(token: tuple[float, float], size: tuple[float, float], view: Box,
               avoid: Sequence[Box], radius: float, prefer: int = 0) -> tuple[int, Box]:
    """Where the card goes (viewport pixels): beside the token, inside the view, off the
    rectangles in ``avoid``. Returns the candidate's index (pass it back as ``prefer`` to keep
    the card where it was while that still works) and the card's rectangle."""
    candidates = card_candidates(token, size, radius)
    inner = view.grown(-EDGE, -EDGE, -EDGE, -EDGE)
    prefer = prefer if 0 <= prefer < len(candidates) else 0
    order = [prefer] + [i for i in range(len(candidates)) if i != prefer]
    best: tuple[float, int, Box] | None = None
    for i in order:
        box = _clamped(candidates[i], inner)
        covered = sum(overlap(box, a) for a in avoid)
        if covered == 0.0:
            return i, box
        if best is None or covered < best[0]:
            best = (covered, i, box)
    assert best is not None
    free = _free_spot(size, inner, avoid, token)
    if free is not None:
        return len(candidates), free
    return best[1], best[2]


def card_candidates(token: tuple[float, float], size: tuple[float, float],
                    radius: float) -> list[Box]:
    """Right, left, below, above the token, then the four diagonals."""
    x, y = token
    w, h = size
    d = radius + GAP
    return [
        Box(x + d, y - h / 2, w, h),
        Box(x - d - w, y - h / 2, w, h),
        Box(x - w / 2, y + d, w, h),
        Box(x - w / 2, y - d - h, w, h),
        Box(x + d, y + d, w, h),
        Box(x - d - w, y + d, w, h),
        Box(x + d, y - d - h, w, h),
        Box(x - d - w, y - d - h, w, h),
    ]


def _clamped(box: Box, inner: Box) -> Box:
    x = min(max(box.x, inner.x), max(inner.x, inner.right - box.w))
    y = min(max(box.y, inner.y), max(inner.y, inner.bottom - box.h))
    return Box(x, y, box.w, box.h)


def overlap(a: Box, b: Box) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _free_spot(size: tuple[float, float], inner: Box, avoid: Sequence[Box],
               token: tuple[float, float]) -> Box | None:
    """The free position nearest the token on a coarse grid of the view (rarely needed)."""
    w, h = size
    if w > inner.w or h > inner.h:
        return None
    best: tuple[float, Box] | None = None
    steps = 8
    for i in range(steps + 1):
        for j in range(steps + 1):
            box = Box(inner.x + (inner.w - w) * i / steps, inner.y + (inner.h - h) * j / steps,
                      w, h)
            if any(overlap(box, a) > 0 for a in avoid):
                continue
            d = math.hypot(box.cx - token[0], box.cy - token[1])
            if best is None or d < best[0]:
                best = (d, box)
    return best[1] if best else None
