"""A body named short and named with its state is one actor's name to the merging, never evidence by itself."""

from __future__ import annotations

from tests.stories.test_stories import DAY, _event, _stories
from pipeline.stories.body_names import bodies_overlap


def test_a_body_named_short_and_in_full_is_no_contradiction():
    # "The Tarvian Diet ratified the Pact of Orm on 9 May 1926" / "the Grand Diet of Tarvia ratified ..."
    _, story_of = _stories([
        _event("a", 0, DAY(1926, 5, 9), "day", "ratify", ["Grand Diet"], theme="Pact of Orm"),
        _event("b", 0, DAY(1926, 5, 9), "day", "ratify", ["Grand Diet of Tarvia"], theme="Pact of Orm"),
        # The short name alone, with nothing else shared, is no evidence: "the Grand Diet met".
        _event("c", 0, DAY(1927, 2, 1), "day", "meet", ["Grand Diet"]),
        _event("d", 0, DAY(1927, 2, 1), "day", "meet", ["Grand Diet of Lusk"]),
    ])
    assert story_of["a#0"] == story_of["b#0"]
    assert story_of["c#0"] != story_of["d#0"]


def test_only_a_capitalised_name_of_two_words_is_a_body_cut_short():
    assert bodies_overlap({"Supreme Soviet"}, {"Supreme Soviet of the Soviet Union"})
    assert not bodies_overlap({"Council"}, {"Council of Tarvia"})          # one word: any council
    assert not bodies_overlap({"Grand Diet"}, {"Grand Diet Hall"})          # no "of": another name
    assert not bodies_overlap({"Karel Vosk"}, {"Lena Vosk"})
