"""Tidy layout: replace every position with the automatic layout, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.diagram.auto_layout import auto_layout
from desktop_app.ui.commands.base import MappingReplace
from desktop_app.ui.document import Document


class TidyLayout(MappingReplace):
    """Set ``Topology.layout`` to the automatic layout; undo restores the old one exactly.

    The layout dict is replaced in place (other commands hold this very dict), and every id
    may move, so the whole canvas is told (``ids=None``).
    """

    def __init__(self, doc: Document):
        layout = doc.topology.layout
        # Copies of the positions: a later edit of one position must not reach into undo.
        old = {k: list(v) for k, v in layout.items()}
        super().__init__(doc, layout, auto_layout(doc.topology), None,
                         QCoreApplication.translate("commands", "Tidy layout"))
        self.old = list(old.items())
