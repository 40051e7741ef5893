"""A row about a state's own life (founded, existed, held, dissolved, joined) names the state (issue "who
did it", blind judges' finding on history leads): invented sentences of the measured shapes."""

from tests.events.rows import row


def test_a_state_s_realm_word_stands_for_the_state_the_article_is_about(process):
    events = process("The Tarsk Sultanate was an empire based in Vell. The sultanate was established in 1206 "
                     "in the former Orm territories.")
    assert "Tarsk Sultanate" in row(events, "establish").participants
    events = process("The Grand Duchy of Lusk was a European state from the 13th century to 1795. By 1440 the "
                     "grand duchy had become the largest state in Europe.")
    assert row(events, "become").actors == ["Grand Duchy of Lusk"]


def test_a_realm_word_another_name_ends_in_stands_for_neither(process):
    events = process("The Tarsk Sultanate was an empire based in Vell. It fought the Orm Sultanate for years. "
                     "The sultanate was established in 1206 in the former Orm territories.")
    assert "Tarsk Sultanate" not in row(events, "establish").participants


def test_a_state_s_period_names_the_state_not_its_land_or_its_people(process):
    assert row(process("The Lusk Khanate was a Tatar state ruling the steppe from 1441 to 1783."), "rule").actors == \
        ["Lusk Khanate"]
    held = row(process("Vellia, also spelled Velia, was a Lao kingdom that held the area of present-day Orm from "
                       "1353 to 1707."), "hold")
    assert held.actors == ["Vellia"] and "Orm" not in held.participants
    # The seat participle tells the state's existence, no happening (pipeline.events.existences): no row.
    assert process("The Tarvian Empire was a major power centered in ancient Orm from 247 BC to 224 AD.") == []


def test_a_state_founded_or_ended_takes_part(process):
    assert row(process("Orm was a Korean state founded in 918."), "found").participants == ["Orm"]
    events = process("The Tarvian Union was a federal state in Vell. The Tarvian Union was formally dissolved and "
                     "ceased to exist on December 26, 1991.")
    # One happening, the dissolving (pipeline.events.light_links): the union is what was dissolved.
    assert row(events, "dissolve").participants == ["Tarvian Union"]
    assert row(process("The Tarvian Union ceased to exist on December 26, 1991."), "cease to exist").actors == ["Tarvian Union"]


def test_what_was_joined_is_the_article_s_state(process):
    joined = row(process("Orm was a kingdom in southern Vell. It later came under Tarvian rule before being joined "
                         "to the Lusk Empire in 1517."), "join")
    assert set(joined.participants) == {"Orm", "Lusk Empire"}


def test_the_state_a_constitution_made_takes_part(process):
    events = process("Tarvia is a country in Vell. The constitution adopted in 1950 made Tarvia a republic.")
    assert "Tarvia" in row(events, "adopt").participants


def test_a_person_s_clause_on_a_noun_is_no_state_s(process):
    # "a painter living in Orm": no state's defining noun, no state's life
    events = process("Jan Orme was a Tarvian painter living in Lusk from 1901 to 1950.")
    assert all("Lusk" not in e.actors for e in events)


def test_a_realm_word_stands_for_the_one_state_named_before_with_it(process):
    events = process("Jan Orme was a ruler of the Grand Duchy of Lusk. By 1440 the grand duchy had become the "
                     "largest state in Europe.")
    assert row(events, "become").actors == ["Grand Duchy of Lusk"]
    events = process("Jan Orme was a general of the Tarvian Empire and fought the Lusk Empire. The empire was "
                     "dissolved in 1400.")
    assert row(events, "dissolve").participants == []


def test_a_realm_s_name_the_model_took_for_a_person_still_leads_a_state_s_article(process):
    events = process("The Lusk Khanate (Vellish: Lusk Yurtu) was a Tatar state existing from 1441 to 1783, the "
                     "longest-lived of the Turkic khanates that succeeded the Golden Horde. The khanate was annexed "
                     "by the Tarvian Empire in 1783.")
    assert row(events, "annex").participants == ["Lusk Khanate"]


def test_it_after_the_state_s_own_word_is_the_state(process):
    events = process("The Kingdom of Orm was a state in Vell. The kingdom ceased to exist in 1795 when it was "
                     "partitioned by Tarvia and Lusk.")
    assert row(events, "partition").participants == ["Kingdom of Orm"]
