"""Citations: cut from the body, parsed into fields, tied to the sentence they support."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load_table
from pipeline.citations.parse import parse_citation, split_authors
from evaluation.scores import score

GOLDEN = Path(__file__).parents[1] / "golden"
REF_ID = "germany_soviet_union_relations_1918_1941"
FIELDS = ["title", "container", "publisher", "volume", "issue", "pages", "url"]


def load_jsonl(name):
    return [json.loads(line) for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines() if line]


def predicted(row) -> dict:
    out = {"authors": list(row.authors), "year": None if pd.isna(row.year) else int(row.year)}
    for f in FIELDS:
        value = getattr(row, f)
        out[f] = None if isinstance(value, float) and value != value else value
    return out


@pytest.fixture(scope="module")
def article(full_run):
    citations = load_table("citations", full_run["outputs"], REF_ID)
    sentences = load_table("sentences", full_run["outputs"], REF_ID)
    return citations, sentences


def test_every_citation_of_the_article_is_found_with_its_kind(article):
    citations, _ = article
    gold = load_jsonl("citations_reference.jsonl")
    assert len(gold) == 63
    assert sorted(zip(citations.raw_text, citations.kind)) == sorted((g["raw_text"], g["kind"]) for g in gold)


def test_no_citation_is_left_in_the_body(article):
    _, sentences = article
    author_year = re.compile(r"[A-Z][\w'-]+, [A-Z][^()]{0,40}\((?:1[5-9]|20)\d\d")
    leftovers = [t for t in sentences.text
                 if author_year.search(t) or re.search(r"\bpp\.|\bp\. ?\d|''", t)]
    assert not leftovers


def test_inline_citations_point_at_the_sentence_they_follow(article):
    citations, sentences = article
    text_of = dict(zip(sentences.sentence_id, sentences.text))
    gold = {g["raw_text"]: g for g in load_jsonl("citations_reference.jsonl")}
    checked = 0
    for row in citations.itertuples():
        g = gold[row.raw_text]
        if row.kind in ("inline", "short"):
            assert text_of[int(row.sentence_id)].endswith(g["follows"]), row.raw_text
            checked += 1
        else:
            assert pd.isna(row.sentence_id)  # null for list items
    assert checked == 35


def test_article_citation_fields_f1(article):
    citations, _ = article
    gold = {g["raw_text"]: g for g in load_jsonl("citations_reference.jsonl")}
    total, _ = score((predicted(r), gold[r.raw_text]) for r in citations.itertuples())
    assert total.f1 >= 0.93, str(total)


def test_ordinary_reference_strings_f1():
    gold = load_jsonl("references_ordinary.jsonl")
    assert len(gold) >= 40
    total, per = score((parse_citation(g["text"]), g) for g in gold)
    assert total.f1 >= 0.90, str(total)
    assert per["author"].f1 >= 0.9 and per["year"].f1 >= 0.95


@pytest.mark.parametrize("text, expected", [
    ("Gasiorowski, Zygmunt J. (1958) The Russian Overture to Germany of December 1924 ''The Journal of Modern "
     "History'' 30 (2), 99–117.",
     {"authors": ["Gasiorowski, Zygmunt J."], "year": 1958, "title": "The Russian Overture to Germany of December 1924",
      "container": "The Journal of Modern History", "volume": "30", "issue": "2", "pages": "99–117"}),
    ("Carr, Edward Hallett. ''German-Soviet Relations between the Two World Wars''. Baltimore: Johns Hopkins Press, 1951.",
     {"authors": ["Carr, Edward Hallett"], "year": 1951, "title": "German-Soviet Relations between the Two World Wars",
      "publisher": "Johns Hopkins Press", "container": None}),
    ("Montefiore 2005, p. 32", {"authors": ["Montefiore"], "year": 2005, "pages": "32"}),
])
def test_parse_citation_fields(text, expected):
    got = parse_citation(text)
    for key, value in expected.items():
        assert got[key] == value, key


@pytest.mark.parametrize("text, names", [
    ("Romero, C., Paunesku, D., & Dweck, C.", ["Romero, C.", "Paunesku, D.", "Dweck, C."]),
    ("Kevin McDermott, and J. Agnew,", ["McDermott, Kevin", "Agnew, J."]),
    ("Pérez-Higueras JJ, Arias A, de la Macorra JC", ["Pérez-Higueras, JJ", "Arias, A", "de la Macorra, JC"]),
    ("Sebag Montefiore, Simon.", ["Sebag Montefiore, Simon"]),
    ("World Health Organization.", ["World Health Organization"]),
])
def test_author_lists(text, names):
    assert split_authors(text) == names


def test_committed_model_matches_its_training_data():
    from evaluation.shared import SHARED_REFERENCES
    from pipeline.citations.model import FINGERPRINT_PATH, MODEL_PATH

    assert MODEL_PATH.exists()
    if not SHARED_REFERENCES.exists():
        pytest.skip(f"the training data {SHARED_REFERENCES} is not beside the repository")
    from evaluation.citation_training import fingerprint

    assert json.loads(FINGERPRINT_PATH.read_text()) == fingerprint(), \
        "rebuild the citation model: python -m evaluation.citation_training"


def test_plain_text_has_no_citations():
    from tests.conftest import clean_document

    text = "Plain\n\nThe treaty was signed in 1926, and it lasted five years (until 1931). Germany agreed."
    doc = clean_document(text, stages=["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow"])
    assert doc.layers["citations"] == [] and doc.text == text


def test_quoted_speech_in_a_news_wire_is_not_a_citation():
    """A wire story quotes with ``…'' (AQUAINT APW20000128.0316, the shape found by the TimeML harness):
    ",'' President Castro said … ``kidnapped'' by the boyfriend who perished" is prose, and the
    sentence used to be cut as a ''Title'' by Author citation, losing it."""
    from tests.conftest import clean_document

    stages = ["normalize", "strip_glossary", "strip_links", "cut_citations"]
    text = ("Story\n\nCalling his mother ``an excellent girl,'' President Fidel Castro said Friday she had been "
            "``practically kidnapped'' by the boyfriend who perished along with her.\n\nMore news.")
    doc = clean_document(text, stages=stages)
    assert doc.layers["citations"] == [] and "boyfriend who perished" in doc.text
    # A real ''Title'' by Author citation glued to its sentence is still cut.
    text = ("Story\n\nThe bomb was tested in 1949.''Stalin and the Bomb'' by David Holloway, p. 12.\n\n"
            "More news.")
    doc = clean_document(text, stages=stages)
    assert len(doc.layers["citations"]) == 1 and "Holloway" not in doc.text
