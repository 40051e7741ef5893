"""Rows of a news report's happenings that only the report's own date dates (pipeline.events.document_dated).

Sentences of our own as news documents dated 10 March 2001 (a Saturday) and as a history article
without a date; the story tests (tests/stories/test_news_stories.py) show what the rows are for.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.core.document import Document
from pipeline.events.document_dated import BEFORE, DOCUMENT, SENTENCE, TEXT, WINDOW_DAYS

REPORT_DATE = date(2001, 3, 10)


def events(pipeline, text: str, kind: str = "news", reference_date: date | None = REPORT_DATE):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = kind, reference_date
    return pipeline(doc).layers["events"]


def by_document(found) -> dict[str, object]:
    return {e.trigger: e for e in found if e.dated_by == DOCUMENT}


def test_a_past_happening_without_a_date_is_dated_by_the_report(pipeline):
    found = by_document(events(pipeline, "The bomb went off outside the embassy in Tarsk, police said."))
    assert set(found) == {"go off"}  # "said" reports, it tells no happening
    row = found["go off"]
    assert (row.date_start, row.date_end) == (REPORT_DATE - timedelta(days=WINDOW_DAYS), REPORT_DATE)
    assert row.granularity == BEFORE and row.date_text is None and row.timex_index is None
    assert "Tarsk" in row.places


def test_event_nouns_of_a_past_sentence_and_perfect_tense_verbs(pipeline):
    found = by_document(events(pipeline, "Two guards were killed in the blast. The police have arrested a man."))
    assert {"kill", "blast", "arrest"} <= set(found)


def test_no_row_for_what_is_not_told_as_past(pipeline):
    found = by_document(events(pipeline, "The envoy will visit Tarsk. Officials fear a new attack. "
                                         "The ministers planned to sign the treaty. The army did not attack Orm."))
    assert not {"visit", "attack", "sign"} & set(found), found


def test_a_written_date_keeps_its_own_row(pipeline):
    found = events(pipeline, "A bomb exploded in Tarsk on Friday.")
    dated = [e for e in found if e.trigger == "explode"]
    assert len(dated) == 1 and dated[0].dated_by == TEXT and dated[0].date_start == date(2001, 3, 9)


def test_a_sentence_of_another_time_dates_its_other_happenings(pipeline):
    found = events(pipeline, "The boy was found on 25 November 1999 after the boat sank.")
    assert not by_document(found)
    sank = [e for e in found if e.trigger == "sink"]
    assert len(sank) == 1 and sank[0].dated_by == SENTENCE and sank[0].granularity == BEFORE
    assert (sank[0].date_start, sank[0].date_end) == (date(1999, 11, 25) - timedelta(days=WINDOW_DAYS),
                                                      date(1999, 11, 25))


def test_a_sentence_of_several_dates_of_another_time_dates_nothing_else(pipeline):
    found = events(pipeline, "The rebels attacked Orm in 1961 and in 1962, and the bridge was burned.")
    assert not [e for e in found if e.dated_by != TEXT], [(e.trigger, e.dated_by) for e in found]


@pytest.mark.parametrize("kind, reference_date", [("narrative", None), ("narrative", REPORT_DATE), ("news", None)])
def test_history_articles_and_undated_documents_get_none(pipeline, kind, reference_date):
    found = events(pipeline, "The bomb went off outside the embassy in Tarsk. The rebels captured Orm.",
                   kind, reference_date)
    assert not by_document(found)


def test_institutions_and_purposes_are_no_happenings(pipeline):
    found = by_document(events(pipeline, "The government condemned the attack. "
                                         "Two suspects were handed over for trial."))
    assert "attack" in found and not {"government", "trial"} & set(found), set(found)


def test_a_date_of_a_noun_dates_no_other_word(pipeline):
    found = events(pipeline, "A man was arrested in connection with last year's bombing.")
    arrest = [e for e in found if e.trigger == "arrest"]
    assert len(arrest) == 1 and arrest[0].dated_by == DOCUMENT, [(e.trigger, e.dated_by) for e in found]


def test_a_happening_is_where_what_it_caused_is(pipeline):
    found = by_document(events(pipeline, "A massive blast damaged the embassy in Quito. "
                                         "The suspect lived in Lima until after the bombing."))
    assert "Quito" in found["blast"].places
    assert "Lima" not in found["bombing"].places


def test_a_noun_a_written_date_modifies_takes_that_date_not_the_reports(pipeline):
    found = events(pipeline, "A man was arrested in connection with last year's bombing in Quito.")
    bombing = [e for e in found if e.trigger == "bombing"]
    assert len(bombing) == 1 and bombing[0].dated_by == TEXT, [(e.trigger, e.dated_by) for e in found]
    assert bombing[0].date_start.year == REPORT_DATE.year - 1 and bombing[0].granularity == "year"
    assert bombing[0].date_text == "last year"


@pytest.mark.parametrize("text, place, whose", [
    # a state modifying a thing says whose the thing is, not where it happened
    ("A bomb exploded outside the Ecuadorian embassy in Lima on Friday.", "Lima", "Ecuador"),
    ("A bomb exploded outside the U.S. embassy in Lima on Friday.", "Lima", "United States"),
    ("The rebels attacked the Peruvian ships in Quito on Friday.", "Quito", "Peru"),
])
def test_a_state_modifying_a_thing_is_no_place_of_a_dated_row(pipeline, text, place, whose):
    dated = [e for e in events(pipeline, text) if e.dated_by == TEXT and e.trigger in ("explode", "attack")]
    assert dated and place in dated[0].places and whose not in dated[0].places, \
        [(e.trigger, e.places) for e in dated]


@pytest.mark.parametrize("text, place", [
    ("The ship sank off the Ecuador coast on Friday.", "Ecuador"),       # a stretch of land says where
    ("A bomb exploded outside the Lima embassy on Friday.", "Lima"),      # a town's thing is in the town
])
def test_a_state_or_town_saying_where_stays_a_place(pipeline, text, place):
    dated = [e for e in events(pipeline, text) if e.dated_by == TEXT and e.trigger in ("explode", "sink")]
    assert dated and place in dated[0].places, [(e.trigger, e.places) for e in events(pipeline, text)]


@pytest.mark.parametrize("text, trigger, place", [
    ("Bombs exploded in the Ecuadorian and Peruvian capitals on Friday.", "explode", "Peru"),  # a people's adjective
    ("The ship sank off the Cuban coast on Friday.", "sink", "Cuba"),
    ("The boat sank off the coast of Ecuador on Friday.", "sink", "Ecuador"),  # the land's "of"
    ("A bomb exploded in the capital of Peru on Friday.", "explode", "Peru"),
])
def test_the_state_a_stretch_of_land_belongs_to_says_where(pipeline, text, trigger, place):
    dated = [e for e in events(pipeline, text) if e.dated_by == TEXT and e.trigger == trigger]
    assert dated and place in dated[0].places, [(e.trigger, e.places) for e in events(pipeline, text)]


def test_a_peoples_adjective_on_people_is_no_place(pipeline):
    dated = [e for e in events(pipeline, "Cuban exiles rallied in Miami on Friday.") if e.dated_by == TEXT]
    assert dated and all("Cuba" not in e.places for e in dated), [(e.trigger, e.places) for e in dated]


def test_a_definite_description_refers_back_to_the_reports_earlier_telling(pipeline):
    from pipeline.events.document_dated import EARLIER

    found = events(pipeline, "A man was arrested in connection with last year's bombing in Quito. "
                             "Eleven people died in the bombing.")
    later = [e for e in found if e.trigger == "bombing" and e.dated_by == EARLIER]
    assert len(later) == 1 and later[0].date_start.year == REPORT_DATE.year - 1, \
        [(e.trigger, e.dated_by, e.date_start) for e in found]


def test_a_definite_description_after_a_telling_of_the_reports_weeks_is_dated_by_the_report(pipeline):
    found = events(pipeline, "A bomb exploded in Quito on Friday. Eleven people died in the explosion.")
    explosion = [e for e in found if e.trigger == "explosion"]
    assert explosion and all(e.dated_by == DOCUMENT for e in explosion), [(e.trigger, e.dated_by) for e in found]


def test_the_place_a_thing_is_of_is_no_place(pipeline):
    found = [e for e in events(pipeline, "The rebels burned the flag of Peru in Quito on Friday.") if e.dated_by == TEXT]
    assert found and all("Peru" not in e.places for e in found), [(e.trigger, e.places) for e in found]


def test_a_happenings_anniversary_dates_it_years_before(pipeline):
    found = events(pipeline, "Crowds in Quito marked the 39th anniversary of the invasion on Saturday. "
                             "Veterans gathered on the anniversary of the siege.")
    invasion = [e for e in found if e.trigger == "invasion"]
    assert len(invasion) == 1 and invasion[0].date_end == date(REPORT_DATE.year - 39, 3, 10), \
        [(e.trigger, e.dated_by, e.date_start, e.date_end) for e in found]
    assert not [e for e in found if e.trigger == "siege"]


def test_an_undated_telling_naming_no_place_does_not_hide_the_earlier_dated_one(pipeline):
    from pipeline.events.document_dated import EARLIER

    found = events(pipeline, "A man was arrested in connection with last year's bombing in Quito. "
                             "Witnesses said the bomb went off at the market. Eleven people died in the bombing.")
    later = [e for e in found if e.trigger == "bombing" and e.dated_by == EARLIER]
    assert len(later) == 1 and later[0].date_start.year == REPORT_DATE.year - 1, \
        [(e.trigger, e.dated_by, e.date_start, e.places) for e in found]


def test_a_definite_description_in_another_place_is_not_the_earlier_telling(pipeline):
    from pipeline.events.document_dated import EARLIER

    found = events(pipeline, "A man was arrested in connection with last year's bombing in Quito. "
                             "Eleven people died in the bombing in Lima.")
    assert not [e for e in found if e.dated_by == EARLIER], [(e.trigger, e.dated_by, e.places) for e in found]


def test_a_definite_description_refers_back_also_where_its_sentence_dates_another_word(pipeline):
    from pipeline.events.document_dated import EARLIER

    # "December" dates the finding, not the shooting the reader already knows of.
    found = events(pipeline, "The doctor was shot dead last year. "
                             "The gunman vanished after the shooting, and his car was found in December.")
    shooting = [e for e in found if e.trigger == "shooting"]
    assert shooting and shooting[0].dated_by == EARLIER and shooting[0].date_start.year == REPORT_DATE.year - 1, \
        [(e.trigger, e.dated_by, e.date_start, e.date_end) for e in found]


def test_a_date_handed_to_a_noun_does_not_date_the_verb(pipeline):
    # "last year" is the bombing's (the present perfect cannot take it): the arrest is the report's
    found = events(pipeline, "A man has been arrested in connection with the bombing in Quito last year.")
    arrest = [e for e in found if e.trigger == "arrest"]
    assert arrest and arrest[0].dated_by == DOCUMENT, [(e.trigger, e.dated_by, e.date_text) for e in found]


def test_gatherings_and_mishaps_are_happenings_of_a_past_sentence(pipeline):
    found = by_document(events(pipeline, "The speech was read during the rally of several thousand workers, officials "
                                         "said. He said she had died on the boat wreck her son survived."))
    assert {"rally", "wreck"} <= set(found)
    assert "rally" not in by_document(events(pipeline, "The workers will hold a rally, officials said."))


def test_what_a_witness_watched_happen_happened(pipeline):
    found = by_document(events(pipeline, "In a ceremony at the library in Tarsk, the minister watched the envoys "
                                         "sign the papers."))
    assert {"ceremony", "watch", "sign"} <= set(found)
    assert not by_document(events(pipeline, "The minister did not see them sign the papers."))


def test_an_infinitive_is_no_finite_verb_but_what_it_acts_on_has_not_happened(pipeline):
    # "to help" has the aux "to" and no tense: the crash before it is as past as "arrived".
    found = by_document(events(pipeline, "Rescue teams arrived to help in the search after the crash, officials said."))
    assert "crash" in found
    assert "summit" not in by_document(events(pipeline, "The minister agreed to attend the summit, officials said."))
    assert "funeral" not in by_document(events(pipeline, "The envoy flew to Orm to attend the funeral, officials said."))


def test_what_was_done_before_a_past_happening_happened(pipeline):
    found = by_document(events(pipeline, "The girl was taken to a hospital after being found on a raft following "
                                         "a ferry wreck that killed six people, police said."))
    assert {"find", "wreck"} <= set(found)
    assert "find" not in by_document(events(pipeline, "The girl will be taken to a hospital after being found, "
                                                      "police said."))
