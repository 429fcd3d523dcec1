"""Many traces in a row (a matrix, every intent, two versions of every flow): without the
cyclic garbage collector's pauses, and on every core when there are thousands.

A trace's hops, steps and headers hold no reference cycles, so reference counting frees
them; but they are allocated by the thousand, and each allocation burst makes the collector
rescan the whole heap, a large topology included. Measured on the 5,000-device synthetic,
checking 200 intents took 2.1 s with the collector on and 0.86 s with it paused.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; restore it as it was.

    What the block made and kept (a matrix's cells, the context's tables) goes straight to
    the oldest generation, as if it had survived the young collections: left in the youngest,
    the first collection after the block would scan it all at once (a tenth of a second after
    a 10,000-cell matrix). Cycles among it are still found by the next full collection.
    While something else keeps the heap frozen (a flow playing), it joins the frozen heap and
    is handed back with it.
    """
    enabled = gc.isenabled()
    frozen_by_others = gc.get_freeze_count() > 0
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # every tracked object to the permanent generation…
        if not frozen_by_others:
            gc.unfreeze()  # …and from there into the oldest, without a scan
        if enabled:
            gc.enable()


# Below this many traces, starting workers costs more than they save (a fork and its first
# outcomes sent back take tens of milliseconds; a trace takes a fraction of one).
SHARE_FROM = 2000

# The job forked workers share: set just before they start, so they inherit it. Items are
# taken one at a time from a counter in shared memory, so a process that runs slower (a busy
# core, its copy-on-write page faults) simply takes fewer of them.
_job: tuple[Callable[[int], Any], int, Any] | None = None


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def on_every_core(work: Callable[[int], T], count: int, traces: int) -> list[T]:
    """``[work(i) for i in range(count)]``, shared among the machine's cores when it is big.

    On Linux, forked workers inherit the topology and its index as they are (copy-on-write:
    nothing is sent to them) and send back only results; this process works beside them.
    Every process takes the next item from a shared counter until none is left. ``traces``
    is how many traces the whole job makes, to decide whether sharing pays. Items a worker
    took but never sent back (it died) are done here, so the answer never depends on the
    workers.
    """
    workers = min(cores(), count)
    if sys.platform != "linux" or workers < 2 or traces < SHARE_FROM:
        return [work(i) for i in range(count)]
    global _job
    fork = multiprocessing.get_context("fork")
    _job = (work, count, fork.Value("q", 0))
    done: dict[int, T] = {}
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=fork,
                                 initializer=_leave_quietly_on_interrupt) as pool:
            futures = [pool.submit(_share) for _ in range(workers - 1)]
            done.update(_share())
            for future in futures:
                try:
                    done.update(future.result())
                except Exception:  # noqa: BLE001 - a lost worker: what it took is done below
                    pass
        for i in range(count):
            if i not in done:
                done[i] = work(i)
    finally:
        _job = None
    return [done[i] for i in range(count)]


def _leave_quietly_on_interrupt() -> None:
    """Ctrl+C reaches the workers too: they stop at once, without a traceback; the command
    that started them says it was interrupted."""
    signal.signal(signal.SIGINT, lambda _signal, _frame: os._exit(1))


def _share() -> list[tuple[int, Any]]:
    """Take items from the shared counter and do them until none is left."""
    assert _job is not None
    work, count, taken = _job
    out: list[tuple[int, Any]] = []
    while True:
        with taken.get_lock():
            i = taken.value
            taken.value = i + 1
        if i >= count:
            return out
        out.append((i, work(i)))
