"""How an outcome looks in a matrix cell or a badge: a colour and a symbol, never colour alone.

The colours are Okabe and Ito's palette, told apart by people with any common colour-vision
deficiency; the symbol says the same thing again for anyone who cannot see colour at all, and
in plain-text exports.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutcomeStyle:
    symbol: str
    fill: str  # #rrggbb
    ink: str  # text colour that reads on ``fill``


_BLACK, _WHITE = "#000000", "#ffffff"
STYLES: dict[str, OutcomeStyle] = {
    "delivered": OutcomeStyle("✓", "#009E73", _WHITE),  # bluish green
    "established": OutcomeStyle("✓", "#009E73", _WHITE),
    "denied": OutcomeStyle("✗", "#D55E00", _WHITE),  # vermillion
    "refused": OutcomeStyle("⊘", "#CC79A7", _BLACK),  # reddish purple
    "no-route": OutcomeStyle("∅", "#E69F00", _BLACK),  # orange
    "no-return-route": OutcomeStyle("↩", "#E69F00", _BLACK),
    "black-hole": OutcomeStyle("●", "#000000", _WHITE),
    "asymmetric": OutcomeStyle("⇄", "#56B4E9", _BLACK),  # sky blue
    "ttl-exceeded": OutcomeStyle("⟳", "#F0E442", _BLACK),  # yellow
    "mtu-exceeded": OutcomeStyle("⇕", "#0072B2", _WHITE),  # blue
    "unresolved": OutcomeStyle("?", "#BBBBBB", _BLACK),
    "no-endpoint": OutcomeStyle("○", "#BBBBBB", _BLACK),
}
UNKNOWN = OutcomeStyle("!", "#888888", _WHITE)


def style_of(outcome: str) -> OutcomeStyle:
    """The colour and symbol of an outcome (a neutral grey ``!`` for one the table lacks)."""
    return STYLES.get(outcome, UNKNOWN)
