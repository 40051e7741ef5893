"""A happening noun right before a date the parser hung on the verb gets the date (issue 33, parts 5
and 6), in sentences of our own: behind "until" or "within weeks of" the noun takes the row, after
"after" the verb keeps it, elsewhere the noun gets a row of its own; the verb's object and a counted
noun do not."""

from __future__ import annotations

import pytest


def rows_of(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.date_text) for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, row", [
    ("The envoy probably died within weeks of his capture on 26 March 1911.", ("capture", "26 March 1911")),
    ("She ran the mill until her death in 1911.", ("death", "1911")),
])
def test_behind_a_preposition_of_time_the_noun_takes_the_date(pipeline, text, row):
    assert rows_of(pipeline, text) == [row]


def test_after_after_the_verb_keeps_the_date(pipeline):
    # "fled after the coup in July": either reading is common; the verb keeps it, as before.
    assert rows_of(pipeline, "The bishop had to flee the city after the coup in July 1911.") == [("flee", "July 1911")]


@pytest.mark.parametrize("text, verb, noun", [
    ("The regiment fought in the battle of Tarsk in May 1840.", "fight", "battle"),
    ("The insurer began paying claims from the earthquake in October 1911.", "pay", "earthquake"),
])
def test_elsewhere_the_noun_gets_a_row_of_its_own(pipeline, text, verb, noun):
    assert [trigger for trigger, _ in rows_of(pipeline, text)] == [verb, noun]


@pytest.mark.parametrize("text, trigger", [
    ("The council condemned the invasion of Tarsk on 2 August 1911.", "condemn"),  # the verb's own object
    ("The squadron flew in 15 raids over the coast in 1911.", "fly"),  # a tally, no one happening
])
def test_the_verbs_object_or_a_count_gets_no_row(pipeline, text, trigger):
    assert [t for t, _ in rows_of(pipeline, text)] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The guild was founded in 1886, in existence until 1911.", "found"),  # a state, not a happening
    ("The league honoured the best in film, television and music for 1911.", "honour"),  # a medium, not one
])
def test_a_state_or_thing_with_a_happenings_suffix_gets_no_row(pipeline, text, trigger):
    assert all(t in (trigger,) for t, _ in rows_of(pipeline, text))


def test_a_date_opening_the_sentence_dates_each_clause_joined_by_and(pipeline):
    assert rows_of(pipeline, "In June 1911, the guild bought the hall, and Holm was arrested.") == [
        ("buy", "June 1911"), ("arrest", "June 1911")]
    # A date after the verb is that verb's; a clause telling what followed has a time of its own.
    assert rows_of(pipeline, "The guild bought the hall in June 1911, and Holm was arrested.") == [
        ("buy", "June 1911")]
    assert rows_of(pipeline, "In June 1911 the council reviewed the school, and as a result the school was "
                             "ordered to close.") == [("review", "June 1911")]


@pytest.mark.parametrize("text, rows", [
    # One happening inside another: the verb's "at", "in", "during" phrase names a happening of the date.
    ("In July 1911, at a summit in Tarsk, the alliance announced it would accept Lusk.",
     [("announce", "July 1911"), ("summit", "July 1911")]),
    ("The three states formally joined the league on 12 March 1911 at a ceremony in Tarsk.",
     [("join", "12 March 1911"), ("ceremony", "12 March 1911")]),
    # The date went to the noun: the verb it is the setting of happened then too.
    ("He was wounded in the attack on 3 May 1915.", [("attack", "3 May 1915"), ("wound", "3 May 1915")]),
])
def test_a_happening_inside_another_shares_its_date(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("In an attempt to win, the club bought a striker in 1911.", [("buy", "1911")]),   # a frame, no happening
    ("In 1911 he fought in the Battle of Tarsk.", [("fight", "1911")]),                # a name is no setting
])
def test_no_setting_row_for_a_frame_or_a_name(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows


def test_a_setting_with_a_date_of_its_own_gets_no_second_date(pipeline):
    rows = rows_of(pipeline, "On 2 May 1911 the club won the cup at the tournament of 1910.")
    assert ("tournament", "2 May 1911") not in rows and ("win", "2 May 1911") in rows


def test_a_verb_charged_in_a_happening_is_no_setting_of_its_date(pipeline):
    # "charged in", "arrested in": in connection with, later.
    assert ("charge", "1996") not in rows_of(pipeline, "He is charged in the 1996 bombing of the Tarsk depot.")


@pytest.mark.parametrize("text, rows", [
    # What a dated happening did, in the past, with it as the subject, happened then.
    ("The 1906 earthquake destroyed most of the old town.", [("earthquake", "1906"), ("destroy", "1906")]),
    ("Nobody forgot the 1906 explosion that wrecked the harbour.", [("explosion", "1906"), ("wreck", "1906")]),
    # What followed from it did not, nor what it is now.
    ("The 1906 crisis led to a long war.", [("crisis", "1906")]),
    # The verb a participle with the date hangs from: the finding happened then.
    ("The boy was found clinging to a raft on 25 November 1999.",
     [("cling", "25 November 1999"), ("find", "25 November 1999")]),
    ("In 1911 the band spent two months touring the northern coast.", [("tour", "1911")]),
])
def test_a_happening_and_what_it_did_share_its_date(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("text, rows", [
    # the present perfect says the arrest is recent: the year is the bombing's
    ("A second man has been arrested in connection with the bombing of the mill in 1911.", [("bombing", "1911")]),
    # the past tense may take it, and the noun gets its row beside it, as before
    ("The sheriff testified in the trial of the rebels in 1911.", [("testify", "1911"), ("trial", "1911")]),
])
def test_a_present_perfect_takes_no_wholly_past_date(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows
