"""Every menu and keyboard action of the app, registered in one place.

Each action has an id (its ``objectName``, so tests and the shortcuts page find it), a
label, Qt's standard shortcut where one exists, an icon where one helps, a tooltip and a
status tip. The window's own actions are ``SPECS``; a feature that brings its own actions
(the animation) registers its specs here with ``register``, so the shortcuts page, the
shortcut-clash check and ``docs/shortcuts.md`` read one list: ``all_specs()``. Controllers
connect to the actions by id; the menus are built from ``MENUS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

Key = QKeySequence.StandardKey
Icon = QStyle.StandardPixmap
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
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    checked: bool = False
    group: str = ""  # checkable actions of one group exclude each other
    context: str = "actions"  # the translation context of text and tip
    keys_in_tip: bool = False  # the tip names its keys itself ("… (Space)")


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("file.new", QT_TRANSLATE_NOOP("actions", "&New"),
               QT_TRANSLATE_NOOP("actions", "Start a new, empty topology"),
               (Key.New,), Icon.SP_FileIcon),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("actions", "&Open…"),
               QT_TRANSLATE_NOOP("actions", "Open a topology file"),
               (Key.Open,), Icon.SP_DialogOpenButton),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("actions", "&Save"),
               QT_TRANSLATE_NOOP("actions", "Save the topology and its layout"),
               (Key.Save,), Icon.SP_DialogSaveButton),
    ActionSpec("file.save_as", QT_TRANSLATE_NOOP("actions", "Save &As…"),
               QT_TRANSLATE_NOOP("actions", "Save the topology under a new name"),
               (Key.SaveAs, "Ctrl+Shift+S")),
    ActionSpec("file.import_kubernetes", QT_TRANSLATE_NOOP("actions", "&Kubernetes Objects…"),
               QT_TRANSLATE_NOOP("actions", "Bring in nodes, pods, services, ingresses and Calico "
                                          "IP pools from kubectl output (previewed, one undo "
                                          "step)")),
    ActionSpec("file.compare", QT_TRANSLATE_NOOP("actions", "Co&mpare With…"),
               QT_TRANSLATE_NOOP("actions", "List the flows whose outcome or path differs from "
                                          "another file or the last saved version")),
    ActionSpec("file.clear_recent", QT_TRANSLATE_NOOP("actions", "Clear Recent Files"),
               QT_TRANSLATE_NOOP("actions", "Forget the list of recent files")),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("actions", "&Quit"),
               QT_TRANSLATE_NOOP("actions", "Close the window (asks to save changes first)"),
               (Key.Quit, "Ctrl+Q")),
    # Edit
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("actions", "&Undo"),
               QT_TRANSLATE_NOOP("actions", "Undo the last change"),
               (Key.Undo,), Icon.SP_ArrowBack),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("actions", "&Redo"),
               QT_TRANSLATE_NOOP("actions", "Redo the change just undone"),
               (Key.Redo, "Ctrl+Shift+Z"), Icon.SP_ArrowForward),
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
               # Del, and Backspace (the key macOS keyboards label delete); not Qt's
               # standard Delete, which on Linux also means Ctrl+D (duplicate).
               ("Del", "Backspace"), Icon.SP_TrashIcon),
    ActionSpec("edit.rename", QT_TRANSLATE_NOOP("actions", "Re&name…"),
               QT_TRANSLATE_NOOP("actions", "Rename the selected object; every reference follows"),
               ("F2",)),
    ActionSpec("edit.select_all", QT_TRANSLATE_NOOP("actions", "Select &All"),
               QT_TRANSLATE_NOOP("actions", "Select every device and network"),
               (Key.SelectAll,)),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("actions", "&Find…"),
               QT_TRANSLATE_NOOP("actions", "Find a device by id, label or IP address"),
               (Key.Find,), Icon.SP_FileDialogContentsView),
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
               ("Ctrl+1",), Icon.SP_TitleBarMaxButton),
    ActionSpec("view.zoom_selection", QT_TRANSLATE_NOOP("actions", "Zoom to &Selection"),
               QT_TRANSLATE_NOOP("actions", "Zoom to the selected items"),
               ("Ctrl+2",)),
    ActionSpec("view.link_labels", QT_TRANSLATE_NOOP("actions", "Show &Link Labels"),
               QT_TRANSLATE_NOOP("actions", "Show interface names and addresses on links"),
               ("Ctrl+L",), checkable=True, checked=True),
    ActionSpec("view.matrix", QT_TRANSLATE_NOOP("actions", "Reachability &Matrix…"),
               QT_TRANSLATE_NOOP("actions", "Trace every source against every destination and "
                                          "show who reaches whom"),
               ("Ctrl+Shift+M",)),
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
               (Key.HelpContents,), Icon.SP_DialogHelpButton),
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
      "-", "file.save", "file.save_as", "-",
      (QT_TRANSLATE_NOOP("actions", "&Import"), ("file.import_kubernetes",)), "file.compare",
      "-", "file.quit")),
    (QT_TRANSLATE_NOOP("actions", "&Edit"),
     ("edit.undo", "edit.redo", "-", "edit.cut", "edit.copy", "edit.paste", "edit.duplicate",
      "edit.delete", "-", "edit.rename", "edit.select_all", "edit.find", "-", "edit.tidy", "-",
      "edit.preferences")),
    (QT_TRANSLATE_NOOP("actions", "&View"),
     ("view.zoom_in", "view.zoom_out", "view.zoom_reset", "view.fit", "view.zoom_selection", "-",
      "view.link_labels", "view.collapse", "view.only_path", "-", "view.matrix", "-",
      (QT_TRANSLATE_NOOP("actions", "&Theme"),
       ("view.theme_system", "view.theme_light", "view.theme_dark")),
      (QT_TRANSLATE_NOOP("actions", "&Panels"), ("@panels",)))),
    (QT_TRANSLATE_NOOP("actions", "&Help"),
     ("help.welcome", "help.tour", "-", "help.shortcuts", "help.file_format", "-",
      "help.about")),
)

_REGISTERED: list[ActionSpec] = []


def register(specs: Iterable[ActionSpec], context: str, keys_in_tip: bool = False) -> None:
    """Add a feature's action specs (translated in ``context``) to the one registry."""
    known = {spec.id for spec in all_specs()}
    for spec in specs:
        if spec.id in known:
            continue  # a second window registers the same feature again
        _REGISTERED.append(replace(spec, context=context, keys_in_tip=keys_in_tip))
        known.add(spec.id)


def all_specs() -> tuple[ActionSpec, ...]:
    """The window's specs, then every registered feature's, in registration order."""
    return (*SPECS, *_REGISTERED)


def spec_for(action_id: str) -> ActionSpec | None:
    return next((spec for spec in all_specs() if spec.id == action_id), None)


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
        """Every registered spec that has an action in this window."""
        return tuple(spec for spec in all_specs() if spec.id in self.actions)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The spec's shortcuts on this platform: standard keys resolved, duplicates dropped."""
    keys: list[QKeySequence] = []
    for k in spec.keys:
        seqs = QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) \
            else [QKeySequence(k)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in keys:
                keys.append(seq)
    return keys


def build_action(spec: ActionSpec, parent: QObject) -> QAction:
    """One QAction for a spec: id, shortcuts, icon and check state (texts: ``retranslate``)."""
    action = QAction(parent)
    action.setObjectName(spec.id)
    action.setShortcuts(key_sequences(spec))
    if spec.icon is not None:
        style = QApplication.style()
        if style is not None:
            action.setIcon(style.standardIcon(spec.icon))
    if spec.checkable:
        action.setCheckable(True)
        action.setChecked(spec.checked)
    return action


def create_actions(parent: QObject) -> ActionRegistry:
    """A QAction for every window spec, owned by ``parent`` (the main window)."""
    from PySide6.QtGui import QActionGroup

    registry = ActionRegistry()
    groups: dict[str, QActionGroup] = {}
    for spec in SPECS:
        action = build_action(spec, parent)
        if spec.group:
            group = groups.setdefault(spec.group, QActionGroup(parent))
            group.addAction(action)
        registry.actions[spec.id] = action
    retranslate_actions(registry)
    return registry


def retranslate(actions: Mapping[str, QAction], specs: Iterable[ActionSpec]) -> None:
    """Give each spec's action its label, tooltip and status tip in the current language."""
    for spec in specs:
        action = actions.get(spec.id)
        if action is None:
            continue
        action.setText(QCoreApplication.translate(spec.context, spec.text))
        tip = QCoreApplication.translate(spec.context, spec.tip)
        keys = action.shortcuts()
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown and not spec.keys_in_tip else tip)
        action.setStatusTip(tip)


def retranslate_actions(registry: ActionRegistry) -> None:
    """The window's own actions in the current language (features retranslate theirs)."""
    retranslate(registry.actions, SPECS)


def shortcut_rows(registry: ActionRegistry, extra: list[QAction] | None = None,
                  platform: str | None = None) -> list[tuple[str, str, str]]:
    """(action, keys, what it does) for every action and gesture, for the shortcuts page.

    Keys are the actions' own on this machine, or with ``platform`` (linux, windows,
    macos) what the registry's keys resolve to there (``key_bindings``).
    """
    from .key_bindings import mac_text, sequences

    rows = []
    ordered = [registry[spec.id] for spec in registry.specs()]
    ordered += [a for a in registry if a not in ordered]  # actions added without a spec
    for action in [*ordered, *(extra or [])]:
        spec = spec_for(action.objectName()) if platform else None
        if spec is not None and platform is not None:
            texts = sequences(spec.keys, platform)
            keys = ", ".join(mac_text(k) if platform == "macos" else k for k in texts)
        else:
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
