"""The main window's menus: the menu bar built from ``actions.MENUS``, the recent files and
panels submenus, and the canvas's right-click menu."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QMenu

from .actions import MENUS
from .canvas.items import ModelItem
from .palette import entry_label

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar from ``MENUS``, with the recent files submenu."""
    window.recent_menu = QMenu(window)
    window.recent_menu.setObjectName("recent_menu")
    bar = window.menuBar()
    for title, entries in MENUS:
        menu = bar.addMenu(title)
        menu.setObjectName("menu_" + title.replace("&", "").lower())
        window.menu_titles.append((menu, title))
        _fill_menu(window, menu, entries)
    fill_recent(window)


def _fill_menu(window: MainWindow, menu: QMenu, entries: tuple) -> None:
    """One menu's entries: actions by id, separators, submenus and placeholders."""
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif entry == "@recent":
            pass
        elif entry == "@panels":
            window.panels_menu = menu
            fill_panels_menu(window)
        elif isinstance(entry, tuple):
            title, sub = entry
            if sub == ("@recent",):
                menu.addMenu(window.recent_menu)
                window.menu_titles.append((window.recent_menu, title))
            else:
                submenu = menu.addMenu(title)
                window.menu_titles.append((submenu, title))
                _fill_menu(window, submenu, sub)
        else:
            menu.addAction(window.actions_[entry])


def fill_panels_menu(window: MainWindow) -> None:
    """View → Panels: a show/hide toggle for every dock."""
    if window.panels_menu is None:
        return
    window.panels_menu.clear()
    for dock in window.panels:
        toggle = dock.toggleViewAction()
        toggle.setObjectName("view.panel_" + dock.objectName())
        toggle.setStatusTip(QCoreApplication.translate("MainWindow", "Show or hide the {0} panel").format(dock.windowTitle()))
        window.panels_menu.addAction(toggle)


def fill_recent(window: MainWindow) -> None:
    """File → Open Recent, newest first."""
    window.recent_menu.clear()
    recent = window.files.recent_files()
    for i, path in enumerate(recent):
        act = window.recent_menu.addAction(f"&{i + 1} {os.path.basename(path)}")
        act.setObjectName(f"file.recent_{i}")
        act.setToolTip(path)
        act.setStatusTip(path)
        act.triggered.connect(lambda _=False, p=path: window.files.open_with_prompt(p))
    if not recent:
        none = window.recent_menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
        none.setEnabled(False)
    window.recent_menu.addSeparator()
    window.recent_menu.addAction(window.actions_["file.clear_recent"])


def canvas_context_menu(window: MainWindow, pos) -> None:
    """The canvas's right-click menu: edits for the selection, or paste and add on empty canvas."""
    scene_pos = window.view.mapToScene(pos)
    item = window.scene.model_item_at(scene_pos)
    if isinstance(item, ModelItem) and not item.isSelected():
        window.scene.select_ids([item.model_id])
    elif item is None:
        window.scene.select_ids([])  # a right-click on empty canvas is about the canvas
    ids = window.scene.selected_ids()
    menu = QMenu(window)
    menu.setObjectName("canvas_menu")
    if ids:
        for action_id in ("edit.rename", "edit.duplicate", "edit.copy", "edit.cut",
                          "edit.delete", "view.zoom_selection"):
            menu.addAction(window.actions_[action_id])
    else:
        menu.addAction(window.actions_["edit.paste"])
        add = menu.addMenu(QCoreApplication.translate("MainWindow", "Add Here"))
        for i in range(window.palette_dock.list.count()):
            entry = window.palette_dock.list.item(i).data(Qt.ItemDataRole.UserRole)
            if entry:
                act = add.addAction(window.palette_dock.list.item(i).icon(), entry_label(entry))
                act.triggered.connect(_adder(window, entry, QPointF(scene_pos)))
        menu.addSeparator()
        menu.addAction(window.actions_["view.fit"])
        menu.addAction(window.actions_["edit.tidy"])
    for hook in window.context_hooks:
        hook(menu, ids)
    menu.popup(window.view.viewport().mapToGlobal(pos))


def _adder(window: MainWindow, entry: str, at: QPointF) -> Callable[[], None]:
    """A slot adding a palette entry at a scene point."""
    return lambda: window.edit.add_entry(entry, at)
