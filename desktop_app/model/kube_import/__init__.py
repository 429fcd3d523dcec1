"""Import a real cluster from what ``kubectl`` and ``calicoctl`` print (see docs/import.md).

``plan_import(topology, paths)`` reads the dumps and returns an ``ImportPlan``: the changes
(to apply, or to turn into one undo step) and a ``Report`` of what was added, changed,
removed and ignored. Bad input raises ``DumpError`` with one sentence placed by file,
document and field path. No Qt here: the command line and the desktop app share it.
"""

from .changes import Append, Assign, Change, Forget, Place, Remove
from .parse import DumpError
from .plan import ImportPlan, plan_import, plan_objects, read_objects
from .report import Line, Report

__all__ = [
    "Append", "Assign", "Change", "DumpError", "Forget", "ImportPlan", "Line", "Place", "Remove",
    "Report", "plan_import", "plan_objects", "read_objects",
]
