"""A market's many deals of one month are not one story (session 17's blind stories audit: letters of
intent, share purchases and tenders of different firms merged on the thing alone). Invented reports,
through the real path."""

from __future__ import annotations

import pytest

from tests.stories.news_corpus import run_reports, story

REPORTS = {  # name: (report date, text)
    "letter_a": ("1989-10-30", "Earlier this month, Garon Tools signed a letter of intent to acquire Brisk Systems Inc."),
    "letter_b": ("1989-10-26", "A Seattle investor has signed a letter of intent to buy Kell Corp. for about "
                               "$3.1 million."),
    "shares_a": ("1989-11-02", "Tarvo Industries Inc., Lusk, Ohio, said it bought 2.7 million shares, or about 18%, "
                               "of its common stock from an unaffiliated shareholder."),
    "shares_b": ("1989-11-01", "The investment unit of the bank group Orm Credit told regulators that it bought "
                               "43,000 shares of Vell Holdings."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("market_deals"), REPORTS)



@pytest.mark.parametrize("a, b, trigger", [("letter_a", "letter_b", "sign"), ("shares_a", "shares_b", "buy")])
def test_one_kind_of_deal_by_other_firms_stays_apart(events, a, b, trigger):
    assert story(events, a, trigger) != story(events, b, trigger)

