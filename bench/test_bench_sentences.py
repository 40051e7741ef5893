"""Sentence boundaries: the model's senter (what ``nlp.parse: needed`` uses) against the parser's
(``parse: all``, as before) and spaCy's rule sentencizer, scored on WikiGold's own sentence
splits; and how many rows of the sentences table change between the two modes on the reference
article and WikiGold."""

from __future__ import annotations

import pytest

from tests.conftest import REFERENCE, ROOT

pytestmark = pytest.mark.slow

from evaluation.shared import SHARED_WIKIGOLD as WIKIGOLD  # noqa: E402


def gold_boundaries(doc) -> set[int]:
    """Character offsets in ``doc.text`` where WikiGold starts a sentence (after the first)."""
    text, found, pos = doc.text, set(), 0
    for si, sentence in enumerate(doc.sentences):
        for ti, token in enumerate(sentence):
            token = {"--": "–", "---": "—"}.get(token, token)
            at = text.find(token, pos)
            if at < 0:
                break
            if ti == 0 and si > 0:
                found.add(at)
            pos = at + len(token)
    return found


def test_sentence_boundaries_on_wikigold_and_changed_rows():
    import spacy

    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline
    from evaluation.wikigold import read_wikigold

    if not WIKIGOLD.exists():
        pytest.skip("WikiGold not found")
    docs = read_wikigold(WIKIGOLD)
    name = load_config(None).nlp.model
    segmenters = {
        "parser (parse: all)": spacy.load(name, disable=["lemmatizer", "ner"]),
        "senter (parse: needed)": spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                            "lemmatizer", "ner"]),
        "rule sentencizer": spacy.blank("en"),
    }
    segmenters["senter (parse: needed)"].enable_pipe("senter")
    segmenters["rule sentencizer"].add_pipe("sentencizer")
    print("\nWikiGold sentence starts (gold: its own sentence splits):")
    scores = {}
    for label, nlp in segmenters.items():
        tp = fp = fn = 0
        for doc in docs:
            gold = gold_boundaries(doc)
            pred = {s.start_char for s in nlp(doc.text).sents if s.start_char > 0}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
        p, r = tp / (tp + fp), tp / (tp + fn)
        scores[label] = 2 * p * r / (p + r)
        print(f"  {label:24s} P={p:.3f} R={r:.3f} F1={scores[label]:.3f} (tp={tp} fp={fp} fn={fn})")

    texts = {"reference article": [REFERENCE.read_text(encoding="utf-8")], "WikiGold": [d.text for d in docs]}
    rows = {}
    for mode in ("all", "needed"):
        config = load_config(None, stages=["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow",
                                           "sections", "nlp"], nlp={"parse": mode})
        pipeline = Pipeline(config)
        rows[mode] = {label: [{(s.start, s.end) for s in pipeline.text(t, "x").layers["sentences"]} for t in ts]
                      for label, ts in texts.items()}
    for label in texts:
        before = sum(len(s) for s in rows["all"][label])
        after = sum(len(s) for s in rows["needed"][label])
        same = sum(len(a & b) for a, b in zip(rows["all"][label], rows["needed"][label]))
        print(f"  {label}: {before} sentences before (parser), {after} after (senter); {same} identical, "
              f"{before - same} of the old ones changed")
    assert scores["senter (parse: needed)"] >= scores["rule sentencizer"]
