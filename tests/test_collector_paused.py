"""A batch of traces pauses the cyclic collector, and what it keeps goes straight to the oldest
generation: the first young collection after a big matrix no longer scans all of it at once.
Nothing is lost to the collector: cycles made in the block are still found, and a heap frozen
by a playing flow stays frozen."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop_app.engine import batch
from desktop_app.engine.batch import collector_paused


class _Cell:
    """An object the collector tracks (a dict of plain values is left untracked)."""


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture(autouse=True)
def promoted_early(monkeypatch):
    """Blocks of a few objects count as big here (a real one makes hundreds of thousands)."""
    monkeypatch.setattr(batch, "PROMOTE_FROM", 0)


@pytest.fixture(autouse=True)
def unfrozen():
    frozen = gc.get_freeze_count() > 0
    gc.unfreeze()
    yield
    if frozen:
        gc.freeze()


def _young() -> set[int]:
    return {id(o) for o in gc.get_objects(0)}


def test_what_a_batch_keeps_skips_the_young_generation():
    enabled = gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        kept = [_Cell() for _ in range(1000)]
    assert gc.isenabled() == enabled
    assert gc.get_freeze_count() == 0  # handed on to the oldest generation, not left frozen
    assert not _young() & {id(k) for k in kept}
    assert {id(k) for k in kept} <= {id(o) for o in gc.get_objects(2)}


def test_cycles_made_in_a_batch_are_still_collected():
    with collector_paused():
        node = _Node()
        gone = weakref.ref(node)
        del node
    assert gone() is not None  # paused: nothing collected it yet
    gc.collect()
    assert gone() is None


def test_a_heap_frozen_by_a_playing_flow_stays_frozen():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with collector_paused():
            kept = [_Cell() for _ in range(100)]
        assert gc.get_freeze_count() >= before + len(kept)  # it joined the frozen heap
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_a_small_batch_leaves_the_generations_as_they_are(monkeypatch):
    monkeypatch.setattr(batch, "PROMOTE_FROM", 10**9)
    with collector_paused():
        kept = [_Cell() for _ in range(100)]
    assert {id(k) for k in kept} <= _young()
