"""While a flow plays, the collector leaves the objects that existed before alone (its long
walks over a large topology froze frames), still collects what playing throws away, and
gets everything back when the last player stops."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop_app.ui.animation import still_heap


@pytest.fixture(autouse=True)
def alone():
    """No other player (a window another test left playing) in the way."""
    others = set(still_heap._playing)
    still_heap._playing.clear()
    gc.unfreeze()
    yield
    still_heap._playing.update(others)
    if others:
        gc.freeze()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_heap_is_out_of_sight_while_any_player_plays():
    assert gc.get_freeze_count() == 0
    still_heap.playing(1, True)
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        still_heap.playing(2, True)
        still_heap.playing(1, False)
        assert gc.get_freeze_count() >= frozen  # the second player still plays
        # What playing throws away is still collected.
        node = _Node()
        gone = weakref.ref(node)
        del node
        gc.collect()
        assert gone() is None
    finally:
        still_heap.playing(1, False)
        still_heap.playing(2, False)
    assert gc.get_freeze_count() == 0


def test_stopping_twice_or_a_player_that_never_played_changes_nothing():
    still_heap.playing(3, False)
    assert gc.get_freeze_count() == 0
    still_heap.playing(3, True)
    still_heap.playing(3, True)
    still_heap.playing(3, False)
    assert gc.get_freeze_count() == 0
