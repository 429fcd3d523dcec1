"""The pieces the automatic layout packs (a laid-out frame, a unit of a row) and the rule
that lines up newcomers below a layout that places the rest (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.diagram import geometry
from desktop_app.model.topology import Topology

COL_GAP = 28.0
LANE_H = 58.0


@dataclass
class Frame:
    """A laid-out unit: its size and where its contents sit, relative to its top-left."""

    w: float
    h: float
    at: dict[str, tuple[float, float]] = field(default_factory=dict)

    def shifted(self, dx: float, dy: float) -> dict[str, tuple[float, float]]:
        return {k: (x + dx, y + dy) for k, (x, y) in self.at.items()}

    def place_into(self, at: dict[str, tuple[float, float]], dx: float, dy: float) -> None:
        """``at.update(self.shifted(dx, dy))`` without the dictionary in between."""
        for k, (x, y) in self.at.items():
            at[k] = (x + dx, y + dy)


@dataclass
class _Unit:
    kind: str  # device, host, zone, net
    id: str
    order: int
    rank: float = 0.0
    nets: set[str] = field(default_factory=set)
    frame: Frame | None = None
    x: float = 0.0
    y: float = 0.0

    @property
    def w(self) -> float:
        return self.frame.w if self.frame else 0.0

    @property
    def h(self) -> float:
        return self.frame.h if self.frame else LANE_H


def _places_any(topology: Topology, layout: Mapping[str, Sequence[float]]) -> bool:
    return any(d.id in layout for d in topology.devices) or any(
        n.id in layout for n in topology.networks)


def _lined_up(topology: Topology, layout: Mapping[str, Sequence[float]]
              ) -> dict[str, list[float]]:
    """The given layout with everything it lacks lined up below what it places."""
    ids = [d.id for d in topology.devices] + [n.id for n in topology.networks]
    out = {k: list(v) for k, v in layout.items()}
    missing = [i for i in ids if i not in out or len(out[i]) < 2]
    if not missing:
        return out
    placed = geometry.compute(topology, out)
    bounds = placed.bounds() or geometry.Box(0, 0, 0, 0)
    x, y = bounds.x + geometry.DEVICE_SIZE[0] / 2, bounds.bottom + 80
    for i in missing:
        out[i] = [x, y]
        x += geometry.DEVICE_SIZE[0] + COL_GAP
    return out
