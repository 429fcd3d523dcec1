"""The inspector dock: a form per kind for the selection, with tables for rule lists."""

from .dock import InspectorDock

__all__ = ["InspectorDock"]
