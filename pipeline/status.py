"""What state each corpus document is in, relative to the outputs."""

from __future__ import annotations

from collections import defaultdict

from pipeline import __version__
from pipeline.config import Config
from pipeline.loader import discover, sha256_or_empty
from pipeline.store import Store

STATES = ("processed", "pending", "changed", "failed", "removed")


def is_up_to_date(prev, sha: str, config: Config) -> bool:
    """Whether a documents row still describes the file with hash ``sha`` under ``config``."""
    return bool(sha) and prev.sha256 == sha and prev.pipeline_version == __version__ \
        and prev.config_hash == config.result_hash()


def corpus_status(config: Config) -> dict[str, list[str]]:
    """doc_ids by state: processed (up to date), pending (never run), changed, failed, removed."""
    docs = Store(config.outputs).read("documents")
    known = {row.doc_id: row for row in docs.itertuples(index=False)}
    result: dict[str, list[str]] = defaultdict(list)
    sources = discover(config.corpus)
    for source in sources:
        prev = known.get(source.doc_id)
        sha = sha256_or_empty(source.path)
        if prev is None:
            result["pending"].append(source.doc_id)
        elif not is_up_to_date(prev, sha, config):
            result["changed"].append(source.doc_id)
        elif prev.status == "failed":
            result["failed"].append(source.doc_id)
        else:
            result["processed"].append(source.doc_id)
    present = {s.doc_id for s in sources}
    result["removed"] = sorted(d for d in known if d not in present)
    return {state: result.get(state, []) for state in STATES}


def format_status(status: dict[str, list[str]]) -> str:
    lines = [f"{state:10} {len(ids)}" for state, ids in status.items()]
    for state in ("pending", "changed", "failed", "removed"):
        for doc_id in status[state]:
            lines.append(f"  {state}: {doc_id}")
    return "\n".join(lines)
