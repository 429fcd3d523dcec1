"""One validation pass: the topology, the indexes every check shares, the problems found."""

from __future__ import annotations

from collections.abc import Iterable

from .. import topology as t
from ..problems import ERROR, WARNING, Problem, did_you_mean

# Suggestions cost a fuzzy search over every id; past this many a broken file stops paying.
_SUGGESTION_BUDGET = 100

Net = tuple[int, int]  # (network address as an int, prefix length)


class Context:
    """The indexes the checks build once and share, and the problems reported so far."""

    def __init__(self, topology: t.Topology) -> None:
        self.topo = topology
        self.problems: list[Problem] = []
        self.suggestions_left = _SUGGESTION_BUDGET
        self.ip_cache: dict[str, int | None] = {}
        self.duplicated: set[str] = set()
        # First occurrence of each id wins; duplicates are reported once, where they repeat.
        self.kind_of_id: dict[str, str] = {}
        self.zones: dict[str, t.Zone] = {}
        self.zone_index: dict[str, int] = {}
        self.networks: dict[str, t.Network] = {}
        self.network_index: dict[str, int] = {}
        self.devices: dict[str, t.Device] = {}
        self.device_index: dict[str, int] = {}
        self.clusters: dict[str, t.Cluster] = {}
        self.net_cidr: dict[str, Net] = {}
        self.cluster_pod_cidr: dict[str, Net] = {}
        # (L2 domain, address) → path of its first owner; bridged networks share a domain.
        self.domain: dict[str, str] = {}
        self.address_owner: dict[tuple[str, int], str] = {}
        self.held_addresses: set[int] = set()
        self.pending_next_hops: list[tuple[str, str, str, int, str]] = []
        self.records: dict[str, list[str]] = {}
        self.pods_by_cluster: dict[str, list[t.Device]] = {}
        self.vtep_count: dict[str, int] = {}
        self.transport_networks: set[str] = set()
        self.vxlan_guests: dict[str, tuple[str, str]] = {}

    def error(self, path: str, message: str, subject: str | None = None) -> None:
        self.problems.append(Problem(path, message, ERROR, subject=subject))

    def warn(self, path: str, message: str, subject: str | None = None) -> None:
        self.problems.append(Problem(path, message, WARNING, subject=subject))

    def suggest(self, word: str, choices: Iterable[str]) -> str:
        """``; did you mean 'x'?`` while the suggestion budget lasts, else ``""``."""
        if self.suggestions_left <= 0:
            return ""
        self.suggestions_left -= 1
        return did_you_mean(word, choices)
