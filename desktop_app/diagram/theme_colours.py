"""The light and dark themes' colours as plain ``#RRGGBB`` strings (no Qt).

One source of truth for every picture of a topology: the canvas (through ``theme.py`` and
``canvas/style.py``), and the Qt-free exports (SVG, draw.io). The blending helpers repeat what
the canvas does with ``QColor`` so that a file written without Qt shows the same shades.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field

# One hue per network kind; the same hues mark a network's bar, its links and its palette icon.
NETWORK_LIGHT = {"vlan": "#2563EB", "vxlan": "#059669", "wan": "#D97706", "internet": "#0EA5E9"}
NETWORK_DARK = {"vlan": "#60A5FA", "vxlan": "#34D399", "wan": "#FBBF24", "internet": "#38BDF8"}
# The icon badge colour of each device kind (the SVGs use the same ones), for the minimap.
KIND_COLOURS = {
    "client": "#DB2777", "dns": "#7C3AED", "router": "#0D9488", "esxi-host": "#475569",
    "vm": "#0284C7", "esg": "#EA580C", "dlr": "#16A34A", "k8s-node": "#326CE5",
    "pod": "#CA8A04", "l2-concentrator": "#DC2626",
}
OTHER_KIND = "#64748B"  # a kind without a colour of its own
# A traced flow drawn over a diagram: its path, and the badge of the hop where it is dropped.
FLOW_PATH = "#F59E0B"
FLOW_DROP = "#DC2626"

# How opaque the canvas paints its translucent things (0-255), blended over the background.
ZONE_ALPHA = {False: 150, True: 120}  # by theme.dark
CLOUD_ALPHA = {False: 60, True: 70}
LINK_ALPHA = 215


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

    def network_colour(self, kind: str) -> str:
        return self.network.get(kind, self.link)

    def zone_fill(self, depth: int) -> str:
        """A zone's fill at its nesting depth, as the opaque colour the canvas paints."""
        return blend(self.zone_fills[depth % len(self.zone_fills)], ZONE_ALPHA[self.dark],
                     self.scene_background)


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
    network=NETWORK_LIGHT,
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
    network=NETWORK_DARK,
)


def kind_colour(kind: str) -> str:
    """The badge colour of a device kind's icon."""
    return KIND_COLOURS.get(kind, OTHER_KIND)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` (or ``#RRGGBBAA``, alpha ignored) as three 0-255 channels."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def hex_colour(r: float, g: float, b: float) -> str:
    return f"#{round(r):02X}{round(g):02X}{round(b):02X}"


def blend(colour: str, alpha: int, background: str) -> str:
    """``colour`` at ``alpha`` (0-255) over ``background``, as one opaque colour."""
    a = alpha / 255
    (r, g, b), (br, bg, bb) = rgb(colour), rgb(background)
    return hex_colour(r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a))


def darker(colour: str, factor: int) -> str:
    """The colour with its HSV value divided by ``factor`` / 100 (``QColor.darker``)."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb(colour)))
    return hex_colour(*(c * 255 for c in colorsys.hsv_to_rgb(h, s, v * 100 / factor)))


def lighter(colour: str, factor: int) -> str:
    """The colour made lighter as ``QColor.lighter`` does: value up, then saturation down."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb(colour)))
    v *= factor / 100
    if v > 1:  # Qt moves the excess into less saturation
        s = max(0.0, s - (v - 1))
        v = 1.0
    return hex_colour(*(c * 255 for c in colorsys.hsv_to_rgb(h, s, v)))
