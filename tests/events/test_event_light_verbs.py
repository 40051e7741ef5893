"""Verbs that say little of their own give the row to the word naming the happening (issue 33),
in sentences of our own: "helped found" is a founding, "victories included the defeat" a defeat."""

from __future__ import annotations

import pytest


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    ("The old sailor also helped found the Holm Harbour Museum in 1903.", "found"),
    ("Her brother helped to organise the dock strike in 1903.", "organise"),
    ("The festival in 1903 included a torchlight parade through the old town.", "parade"),
    ("Notable results that year included the defeat of the Holm crew in 1903.", "defeat"),
])
def test_the_happening_is_the_word_the_light_verb_takes(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_verb_of_its_own_stays(pipeline):
    assert triggers_of(pipeline, "The old sailor founded the Holm Harbour Museum in 1903.") == ["found"]


@pytest.mark.parametrize("text", [
    "Green Rivers Singing (1951) is by Anna Holm.",
    "From 1990 to 1994 he was Visiting Fellow at the University of Tarsk.",
])
def test_a_word_of_a_title_is_no_trigger(pipeline, text):
    assert triggers_of(pipeline, text) == []


def test_a_named_happening_in_title_case_stays(pipeline):
    assert triggers_of(pipeline, "In 1840 the army ended the Siege of Tarsk.") == ["end"]


def test_a_capital_after_a_colon_starts_an_entry(pipeline):
    assert triggers_of(pipeline, "The Tarsk Almanac (1999): Cancelled at the printing stage.") == ["cancel"]




@pytest.mark.parametrize("text, trigger", [
    # A verb that puts on a happening: in the passive its subject is the happening.
    ("The first harbour tournament was held on 3 June 1911.", "tournament"),
    ("The first street race was held on 3 June 1911.", "race"),
    ("A farewell concert was given in the old hall in 1911.", "concert"),
    # "carried out", "conducted": the object is what was done.
    ("In 1911 the squadron carried out coastal raids along the Tarsk shore.", "raid"),
    ("The navy conducted a raid on the port of Lusk in May 1911.", "raid"),
    # A relative clause's "took place": the noun it says happened.
    ("The merger that took place in 1911 doubled the size of the bank.", "merger"),
    # A verb of consequence after a dated happening: the happening.
    ("In 1910 Holm fought often. Another heavy loss to the Tarvians that year led to his retirement.", "loss"),
])
def test_the_happening_is_what_the_verb_puts_on(pipeline, text, trigger):
    # (What the happening did in the past, "the merger … doubled the size", is a row of its own.)
    triggers = triggers_of(pipeline, text)
    assert trigger in triggers and not set(triggers) & {"hold", "give", "carry", "conduct", "take"}


@pytest.mark.parametrize("text, trigger", [
    ("In 1911 the two towns held a joint parade in Tarsk.", "hold"),  # active: the verb, the parade its theme
    ("The porters carried the wounded to Tarsk in May 1911.", "carry"),  # no "out": a verb of its own
])
def test_an_active_staging_verb_or_a_plain_carry_stays(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_participle_of_consequence_is_no_row_of_the_date(pipeline):
    # "leading to its closure": what followed, at a time the sentence does not give.
    assert triggers_of(pipeline, "In 1911 the guild withdrew its funding, leading to the closure of the school.") \
        == ["withdraw"]


@pytest.mark.parametrize("text, trigger", [
    ("In 1911 the guild began building a new hall by the harbour.", "build"),
    ("In 1911 the guild bought land and began building a new hall.", "build"),  # a conjunct hands over too
    ("In 1911 Holm started to play with the Tarsk quartet.", "play"),
])
def test_an_aspect_verb_hands_the_row_to_its_verb(pipeline, text, trigger):
    assert triggers_of(pipeline, text)[-1] == trigger


def test_an_aspect_verb_with_a_passive_or_no_verb_stays(pipeline):
    assert triggers_of(pipeline, "In 1911 his name started to be seen in the papers.") == ["start"]
    assert triggers_of(pipeline, "The siege of Tarsk began in May 1911.") == ["begin"]


@pytest.mark.parametrize("text, trigger", [
    ("The year 1911 saw the outbreak of war in Tarsk.", "outbreak"),
    ("In 1911 the city witnessed riots over bread.", "riot"),
    ("The army suffered a heavy defeat at Tarsk in May 1911.", "defeat"),
    ("In 1840 the Tarvians laid siege to Lusk.", "siege"),
    ("The regiment took part in the invasion of Tarsk in June 1911.", "invasion"),
])
def test_what_was_seen_suffered_or_taken_part_in_is_the_happening(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("In 1911 she saw the king at Lusk.", "see"),  # a person seen: the seeing
    ("The Tarvians suffered a shortage of bread in 1911.", "suffer"),  # a state suffered
])
def test_an_object_naming_no_happening_leaves_the_verb(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, triggers", [
    # A plain verb whose object names no happening gives way to the verb of substance sharing its date.
    ("On 3 June 1911, Holm took the mound for the Tarsk Reds and threw a perfect game.", ["throw"]),
    ("In 1911 Holm took power and dissolved the assembly.", ["take power", "dissolve"]),  # the phrase: pipeline.events.phrase_triggers
    ("On 3 June 1911 Holm took the mound when the Tarsk Reds lost to Lusk.", ["take", "lose"]),
    # ... but not to one with a date of its own, nor when it stands alone.
    ("Holm took the mound in 1911 and threw a perfect game in 1912.", ["take", "throw"]),
    ("In 1911 Holm took the train to Tarsk.", ["take"]),
    # A light verb with a happening noun gives the row to the noun.
    ("In 1911 Holm made his debut for the Tarsk club.", ["debut"]),
])
def test_a_plain_verb_gives_way_to_the_verb_of_substance(pipeline, text, triggers):
    assert triggers_of(pipeline, text) == triggers


@pytest.mark.parametrize("text, triggers", [
    ("In 1911 Holm was elected to the assembly, representing the Tarsk district.", ["elect"]),
    ("In 1911 Holm joined the navy, serving on the cruiser Tarn.", ["join"]),
    ("Holm represented Tarsk in the 1911 season.", ["represent"]),  # a finite verb stays
])
def test_a_participle_telling_the_post_held_is_no_row(pipeline, text, triggers):
    assert triggers_of(pipeline, text) == triggers


def test_a_gapped_verb_gets_a_row_for_each_date(pipeline):
    assert triggers_of(pipeline, "Holm married Anna Lusk in 1851 and then, in 1855, Maria Tarn.") == \
        ["marry", "marry"]


@pytest.mark.parametrize("plural, singular", [("speeches", "speech"), ("putsches", "putsch"), ("sieges", "siege")])
def test_plural_happening_nouns_in_es_are_happenings_for_the_stories_too(plural, singular):
    from pipeline.lexicon.stems import singulars
    from pipeline.stories.triggers import is_event_noun

    assert singular in singulars(plural) and is_event_noun(plural)


def test_a_singular_in_ss_is_not_cut():
    from pipeline.lexicon.stems import singulars

    assert singulars("loss") == {"loss"} and "loss" in singulars("losses")


@pytest.mark.parametrize("text, trigger", [
    ("The siege of the mill lasted two days in June 1911.", "siege"),
    ("The station was young when it commenced broadcasting on 4 May 1931.", "broadcasting"),
    ("Holm started the dock strike in May 1911.", "strike"),  # the start is no more than the strike (issue 33)
    # the verb stays when what lasted or what was begun names no happening
    ("Holm lasted two seasons at the club from 1911.", "last"),
    ("Holm started his career at the club in 1911.", "start"),
])
def test_what_lasted_or_was_begun_is_the_happening(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("In 1971 the band had a hit with the single Red Sky.", "hit"),
    ("In 1985 the old sailor had surgery on his knee.", "surgery"),
    ("The tour, which included a stop in Tarsk in 1990, was a success.", "stop"),
    ("He led the expedition to Tarsk in 1821.", "expedition"),
    ("In 1902 the miners led a revolt against the Holm company.", "revolt"),
])
def test_a_light_verb_hands_the_row_to_what_it_has_includes_or_leads(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("In 1902 she led the Tarsk crew to the title.", "lead"),
    ("In 1971 the band had a new drummer.", "have"),
])
def test_a_light_verb_whose_object_is_no_happening_keeps_the_row(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The 1998 version of the album was released in Tarsk.", "release"),
    ("The 1904 edition of the Holm atlas was printed in Tarsk.", "print"),
])
def test_a_version_or_edition_the_date_describes_hands_the_row_to_its_verb(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("In 1990 the band went on a tour of Europe.", "tour"),
    ("The dockers went on strike in 1911.", "strike"),
    ("In 1990 the band went on the radio.", "go"),
    ("In 1914 the nation went to war.", "go"),
])
def test_what_was_gone_on_is_the_happening(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]



def test_a_verb_of_seeming_in_a_free_relative_hands_the_row_to_the_clause_around_it(pipeline):
    # "what proved to be ... version": it describes the thing switched to; the switch is the happening.
    text = ("The game changed its rules again, such as adding a bonus draw in 1996, and switching to what "
            "proved to be an unpopular \"lucky star\" version in 1997.")
    assert "switch" in triggers_of(pipeline, text) and "prove" not in triggers_of(pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    # The time spent is spent on the gerund's happening; without one, the spending stays.
    ("In 1911 the band spent two months touring the northern coast.", "tour"),
    ("On 3 May 1911 the regiment spent the day digging trenches.", "dig"),
    ("In 1911 the old sailor spent a year in Tarsk.", "spend"),
])
def test_spending_time_on_a_happening_names_it(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_person_word_with_a_happenings_suffix_is_no_happening(pipeline):
    # "champion" ends like "invasion" but names a person: the becoming is the happening, and a title
    # with its year ("the 1893 champion") tells none.
    assert triggers_of(pipeline, "Anna Holm became national sculling champion in 1911.") == ["become"]
    assert triggers_of(pipeline, "The 1893 champion of the league, the Tarsk Rowing Club was the first winner "
                                 "of the shield.") == []


@pytest.mark.parametrize("text, trigger", [
    # A participle telling the post held: a point date is the election's.
    ("He was elected the mayor of Tarsk representing the Harbour Party in 1992.", "elect"),
])
def test_a_post_participle_hands_a_point_date_to_its_clause(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, triggers", [
    # A stretch is the post's own time; a clause with a date of its own keeps it.
    ("He was elected to the Tarsk assembly, serving from 1835 to 1837.", ["serve"]),
    ("He joined the navy in 1940, serving in the Lusk flotilla in 1944.", ["join", "serve"]),
])
def test_a_post_participle_with_its_own_time_keeps_it(pipeline, text, triggers):
    assert triggers_of(pipeline, text) == triggers


def test_a_post_participle_looks_past_a_later_clause(pipeline):
    text = "He was elected the mayor of Tarsk representing the Harbour Party in 1992 but in 2005 his party lost."
    assert triggers_of(pipeline, text) == ["elect", "lose"]


def test_starting_with_opens_a_list_of_what_the_clause_did(pipeline):
    assert triggers_of(pipeline, "He later appeared in films, starting with Tarsk Harbour (1944) and Lusk "
                                 "Story (1945).") == ["appear", "appear"]
