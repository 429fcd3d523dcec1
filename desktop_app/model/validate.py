"""Semantic checks on a built model (references, addresses, VNIs, tunnels…)."""

from __future__ import annotations

from . import topology as t
from .problems import Problem


def validate(topology: t.Topology) -> list[Problem]:
    """Every problem of the model, errors and warnings, by document path."""
    return []
