"""Light and dark themes: the widget palette and the canvas colours, from one place.

The theme follows the system colour scheme unless the ``appearance/theme`` setting says
``light`` or ``dark``. Scene items receive a ``Theme`` from their scene; they never look
one up themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEME_SETTING = "appearance/theme"
THEME_CHOICES = ("system", "light", "dark")

# One hue per network kind; the same hues mark a network's bar, its links and its palette icon.
_NETWORK_LIGHT = {"vlan": "#2563EB", "vxlan": "#059669", "wan": "#D97706", "internet": "#0EA5E9"}
_NETWORK_DARK = {"vlan": "#60A5FA", "vxlan": "#34D399", "wan": "#FBBF24", "internet": "#38BDF8"}
# The icon badge colour of each device kind (the SVGs use the same ones), for the minimap.
KIND_COLOURS = {
    "client": "#DB2777", "dns": "#7C3AED", "router": "#0D9488", "esxi-host": "#475569",
    "vm": "#0284C7", "esg": "#EA580C", "dlr": "#16A34A", "k8s-node": "#326CE5",
    "pod": "#CA8A04", "l2-concentrator": "#DC2626",
}


@dataclass(frozen=True)
class Theme:
    """Every colour the window and the canvas use."""

    name: str
    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted_text: str
    button: str
    highlight: str
    scene_background: str
    grid: str
    zone_fills: tuple[str, ...]  # by nesting depth
    zone_border: str
    zone_text: str
    host_fill: str  # exports fill host boxes; the canvas leaves them open so zones show through
    host_border: str
    node_fill: str
    node_border: str
    label_text: str
    label_background: str
    link: str
    tunnel: str
    selection: str
    drop_target: str
    network: dict[str, str] = field(default_factory=dict)

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def network_color(self, kind: str) -> QColor:
        return QColor(self.network.get(kind, self.link))


LIGHT = Theme(
    name="light", dark=False,
    window="#F3F4F6", base="#FFFFFF", alt_base="#F8FAFC", text="#111827", muted_text="#6B7280",
    button="#E5E7EB", highlight="#2563EB",
    scene_background="#FBFBFD", grid="#EEF0F4",
    zone_fills=("#E0EAFF", "#E3F4EA", "#FDF0DC", "#F1E6FB"),
    zone_border="#94A3B8", zone_text="#334155",
    host_fill="#FFFFFF", host_border="#64748B",
    node_fill="#F1F5FF", node_border="#6D8FD8",
    label_text="#1F2937", label_background="#FFFFFF",
    link="#6B7280", tunnel="#DC2626", selection="#F59E0B", drop_target="#10B981",
    network=_NETWORK_LIGHT,
)

DARK = Theme(
    name="dark", dark=True,
    window="#1F2329", base="#16191E", alt_base="#1C2026", text="#E5E7EB", muted_text="#9CA3AF",
    button="#2B3038", highlight="#3B82F6",
    scene_background="#14171C", grid="#1C2027",
    zone_fills=("#1E2A44", "#1B3326", "#3A2C17", "#2E2340"),
    zone_border="#475569", zone_text="#CBD5E1",
    host_fill="#232830", host_border="#8391A7",
    node_fill="#1C2640", node_border="#6D8FD8",
    label_text="#E5E7EB", label_background="#14171C",
    link="#9CA3AF", tunnel="#F87171", selection="#FBBF24", drop_target="#34D399",
    network=_NETWORK_DARK,
)


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
