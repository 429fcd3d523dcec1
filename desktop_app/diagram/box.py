"""An axis-aligned rectangle, the unit of the diagram's geometry (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Box(NamedTuple):
    """An axis-aligned rectangle: top-left corner, width and height.

    (A named tuple: a big topology makes tens of thousands of these per redraw.)
    """

    x: float
    y: float
    w: float
    h: float

    @staticmethod
    def around(cx: float, cy: float, w: float, h: float) -> Box:
        return Box(cx - w / 2, cy - h / 2, w, h)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def grown(self, left: float, top: float, right: float, bottom: float) -> Box:
        return Box(self.x - left, self.y - top, self.w + left + right, self.h + top + bottom)

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def intersects(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def encloses(self, other: Box) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.right <= self.right and other.bottom <= self.bottom)


def union_all(boxes: Iterable[Box]) -> Box | None:
    """The boxes' union: ``Box.union`` folded over them, inlined (big diagrams call it on
    thousands of boxes), with the same arithmetic so the result is the same to the last bit."""
    it = iter(boxes)
    first = next(it, None)
    if first is None:
        return None
    x, y, w, h = first
    for bx, by, bw, bh in it:
        r, bot = x + w, y + h
        br, bb = bx + bw, by + bh
        if bx < x:
            x = bx
        if by < y:
            y = by
        w = (br if br > r else r) - x
        h = (bb if bb > bot else bot) - y
    return Box(x, y, w, h)


# Named tuples built without their Python-level __new__ (a big diagram makes tens of
# thousands): ``_new(Box, (x, y, w, h))`` is ``Box(x, y, w, h)``.
_new = tuple.__new__
