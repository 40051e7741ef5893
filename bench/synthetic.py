"""A deterministic synthetic corpus built from the reference article.

Each document is the article's title and a seeded choice of its sections in
a shuffled order; every second document is the plain-text variant (the same
sections after cleaning: no glossary noise, no citations), as a corpus mixing
mirror scrapes and clean dumps would be. The same arguments give the same
bytes on every machine.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

from tests.conftest import REFERENCE

_SECTION_BREAK = re.compile(r"\n\n\n(?=[^\n]+\n\n)")
_MIN_SECTION_WORDS = 40


@lru_cache(maxsize=1)
def reference_sections() -> tuple[str, tuple[str, ...]]:
    """The article's title line and its sections with some body (headings alone are dropped)."""
    parts = _SECTION_BREAK.split(REFERENCE.read_text(encoding="utf-8"))
    title = parts[0].split("\n")[0]
    return title, tuple(p for p in parts[1:] if len(p.split()) >= _MIN_SECTION_WORDS)


def _plain(text: str) -> str:
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    config = load_config(None, stages=["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow",
                                       "sections"])
    return Pipeline(config).text(text, "x").text


def build_corpus(path: Path, n: int, sections_per_doc: int = 3, seed: int = 0) -> list[Path]:
    """Write ``n`` documents into ``path`` and return their paths."""
    title, sections = reference_sections()
    path.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        chosen = rng.sample(sections, min(sections_per_doc, len(sections)))
        text = f"{title} (part {i})\n\n" + "\n\n\n".join(chosen) + "\n"
        if i % 2:
            text = _plain(text)
        target = path / f"doc_{i:05d}.txt"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
