"""Qt's standard key bindings on Linux, Windows and macOS, for the shortcut-clash check.

``QKeySequence.keyBindings`` answers only for the platform the app runs on, yet a shortcut
that is unique here can be ambiguous elsewhere: on Linux Qt's Delete also means Ctrl+D,
which once made duplicate (Ctrl+D) do nothing there. This table holds, for the standard
keys the registry uses, what Qt binds them to under each platform's keyboard scheme (Linux
is the union of Qt's X11, GNOME and KDE schemes), so every action's keys can be resolved
for all three platforms on any machine. A test compares the table with Qt's own answer on
the platform the tests run on.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence

PLATFORMS = ("linux", "windows", "macos")

# StandardKey name → key sequences in Qt's portable text. On macOS "Ctrl" is Command and
# "Meta" is the Control key, as in Qt.
_ALL: dict[str, tuple[str, ...]] = {
    "New": ("Ctrl+N", "New"),
    "Open": ("Ctrl+O", "Open"),
    "Save": ("Ctrl+S", "Save"),
    "SaveAs": ("Ctrl+Shift+S", "Shift+Save"),
    "SelectAll": ("Ctrl+A",),
    "Find": ("Ctrl+F", "Find"),
    "ZoomIn": ("Ctrl++", "Zoom In"),
    "ZoomOut": ("Ctrl+-", "Zoom Out"),
}
STANDARD: dict[str, dict[str, tuple[str, ...]]] = {
    "windows": {
        **_ALL,
        "Quit": (),
        "Undo": ("Ctrl+Z", "Alt+Backspace", "Undo"),
        "Redo": ("Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"),
        "Cut": ("Ctrl+X", "Shift+Del", "Cut"),
        "Copy": ("Ctrl+C", "Ctrl+Ins", "Copy"),
        "Paste": ("Ctrl+V", "Shift+Ins", "Paste"),
        "Delete": ("Del",),
        "Preferences": (),
        "HelpContents": ("F1", "Help"),
    },
    "linux": {
        **_ALL,
        "Quit": ("Ctrl+Q", "Exit"),
        "Undo": ("Ctrl+Z", "F14", "Undo"),
        "Redo": ("Ctrl+Shift+Z", "Ctrl+Y", "Redo"),  # Ctrl+Y: the KDE scheme
        "Cut": ("Ctrl+X", "Shift+Del", "F20", "Cut"),
        "Copy": ("Ctrl+C", "Ctrl+Ins", "F16", "Copy"),
        "Paste": ("Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18", "Paste"),
        "Delete": ("Del", "Ctrl+D"),  # Ctrl+D: Emacs-style delete in line edits
        "Preferences": (),
        "HelpContents": ("F1", "Help"),
    },
    "macos": {
        **_ALL,
        "Quit": ("Ctrl+Q",),
        "Undo": ("Ctrl+Z", "Undo"),
        "Redo": ("Ctrl+Shift+Z", "Redo"),
        "Cut": ("Ctrl+X", "Meta+K", "Cut"),
        "Copy": ("Ctrl+C", "Copy"),
        "Paste": ("Ctrl+V", "Meta+Y", "Paste"),
        "Delete": ("Del", "Meta+D"),
        "Preferences": ("Ctrl+,",),
        "HelpContents": ("Ctrl+?", "Help"),
    },
}


def _portable(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.PortableText)


def sequences(keys: Iterable[QKeySequence.StandardKey | str], platform: str) -> list[str]:
    """An action's keys on ``platform``, standard keys resolved, in portable text."""
    out: list[str] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            texts = STANDARD[platform].get(key.name)
            if texts is None:
                raise KeyError(f"add QKeySequence.{key.name} to key_bindings.STANDARD")
        else:
            texts = (key,)
        for text in texts:
            seq = _portable(text)
            if seq and seq not in out:
                out.append(seq)
    return out


def clashes(specs: Iterable[tuple[str, Iterable[QKeySequence.StandardKey | str]]],
            platform: str) -> list[str]:
    """``"Ctrl+D: edit.delete, edit.duplicate"`` for every key two actions share."""
    owners: dict[str, list[str]] = {}
    for action_id, keys in specs:
        for seq in sequences(keys, platform):
            owners.setdefault(seq, []).append(action_id)
    return [f"{seq}: {', '.join(ids)}" for seq, ids in owners.items() if len(ids) > 1]


_MAC_KEYS = {"Backspace": "⌫", "Del": "⌦", "Esc": "⎋", "Return": "↩", "Left": "←",
             "Right": "→", "Home": "↖", "End": "↘"}
_MAC_MODIFIERS = (("Ctrl+", "⌘"), ("Meta+", "⌃"), ("Alt+", "⌥"), ("Shift+", "⇧"))


def mac_text(portable: str) -> str:
    """``Ctrl+Shift+Z`` as a Mac keyboard shows it: ``⇧⌘Z``."""
    key = portable
    marks = ""
    for text, mark in _MAC_MODIFIERS:
        if text in key:
            key = key.replace(text, "", 1)
            marks += mark
    order = "⌃⌥⇧⌘"  # Apple's order of modifier symbols
    return "".join(sorted(marks, key=order.index)) + _MAC_KEYS.get(key, key)
