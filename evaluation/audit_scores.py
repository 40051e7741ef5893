"""Every judged audit sheet under ``docs/audit``, scored by the scorer its key says it needs.

The audits of each session sit in ``docs/audit/sessionN/<name>/`` as ``judged*.jsonl`` with, for
paired or blinded sheets, a ``key*.json`` of the same suffix. Which scorer reads a sheet follows
from its key (the key records what the judge could not see): a story id per row is a stories
audit, ``what`` (added/removed) a rows-gone audit, ``set`` with ``source`` a changed-rows audit,
``source`` alone two paired events samples, and no key (or one without ``source``) a single
events sample. Walking the folder replaces a hand-kept list of
commands, so a new session's audits are scored as soon as they are committed.

    python -m evaluation.audit_scores [docs/audit] [--session 20]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Callable

from evaluation import audit_changed, audit_events, audit_gone, stories_audit

AUDITS = Path(__file__).resolve().parent.parent / "docs" / "audit"


def scorer_for(key: Path | None) -> tuple[str, Callable]:
    """The scorer of a judged sheet, from the fields of its key's rows."""
    fields = set(json.loads(key.read_text(encoding="utf-8"))[0]) if key is not None else set()
    if "story_id" in fields:
        return "stories", stories_audit.score
    if "what" in fields:
        return "rows gone", audit_gone.print_score
    if "set" in fields:
        return "changed rows", audit_changed.score
    if "source" in fields:
        return "events samples", audit_events.score
    return "events sample", lambda judged, _key: audit_events.score(judged)


def judged_sheets(root: Path, session: int | None = None) -> list[tuple[Path, Path | None]]:
    """(judged, key or None) pairs, sessions in number order, a key matched by its file's suffix."""
    def session_of(path: Path) -> int:
        found = re.search(r"session(\d+)", str(path.relative_to(root)))
        return int(found.group(1)) if found else 0
    pairs = []
    for judged in root.rglob("judged*.jsonl"):
        if session is not None and session_of(judged) != session:
            continue
        key = judged.with_name("key" + judged.stem[len("judged"):] + ".json")
        pairs.append((judged, key if key.exists() else None))
    return sorted(pairs, key=lambda p: (session_of(p[0]), str(p[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, nargs="?", default=AUDITS)
    parser.add_argument("--session", type=int, help="only this session's audits")
    args = parser.parse_args()
    for judged, key in judged_sheets(args.root, args.session):
        kind, score = scorer_for(key)
        print(f"=== {judged.relative_to(args.root)} ({kind})")
        score(judged, key)


if __name__ == "__main__":
    main()
