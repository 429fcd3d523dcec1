"""What a trace was asked to follow, as one typed value from the tracer to every view.

``TraceFlow`` is what ``Trace.flow`` holds: the sender's id (``source``), the target as
typed, the protocol and port, the address the target resolved to, and the saved flow's id.
Its ``headline()`` is the one "A → B proto:port" line every table, capture and caption
shows; the file format and the trace JSON call the sender ``from`` (``to_json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TraceFlow:
    source: str
    to: str
    protocol: str
    port: int | None
    resolved: str | None = None  # the target's address once resolved (DNS, device, literal)
    id: str | None = None  # the saved flow's id, when one was traced

    @property
    def port_suffix(self) -> str:
        """``:443``, or nothing when the protocol has no port."""
        return f":{self.port}" if self.port else ""

    @property
    def target(self) -> str:
        """The target as typed, with the address it resolved to when that differs."""
        if self.resolved and self.resolved != self.to:
            return f"{self.to} ({self.resolved})"
        return self.to

    def headline(self, *, resolved: bool = False) -> str:
        """``internet-user → web.example.com tcp:443`` (the target's address too with ``resolved``)."""
        target = self.target if resolved else self.to
        return f"{self.source} → {target} {self.protocol}{self.port_suffix}"

    def to_json(self) -> dict[str, Any]:
        """FORMAT.md's ``flow`` object: the sender is ``from`` there, as in the file."""
        out: dict[str, Any] = {}
        if self.id:
            out["id"] = self.id
        out.update({"from": self.source, "to": self.to, "protocol": self.protocol, "port": self.port,
                    "resolved": self.resolved})
        return out
