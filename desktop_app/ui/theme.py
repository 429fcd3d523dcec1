"""Light and dark themes: the widget palette and the canvas colours, from one place.

The theme follows the system colour scheme unless the ``appearance/theme`` setting says
``light`` or ``dark``. Scene items receive a ``Theme`` from their scene; they never look
one up themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# The colours themselves live in theme_colours.py (no Qt), shared with the exports.
from desktop_app.diagram.theme_colours import DARK, KIND_COLOURS, LIGHT, Theme  # noqa: F401

THEME_SETTING = "appearance/theme"
THEME_CHOICES = ("system", "light", "dark")


def _argb(hex_rgba: str) -> QColor:
    """``#RRGGBBAA`` (CSS order) as a QColor; Qt's own parser reads ``#AARRGGBB``."""
    if len(hex_rgba) == 9:
        c = QColor(hex_rgba[:7])
        c.setAlpha(int(hex_rgba[7:], 16))
        return c
    return QColor(hex_rgba)


def qcolor(value: str) -> QColor:
    """A theme colour string (``#RRGGBB`` or ``#RRGGBBAA``) as a QColor."""
    return _argb(value)


def chosen_theme_name(settings: QSettings | None = None) -> str:
    """``system``, ``light`` or ``dark`` from the settings."""
    value = str((settings or QSettings()).value(THEME_SETTING, "system"))
    return value if value in THEME_CHOICES else "system"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return scheme == Qt.ColorScheme.Dark


def resolve_theme(choice: str | None = None) -> Theme:
    """The theme for a choice (``system`` follows the desktop's colour scheme)."""
    choice = choice or chosen_theme_name()
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return DARK
    return LIGHT


def palette_for(theme: Theme) -> QPalette:
    """The widget palette of a theme (used with the Fusion style so it applies everywhere)."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alt_base,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted_text,
        QPalette.ColorRole.Link: theme.highlight,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted_text))
    return p


def apply_theme(app: QGuiApplication, theme: Theme) -> None:
    """Give the application the theme's palette."""
    app.setPalette(palette_for(theme))
