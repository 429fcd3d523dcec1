"""Collapse or expand a zone, an ESXi host or a Kubernetes node: a view change, undoable like
any edit, saved in the layout (``model/view_state``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.model.view_state import COLLAPSIBLE_KINDS, is_collapsed, with_flag
from desktop_app.ui.document import Document


class SetCollapsed(QUndoCommand):
    """Set the collapsed flag on one layout entry; undo restores the entry exactly."""

    def __init__(self, doc: Document, item_id: str, new: list[float], text: str):
        super().__init__(text)
        self.doc = doc
        self.item_id = item_id
        old = doc.topology.layout.get(item_id)
        self.old = None if old is None else list(old)
        self.new = new

    def redo(self) -> None:
        self.doc.topology.layout[self.item_id] = list(self.new)
        self.doc.notify({self.item_id})

    def undo(self) -> None:
        if self.old is None:
            self.doc.topology.layout.pop(self.item_id, None)
        else:
            self.doc.topology.layout[self.item_id] = list(self.old)
        self.doc.notify({self.item_id})


def set_collapsed(doc: Document, item_id: str, collapsed: bool,
                  drawn_at: Sequence[float]) -> SetCollapsed:
    """The command that collapses (or expands) ``item_id``; ``drawn_at`` is where it is
    drawn now: a zone's rectangle or a host's or node's position, kept with the flag."""
    topo = doc.topology
    zone = topo.zone(item_id) is not None
    device = topo.device(item_id)
    if not zone and (device is None or device.kind not in COLLAPSIBLE_KINDS):
        raise ValueError(QCoreApplication.translate(
            "commands", "only zones, ESXi hosts and Kubernetes nodes can be collapsed, "
            "not '{id}'").format(id=item_id))
    if is_collapsed(topo, item_id) == collapsed:
        raise ValueError((QCoreApplication.translate("commands", "'{id}' is already collapsed") if collapsed
                          else QCoreApplication.translate("commands", "'{id}' is already expanded"))
                         .format(id=item_id))
    entry = topo.layout.get(item_id) or list(drawn_at)
    if len(entry) < (4 if zone else 2):
        entry = list(drawn_at)
    text = (QCoreApplication.translate("commands", "Collapse {id}") if collapsed
            else QCoreApplication.translate("commands", "Expand {id}")).format(id=item_id)
    return SetCollapsed(doc, item_id, with_flag(entry, zone, collapsed), text)
