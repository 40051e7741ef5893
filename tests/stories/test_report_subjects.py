"""A news report's unnamed happening borrows the person its sentence names by surname, else the report's
protagonist where the sentence refers to someone unnamed (pipeline.stories.report_subjects); sentences
of our own."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge
from pipeline.stories.party_names import PartyNames
from pipeline.stories.report_subjects import report_subjects

DAY = date(2003, 4, 9)


def told(key: str, actors=(), participants=(), kinds=frozenset({"rescue"}), places=()) -> Mention:
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=int(key.split("#")[1]), start=DAY, end=DAY,
                   granularity="day", trigger="rescue", kinds=kinds, night=False, actors=list(actors),
                   participants=list(participants), places=list(places), citations=[])


def _report(sentences: dict[str, str], mentions: list[Mention], states=()) -> None:
    names = PartyNames([p for m in mentions for p in m.parties], states)
    report_subjects(mentions, {m.doc_id for m in mentions}, sentences, names)


def test_a_report_lends_its_protagonist_to_a_sentence_about_someone_unnamed():
    # "Tomas Brell was found …" three times; "The boy was pulled from the river on Wednesday"
    named = [told(f"r#{i}", participants=["Tomas Brell"], kinds=frozenset({"find"})) for i in range(3)]
    bare = told("r#5")
    _report({"r#5": "The boy was pulled from the river on Wednesday."}, [*named, bare])
    assert bare.borrowed == ["Tomas Brell"] and bare.subject
    other = told("s#1", participants=["Tomas Brell"])
    found = judge(bare, other)
    assert found is not None and "subject:Tomas Brell" in found.evidence and found.score < 0.5


def test_no_protagonist_in_a_tie_or_in_a_state_or_without_someone_referred_to():
    tie = [told(f"t#{i}", participants=["Tomas Brell" if i % 2 else "Ada Varn"]) for i in range(6)]
    bare = told("t#9")
    _report({"t#9": "The boy was pulled from the river."}, [*tie, bare])
    assert bare.borrowed == []
    state = [told(f"u#{i}", actors=["Tarvia"]) for i in range(4)]
    bare = told("u#9")
    _report({"u#9": "He was pulled from the river."}, [*state, bare], states=["Tarvia"])
    assert bare.borrowed == []
    many = [told(f"v#{i}", participants=["Tomas Brell"]) for i in range(4)]
    bare = told("v#9")
    _report({"v#9": "A storm was reported on Wednesday."}, [*many, bare])
    assert bare.borrowed == []


def test_a_surname_the_sentence_writes_names_the_reports_person():
    # "Varn, who was born in Orm and fled in 1950, …": the second verb of the relative clause has no subject
    once = told("w#1", actors=["Ada Varn"], kinds=frozenset({"visit"}))
    bare = told("w#4", kinds=frozenset({"flee"}))
    _report({"w#4": "Varn, who was born in Orm and fled in 1950, spoke on Monday."}, [once, bare])
    assert bare.borrowed == ["Ada Varn"]
    # two people of one surname: which one?
    twins = [told("x#1", actors=["Ada Varn"]), told("x#2", actors=["Tomas Varn"])]
    bare = told("x#4", kinds=frozenset({"flee"}))
    _report({"x#4": "Varn fled in 1950."}, [*twins, bare])
    assert bare.borrowed == []


def test_two_borrowings_never_merge():
    a, b = told("y#1"), told("z#1")
    a.borrowed = b.borrowed = ["Tomas Brell"]
    a.subject = b.subject = True
    assert judge(a, b) is None


def test_a_lent_protagonist_is_the_actor_of_the_reports_own_named_telling():
    # "… officials ruled Wednesday" (the report's protagonist lent) and, later, "the Board's ruling"
    from pipeline.stories.evidence import same_document_allowed

    bare = told("q#0", kinds=frozenset({"rule"}))
    weeks = Mention(key="q#7", doc_id="q", sentence_id=7, start=date(2003, 3, 9), end=DAY, granularity="before",
                    trigger="ruling", kinds=frozenset({"rule"}), night=False, actors=["Parole Board"],
                    participants=[], places=[], citations=[])
    assert not same_document_allowed(bare, weeks)
    bare.borrowed, bare.subject = ["Parole Board"], True
    assert same_document_allowed(bare, weeks)
    bare.borrowed = ["Ada Varn"]
    assert not same_document_allowed(bare, weeks)


def test_a_surname_after_an_article_names_something_of_the_persons():
    # "Varn, who fled in 1950, praised the Brell administration": Brell's administration, not Brell
    people = [told("k#1", actors=["Ada Varn"]), told("k#2", actors=["Tomas Brell"])]
    bare = told("k#4", kinds=frozenset({"flee"}))
    _report({"k#4": "Varn, who was born in Orm and fled in 1950, praised the Brell administration."},
            [*people, bare])
    assert bare.borrowed == ["Ada Varn"]


def test_no_protagonist_where_the_sentence_names_another_of_the_reports_people():
    # "Ada Varn, sister of Ivo Varn, likened the old battle to the fight for the boy": hers, or the boy's?
    named = [told(f"m#{i}", participants=["Tomas Brell"]) for i in range(3)]
    others = [told("m#4", actors=["Ada Varn"], kinds=frozenset({"speak"})), told("m#5", actors=["Ivo Varn"])]
    bare = told("m#6", kinds=frozenset({"battle"}))
    _report({"m#6": "Ada Varn, sister of Ivo Varn, likened the old battle to the fight for the boy."},
            [*named, *others, bare])
    assert bare.borrowed == []
    # ... unless it names the protagonist as well
    bare = told("m#7", kinds=frozenset({"battle"}))
    _report({"m#7": "Ada Varn, sister of Ivo Varn, said the boy Tomas Brell won the battle."}, [*named, *others, bare])
    assert bare.borrowed == ["Tomas Brell"]


def test_a_person_named_in_two_rows_is_the_reports_protagonist_and_one_row_is_not():
    # an editorial: "Dr. Ivo Brenn had become a target …", "the murder of Brenn"; "the bullet that tore
    # through his window Friday night"
    twice = [told("y#1", actors=["Ivo Brenn"], kinds=frozenset({"become"})), told("y#2", participants=["Ivo Brenn"])]
    bare = told("y#5", kinds=frozenset({"kill"}))
    _report({"y#5": "Nothing could stop the bullet that tore through his window Friday night."}, [*twice, bare])
    assert bare.borrowed == ["Ivo Brenn"]
    once = [told("z#1", actors=["Ivo Brenn"], kinds=frozenset({"become"}))]
    bare = told("z#5", kinds=frozenset({"kill"}))
    _report({"z#5": "Nothing could stop the bullet that tore through his window Friday night."}, [*once, bare])
    assert bare.borrowed == []
