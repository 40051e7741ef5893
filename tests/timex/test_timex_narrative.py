"""The narrative's time, numbers that are not dates, modifiers and BC days (issue 33, dates).

Invented sentences, one test per shape: they are regression tests, not evidence; the
external measure is the TimeML harness (python -m evaluation.timexes).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyarrow as pa
import pytest

from pipeline.timex.tagger import tag
from pipeline.timex.values import RefTime


@pytest.fixture(scope="module")
def run(spacy_model):
    def tagged(text: str, ref: RefTime = RefTime(1814), **kw):
        found, after, _ = tag(text, ref, spacy_model(text), **kw)
        return {t.text: t for t in found}, after
    return tagged


# --- the narrative's year stays put -----------------------------------------------------

@pytest.mark.parametrize("aside", [
    "The invasion was planned for 1813.",                         # a plan
    "The company expected growth by 2011.",                       # a forecast
    "The new road would open in 1815.",                           # a look ahead
    "The siege lasted until the fall of the capital in March 1815.",  # another happening's date
    "The duke, who had been born in 1770, arrived.",              # a relative clause
    "The duke, born in 1770, arrived.",                           # a participle apposition
    "The treaty, signed in 1795, was broken.",
    "The previous year had been hard.",                           # a look back
    "Five years earlier the duke had fled.",
    "The day before, the bridge had fallen.",
    # variants of each shape (issue 33 sweep)
    "The attack was scheduled for 1816.",
    "Officials predicted a recovery in 1816.",
    "The council anticipated a good harvest in 1816.",
    "The bridge was due to open in 1816.",
    "The fleet was expected to arrive in 1815.",
    "The truce held until the death of the king in April 1816.",
    "The army stayed until the surrender of Tarsk in March 1815.",
    "The bridge, which had been built in 1770, collapsed.",
    "Vell, a veteran of the 1790 campaign, arrived.",
    "Orm, elected mayor in 1801, resigned.",
    "In the previous year the harvest had failed.",
    "The year before, Orm had died.",
    "Ten years earlier the town had burned.",
    "Three years before, the duke had left.",
])
def test_a_year_of_something_else_does_not_move_the_story(run, aside):
    found, _ = run(aside + " By June the army had crossed the river.", RefTime(1814))
    assert found["June"].value == "1814-06", found


def test_a_stated_year_still_moves_the_story(run):
    found, after = run("The army crossed the river in 1815. By June it was at the gates.", RefTime(1814))
    assert found["June"].value == "1815-06"
    found, _ = run("Two years later the duke returned. In June he died.", RefTime(1814))
    assert found["June"].value == "1816-06"  # a step forward is where the story goes


# --- numbers that are not dates ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "More than 1000 people died in the fire.",
    "An army of 1500 marched on the town.",
    "Some 2000 men and about 1500 soldiers crossed.",
    "A total of 1200 prisoners were taken.",
    "Proclamation No. 4417 was signed, and Resolution 1483 followed.",
    "The convoy drove along Route 66.",
    "He fought in the War of 1812 and later joined the '05 Boys.",
    "She graduated with the Class of 1914.",
    "The army numbered between 1500 and 2000 men.",
    "The Orm lost from 1500 to 2000 ships in the storm.",
    # variants (issue 33 sweep): amounts, identifiers of laws and roads, years naming a thing
    "Over 1200 soldiers deserted the camp, and the garrison of 1800 surrendered.",
    "Law No. 1776 was passed, and Directive 1325 followed.",
    "Decree 1918 and Ordinance 1877 were repealed.",
    "The trucks drove along Highway 1812 and Interstate 1880.",
    "He was a veteran of the War of 1866 and joined the Class of 1920.",
])
def test_numbers_and_names_are_no_dates(run, text):
    found, after = run(text, RefTime(1880))
    assert not [t for t in found.values() if t.type == "DATE"], found
    assert after == RefTime(1880)


def test_years_that_are_dates_are_kept(run):
    found, _ = run("Around 1500 the town grew. Earlier than 1939 it was calm. In 1815 the war ended.", RefTime(1880))
    assert [t.value for t in found.values()] == ["1500", "1939", "1815"]
    found, _ = run("Between 1500 and 1520 churches were built in the valley.", RefTime(1880))
    assert "1500" in [t.value for t in found.values()]  # not two round numbers: years
    # TimeML news annotation tags a year inside a name; news documents keep it
    found, _ = run("The bank is regulated under the Enforcement Act of 1989.", RefTime(1990, 3, 1),
                   reference_date=date(1990, 3, 1), kind="news")
    assert found["1989"].value == "1989"


# --- modifiers kept -------------------------------------------------------------------------

def test_late_in_the_year_is_its_last_part(run):
    found, _ = run("Late in the year the army marched north.", RefTime(1814, 3))
    t = found["Late in the year"]
    assert (t.value, t.mod) == ("1814", "END")
    assert t.date_start == date(1814, 9, 1) and t.date_end == date(1814, 12, 31)


def test_up_to_december_is_an_end(run):
    found, _ = run("Up to December the army waited.", RefTime(1814, 5))
    assert (found["December"].value, found["December"].mod) == ("1814-12", "ON_OR_BEFORE")


@pytest.mark.parametrize("text, span, value", [("Up until 1820 the army waited.", "1820", "1820"),
                                               ("Up till March the army waited.", "March", "1814-03")])
def test_up_until_a_date_is_an_end(run, text, span, value):
    found, _ = run(text, RefTime(1814, 5))
    assert (found[span].value, found[span].mod) == (value, "ON_OR_BEFORE")


def test_the_middle_of_december(run):
    found, _ = run("In the middle of December it moved.", RefTime(1814, 5))
    t = found["the middle of December"]
    assert (t.value, t.mod, t.date_start, t.date_end) == ("1814-12", "MID", date(1814, 12, 11), date(1814, 12, 20))


# --- BC days ---------------------------------------------------------------------------------

def test_bc_timexes_have_days(run):
    found, after = run("The city was founded in 490 BC and sacked in the 5th century BC.", RefTime())
    year, century = found["490 BC"], found["the 5th century BC"]
    assert (year.value, year.date_start, year.date_end) == ("BC0490", np.datetime64("-0489-01-01"),
                                                            np.datetime64("-0489-12-31"))
    assert (century.date_start, century.date_end) == (np.datetime64("-0499-01-01"), np.datetime64("-0400-12-31"))
    found, _ = run("In May the fleet sailed.", after)
    assert found["May"].value == "BC0490-05" and found["May"].date_start == np.datetime64("-0489-05-01")
    # Arrow's date32 holds them, and they sort before any AD day
    days = pa.array([year.date_start, date(1939, 9, 1)], pa.date32())
    assert days.cast(pa.int32()).to_pylist() == sorted(days.cast(pa.int32()).to_pylist())


# --- years a list shares, short years --------------------------------------------------------

def test_a_season_before_and_into_a_dated_one_takes_its_year(run):
    found, _ = run("Throughout the spring and into early summer of 1864, the brigade marched north.", RefTime(1862))
    assert found["the spring"].value.startswith("1864"), found


def test_a_short_year_takes_the_century_nearest_the_story():
    from pipeline.timex.rules.model import _short_year
    assert _short_year("'83", RefTime(1979)) == "1983"
    assert _short_year("'05", RefTime(1998)) == "2005"
    assert _short_year("'95", RefTime(1820)) == "1795"
    # No time to go by: the last hundred years, not dateparser's century before 1900.
    assert _short_year("'83", RefTime(None)) == "1983"
    assert _short_year("'12", RefTime(None)) == "2012"
    assert _short_year("1983", RefTime(1979)) is None


# --- date shapes of Wikipedia prose (issue 33, blind audit) ---------------------------------

def test_a_decade_with_an_apostrophe_is_the_decade(run):
    found, _ = run("The mill became a landmark in the late 1890's.", RefTime(1950))
    assert found["the late 1890's"].value == "189" and found["the late 1890's"].mod == "END"


@pytest.mark.parametrize("text", ["In its 27 year existence the firm has built many bridges.",
                                  "The 12 year old boy ran across the square."])
def test_a_count_of_years_before_a_noun_is_no_date(run, text):
    found, _ = run(text, RefTime(1950))
    assert not found, found


@pytest.mark.parametrize("text, holiday, value", [
    ("The club moved to Labor Day, skipping Easter in 1962.", "Easter", "1962-04-22"),
    ("The fair was held over Memorial Day weekend of 1962.", "Memorial Day", "1962-05-28"),
    ("The poet died of a fever on 10th December in 1962 in his home town.", "10th December", "1962-12-10"),
])
def test_a_holiday_takes_the_year_written_after_it(run, text, holiday, value):
    found, _ = run(text, RefTime(1950))
    assert found[holiday].value == value and "1962" in found


def test_a_stray_comma_after_the_month_keeps_one_date(run):
    found, _ = run("The bridge was opened on March, 3, 1931.", RefTime(1950))
    assert found["March, 3, 1931"].value == "1931-03-03"


def test_a_season_written_with_both_full_years(run):
    found, _ = run("The station dropped the games after the 2004/2005 season.", RefTime(1950))
    assert found["2004"].value == "2004" and found["2005"].value == "2005"
    found, _ = run("The rent rose by 2004/3000 units.", RefTime(1950))
    assert "3000" not in found


def test_weekend_of_a_year_is_not_the_end_of_it(run):
    found, _ = run("They met on the weekend of 1962 elections and again in the legend of 1931.", RefTime(1950))
    assert all(t.mod != "END" for t in found.values()), found


# --- whose "now": relative dates in direct speech, steps after a span -------------------------

@pytest.mark.parametrize("text, expression, year", [
    ('The club folded in 1998. "We lost a fortune that year and never recovered," says Brown.', "that year", 1998),
    ('The fort fell in 1890. "This year has been the hardest of all," the mayor said later.', "This year", 1890),
    ('The band split in 1977. \u201cLast year we were playing stadiums every night,\u201d the drummer recalled.',
     "Last year", 1977),
])
def test_a_relative_date_in_speech_counts_from_the_speaker(run, text, expression, year):
    found, after = run(text, RefTime(1850))
    assert found[expression].value is None and found[expression].date_start is None, found
    assert after.year == year  # the story stays where the narration put it


def test_speech_that_states_its_year_anchors_its_own_relative_dates(run):
    found, _ = run('"In 1921 we sailed to Lisbon, and that year we lost the ship," he wrote.', RefTime(1850))
    assert found["that year"].value == "1921"


def test_a_quoted_title_is_no_speech(run):
    found, _ = run('The band released "Rags" in 1988. That year they toured Europe.', RefTime(1850))
    assert found["That year"].value == "1988"


def test_a_step_after_a_span_counts_from_its_end(run):
    found, _ = run("He ran the mill from 1920 until 1931, when he retired. Two years later he died.", RefTime(1900))
    assert found["Two years later"].value == "1933"
    found, _ = run("The line ran from 1950 to 1962. In the following year the track was lifted.", RefTime(1900))
    assert found["the following year"].value == "1963"


def test_a_span_in_an_aside_is_no_anchor_for_a_step(run):
    found, _ = run("The duke (1770–1831) moved to Paris in 1805. Two years later he married.", RefTime(1700))
    assert found["Two years later"].value == "1807"


def test_a_counted_decade_is_ten_years(run):
    found, _ = run("The mill opened in 1931. A decade later it closed.", RefTime(1900))
    assert found["A decade later"].value == "1941"
    found, _ = run("The mill opened in 1931. A few decades later it closed.", RefTime(1900))
    assert found["A few decades later"].value != "1941"


def test_before_the_story_has_a_year_a_names_year_dates_what_follows(run):
    found, _ = run("The 2011 fair is being held from September 10 till September 16.", RefTime())
    assert found["September 10"].value == "2011-09-10" and found["September 16"].value == "2011-09-16"
    found, _ = run("The 1932 pact was signed. In March the army moved.", RefTime(1930))
    assert found["March"].value == "1930-03"  # once the story has a year, a name's year leaves it be


@pytest.mark.parametrize("text", [
    "The singer told the Sunday Times that the tour was over.",
    "The band released the single From Yesterday on the radio.",
    "Listeners heard him on the Sports Today programme.",
    "Vocalist Dawn Harper joined the group.",
    "It did not dawn on the crew that the ship was lost.",
])
def test_names_and_verbs_are_no_days(run, text):
    found, _ = run(text, RefTime(1990))
    assert found == {}, found


# --- days of early years -------------------------------------------------------------------

def test_a_day_of_an_early_year_is_one_date(run):
    found, after = run("The abbey burned on 28 May 721, and in May 722 it was rebuilt.", RefTime())
    assert found["28 May 721"].value == "0721-05-28" and found["May 722"].value == "0722-05"
    assert after.year == 722


def test_a_day_before_christ_takes_its_era_and_sets_the_story_there(run):
    found, after = run("The consul was killed on 15 March 44 BC. Two years later his heir won.", RefTime())
    assert found["15 March 44 BC"].value == "BC0044-03-15"
    assert found["15 March 44 BC"].date_start == np.datetime64("-0043-03-15")
    assert after.bc and found["Two years later"].value == "BC0042"


def test_a_count_after_a_day_is_no_year(run):
    found, _ = run("On 5 May 300 soldiers attacked the fort.", RefTime(700))
    assert found["5 May"].value == "0700-05-05" and "300" not in " ".join(found)


def test_steps_within_the_years_before_christ_stay_there(run):
    found, after = run("The Persians landed in 490 BC. Ten years later they returned. Two years later they left.",
                       RefTime())
    assert found["Ten years later"].value == "BC0480" and found["Two years later"].value == "BC0478"
    assert after.bc


@pytest.mark.parametrize("text, expression, value", [
    ("He lost in 1977. His career had begun the following spring, 1973, in Ohio.", "the following spring", "1973-SP"),
    ("He lost in 1977. The next year (1911) the law passed.", "The next year", "1911"),
])
def test_a_year_set_beside_an_anaphor_is_its_year(run, text, expression, value):
    found, _ = run(text, RefTime(1900))
    assert found[expression].value == value


def test_a_relative_date_in_an_aside_counts_from_the_asides_own_date(run):
    found, after = run("In 1939 the parade moved to 11 November. Both are kept (although in 2007 they fell on "
                       "the same day). Later that year the rules changed.", RefTime())
    assert found["the same day"].value == "2007"
    assert found["Later that year"].value == "1939"  # the aside's date leaves the story where it was


# --- a span of centuries written without "from" -----------------------------------------------

@pytest.mark.parametrize("text, left, right", [
    ("The period spans the end of the 10th century to the 16th century.", "the end of the 10th century",
     "the 16th century"),
    ("The faith was kept in the 2nd century BC to the 11th century.", "the 2nd century BC", "the 11th century"),
])
def test_two_centuries_joined_by_to_are_one_span(run, text, left, right):
    found, _ = run(text)
    assert found[left].range_id is not None and found[left].range_id == found[right].range_id


def test_centuries_out_of_order_are_no_span(run):
    found, _ = run("The shrine was moved in the 16th century to the 12th century town.")
    assert all(t.range_id is None for t in found.values())


def test_early_years_from_one_to_another_are_a_span(run):
    found, _ = run("Abd Orm was the first emir of Tarsk, ruling from 756 to 788.")
    assert found["756"].range_id is not None and found["756"].range_id == found["788"].range_id


def test_a_count_from_one_number_to_another_is_no_span(run):
    found, _ = run("The garrison grew from 300 to 400 soldiers.")
    assert "400" not in found and all(t.range_id is None for t in found.values())


def test_a_late_millennium_keeps_its_modifier(run):
    found, _ = run("Writing was first recorded in the late 4th millennium BC.")
    assert found["the late 4th millennium BC"].mod == "END"


def test_a_compound_ordinal_century_is_read_whole(run):
    found, _ = run("Enlil rose to prominence during the twenty-fourth century BC.")
    assert found["the twenty-fourth century BC"].value == "BC23"


@pytest.mark.parametrize("text, span, value", [
    ("Some 1,800 years later the hill fort was rebuilt.", "Some 1,800 years later", "0014"),
    ("The old road was laid 2,300 years ago.", "2,300 years ago", "PAST_REF"),
])
def test_a_count_with_a_thousands_separator_is_read_whole(run, text, span, value):
    # Regression: the count lost its thousands ("1,800 years later" read as "800 years later").
    found, _ = run(text, RefTime(-1786))
    assert span in found
    if value != "PAST_REF":
        assert found[span].value == value


def test_a_length_with_a_thousands_separator_is_read_whole(run):
    found, _ = run("The shrine stood for 1,200 years before it burned.")
    assert found["1,200 years"].value == "P1200Y"


def test_a_bare_ordinal_after_a_century_is_a_century(run):
    found, _ = run("Rents rose in the 19th century, and fell in the 20th.")
    assert found["the 20th"].value == "19"
    # after a month it is still a day of that month
    found, _ = run("The fleet sailed in May 1802 and came back on the 20th.")
    assert found["the 20th"].value == "1802-05-20"


@pytest.mark.parametrize("text, left, right", [
    ("The settlement was inhabited from around 9500 BCE to at least 8000 BCE.", "around 9500 BCE", "8000 BCE"),
    ("The kingdom lasted from about 1270 until at least 1520.", "about 1270", "1520"),
    ("The mines were worked between about 1310 and about 1450.", "about 1310", "about 1450"),
])
def test_a_hedged_far_end_still_closes_the_span(run, text, left, right):
    found, _ = run(text)
    assert found[left].range_id is not None and found[left].range_id == found[right].range_id
