"""Dates that date no happening, and triggers of verbless entries and happening verbs (issue 33).

Invented sentences, one test per shape: regression tests, not evidence. The external measures are
evaluation/events.py and ``python -m evaluation.anchoring``.
"""

from __future__ import annotations

import pytest


def rows(pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    return [(e.date_text, e.trigger) for e in events]


# --- a year that names a thing ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Water Act 2000 changed the rules for farmers.",          # a law's year, the law does something
    "The stadium was built for the 2008 Olympics.",               # made for it, before it
    "The team qualified for Euro 2004 after a long campaign.",    # qualified before it
    "Farmers were fined under the Water Act 2000.",
    "The team qualified for the 1992 World Cup and Euro 1996.",   # a year before the name; a listed name
    "The 2007 Tarsk Harbour Falcons football team represented the city in the league.",  # a named team's season
])
def test_a_year_that_names_a_thing_dates_no_event(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The 2008 Olympics were held in Beijing.", [("2008", "hold")]),          # the thing happening
    ("She won gold at the 2008 Olympics.", [("2008", "win")]),               # done at it
    ("The 2007 Tarsk Harbour Falcons football team won the title.", [("2007", "win")]),  # the team's doing
    ("He scored twice at Euro 2004.", [("2004", "score")]),
    ("The stadium hosted the 1992 World Cup.", [("1992", "host")]),
    ("Parliament passed the Water Act 2000 after a long debate.", [("2000", "pass")]),  # a law's making
])
def test_a_named_thing_happening_keeps_its_year(pipeline, text, expected):
    assert rows(pipeline, text) == expected


# --- sources, lifespans, states, customs --------------------------------------------------

@pytest.mark.parametrize("text", [
    "According to a 2003 report, the river was polluted.",
    "The river was polluted, according to Smith (2003).",
    "The painter John Smith (1901–1975) lived in the village.",
])
def test_a_source_or_a_lifespan_dates_no_event(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The population was 5,000 in 2001.",
    "The town had a population of 5,000 in 2001.",
    "As of 2010 it had 30 members.",
])
def test_a_figure_at_a_date_is_a_state_not_an_event(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_happening_beside_a_state_keeps_its_row(pipeline):
    assert rows(pipeline, "The army had 3,000 men in 1805 when it crossed the river.") == [("1805", "cross")]
    assert rows(pipeline, "In 1805 the army was 3,000 strong.") == []


@pytest.mark.parametrize("text", [
    "The war ended in 1918. A service is held each year on 11 November at the memorial.",
    "The war ended in 1918. Remembrance Day is observed on 11 November.",
    "The war ended in 1918. Since then the town has commemorated the armistice annually on 11 November.",
])
def test_a_yearly_custom_is_no_date_of_the_story(pipeline, text):
    assert rows(pipeline, text) == [("1918", "end")]


def test_a_day_in_the_story_is_kept(pipeline):
    assert rows(pipeline, "The war ended in 1918. The armistice was signed on 11 November.") == [
        ("1918", "end"), ("11 November", "sign")]
    assert rows(pipeline, "The congress met in 1920. The annual congress met again in May.")[-1] == ("May", "meet")


# --- triggers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The battle took place on 3 May 1805.", [("3 May 1805", "battle")]),
    ("The bombing occurred on Friday 4 June 1999.", [("Friday 4 June 1999", "bombing")]),
    ("The massacre happened on 3 May 1805.", [("3 May 1805", "massacre")]),
    ("1984: first flight of the prototype.", [("1984", "flight")]),
    ("1984 – first flight of the prototype.", [("1984", "flight")]),
])
def test_the_trigger_is_the_happening_noun(pipeline, text, expected):
    assert rows(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Adolf Ioffe (1918)",
    # List entries and headings with no word for the happening: a place, a commander, a unit, a date.
    "Tarsk Field, Lusk, 27 March 1943 – 6 May 1943; Orm Heath, Lusk, 4 June 1943.",
    "Colonel Arvid Orm, 24 April 1952; Colonel Bel Tarsk, 10 October 1952.",
])
def test_an_entry_naming_no_happening_has_no_row(pipeline, text):
    # A row that names no happening is worse than none; the dates stay in the timexes table.
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "William May (December 13, 1899 – March 15, 1984) was a baseball pitcher.",
    "William May (c. 1899 – 1984) painted the church.",
    "The historian Pierre Marca (16th century) holds that the word means hunters.",
])
def test_a_lifespan_after_a_persons_name_dates_no_event(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_birth_and_a_happenings_own_bracket_keep_their_rows(pipeline):
    assert rows(pipeline, "William May (born December 13, 1899) was a pitcher.") == [("December 13, 1899", "bear")]
    assert rows(pipeline, "The Battle of Austerlitz (2 December 1805) ended the war.") == [
        ("2 December 1805", "battle")]


def test_a_number_inside_a_description_is_no_figure(pipeline):
    assert rows(pipeline, "In 1963, he had a million seller hit with the song.") == [("1963", "have")]
    assert rows(pipeline, "Freight traffic in 1913 was 18% outbound lumber.") == []


def test_a_light_verb_replaced_by_its_noun_still_shares_its_date(pipeline):
    assert rows(pipeline, "The rail crash occurred on July 30, 1896, crushing five coaches.") == [
        ("July 30, 1896", "crash"), ("July 30, 1896", "crush")]


def test_counted_happenings_are_no_state(pipeline):
    assert rows(pipeline, "The boxer had 14 other fights in 1973, winning them all.") == [
        ("1973", "fight"), ("1973", "win")]


def test_one_date_in_a_bracket_after_a_name_is_kept(pipeline):
    assert rows(pipeline, "His units supported the invasion of Normandy (June 1944).") == [("June 1944", "invasion")]


@pytest.mark.parametrize("text, expected", [
    ("The first title change occurred on January 14, 1887.", [("January 14, 1887", "change")]),
    ("The young striker made his debut in 2005.", [("2005", "debut")]),
])
def test_what_occurs_and_a_debut_name_the_happening(pipeline, text, expected):
    assert rows(pipeline, text) == expected


def test_a_lifespan_with_an_untagged_first_end(pipeline):
    assert rows(pipeline, "The minstrel John Smith (c.1240 – c. 1300) wrote songs.") == []


# --- relative dates and decade parts (the dates of the rows, end to end) -------------------

@pytest.mark.parametrize("text, date_text, start, end", [
    ("The bridge opened in 1954, two years after the war. Three years later it was closed.",
     "Three years later", "1957-01-01", "1957-12-31"),
    ("The army crossed the river on 3 May 1940. On the same day the city fell.",
     "the same day", "1940-05-03", "1940-05-03"),
    ("The fighting ended in late 2006. The following January the troops left.",
     "The following January", "2007-01-01", "2007-01-31"),
])
def test_a_relative_date_counts_from_the_date_just_told(pipeline, text, date_text, start, end):
    events = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    row = next(e for e in events if e.date_text == date_text)
    assert (str(row.date_start), str(row.date_end)) == (start, end)


def test_the_early_decade_is_its_start_not_its_first_months(pipeline):
    events = pipeline.text("Title\n\nThe movement grew in the early 1960s.\n", "t").layers["events"]
    assert events[0].date_start.year == 1960 and events[0].date_end.year >= 1962


@pytest.mark.parametrize("text", [
    # A running total "as of" a date is no happening of that date (nor the clause that goes with it).
    "He has built over 400 boats as of 1855, putting them on every lake of Tarsk.",
    # A life bracket before a copula, the name mistaken for something else or a birthplace inside.
    'Arvid "Tall" May (December 13, 1799 – March 15, 1856) was a Tarsk cartographer.',
    "Orm Vell (20 January 1793 Tarsk – 7 July 1857) was a Lusk senator and botanist.",
])
def test_no_row_for_a_tally_or_a_life(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text", [
    # A copula no happening word replaces tells a state ("nations" is a thing, not a happening).
    "By 1819, both Tarvia and Lusk were pariah nations in the region.",
    "He was a member of the Tarsk senate from 1830 to 1832.",
    "In 1846 Orm was a fellow of the Lusk academy.",
])
def test_a_copula_dates_a_state(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_copulas_conjunct_keeps_its_row(pipeline):
    assert rows(pipeline, "In 1847 he was back in Tarsk and opened a school.") == [("1847", "open")]
    # A list of figures the parser ends in a "verb" is no conjunct.
    assert rows(pipeline, "Trade in 1848 was 18% outbound timber, 15% outbound wool, 11% outbound hides, "
                          "and 2% inbound salted fish.") == []


def test_a_clock_time_alone_in_brackets_dates_no_verb(pipeline):
    found = rows(pipeline, "On 4 May 1962 the choir toured the north, with concerts in Tarsk, Lusk (3pm) and Varn.")
    assert found == [("4 May 1962", "tour")], found


@pytest.mark.parametrize("text", [
    "The lottery (as of 1999) pays winners $2 for three numbers.",      # a state now, at a date
    "As of 1999 her total prize money exceeds $50,000.",
    "The song also features in the soundtrack to the 1987 film.",        # the year describes a thing
])
def test_a_present_state_at_a_date_is_no_happening(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_present_verb_dated_by_its_own_year_stays(pipeline):
    assert rows(pipeline, "In 1987 the song features in a film by Tarvo.") == [("1987", "feature")]


def test_a_things_bracketed_year_dates_no_verb_of_the_present(pipeline):
    # The year is the station's (its opening); the sentence tells where the school is now.
    assert rows(pipeline, "The school lies just round the corner from Tarsk railway station (1972).") == []
    # A title ending in a happening's word: the year is the book's.
    assert rows(pipeline, "Red Sky Singing (1938) is a novel by Anna Holm.") == []
    # Told in the past, at about the film's time: the row stays.
    assert rows(pipeline, "She starred in The Tarsk Story (1956) with Holm.") == [("1956", "star")]


def test_a_date_describing_a_person_or_another_date_is_no_row(pipeline):
    # The century says when the physicist lived, not when the work inspired anything.
    assert rows(pipeline, "His experiments were inspired by the work of 18th century physicist Tom Holm.") == []
    assert rows(pipeline, "His work was inspired by 18th century physicist Tom Holm who saw the same.") == []
    # "since 1888" places the year 1893; only 1893 dates the defeat.
    assert rows(pipeline, "In 1893, the first year since 1888 where the league played under a series system, "
                          "the Tarsk club lost its first game.") == [("1893", "lose")]


@pytest.mark.parametrize("text", [
    "The old ferries in the early 1980s had far smaller engines than they do today.",
    "He had a two-year contract with the Tarsk club in 1976.",
])
def test_having_a_thing_is_a_state(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text, triggers", [
    ("In 1911 the club had a dispute with the league.", ["dispute"]),
    ("Anna Holm had a daughter in 1911.", ["have"]),
    ("In 1911 the club had a new coach and won the cup.", ["win"]),
])
def test_having_a_happening_or_a_child_stays(pipeline, text, triggers):
    assert [trigger for _, trigger in rows(pipeline, text)] == triggers


def test_a_list_continued_as_a_sentence_is_no_happening(pipeline):
    assert rows(pipeline, "Including two years as a stroke on the Tarsk Rowing crews of 1969 and 1970.") == []
    assert rows(pipeline, "The club won six titles, including the league in 1969.") == [("1969", "win")]


def test_a_view_of_a_thing_is_no_happening_of_its_year(pipeline):
    assert rows(pipeline, "Her novel Tarsk (1799) was seen as an account of their affair.") == []
    # Its making is.
    assert rows(pipeline, "Her novel Tarsk was published in 1799 and was seen as an account of their affair.") == [
        ("1799", "publish")]
