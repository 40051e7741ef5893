"""Score the cleaners: recall and false collapses on the reference article's golden remnants, and
false collapses and glossary rows on text that has no wiki link at all, written by others: clean
Wikipedia prose (WikiGold, detokenised), news (TimeBank and AQUAINT) and 1,514 bibliography
entries (anystyle-core.xml).

    python -m evaluation.piped_links [--show]

Every collapse and every glossary row on the clean sets is a false one, so their count per
100,000 words is the rate at which the cleaners delete real text. Suspected remnants kept in
the text (``collapsed`` false) delete nothing and are counted apart.
"""

from __future__ import annotations

import csv
import functools
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from evaluation.shared import SHARED_REFERENCES, SHARED_TIMEML, SHARED_WIKIGOLD  # noqa: E402 - after the path set-up
GOLDEN = ROOT / "tests" / "golden" / "piped_remnants_reference.tsv"
STAGES = ["normalize", "strip_glossary", "strip_links"]


def golden() -> list[tuple[str, str]]:
    lines = [line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(r["target"], r["display"]) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@functools.lru_cache(maxsize=1)
def _cleaning():
    """The cleaning stages, built once for every text scored."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(None, stages=STAGES))


def _links(text: str, doc_id: str = "doc") -> list:
    return _cleaning().text(text, doc_id).layers["links"]


def collapses(text: str) -> list[tuple[str, str]]:
    """The piped links whose target was removed from the text, as (target, display)."""
    return [(link.target, link.anchor) for link in _links(text) if link.kind == "piped" and link.collapsed]


def score_clean_set(texts: list[tuple[str, str]]) -> dict:
    """On text with no wiki links at all every collapse and every glossary row is false; a suspected
    remnant kept in the text (not collapsed) costs nothing but a row to review."""
    words, false, glossary, kept = 0, [], [], 0
    for name, text in texts:
        words += len(text.split())
        for link in _links(text, name):
            if link.kind == "glossary":
                glossary.append((name, link.anchor, (link.gloss or "")[:60]))
            elif link.collapsed:
                false.append((name, link.target, link.anchor))
            else:
                kept += 1
    return {"words": words, "false": false, "glossary": glossary, "kept": kept}


def score_reference() -> dict:
    """Recall (a gold remnant counts when its target was cut and its display starts what was kept)
    and false collapses (a collapse matching no gold remnant)."""
    from tests.conftest import REFERENCE

    gold = Counter((t.lstrip(":"), d) for t, d in golden())
    found = collapses(REFERENCE.read_text(encoding="utf-8"))
    hits, false = Counter(), []
    for target, anchor in found:
        # The kept text is as written; the display's recorded edge may be shorter or longer than gold's.
        match = next((g for g in gold if g[0] == target and (anchor.startswith(g[1]) or g[1].startswith(anchor))
                      and hits[g] < gold[g]), None)
        if match is None:
            false.append((target, anchor))
        else:
            hits[match] += 1
    missed = gold - hits
    return {"gold": sum(gold.values()), "hits": sum(hits.values()), "false": false, "missed": sorted(missed.elements())}



def timeml_texts() -> list[tuple[str, str]]:
    """TimeBank and AQUAINT: news wire text, which has no wiki links."""
    from evaluation.timeml import read_corpus

    return [(tm.name, tm.text) for corpus in ("TimeBank", "AQUAINT") for tm in read_corpus(SHARED_TIMEML / corpus)]


def wikigold_texts() -> list[tuple[str, str]]:
    """145 Wikipedia articles' sentences, detokenised: clean Wikipedia prose, no remnant in it."""
    from evaluation.wikigold import read_wikigold

    return [(doc.name, doc.text) for doc in read_wikigold(SHARED_WIKIGOLD)]


def reference_string_texts() -> list[tuple[str, str]]:
    """The 1,514 reference strings of anystyle-core.xml, one paragraph each: author lists ("Zhang, J.,
    Zhang, K."), places ("New York, NY") and titles, comma after comma, and no wiki link among them."""
    import html
    import re

    xml = SHARED_REFERENCES.read_text(encoding="utf-8")
    strings = [html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\n", " ").strip()
               for s in re.findall(r"<sequence>(.*?)</sequence>", xml, re.S)]
    return [("anystyle-core", "\n\n".join(strings))]


def score_clean_prose() -> dict:
    return score_clean_set(timeml_texts())


def score_reference_strings() -> dict:
    return score_clean_set(reference_string_texts())


def score_wikigold() -> dict:
    return score_clean_set(wikigold_texts())


CLEAN_SETS = (("wikigold (Wikipedia prose)", SHARED_WIKIGOLD, score_wikigold),
              ("TimeBank+AQUAINT (news)", SHARED_TIMEML, score_clean_prose),
              ("anystyle-core (bibliography)", SHARED_REFERENCES, score_reference_strings))


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    ref = score_reference()
    print(f"reference article: {ref['hits']}/{ref['gold']} gold remnants collapsed "
          f"(recall {ref['hits'] / ref['gold']:.2f}), {len(ref['false'])} false collapses")
    if "--show" in argv:
        for t, d in ref["missed"]:
            print(f"  missed: {t!r} , {d!r}")
        for t, a in ref["false"]:
            print(f"  false:  {t!r} , {a!r}")
    print(f"{'clean set':<30} {'words':>8} {'false collapses':>16} {'per 100k words':>15} "
          f"{'glossary rows':>14} {'kept suspects':>14}")
    for name, path, scorer in CLEAN_SETS:
        if not path.exists():
            print(f"{name:<30} (not here: {path})")
            continue
        result = scorer()
        rate = len(result["false"]) / result["words"] * 100_000
        print(f"{name:<30} {result['words']:>8,} {len(result['false']):>16} {rate:>15.1f} "
              f"{len(result['glossary']):>14} {result['kept']:>14}")
        for item in (result["false"] + result["glossary"])[:20]:
            print(f"  false: {item}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
