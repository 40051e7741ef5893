"""A pool of worker processes that survives its workers: one document per worker at a time.

``concurrent.futures.ProcessPoolExecutor`` is not used because a worker that
dies (the out-of-memory killer, a segfault in a native library) breaks the
whole executor and does not say which document it held, so the run aborts and
the next run dies on the same document. Here the parent knows which document
each worker holds: when a worker dies, that document is recorded as failed
("worker died: signal 9 ...") and a fresh worker takes its place.

Workers leave when the parent does: the kernel sends them SIGKILL when their
parent dies (``PR_SET_PDEATHSIG``), and a worker waiting for work also sees its
pipe close. They ignore Ctrl-C; the parent stops them.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the closed pipe still ends an idle worker
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _worker_main(conn: Connection, parent: int, init: Callable[[], None], work: Callable) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    init()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if item is None:
            return
        conn.send(work(item))


def describe_exit(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = "unknown signal"
        hint = ", often the out-of-memory killer" if sig == signal.SIGKILL else ""
        return f"worker died: signal {sig} ({name}{hint})"
    return f"worker died: exit code {exitcode}"


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, init: Callable[[], None], work: Callable) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, os.getpid(), init, work), daemon=True)
        self.process.start()
        child.close()
        self.item = None
        self.done = 0

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_pool(items: list[Item], workers: int, init: Callable[[], None], work: Callable[[Item], Result],
             on_death: Callable[[Item, str], Result], max_items_per_worker: int = 0) -> Iterator[Result]:
    """Yield ``work(item)`` for every item, computed in ``workers`` processes, as each finishes.

    ``init`` runs once in each worker before its first item. A worker that dies
    yields ``on_death(item, reason)`` for the item it held and is replaced; a
    worker that has done ``max_items_per_worker`` items (0: no limit) is
    replaced too, which bounds the memory caches grow to.
    """
    ctx = mp.get_context("fork")  # the parent's imports are reused; nothing is re-imported
    queue = iter(items)
    pool: list[_Worker] = []
    finished = False
    try:
        for _ in range(min(workers, len(items))):
            pool.append(_Worker(ctx, init, work))
        for worker in pool:
            _assign(worker, queue)
        while any(w.item is not None for w in pool):
            busy = {w.conn: w for w in pool if w.item is not None}
            sentinels = {w.process.sentinel: w for w in busy.values()}
            for ready in wait(list(busy) + list(sentinels)):
                worker = busy.get(ready) or sentinels[ready]
                if worker.item is None:
                    continue  # its result and its exit were both ready; handled once
                item, worker.item = worker.item, None
                try:
                    result = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):
                    result = None
                index = pool.index(worker)
                if result is None:
                    worker.process.join()
                    result = on_death(item, describe_exit(worker.process.exitcode))
                    pool[index] = worker = _replace(worker, ctx, init, work)
                else:
                    worker.done += 1
                    if max_items_per_worker and worker.done >= max_items_per_worker:
                        pool[index] = worker = _replace(worker, ctx, init, work)
                yield result
                _assign(worker, queue)
        finished = True
    finally:
        for worker in pool:
            if finished:
                worker.stop()
            else:  # interrupted (Ctrl-C, an error in the consumer): no document is waited for
                worker.process.kill()
                worker.process.join()


def _assign(worker: _Worker, queue: Iterator) -> None:
    item = next(queue, None)
    if item is not None:
        worker.item = item
        try:
            worker.conn.send(item)
        except OSError:
            pass  # the worker died just now; its sentinel reports it with this item


def _replace(worker: _Worker, ctx: mp.context.BaseContext, init: Callable[[], None], work: Callable) -> _Worker:
    worker.stop()
    return _Worker(ctx, init, work)
