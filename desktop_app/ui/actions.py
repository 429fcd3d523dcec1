"""Every menu and keyboard action of the main window, registered in one place.

Each action has an id (its ``objectName``, so tests and the shortcuts page find it), a
label, Qt's standard shortcut where one exists, a tooltip and a status tip. Controllers
connect to the actions by id; the menus are built from ``MENUS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


def tr(text: str) -> str:
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
    ActionSpec("file.new", "&New", "Start a new, empty topology", (Key.New,)),
    ActionSpec("file.open", "&Open…", "Open a topology file", (Key.Open,)),
    ActionSpec("file.save", "&Save", "Save the topology and its layout", (Key.Save,)),
    ActionSpec("file.save_as", "Save &As…", "Save the topology under a new name",
               (Key.SaveAs, "Ctrl+Shift+S")),
    ActionSpec("file.clear_recent", "Clear Recent Files", "Forget the list of recent files"),
    ActionSpec("file.quit", "&Quit", "Close the window (asks to save changes first)",
               (Key.Quit, "Ctrl+Q")),
    # Edit
    ActionSpec("edit.undo", "&Undo", "Undo the last change", (Key.Undo,)),
    ActionSpec("edit.redo", "&Redo", "Redo the change just undone", (Key.Redo, "Ctrl+Shift+Z")),
    ActionSpec("edit.cut", "Cu&t", "Copy the selection to the clipboard and delete it", (Key.Cut,)),
    ActionSpec("edit.copy", "&Copy", "Copy the selection to the clipboard (as YAML)", (Key.Copy,)),
    ActionSpec("edit.paste", "&Paste", "Paste devices and networks from the clipboard",
               (Key.Paste,)),
    ActionSpec("edit.duplicate", "D&uplicate", "Copy the selection beside itself with new ids "
               "and addresses", ("Ctrl+D",)),
    ActionSpec("edit.delete", "&Delete", "Delete the selection with its links (and a host's "
               "VMs)", (Key.Delete,)),
    ActionSpec("edit.rename", "Re&name…", "Rename the selected object; every reference follows",
               ("F2",)),
    ActionSpec("edit.select_all", "Select &All", "Select every device and network",
               (Key.SelectAll,)),
    ActionSpec("edit.find", "&Find…", "Find a device by id, label or IP address", (Key.Find,)),
    ActionSpec("edit.tidy", "&Tidy Layout", "Arrange everything automatically (undoable)",
               ("Ctrl+Shift+L",)),
    ActionSpec("edit.preferences", "Pre&ferences…", "Language, theme, animation speed, labels "
               "and autosave", (Key.Preferences, "Ctrl+,")),
    # View
    ActionSpec("view.zoom_in", "Zoom &In", "Zoom in (or Ctrl+wheel)", (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("view.zoom_out", "Zoom &Out", "Zoom out (or Ctrl+wheel)", (Key.ZoomOut,)),
    ActionSpec("view.zoom_reset", "&Actual Size", "Zoom to 100 %", ("Ctrl+0",)),
    ActionSpec("view.fit", "&Fit to View", "Show the whole topology", ("Ctrl+1",)),
    ActionSpec("view.zoom_selection", "Zoom to &Selection", "Zoom to the selected items",
               ("Ctrl+2",)),
    ActionSpec("view.link_labels", "Show &Link Labels", "Show interface names and addresses on "
               "links", ("Ctrl+L",), checkable=True, checked=True),
    ActionSpec("view.theme_system", "&System Theme", "Follow the desktop's light or dark "
               "setting", checkable=True, group="theme"),
    ActionSpec("view.theme_light", "&Light Theme", "Use the light theme", checkable=True,
               group="theme"),
    ActionSpec("view.theme_dark", "&Dark Theme", "Use the dark theme", checkable=True,
               group="theme"),
    # Help
    ActionSpec("help.shortcuts", "&Keyboard Shortcuts", "List every keyboard shortcut and "
               "mouse gesture", (Key.HelpContents,)),
    ActionSpec("help.welcome", "&Welcome", "Open the reference sample or take the guided tour"),
    ActionSpec("help.tour", "Guided &Tour", "One minute: choose a flow, play it, step it, read a "
               "header"),
    ActionSpec("help.file_format", "&File Format", "How a topology file is written"),
    ActionSpec("help.about", "&About hybridviz", "Version and licences"),
)

# Menu layout: ids, "-" for a separator, ("Title", [...]) for a submenu, "@name" for a
# placeholder a controller fills (recent files, panels).
MENUS: tuple[tuple[str, tuple], ...] = (
    ("&File", ("file.new", "file.open", ("Open &Recent", ("@recent",)), "-", "file.save",
               "file.save_as", "-", "file.quit")),
    ("&Edit", ("edit.undo", "edit.redo", "-", "edit.cut", "edit.copy", "edit.paste",
               "edit.duplicate", "edit.delete", "-", "edit.rename", "edit.select_all",
               "edit.find", "-", "edit.tidy", "-", "edit.preferences")),
    ("&View", ("view.zoom_in", "view.zoom_out", "view.zoom_reset", "view.fit",
               "view.zoom_selection", "-", "view.link_labels", "-",
               ("&Theme", ("view.theme_system", "view.theme_light", "view.theme_dark")),
               ("&Panels", ("@panels",)))),
    ("&Help", ("help.welcome", "help.tour", "-", "help.shortcuts", "help.file_format", "-",
               "help.about")),
)

# Gestures that are not menu actions, for the shortcuts page.
GESTURES: tuple[tuple[str, str], ...] = (
    ("Ctrl + mouse wheel", "Zoom around the cursor"),
    ("Middle-drag, or Space + drag", "Pan the canvas"),
    ("Drag on empty canvas", "Select with a rubber band (Ctrl adds to the selection)"),
    ("Drag a selected item", "Move it (a host takes its VMs along)"),
    ("Drag a VM into another host's box", "Run it on that host (a pod into a node: schedule it "
     "there)"),
    ("Drag from a device's + handle, or Shift + drag", "Connect the device to the network you "
     "drop on"),
    ("Drag from the palette, or click an entry", "Add a device or network"),
    ("Drop a .yaml file on the window", "Open it"),
    ("Escape (in the find bar)", "Close the find bar"),
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
        action = QAction(tr(spec.text), parent)
        action.setObjectName(spec.id)
        keys: list[QKeySequence] = []
        for k in spec.keys:
            seqs = QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) \
                else [QKeySequence(k)]
            for seq in seqs:
                if not seq.isEmpty() and seq not in keys:
                    keys.append(seq)
        action.setShortcuts(keys)
        tip = tr(spec.tip)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        if spec.group:
            group = groups.setdefault(spec.group, QActionGroup(parent))
            group.addAction(action)
        registry.actions[spec.id] = action
    return registry


def shortcut_rows(registry: ActionRegistry, extra: list[QAction] | None = None
                  ) -> list[tuple[str, str, str]]:
    """(action, keys, what it does) for every action and gesture, for the shortcuts page."""
    rows = []
    for action in [*registry, *(extra or [])]:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        name = action.text().replace("&", "").rstrip("…")
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
    dialog.setWindowTitle(tr("Keyboard Shortcuts"))
    rows = shortcut_rows(registry, extra)
    table = QTableWidget(len(rows), 3, dialog)
    table.setObjectName("shortcuts_table")
    table.setHorizontalHeaderLabels([tr("Action"), tr("Keys"), tr("What it does")])
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
