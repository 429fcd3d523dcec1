"""A packet reaching a device: the unit of work of the walk."""

from __future__ import annotations

from typing import NamedTuple

from .headers import HeaderStack


class Arrival(NamedTuple):
    """A packet reaching a device: from which network, as which frame, on which ESXi host.

    A named tuple rather than a frozen dataclass: every hop makes one, and a tuple is made
    several times faster."""

    device: str
    in_network: str | None
    frame: HeaderStack
    on_host: str | None = None
