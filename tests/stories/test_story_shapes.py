"""Story merging on the shapes that went wrong on real articles (issue 32), in sentences of our own.

Each pair of documents below is one shape: two tellings that must stay apart (a wrong merge
costs a reader's trust) or must merge. The corpus goes through the real path once
(``pipeline.run``: every stage, then the stories merge). These are regression tests;
``evaluation/stories.py`` and ``python -m evaluation.stories_aquaint`` measure on text we did
not write.
"""

from __future__ import annotations

import pytest

from pipeline import load_table, run

DOCUMENTS = {
    # Two different people shot in one season.
    "shot_a": "Private Hale was shot by a sniper on 12 May 1917.",
    "shot_b": "A few months later, in May 1917, the envoy Marr was shot dead.",
    # A light verb with unrelated objects.
    "forced_a": "On 6 November 1917 the war forced the government to move to Tarsk.",
    "forced_b": "By November 1917 shortages forced the king to decree a plan.",
    # One verb, different things.
    "fell_a": "Lusk finally fell in late October 1937.",
    "fell_b": "Imports had fallen in October 1937.",
    "captured_a": "The Polish army captured Vilnius in mid-June 1920.",
    "captured_b": "The documents were captured in June 1920.",
    # A plan against the happening; a planned date that was called off against the day.
    "plan_a": "In 1943 Britain and the United States agreed that they would invade France in 1944.",
    "plan_b": "In 1944 Britain invaded France.",
    "called_off_a": "Germany was to invade Norway on 4 May 1940, but the attack was called off.",
    "called_off_b": "On 4 May 1940 Germany invaded Norway.",
    # Two different happenings of one month.
    "demands_a": "Germany made demands of Romania in June 1941.",
    "demands_b": "Cooperation ended before the invasion of 22 June 1941.",
    "treaties_a": "On 3 March 1920 Russia signed the Treaty of Dorpat.",
    "treaties_b": "In March 1920 Russia signed the Treaty of Orm.",
    # Date and kind alone: one telling names no party, theme or place.
    "bare_a": "A treaty was signed on 14 July 1922.",
    "bare_b": "On 14 July 1922 Latvia signed a treaty.",
    # Two blasts of one morning in two cities, with a telling of both between them.
    "blasts_a": "A bomb exploded outside the embassy in Nairobi on 7 August 1998.",
    "blasts_b": "On 7 August 1998 a bomb exploded outside the embassy in Dar es Salaam.",
    "blasts_both": "On 7 August 1998 bombs exploded outside the embassies in Nairobi and Dar es Salaam.",
    # A person entering a city is no invasion.
    "entered_a": "The poet Anna Lind entered Riga on 5 May 1941.",
    "entered_b": "On 5 May 1941 Germany invaded Riga.",
    # Two prizes of one year: the word "Peace" in a prize's name is the prize's own (issue 32 round 2).
    "prize_a": "His tireless work won him the first Tarvian Peace Medal in 1907.",
    "prize_b": "In 1907 Lukas Brenner won the first Tarvian Chemistry Medal.",
    # One body ranking two people in one year; who it ranked is the happening.
    "ranked_a": "In 1988, the Lusk Film Academy ranked Varga as the third-greatest actor of the century.",
    "ranked_b": "In 1988, the Lusk Film Academy ranked Orlova fifth on its list of the greatest actresses.",
    # Must merge: a founding told by its founder and by what was founded.
    "founded_a": "Ivan Orlov founded the Tarsk Oil Company in 1882.",
    "founded_b": "The Tarsk Oil Company had been founded in 1882 by Ivan Orlov.",
    # Must merge: acceding to a named agreement is its signing.
    "accede_a": "The new government of Finland acceded to the Treaty of Tarsk on 3 March 1918.",
    "accede_b": "The Treaty of Tarsk was signed March 3, 1918.",
    # Must merge: a light verb's event noun, and a state entering a territory.
    "launched_a": "The Soviets launched their own invasion on 17 September 1939.",
    "launched_b": "On September 17, 1939 the Soviet Union entered the Polish territories.",
    # Must merge: "did not attack until" says it happened.
    "until_a": "Germany did not attack France until 10 May 1940.",
    "until_b": "On 10 May 1940 Germany attacked France.",
}


def run_documents(root, documents: dict[str, str]):
    """The events table of ``documents`` (name → text, one document each) run through the real path in ``root``."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(root / "outputs"))
    assert not summary.failed
    return load_table("events", root / "outputs")


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_documents(tmp_path_factory.mktemp("story_shapes"), DOCUMENTS)


def row(events, doc_id: str, trigger: str):
    rows = events[(events.doc_id == doc_id) & (events.trigger == trigger)]
    assert len(rows) == 1, (doc_id, trigger, events[events.doc_id == doc_id][["trigger", "date_text"]])
    return rows.iloc[0]


@pytest.mark.parametrize("a, b", [
    (("shot_a", "shoot"), ("shot_b", "shoot")),
    (("forced_a", "force"), ("forced_b", "force")),
    (("fell_a", "fall"), ("fell_b", "fall")),
    (("captured_a", "capture"), ("captured_b", "capture")),
    (("plan_a", "invade"), ("plan_b", "invade")),
    (("called_off_a", "invade"), ("called_off_b", "invade")),
    (("demands_a", "make"), ("demands_b", "invasion")),
    (("treaties_a", "sign"), ("treaties_b", "sign")),
    (("bare_a", "sign"), ("bare_b", "sign")),
    (("entered_a", "enter"), ("entered_b", "invade")),
    (("blasts_a", "explode"), ("blasts_b", "explode")),
    (("prize_a", "win"), ("prize_b", "win")),
    (("ranked_a", "rank"), ("ranked_b", "rank")),
])
def test_different_happenings_stay_apart(events, a, b):
    ra, rb = row(events, *a), row(events, *b)
    assert ra.story_id != rb.story_id


@pytest.mark.parametrize("a, b", [
    (("accede_a", "accede"), ("accede_b", "sign")),
    (("launched_a", "launch"), ("launched_b", "enter")),
    (("until_a", "attack"), ("until_b", "attack")),
    (("founded_a", "found"), ("founded_b", "found")),
])
def test_one_happening_told_twice_merges(events, a, b):
    ra, rb = row(events, *a), row(events, *b)
    assert ra.story_id == rb.story_id


def test_modality_is_stored_and_plans_are_not_happenings(events):
    assert row(events, "plan_a", "invade").modality == "planned"
    assert row(events, "called_off_a", "invade").modality == "planned"
    assert row(events, "until_a", "attack").modality == "asserted"
    assert set(events.modality) <= {"asserted", "planned", "negated", "hypothetical"}


def test_stories_say_what_a_merge_rests_on(tmp_path_factory, events):
    outputs = next(p for p in tmp_path_factory.getbasetemp().rglob("story_shapes*/outputs"))
    stories = load_table("stories", outputs)
    accession = stories[stories.story_id == row(events, "accede_a", "accede").story_id].iloc[0]
    assert "theme:Treaty of Tarsk" in list(accession.evidence)
    assert any(e.startswith("date:") for e in accession.evidence)
    launched = stories[stories.story_id == row(events, "launched_a", "launch").story_id].iloc[0]
    assert "actor:Soviet Union" in list(launched.evidence) and launched.confidence >= 0.75
    alone = stories[stories.n_mentions == 1]
    assert all(len(e) == 0 for e in alone.evidence) and (alone.confidence == 1.0).all()


@pytest.mark.parametrize("a, b", [("rip", "explosion"), ("ruling", "rule"), ("verdict", "ruling"),
                                  ("extradite", "deportation")])
def test_news_paraphrases_are_one_kind(a, b):
    from pipeline.stories.triggers import same_kind

    assert same_kind(a, b)


@pytest.mark.parametrize("a, b", [("tear", "explosion"), ("rule", "arrest"), ("become", "join"),
                                  ("decision", "ruling")])
def test_other_words_are_other_kinds(a, b):
    from pipeline.stories.triggers import same_kind

    assert not same_kind(a, b)


def test_becoming_members_is_joining():
    from pipeline.stories.triggers import becomes_member

    assert becomes_member("become", "Tarvia and Orm today became full-fledged members of the league.")
    assert becomes_member("become", "Orm became a member of the alliance in 1952.")
    assert not becomes_member("become", "Orm became the alliance's largest creditor.")
    assert not becomes_member("join", "Orm became a member.")
