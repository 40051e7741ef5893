"""What a merge may rest on, and what its confidence says: sayings and reversed roles stay apart, and a
story is a guess only when one of its mentions shares evidence with another story as strongly."""

from __future__ import annotations

from tests.stories.test_stories import DAY, MONTH, _event, _stories
from pipeline.stories.triggers import trigger_kinds


def test_two_sayings_of_one_party_on_one_day_stay_apart():
    # "The bureau said Monday that the suspect had not confessed" / "... said Monday that the samples had
    # arrived": one speaker, one day, two things said.
    _, story_of = _stories([
        _event("a", 0, DAY(1931, 3, 2), "day", "say", ["Orm Constabulary"]),
        _event("b", 0, DAY(1931, 3, 2), "day", "say", ["Orm Constabulary"]),
        _event("c", 0, DAY(1931, 3, 2), "day", "tell", ["Orm Constabulary"], ["Tarvia"]),
        _event("d", 0, DAY(1931, 3, 2), "day", "tell", ["Orm Constabulary"], ["Tarvia"]),
    ])
    assert len({story_of[k] for k in ("a#0", "b#0", "c#0", "d#0")}) == 4
    assert not trigger_kinds("say") and not trigger_kinds("add")
    # An announcement or a declaration is a happening of its own.
    assert trigger_kinds("announce") and trigger_kinds("declare")


def test_an_announcement_is_still_told_again():
    _, story_of = _stories([
        _event("a", 0, DAY(1931, 3, 4), "day", "announce", ["Karel Vosk"]),
        _event("b", 0, DAY(1931, 3, 4), "day", "announce", ["Karel Vosk"], ["Lena Vosk"]),
    ])
    assert story_of["a#0"] == story_of["b#0"]


def test_the_attacker_of_one_telling_attacked_in_the_other_is_two_happenings():
    # "Tarvian missile attacks on camps in Orm" and "twelve Tarvians were killed in the bombing of the
    # embassy" in one month: the one who strikes in one is struck in the other.
    _, story_of = _stories([
        _event("a", 0, MONTH(1932, 8), "month", "attack", ["Germany"], ["Finland"]),
        _event("b", 0, MONTH(1932, 8), "month", "bombing", [], ["Germany"]),
        # The same side struck in both is one happening's evidence.
        _event("c", 0, DAY(1933, 5, 2), "day", "bombing", [], ["Poland"]),
        _event("d", 0, DAY(1933, 5, 2), "day", "attack", ["France"], ["Poland"]),
        # A handover is told from either side: the one who hands over, the one it comes from.
        _event("e", 0, DAY(1934, 6, 3), "day", "hand", ["Poland"], ["France"], theme="the suspect"),
        _event("f", 0, DAY(1934, 6, 3), "day", "return", [], ["Poland"], theme="a suspect"),
    ])
    assert story_of["a#0"] != story_of["b#0"]
    assert story_of["c#0"] == story_of["d#0"]
    assert story_of["e#0"] == story_of["f#0"]


def test_a_weaker_fit_elsewhere_does_not_make_a_well_founded_story_a_guess():
    rows = [
        # Three shared parties on the day: a sure story, which a third report's "acceded to the Orm Pact on
        # the 12th" joins by the pact.
        _event("a", 0, DAY(1936, 3, 12), "day", "join", ["Poland", "Finland", "France"], ["Orm Pact"]),
        _event("b", 0, DAY(1936, 3, 12), "day", "join", ["Poland", "Finland", "France"], ["Orm Pact"]),
        _event("c", 2, DAY(1936, 3, 12), "day", "join", [], ["Orm Pact"], sentence_id=2),
        # The third report's month sharing one party fits the story more weakly, and stays out of it (one
        # report tells a happening twice only in the same terms).
        _event("c", 1, MONTH(1936, 3), "month", "join", ["Finland"], ["Orm Pact"], sentence_id=1),
    ]
    stories, story_of = _stories(rows)
    sure = next(s for s in stories if s["story_id"] == story_of["a#0"])
    assert story_of["a#0"] == story_of["b#0"] == story_of["c#2"] != story_of["c#1"]
    assert sure["confidence"] >= 0.75 and not any(e.startswith("ambiguous") for e in sure["evidence"])


def test_two_agreements_of_one_month_by_their_common_nouns_stay_apart():
    # "In August 1931 Tarvia and Orm signed a trade agreement" / "... signed the non-aggression pact".
    both = ["Poland", "Finland"]
    _, story_of = _stories([
        _event("a", 0, MONTH(1931, 8), "month", "sign", both, theme="a trade agreement"),
        _event("b", 0, MONTH(1931, 8), "month", "sign", both, theme="the non-aggression pact"),
        # The commercial agreement is the trade pact; one that says nothing of its subject may be either.
        _event("c", 0, DAY(1932, 2, 11), "day", "sign", both, theme="the commercial agreement"),
        _event("d", 0, MONTH(1932, 2), "month", "conclude", both, theme="an intricate trade pact"),
        # A ceasefire is not the peace treaty, in one year.
        _event("e", 0, DAY(1933, 11, 11), "day", "sign", both, theme="the armistice"),
        _event("f", 0, (MONTH(1933, 1)[0], MONTH(1933, 12)[1]), "year", "sign", both, theme="a peace treaty"),
    ])
    assert story_of["a#0"] != story_of["b#0"]
    assert story_of["c#0"] == story_of["d#0"]
    assert story_of["e#0"] != story_of["f#0"]


def test_what_an_agreement_is_about_decides_whether_two_are_one():
    from pipeline.stories.evidence import themes_agree

    assert themes_agree("the German–Soviet trade agreement", "a commercial agreement")
    assert themes_agree("the boundary treaty", "the frontier treaty")
    assert themes_agree("the new non-aggression pact", "the pact")
    assert themes_agree("the Non-Aggression Pact", "a non-aggression pact")
    assert themes_agree("a naval agreement", "the trade pact") is False
    assert themes_agree("an arms deal", "the trade deal") is False
