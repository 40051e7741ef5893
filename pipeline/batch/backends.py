"""Where documents are processed: in this process, a pool of processes, or a Dask cluster.

Every backend yields ``(doc_id, tables)`` as documents finish, and keeps only
a few documents in flight, so memory does not grow with the corpus. Each
worker process builds one :class:`~pipeline.batch.processing.Pipeline`, so the spaCy model is loaded once per
worker (and again after a recycled worker restarts). Results do not depend on
the backend: a document's tables depend only on the document and the config.
"""

from __future__ import annotations

import logging

from typing import Any, Iterator

import pyarrow as pa

from pipeline.core.config import Config
from pipeline.core.errors import FatalError
from pipeline.core.grouping import consecutive_groups
from pipeline.io.loader import SourceFile
from pipeline.batch.processing import Pipeline, failed_tables
from pipeline.batch.workers import run_pool

Item = tuple[SourceFile, str]  # a source file and its sha256
Result = tuple[str, dict[str, pa.Table]]
IN_FLIGHT_PER_WORKER = 2  # Dask: tasks (groups of documents, dask_groups) queued per worker


# --- worker side ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _worker_init(config: Config) -> None:
    _WORKER["key"] = config.model_dump_json()
    _WORKER["pipeline"] = Pipeline(config)


def _worker_process(item: Item) -> Result:
    source, sha = item
    return source.doc_id, _WORKER["pipeline"].process(source, sha)


def _dask_process(items: list[Item], config: Config) -> list[Result]:
    # A Dask worker process runs many tasks; set it up on its first task for this config.
    if _WORKER.get("key") != config.model_dump_json():
        _worker_init(config)
    # A task is a few documents: the model reads their paragraphs in shared batches (process_many).
    return list(_WORKER["pipeline"].process_many(items))


def dask_groups(todo: list[Item], workers: int, max_docs: int, max_bytes: int) -> list[list[Item]]:
    """``todo`` cut into Dask tasks of consecutive documents: at most ``max_docs`` of them and
    ``max_bytes`` of files (a bigger file goes alone), and small enough that every worker gets
    about four tasks, so no worker waits while another finishes one long task."""
    per_task = max(1, min(max_docs, -(-len(todo) // (max(workers, 1) * 4))))
    return consecutive_groups(todo, _file_bytes, max_bytes, per_task)


def _file_bytes(item: Item) -> int:
    try:
        return item[0].path.stat().st_size
    except OSError:
        return 0  # unreadable: its task reports it


# --- driver side ---------------------------------------------------------------------------

def results(config: Config, todo: list[Item]) -> Iterator[Result]:
    """Process ``todo`` with the configured backend, yielding each document as it finishes."""
    if config.backend == "dask":
        yield from _dask(config, todo)
    elif config.backend == "processes" and config.workers > 1 and len(todo) > 1:
        yield from _processes(config, todo)
    else:
        yield from _serial(config, todo)


def _serial(config: Config, todo: list[Item]) -> Iterator[Result]:
    # In one process the model can read several documents' paragraphs in one batch (process_many).
    yield from Pipeline(config).process_many(todo)


def _worker_died(config: Config, item: Item, reason: str) -> Result:
    """The result of a document whose worker died under it: one failed documents row."""
    source, sha = item
    return source.doc_id, failed_tables(source, sha, config, f"{source.relpath}: {reason}", "worker")


def _processes(config: Config, todo: list[Item]) -> Iterator[Result]:
    yield from run_pool(todo, config.workers, init=lambda: _worker_init(config), work=_worker_process,
                        on_death=lambda item, reason: _worker_died(config, item, reason),
                        max_items_per_worker=config.worker_max_docs)


def _quiet_dask() -> None:
    """Dask's INFO lines (workers starting, a dashboard) are noise to a user of ``run``: below
    WARNING they show only with ``-v`` (when the root logger is at DEBUG). distributed sets its
    own loggers' levels when imported, so this runs after the import."""
    if logging.getLogger().isEnabledFor(logging.INFO):
        return
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in ("distributed", "dask", "tornado", "bokeh"):
            logging.getLogger(name).setLevel(logging.WARNING)


def _dask(config: Config, todo: list[Item]) -> Iterator[Result]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise FatalError("backend 'dask' needs Dask distributed: install the project with its dask extra "
                         "(pip install -e '.[dask]') or pip install 'dask[distributed]'") from None
    _quiet_dask()
    cluster = None
    if config.dask.scheduler:
        client = Client(config.dask.scheduler)
    else:
        cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        if not todo:
            return
        config_future = client.scatter(config, broadcast=True)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or config.workers)
        tasks = iter(dask_groups(todo, n_workers, config.nlp.batch_size, config.nlp.batch_chars))
        running = as_completed()
        # Keep a few tasks per worker in flight; submit the next as each one finishes.
        limit = n_workers * IN_FLIGHT_PER_WORKER
        held: dict[Any, list[Item]] = {}

        def submit(group: list[Item]) -> None:
            future = client.submit(_dask_process, group, config_future, pure=False)
            held[future] = group
            running.add(future)

        for _, group in zip(range(limit), tasks):  # range first: zip must not consume a task it drops
            submit(group)
        for future in running:
            group = held.pop(future)
            try:
                yield from future.result()
            except FatalError:
                raise
            except Exception as exc:  # the worker died (KilledWorker) or the task was lost
                if len(group) > 1:
                    # One document may have killed it: each goes again alone, so only that one fails.
                    for item in group:
                        submit([item])
                else:
                    yield _worker_died(config, group[0], f"worker died ({type(exc).__name__}: {exc})")
            future.release()
            group = next(tasks, None)
            if group is not None:
                submit(group)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
