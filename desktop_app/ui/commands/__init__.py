"""Undoable edits of the open topology.

Each function checks its arguments (raising ``ValueError`` with a sentence a user can
read), then returns a ``QUndoCommand`` for the caller to push with
``doc.undo_stack.push(cmd)``. Commands change only the model and call ``doc.notify(ids)``
after redo and undo; compound edits are macros that restore exact list positions.
Targets and field paths are described in ``references`` and ``fields``.
"""

from desktop_app.model.editing.addressing import check_id, next_free_address
from desktop_app.model.editing.references import TOPOLOGY, find

from .clipboard import copy_text, duplicate, paste
from .fields import add_list_item, move_list_item, parse_path, remove_list_item, set_field
from .structure import (
    add_device,
    add_flow,
    add_network,
    add_zone,
    connect,
    delete,
    disconnect,
    move_items,
    rename,
    set_host,
    set_node,
)
from .view_state import set_collapsed

__all__ = [
    "TOPOLOGY", "add_device", "add_flow", "add_list_item", "add_network", "add_zone",
    "check_id", "connect", "copy_text", "delete", "disconnect", "duplicate", "find",
    "move_items", "move_list_item", "next_free_address", "parse_path", "paste",
    "remove_list_item", "rename", "set_collapsed", "set_field", "set_host", "set_node",
]
