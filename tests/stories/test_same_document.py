"""One article telling a happening twice, in its year and to the day ("came to power in 1933" …
"after he came to power on 30 January 1933"): one happening when the same actors do it to the same ones
and name the same thing; sentences of our own."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, same_document_allowed


def told(key: str, start: date, end: date, granularity: str, actors=("Ada Varn",), participants=(),
         theme: str | None = None, kinds=frozenset({"power"})) -> Mention:
    return Mention(key=key, doc_id="a", sentence_id=int(key[-1]), start=start, end=end, granularity=granularity,
                   trigger="come", kinds=kinds, night=False, actors=list(actors), participants=list(participants),
                   places=[], citations=[], theme=theme)


YEAR = (date(1933, 1, 1), date(1933, 12, 31), "year")
DAY = (date(1933, 1, 30), date(1933, 1, 30), "day")


def test_one_actor_telling_one_kind_in_its_year_and_to_the_day_is_one_happening():
    assert same_document_allowed(told("a#1", *YEAR), told("a#5", *DAY))


def test_other_actors_victims_or_things_or_dates_stay_apart():
    assert not same_document_allowed(told("a#1", *YEAR, actors=("Ada Varn", "Tomas Brell")), told("a#5", *DAY))
    assert not same_document_allowed(told("a#1", *YEAR, participants=("Orm",), kinds=frozenset({"invade"})),
                                     told("a#5", *DAY, participants=("Lusk",), kinds=frozenset({"invade"})))
    # "signed a trade pact in 1939" and "signed the pact on 23 August 1939"
    assert not same_document_allowed(told("a#1", *YEAR, theme="a trade pact", kinds=frozenset({"sign"})),
                                     told("a#5", *DAY, theme="the pact", kinds=frozenset({"sign"})))
    assert not same_document_allowed(told("a#1", *YEAR, theme="a trade pact", kinds=frozenset({"sign"})),
                                     told("a#5", *DAY, kinds=frozenset({"sign"})))
    # two days of one year are two happenings
    assert not same_document_allowed(told("a#1", *DAY), told("a#5", date(1933, 3, 5), date(1933, 3, 5), "day"))
