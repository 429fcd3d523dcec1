"""The action registry: ids, shortcuts, tips, menus and the shortcuts page."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTableWidget

from desktop_app.ui.actions import SPECS


def test_every_action_has_an_id_tip_and_a_menu_entry(window):
    menu_actions = set()
    for menu in window.menuBar().findChildren(type(window.recent_menu)):
        menu_actions |= {a.objectName() for a in menu.actions()}
    for spec in SPECS:
        action = window.findChild(QAction, spec.id)
        assert action is not None, spec.id
        assert action.statusTip() and action.toolTip(), spec.id
        if spec.id != "file.clear_recent":
            assert spec.id in menu_actions, spec.id


def test_standard_shortcuts_where_qt_has_them(window):
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()]
            for a in window.findChildren(QAction) if a.objectName()}
    assert "Ctrl+Z" in keys["edit.undo"] and "Ctrl+Shift+Z" in keys["edit.redo"]
    assert "Ctrl+F" in keys["edit.find"] and "Del" in keys["edit.delete"]
    assert "Ctrl+D" in keys["edit.duplicate"] and "F2" in keys["edit.rename"]
    assert "Ctrl+S" in keys["file.save"] and "Ctrl+O" in keys["file.open"]
    all_keys = [k for ks in keys.values() for k in ks]
    assert len(all_keys) == len(set(all_keys)), "two actions share a shortcut"
    assert QKeySequence("Ctrl+C").toString() in keys["edit.copy"]


def test_shortcuts_page_lists_every_action_and_gesture(window, qtbot):
    window.action("help.shortcuts").trigger()
    tables = [t for t in window.findChildren(QTableWidget) if t.objectName() == "shortcuts_table"]
    assert tables
    table = tables[-1]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Delete"] == "Del, Backspace" and "Ctrl+F" in rows["Find"]
    assert any("wheel" in keys for keys in rows.values())
    assert len(rows) >= len(SPECS)


def test_undo_action_names_the_edit(window):
    from desktop_app.ui import commands

    window.doc.undo_stack.push(commands.move_items(window.doc, {"esg": (1.0, 2.0)}))
    assert window.action("edit.undo").isEnabled()
    assert window.action("edit.undo").text() == "&Undo Move esg"
    window.action("edit.undo").trigger()
    assert window.doc.topology.layout["esg"] != [1.0, 2.0]
    assert window.action("edit.redo").isEnabled()


def test_theme_choice_is_remembered_and_repaints_the_canvas(window):
    from PySide6.QtCore import QSettings

    from desktop_app.ui.theme import DARK, LIGHT

    window.action("view.theme_dark").trigger()
    assert QSettings().value("appearance/theme") == "dark"
    assert window.scene.style.theme is DARK
    assert window.scene.backgroundBrush().color().name() == DARK.scene_background.lower()
    assert QApplication.palette().window().color().name() == DARK.window.lower()
    window.action("view.theme_light").trigger()
    assert window.scene.style.theme is LIGHT
