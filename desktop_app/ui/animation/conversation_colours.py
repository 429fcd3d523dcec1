"""How the reply looks wherever the animation shows it: its colour and its direction mark."""

from __future__ import annotations

REPLY_COLOUR = "#7C3AED"  # the reply's token core, timeline entries and legend
REPLY_MARK = "↩"
