"""A journey a dated deed was done on gets a row of the deed's date (:mod:`pipeline.events.journeys`)."""

from __future__ import annotations


def test_deed_on_a_visit(process):
    rows = {(e.trigger, e.date_text) for e in process("On 9 May 1925, on a state visit to Orm, the king opened the bridge.")}
    assert ("open", "9 May 1925") in rows and ("visit", "9 May 1925") in rows


def test_a_second_date_leaves_the_journey_alone(process):
    # The sentence writes the visit's own year: 4 June 1931 is the signing's only.
    rows = {(e.trigger, e.date_text) for e in process("On his visit to Orm in 1930 he signed the treaty on 4 June 1931.")}
    assert ("visit", "4 June 1931") not in rows and ("sign", "4 June 1931") in rows


def test_on_a_list_is_no_journey(process):
    assert [e.trigger for e in process("The police put Lusk on the list on 3 May 1922.")] == ["put"]
