"""The topology model (no Qt): dataclasses, loading with precise errors, validation, saving."""

from .load import Loaded, load, load_topology, loads
from .problems import ERROR, WARNING, Problem, TopologyError
from .topology import *  # noqa: F403
from .validate import validate
from .writer import dumps, save, to_document

__all__ = [
    "ERROR", "WARNING", "Loaded", "Problem", "TopologyError",
    "dumps", "load", "load_topology", "loads", "save", "to_document", "validate",
]
