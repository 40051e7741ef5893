"""Themes name the thing acted on: a light noun (need, part, policy, number, form …) hands the theme
to its complement. Invented sentences; regression tests, not evidence."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def process():
    """Run every configured stage over a small text, with one model load for the module."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str):
        return pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]

    return run


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
