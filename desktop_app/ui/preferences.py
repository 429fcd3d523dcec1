"""Edit → Preferences: language, theme, animation speed, link labels and autosave.

Every choice is stored with QSettings and applied the moment it changes (there is no OK
button to forget): the language through ``i18n.set_language``, the theme through the
window's ``set_theme``, the speed to the animation playing now and to the next start, the
link labels to the canvas, the autosave interval to the running timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from .canvas.style import LINK_LABEL_PIXELS
from .files import AUTOSAVE_KEY, FileController
from .theme import THEME_CHOICES, chosen_theme_name

if TYPE_CHECKING:
    from .main_window import MainWindow

LINK_IPS_KEY = "view/link_ips"
LINK_PIXELS_KEY = "view/link_label_pixels"
LINK_PIXELS_RANGE = (7.0, 16.0)
AUTOSAVE_RANGE = (5, 3600)  # seconds; files.py refuses less than 5 too


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def link_ips_shown(settings: QSettings | None = None) -> bool:
    return _bool((settings or QSettings()).value(LINK_IPS_KEY), True)


def link_label_pixels(settings: QSettings | None = None) -> float:
    try:
        value = float((settings or QSettings()).value(LINK_PIXELS_KEY, LINK_LABEL_PIXELS))
    except (TypeError, ValueError):
        return LINK_LABEL_PIXELS
    low, high = LINK_PIXELS_RANGE
    return max(low, min(high, value)) if value == value else LINK_LABEL_PIXELS


def apply_saved_preferences(window: MainWindow) -> None:
    """What the window does not read by itself at start: the link label options."""
    if link_ips_shown() and link_label_pixels() == LINK_LABEL_PIXELS:
        return  # the canvas's own defaults: nothing to measure again
    window.scene.set_link_text(link_ips_shown(), link_label_pixels())


def _language_api():
    """``desktop_app.ui.i18n`` when it is there (it is written beside this dialog)."""
    try:
        from . import i18n
    except ImportError:
        return None
    return i18n


class PreferencesDialog(QDialog):
    """The settings a user changes, grouped; each applies as soon as it changes."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        from .animation.player import SPEEDS  # only when the dialog opens

        self.setObjectName("preferences_dialog")
        self.window_ = window
        settings = QSettings()

        # -- appearance ------------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setObjectName("pref_language")
        self.language_note = QLabel()
        self.language_note.setObjectName("pref_language_note")
        self.language_note.setWordWrap(True)
        self.theme = QComboBox()
        self.theme.setObjectName("pref_theme")
        self.appearance = QGroupBox()
        form = QFormLayout(self.appearance)
        self.language_label, self.theme_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.language_label, self.language)
        form.addRow("", self.language_note)
        form.addRow(self.theme_label, self.theme)

        # -- animation -------------------------------------------------------------------------
        self.speed = QComboBox()
        self.speed.setObjectName("pref_speed")
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.animation = QGroupBox()
        form = QFormLayout(self.animation)
        self.speed_label = QLabel()
        self.speed_label.setBuddy(self.speed)
        form.addRow(self.speed_label, self.speed)

        # -- canvas labels ---------------------------------------------------------------------
        self.link_labels = QCheckBox()
        self.link_labels.setObjectName("pref_link_labels")
        self.link_ips = QCheckBox()
        self.link_ips.setObjectName("pref_link_ips")
        self.link_pixels = QDoubleSpinBox()
        self.link_pixels.setObjectName("pref_link_pixels")
        self.link_pixels.setRange(*LINK_PIXELS_RANGE)
        self.link_pixels.setSingleStep(0.5)
        self.link_pixels.setDecimals(1)
        self.labels = QGroupBox()
        form = QFormLayout(self.labels)
        self.link_pixels_label = QLabel()
        self.link_pixels_label.setBuddy(self.link_pixels)
        form.addRow(self.link_labels)
        form.addRow(self.link_ips)
        form.addRow(self.link_pixels_label, self.link_pixels)

        # -- files -----------------------------------------------------------------------------
        self.autosave = QSpinBox()
        self.autosave.setObjectName("pref_autosave")
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSingleStep(15)
        self.files = QGroupBox()
        form = QFormLayout(self.files)
        self.autosave_label = QLabel()
        self.autosave_label.setBuddy(self.autosave)
        form.addRow(self.autosave_label, self.autosave)

        self.defaults = QPushButton()
        self.defaults.setObjectName("pref_defaults")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.defaults.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        for group in (self.appearance, self.animation, self.labels, self.files):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.retranslate()
        self._show_current(settings)
        self.language.activated.connect(lambda _i: self.set_language(self.language.currentData()))
        self.theme.activated.connect(lambda _i: self.set_theme(self.theme.currentData()))
        self.speed.activated.connect(lambda _i: self.set_speed(self.speed.currentData()))
        self.link_labels.toggled.connect(self.set_link_labels)
        self.link_ips.toggled.connect(lambda _on: self._link_text_changed())
        self.link_pixels.valueChanged.connect(lambda _v: self._link_text_changed())
        self.autosave.valueChanged.connect(self.set_autosave_seconds)
        # The View menu's toggle and this box are one setting: follow it both ways.
        window.action("view.link_labels").toggled.connect(self._link_labels_toggled)

    # -- showing what is stored ----------------------------------------------------------------
    def _show_current(self, settings: QSettings) -> None:
        from .animation.player import default_speed

        for combo, value in ((self.theme, chosen_theme_name(settings)),
                             (self.speed, default_speed())):
            i = combo.findData(value)
            combo.setCurrentIndex(max(0, i))
        self._select_language()
        widgets = (self.link_labels, self.link_ips, self.link_pixels, self.autosave)
        for w in widgets:
            w.blockSignals(True)
        self.link_labels.setChecked(self.window_.action("view.link_labels").isChecked())
        self.link_ips.setChecked(link_ips_shown(settings))
        self.link_pixels.setValue(link_label_pixels(settings))
        self.autosave.setValue(FileController.autosave_seconds())
        for w in widgets:
            w.blockSignals(False)

    def _select_language(self) -> None:
        i18n = _language_api()
        choice = i18n.chosen_language() if i18n else str(QSettings().value("ui/language",
                                                                          "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))

    def _link_labels_toggled(self, on: bool) -> None:
        self.link_labels.blockSignals(True)
        self.link_labels.setChecked(on)
        self.link_labels.blockSignals(False)
        self.link_ips.setEnabled(on)
        self.link_pixels.setEnabled(on)

    # -- applying ------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        i18n = _language_api()
        if i18n is None:
            QSettings().setValue("ui/language", language)
            return
        app = QApplication.instance()
        if app is not None:
            i18n.set_language(app, language)

    def set_theme(self, choice: str) -> None:
        if choice in THEME_CHOICES:
            self.window_.set_theme(choice)

    def set_speed(self, speed: float) -> None:
        from .animation.player import SPEED_SETTING

        QSettings().setValue(SPEED_SETTING, float(speed))
        controller = getattr(self.window_, "animation", None)
        if controller is not None:
            controller.set_speed(float(speed))

    def set_link_labels(self, on: bool) -> None:
        self.window_.action("view.link_labels").setChecked(on)  # the window saves and redraws

    def _link_text_changed(self) -> None:
        settings = QSettings()
        settings.setValue(LINK_IPS_KEY, self.link_ips.isChecked())
        settings.setValue(LINK_PIXELS_KEY, self.link_pixels.value())
        self.window_.scene.set_link_text(self.link_ips.isChecked(), self.link_pixels.value())

    def set_autosave_seconds(self, seconds: int) -> None:
        QSettings().setValue(AUTOSAVE_KEY, int(seconds))
        self.window_.files.timer.start(FileController.autosave_seconds() * 1000)

    def restore_defaults(self) -> None:
        from .animation.player import SPEED_SETTING

        """Every setting on this page back to how a new installation starts."""
        self.set_theme("system")
        self.set_language("system")
        self.set_link_labels(True)
        controller = getattr(self.window_, "animation", None)
        if controller is not None:
            controller.set_speed(1.0)
        self.window_.scene.set_link_text(True, LINK_LABEL_PIXELS)
        settings = QSettings()
        for key in (SPEED_SETTING, LINK_IPS_KEY, LINK_PIXELS_KEY, AUTOSAVE_KEY):
            settings.remove(key)  # unset, not written: a later version's defaults apply
        self.window_.files.timer.start(FileController.autosave_seconds() * 1000)
        self._show_current(settings)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.appearance.setTitle(self.tr("Appearance"))
        self.language_label.setText(self.tr("&Language:"))
        i18n = _language_api()
        choices = i18n.language_choices() if i18n else [("system", self.tr("System language")),
                                                        ("en", "English"), ("zh_CN", "简体中文")]
        self.language.blockSignals(True)
        self.language.clear()
        for value, name in choices:
            self.language.addItem(name, value)
        self.language.blockSignals(False)
        self._select_language()
        self.language.setToolTip(self.tr("The language of menus, panels and messages"))
        self.language_note.setText(self.tr(
            "Switches at once. Labels and notes in a topology come from its file: "
            "samples/icp-vcs-hybrid.zh.yaml is the reference sample in Chinese."))
        self.theme_label.setText(self.tr("&Theme:"))
        current = self.theme.currentData()
        self.theme.clear()
        for value, name in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(name, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current or chosen_theme_name())))
        self.animation.setTitle(self.tr("Animation"))
        self.speed_label.setText(self.tr("Default &speed:"))
        self.speed.setToolTip(self.tr("The speed a packet plays at when the app starts "
                                      "([ and ] change it while playing)"))
        self.labels.setTitle(self.tr("Link labels on the canvas"))
        self.link_labels.setText(self.tr("Show link &labels (interface names)"))
        self.link_ips.setText(self.tr("Show IP &addresses on links"))
        self.link_pixels_label.setText(self.tr("Label si&ze:"))
        self.link_pixels.setSuffix(self.tr(" px"))
        self.files.setTitle(self.tr("Files"))
        self.autosave_label.setText(self.tr("&Autosave every:"))
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setToolTip(self.tr("Unsaved changes are written to a recovery file this "
                                         "often, and offered back after a crash"))
        self.defaults.setText(self.tr("Restore &Defaults"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_preferences(window: MainWindow) -> PreferencesDialog:
    """Edit → Preferences: one dialog per window, raised when already open."""
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    if dialog is None:
        dialog = PreferencesDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
