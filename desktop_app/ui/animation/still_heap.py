"""Keeping the garbage collector's long walks out of playback.

A collection of Python's oldest generation walks every object the program holds: on a
5,000-device topology that is a hundred milliseconds and more, one frozen frame in the middle
of a lesson, at a moment nobody chooses. While a flow plays, the objects that existed when it
started (the model, the diagram, the scene's items) are moved out of the collector's sight
(``gc.freeze``); what playing allocates is still collected as usual. When the last player
stops, they are handed back, and the collector catches up while nothing moves.
"""

from __future__ import annotations

import gc

_playing: set[int] = set()


def playing(player: int, on: bool) -> None:
    """The player with this key (its ``id``) started (True) or stopped (False) playing;
    a player that goes away stops."""
    was = bool(_playing)
    if on:
        _playing.add(player)
    else:
        _playing.discard(player)
    if _playing and not was:
        gc.freeze()
    elif was and not _playing:
        gc.unfreeze()
