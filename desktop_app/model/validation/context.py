"""One validation pass: the topology, the indexes every check shares, the problems found."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import messages as M
from ..problems import ERROR, WARNING, Problem, closest
from ..topology import Cluster, Device, Network, Topology, Zone

# Suggestions cost a fuzzy search over every id; past this many a broken file stops paying.
_SUGGESTION_BUDGET = 100

Net = tuple[int, int]  # (network address as an int, prefix length)


class Context:
    """The indexes the checks build once and share, and the problems reported so far."""

    def __init__(self, topology: Topology) -> None:
        self.topo = topology
        self.problems: list[Problem] = []
        self.suggestions_left = _SUGGESTION_BUDGET
        self.ip_cache: dict[str, int | None] = {}
        self.duplicated: set[str] = set()
        # First occurrence of each id wins; duplicates are reported once, where they repeat.
        self.kind_of_id: dict[str, str] = {}
        self.zones: dict[str, Zone] = {}
        self.zone_index: dict[str, int] = {}
        self.networks: dict[str, Network] = {}
        self.network_index: dict[str, int] = {}
        self.devices: dict[str, Device] = {}
        self.device_index: dict[str, int] = {}
        self.clusters: dict[str, Cluster] = {}
        self.net_cidr: dict[str, Net] = {}
        self.cluster_pod_cidr: dict[str, Net] = {}
        # (L2 domain, address) → path of its first owner; bridged networks share a domain.
        self.domain: dict[str, str] = {}
        self.address_owner: dict[tuple[str, int], str] = {}
        self.held_addresses: set[int] = set()
        self.pending_next_hops: list[tuple[str, str, str, int, str]] = []
        self.records: dict[str, list[str]] = {}
        self.pods_by_cluster: dict[str, list[Device]] = {}
        self.vtep_count: dict[str, int] = {}
        self.transport_networks: set[str] = set()
        self.vxlan_guests: dict[str, tuple[str, str]] = {}

    def error(
        self, path: str, said: str | M.Phrase, subject: str | None = None, /, **params: Any
    ) -> None:
        """Report an error: a template (``messages``) and its parameters, or a ready phrase."""
        self.problems.append(_problem(path, said, ERROR, subject, params))

    def warn(
        self, path: str, said: str | M.Phrase, subject: str | None = None, /, **params: Any
    ) -> None:
        """Report a warning: a template (``messages``) and its parameters, or a ready phrase."""
        self.problems.append(_problem(path, said, WARNING, subject, params))

    def suggest(self, word: str, choices: Iterable[str]) -> M.Phrase | None:
        """``; did you mean 'x'?`` while the suggestion budget lasts and a choice is close."""
        if self.suggestions_left <= 0:
            return None
        self.suggestions_left -= 1
        near = closest(word, choices)
        return M.phrase(M.SUGGESTION, near=near) if near is not None else None


def _problem(
    path: str, said: str | M.Phrase, severity: str, subject: str | None, params: dict[str, Any]
) -> Problem:
    phrase = said if isinstance(said, M.Phrase) else M.Phrase(said, tuple(params.items()))
    return Problem(path, str(phrase), severity, subject=subject, template=phrase.template,
                   params=phrase.params)
