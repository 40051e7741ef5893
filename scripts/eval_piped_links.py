"""Score strip_links: recall and false collapses on the reference article's golden remnants, and
false collapses on text that has no remnants at all: clean news prose (TimeBank and AQUAINT) and
1,514 bibliography entries (anystyle-core.xml), both written by others.

    python scripts/eval_piped_links.py [--show]

Every collapse on the TimeML text is a false one (news wire text has no wiki links), so its
count per 100,000 words is the false-collapse rate on prose we did not write.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLDEN = ROOT / "tests" / "golden" / "piped_remnants_reference.tsv"
STAGES = ["normalize", "strip_glossary", "strip_links"]


def golden() -> list[tuple[str, str]]:
    lines = [line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(r["target"], r["display"]) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def collapses(text: str) -> list[tuple[str, str]]:
    from pipeline.config import load_config
    from pipeline.processing import Pipeline

    doc = Pipeline(load_config(None, stages=STAGES)).text(text)
    return [(link.target, link.anchor) for link in doc.layers["links"] if link.kind == "piped"]


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


def score_clean_prose() -> dict:
    from pipeline.timex.harness import SHARED_TIMEML
    from pipeline.timex.timeml import read_corpus

    words, false = 0, []
    for corpus in ("TimeBank", "AQUAINT"):
        for tm in read_corpus(SHARED_TIMEML / corpus):
            words += len(tm.text.split())
            false += [(tm.name, t, a) for t, a in collapses(tm.text)]
    return {"words": words, "false": false}


SHARED_REFERENCES = ROOT.parent / "shared" / "data" / "references" / "anystyle-core.xml"


def score_reference_strings() -> dict:
    """The 1,514 reference strings of anystyle-core.xml, one paragraph each: author lists ("Zhang, J.,
    Zhang, K."), places ("New York, NY") and titles, comma after comma, and no wiki link among them."""
    import html
    import re

    xml = SHARED_REFERENCES.read_text(encoding="utf-8")
    strings = [html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\n", " ").strip()
               for s in re.findall(r"<sequence>(.*?)</sequence>", xml, re.S)]
    text = "\n\n".join(strings)
    return {"words": len(text.split()), "false": collapses(text)}


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
    prose = score_clean_prose()
    rate = len(prose["false"]) / prose["words"] * 100_000
    print(f"TimeML news text: {prose['words']:,} words, {len(prose['false'])} false collapses "
          f"({rate:.1f} per 100,000 words)")
    for item in prose["false"][:20]:
        print(f"  false: {item}")
    refs = score_reference_strings()
    print(f"reference strings (anystyle-core.xml): {refs['words']:,} words, {len(refs['false'])} false collapses")
    for item in refs["false"][:20]:
        print(f"  false: {item}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
