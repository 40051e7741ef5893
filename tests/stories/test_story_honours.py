"""Stories of honours and designations across biographies (issue 32 round 2), in sentences of our own:
the one honoured or designated makes the happening, and a prize's name is its own words."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, compatible, judge
from pipeline.stories.themes import themes_agree

YEAR = (date(1961, 1, 1), date(1961, 12, 31))


def mention(key: str, trigger: str, actors=(), participants=(), theme=None) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=YEAR[0], end=YEAR[1], granularity="year",
                   trigger=trigger, kinds=frozenset({trigger}), night=False, actors=list(actors),
                   participants=list(participants), places=[], citations=[], theme=theme)


def test_a_prize_word_that_names_an_agreement_elsewhere_is_the_prizes_own():
    # "won the Tarvian Peace Medal" and "won the Tarvian Medal in Physics" are two prizes
    assert themes_agree("Tarvian Peace Medal", "Tarvian Medal in Physics") is False
    assert themes_agree("Peace of Lusk", "Treaty of Lusk") is True  # an agreement's name still agrees
    assert themes_agree("Tarvian Medal", "Tarvian Medal in Physics") is True


def test_two_people_honoured_by_one_body_in_one_year_are_two_happenings():
    # "the Lusk Academy named Orlov its best actor" / "he (Varga) was named by the Lusk Academy"
    orlov = mention("orlov", "name", actors=["Lusk Academy"], theme="Orlov")
    varga = mention("varga", "name", actors=["Lusk Academy"], participants=["Imre Varga"])
    assert compatible(orlov, varga) is None and compatible(varga, orlov) is None
    # the one honoured by his surname in one and his full name in the other is one happening
    same = mention("varga2", "name", actors=["Lusk Academy"], theme="Varga")
    assert judge(same, varga) is not None


def test_an_agreement_named_as_theme_still_meets_its_signers():
    pact = mention("pact", "sign", theme="Pact of Tarsk")
    signers = mention("signers", "sign", actors=["Tarvia"], participants=["Orm"])
    assert compatible(pact, signers) is not None


def test_a_shared_body_alone_in_one_year_needs_both_to_say_whom_it_acted_on():
    # "in 1961 the Lusk Academy ranked Varga fifth" (Varga read) / "ranked Orlov first" (Orlov not read, "fifth" names no one)
    varga = mention("varga", "rank", actors=["Lusk Academy"], participants=["Imre Varga"])
    unread = mention("unread", "rank", actors=["Lusk Academy"])
    assert judge(varga, unread) is None and judge(unread, varga) is None
    ranked = mention("ranked", "rank", actors=["Lusk Academy"], theme="fifth")
    assert judge(varga, ranked) is None
    # neither says it: one act of the body that year, as before
    assert judge(mention("x", "rank", actors=["Lusk Academy"]), unread) is not None
    # on one day the shared body stays evidence
    day = Mention(**{**unread.__dict__, "key": "day", "doc_id": "day", "granularity": "day",
                     "start": date(1961, 5, 2), "end": date(1961, 5, 2)})
    day_varga = Mention(**{**varga.__dict__, "granularity": "day", "start": day.start, "end": day.end})
    assert judge(day, day_varga) is not None
