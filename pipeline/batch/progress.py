"""Progress of a long run, whether or not anyone watches a terminal.

On a terminal a tqdm bar redraws in place. Anywhere else (a log file, CI,
``nohup``) redrawing makes a mess, so we print a plain line every so many
documents, and at least every ``interval`` seconds, with the rate and the time
left: ``processed 40/200 documents (3.1 docs/s, about 52 s left)``.
"""

from __future__ import annotations

import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class Progress:
    """Counts finished documents and reports them on ``stream``; a no-op when ``enabled`` is false."""

    def __init__(self, total: int, stream: TextIO, enabled: bool = True, interval: float = 30.0) -> None:
        self.total, self.stream, self.interval = total, stream, interval
        self.done = 0
        self.started = self.last_line = time.monotonic()
        # A line per 5 % of the run (at least one per document for short runs).
        self.every = max(1, total // 20)
        self.bar = None
        self.enabled = enabled and total > 0
        if self.enabled and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=stream)

    def update(self, n: int = 1) -> None:
        if not self.enabled:
            return
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if self.done == self.total or self.done % self.every == 0 or now - self.last_line >= self.interval:
            self.last_line = now
            print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"processed {self.done}/{self.total} documents ({rate:.1f} docs/s"
        if self.done < self.total and rate > 0:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text + ")"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
