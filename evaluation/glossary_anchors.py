"""Score the glossary stage on articles it was not written on: the mirror's insertions rebuilt from WikiGold.

    python -m evaluation.glossary_anchors [--show]

The mirror prints, after a link, the link text on a line of its own followed by the first ~250
characters of the *linked* article and `` ...``. WikiGold's 145 Wikipedia articles give both
halves: each article's lead is a snippet, and its subject, as WikiGold's annotators tagged it at
the start of the lead ("Frederick H. Collier", "The Mad Capsule Markets"), is an anchor linking to
it. Each such (anchor, snippet) is inserted into another WikiGold article after one of its
sentences, as the mirror does, and the cleaned text is checked:

- anchor exact: the glossary row's anchor is the inserted anchor;
- leaks: no word run of the snippet is left in the cleaned text;
- changed: the cleaned text is the host article with the anchor in place, nothing lost or added.

The anchor is the lead's subject as written there, so this set is easier than real links (an
article links "Soviets" to "Soviet Union"); it is a floor, not the held-out score.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from evaluation.shared import SHARED_WIKIGOLD  # noqa: E402 - after the path set-up

STAGES = ["normalize", "strip_glossary", "strip_links"]
SNIPPET_CHARS = 250


def _subject(doc) -> str | None:
    """The lead's subject: the first tagged name of the first sentence, if it opens the sentence."""
    from evaluation.wikigold import detokenize

    tokens, tags = doc.sentences[0], doc.tags[0]
    start = 1 if tokens[0] in ("The", "A", "An") and tags[0] == "O" else 0
    if start >= len(tags) or tags[start] == "O":
        return None
    end = start
    while end < len(tags) and tags[end] == tags[start]:
        end += 1
    first = start if tags[0] == "O" else 0  # "The Mad Capsule Markets": the article is part of the name
    return detokenize(tokens[first:end])


def _snippet(lead: str) -> str:
    """The first ~250 characters of a lead, cut at a word, as the mirror prints them."""
    if len(lead) <= SNIPPET_CHARS:
        return lead
    return lead[:SNIPPET_CHARS].rsplit(" ", 1)[0]


def anchor_forms(subject: str) -> dict[str, str]:
    """How another article may word a link to the subject: as the lead names it, without its leading
    article, by its last word alone ("Collier" for "Frederick H. Collier"), by its initials
    ("MCM" for "The Mad Capsule Markets", as "RSFSR" links the Russian SFSR)."""
    forms = {"as-lead": subject}
    words = subject.split()
    if words[0] in ("The", "A", "An") and len(words) > 1:
        forms["no-article"] = " ".join(words[1:])
        words = words[1:]
    if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 4:
        forms["last-word"] = words[-1]
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) >= 3:
        forms["initials"] = "".join(w[0] for w in capitals)
    return forms


def build_cases() -> list[dict]:
    """Host texts: for each WikiGold article with a taggable subject and each way of wording a link
    to it, the next article with the insertion after its first sentence."""
    from evaluation.wikigold import read_wikigold

    docs = read_wikigold(SHARED_WIKIGOLD)
    cases = []
    for i, linked in enumerate(docs):
        subject = _subject(linked)
        host = docs[(i + 1) % len(docs)]
        if subject is None or len(host.sentences) < 2:
            continue
        for form, anchor in anchor_forms(subject).items():
            cases.append(_case(host, linked, anchor, form))
    return cases


def _case(host, linked, anchor: str, form: str) -> dict:
    from evaluation.wikigold import detokenize

    snippet = _snippet(linked.text)
    before = detokenize(host.sentences[0])
    after = detokenize([t for s in host.sentences[1:] for t in s])
    # The host's sentence goes on after the link, as in the mirror: "…during the\ninterbellum In … ...\nwas …".
    text = f"{before} It was compared with\n{anchor} {snippet} ...\nin later accounts. {after}\n"
    return {"name": f"{host.name}+{linked.name}:{form}", "form": form, "text": text, "anchor": anchor,
            "snippet": snippet, "host": f"{before} It was compared with {anchor} in later accounts. {after}"}


def _leaked(snippet: str, anchor: str, clean: str, host: str) -> bool:
    """Whether a run of five snippet words after the anchor is in the cleaned text but not in the host."""
    words = snippet.split()
    skip = len(anchor.split()) if snippet.startswith(anchor) else 0
    for i in range(skip, max(skip, len(words) - 4)):
        run = " ".join(words[i:i + 5])
        if run in clean and run not in host:
            return True
    return False


def score() -> dict:
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None, stages=STAGES))
    exact, wrong, missing, leaks, changed = Counter(), [], [], [], []
    cases = build_cases()
    for case in cases:
        doc = pipeline.text(case["text"], case["name"])
        rows = [link for link in doc.layers["links"] if link.kind == "glossary"]
        if not rows:
            missing.append(case["name"])
        elif rows[0].anchor == case["anchor"]:
            exact[case["form"]] += 1
        else:
            wrong.append((case["name"], case["anchor"], rows[0].anchor, rows[0].evidence))
        clean = re.sub(r"\s+", " ", doc.text).strip()
        if _leaked(case["snippet"], case["anchor"], clean, case["host"]):
            leaks.append(case["name"])
        if re.sub(r"\s+", " ", case["host"]) != clean:
            changed.append(case["name"])
    return {"cases": len(cases), "per_form": Counter(case["form"] for case in cases), "exact": exact, "wrong": wrong, "missing": missing, "leaks": leaks,
            "changed": changed}


def main(argv: list[str]) -> int:
    if not SHARED_WIKIGOLD.is_file():
        print(f"WikiGold is not here: {SHARED_WIKIGOLD}")
        return 1
    result = score()
    n, exact = result["cases"], sum(result["exact"].values())
    print(f"glossary insertions rebuilt from WikiGold: {n}")
    for form, count in result["per_form"].items():
        print(f"  anchor {form:<11} exact {result['exact'][form]:>3}/{count}")
    print(f"  anchors exact: {exact}/{n} ({exact / n:.1%}); wrong: {len(result['wrong'])}; "
          f"not found: {len(result['missing'])}; snippets leaking into the text: {len(result['leaks'])}; "
          f"cleaned text differing from the host article: {len(result['changed'])}")
    if "--show" in argv:
        for name, gold, got, rule in result["wrong"]:
            print(f"  wrong: {name}: {gold!r} -> {got!r} ({rule})")
        for name in result["missing"]:
            print(f"  not found: {name}")
        for name in result["leaks"]:
            print(f"  leak: {name}")
        for name in result["changed"]:
            print(f"  changed: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
