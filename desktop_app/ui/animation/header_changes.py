"""What a hop did to the headers: layers added, removed, and fields rewritten (no Qt).

The stack a hop received and the one it sent are matched layer by layer from the inside out
(the inner packet survives encapsulation, tunnels come and go at the outside), by header type
with a longest-common-subsequence so that popping an outer IPv4 (IP-in-IP) pairs the inner
IPv4 with the inner one rather than with the tunnel's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from desktop_app.engine.headers import HeaderStack

# Rewrites of these fields are address or port translation (NAT, kube-proxy, a proxy's new
# connection); the rest (MACs, TTL, lengths) change at every routed hop.
TRANSLATION_FIELDS = {("ipv4", "src"), ("ipv4", "dst"), ("tcp", "sport"), ("tcp", "dport"),
                      ("udp", "sport"), ("udp", "dport")}


@dataclass
class HeaderChanges:
    """Indices refer to ``headers_in`` (removed) and ``headers_out`` (added, changed)."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (in index, out index)
    added: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    changed: dict[int, dict[str, Any]] = field(default_factory=dict)  # out index -> {key: old}
    changed_in: dict[int, dict[str, Any]] = field(default_factory=dict)  # in index -> {key: new}

    def is_translation(self, header_type: str, key: str) -> bool:
        return (header_type, key) in TRANSLATION_FIELDS

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def align(a: HeaderStack, b: HeaderStack) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of same-type headers, innermost first matched, in stack order."""
    ra, rb = list(reversed(a)), list(reversed(b))
    n, m = len(ra), len(rb)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if ra[i].type == rb[j].type:
                lcs[i][j] = lcs[i + 1][j + 1] + 1
            else:
                lcs[i][j] = max(lcs[i + 1][j], lcs[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if ra[i].type == rb[j].type and lcs[i][j] == lcs[i + 1][j + 1] + 1:
            pairs.append((n - 1 - i, m - 1 - j))
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            j += 1
    return sorted(pairs)


def header_changes(headers_in: HeaderStack, headers_out: HeaderStack) -> HeaderChanges:
    """Compare what a hop received with what it sent."""
    out = HeaderChanges()
    if not headers_in or not headers_out:
        return out  # the source builds the packet, the destination consumes it: nothing to diff
    out.pairs = align(headers_in, headers_out)
    matched_in = {i for i, _ in out.pairs}
    matched_out = {j for _, j in out.pairs}
    out.removed = [i for i in range(len(headers_in)) if i not in matched_in]
    out.added = [j for j in range(len(headers_out)) if j not in matched_out]
    for i, j in out.pairs:
        old, new = headers_in[i], headers_out[j]
        diff_old: dict[str, Any] = {}
        diff_new: dict[str, Any] = {}
        for f in fields(old):  # type: ignore[arg-type]
            a, b = getattr(old, f.name), getattr(new, f.name)
            if a != b:
                diff_old[f.name] = a
                diff_new[f.name] = b
        if diff_old:
            out.changed[j] = diff_old
            out.changed_in[i] = diff_new
    return out
