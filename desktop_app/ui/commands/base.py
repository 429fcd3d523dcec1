"""Undo building blocks: primitive edits of model objects and the macro that groups them.

Primitive edits hold references to the model's own lists and objects (never copies), so a
later command in the stack and an earlier one agree on what they touch. A ``Macro`` is
built by applying each child as it is added (so the next child sees the model as it will
be at that point, list indices included) and unapplying them all when building ends; the
undo stack's ``push`` then redoes it. That makes compound edits restore exact list
positions on undo, whatever order they removed things in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.ui.document import Document

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

# Merge id for consecutive moves (QUndoCommand.id); any positive int unique to this project.
MOVE_MERGE_ID = 4001


def _union(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    return None if a is None or b is None else a | b


class Edit(QUndoCommand):
    """One change to the model; notifies the document unless it is a macro's child."""

    def __init__(self, doc: Document, ids: Iterable[str] | None, text: str = ""):
        super().__init__(text)
        self.doc = doc
        self.ids: set[str] | None = None if ids is None else set(ids)
        self.quiet = False  # set by Macro: the macro notifies once for all its children

    def apply(self) -> None:
        raise NotImplementedError

    def unapply(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply()
        if not self.quiet:
            self.doc.notify(self.ids)

    def undo(self) -> None:
        self.unapply()
        if not self.quiet:
            self.doc.notify(self.ids)


class SetAttr(Edit):
    """Set one attribute of a model object."""

    def __init__(self, doc: Document, obj: Any, attr: str, value: Any,
                 ids: Iterable[str] | None, text: str = ""):
        super().__init__(doc, ids, text or translate("commands", "Set {attr}").format(attr=attr))
        self.obj, self.attr, self.new = obj, attr, value
        self.old = getattr(obj, attr)

    def apply(self) -> None:
        setattr(self.obj, self.attr, self.new)

    def unapply(self) -> None:
        setattr(self.obj, self.attr, self.old)


class ListInsert(Edit):
    """Insert an item into a model list at an index (the end with ``None``)."""

    def __init__(self, doc: Document, items: list[Any], index: int | None, item: Any,
                 ids: Iterable[str] | None, text: str = ""):
        super().__init__(doc, ids, text or translate("commands", "Add"))
        self.items, self.item = items, item
        self.index = len(items) if index is None else index

    def apply(self) -> None:
        self.items.insert(self.index, self.item)

    def unapply(self) -> None:
        del self.items[self.index]


class ListRemove(Edit):
    """Remove the item at an index of a model list; undo puts the same object back there."""

    def __init__(self, doc: Document, items: list[Any], index: int,
                 ids: Iterable[str] | None, text: str = ""):
        super().__init__(doc, ids, text or translate("commands", "Remove"))
        if not 0 <= index < len(items):
            raise ValueError(f"there is no row {index + 1} to remove")
        self.items, self.index = items, index
        self.item = items[index]

    def apply(self) -> None:
        del self.items[self.index]

    def unapply(self) -> None:
        self.items.insert(self.index, self.item)


class ListMove(Edit):
    """Move the item at ``src`` so that it ends up at index ``dst``."""

    def __init__(self, doc: Document, items: list[Any], src: int, dst: int,
                 ids: Iterable[str] | None, text: str = ""):
        super().__init__(doc, ids, text or translate("commands", "Move row"))
        if not (0 <= src < len(items) and 0 <= dst < len(items)):
            raise ValueError(f"cannot move row {src + 1} to row {dst + 1}")
        self.items, self.src, self.dst = items, src, dst

    def apply(self) -> None:
        self.items.insert(self.dst, self.items.pop(self.src))

    def unapply(self) -> None:
        self.items.insert(self.src, self.items.pop(self.dst))


class MappingReplace(Edit):
    """Replace a dict's whole content in place, keeping the key order exactly on undo."""

    def __init__(self, doc: Document, mapping: dict[str, Any], new: dict[str, Any],
                 ids: Iterable[str] | None, text: str = ""):
        super().__init__(doc, ids, text or translate("commands", "Edit"))
        self.mapping = mapping
        self.old = list(mapping.items())
        self.new = list(new.items())

    def apply(self) -> None:
        self.mapping.clear()
        self.mapping.update(self.new)

    def unapply(self) -> None:
        self.mapping.clear()
        self.mapping.update(self.old)


class MoveItems(Edit):
    """Write canvas positions into ``Topology.layout``; consecutive moves of the same ids merge."""

    def __init__(self, doc: Document, positions: dict[str, list[float]], text: str = ""):
        super().__init__(doc, positions.keys(), text or _move_text(positions))
        layout = doc.topology.layout
        self.new = {k: list(v) for k, v in positions.items()}
        # None: the id had no position, so undo removes the key (restoring the dict's order).
        self.old = {k: (list(layout[k]) if k in layout else None) for k in positions}

    def id(self) -> int:
        return MOVE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveItems) or other.new.keys() != self.new.keys():
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        layout = self.doc.topology.layout
        for k, v in self.new.items():
            layout[k] = list(v)

    def unapply(self) -> None:
        layout = self.doc.topology.layout
        for k, v in self.old.items():
            if v is None:
                layout.pop(k, None)
            else:
                layout[k] = list(v)


def _move_text(positions: dict[str, Any]) -> str:
    if len(positions) == 1:
        return translate("commands", "Move {id}").format(id=next(iter(positions)))
    return translate("commands", "Move {n} items").format(n=len(positions))


class Macro(QUndoCommand):
    """A compound edit: children applied in order, undone in reverse, one notification.

    Build with ``add`` (which applies the child at once so later children see its effect)
    and finish with ``done`` (which unapplies everything so the stack's ``push`` can redo).
    """

    def __init__(self, doc: Document, text: str):
        super().__init__(text)
        self.doc = doc
        self.children_: list[Edit] = []
        self.ids: set[str] | None = set()
        self._open = True

    def add(self, edit: Edit) -> Edit:
        edit.quiet = True
        edit.apply()
        self.children_.append(edit)
        self.ids = _union(self.ids, edit.ids)
        return edit

    def touch(self, ids: Iterable[str] | None) -> None:
        """Also notify these ids (things whose drawing depends on the edited objects)."""
        self.ids = None if ids is None else _union(self.ids, set(ids))

    def abort(self) -> None:
        """Unapply what was built so far (building failed; the model is left as it was)."""
        for edit in reversed(self.children_):
            edit.unapply()
        self.children_.clear()
        self._open = False

    def done(self) -> Macro:
        for edit in reversed(self.children_):
            edit.unapply()
        self._open = False
        if not self.children_:
            self.setObsolete(True)
        return self

    def redo(self) -> None:
        for edit in self.children_:
            edit.apply()
        self.doc.notify(self.ids)

    def undo(self) -> None:
        for edit in reversed(self.children_):
            edit.unapply()
        self.doc.notify(self.ids)

    def __enter__(self) -> Macro:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
        elif self._open:
            self.done()
