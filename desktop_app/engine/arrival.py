"""A packet reaching a device: the unit of work of the walk."""

from __future__ import annotations

from dataclasses import dataclass

from .headers import HeaderStack


@dataclass(frozen=True)
class Arrival:
    """A packet reaching a device: from which network, as which frame, on which ESXi host."""

    device: str
    in_network: str | None
    frame: HeaderStack
    on_host: str | None = None
