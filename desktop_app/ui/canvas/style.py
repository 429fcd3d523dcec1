"""What the canvas items draw with: theme colours, icons, fonts and view options.

One ``CanvasStyle`` belongs to a scene and is handed to every item it creates, so items
never reach for globals; switching theme or a view option changes it and repaints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from desktop_app.diagram import text_metrics
from desktop_app.ui.theme import LIGHT, Theme, qcolor

from .icons import IconLibrary

# Below this zoom (scene units per pixel ~ 1 / scale) labels are too small to read: skip them.
TEXT_LOD = 0.28
LINK_LABEL_PIXELS = 9.5  # the size of a link's interface name and address, unless chosen


# The family the label placement measures (``diagram/text_metrics``), then a Chinese one:
# Qt's own fallback may pick a bitmap-hinted or serif CJK face that smears when scaled.
FAMILIES = ["DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "Microsoft YaHei", "PingFang SC", "sans-serif"]


def _font(pixels: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    # Hinting snaps glyphs to the pixel grid at one size; scaled canvas text looks better without.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


_FONTS: dict[tuple[int, bool], QFont] = {}


def canvas_font(pixels: float, bold: bool = False) -> QFont:
    """A label font of ``pixels`` scene units (cached: labels share a few sizes).

    Labels keep a size on screen, so each draws close to its design size in screen pixels:
    vertical hinting keeps the strokes of Latin and Chinese text on the pixel grid there.
    """
    key = (max(1, round(pixels)), bold)
    f = _FONTS.get(key)
    if f is None:
        f = _font(key[0], bold)
        f.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
        f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        _FONTS[key] = f
    return f


@dataclass
class CanvasStyle:
    theme: Theme = LIGHT
    icons: IconLibrary = field(default_factory=IconLibrary)
    show_link_labels: bool = True
    show_link_ips: bool = True  # a link's label: the interface name, then its address
    label_font: QFont = field(default_factory=lambda: _font(11))
    small_font: QFont = field(default_factory=lambda: _font(9.5))
    title_font: QFont = field(default_factory=lambda: _font(12, bold=True))
    zone_font: QFont = field(default_factory=lambda: _font(13, bold=True))
    link_font: QFont = field(default_factory=lambda: _font(LINK_LABEL_PIXELS))
    link_pixels: float = LINK_LABEL_PIXELS

    def __post_init__(self) -> None:
        self.label_metrics = QFontMetricsF(self.label_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.zone_metrics = QFontMetricsF(self.zone_font)
        self._label_widths: dict[str, float] = {}
        self._small_widths: dict[str, float] = {}
        self.link_metrics = QFontMetricsF(self.link_font)
        self._link_widths: dict[str, float] = {}
        # Items ask for their colours and pens on every paint; parsing a theme's colour
        # strings each time cost more than drawing on a large canvas. Keyed by the values
        # themselves, so a theme switch needs no clearing.
        self._colours: dict[str, QColor] = {}
        self._solids: dict[tuple[int, int, int], QColor] = {}
        self._pens: dict[tuple[int, float, bool], QPen] = {}
        self._link_colours: dict[tuple[str, str], QColor] = {}

    def label_width(self, text: str) -> float:
        """Width of ``text`` in the label font (cached: building a big scene asks often)."""
        w = self._label_widths.get(text)
        if w is None:
            w = self._label_widths[text] = self.label_metrics.horizontalAdvance(text)
        return w

    def small_width(self, text: str) -> float:
        w = self._small_widths.get(text)
        if w is None:
            w = self._small_widths[text] = self.small_metrics.horizontalAdvance(text)
        return w

    def link_width(self, text: str) -> float:
        w = self._link_widths.get(text)
        if w is None:
            w = self._link_widths[text] = self.link_metrics.horizontalAdvance(text)
        return w

    def set_link_font_pixels(self, pixels: float) -> None:
        """Link labels at another size (a preference); the scene measures them again."""
        self.link_pixels = pixels
        self.link_font = _font(pixels)
        self.link_metrics = QFontMetricsF(self.link_font)
        self._link_widths.clear()

    def c(self, name: str) -> QColor:
        return QColor(self._colour(getattr(self.theme, name)))

    def network_color(self, kind: str) -> QColor:
        return QColor(self._colour(self.theme.network.get(kind, self.theme.link)))

    def _colour(self, value: str) -> QColor:
        colour = self._colours.get(value)
        if colour is None:
            colour = self._colours[value] = qcolor(value)
        return colour

    def link_colour(self, kind: str) -> QColor:
        """The colour links to a network of this kind are drawn in (shared: copy to change)."""
        value = self.theme.network.get(kind, self.theme.link)
        key = (value, self.theme.scene_background)
        colour = self._link_colours.get(key)
        if colour is None:
            colour = self._link_colours[key] = self.solid(self._colour(value), 215)
        return colour

    def pen(self, colour: QColor, width: float, cosmetic: bool = False) -> QPen:
        """A solid pen (shared: a caller that changes it must copy it first)."""
        key = (colour.rgba(), width, cosmetic)
        pen = self._pens.get(key)
        if pen is None:
            pen = self._pens[key] = QPen(colour, width)
            pen.setCosmetic(cosmetic)
        return pen

    def solid(self, colour: QColor, alpha: int) -> QColor:
        """``colour`` at ``alpha`` over the canvas background, as an opaque colour.

        Qt's raster engine blends translucent fills an order of magnitude slower than it
        paints opaque ones, and zones and links cover much of the screen.
        """
        bg = self._colour(self.theme.scene_background)
        key = (colour.rgba(), alpha, bg.rgba())
        out = self._solids.get(key)
        if out is None:
            a = alpha / 255
            out = self._solids[key] = QColor(
                round(colour.red() * a + bg.red() * (1 - a)),
                round(colour.green() * a + bg.green() * (1 - a)),
                round(colour.blue() * a + bg.blue() * (1 - a)))
        return QColor(out)


def wrap_two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """The text in at most two lines of ``width``, the second elided if it must be.

    The rule is ``text_metrics.wrap_two_lines``'s, so the SVG export wraps labels alike.
    """
    return text_metrics.wrap_two_lines(text, _QtMeasure(metrics), width)


class _QtMeasure:
    """Qt's font metrics in the shape ``text_metrics.wrap_two_lines`` measures with."""

    def __init__(self, metrics: QFontMetricsF):
        self.metrics = metrics

    def width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)

    def elide(self, text: str, width: float) -> str:
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
