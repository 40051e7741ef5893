"""What state each corpus document is in, relative to the outputs' manifest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.version import __version__
from pipeline.core.config import Config
from pipeline.io.loader import SourceFile, discover, sha256_or_empty
from pipeline.io.metadata import fingerprint
from pipeline.io.store import Store

STATES = ("processed", "pending", "changed", "failed", "removed")


def is_up_to_date(entry: dict[str, Any], sha: str, config: Config, source: SourceFile) -> bool:
    """Whether a manifest entry still describes the file with hash ``sha`` (and its metadata) under ``config``."""
    # sha "" (not a readable file) matches a failed entry recorded for the same unreadable file.
    return (entry.get("sha256") == sha and (bool(sha) or entry.get("status") == "failed") and entry.get("pipeline_version") == __version__
            and entry.get("config_hash") == config.document_hash(fingerprint(source.path)))


@dataclass
class CorpusState:
    """Corpus files by state, with their hashes; ``removed`` are doc_ids without a file."""

    files: dict[str, list[tuple[SourceFile, str]]] = field(default_factory=lambda: {s: [] for s in STATES[:4]})
    removed: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # failed doc_id -> recorded error

    def ids(self, state: str) -> list[str]:
        return self.removed if state == "removed" else [s.doc_id for s, _ in self.files[state]]


def classify(config: Config, entries: dict[str, dict[str, Any]] | None = None) -> CorpusState:
    """Compare the corpus with the manifest: processed, pending, changed, failed, removed."""
    if entries is None:
        entries = Store(config.outputs).entries()
    state = CorpusState()
    sources = discover(config.corpus)
    for source in sources:
        sha = sha256_or_empty(source.path)
        entry = entries.get(source.doc_id)
        if entry is None:
            key = "pending"
        elif not is_up_to_date(entry, sha, config, source):
            key = "changed"
        elif entry.get("status") == "failed":
            key = "failed"
            state.errors[source.doc_id] = entry.get("error") or ""
        else:
            key = "processed"
        state.files[key].append((source, sha))
    present = {s.doc_id for s in sources}
    state.removed = sorted(d for d in entries if d not in present)
    return state


def corpus_status(config: Config) -> dict[str, list[str]]:
    """doc_ids by state."""
    state = classify(config)
    return {name: state.ids(name) for name in STATES}


def format_status(status: dict[str, list[str]]) -> str:
    lines = [f"{state:10} {len(ids)}" for state, ids in status.items()]
    for state in ("pending", "changed", "failed", "removed"):
        for doc_id in status[state]:
            lines.append(f"  {state}: {doc_id}")
    return "\n".join(lines)
