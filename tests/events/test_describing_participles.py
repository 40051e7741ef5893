"""A participle describing a person ("accused doctor killer") misparsed as a joined verb does not take
the date's row: the verb it was joined to does (:mod:`pipeline.events.describing_participles`)."""

from __future__ import annotations


def test_accused_killer_is_no_accusation(process):
    rows = [(e.trigger, e.date_text) for e in process(
        "The police put Orm and accused doctor killer Lusk on the list of fugitives on 3 May 1922.")]
    assert rows == [("put", "3 May 1922")]


def test_a_real_accusation_keeps_its_row(process):
    rows = {e.trigger for e in process("The army captured Tarsk on 2 May 1923 and accused the mayor of treason.")}
    assert "accuse" in rows
