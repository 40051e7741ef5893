"""A row's date is the whole time its happening took, and a date dates the clause it is written in
(issue "when and what"): coordinated periods, spans closed by a death, BC alternatives, open starts,
dates misread onto the next clause, and gapped lists of dated parties. Invented sentences."""

from __future__ import annotations

from datetime import date

import numpy as np


def _rows(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_late_and_early_decades_are_one_stretch(process):
    rows = _rows(process("Orm music originated in Tarvia in the late 1940s and early 1950s."), "originate")
    assert len(rows) == 1
    assert rows[0].date_start.year == 1946 and rows[0].date_end.year == 1953


def test_late_and_early_months_are_one_stretch(process):
    rows = _rows(process("In late July and early August 1920, talks turned to a deal."), "turn")
    assert [(r.date_start, r.date_end) for r in rows] == [(date(1920, 7, 21), date(1920, 8, 10))]


def test_two_whole_years_stay_two_dates(process):
    rows = _rows(process("Orm won the Tarvian title in 1948 and 1952."), "win")
    assert len(rows) == 2


def test_short_decade_takes_the_century_of_the_span_end(process):
    events = process("Orm music spread quickly, developing into a range of styles from the late 50s to mid-1960s.")
    rows = _rows(events, "develop")
    assert len(rows) == 1
    assert rows[0].date_start.year == 1956 and rows[0].date_end.year == 1966


def test_rule_spans_to_the_death(process):
    events = process("He led Tarvia from its founding in October 1949 until his death in September 1976.")
    lead = _rows(events, "lead")
    assert [(r.date_start, r.date_end) for r in lead] == [(date(1949, 10, 1), date(1976, 9, 30))]
    assert [(r.date_start, r.date_end) for r in _rows(events, "death")] == [(date(1976, 9, 1), date(1976, 9, 30))]


def test_bc_range_with_an_alternative_end_is_bc_throughout(process):
    rows = _rows(process("The Vell period, approximately 2040 to 1782 or 1700 BC, saw great wealth."), "see")
    assert len(rows) == 1
    assert rows[0].date_start == np.datetime64("-2039-01-01") and rows[0].date_end == np.datetime64("-1699-12-31")


def test_bc_rule_spans_to_the_assassination(process):
    rows = _rows(process("Orm ruled Tarvia from 49 BC until his assassination in 44 BC."), "rule")
    assert [(r.date_start, r.date_end) for r in rows] == [(np.datetime64("-0048-01-01"), np.datetime64("-0043-12-31"))]


def test_starting_in_a_year_opens_the_span(process):
    rows = _rows(process("Starting in 1917, Vell expanded the railway to Lusk."), "expand")
    assert [(r.date_start, r.date_end) for r in rows] == [(date(1917, 1, 1), None)]


def test_a_beginning_itself_keeps_its_year(process):
    rows = _rows(process("Vell expanded the railway, beginning in 1917."), "begin")
    assert all(r.date_end == date(1917, 12, 31) for r in rows)


def test_centuries_back_past_year_one_give_no_date(process):
    events = process("In 1543 Vell published his model. Though a similar model had been developed eighteen "
                     "centuries earlier by Orm, Vell arrived at his model independently.")
    assert _rows(events, "develop") == []


def test_date_after_a_participle_dates_it_not_the_next_clause(process):
    events = process("In 1990 Orm was shot. The rifle was discovered April 8 buried one foot below the ground.")
    dated = [(e.trigger, e.date_start) for e in events if e.date_text == "April 8"]
    assert dated == [("discover", date(1990, 4, 8))]


def test_relative_clause_span_does_not_date_the_saying(process):
    events = process("Orm, who lived in Lusk from 1968 until 1989, said he remained hopeful.")
    assert _rows(events, "say") == []
    assert [(r.date_start, r.date_end) for r in _rows(events, "live")] == [(date(1968, 1, 1), date(1989, 12, 31))]


def test_gapped_list_gives_each_row_its_own_member(process):
    events = process("Since 1949, the alliance has been expanded to include Vell and Orm in 1952, "
                     "Tarvia in 1955 and Lusk in 1982.")
    rows = {e.date_start.year: e for e in events if e.date_start is not None and e.date_start.year > 1949}
    assert {y: (r.trigger, r.participants) for y, r in rows.items()} == {
        1952: ("include", ["Vell", "Orm"]), 1955: ("include", ["Tarvia"]), 1982: ("include", ["Lusk"])}


def test_a_gapped_list_s_later_name_is_no_doer_of_any_row(process):
    # With "it" unresolved, the parser hangs "Germany" (of 1955) on the verb as its subject: Germany includes
    # no one, in no year, and takes no part in 1952 (a judged AQUAINT row of this shape).
    events = process("There were 12 original members of the Orm League at the time of its founding. Since 1949, it "
                     "has been expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.")
    rows = {e.date_start.year: e for e in _rows(events, "include")}
    assert {y: r.participants for y, r in rows.items()} == {1952: ["Greece", "Turkey"], 1955: ["Germany"],
                                                             1982: ["Spain"]}
    assert not any("Germany" in r.actors for r in rows.values())


def test_gapped_list_of_places(process):
    events = process("Orm visited Tarsk in 1952, Lusk in 1955 and Vell in 1982.")
    assert [e.participants + e.places for e in sorted(_rows(events, "visit"), key=lambda e: e.date_start)] == \
        [["Tarsk"], ["Lusk"], ["Vell"]]


def test_two_decades_in_a_row_are_one_stretch(process):
    rows = _rows(process("Tarvian art flourished in the 1920s and 1930s."), "flourish")
    assert [(r.date_start, r.date_end) for r in rows] == [(date(1920, 1, 1), date(1939, 12, 31))]


def test_date_of_a_fronted_though_clause_dates_no_main_clause(process):
    events = process("Though observations of the sky are known from at least the 6th century BC, "
                     "the foundation of the science dates back to 1796.")
    assert [e.date_text for e in events] == ["1796"]


def test_starting_after_the_clause_without_a_comma_frames_its_time(process):
    events = process("Vell expanded the railway to Lusk starting in 1917.")
    assert [(e.trigger, e.date_start, e.date_end) for e in events] == [("expand", date(1917, 1, 1), None)]


def test_when_clause_head_with_a_year_of_its_own_gets_no_row(process):
    events = process("It became associated with the Tarvian War (1914–1918), when the army rapidly expanded "
                     "trench use on the Lusk front starting in September 1914.")
    assert [(e.trigger, e.date_end) for e in events if e.date_text == "September 1914"] == [("expand", None)]


def test_two_clauses_joined_after_a_comma_keep_their_dates(process):
    events = process("The Vell army attacked Lusk in late 1943, and early 1944 saw the Tarvian offensive.")
    assert [e.date_text for e in events if e.trigger == "attack"] == ["late 1943"]


def test_gapped_list_with_a_repeated_preposition(process):
    events = sorted(_rows(process("The treaty was signed by Vell in 1952 and by Orm in 1955."), "sign"),
                    key=lambda e: e.date_start)
    assert [e.actors for e in events] == [["Vell"], ["Orm"]]
