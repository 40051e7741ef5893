"""The cite stage: the sentence each citation was glued to, and the citations supporting each sentence."""

import pytest

from pipeline.batch.processing import Pipeline
from pipeline.core.config import load_config
from pipeline.core.errors import ConfigError
from pipeline.core.registrations import resolve_stages
from pipeline.io.tables import citation_rows

UP_TO_NLP = ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections", "nlp"]
# Two sentences of one paragraph before a footnote glued to the second; a paragraph after it, uncited.
TEXT = ("Story\n\nThe pact was signed in 1926 by both sides. The bomb was tested in 1949."
        "''Stalin and the Bomb'' by David Holloway, p. 12.\n\nThe next paragraph cites nothing at all.\n")


def _sentence_with(doc, words: str) -> int:
    return next(s.sentence_id for s in doc.layers["sentences"] if words in doc.text[s.start:s.end])


def test_a_footnote_supports_its_sentence_and_the_uncited_ones_before_it_in_its_paragraph():
    doc = Pipeline(load_config(None, stages=UP_TO_NLP + ["cite"])).text(TEXT, "t")
    citation, = doc.layers["citations"]
    bomb, pact, nothing = (_sentence_with(doc, w) for w in ("bomb was tested", "pact was signed", "cites nothing"))
    assert citation.sentence_id == bomb
    assert doc.layers["citation_support"] == {pact: [0], bomb: [0]}
    assert nothing not in doc.layers["citation_support"]
    # The citations table copies what the stage set.
    assert [row["sentence_id"] for row in citation_rows(doc)] == [bomb]


def test_events_carry_the_citations_of_their_sentence():
    doc = Pipeline(load_config(None)).text(TEXT, "t")
    by_date = {e.date_text: e.citation_ids for e in doc.layers["events"]}
    assert by_date["1926"] == [0] and by_date["1949"] == [0]


def test_an_event_in_an_uncited_paragraph_has_no_citations():
    text = TEXT.replace("cites nothing at all.", "was written in 1950.")
    doc = Pipeline(load_config(None)).text(text, "t")
    by_date = {e.date_text: e.citation_ids for e in doc.layers["events"]}
    assert by_date["1950"] == [] and by_date["1949"] == [0]


def test_events_without_cite_is_refused_at_load_naming_the_fix():
    stages = UP_TO_NLP + ["entities", "timexes", "events"]
    with pytest.raises(ConfigError) as err:
        resolve_stages(stages)
    message = str(err.value)
    assert "'events' needs ['citation_support']" in message and "['cite']" in message
    assert "list them before 'events'" in message


def test_cite_before_nlp_or_without_cut_citations_is_refused():
    with pytest.raises(ConfigError, match=r"'cite' needs \['sentences'\]"):
        resolve_stages(["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections", "cite",
                        "nlp"])
    with pytest.raises(ConfigError, match=r"'cite' needs \['citations'\].*\['cut_citations'\]"):
        resolve_stages(["normalize", "reflow", "sections", "nlp", "cite"])


def test_without_cite_citations_have_no_sentence_and_the_pipeline_still_runs():
    """A config that stops before cite (as one without cut_citations, cite and events) keeps working:
    its citations, if any were cut, carry no sentence id, as when no sentences existed to tie them to."""
    doc = Pipeline(load_config(None, stages=UP_TO_NLP)).text(TEXT, "t")
    assert [row["sentence_id"] for row in citation_rows(doc)] == [None]
    assert "citation_support" not in doc.layers
    plain = Pipeline(load_config(None, stages=["normalize", "reflow", "sections", "nlp"])).text(TEXT, "t")
    assert citation_rows(plain) == [] and plain.layers["sentences"]
