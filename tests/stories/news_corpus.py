"""Run invented news reports through the whole pipeline: the corpus the news story tests share."""

from __future__ import annotations

from pathlib import Path

from pipeline import load_table, run


def run_reports(root: Path, reports: dict[str, tuple[str, str]], narratives: dict[str, str] | None = None):
    """Write each report (name: (report date, text)) as a news document with its reference date, and
    each narrative (name: text) as a plain document; run the pipeline; return the events table."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (written, text) in reports.items():
        (corpus / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
        (corpus / f"{name}.meta.yaml").write_text(f"kind: news\nreference_date: {written}\n", encoding="utf-8")
    for name, text in (narratives or {}).items():
        (corpus / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(root / "outputs"))
    assert not summary.failed
    return load_table("events", root / "outputs")


def story(events, doc_id: str, trigger: str) -> str:
    """The story of the one row of ``doc_id`` with this trigger (fails, showing the document's rows, unless one)."""
    rows = events[(events.doc_id == doc_id) & (events.trigger == trigger)]
    assert len(rows) == 1, (doc_id, trigger, events[events.doc_id == doc_id][["trigger", "date_text", "actors", "theme"]])
    return rows.iloc[0].story_id
