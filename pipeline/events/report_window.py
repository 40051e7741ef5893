"""Which news happenings the report's weeks do not date, and which date of their sentence they take (issue 33).

A news report's past happening with no date of its own is dated by the report's weeks, or by the weeks up to
the one date its sentence writes (pipeline.events.document_dated). The grammar often says better:

* Told as long ago or as lasting (:func:`outside_the_window`): the perfect with "since" ("Orm has since sold
  his stake": some time after an older point); a clause "N years after" something ("It wasn't until twenty
  years after the first astronauts were chosen that ..."); a process over a stretch of years ("the system has
  evolved over several years", "has lived there for decades"); a present perfect tied to a lasting happening
  ("the war has created a nation of widows", "have become poor during the post-Soviet transition"). Such a
  row stays undated (:data:`UNDATED`): a null date is better than a wrong window. So does a habit ("the
  family regularly talked by telephone").
* An eyewitness's "just" ("we just saw an explosion up ahead of us"): the witness's now, not the report's.
  And a present word ("current") dates no such row (:func:`undate_the_present_over_years`).
* A sequel (:func:`told_as_a_sequel`): "But subsequently, they were lost" follows a story told before; when
  neither its sentence nor the one before writes a date of the report's weeks, that story's time is unknown.
* A date written for a word of the same happening (:func:`shared_row`): the subject of a dated verb of going
  on ("Orm's bankruptcy proceedings began Tuesday": the proceedings are Tuesday's), the object of a dated
  verb that stages it ("forces Thursday launched cruise missile strikes": the strikes are Thursday's), a verb done by a dated
  means ("has forced Orm's hand by bidding $1.9 billion earlier this month": the forcing is the bid's).
* A date of a clause told under the word's own (:func:`dates_for`): "Ministers meeting in the capital agreed
  to set up a panel to investigate who shot down the plane on April 6, 1994": 1994 is the shooting's; the
  meeting and the agreeing are of the report's weeks, not of the weeks up to the shooting. Nor does a plan's
  date after the report ("promised to put the question to a referendum next year") date a past happening.
* A perfect told since a dated clause (:func:`since_row`): "have been built since it entered production in
  February 1947" runs from that date to the report, not the weeks up to 1947.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Callable

from pipeline.events.dated_by import UNDATED, WINDOW_DAYS
from pipeline.lexicon.happenings import UNFOLDING_VERB_FORMS
from pipeline.lexicon.light_verb_forms import STAGING_VERB_FORMS
from pipeline.lexicon.lasting import LASTING_HAPPENINGS, LONG_UNITS
from pipeline.lexicon.retellings import COMMEMORATING_FORMS, HABIT_ADVERBS


_PERFECT = {"has", "have", "had", "'s", "'ve", "'d"}
_PRESENT_PERFECT = {"has", "have", "'s", "'ve"}
_STRETCH_PREPS = {"over", "during", "throughout"}
_SEQUEL_ADVERBS = {"subsequently", "afterwards", "afterward", "thereafter"}
# Verbs whose subject is the happening going on: "proceedings began Tuesday", "the strike ended Friday".
_GOING_ON_FORMS = UNFOLDING_VERB_FORMS | set("""
begin begins began begun start starts started end ends ended open opens opened resume resumes resumed continue
continues continued close closes closed conclude concludes concluded finish finishes finished occur occurs occurred
happen happens happened""".split())


def clause_verb(tok: Any) -> Any:
    """The verb whose clause a word is told in: itself, or the verb its noun phrase hangs from."""
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i or head.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "conj",
                                                      "acomp", "compound", "appos", "pcomp"):
            break
        head = head.head
    return head


def _perfect(verb: Any, present: bool = False) -> bool:
    """"has sold", "have been victims", "had lived": a perfect (``present``: not the past perfect)."""
    if verb.tag_ != "VBN" and not (verb.lower_ == "been" or verb.pos_ == "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in (_PRESENT_PERFECT if present else _PERFECT) for c in verb.children)


def _since_perfect(verb: Any) -> bool:
    """"Mr. Orm has since sold his stake": some time after an earlier point, up to now; "has long monitored
    such groups", "has been separated from his family too long": a long stretch up to now."""
    return _perfect(verb) and any(c.dep_ == "advmod" and c.lower_ in ("since", "long") for c in verb.children)


def _years(tok: Any) -> bool:
    """A unit of years ("twenty years", "decades"), not of months: "two months after" may be the report's weeks."""
    return tok.lower_ in LONG_UNITS and tok.lower_ != "months"


def _years_after_it(tok: Any) -> bool:
    """The happening something came years after: "twenty years after the first astronauts were chosen",
    "decades after the war". What came after lies before the report, so this lies years before it."""
    if tok.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children) and \
            any(c.dep_ == "npadvmod" and _years(c) for c in tok.children)
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "after" and any(c.dep_ == "npadvmod" and _years(c)
                                                                  for c in prep.children)


def _over_years(verb: Any) -> bool:
    """A happening told over a stretch of months or years: "evolved over several years", "grew during the
    decades", "have been cut off for nearly two years" (with "for", a perfect only: "was jailed for 20 years"
    tells how long the jailing holds, not when it was)."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for o in c.children:
            if o.dep_ != "pobj" or o.lower_ not in LONG_UNITS:
                continue
            if c.lower_ in _STRETCH_PREPS or c.lower_ == "for" and _perfect(verb):
                return True
            if c.lower_ == "in" and any(a.lower_ in ("recent", "past", "last") for a in o.children):
                return True  # "has grown in recent years"
    return False


def _stretch_of(prep: Any) -> Any | None:
    """The verb a "during"/"over" phrase times, through an adjective: "have become impoverished during"."""
    head = prep.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _lasting_perfect(tok: Any) -> bool:
    """A present perfect tied to a lasting happening, and that happening: "the war has created a nation of
    widows" (the war, the creating), "many people have become impoverished during the transition" (the
    transition): a result built up over the happening's course, not a day of the report's weeks."""
    if tok.pos_ == "NOUN":
        if tok.lower_ not in LASTING_HAPPENINGS:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return _perfect(tok.head, present=True) and tok.head.lower_ not in _GOING_ON_FORMS
        if tok.dep_ == "pobj" and tok.head.lower_ in _STRETCH_PREPS:
            verb = _stretch_of(tok.head)
            return verb is not None and _perfect(verb, present=True)
        return False
    if not _perfect(tok, present=True) or tok.lower_ in _GOING_ON_FORMS:
        return False  # "the phony war has finished": its end is a day, maybe of the report's weeks
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in LASTING_HAPPENINGS:
            return True
        if c.dep_ == "acomp":
            c = next((p for p in c.children if p.dep_ == "prep"), c)
        if c.dep_ == "prep" and c.lower_ in _STRETCH_PREPS and any(
                o.dep_ == "pobj" and o.lower_ in LASTING_HAPPENINGS for o in c.children):
            return True
    return False


_FIRST_PERSON = {"i", "we"}
_PERCEPTION_FORMS = {"saw", "seen", "heard", "watched", "felt", "noticed", "spotted"}


def _witnessed(tok: Any) -> bool:
    """What an eyewitness tells in the first person as just seen ("we just saw an explosion up ahead of us",
    "It just blew up in the air, and then we saw two fireballs"): the witness's now, which a report (a
    transcript of tapes, a quoted call) may tell months later; not the report's weeks. Not what the speaker
    did ("we just learned"): only a happening seen, or one told of something else beside a seeing "we"."""
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else sent  # '"It just blew up"' after '"We just saw"'
    if not any(t.dep_ == "nsubj" and t.lower_ in _FIRST_PERSON and t.head.lower_ in _PERCEPTION_FORMS
               for t in (*before, *sent)):
        return False  # no witness telling what they saw
    if tok.pos_ == "NOUN":
        verb = tok.head
        return tok.dep_ == "dobj" and verb.lower_ in _PERCEPTION_FORMS and \
            any(c.dep_ == "advmod" and c.lower_ == "just" for c in verb.children)
    return tok.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ == "just" for c in tok.children) and \
        not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in tok.children)


def outside_the_window(tok: Any) -> bool:
    """Whether a happening word's own grammar places it outside the report's weeks (see the module's
    docstring): its row stays undated."""
    verb = clause_verb(tok)
    if verb.pos_ in ("VERB", "AUX") and (_since_perfect(verb) or _over_years(verb)):
        return True
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children):
        return True  # "the family regularly talked by telephone": a habit, no day of the report's weeks
    return _years_after_it(tok) or _lasting_perfect(tok) or _witnessed(tok)


def undate_the_present_over_years(rows: list, token_of: Callable[[Any], Any], timexes: list) -> None:
    """A row a present word dates ("the current system has evolved over several years": "current" is the
    system's, and the report's day is no day of an evolving over years) loses that date where its word's
    grammar places it outside the report's weeks (:func:`outside_the_window`). ``token_of`` gives a row's token."""
    for row in rows:
        if row.timex_index is None or timexes[row.timex_index].value != "PRESENT_REF":
            continue
        tok = token_of(row)
        if tok is not None and outside_the_window(tok):
            row.date_start = row.date_end = row.granularity = row.timex_index = row.date_text = None
            row.dated_by = UNDATED


def told_as_a_sequel(tok: Any, written_here: bool, window_before: bool) -> bool:
    """"But subsequently, they were lost": a sequel of the story told before. When its sentence writes no date
    (``written_here``) and the sentence before writes none of the report's weeks (``window_before``), the
    story's time, and so the sequel's, is unknown."""
    verb = clause_verb(tok)
    return not written_here and not window_before and verb.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "advmod" and c.lower_ in _SEQUEL_ADVERBS for c in verb.children)


def shared_row(tok: Any, offset: int, rows_at: dict) -> Any | None:
    """The row of a written date that dates a word of the same happening: the verb of going on a happening
    noun is the subject of ("proceedings began Tuesday"), or a means a verb was done by ("forced Orm's hand
    by bidding $1.9 billion earlier this month"); else None."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in _GOING_ON_FORMS:
        return rows_at.get(offset + tok.head.idx)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lower_ in STAGING_VERB_FORMS:
        return rows_at.get(offset + tok.head.idx)  # "forces Thursday launched strikes": the strikes are Thursday's
    if tok.pos_ == "VERB" and (row := _conjunct_row(tok, offset, rows_at)) is not None:
        return row  # "were killed and 58 injured in an attack on Friday": the killing is Friday's too
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                means = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if means is not None and offset + means.idx in rows_at:
                    return rows_at[offset + means.idx]
    return None


_SHARED_AFTER = {"cc", "conj", "punct"}


def _conjunct_row(tok: Any, offset: int, rows_at: dict) -> Any | None:
    """The row of a dated participle coordinated with a bare one, whose phrase after it both share: "Six
    people were killed and 58 injured in a car bomb attack on Friday" (the parse hangs "58 injured" as a
    number's participle), "were killed and wounded on Friday". Only when nothing follows the word but the
    coordination: "was arrested in Orm and charged on Friday" may tell two days."""
    if any(c.i > tok.i and c.dep_ not in _SHARED_AFTER for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ != "conj":
            continue
        verbs = [c] if c.pos_ == "VERB" else [g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"]
        for verb in verbs:
            if verb.tag_ == tok.tag_ == "VBN" and offset + verb.idx in rows_at:
                return rows_at[offset + verb.idx]
    return None


def dates_for(tok: Any, told: list[tuple[tuple, Any]], until: Any) -> set[tuple]:
    """The days of the dates its sentence writes (``told``: days and the word each dates) that may date a
    past happening word: not those of a clause told under the word's own ("agreed to set up a panel to
    investigate who shot down the plane on April 6, 1994": the shooting's date is no date of the agreeing),
    nor a plan's days after the report's date ``until`` ("promised to put the question to a referendum next
    year": next year dates no promising)."""
    mine = clause_verb(tok)
    out = set()
    for days, word in told:
        theirs = clause_verb(word) if word is not None else None
        if days[0] > until or theirs is not None and (_told_under(theirs, mine) or (
                until - days[1]).days > _YEAR_DAYS and _commemorated(theirs, mine)):
            continue
        out.add(days)
    return out


_YEAR_DAYS = 365


def _commemorated(theirs: Any, mine: Any) -> bool:
    """Whether ``theirs`` is an infinitive commemorating a happening under another verb ("was chosen to honor
    the announcement of the alliance 50 years ago"): its date, over a year before the report, is the
    happening's, not the choosing's ("staged celebrations to mark the entry into NATO on Friday" may be
    Friday's)."""
    return theirs.i != mine.i and theirs.lower_ in COMMEMORATING_FORMS and theirs.dep_ in ("xcomp", "advcl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in theirs.children) and \
        any(c.dep_ == "dobj" for c in theirs.children)


def since_row(tok: Any, offset: int, rows_at: dict) -> Any | None:
    """The row of the dated clause or happening noun a perfect is told since: "Seventy-five million copies have
    been built since it entered production in February 1947", "have bombed two towns since Sinn Fein was
    expelled on Feb. 20", "has changed since its founding in 1949": from that date up to the report, not the
    weeks up to it; else None."""
    verb = clause_verb(tok)
    if verb.pos_ not in ("VERB", "AUX") or not _perfect(verb, present=True):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            row = rows_at.get(offset + c.idx) or _dated_within(c, offset, rows_at)
        elif c.dep_ == "prep" and c.lower_ == "since":  # "has changed dramatically since its founding in 1949"
            row = next((rows_at[offset + o.idx] for o in c.children if o.dep_ == "pobj" and offset + o.idx in rows_at),
                       None)
        else:
            continue
        if row is not None and row.date_start is not None:
            return row
    return None


def _dated_within(clause: Any, offset: int, rows_at: dict) -> Any | None:
    """The row of the earliest dated word told in a "since" clause's own phrases, not in a clause of their own:
    "has eluded the police since they obtained a warrant for him in the Oct. 23 shooting" (the obtaining came
    after the shooting, so the eluding too); else None."""
    found = []
    for t in clause.subtree:
        row = rows_at.get(offset + t.idx) if t.i != clause.i else None
        if row is None or row.date_start is None or any(
                a.dep_ in _ABOUT or a.dep_ in ("advcl", "xcomp") for a in _path_up(t, clause)):
            continue
        found.append(row)
    return min(found, key=lambda r: r.date_start, default=None)


def _path_up(tok: Any, top: Any) -> list:
    """The words from ``tok`` up to (not including) ``top``, its ancestor."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


# Clauses that tell what a happening is about, not when it was: "investigate who shot down the plane", "said
# (that) the firm sold it", "attacked him for failing to enforce an order". An adverbial clause ("was found …
# after the boat sank", "waged war, declaring victory on Jan. 1") or a plan ("invited them to join in July") may
# share the happening's time, and keeps dating it.
_ABOUT = {"ccomp", "csubj", "relcl", "acl"}
_BEFORE_PREPS = {"before", "until", "till", "by", "prior"}


def _told_under(theirs: Any, mine: Any) -> bool:
    """Whether the clause of verb ``theirs`` is told under ``mine`` as what it is about (:data:`_ABOUT`, or
    the object of a preposition other than one of "before"), with no coordination on the way up."""
    if theirs.i == mine.i or not (theirs.dep_ in _ABOUT or theirs.dep_ == "pcomp" and
                                  theirs.head.lower_ not in _BEFORE_PREPS):
        return False
    if theirs.dep_ in ("ccomp", "csubj") and theirs.tag_ not in ("VBD", "VBZ", "VBP") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in theirs.children):
        return False  # "was found Thanksgiving Day clinging to a tube": a participle the parse took for a clause
    node = theirs
    for _ in range(30):
        if node.dep_ == "conj" or node.head.i == node.i:
            return False
        node = node.head
        if node.i == mine.i:
            return True
    return False


# A date at least this long is a period of its own (a month, a year): the happening told with it is in it.
_PERIOD_DAYS = 27


def sentence_window_start(first: Any, last: Any, planned: bool, tok: Any = None) -> Any:
    """Where the days of a report's happening dated by the one date of its sentence begin: the date's own
    start for a month or a year ("In January, Orm told reporters the company had hired Vell", in a report
    of February 1998, is January 1998, not from December 1997; "in 1968" is 1968), the WINDOW_DAYS before a
    day (a happening told beside a day can be the days before it), and before any date of a plan ("invited to
    join the league in July 1997": the invitation came in the weeks before July)."""
    if not planned and (last - first).days >= _PERIOD_DAYS and not (tok is not None and _told_as_before(tok)):
        return first
    return first - timedelta(days=WINDOW_DAYS)


def _told_as_before(tok: Any) -> bool:
    """"began to fall apart in mid-1996 after the defection of Ieng Sary", "following the end of labor
    negotiations": a happening told after "after" or "following" came before the sentence's date."""
    for t in [tok, *list(tok.ancestors)[:4]]:
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("after", "following"):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children):
            return True
    return False
