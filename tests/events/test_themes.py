"""Themes name the thing acted on: a light noun (need, part, policy, number, form …) hands the theme
to its complement. Invented sentences; regression tests, not evidence."""

from __future__ import annotations

import pytest


def theme_of(process, text: str, trigger: str) -> str | None:
    rows = [e for e in process(text) if e.trigger == trigger]
    assert len(rows) == 1, [(e.trigger, e.theme) for e in process(text)]
    return rows[0].theme


@pytest.mark.parametrize("text, trigger, theme", [
    ("In 1935 the minister stressed the need for a treaty with Tarvia.", "stress", "treaty"),
    ("In 1938 Lusk pursued a policy of appeasement.", "pursue", "appeasement"),
    ("In 1901 the army built a number of forts near Tarsk.", "build", "forts"),
    ("In 1910 the king introduced a form of taxation.", "introduce", "taxation"),
    # the parser hangs "in" on the verb: the preposition right after the noun still counts
    ("In 1925 Tarvia took part in the Treaty of Orm with France.", "take part", "Treaty of Orm"),
])
def test_a_light_noun_hands_the_theme_to_its_complement(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


@pytest.mark.parametrize("text, trigger, theme", [
    ("In 1936 the council adopted a new policy.", "adopt", "new policy"),  # no complement: the noun stays
    ("In 1936 the council adopted a policy in May.", "adopt", "policy"),  # "in May" says when, not what
])
def test_a_light_noun_without_its_complement_stays(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


@pytest.mark.parametrize("text, trigger", [
    ("In 1933 the old loyalties gave way to new ties.", "give"),
    ("In 1933 the reform took shape in Tarsk.", "take"),
])
def test_an_idiom_noun_is_no_theme(process, text, trigger):
    assert theme_of(process, text, trigger) is None


@pytest.mark.parametrize("text, trigger, theme", [
    # the hyphened word whole, with its "of"-complement
    ("In 1938 Britain favored self-determination of the Orm people over the claims of Vell.", "favor", "self-determination of the Orm people"),
    # the noun's own modifier before it stays with the agreement it is part of
    ("In March 1941 Tarvia ratified the trade annex of the Tarsk Treaty.", "ratify",
     "trade annex of the Tarsk Treaty"),
])
def test_a_theme_keeps_its_own_words(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


def test_a_quoted_clause_gives_no_theme_to_the_verb_that_quotes_it(process):
    text = ('In October 1940 Orme wrote to Vell about "the historic mission of the Four Kingdoms – Tarvia, Vell, '
            'Orm and Lusk – to adopt a wise policy and direct the growth of their peoples."')
    assert theme_of(process, text, "write") != "wise policy"


def test_who_is_told_to_act_is_no_theme(process):
    text = "In late 1940 Orme had ordered his military to prepare for war in the east."
    assert theme_of(process, text, "order") != "military"
    # a thing ordered keeps its theme
    assert theme_of(process, "In June 1940 Orme ordered a complete blockade of Vell.", "order") == "complete blockade of Vell"


@pytest.mark.parametrize("text, trigger, theme", [
    ("In 1933 there was an improvement of relations between Orm and Vell.", "improvement", "relations"),
    ("This led to the conclusion of the Orm-Vell Non-Aggression Pact on 5 July 1932.", "conclusion",
     "Orm-Vell Non-Aggression Pact"),
    ("In 1933 the change in Orm foreign policy happened.", "change", "Orm foreign policy"),
])
def test_a_happening_noun_takes_its_complement_as_theme(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


@pytest.mark.parametrize("text, trigger", [
    ("The uprising of 1525 failed.", "uprising"),  # "of 1525" says when
    ("A revolt in the capital broke out in 1848.", "revolt"),  # "in" says where, for a noun of no change
])
def test_a_happening_noun_has_no_theme_from_a_time_or_place(process, text, trigger):
    assert theme_of(process, text, trigger) is None


def test_an_agreement_noun_trigger_names_itself_in_full(process):
    text = "The dispute ended with the Orm-Tarvian non-aggression pact on 29 November 1932."
    assert theme_of(process, text, "pact") == "Orm-Tarvian non-aggression pact"


@pytest.mark.parametrize("text, trigger, theme", [
    # the one told is no theme; what they are told to do is (pipeline.events.clause_themes)
    ("In 1941 the king ordered the military to prepare for war.", "order", "prepare for war"),
    ("In 1939 Orm prepared for war with Vell.", "prepare", "war"),
    ("In 1939 Orm presented Tarvia with proposals including a pact.", "present", "proposals"),
    ("In 1930 the unions called for a general strike.", "call", "general strike"),
])
def test_the_thing_after_a_verbs_own_preposition(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


@pytest.mark.parametrize("text, trigger, theme", [
    ("On 5 May 1940 Vell was appointed People's Commissar for Defense.", "appoint", "People's Commissar for Defense"),
    ("In 1922 Vell was named Minister of Foreign Affairs.", "name", "Minister of Foreign Affairs"),
])
def test_the_post_someone_is_appointed_to_is_the_theme(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


@pytest.mark.parametrize("text, trigger, theme", [
    ("After trade agreements signed between the two countries in 1925, trade increased.", "sign", "trade agreements"),
    ("He is best known for the works he wrote in the 1930s.", "write", "works"),
    ("The term began to be used in the 19th century.", "use", "term"),
])
def test_the_noun_an_objectless_verb_describes(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


def test_a_relative_clause_about_a_time_gives_no_theme(process):
    assert theme_of(process, "He left Orm in the year he married in 1850.", "marry") is None


@pytest.mark.parametrize("text, trigger, theme", [
    ("In 1930 he welcomed the international destabilization and rise of political extremism among the powers.",
     "welcome", "international destabilization and rise of political extremism"),
    ("In 1941 Orm imposed a blockade of Tarsk, Lusk and Vell.", "impose", "blockade of Tarsk, Lusk and Vell"),
])
def test_a_list_is_named_whole(process, text, trigger, theme):
    assert theme_of(process, text, trigger) == theme


def test_the_pact_is_the_one_named_just_before(process):
    text = "In August 1939 the two powers signed the Orm–Vell Pact. In September 1939 the Pact was extended."
    assert theme_of(process, text, "extend") == "Orm–Vell Pact"


def test_a_work_is_named_by_its_title(process):
    assert theme_of(process, "Her debut album, Blue Roads, was released in 1967.", "release") == "Blue Roads"


def test_a_clause_as_subject_is_no_theme(process):
    assert theme_of(process, "What he called his works were said in 1950 to be poor.", "say") is None


def test_a_predicate_noun_a_participle_describes_is_no_theme(process):
    # the band is the subject (a party), not a thing the forming acted on
    assert theme_of(process, "Tarnwave is a Tarvian folk band formed in Orm in 1970.", "form") is None


def test_a_relative_clause_with_a_relative_word_gives_no_theme(process):
    text = "Orm took nine thousand prisoners, two thousand of which would die in captivity by May 1942."
    assert theme_of(process, text, "die") is None


def test_an_agreement_noun_keeps_its_of_complement(process):
    text = "The dispute ended with the secret protocols of the Orm-Vell Pact on 4 May 1931."
    assert theme_of(process, text, "protocol") == "secret protocols of the Orm-Vell Pact"


def test_a_pointing_adjective_is_left_out(process):
    assert theme_of(process, "In 1939 Orm prepared for the resulting war with Vell.", "prepare") == "war"


@pytest.mark.parametrize("text, trigger", [
    ("After the death of his father in 1840, he moved to Orm.", "death"),
    ("The coronation of the new queen took place in 1953.", "coronation"),
])
def test_people_done_to_are_no_theme(process, text, trigger):
    assert theme_of(process, text, trigger) is None


def test_a_date_after_of_is_no_part_of_a_name(process):
    text = "Their understanding was broken by the Orm-Vell Non-Aggression Pact of January 26, 1934 between the two states."
    assert theme_of(process, text, "pact") == "Orm-Vell Non-Aggression Pact"



@pytest.mark.parametrize("text, trigger", [
    ("Vell is a large town of the Orm culture that flourished around 7000 BC.", "flourish"),
])
def test_an_era_word_is_no_theme(process, text, trigger):
    assert theme_of(process, text, trigger) is None
