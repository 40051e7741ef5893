"""A "when" clause on an attempt ("were trying to cross … when it capsized") happened at the attempt's
date (:mod:`pipeline.events.attempt_clauses`); a state in that clause is no happening."""

from __future__ import annotations


def test_when_clause_of_an_attempt(process):
    rows = {(e.trigger, e.date_text) for e in process(
        "Lusk was one of 13 people who were trying to cross from Orm to Vell on 3 May 1921 on a boat when it capsized.")}
    assert ("capsize", "3 May 1921") in rows


def test_a_state_in_the_when_clause_gives_no_row(process):
    rows = [e.trigger for e in process("The rebels tried to seize the fort on 4 June 1922 when the guards were asleep.")]
    assert rows == ["seize"]
