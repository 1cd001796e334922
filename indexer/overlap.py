"""Stage overlap for index_paths: letters are parsed ahead in worker processes and stored behind
on one thread, so the encoder (in the calling thread) is never waiting on either.

- `ordered_map(fn, items)` runs `fn` over `items` in a process pool (one process per spare core)
  with at most `window` items in flight, and yields each item's Future in the items' order:
  memory stays flat however many letters there are. Small batches (an upload, a test) run
  inline. The pool forks (on Linux): a spawned worker would re-run the caller's main script,
  which breaks any script without an `if __name__ == "__main__"` guard. The workers run only
  parsing and chunking code, never the model or the store, so the threads those hold in the
  parent do not matter to them.
- `StoreWriter` runs store calls in the order given on one background thread behind a short
  queue. Chroma's writes spend most of their time waiting on disk, not on the CPU.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
POOL_MIN_ITEMS = 16  # fewer items than this are parsed inline


def spare_cores() -> int:
    """Cores left over for parsing once the encoder has the calling process."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(0, cores - 1)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int | None = None,
                window: int | None = None) -> Iterator[Future[R]]:
    """`fn(item)` for each item, as Futures in item order (`.result()` returns or re-raises)."""
    items = list(items)
    workers = spare_cores() if workers is None else workers
    if workers < 1 or len(items) < POOL_MIN_ITEMS:
        for item in items:
            done: Future[R] = Future()
            try:
                done.set_result(fn(item))
            except Exception as exc:  # handed to the caller, as a pool would
                done.set_exception(exc)
            yield done
        return
    window = window or 32 * (workers + 1)
    methods = multiprocessing.get_all_start_methods()
    # Say how tokenizers may use threads, or each forked worker prints a warning about it.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if "fork" in methods else "spawn"),
                               initializer=_die_with_parent)
    logger.info("parsing in %d worker processes", workers)
    finished = False
    try:
        rest = iter(items)
        in_flight = deque(pool.submit(fn, item) for _, item in zip(range(window), rest))
        while in_flight:
            head = in_flight.popleft()
            for item in rest:
                in_flight.append(pool.submit(fn, item))
                break
            yield head
        finished = True
    finally:  # on an early exit, drop what has not started
        pool.shutdown(wait=True, cancel_futures=not finished)


def _die_with_parent() -> None:
    """(in each worker) Ask Linux to end this worker when the indexing process dies: a `kill -9`
    of `imr index` would otherwise leave its parse workers waiting on their queue for ever."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux/glibc: workers end when their queue closes
        pass


class StoreWriter:
    """Runs `submit`ted calls in order on one thread; `close()` waits and re-raises the first error
    (calls after an error are skipped)."""

    _STOP = object()

    def __init__(self, depth: int = 2) -> None:
        self._jobs: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="imr-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not self._STOP:
            fn, args = job
            if self._error is None:
                try:
                    fn(*args)
                except BaseException as exc:  # re-raised in the caller's thread by wait() or close()
                    self._error = exc
            self._jobs.task_done()
        self._jobs.task_done()

    def submit(self, fn: Callable[..., object], *args: object) -> None:
        self._jobs.put((fn, args))

    def wait(self) -> None:
        """Block until every submitted call has run."""
        self._jobs.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self) -> None:
        self._jobs.put(self._STOP)
        self._thread.join()
        self._raise()
