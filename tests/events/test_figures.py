"""A news report's figures, states now, views, plans and period ends get no row (pipeline.events.figures).

Sentences of our own as news documents dated 10 March 2001; regression tests, not evidence (the
external measures are the events audit on news and ``python -m evaluation.anchoring``). A blind
judge counts a firm's reported figure, a state, a forecast or a period's end as no happening; the
happening beside it (a report, an announcement, an arrest) keeps its row.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def triggers(pipeline, text: str, kind: str = "news") -> list[str]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if kind == "news":
        doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return [e.trigger for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text", [
    "Tarsk Industries said net income rose 12% to $4.5 million in the third quarter.",
    "Shares of Tarsk Industries fell 3 cents to $12.50 on Tuesday.",
    "The stock plummeted 20% yesterday in heavy trading.",
    "Lusk Corp. posted a gain of 8% in the quarter ended Sept. 30.",
    "The company reported a net loss of $3 million for the fiscal year ending June 30.",
    "Earnings for the quarter were $1.2 million, or 20 cents a share.",
    "Sales in the second quarter climbed to $300 million from $250 million.",
    "Revenue edged up 2% last year.",
    "The division accounted for 40% of shipments in 1990.",
    "The results exceeded analysts' expectations last week.",
    "The firm's shipbuilding business lost money in 1989.",
])
def test_a_reported_figure_is_no_happening(pipeline, text):
    assert triggers(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Tarsk Corp. now holds 45% of the shares.",                       # a state now
    "The firm currently controls the largest refinery in the state.",
    "The chips are now the chips of choice for laptop makers.",
    "The company will develop the new chip next year.",               # a forecast, a plan
    "The cuts could help slash costs by $5 million next year.",       # a hypothesis
    "Lusk expects to continue the program through 1992.",             # an expectation
    "The board foresees a need for more capital next year.",          # a view
    "The company made no decision on Friday.",                        # none of it
    "The quarter ended Sept. 30 was the best for the company.",       # a period's end
])
def test_a_state_a_view_a_plan_or_a_period_is_no_happening(pipeline, text):
    assert triggers(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tarsk Industries announced a 12% rise in profit on Tuesday.", ["announce"]),   # telling the figure
    ("The bomb exploded outside the embassy on Friday, killing 12 people.", ["explode", "kill"]),
    ("Lusk Corp. agreed on Monday to buy Tarsk Industries for $3 billion.", ["agree"]),
    ("The company sold its shipping unit to Lusk Corp. for $40 million in March.", ["sell"]),
    ("The army advanced 20 miles on Friday.", ["advance"]),                          # a distance, no sum
    ("Tarsk beat Lusk by 3 points on Sunday.", ["beat"]),                            # a match's result
    ("The president now says he signed the bill on Friday.", ["sign"]),
    ("Trading was halted on Monday.", ["halt"]),
    ("The workers went on strike on Monday.", ["strike"]),
    ("The court was asked to suspend the injunction issued Thursday.", ["issue"]),  # a thing that exists
    ("Thirteen men were trying to cross the strait six weeks ago.", ["cross"]),     # the attempt was made
    ("About 500 people attended a Sunday night memorial service.", ["attend"]),
    ("Tarsk predicted Wednesday that the exiles would appeal.", ["predict"]),      # a view told is a saying
    ("It is here that we today accept the guarantee.", ["accept"]),
])
def test_a_happening_beside_a_figure_keeps_its_row(pipeline, text, expected):
    assert triggers(pipeline, text) == expected


def test_a_history_keeps_its_planned_row_and_its_modality(pipeline):
    # A narrative's plan keeps its row (its modality says planned); only news drops forecasts.
    assert triggers(pipeline, "The army planned to invade Tarsk in May 1911.", kind="narrative") != []


@pytest.mark.parametrize("text, expected", [
    ("The fire led to four deaths on Sunday.", "death"),          # the outcome the date is of
    ("The attack sparked the invasion in May.", "invasion"),
    ("The trial led to a $10 million verdict this week.", "verdict"),
])
def test_a_consequence_verb_hands_its_date_to_the_outcome(pipeline, text, expected):
    assert expected in triggers(pipeline, text)
    assert not {"lead", "spark"} & set(triggers(pipeline, text))


def test_a_duration_verb_gets_no_row_of_its_own(pipeline):
    assert triggers(pipeline, "The rebuilding lasted three years, from 1985 to 1988.") == ["rebuilding"]


# --- Wikipedia: a year that names a work, a feast's day ----------------------------------------

@pytest.mark.parametrize("text", [
    "She starred in the 2005 film about the war.",           # the year picks out the film
    "Overall, 53 lettermen are returning from the 2006 team.",
    "His feast is celebrated on 12 March.",                  # a day kept every year
])
def test_a_year_naming_a_work_or_a_feasts_day_dates_nothing(pipeline, text):
    assert triggers(pipeline, text, kind="narrative") == []


@pytest.mark.parametrize("text, expected", [
    ("The 2005 film was shot in Tarsk.", ["shoot"]),                     # the work's own making
    ("The band released the 1999 album on a small label.", ["release"]),
    ("The 2006 team won the league title.", ["win"]),                    # the team's doing
    ("The saint's feast was moved to 4 May in 1969.", ["move"]),         # dated by its year, not the day
])
def test_a_works_own_making_keeps_its_year(pipeline, text, expected):
    assert triggers(pipeline, text, kind="narrative") == expected
