"""A thing named with what makes it one of its kind ("the instruments of ratification") counts as weak
evidence within the weeks two reports look back on; the bare word ("the documents") does not."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge
from pipeline.stories.themes import one_specific_thing

WEEKS = (date(2004, 5, 2), date(2004, 6, 2))


def told(key: str, theme: str, actors=()) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=WEEKS[0], end=WEEKS[1], granularity="before",
                   trigger="sign", kinds=frozenset({"sign"}), night=False, actors=list(actors), participants=[],
                   places=[], citations=[], theme=theme)


def test_a_specific_thing_in_two_reports_weeks_is_weak_evidence():
    found = judge(told("a", "the instruments of ratification"), told("b", "formal instruments of ratification",
                                                                      actors=["Ada Varn"]))
    assert found is not None and any(e.startswith("thing:") for e in found.evidence) and found.score < 0.3


def test_the_bare_word_or_another_kind_of_it_is_none():
    assert judge(told("a", "the instruments"), told("b", "instruments")) is None
    assert judge(told("a", "the instruments of ratification"), told("b", "the instruments of surrender")) is None
    assert not one_specific_thing("the new documents", "official documents")
    assert one_specific_thing("the documents of accession", "formal documents of accession")
