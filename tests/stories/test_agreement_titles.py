"""A titled agreement says what it is about by the words of a known subject ("the Tarvian–Orm Commercial
Agreement" is a trade agreement), so it is no "non-aggression pact" of the same month; other titles are
names and say nothing here."""

from __future__ import annotations

from datetime import date

from pipeline.stories.agreement_themes import two_agreements
from pipeline.stories.evidence import Mention, judge
from pipeline.stories.themes import themes_agree


def test_a_titled_trade_agreement_is_no_non_aggression_pact():
    assert two_agreements("a non-aggression pact", "Tarvian–Orm Commercial Agreement")
    assert themes_agree("a non-aggression pact", "Tarvian–Orm Commercial Agreement") is False
    assert themes_agree("an intricate trade pact", "Tarvian–Orm Commercial Agreement") is True


def test_a_title_that_is_only_a_name_may_be_either():
    assert not two_agreements("the non-aggression pact", "Varn–Brell Pact")
    assert not two_agreements("the pact", "Tarvian–Orm Commercial Agreement")
    assert themes_agree("the non-aggression pact", "Varn–Brell Pact") is True


def _signing(key: str, day: date, granularity: str, actors, theme: str) -> Mention:
    end = date(day.year, day.month, 28) if granularity == "month" else day
    return Mention(key=key, doc_id=key, sentence_id=0, start=day, end=end, granularity=granularity, trigger="sign",
                   kinds=frozenset({"sign"}), night=False, actors=list(actors), participants=[], places=[],
                   citations=[], theme=theme, states={a for a in actors if a in ("Tarvia", "Orm")})


def test_one_kind_of_agreement_signed_in_one_month_by_states_and_by_their_ministers_is_weak_evidence():
    # "In May 1921 Tarvia and Orm signed a non-aggression pact" / "On 9 May 1921 Varn signed the non-aggression pact"
    states = _signing("a", date(1921, 5, 1), "month", ["Tarvia", "Orm"], "a non-aggression pact")
    minister = _signing("b", date(1921, 5, 9), "day", ["Ada Varn"], "the non-aggression pact")
    found = judge(states, minister)
    assert found is not None and any(e.startswith("agreement:") for e in found.evidence) and found.score < 0.5
    # a trade agreement of that month, an agreement of that year, or one that says not what it is about: none
    assert judge(states, _signing("c", date(1921, 5, 9), "day", ["Ada Varn"], "a trade agreement")) is None
    assert judge(_signing("d", date(1921, 1, 1), "year", ["Tarvia"], "a non-aggression pact"), minister) is None
    assert judge(states, _signing("e", date(1921, 5, 9), "day", ["Ada Varn"], "the pact")) is None
