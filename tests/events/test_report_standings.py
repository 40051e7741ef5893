"""A news report's trends, standings, plans and deals only named get no row (pipeline.events.report_standings).

Sentences of our own as news documents dated 10 March 2001: regression tests of the judges' shapes, not
evidence (the external measures are the events audit on AQUAINT and ``python -m evaluation.anchoring``).
The happening beside each (an announcement, an approval, a registration, a saying) keeps its row.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return [(e.trigger, e.date_text) for e in pipeline(doc).layers["events"]]


def triggers(pipeline, text: str) -> list[str]:
    return [t for t, _ in rows(pipeline, text)]


@pytest.mark.parametrize("text", [
    # A figure's course, and what acts on it.
    "Orm's third-quarter loss widened to $5 million on Tuesday.",
    "The stock closed unchanged at $28 Thursday.",
    "Gold settled at $400 an ounce on Friday.",
    "Capital gains were included in the results for the quarter ended June 30.",
    "The hurricane reduced results in the third quarter.",
    "The job-creation rate slowed in January.",
    "The unit benefited from higher margins in 1999.",
    "Declining military spending hurt the firm in 1990.",
    "The company's exploration business grew in 1990.",
    # Standings: an adjective read as a verb, a naming, a document's content, a feeling, a memory.
    "The market is currently unforgiving this year.",
    "He had been listed as a candidate in 1998.",
    "The report contained new figures on Monday.",
    "The market shows signs of swinging this week.",
    "I have been heartened by the close cooperation we have had with the police.",
    "The department is still considering a request last week from the father.",
    # Forecasts and plans.
    "On Friday, the Kenyan government planned to pay the first death claims.",
    "His own projections for 2002 were lower.",
])
def test_a_trend_a_standing_or_a_forecast_is_no_happening(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text, kept, dropped", [
    ("Analysts cited a slowing of orders in the fourth quarter.", "cite", "slowing"),
    ("The planned rights offering in April was delayed.", "delay", "offering"),
    ("Tarsk registered for an initial public offering in January.", "register", "offering"),
    ("Lusk approved the transaction on Monday.", "approve", "transaction"),
    ("They talked about the campaign on Monday.", "talk", "campaign"),
    ("The envoy said Friday that he remembered being asked to help.", "say", "remember"),
    ("Since his rescue, the boy has been increasingly referred to as a hero.", "rescue", "refer"),
    ("Police investigated a series of shootings dating to 1994.", "shooting", "date"),
    ("The arrests stemmed from information about asylum requests, officials said Friday.", "say", "stem"),
    ("The boy has developed great affection for his cousins.", None, "develop"),
    ("He gave the peace sign before heading back indoors.", None, "sign"),
])
def test_the_happening_beside_keeps_its_row(pipeline, text, kept, dropped):
    found = triggers(pipeline, text)
    assert dropped not in found and "affection" not in found
    if kept is not None:
        assert kept in found


@pytest.mark.parametrize("text, trigger", [
    ("The company completed the acquisition of Tarsk Bank on Monday.", "complete"),
    ("The bank filed for bankruptcy on Friday.", "file"),
    ("NATO launched its air campaign on March 24.", "launch"),
    ("The minister was named as chairman on Monday.", "name"),
    ("The suspect was identified as a local man on Friday.", "identify"),
    ("The government cut interest rates on Tuesday.", "cut"),
    ("The bank reduced its interest rates on Tuesday.", "reduce"),   # a party's decision on a figure
    ("The police planned the raid for weeks and carried it out on Friday.", "carry"),
    ("The offer closed on Friday.", "close"),                         # no price it closed at
    ("The dispute was settled at $5 million on Friday.", "settle"),   # a settlement, not a price's close
    ("The senator condemned the bombing of the embassy.", "bombing"),
    ("During his speech Wednesday, the minister expressed irritation at the delay.", "express"),
    ("The report said Friday that three people died.", "say"),
    ("Lusk Corp. acquired Tarsk Bank on Monday.", "acquire"),
])
def test_a_happening_of_the_same_words_keeps_its_row(pipeline, text, trigger):
    assert trigger in triggers(pipeline, text)


def test_a_deal_told_done_before_another_happening_keeps_its_row(pipeline):
    # "after the takeover": the takeover happened, whatever the verb it is placed by.
    assert "takeover" in triggers(pipeline, "She fled just after the Communist takeover in 1948.")


@pytest.mark.parametrize("text, word, reason", [
    ("Investors bought the previously advertised bonds.", "advertised", "state"),
    ("Investors bought the advertised bonds.", "advertised", None),
    ("Analysts noted the company's exploration business.", "exploration", "activity"),
    ("Analysts noted the exploration of the field.", "exploration", None),
])
def test_a_participle_or_noun_that_describes_a_thing(spacy_model, text, word, reason):
    from pipeline.events.report_standings import no_report_happening
    tok = next(t for t in spacy_model(text) if t.text == word)
    assert no_report_happening(tok) == reason
