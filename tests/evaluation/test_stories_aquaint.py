"""The AQUAINT stories harness scores the current code: a kept outputs folder is run again unless reused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pipeline
from evaluation import stories_aquaint


def test_a_kept_outputs_folder_is_processed_again_from_scratch(tmp_path: Path, monkeypatch) -> None:
    calls = []

    def fake_run(**kwargs):
        calls.append(kwargs)
        return SimpleNamespace(failed={})

    monkeypatch.setattr(pipeline, "run", fake_run)
    docs = {"NEWS1": SimpleNamespace(text="Rebels seized the port on Friday.", creation_date=dt.date(1998, 8, 7))}
    stories_aquaint.run_pipeline(docs, tmp_path / "outputs")
    # Unchanged documents would be skipped by an incremental run, leaving the old code's events in place.
    assert calls and calls[0]["force"] is True
    assert (tmp_path / "corpus" / "NEWS1.meta.yaml").read_text().startswith("kind: news")


def test_only_reuse_of_a_folder_with_events_skips_the_run(tmp_path: Path) -> None:
    kept = tmp_path / "outputs"
    assert stories_aquaint.must_run(None, reuse=False)
    assert stories_aquaint.must_run(kept, reuse=True)  # nothing stored yet
    (kept / "events").mkdir(parents=True)
    assert stories_aquaint.must_run(kept, reuse=False)
    assert not stories_aquaint.must_run(kept, reuse=True)
