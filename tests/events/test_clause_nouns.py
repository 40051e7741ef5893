"""A happening noun whose relative clause holds the date gets a row of its own
(:mod:`pipeline.events.clause_nouns`); plans, passives and consequences do not."""

from __future__ import annotations


def _rows(events):
    return {(e.trigger, e.date_text) for e in events}


def test_subject_of_a_dated_clause(process):
    # The noun is the clause's subject: what the shootings did was done then.
    rows = _rows(process("Lusk is a suspect in sniper shootings that injured three doctors in November 1998 in Orm."))
    assert ("injure", "November 1998") in rows
    assert ("shooting", "November 1998") in rows


def test_object_of_a_verb_of_taking_part(process):
    rows = _rows(process("The revolt he led in 1848 failed."))
    assert ("revolt", "1848") in rows and ("lead", "1848") in rows


def test_wreck_survived(process):
    rows = _rows(process("She perished in the boat wreck that her son survived in November 1999."))
    assert ("wreck", "November 1999") in rows


def test_a_plan_or_a_passive_gives_no_noun_row(process):
    # "announced", "proposed": the strike and the reform came later; "was condemned": said of the raid later.
    assert not any(e.trigger in ("strike", "reform", "raid") for e in process(
        "The strike that the union announced on 3 May 1921 angered farmers. "
        "The reform he proposed in 1990 was rejected. The raid, which was condemned on 9 June 1922, killed ten."))


def test_a_consequence_gives_no_noun_row(process):
    assert not any(e.trigger == "crisis" for e in process("The crisis that led to war in 1914 was long."))


def test_an_instrument_takes_no_date_of_its_effect(process):
    # The decree was made before; 1984 is when the breaking up happened.
    rows = {e.trigger for e in process("The judge oversees the consent decree that broke up the Orm cartel in 1984.")}
    assert "decree" not in rows
