"""How wide the canvas's fonts draw a text, without Qt, to wrap, elide and box labels in a file.

The canvas draws labels in the desktop's sans-serif (DejaVu Sans on the Linux desktops it is
built on; Verdana, which the SVG names next, has nearly the same widths). The advances below
are DejaVu Sans's, in thousandths of the pixel size, as Qt measures them; characters missing
from the table take the width of their base letter, a full em when East Asian wide (the CJK
fallback font), or an average letter otherwise. Kerning is left out: it moves a label by a
pixel or two, which wrapping and the label boxes' margins absorb.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol

ELLIPSIS = "…"
_ASCII = "".join(chr(c) for c in range(32, 127))
_REGULAR = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838,
)
_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
    830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
    774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
    712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
    582, 712, 365, 712, 838,
)
_SYMBOLS_REGULAR = {"…": 1000, "·": 318, "→": 838, "⇄": 838, "–": 500, "—": 1000, "’": 318,
                    "“": 518, "”": 518, "°": 500, "±": 838, "×": 838, "ß": 630, "\u00a0": 318}
_SYMBOLS_BOLD = {"…": 1000, "·": 380, "→": 838, "⇄": 838, "–": 500, "—": 1000, "’": 380,
                 "“": 657, "”": 657, "°": 500, "±": 838, "×": 838, "ß": 719, "\u00a0": 348}
_ASCENT = 0.92822  # of the pixel size
_HEIGHT = 1.16405  # ascent + descent
_AVERAGE = 620  # a letter the table does not know


class Font:
    """A pixel size and weight of the canvas font, and how wide it draws a text."""

    __slots__ = ("size", "bold", "ascent", "height", "_units", "_scale", "_widths")

    def __init__(self, size: float, bold: bool = False):
        self.size = size
        self.bold = bold
        self.ascent = size * _ASCENT
        self.height = size * _HEIGHT
        self._units = dict(zip(_ASCII, _BOLD if bold else _REGULAR, strict=True))
        self._units.update(_SYMBOLS_BOLD if bold else _SYMBOLS_REGULAR)
        self._scale = size / 1000
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        """The advance of ``text`` in pixels (cached: labels repeat)."""
        w = self._widths.get(text)
        if w is None:
            units = self._units
            try:
                total = sum(map(units.__getitem__, text))
            except KeyError:
                total = sum([units.get(c) or self._unknown(c) for c in text])
            w = self._widths[text] = total * self._scale
        return w

    def _unknown(self, char: str) -> int:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            units = 1000
        elif unicodedata.combining(char):
            units = 0
        else:
            base = unicodedata.normalize("NFD", char)[0]
            units = self._units.get(base, _AVERAGE)
        self._units[char] = units
        return units

    def elide(self, text: str, width: float) -> str:
        """``text``, or its longest start followed by an ellipsis, in ``width`` pixels."""
        if self.width(text) <= width:
            return text
        room = width - self.width(ELLIPSIS)
        used = 0.0
        for i, char in enumerate(text):
            used += self.width(char)
            if used > room:
                return text[:i] + ELLIPSIS if i or room >= 0 else ""
        return text


class Measure(Protocol):
    """How wide a text is, and how it is elided: a ``Font`` here, Qt's metrics on the canvas."""

    def width(self, text: str) -> float: ...

    def elide(self, text: str, width: float) -> str: ...


def wrap_two_lines(text: str, font: Measure, width: float) -> list[str]:
    """The text in at most two lines of ``width``, the second elided if it must be.

    The canvas wraps labels with this rule too (``style.wrap_two_lines``).
    """
    if font.width(text) <= width:
        return [text]
    words = text.split()
    first = ""
    rest_at = len(words)
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if font.width(trial) > width and first:
            rest_at = i
            break
        first = trial
    else:
        return [font.elide(text, width)]
    if not first:  # one long word
        return [font.elide(text, width)]
    return [first, font.elide(" ".join(words[rest_at:]), width)]


_NO_BREAK_BEFORE = set("）」』】》〉、。，；：！？)]}…·")  # closing marks stay on their line…
_NO_BREAK_AFTER = set("（「『【《〈")  # …and opening ones with what they open


def _breaks(text: str) -> list[str]:
    """``text`` cut where a line may break: after spaces, and between East Asian characters
    (Chinese has no spaces between words), never before a closing mark."""
    pieces: list[str] = []
    cur = ""
    for char in text:
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        if char in _NO_BREAK_BEFORE:
            if not cur and pieces:
                cur = pieces.pop()  # a closing mark joins what it closes
            cur += char
            if wide:
                pieces.append(cur)
                cur = ""
            continue
        if wide and cur:
            pieces.append(cur)
            cur = ""
        cur += char
        if char == " " or (wide and char not in _NO_BREAK_AFTER):
            pieces.append(cur)
            cur = ""
    if cur:
        pieces.append(cur)
    return pieces


def wrap_lines(text: str, font: Measure, width: float, split_words: bool = True
               ) -> list[str] | None:
    """``text`` in lines of at most ``width``, never cut short: it breaks at spaces and
    between Chinese characters, and a word longer than a line is split between letters
    (or, with ``split_words`` off, None is returned instead)."""
    if font.width(text) <= width:
        return [text]
    if not split_words and any(font.width(p.rstrip()) > width for p in _breaks(text)):
        return None
    lines: list[str] = []
    line = ""
    for piece in _breaks(text):
        trial = line + piece
        if font.width(trial.rstrip()) <= width or not line.strip():
            if font.width(trial.rstrip()) > width:  # one word longer than a line: split it
                for char in piece:
                    if line.strip() and font.width((line + char).rstrip()) > width:
                        lines.append(line.rstrip())
                        line = ""
                    line += char
                continue
            line = trial
        else:
            lines.append(line.rstrip())
            line = piece.lstrip() if piece.strip() else ""
            if font.width(line.rstrip()) > width:
                pending, line = line, ""
                for char in pending:
                    if line.strip() and font.width((line + char).rstrip()) > width:
                        lines.append(line.rstrip())
                        line = ""
                    line += char
    if line.strip():
        lines.append(line.rstrip())
    return lines or [text]
