"""Stories: one happening told by several documents is one story; different happenings stay apart."""

from __future__ import annotations

import random
import shutil
from datetime import date

import pandas as pd
import pytest

from pipeline import load_table, run
from pipeline.stories.party_names import PartyNames
from pipeline.stories.merge import build_stories
from pipeline.stories.evidence import themes_agree
from pipeline.stories.triggers import named_agreement, same_kind, trigger_class, trigger_kinds
from tests.conftest import ROOT


def test_trigger_kinds_table():
    assert same_kind("invade", "invasion") and same_kind("attack", "invade") and same_kind("sign", "conclude")
    assert same_kind("annex", "annexation") and same_kind("occupy", "occupation") and same_kind("declare", "declaration")
    assert same_kind("dismiss", "replace")
    # News paraphrase: "gunned down" is a shooting, "spotted" an observing, "plucked from the sea" a rescue.
    assert same_kind("gun", "shoot") and same_kind("spot", "observe") and same_kind("pluck", "rescue")
    assert not same_kind("spot", "shoot") and not same_kind("rescue", "kill")
    assert not same_kind("invade", "sign") and not same_kind("declare", "invade") and not same_kind("hold", "invade")
    assert not same_kind(None, "sign")
    # A light verb's kind is what it acts on.
    assert trigger_class("enter", "intricate trade pact") == trigger_class("sign")
    # Entering a territory is an invasion only when a state or an armed force enters.
    assert trigger_class("enter", "Polish territories", by_force=True) == trigger_class("invade")
    assert trigger_class("enter", "Polish territories") != trigger_class("invade")


def test_kinds_through_light_verbs_agreements_and_entering():
    # A light verb takes its event noun's kind, and tells none with anything else.
    assert trigger_kinds("launch", "their own invasion") == trigger_kinds("invade")
    assert trigger_kinds("carry", "the attack") & trigger_kinds("invade")
    assert trigger_kinds("force", "the surrender") == trigger_kinds("surrender")
    assert trigger_kinds("hold", "talks") == trigger_kinds("meet")
    assert not trigger_kinds("force", "king") and not trigger_kinds("make", "demands") and not trigger_kinds("take")
    # Acceding to, ratifying, concluding or signing a named agreement: one kind.
    for verb in ("accede", "ratify", "conclude", "sign", "enter", "join"):
        assert trigger_kinds(verb, "Treaty of Tarsk") & trigger_kinds("sign"), verb
    assert trigger_kinds("ratify", "Treaty of Tarsk") & trigger_kinds("ratify", "the treaty")
    assert trigger_kinds("ratify") != trigger_kinds("sign")  # ratifying something else is its own kind
    assert trigger_kinds("ratify", "the pact") != trigger_kinds("sign")  # the 31st's ratification, not the signing
    assert trigger_kinds("enter", "intricate trade pact") == trigger_kinds("sign")
    # Entering or crossing into a territory is an invasion when a state or a force does it.
    assert trigger_kinds("cross", "border", by_force=True) == trigger_kinds("invade")
    assert not trigger_kinds("enter", "Riga") & trigger_kinds("invade")
    assert named_agreement("The new government acceded to the Treaty of Tarsk on 3 March 1918.") == "Treaty of Tarsk"
    assert named_agreement("It signed the Treaty of Orm and the Treaty of Tarsk.") is None  # two: which one?


def test_themes_named_by_both_must_agree():
    assert themes_agree("Treaty of Tarsk", "the Treaty of Tarsk") and themes_agree("treaty", "Treaty of Tarsk")
    assert themes_agree("intricate trade pact", "trade agreement")
    assert themes_agree("German-Soviet Boundary and Friendship Treaty", "German–Soviet Boundary and Friendship Treaty")
    assert themes_agree("Treaty of Tarsk", "Treaty of Orm") is False
    assert themes_agree("documents", "Tarsk") is False and themes_agree("documents", "valley") is False
    assert themes_agree(None, "documents") is None and themes_agree("it", "documents") is None


def test_party_names_fold_across_documents():
    names = PartyNames(["Soviets", "USSR", "Soviet Union", "Nazi Germany", "Germany", "Molotov",
                        "Vyacheslav Molotov", "Axis power Japan", "Japan", "Wehrmacht"],
                       states=["Soviet Union", "Germany", "Japan", "Soviet Volksdeutsche"])
    assert {names(n) for n in ("Soviets", "USSR", "Soviet Union")} == {"Soviet Union"}
    assert names("Nazi Germany") == "Germany" == names("Wehrmacht")
    assert names("Molotov") == "Vyacheslav Molotov"
    assert names("Axis power Japan") == "Japan"
    assert names("Germany") == "Germany"  # a state is no one's surname


def _event(doc_id, event_id, day, granularity, trigger, actors=(), participants=(), sentence_id=None, theme=None):
    start, end = day
    return {"doc_id": doc_id, "event_id": event_id, "date_start": start, "date_end": end, "date_text": None,
            "means": None,
            "granularity": granularity, "trigger": trigger, "actors": list(actors),
            "participants": list(participants), "places": [], "theme": theme, "citation_ids": [],
            "sentence_id": event_id if sentence_id is None else sentence_id}


DAY = lambda y, m, d: (date(y, m, d), date(y, m, d))  # noqa: E731
MONTH = lambda y, m: (date(y, m, 1), (pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)).date())  # noqa: E731
STATES = ["Germany", "Soviet Union", "Poland", "Finland", "France", "United Kingdom"]


def _stories(rows):
    stories, story_of = build_stories(pd.DataFrame(rows), STATES)
    return stories, story_of


def test_a_day_inside_a_month_is_one_story_and_two_days_never():
    stories, story_of = _stories([
        _event("a", 0, DAY(1940, 2, 11), "day", "sign", ["Germany", "Soviet Union"], theme="trade pact"),
        _event("b", 0, MONTH(1940, 2), "month", "conclude", ["Germany", "USSR"], theme="trade agreement"),
        _event("c", 0, DAY(1940, 2, 12), "day", "sign", ["Germany", "Soviet Union"]),
    ])
    assert story_of["a#0"] == story_of["b#0"] != story_of["c#0"]
    merged = next(s for s in stories if s["n_mentions"] == 2)
    assert merged["granularity"] == "day" and merged["date_start"] == date(1940, 2, 11)
    assert merged["n_docs"] == 2 and merged["doc_ids"] == ["a", "b"]
    assert merged["actors"] == ["Germany", "Soviet Union"]


def test_a_month_does_not_chain_two_days():
    # "September 1939" fits the invasion of the 1st and the one of the 17th; they must not become one.
    _, story_of = _stories([
        _event("a", 0, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"]),
        _event("b", 0, DAY(1939, 9, 17), "day", "invade", ["Soviet Union"], ["Poland"]),
        _event("c", 0, MONTH(1939, 9), "month", "invasion", [], ["Poland"]),
    ])
    assert story_of["a#0"] != story_of["b#0"]


def test_different_actors_or_kinds_stay_apart():
    _, story_of = _stories([
        _event("a", 0, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"]),
        _event("b", 0, MONTH(1939, 9), "month", "invade", ["Soviets"], ["Poland"]),
        _event("c", 0, DAY(1939, 9, 1), "day", "declare", ["Germany"], ["Poland"]),
    ])
    assert len({story_of["a#0"], story_of["b#0"], story_of["c#0"]}) == 3


def test_one_document_keeps_two_happenings_of_one_day_apart():
    _, story_of = _stories([
        # A parade and an invasion on one date; an invasion on the 1st and a declaration on the 3rd.
        _event("a", 0, DAY(1939, 9, 17), "day", "hold", ["Wehrmacht"], theme="parade"),
        _event("a", 1, DAY(1939, 9, 17), "day", "invade", ["Soviet Union"], ["Poland"]),
        _event("a", 2, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"]),
        _event("a", 3, DAY(1939, 9, 3), "day", "declare", ["France"], ["Germany"]),
        # Same kind, same day, one names no one: in one document that may be another happening.
        _event("a", 4, DAY(1939, 9, 17), "day", "invade", [], ["Poland"]),
    ])
    assert len(set(story_of.values())) == 5


def test_two_events_of_one_sentence_are_never_one_story():
    _, story_of = _stories([
        _event("a", 0, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"], sentence_id=7),
        _event("a", 1, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"], sentence_id=7),
        _event("b", 0, DAY(1939, 9, 1), "day", "invade", ["Germany"], ["Poland"]),
    ])
    assert story_of["a#0"] != story_of["a#1"]


def test_story_ids_do_not_depend_on_row_order():
    rows = [_event(doc, i, DAY(1939, 9, 1 + i), "day", "invade", ["Germany"], ["Poland"])
            for doc in ("a", "b", "c") for i in range(4)]
    _, first = _stories(rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    _, second = _stories(shuffled)
    assert first == second and len(set(first.values())) == 4


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    """The stories dev corpus (reference article and three retellings), run once."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_stories", ROOT / "evaluation" / "stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    outputs = tmp_path_factory.mktemp("stories") / "outputs"
    module.run_dev_corpus(outputs)
    return module, outputs


def test_dev_set_merge_quality(dev_run):
    """Hand-labelled pairs written before the first run (first run: precision 0.833, recall 0.370; 0.815
    while a mention naming no one could merge on date and kind alone, which issue 32 forbids: 0.778)."""
    module, outputs = dev_run
    result = module.score(outputs)
    assert result["pairs"] == 45 and not result["missing"]
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.75, result["errors"]


def test_stories_table_agrees_with_events(dev_run):
    _, outputs = dev_run
    events, stories = load_table("events", outputs), load_table("stories", outputs)
    assert events.story_id.notna().all()
    assert set(events.story_id) == set(stories.story_id)
    for s in stories.itertuples():
        members = [k for k in s.event_ids]
        assert s.n_mentions == len(members) and s.n_docs == len(set(s.doc_ids))
    keyed = dict(zip(events.doc_id + "#" + events.event_id.astype(str), events.story_id))
    for s in stories.itertuples():
        assert all(keyed[k] == s.story_id for k in s.event_ids)
    # load_table("stories", doc_id=…) gives the stories that document tells.
    one = load_table("stories", outputs, "retelling_textbook")
    assert len(one) > 0 and all("retelling_textbook" in list(ids) for ids in one.doc_ids)
    assert (stories.n_docs > 1).sum() >= 8


def test_add_and_run_equals_a_clean_run_and_parses_only_the_new_document(tmp_path):
    from tests.batch.test_corpus_life import tables_of

    dev = ROOT / "tests" / "golden" / "stories_dev"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("retelling_encyclopedia.txt", "retelling_textbook.txt"):
        shutil.copy(dev / name, corpus / name)
    grown = tmp_path / "grown"
    run(corpus=str(corpus), outputs=str(grown))
    shutil.copy(dev / "retelling_biography.txt", corpus / "retelling_biography.txt")
    summary = run(corpus=str(corpus), outputs=str(grown), backend="processes", workers=2)
    assert summary.processed == ["retelling_biography"]
    clean = tmp_path / "clean"
    run(corpus=str(corpus), outputs=str(clean))
    a, b = tables_of(grown), tables_of(clean)
    for table in ("events", "stories"):
        assert a[table].equals(b[table]), table
    stories = b["stories"]
    told = stories[stories.event_ids.map(lambda ids: any(k.startswith("retelling_biography#") for k in ids))
                   & (stories.n_docs >= 2)]
    assert len(told) >= 1, stories  # the new document joined stories the others tell


def test_a_night_straddles_two_days_and_a_means_tells_its_happening():
    rows = [
        # "On August 23 … in the following night, the pact was signed" is the signing of the 23rd.
        {**_event("a", 0, DAY(1939, 8, 24), "day", "sign", ["Vyacheslav Molotov"]), "date_text": "the following night"},
        {**_event("b", 0, DAY(1939, 8, 23), "day", "sign", ["Vyacheslav Molotov"]), "date_text": "23 August 1939"},
        {**_event("c", 0, DAY(1939, 8, 22), "day", "sign", ["Vyacheslav Molotov"]), "date_text": "22 August 1939"},
        # "terminated the pact with its invasion of the Soviet Union" tells the invasion too.
        {**_event("a", 1, DAY(1941, 6, 22), "day", "terminate", ["Germany"], ["Soviet Union"]), "means": "invasion"},
        _event("b", 1, DAY(1941, 6, 22), "day", "invade", ["Nazi Germany"], ["Soviet Union"]),
    ]
    _, story_of = _stories(rows)
    assert story_of["a#0"] == story_of["b#0"] != story_of["c#0"]
    assert story_of["a#1"] == story_of["b#1"]


def test_a_merge_needs_evidence_and_says_what_it_rests_on():
    rows = [
        # Date and kind alone: no party, theme or place on one side.
        _event("a", 0, DAY(1922, 7, 14), "day", "sign", theme="treaty"),
        _event("b", 0, DAY(1922, 7, 14), "day", "sign", ["Latvia"], theme="treaty"),
        # A shared place is evidence; a plan is not the happening.
        {**_event("a", 1, DAY(1940, 5, 4), "day", "invade", ["Germany"], ["Norway"]), "places": ["Oslo"]},
        {**_event("b", 1, MONTH(1940, 5), "month", "invasion"), "places": ["Oslo"]},
        {**_event("c", 1, DAY(1940, 5, 4), "day", "invade", ["Germany"], ["Norway"]), "modality": "planned"},
    ]
    stories, story_of = _stories(rows)
    assert story_of["a#0"] != story_of["b#0"]
    assert story_of["a#1"] == story_of["b#1"] != story_of["c#1"]
    merged = next(s for s in stories if s["n_mentions"] == 2)
    assert merged["evidence"] == ["date:day-in-month", "place:Oslo"]
    assert 0 < merged["confidence"] < 0.75  # a place and a month: a merge to check, not to trust


def test_different_people_acted_on_stay_apart_even_by_one_actor():
    rows = [
        _event("a", 0, DAY(1917, 5, 12), "day", "shoot", ["Germany"], ["Private Hale"]),
        _event("b", 0, MONTH(1917, 5), "month", "shoot", ["Germany"], ["Arthur Marr"]),
        # A participant the other names as its actor is no contradiction.
        _event("c", 0, DAY(1939, 8, 23), "day", "sign", ["Vyacheslav Molotov"], ["Joachim von Ribbentrop"]),
        _event("d", 0, DAY(1939, 8, 23), "day", "sign", ["Vyacheslav Molotov", "Joachim von Ribbentrop"],
               ["Joseph Stalin"]),
    ]
    _, story_of = _stories(rows)
    assert story_of["a#0"] != story_of["b#0"]
    assert story_of["c#0"] == story_of["d#0"]


def test_a_month_that_fits_two_stories_makes_a_guess_not_a_sure_merge():
    rows = [
        _event("a", 0, DAY(1939, 8, 19), "day", "sign", ["Germany", "Soviet Union"], theme="Commercial Agreement"),
        _event("b", 0, DAY(1939, 8, 23), "day", "sign", ["Germany", "Soviet Union"], theme="Molotov–Ribbentrop Pact"),
        _event("c", 0, MONTH(1939, 8), "month", "sign", ["Germany", "Soviet Union"], theme="pact"),
        _event("d", 0, DAY(1939, 9, 28), "day", "sign", ["Germany", "Soviet Union"], theme="Frontier Treaty"),
        _event("e", 0, DAY(1939, 9, 28), "day", "sign", ["Germany", "USSR"]),
    ]
    stories, story_of = _stories(rows)
    assert story_of["a#0"] != story_of["b#0"] and story_of["c#0"] in (story_of["a#0"], story_of["b#0"])
    guess = next(s for s in stories if s["story_id"] == story_of["c#0"])
    assert guess["confidence"] <= 0.7 and "ambiguous:fits another story" in guess["evidence"]
    sure = next(s for s in stories if s["story_id"] == story_of["d#0"])
    assert sure["n_mentions"] == 2 and sure["confidence"] >= 0.75 and sure["evidence"] == [
        "actor:Germany", "actor:Soviet Union", "date:same-day"]


def test_a_place_is_one_however_its_words_are_joined():
    rows = [
        {**_event("a", 0, DAY(1832, 5, 4), "day", "explosion"), "places": ["Dar es Salaam"]},
        {**_event("b", 0, DAY(1832, 5, 4), "day", "attack"), "places": ["Dar-es-Salaam"]},
        # Another place of the same day stays apart.
        {**_event("c", 0, DAY(1832, 5, 4), "day", "blast"), "places": ["Nairobi"]},
    ]
    stories, story_of = _stories(rows)
    assert story_of["a#0"] == story_of["b#0"] != story_of["c#0"]
    merged = next(s for s in stories if s["n_mentions"] == 2)
    assert "place:Dar es Salaam" in merged["evidence"]


def test_an_abbreviation_one_report_writes_is_the_party_another_spells_out():
    # One place folds names across reports (pipeline.stories.corpus_names, run before the stories): a
    # report that ties "WDU" to its full name lets another's "WDU" name the same party in the stories.
    from pipeline.stories.corpus_names import CorpusNames, fold_events

    text = "Tarvia joined the Western Defence Union (WDU) in 1951."
    full = text.index("Western")
    entities = pd.DataFrame([
        {"doc_id": "a", "text": "Western Defence Union", "label": "ORG", "source": "model", "link_target": None,
         "clean_start": full, "clean_end": full + len("Western Defence Union")},
        *({"doc_id": d, "text": "WDU", "label": "ORG", "source": "model", "link_target": None,
           "clean_start": 12, "clean_end": 15} for d in ("b", "c"))])
    sentences = pd.DataFrame([{"doc_id": "a", "text": text, "clean_start": 0}])
    rows = [_event("a", 0, DAY(1951, 4, 2), "day", "join", ["Tarvia"], ["Western Defence Union"]),
            _event("b", 0, DAY(1951, 4, 2), "day", "join", ["Tarvia"], ["WDU"]),
            _event("c", 0, DAY(1951, 4, 2), "day", "join", ["Lusk"], ["WDU"])]
    for r in rows:
        r["resolved"] = []
    folded = fold_events(pd.DataFrame(rows), CorpusNames(entities, sentences))
    for r in rows:
        if r["doc_id"] in folded:
            r["actors"], r["participants"], r["resolved"] = map(list, folded[r["doc_id"]][r["event_id"]])
    stories, story_of = _stories(rows)
    assert story_of["a#0"] == story_of["b#0"] != story_of["c#0"]


def test_an_abbreviation_no_report_ties_to_a_name_stays_apart_in_the_stories():
    # Only spelling the capitals ties nothing: the stories keep "WDU" apart from a name no report ties to it.
    stories, story_of = _stories([
        _event("a", 0, DAY(1951, 4, 2), "day", "join", ["Tarvia"], ["Western Defence Union"]),
        _event("b", 0, DAY(1951, 4, 2), "day", "join", ["Tarvia"], ["WDU"])])
    assert story_of["a#0"] != story_of["b#0"]
