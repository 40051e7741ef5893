"""An office holder is not the body she heads: "Commissioner Vera Lind ruled in May" and "the Harbour
Board ruled in May" may be two rulings, and the stories keep them apart (a person is compared with
people, a body with bodies, and two different actors of one kind are two happenings)."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge

MAY = (date(2003, 5, 1), date(2003, 5, 31))


def told(key: str, actors, start=MAY[0], end=MAY[1], granularity="month") -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=start, end=end, granularity=granularity,
                   trigger="rule", kinds=frozenset({"rule"}), night=False, actors=list(actors), participants=[],
                   places=[], citations=[], theme=None, states=set())


def test_the_head_of_a_body_is_not_the_body():
    assert judge(told("a", ["Vera Lind"]), told("b", ["Harbour Board"])) is None
    assert judge(told("a", ["Vera Lind"]), told("b", ["Harbour Board"], start=None, end=date(2003, 6, 2),
                                                granularity="before")) is None
    # the same body in both is evidence
    assert judge(told("a", ["Harbour Board"]), told("b", ["Harbour Board"])) is not None
