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
    window="#F3F4F6", base="#FFFFFF", alt_base="#F8FAFC", text="#111827", muted_text="#4B5563",
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
    button="#2B3038", highlight="#2563EB",
    scene_background="#14171C", grid="#1C2027",
    zone_fills=("#1E2A44", "#1B3326", "#3A2C17", "#2E2340"),
    zone_border="#475569", zone_text="#CBD5E1",
    host_fill="#232830", host_border="#8391A7",
    node_fill="#1C2640", node_border="#6D8FD8",
    label_text="#E5E7EB", label_background="#14171C",
    link="#9CA3AF", tunnel="#F87171", selection="#FBBF24", drop_target="#34D399",
    network=NETWORK_DARK,
)


# The words of the panels (hop inspector, lesson, timeline) and the playback buttons' icons,
# by theme: each passes WCAG 2.1 AA on the theme's window and base colours (tests/test_contrast).
PANEL_LIGHT = {
    "accent": "#1D4ED8",  # a step's kind, the lesson's layer tags
    "changed": "#C2410C",  # what a hop rewrote
    "good": "#15803D",  # delivered
    "bad": "#B91C1C",  # dropped, denied
    "muted": "#4B5563",  # where a hop is, what the packet carries
    "note": "#92400E",  # what the last edit changed
    "icon": "#1F2937",  # the playback buttons
    "marked_text": "#111827",  # bytes and fields on the pale change marks
}
PANEL_DARK = {
    "accent": "#93C5FD",
    "changed": "#FDBA74",
    "good": "#4ADE80",
    "bad": "#FCA5A5",
    "muted": "#AEB6C2",
    "note": "#FCD34D",
    "icon": "#E5E7EB",
    "marked_text": "#111827",
}
# A step's kind in the hop inspector, by theme (the light hues darkened to read on white).
STEP_WORDS_LIGHT = {"drop": "#B91C1C", "firewall": "#7E22CE", "dnat": "#C2410C",
                    "snat": "#C2410C", "kube-proxy": "#C2410C", "encapsulate": "#047857",
                    "decapsulate": "#047857", "proxy": "#0F766E", "deliver": "#15803D",
                    "": "#334155"}
STEP_WORDS_DARK = {"drop": "#FCA5A5", "firewall": "#D8B4FE", "dnat": "#FDBA74",
                   "snat": "#FDBA74", "kube-proxy": "#FDBA74", "encapsulate": "#6EE7B7",
                   "decapsulate": "#6EE7B7", "proxy": "#5EEAD4", "deliver": "#86EFAC",
                   "": "#CBD5E1"}
# Pale marks behind changed bytes and fields (both themes): their text is ``marked_text``.
CHANGE_MARKS = {"changed": "#FEF9C3", "translated": "#FED7AA", "added": "#DCFCE7",
                "removed": "#FEE2E2", "hover": "#BFDBFE"}
TREE_MARKS = {"changed": "#FEF08A", "translated": "#FDBA74", "added": "#BBF7D0",
              "removed": "#FECACA"}
SELECTED_BYTES = ("#FFFFFF", "#2563EB")  # text, background of the selected field's bytes


def panel_colours(theme: Theme) -> dict[str, str]:
    """The panels' word colours for a theme."""
    return PANEL_DARK if theme.dark else PANEL_LIGHT


def step_word_colour(theme: Theme, step_type: str) -> str:
    words = STEP_WORDS_DARK if theme.dark else STEP_WORDS_LIGHT
    return words.get(step_type, words[""])


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_pairs(theme: Theme) -> list[tuple[str, str, str, float]]:
    """Every text and icon colour pair the theme draws: (what, foreground, background, the
    least ratio WCAG 2.1 AA asks: 4.5 for text, 3 for icons)."""
    grounds = {"window": theme.window, "base": theme.base, "alternate rows": theme.alt_base}
    canvas = {"scene": theme.scene_background,
              **{f"zone fill {d}": theme.zone_fill(d) for d in range(len(theme.zone_fills))}}
    panel = panel_colours(theme)
    steps = STEP_WORDS_DARK if theme.dark else STEP_WORDS_LIGHT
    pairs: list[tuple[str, str, str, float]] = []
    for where, ground in grounds.items():
        pairs.append((f"text on {where}", theme.text, ground, 4.5))
        pairs.append((f"muted text on {where}", theme.muted_text, ground, 4.5))
        pairs += [(f"panel {name} on {where}", colour, ground, 4.5)
                  for name, colour in panel.items() if name not in ("icon", "marked_text")]
        pairs += [(f"step word {step or 'other'} on {where}", colour, ground, 4.5)
                  for step, colour in steps.items()]
        pairs.append((f"playback icon on {where}", panel["icon"], ground, 3.0))
    pairs.append(("toolbar text on buttons", theme.text, theme.button, 4.5))
    pairs.append(("playback icon on buttons", panel["icon"], theme.button, 3.0))
    pairs.append(("highlighted text", "#FFFFFF", theme.highlight, 4.5))
    pairs += [(f"bytes on the {name} mark", panel["marked_text"], colour, 4.5)
              for name, colour in {**CHANGE_MARKS, **TREE_MARKS}.items()]
    pairs.append(("selected bytes", *SELECTED_BYTES, 4.5))
    for where, ground in canvas.items():
        pairs.append((f"device names on {where}", theme.label_text, ground, 4.5))
        pairs.append((f"addresses on {where}", theme.muted_text, ground, 4.5))
        pairs.append((f"zone titles on {where}", theme.zone_text, ground, 4.5))
    return pairs


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
