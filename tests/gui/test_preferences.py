"""Edit → Preferences: each choice is stored and applied at once, without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from desktop_app.ui.animation.player import SPEED_SETTING
from desktop_app.ui.files import AUTOSAVE_KEY
from desktop_app.ui.preferences import LINK_IPS_KEY, LINK_PIXELS_KEY, PreferencesDialog
from desktop_app.ui.theme import DARK, LIGHT, THEME_SETTING


def open_preferences(window, qtbot) -> PreferencesDialog:
    """Through the real shortcut (Ctrl+,)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keySequence(window, QKeySequence("Ctrl+,"))
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None, timeout=2000)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: QComboBox, value) -> None:
    """Pick an entry with the keyboard, as a user does (which emits ``activated``)."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name().upper()


def test_preferences_shortcut_is_ctrl_comma(window):
    keys = [k.toString() for k in window.action("edit.preferences").shortcuts()]
    assert "Ctrl+," in keys
    menu = window.findChild(object, "menu_edit")
    assert window.action("edit.preferences") in menu.actions()


def test_theme_changes_the_application_palette(window, qtbot):
    dialog = open_preferences(window, qtbot)
    choose(dialog.theme, "dark")
    dark = window_colour()
    assert dark == DARK.window.upper()
    assert QSettings().value(THEME_SETTING) == "dark"
    assert window.action("view.theme_dark").isChecked()
    assert window.scene.style.theme is DARK
    choose(dialog.theme, "light")
    light = window_colour()
    assert light == LIGHT.window.upper() and light != dark
    assert window.action("view.theme_light").isChecked()
    assert window.scene.backgroundBrush().color().name().upper() == LIGHT.scene_background.upper()


def test_language_switch_changes_menu_titles_and_the_dialog(window, qtbot):
    i18n = pytest.importorskip("desktop_app.ui.i18n")
    if not i18n.ts_file("zh_CN").is_file():
        pytest.skip("no Chinese translation source yet")
    app = QApplication.instance()
    menu = window.findChild(object, "menu_file")
    assert menu.title() == "&File"
    dialog = open_preferences(window, qtbot)
    english_title = dialog.windowTitle()
    try:
        choose(dialog.language, "zh_CN")
        assert QSettings().value(i18n.LANGUAGE_KEY) == "zh_CN"
        assert i18n.current_language() == "zh_CN"
        assert menu.title() != "&File"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in menu.title()), menu.title()
        # The dialog itself keeps the choice shown while its texts change language.
        assert dialog.language.currentData() == "zh_CN"
        assert dialog.windowTitle() != english_title
        choose(dialog.language, "en")
        assert menu.title() == "&File"
        assert dialog.windowTitle() == english_title
    finally:
        i18n.install_translators(app, "en")


def test_default_speed_is_stored_applied_and_read_on_start(make_window, sample_copy, qtbot):
    window = make_window(sample_copy)
    dialog = open_preferences(window, qtbot)
    choose(dialog.speed, 2.0)
    assert float(QSettings().value(SPEED_SETTING)) == 2.0
    assert window.animation.speed == 2.0
    assert window.animation.ui.speed.currentData() == 2.0
    later = make_window(sample_copy)  # a new start reads it
    assert later.animation.speed == 2.0
    assert later.animation.ui.speed.currentText() == "2×"


def test_autosave_interval_is_saved_and_applied_to_the_timer(make_window, sample_copy, qtbot):
    window = make_window(sample_copy)
    assert window.files.timer.interval() == 30_000
    dialog = open_preferences(window, qtbot)
    dialog.autosave.setFocus()
    dialog.autosave.selectAll()
    QTest.keyClicks(dialog.autosave, "120")
    assert int(QSettings().value(AUTOSAVE_KEY)) == 120
    assert window.files.timer.interval() == 120_000 and window.files.timer.isActive()
    later = make_window(sample_copy)
    assert later.files.timer.interval() == 120_000


def _label_rects(window) -> dict[str, tuple[float, float]]:
    return {key: (item.boundingRect().width(), item.boundingRect().height())
            for key, item in window.scene.links.items()}


def test_link_label_options_redraw_the_canvas(make_window, sample_copy, qtbot):
    window = make_window(sample_copy)
    window.view.set_zoom(1.0)  # interface labels and addresses show at close zoom
    dialog = open_preferences(window, qtbot)
    scene = window.scene

    def rect(key: str):
        return scene.label_rect(f"link:{key}")

    with_ips = {k: rect(k).height() for k, item in scene.links.items()
                if item.link.ip and not rect(k).isEmpty()}
    assert with_ips
    dialog.link_ips.setFocus()
    QTest.keyClick(dialog.link_ips, Qt.Key.Key_Space)
    assert not dialog.link_ips.isChecked()
    assert QSettings().value(LINK_IPS_KEY) in (False, "false")
    for key, height in with_ips.items():
        assert rect(key).isEmpty() or rect(key).height() < height  # one line: the name only
    # Bigger labels are measured again (those that still find room).
    widths = {k: rect(k).width() for k in scene.links if not rect(k).isEmpty()}
    dialog.link_pixels.setValue(14)
    assert float(QSettings().value(LINK_PIXELS_KEY)) == 14
    bigger = [k for k in widths if not rect(k).isEmpty()]
    assert bigger and all(rect(k).width() > widths[k] for k in bigger)
    # The settings apply to the next window too.
    later = make_window(sample_copy)
    assert not later.scene.style.show_link_ips
    assert later.scene.style.link_font.pixelSize() == 14


def test_link_labels_box_and_view_menu_toggle_are_one_setting(window, qtbot):
    dialog = open_preferences(window, qtbot)
    toggle = window.action("view.link_labels")
    assert dialog.link_labels.isChecked() and toggle.isChecked()
    dialog.link_labels.setFocus()
    QTest.keyClick(dialog.link_labels, Qt.Key.Key_Space)
    assert not toggle.isChecked() and not window.scene.style.show_link_labels
    toggle.trigger()  # View → Show Link Labels
    assert dialog.link_labels.isChecked() and dialog.link_ips.isEnabled()


def test_restore_defaults(window, qtbot):
    dialog = open_preferences(window, qtbot)
    choose(dialog.theme, "dark")
    choose(dialog.speed, 0.5)
    dialog.autosave.setValue(300)
    dialog.link_ips.setChecked(False)
    qtbot.mouseClick(dialog.defaults, Qt.MouseButton.LeftButton)
    assert dialog.theme.currentData() == "system" and dialog.speed.currentData() == 1.0
    assert dialog.autosave.value() == 30 and dialog.link_ips.isChecked()
    assert window.animation.speed == 1.0 and window.files.timer.interval() == 30_000
    assert window.scene.style.show_link_ips
    assert QSettings().value(SPEED_SETTING) is None
