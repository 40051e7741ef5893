"""Which happening of a sentence a date belongs to, and ranges kept whole (issue 33, "the right date").

Invented sentences, one per shape judges of history and philosophy leads marked as a wrong date:
"when" clauses own their date (pipeline.events.when_clauses), a span closed by a named happening
(pipeline.events.date_bounds), a bracketed span labelling a name (pipeline.events.name_years), a one-off
verb's "until" (pipeline.events.state_ends), eras describing a noun (pipeline.events.era_dates), and the
timex rules for "from AD 98 to 117" and a count's bounds.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str, kind: str = "narrative") -> dict[str, list[tuple]]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if kind == "news":
        doc.kind, doc.reference_date = "news", date(1998, 8, 18)
    found: dict[str, list[tuple]] = {}
    for e in pipeline(doc).layers["events"]:
        if e.date_text:
            found.setdefault(e.trigger, []).append((e.date_start, e.date_end))
    return found


def year(y: int) -> tuple:
    return date(y, 1, 1), date(y, 12, 31)


def test_when_clauses_own_their_dates_and_the_span_runs_past_them(pipeline):
    found = rows(pipeline, "It existed from 1799, when Orm captured Lusk, to 1849, when it was defeated and "
                           "annexed by Tarvia.")
    assert "exist" not in found  # a state's lifetime is no happening (pipeline.events.existences)
    assert found["capture"] == [year(1799)]
    assert found["annex"] == [year(1849)]
    assert found.get("defeat") in (None, [year(1849)])


def test_a_when_clause_row_is_no_open_span(pipeline):
    found = rows(pipeline, "The Vell age was a period in the history of Tarvia which lasted from 1588, when the Vell "
                           "Republic was established, to 1672, when the Rampjaar occurred.")
    assert found["establish"] == [year(1588)]
    assert found.get("last") in (None, [(date(1588, 1, 1), date(1672, 12, 31))])


@pytest.mark.parametrize("text, trigger, start, end", [
    ("The senior line ruled in Vell from the election of Orm Tarsk in 987 until the death of Lusk IV in 1328.",
     "rule", date(987, 1, 1), date(1328, 12, 31)),
    ("The Tarvian Emperors ruled from the establishment of the Orm dynasty by Lusk Vell around 1270 until the "
     "1974 coup d'état by the Derg, which ended the reign of the final Emperor.", "rule", date(1270, 1, 1),
     date(1974, 12, 31)),
])
def test_a_span_closed_by_a_happening_that_names_its_party(pipeline, text, trigger, start, end):
    assert rows(pipeline, text)[trigger] == [(start, end)]


def test_a_bracketed_span_after_a_name_labels_the_name(pipeline):
    found = rows(pipeline, "The war ended with the Tarvian occupation (1918–1920) of the former territories of "
                           "Ottoman Vell (1516–1918).")
    assert found == {"occupation": [(date(1918, 1, 1), date(1920, 12, 31))]}


def test_until_after_a_one_off_verb_ends_the_state_it_made(pipeline):
    found = rows(pipeline, "In 1945 Orm proclaimed the Empire of Tarvia for a short time until 25 August 1945.")
    assert found["proclaim"] == [year(1945)]


def test_until_the_happening_in_a_range_dates_the_happening(pipeline):
    found = rows(pipeline, "The Tarsk Empire ruled Vell from 1077 to 1231; first as vassals of Orm, and from circa "
                           "1190 as independent rulers up until the Lusk invasion in 1219–1221.")
    assert found["rule"] == [(date(1077, 1, 1), date(1231, 12, 31))]
    assert found["invasion"] == [(date(1219, 1, 1), date(1221, 12, 31))]


def test_continued_until_runs_from_the_beginning_told_before(pipeline):
    found = rows(pipeline, "It began on 5 January 1968, when Orm was elected First Secretary, and continued until "
                           "21 August 1968, when Tarvia invaded the country.")
    assert found["elect"] == [(date(1968, 1, 5), date(1968, 1, 5))]
    assert found["invade"] == [(date(1968, 8, 21), date(1968, 8, 21))]
    assert found["continue"] == [(date(1968, 1, 5), date(1968, 8, 21))]


def test_a_day_closed_by_a_comma_does_not_date_the_next_conjunct(pipeline):
    found = rows(pipeline, "The Treaty of Tarsk, signed in Tarsk on 7 June 1494, and ratified in Lusk, divided the "
                           "new lands between Orm and Vell.")
    assert found["sign"] == [(date(1494, 6, 7), date(1494, 6, 7))]
    assert "ratify" not in found


def test_by_a_named_time_with_an_apposed_date_is_an_end_bound(pipeline):
    found = rows(pipeline, "By the Fifth Dynasty, in the 25th and 24th centuries BC, Orm had become the chief god.")
    assert [start for start, _ in found["become"]] == [None]


def test_a_range_after_ad_keeps_its_three_digit_end(pipeline):
    assert rows(pipeline, "Orm reigned from AD 98 to 117.")["reign"] == [(date(98, 1, 1), date(117, 12, 31))]


def test_a_count_between_two_numbers_is_no_date(pipeline):
    found = rows(pipeline, "The Vell League was a confederacy of city-states, numbering between 150 and 330, "
                           "founded in 478 BC.")
    assert "number" not in found


@pytest.mark.parametrize("text", [
    "It follows that the book is an allusion to the reign of the 2nd century BCE Hellenistic king Orm IV.",
    "The canon includes the 3rd-century BCE Septuagint text and the 10th-century medieval Masoretic Text.",
])
def test_a_century_before_a_noun_describes_it(pipeline, text):
    assert rows(pipeline, text) == {}


def test_a_century_opening_a_clause_still_dates_it(pipeline):
    assert "spread" in rows(pipeline, "In the 2nd century BCE Hellenistic culture spread to Vell.")


def test_a_us_day_before_its_noun_dates_the_noun(pipeline):
    found = rows(pipeline, "Two men were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 over Lockerbie.",
                 "news")
    assert found["bombing"] == [(date(1988, 12, 21), date(1988, 12, 21))]
    assert (date(1988, 12, 21), date(1988, 12, 21)) not in found.get("charge", [])


def test_a_year_naming_a_happening_the_sentence_dates_by_its_months_gives_no_row(pipeline):
    found = rows(pipeline, "The 1931 Vell floods were a series of devastating floods that occurred from June to "
                           "August 1931 in Vell.")
    assert found["flood"] == [(date(1931, 6, 1), date(1931, 8, 31))]


def test_from_a_day_until_an_undated_happening_leaves_the_end_open(pipeline):
    found = rows(pipeline, "Armed conflict continued intermittently from 1 August 1927 until Communist victory.")
    assert found["conflict"] == [(date(1927, 8, 1), None)]


def test_from_a_date_until_a_dated_clause_ends_with_its_date(pipeline):
    found = rows(pipeline, "Direct Vell military involvement escalated from 1965 until Vell forces were withdrawn in "
                           "1973.")
    assert found["escalate"] == [(date(1965, 1, 1), date(1973, 12, 31))]
    assert found["withdraw"] == [year(1973)]


def test_a_when_clause_after_a_range_gets_no_row_of_the_range(pipeline):
    found = rows(pipeline, "Later developments heralded the Vell Revolution, which is generally dated between 1870 "
                           "and 1914 when World War I commenced.")
    assert "commence" not in found


def test_a_verb_in_one_dates_when_clause_takes_no_other_date(pipeline):
    found = rows(pipeline, "It existed from 1799, when maharaja Orm Vell captured Lusk, to 1849, when it was "
                           "defeated and annexed by the Tarsk Company following the Second Lusk War.")
    assert found["capture"] == [year(1799)]


def test_a_gapped_segment_after_then_repeats_the_nearer_verb(pipeline):
    found = rows(pipeline, "The term was coined by Orm of Lusk in antiquity, though was re-popularised by Vell in the "
                           "16th century and then by Tarsk in 1614.")
    assert "coin" not in found
    assert sorted(found["popularise"]) == [(date(1500, 1, 1), date(1599, 12, 31)), year(1614)]


def test_an_age_describing_a_party_is_no_date_of_the_when_clause(pipeline):
    found = rows(pipeline, "The scandal began in December 1894 when Captain Orm Vell, a 35-year-old Tarvian artillery "
                           "officer, was wrongfully convicted of treason.")
    assert found["convict"] == [(date(1894, 12, 1), date(1894, 12, 31))]
