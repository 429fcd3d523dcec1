"""Every menu and keyboard action of the main window, registered in one place.

Each action has an id (its ``objectName``, so tests and the shortcuts page find it), a
label, Qt's standard shortcut where one exists, a tooltip and a status tip. Controllers
connect to the actions by id; the menus are built from ``MENUS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey
_MNEMONIC = re.compile(r"\s*\(&\w\)")  # the "(&F)" that follows a Chinese menu label


def tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("actions", …)``, in the current language."""
    return QCoreApplication.translate("actions", text)


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    tip: str
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    checkable: bool = False
    checked: bool = False
    group: str = ""  # checkable actions of one group exclude each other


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("file.new", QT_TRANSLATE_NOOP("actions", "&New"),
               QT_TRANSLATE_NOOP("actions", "Start a new, empty topology"),
               (Key.New,)),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("actions", "&Open…"),
               QT_TRANSLATE_NOOP("actions", "Open a topology file"),
               (Key.Open,)),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("actions", "&Save"),
               QT_TRANSLATE_NOOP("actions", "Save the topology and its layout"),
               (Key.Save,)),
    ActionSpec("file.save_as", QT_TRANSLATE_NOOP("actions", "Save &As…"),
               QT_TRANSLATE_NOOP("actions", "Save the topology under a new name"),
               (Key.SaveAs, "Ctrl+Shift+S")),
    ActionSpec("file.clear_recent", QT_TRANSLATE_NOOP("actions", "Clear Recent Files"),
               QT_TRANSLATE_NOOP("actions", "Forget the list of recent files")),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("actions", "&Quit"),
               QT_TRANSLATE_NOOP("actions", "Close the window (asks to save changes first)"),
               (Key.Quit, "Ctrl+Q")),
    # Edit
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("actions", "&Undo"),
               QT_TRANSLATE_NOOP("actions", "Undo the last change"),
               (Key.Undo,)),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("actions", "&Redo"),
               QT_TRANSLATE_NOOP("actions", "Redo the change just undone"),
               (Key.Redo, "Ctrl+Shift+Z")),
    ActionSpec("edit.cut", QT_TRANSLATE_NOOP("actions", "Cu&t"),
               QT_TRANSLATE_NOOP("actions", "Copy the selection to the clipboard and delete it"),
               (Key.Cut,)),
    ActionSpec("edit.copy", QT_TRANSLATE_NOOP("actions", "&Copy"),
               QT_TRANSLATE_NOOP("actions", "Copy the selection to the clipboard (as YAML)"),
               (Key.Copy,)),
    ActionSpec("edit.paste", QT_TRANSLATE_NOOP("actions", "&Paste"),
               QT_TRANSLATE_NOOP("actions", "Paste devices and networks from the clipboard"),
               (Key.Paste,)),
    ActionSpec("edit.duplicate", QT_TRANSLATE_NOOP("actions", "D&uplicate"),
               QT_TRANSLATE_NOOP("actions", "Copy the selection beside itself with new ids "
                                          "and addresses"),
               ("Ctrl+D",)),
    ActionSpec("edit.delete", QT_TRANSLATE_NOOP("actions", "&Delete"),
               QT_TRANSLATE_NOOP("actions", "Delete the selection with its links "
                                          "(and a host's VMs)"),
               (Key.Delete,)),
    ActionSpec("edit.rename", QT_TRANSLATE_NOOP("actions", "Re&name…"),
               QT_TRANSLATE_NOOP("actions", "Rename the selected object; every reference follows"),
               ("F2",)),
    ActionSpec("edit.select_all", QT_TRANSLATE_NOOP("actions", "Select &All"),
               QT_TRANSLATE_NOOP("actions", "Select every device and network"),
               (Key.SelectAll,)),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("actions", "&Find…"),
               QT_TRANSLATE_NOOP("actions", "Find a device by id, label or IP address"),
               (Key.Find,)),
    ActionSpec("edit.tidy", QT_TRANSLATE_NOOP("actions", "&Tidy Layout"),
               QT_TRANSLATE_NOOP("actions", "Arrange everything automatically (undoable)"),
               ("Ctrl+Shift+L",)),
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("actions", "Pre&ferences…"),
               QT_TRANSLATE_NOOP("actions", "Language, theme, animation speed, "
                                          "labels and autosave"),
               (Key.Preferences, "Ctrl+,")),
    # View
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("actions", "Zoom &In"),
               QT_TRANSLATE_NOOP("actions", "Zoom in (or Ctrl+wheel)"),
               (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("actions", "Zoom &Out"),
               QT_TRANSLATE_NOOP("actions", "Zoom out (or Ctrl+wheel)"),
               (Key.ZoomOut,)),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("actions", "&Actual Size"),
               QT_TRANSLATE_NOOP("actions", "Zoom to 100 %"),
               ("Ctrl+0",)),
    ActionSpec("view.fit", QT_TRANSLATE_NOOP("actions", "&Fit to View"),
               QT_TRANSLATE_NOOP("actions", "Show the whole topology"),
               ("Ctrl+1",)),
    ActionSpec("view.zoom_selection", QT_TRANSLATE_NOOP("actions", "Zoom to &Selection"),
               QT_TRANSLATE_NOOP("actions", "Zoom to the selected items"),
               ("Ctrl+2",)),
    ActionSpec("view.link_labels", QT_TRANSLATE_NOOP("actions", "Show &Link Labels"),
               QT_TRANSLATE_NOOP("actions", "Show interface names and addresses on links"),
               ("Ctrl+L",), checkable=True, checked=True),
    ActionSpec("view.collapse", QT_TRANSLATE_NOOP("actions", "&Collapse or Expand"),
               QT_TRANSLATE_NOOP("actions", "Draw the selected zones, ESXi hosts and nodes as "
                                 "one box, or open them again"),
               ("Ctrl+Shift+C",)),
    ActionSpec("view.only_path", QT_TRANSLATE_NOOP("actions", "Show Only the &Path"),
               QT_TRANSLATE_NOOP("actions", "Dim everything off the current flow's path"),
               ("Ctrl+Shift+P",), checkable=True),
    ActionSpec("view.theme_system", QT_TRANSLATE_NOOP("actions", "&System Theme"),
               QT_TRANSLATE_NOOP("actions", "Follow the desktop's light or dark setting"),
               checkable=True, group="theme"),
    ActionSpec("view.theme_light", QT_TRANSLATE_NOOP("actions", "&Light Theme"),
               QT_TRANSLATE_NOOP("actions", "Use the light theme"),
               checkable=True, group="theme"),
    ActionSpec("view.theme_dark", QT_TRANSLATE_NOOP("actions", "&Dark Theme"),
               QT_TRANSLATE_NOOP("actions", "Use the dark theme"),
               checkable=True, group="theme"),
    # Help
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"),
               QT_TRANSLATE_NOOP("actions", "List every keyboard shortcut and mouse gesture"),
               (Key.HelpContents,)),
    ActionSpec("help.welcome", QT_TRANSLATE_NOOP("actions", "&Welcome"),
               QT_TRANSLATE_NOOP("actions", "Open the reference sample or take the guided tour")),
    ActionSpec("help.tour", QT_TRANSLATE_NOOP("actions", "Guided &Tour"),
               QT_TRANSLATE_NOOP("actions", "One minute: choose a flow, play it, "
                                          "step it, read a header")),
    ActionSpec("help.file_format", QT_TRANSLATE_NOOP("actions", "&File Format"),
               QT_TRANSLATE_NOOP("actions", "How a topology file is written")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("actions", "&About hybridviz"),
               QT_TRANSLATE_NOOP("actions", "Version and licences")),
)

# Menu layout: ids, "-" for a separator, ("Title", [...]) for a submenu, "@name" for a
# placeholder a controller fills (recent files, panels). Titles are translated where shown.
MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TRANSLATE_NOOP("actions", "&File"),
     ("file.new", "file.open", (QT_TRANSLATE_NOOP("actions", "Open &Recent"), ("@recent",)),
      "-", "file.save", "file.save_as", "-", "file.quit")),
    (QT_TRANSLATE_NOOP("actions", "&Edit"),
     ("edit.undo", "edit.redo", "-", "edit.cut", "edit.copy", "edit.paste", "edit.duplicate",
      "edit.delete", "-", "edit.rename", "edit.select_all", "edit.find", "-", "edit.tidy", "-",
      "edit.preferences")),
    (QT_TRANSLATE_NOOP("actions", "&View"),
     ("view.zoom_in", "view.zoom_out", "view.zoom_reset", "view.fit", "view.zoom_selection", "-",
      "view.link_labels", "view.collapse", "view.only_path", "-",
      (QT_TRANSLATE_NOOP("actions", "&Theme"),
       ("view.theme_system", "view.theme_light", "view.theme_dark")),
      (QT_TRANSLATE_NOOP("actions", "&Panels"), ("@panels",)))),
    (QT_TRANSLATE_NOOP("actions", "&Help"),
     ("help.welcome", "help.tour", "-", "help.shortcuts", "help.file_format", "-",
      "help.about")),
)

# Gestures that are not menu actions, for the shortcuts page.
GESTURES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("actions", "Ctrl + mouse wheel"),
     QT_TRANSLATE_NOOP("actions", "Zoom around the cursor")),
    (QT_TRANSLATE_NOOP("actions", "Middle-drag, or Space + drag"),
     QT_TRANSLATE_NOOP("actions", "Pan the canvas")),
    (QT_TRANSLATE_NOOP("actions", "Drag on empty canvas"),
     QT_TRANSLATE_NOOP("actions", "Select with a rubber band (Ctrl adds to the selection)")),
    (QT_TRANSLATE_NOOP("actions", "Drag a selected item"),
     QT_TRANSLATE_NOOP("actions", "Move it (a host takes its VMs along)")),
    (QT_TRANSLATE_NOOP("actions", "Drag a VM into another host's box"),
     QT_TRANSLATE_NOOP("actions", "Run it on that host (a pod into a node: schedule it there)")),
    (QT_TRANSLATE_NOOP("actions", "Drag from a device's + handle, or Shift + drag"),
     QT_TRANSLATE_NOOP("actions", "Connect the device to the network you drop on")),
    (QT_TRANSLATE_NOOP("actions", "Drag from the palette, or click an entry"),
     QT_TRANSLATE_NOOP("actions", "Add a device or network")),
    (QT_TRANSLATE_NOOP("actions", "Drop a .yaml file on the window"),
     QT_TRANSLATE_NOOP("actions", "Open it")),
    (QT_TRANSLATE_NOOP("actions", "Escape (in the find bar)"),
     QT_TRANSLATE_NOOP("actions", "Close the find bar")),
)


@dataclass
class ActionRegistry:
    """The window's actions by id."""

    actions: dict[str, QAction] = field(default_factory=dict)

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def __iter__(self):
        return iter(self.actions.values())

    def specs(self) -> tuple[ActionSpec, ...]:
        return SPECS


def create_actions(parent: QObject) -> ActionRegistry:
    """A QAction for every spec, owned by ``parent`` (the main window)."""
    from PySide6.QtGui import QActionGroup

    registry = ActionRegistry()
    groups: dict[str, QActionGroup] = {}
    for spec in SPECS:
        action = QAction(parent)
        action.setObjectName(spec.id)
        keys: list[QKeySequence] = []
        for k in spec.keys:
            seqs = QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) \
                else [QKeySequence(k)]
            for seq in seqs:
                if not seq.isEmpty() and seq not in keys:
                    keys.append(seq)
        action.setShortcuts(keys)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        if spec.group:
            group = groups.setdefault(spec.group, QActionGroup(parent))
            group.addAction(action)
        registry.actions[spec.id] = action
    retranslate_actions(registry)
    return registry


def retranslate_actions(registry: ActionRegistry) -> None:
    """Give every spec's action its label, tooltip and status tip in the current language."""
    for spec in SPECS:
        action = registry.actions.get(spec.id)
        if action is None:
            continue
        action.setText(tr(spec.text))
        tip = tr(spec.tip)
        keys = action.shortcuts()
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)


def shortcut_rows(registry: ActionRegistry, extra: list[QAction] | None = None
                  ) -> list[tuple[str, str, str]]:
    """(action, keys, what it does) for every action and gesture, for the shortcuts page."""
    rows = []
    for action in [*registry, *(extra or [])]:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        # "&Open…" and "打开(&O)…" both read without their mnemonic
        name = _MNEMONIC.sub("", action.text()).replace("&", "").rstrip("…")
        rows.append((name, keys or "—", action.statusTip()))
    for gesture, what in GESTURES:
        rows.append((tr(what), tr(gesture), ""))
    return rows


def shortcuts_dialog(parent, registry: ActionRegistry, extra: list[QAction] | None = None):
    """Help → Keyboard Shortcuts: a table of every action's keys and every mouse gesture."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QDialog,
        QDialogButtonBox,
        QHeaderView,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setObjectName("shortcuts_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("actions", "Keyboard Shortcuts"))
    rows = shortcut_rows(registry, extra)
    table = QTableWidget(len(rows), 3, dialog)
    table.setObjectName("shortcuts_table")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("actions", "Action"),
                                     QCoreApplication.translate("actions", "Keys"),
                                     QCoreApplication.translate("actions", "What it does")])
    for r, (name, keys, what) in enumerate(rows):
        for c, text in enumerate((name, keys, what)):
            table.setItem(r, c, QTableWidgetItem(text))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(760, 560)
    return dialog
