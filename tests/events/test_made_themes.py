"""Themes of a thing made, founded, coined or named, and triggers of a thing's age (issue 33 item 5: "the
trigger is the happening's word; themes name the thing acted on in full"; pipeline.events.made_themes,
pipeline.events.light_links), in sentences of our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def titled():
    """Run the pipeline over a lead with its own title (the article's subject)."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str):
        return [(e.trigger, e.theme) for e in pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]]

    return run


def test_a_religion_founded_is_the_copulas_subject(titled):
    # The participle hangs on the predicate noun "religion"; the thing founded is Vellism.
    assert titled("Vellism", "Vellism was a major religion founded in the third century by Orm.") == [
        ("found", "Vellism")]


def test_a_named_religion_established_is_the_theme_not_a_participant(process):
    rows = process("The Orm Faith is a religion established by Vell in the 19th century.")
    assert [(e.trigger, e.theme, e.participants) for e in rows] == [("establish", "Orm Faith", [])]


def test_the_term_coined_is_the_articles_term(titled):
    assert titled("Polytheism", "Polytheism is the belief in many gods. The term was coined by Orm in 1614.") == [
        ("coin", "Polytheism")]


def test_a_text_said_to_have_been_composed_is_the_article(titled):
    text = ("The Kojiki is an early Tarvian chronicle of myths. It is claimed to have been composed by Orm at the "
            "request of Empress Vell in 711–712.")
    assert titled("Kojiki", text) == [("compose", "Kojiki")]


def test_the_denomination_is_the_articles_church(titled):
    text = ("The Orm Church is a Tarvian denomination. The denomination grew out of the Lusk movement during the "
            "mid-19th century, and it was formally established in 1863.")
    assert titled("Orm Church", text) == [("grow", "Orm Church"), ("establish", "Orm Church")]


def test_a_party_article_lends_no_title_theme(titled):
    # A state's lead is no made thing: "it" stays as the usual rules read it.
    text = "Tarvia is a kingdom in the north. It was established by Orm in 1863."
    assert ("establish", "Tarvia") not in titled("Tarvia", text)


def test_a_works_title_keeps_its_lower_case_words(process):
    rows = process("The movement began with publication of the Discourse on the Method in 1637.")
    assert ("publication", "Discourse on the Method") in [(e.trigger, e.theme) for e in rows]


def test_a_noun_of_naming_keeps_its_name(process):
    assert [(e.trigger, e.theme) for e in process('The name "Vellish Orders" was first used in 1931.')] == [
        ("use", "name Vellish Orders")]


def test_dating_back_to_a_happening_is_that_happening(process):
    rows = process("It dates back to the Christianization of the Kingdom of Tarsk by Orm missionaries in 330.")
    assert [e.trigger for e in rows] == ["christianization"]


def test_a_use_going_back_to_a_century_is_the_use(process):
    rows = process("The use of the word to cover dried bodies goes back to at least the early 17th century.")
    assert [e.trigger for e in rows] == ["use"]


def test_rising_to_prominence_is_one_rise(process):
    assert [e.trigger for e in process("Orm rose to prominence during the 24th century BC.")] == ["rise"]


def test_it_took_place_in_a_revolutions_article_is_the_revolution(titled):
    text = ("The Tarvian Revolution was an armed conflict between Tarvia and Lusk. It took place between Tarvia's "
            "declaration of independence in 1945 and the transfer of sovereignty to Tarvia in 1949.")
    rows = titled("Tarvian Revolution", text)
    assert ("revolution", None) in rows and ("declaration", "declaration of independence") in rows
    assert "take" not in [trigger for trigger, _ in rows]


def test_a_happening_which_took_place_is_that_happening(process):
    rows = process("They were major states until the unification of Orm, which took place between 1859 and 1870.")
    assert [e.trigger for e in rows] == ["unification"]


def test_wars_that_took_place_beginning_in_a_year_are_the_wars(process):
    rows = process("The Vell wars took place between the Orm world and the Lusk world, beginning in 54 BC.")
    assert [e.trigger for e in rows] == ["war"]


def test_a_century_describing_a_text_dates_its_participle(process):
    text = ("Branches of Vellism have maintained versions of the canon, including the 3rd-century BCE Orm text used "
            "in Lusk Vellism, and most recently the 10th-century medieval Tarsk Text compiled by the Lusks.")
    # the 3rd century BCE dates the text, not its later use (no row); the 10th century dates its compiling
    assert [e.trigger for e in process(text)] == ["compile"]


def test_a_dated_agreement_keeps_its_own_row(process):
    assert [e.trigger for e in process("The 1932 Pact signed by Tarvia and Lusk ended the war.")] == ["pact"]


def test_a_text_written_is_the_article_though_its_author_shares_the_name(titled):
    text = ("The Vellzi is an ancient Tarvian text. It was written during the late Orm period (476–221 BC) and is "
            "named for its author, Vell Zhou, who is known as \"Vellzi\".")
    assert titled("Vellzi (book)", text) == [("write", "Vellzi")]


def test_a_day_ending_a_subjects_participle_dates_it_not_the_holding_verb(pipeline):
    from datetime import date

    from pipeline.core.document import Document

    doc = Document.from_raw("t", "t.txt", "Title\n\nA list of 31 people issued by the Tarvian government Thursday "
                            "included Orm Vell, president of the assembly.\n")
    doc.kind, doc.reference_date = "news", date(2000, 3, 31)
    assert [e.trigger for e in pipeline(doc).layers["events"]] == ["issue"]


def test_found_guilty_of_a_deed_is_the_verdict_not_the_deed(process):
    text = "Records show Orm was found guilty of driving under the influence of alcohol at least twice from 1991 to 1997."
    assert [e.trigger for e in process(text)] == ["find guilty"]


def test_a_month_phrase_is_no_thing_its_participle_describes(pipeline):
    from datetime import date

    from pipeline.core.document import Document

    doc = Document.from_raw("t", "t.txt", "Title\n\nBased on physical evidence _ including a rifle found in April "
                            "month buried near the doctor's house _ police charged Orm.\n")
    doc.kind, doc.reference_date = "news", date(2000, 3, 31)
    assert ("April", "find") in [(e.date_text, e.trigger) for e in pipeline(doc).layers["events"]]
