"""events/tree: walks over a real parse (the pipeline's model)."""

from pipeline.events.tree import first_conjunct


def test_a_conjunct_climbs_to_the_first_of_its_coordination(spacy_model):
    doc = spacy_model("Tarvia, Lusk and Orm signed the treaty.")
    words = {t.text: t for t in doc}
    assert words["Orm"].dep_ == "conj"  # the parse the walk is written for
    assert first_conjunct(words["Orm"]).text == "Lusk"
    assert first_conjunct(words["Lusk"]).text == "Lusk"


def test_a_word_that_is_no_conjunct_is_its_own_first(spacy_model):
    doc = spacy_model("The army crossed the river.")
    assert first_conjunct(doc[1]).i == 1
    assert first_conjunct(doc[2]).i == 2  # the root: its head is itself
