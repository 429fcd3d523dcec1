"""The edits an import makes, as plain operations on the model's own objects and lists.

The command line applies them and saves; the desktop app turns each into an undoable edit
of the same object, so both make exactly the same change. ``apply`` remembers what it
replaced so ``revert`` can put the model back (the import checks the result, then reverts
before anything is shown or saved).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Assign:
    """Set ``obj.attr`` to ``value``."""

    obj: Any
    attr: str
    value: Any
    old: Any = field(default=None, repr=False)

    def apply(self) -> None:
        self.old = getattr(self.obj, self.attr)
        setattr(self.obj, self.attr, self.value)

    def revert(self) -> None:
        setattr(self.obj, self.attr, self.old)


@dataclass(eq=False)
class Append:
    """Add ``item`` at the end of a model list."""

    items: list[Any]
    item: Any

    def apply(self) -> None:
        self.items.append(self.item)

    def revert(self) -> None:
        for i in range(len(self.items) - 1, -1, -1):
            if self.items[i] is self.item:
                del self.items[i]
                return


@dataclass(eq=False)
class Remove:
    """Take ``item`` (that very object) out of a model list."""

    items: list[Any]
    item: Any
    index: int = field(default=-1, repr=False)

    def apply(self) -> None:
        self.index = next(i for i, x in enumerate(self.items) if x is self.item)
        del self.items[self.index]

    def revert(self) -> None:
        self.items.insert(self.index, self.item)


@dataclass(eq=False)
class Forget:
    """Drop a key from a mapping (a removed device's place in the layout)."""

    mapping: dict[str, Any]
    key: str
    old: Any = field(default=None, repr=False)
    index: int = field(default=-1, repr=False)

    def apply(self) -> None:
        keys = list(self.mapping)
        self.index = keys.index(self.key) if self.key in self.mapping else -1
        self.old = self.mapping.pop(self.key, None)

    def revert(self) -> None:
        if self.index < 0:
            return
        items = list(self.mapping.items())
        items.insert(self.index, (self.key, self.old))
        self.mapping.clear()
        self.mapping.update(items)


@dataclass(eq=False)
class Place:
    """Give a new device its place in the layout (a key the layout does not have yet)."""

    mapping: dict[str, Any]
    key: str
    value: list[float]

    def apply(self) -> None:
        self.mapping[self.key] = list(self.value)

    def revert(self) -> None:
        self.mapping.pop(self.key, None)


Change = Assign | Append | Remove | Forget | Place


def apply_all(changes: list[Change]) -> None:
    for change in changes:
        change.apply()


def revert_all(changes: list[Change]) -> None:
    for change in reversed(changes):
        change.revert()
