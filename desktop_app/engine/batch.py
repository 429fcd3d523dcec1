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
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar, cast

T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; restore it as it was.

    When the block made and kept a lot (a big matrix's cells, the context's tables), that
    goes straight to the oldest generation, as if it had survived the young collections: left
    in the youngest, the first collection after the block would scan it all at once (a tenth
    of a second after a 10,000-cell matrix). Cycles among it are still found by the next full
    collection. While something else keeps the heap frozen (a flow playing), it joins the
    frozen heap and is handed back with it. A small block (a check of a file's intents after
    an edit) leaves the generations as they are.
    """
    enabled = gc.isenabled()
    frozen_by_others = gc.get_freeze_count() > 0
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] >= PROMOTE_FROM:  # objects made and still alive since the last collection
            gc.freeze()  # every tracked object to the permanent generation…
            if not frozen_by_others:
                gc.unfreeze()  # …and from there into the oldest, without a scan
        if enabled:
            gc.enable()


# Young objects from which a batch's survivors skip the young generation: a 10,000-cell
# matrix leaves a few hundred thousand; checking a sample's intents, a few thousand.
PROMOTE_FROM = 50_000


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
    nothing is sent to them) and send back only results, each as soon as it is done; this
    process works beside them and takes in what they sent between its own items, so little
    is left to read at the end. Every process takes the next item from a shared counter until
    none is left. ``traces`` is how many traces the whole job makes, to decide whether sharing
    pays. Items a worker took but never sent back (it died, or its work raised) are done here,
    so the answer never depends on the workers.
    """
    workers = min(cores(), count)
    if sys.platform != "linux" or workers < 2 or traces < SHARE_FROM:
        return [work(i) for i in range(count)]
    global _job
    fork = multiprocessing.get_context("fork")
    _job = (work, count, fork.Value("q", 0))
    done: dict[int, T] = {}
    started: list[tuple[BaseProcess, Connection]] = []
    finished = False
    try:
        for _ in range(workers - 1):
            receiving, sending = fork.Pipe(duplex=False)
            _widen(sending)
            worker: BaseProcess = fork.Process(target=_share, args=(sending,), daemon=True)
            worker.start()
            sending.close()  # the worker holds the only writing end: its exit reads as EOF here
            started.append((worker, receiving))
        open_ends = [receiving for _, receiving in started]
        for i, result in _items():
            done[i] = result
            _take_in(open_ends, done, block=False)
        _take_in(open_ends, done, block=True)
        finished = True
    finally:
        _job = None
        for worker, receiving in started:
            if not finished:
                worker.terminate()  # this process failed or was interrupted: nobody waits for them
            receiving.close()
            worker.join()
    for i in range(count):
        if i not in done:
            done[i] = work(i)
    return [done[i] for i in range(count)]


def _items() -> Iterator[tuple[int, Any]]:
    """Take items from the shared counter and do them until none is left."""
    assert _job is not None
    work, count, taken = _job
    while True:
        with taken.get_lock():
            i = taken.value
            taken.value = i + 1
        if i >= count:
            return
        yield i, work(i)


def _share(sending: Connection) -> None:
    """A worker: send each item's result as it is done. Ctrl+C reaches the workers too: they
    stop at once, without a traceback (the command that started them says it was
    interrupted); an item whose work raises is left to the parent, which raises it there."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # as ignored as the parent's
        signal.signal(signal.SIGINT, lambda _signal, _frame: os._exit(1))
    try:
        for item in _items():
            sending.send(item)
    except Exception:  # noqa: BLE001, S110 - the parent does what this worker did not send
        pass
    finally:
        sending.close()


def _take_in(open_ends: list[Connection], done: dict[int, Any], block: bool) -> None:
    """Read what the workers have sent; with ``block``, until every one of them has ended."""
    while open_ends:
        ready = cast(list[Connection], wait(open_ends, None if block else 0))
        if not ready:
            return
        for end in ready:
            try:
                i, result = end.recv()
            except (EOFError, OSError):  # the worker is done, or gone
                open_ends.remove(end)
                continue
            done[i] = result


def _widen(end: Connection) -> None:
    """Let a pipe hold a megabyte (Linux's default is 64 KiB, under two rows of a matrix), so a
    worker does not wait for this process to finish an item before it can send another."""
    import fcntl  # Linux only, as sharing is

    try:
        fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    except (AttributeError, OSError):  # an older kernel, or a lower limit: the default works
        pass
