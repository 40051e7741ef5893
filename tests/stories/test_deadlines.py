"""Two extensions of one offer that run to different days are two happenings (session 18's blind stories
audit: "extended its offer until Nov. 9" and "extended its tender offer … until Nov. 6" were one story).
Invented reports, through the real path; and the deadline reader itself."""

from __future__ import annotations

import pytest

from pipeline.stories.deadlines import deadline, deadlines_differ
from tests.stories.news_corpus import run_reports

REPORTS = {  # name: (report date, text)
    "later": ("1989-11-03", "Orm & Co. said it extended its $18-a-share offer for Lusk Inc. common stock until "
                            "5 p.m. EST Nov. 9."),
    "earlier": ("1989-10-30", "Orm & Co. extended its tender offer of $18 a share for Lusk Inc. until 5 p.m. EST, "
                              "Nov. 6."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("deadlines"), REPORTS)


def test_two_extensions_to_different_days_stay_apart(events):
    rows = events[events.trigger == "extend"]
    assert len(rows) == 2, events[["doc_id", "trigger", "actors", "theme"]]
    assert rows.story_id.nunique() == 2


@pytest.mark.parametrize("after, day", [
    (" its offer until 5 p.m. EST Nov. 9.", "nov 9"),
    (" the deadline to Nov. 6 from Oct. 31", "nov 6"),
    (" the offer to allow shareholders time to review a circular", None),
    (" its stake in 1989", None),
])
def test_the_deadline_is_the_day_after_until_or_to(after, day):
    assert deadline(after) == day


def test_only_two_written_deadlines_can_differ():
    assert deadlines_differ("nov 6", "nov 9") and not deadlines_differ("nov 6", None) and not deadlines_differ(None, None)


def test_a_telling_without_a_day_takes_its_documents_deadline():
    from types import SimpleNamespace

    from pipeline.stories.deadlines import shared_deadlines

    told = [SimpleNamespace(doc_id="a", trigger="extend", actors=["Orm"], until="nov 6"),
            SimpleNamespace(doc_id="a", trigger="extend", actors=["Orm"], until=None),
            SimpleNamespace(doc_id="b", trigger="extend", actors=["Orm"], until=None)]
    shared_deadlines(told)
    assert [m.until for m in told] == ["nov 6", "nov 6", None]
