"""A news report's backstory: happenings a report tells of a thing's past, not of its own weeks (issue 33).

``the firm, founded by his great-grandfather, …``, ``the bridge, built by Roman engineers, collapsed``,
``a 1996 ruling that had annulled his sentence``: a participle or relative clause that describes a noun by
its origin, or tells in the past perfect what came before, is no happening of the days before the report.
Dating it by the report's weeks (pipeline.events.document_dated) would be wrong by years, so it gets no
such row. And a date written inside such a clause (``the company, which was founded in the 1920s, was
sold``) dates that clause alone, never the sentence's other happenings. A happening told as earlier
than the report (``had acquired``, ``previously sold``, ``on an earlier mission``) ends with the report and
says nothing of when it began; one told for an undated period (``profit was hurt in the fiscal year``) is that
period's, which no date names. A sentence right after one that tells the story years back ("launched the
station in 1980. … He spent six days aboard") is that old time's, and gets no row of the report's weeks
(:func:`news_windows`).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.since_clauses import since_clause_of_a_perfect
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS

# Verbs that tell where a thing came from: its making is its history, not the news.
ORIGIN_VERBS = {"found", "establish", "build", "create", "form", "construct", "design", "write", "compose",
                "invent", "discover", "settle", "start", "launch", "incorporate", "erect", "raise", "name",
                "own", "inherit", "pioneer", "develop", "bear"}
_DESCRIBING = {"relcl", "acl"}


def told_as_backstory(tok: Any, lemma: str | None) -> bool:
    """A verb describing a noun by its origin ("founded by his grandfather") or in the past perfect
    ("a ruling that had annulled his sentence")."""
    if tok.pos_ != "VERB" or tok.dep_ not in _DESCRIBING or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if (lemma or tok.lemma_) in ORIGIN_VERBS:
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)


def describing_clause(tok: Any) -> Any | None:
    """The verb of the relative clause or participle describing a noun that the word sits in ("which was
    founded in the 1920s"), or None."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in _DESCRIBING and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("NOUN", "PROPN"):
            return t
        if t.dep_ == "ROOT":
            return None
    return None


def inside_a_describing_clause(tok: Any) -> bool:
    """The word sits in a relative clause or participle that describes a noun ("which was founded in the
    1920s"): its date is that clause's."""
    return describing_clause(tok) is not None


# Adverbs that set a happening before the time of telling: "flew previously", "had earlier sold".
_EARLIER_ADVERBS = {"earlier", "previously", "formerly", "once", "before"}
# Adverbs that set a happening close to the time of telling: an open start would reach years too far back.
_RECENT_ADVERBS = {"recently", "just", "lately", "newly"}
# A stage of life a grown person is past: what they did "as a child" or "in their youth" was years ago.
_LIFE_STAGES = {"child", "boy", "girl", "teenager", "youth", "infant", "baby", "toddler", "schoolboy", "schoolgirl",
                "childhood", "adolescence", "youngster", "teen"}


def _verb_of(tok: Any) -> Any:
    """The verb whose clause a happening word is told in: itself, or the verb its noun hangs from."""
    head = tok
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i or head.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "conj"):
            break
        head = head.head
    return head


def past_perfect(verb: Any) -> bool:
    """"had acquired", "had been seized": the past perfect tells what came before the time told."""
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


_DATING_DEPS = {"npadvmod", "prep", "advmod", "nmod", "tmod"}


def backshifted(verb: Any) -> bool:
    """A past perfect told as what a speaker said on a day the sentence writes ("Orm said Thursday that he had
    ordered the strikes"): the speaker's simple past ("I ordered the strikes") shifted back by the saying, not
    a time long before it. Not where the date is another word's ("residents said abortion had dwindled since
    the demonstrations in 1992")."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lower_ not in SPEECH_VERB_FORMS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "said on Tuesday they had arrested": the parser may hang the saying's date on the clause, before its subject
    between = verb.doc[saying.i + 1:subject.i] if subject is not None and subject.i > saying.i else []
    return any(t.ent_type_ in ("DATE", "TIME") for t in between) or any(
        t.ent_type_ in ("DATE", "TIME") for c in saying.children if c.dep_ in _DATING_DEPS for t in c.subtree)


def told_as_before(tok: Any, dated_saying: bool = False) -> bool:
    """A happening a news report tells as earlier than its own time, with no date of its own: in the past
    perfect ("the group had acquired a stake"), with an adverb of earlier time ("previously sold", "in the
    past"), at a stage of life long past ("as a child fled"), or on an earlier occasion ("flew as co-pilot on an earlier mission"). Its row ends with the
    report's time and says nothing of when it began: the report's weeks would be a guess, often years off.
    A past perfect a dated saying shifted back (:func:`backshifted`, ``dated_saying``: the sentence's one date
    dates the row) is the saying's weeks, as a simple past would be: an open start is too wide."""
    verb = _verb_of(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _RECENT_ADVERBS for c in verb.children):
        return False  # "had recently bought", "had just left": of the report's weeks, not of any time before
    if past_perfect(verb) and not (dated_saying and backshifted(verb)) or since_clause_of_a_perfect(verb):
        return True  # "had acquired"; "has lived there since he was rescued"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("as", "in") and any(
                o.dep_ == "pobj" and o.lower_ in _LIFE_STAGES for o in c.children):
            return True  # "who as a child fled her native land", "in his youth he served": years before the report
        if c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and not any(g.dep_ == "npadvmod" for g in c.children):
            return True  # "years earlier" has a measure: a timex's, not this rule's
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ == "past" and c.lower_ == "in" or
                                         any(a.dep_ == "amod" and a.lower_ == "earlier" for a in o.children)):
                    return True  # "in the past", "on an earlier mission"
    return False


# The periods an earnings report tells its results for: "profit was hurt in the fiscal year", "disposals
# during the half". Undated, such a period is the report's subject, not a day of the report's weeks.
_PERIODS = {"year", "half", "quarter", "period", "term", "season"}


def told_of_a_period(tok: Any) -> bool:
    """A happening told for a period ("inventories were reduced in the fiscal year", "gains on disposals
    during the half"): its time is that period, which no date names; the report's weeks would be wrong."""
    verb = _verb_of(tok)
    for node in (tok, verb):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "for", "over", "throughout"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.lower_ in _PERIODS and \
                            any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "its", "their") for d in o.children):
                        return True
    return False


# How far back a report's story must be told for its undated sentences to be backstory: about four months,
# four times the report's own weeks ("in 1980", "last November" in a June report; TimeBank and AQUAINT: a
# year's bound and this one changed only rows whose report date was wrong).
_STORY_DAYS_BACK = 120
# How many sentences after a date its time carries on: a short background passage, not the report's rest.
_CARRIED_SENTENCES = 3
_NOW_AUXILIARIES = {"has", "have", "'s", "'ve", "is", "are", "am", "'re", "'m"}


def news_windows(written: dict[int, set], reference_date: Any, told_now: set[int]) -> dict[int, Any]:
    """For each sentence that writes no date of its own, the last day of the old time its report's story is
    told in there: the nearest earlier sentence (of the :data:`_CARRIED_SENTENCES` before it) that writes dates
    writes only dates ending more than four months before the report ("Tarvia launched the station in 1980. Lusk
    was the first to fly to it. He spent six days aboard with three astronauts": the spending is of 1980's
    story, not of the report's weeks). ``written`` holds each sentence's written days (a describing clause's
    or a noun's own date left out: they date no sentence). A sentence of ``told_now`` (:func:`tells_now`)
    neither opens an old story ("noted it joined in 1987, and said it now holds 5%") nor is told in one,
    and it ends one ("He couldn't be reached for comment.")."""
    old: dict[int, Any] = {}
    for sid, days in sorted(written.items()):
        if sid in told_now or not days or not all(
                end is not None and (reference_date - end).days > _STORY_DAYS_BACK for _, end in days):
            continue
        for later in range(sid + 1, sid + 1 + _CARRIED_SENTENCES):
            if later in written or later in told_now:
                break  # that sentence writes a time of its own, or tells the report's now
            old[later] = max(end for _, end in days)
    return old


# Words that tell the report's own time: "now", "currently", "still pending".
_NOW_WORDS = {"now", "currently", "still", "today", "tonight"}


def tells_now(tok: Any) -> bool:
    """Whether a word puts its sentence in the report's present: a verb in the present tense or a modal
    ("is still pending", "couldn't be reached", "must be approved") outside a clause describing a noun (a
    temple "that is the main attraction" is so today, whatever time the sentence tells), or "now"."""
    if tok.lower_ in _NOW_WORDS:
        return True
    if tok.tag_ not in ("VBZ", "VBP", "MD"):
        return False
    return describing_clause(tok) is None


# Verbs by which a report's speakers take a stand, as "said" does: "expressed the hope", "noted", "vowed".
_STATEMENT_FORMS = {"expressed", "noted", "voiced", "stressed", "urged", "vowed", "pledged", "promised", "called",
                    "appealed", "welcomed", "praised", "criticized", "criticised", "condemned"}


def told_in_the_story(tok: Any, speech_forms: set[str]) -> bool:
    """Whether a happening word in an old time's sentence (:func:`news_windows`) belongs to that time: told
    in the simple past, not as now ("has spent", "is being held") nor as the report's own telling ("said":
    a report's speakers speak in its weeks)."""
    verb = _verb_of(tok)
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in speech_forms or verb.lower_ in _STATEMENT_FORMS:
        return False
    if verb.dep_ == "ccomp" and verb.head.lower_ in speech_forms:
        return False  # "Castro said he sympathized with the father": what a speaker tells of himself now
    if any(c.dep_ == "advmod" and c.lower_ in _RECENT_ADVERBS for c in verb.children):
        return False  # "a boy who just turned 6"
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _NOW_AUXILIARIES for c in verb.children):
        return False
    if verb.tag_ == "VBG":  # "was clearing mines when it was attacked": the old time's too
        return any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    return verb.tag_ in ("VBD", "VBN")
