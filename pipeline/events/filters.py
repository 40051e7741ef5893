"""Dates that date no happening: why an events row is not written for a date in a statement.

The events stage asks :func:`not_a_happening` for each date and its trigger; a reason means no row.
Each check is a shape of prose where the date belongs to something other than a happening told
by the sentence: a name (``the Water Act 2000 changed the rules``), a source (``according to a
2003 report``), a state or a figure (``the population was 5,000 in 2001``, ``he was a member of the
senate from 1830``), a running total (``as of 2006 he has made 1,200 guitars``), a yearly custom
(``the service is held each year on 11 November``), a report's figure (:mod:`pipeline.events.figures`).
In doubt the row is kept: each check asks for its whole shape.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.baseline_dates import dates_no_happening_here
from pipeline.events.coordination import coordinated
from pipeline.events.figures import ends_a_period, no_news_happening
from pipeline.events.happening_words import parse_lemma, names_a_happening
from pipeline.events.lives_and_titles import a_things_year, lifespan, word_of_a_title
from pipeline.events.told_contents import tells_of_a_time
from pipeline.events.tree import first_conjunct
from pipeline.events.work_years import a_feasts_day, year_names_a_work

# Heads of names of documents, laws and agreements: their year names the text, only its making dates it.
_DOCUMENT_HEADS = {"act", "acts", "law", "laws", "bill", "code", "report", "regulation", "regulations", "order",
                   "directive", "constitution", "statute", "plan", "programme", "program", "strategy", "census",
                   "survey", "review", "edition", "amendment", "ordinance", "charter", "standard", "rules",
                   "agreement", "agreements", "treaty", "convention", "conventions", "accord", "accords", "pact", "protocol"}
# Verbs (stems, every form) that tell a named thing happening or being made: "the 2008 Olympics were
# held", "Parliament passed the Water Act 2000", "she won the 2008 election".
_MAKING_STEMS = ("hold", "held", "take", "took", "occur", "happen", "open", "begin", "began", "begun", "start",
                 "launch", "releas", "publish", "pass", "enact", "adopt", "approv", "sign", "ratif", "introduc",
                 "issu", "stag", "host", "found", "establish", "conclud", "draft", "creat", "form", "win", "won",
                 "lose", "lost", "contest", "end", "close", "finish", "complet", "organi", "run", "ran", "came",
                 "come", "enter", "took", "written", "wrote", "writ", "made", "mak", "held")
# Prepositions before a name that put the happening at another time than the name's year: "built for
# the 2008 Olympics", "qualified for Euro 2004", "fined under the Water Act 2000".
_OTHER_TIME_PREPOSITIONS = {"for", "under", "since", "before", "after", "until", "till", "toward", "towards",
                            "ahead", "following", "pursuant"}
_NAME_LINKS = {"compound", "flat", "nmod", "appos", "nummod", "npadvmod", "amod"}
# "each year", "annually": the sentence tells a custom, and its day or month is every year's.
_YEARLY = re.compile(r"\b(?:(?:each|every)\s+(?:year|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)|annually|yearly)\b", re.I)
_DAY_OR_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", re.I)
_CUSTOM_STEMS = ("observ", "celebrat", "commemorat", "mark", "held", "hold", "honour", "honor", "remember")
_FIGURE_ENTS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
_STATE_VERBS = {"be", "have"}
# Verbs that name nothing when their object names no happening ("took the mound", "came in second
# place", "had a contract"): the happening is a verb that goes with them.
_PLAIN_VERBS = {"take", "come", "have", "make", "get", "go"}
# Objects that make a plain verb a happening: "took power", "took office", "took command of".
_TAKEN_POSTS = {"power", "office", "control", "command", "charge", "possession", "oath", "throne", "seat", "title",
                "lead", "helm", "reins", "vows", "hold", "refuge", "shelter", "aim"}
# "was elected in 1911, representing the Tarsk district": a participle of these tells the post held, a
# state that lasts, not a happening of the date.
_POST_VERBS = {"represent", "serve"}


def not_a_happening(span: Any, trigger: Any | None, trigger_lemma: str | None, kind: str = "narrative") -> str | None:
    """Why the date ``span`` dates no happening in its sentence (None: it does).

    ``trigger`` is the word the events stage chose for the date (None for a fragment) and
    ``trigger_lemma`` its lemma; ``kind`` the document's (``narrative`` or ``news``). In news a
    figure at a date is the news itself ("net income was $2.1 million a year earlier", "according
    to a report Friday": TimeML annotates those as events of their date), so sources and states
    are set aside in narratives only."""
    narrative = kind != "news"
    if narrative and _cites_a_source(span):
        return "source"
    if narrative and _bracketed_clock(span):
        return "aside"
    if _dates_a_date(span):
        return "aside"
    other = dates_no_happening_here(span, trigger, trigger_lemma)
    if other is not None:
        return other  # "rose from $4 million a year ago", "notes due 2009" (pipeline.events.baseline_dates)
    if trigger is None:
        return None
    # A report's figure, a state now, a view, a period's end (pipeline.events.figures).
    if (reason := no_news_happening(span, trigger, trigger_lemma) if not narrative else
            "period" if ends_a_period(trigger, trigger_lemma) else None) is not None:
        return reason
    if trigger.lower_ in ("including", "includes") and trigger.dep_ == "ROOT" and trigger.i == trigger.sent.start:
        # "Including two years on the teams of 1969 and 1970.": a list's continuation cut off as a
        # sentence; it tells no happening, and its years are the things'.
        return "aside"
    if narrative and tells_of_a_time(span, trigger):
        return "told"  # "His History recounts the war until 411 BC" (pipeline.events.told_contents)
    if _a_purpose(trigger):
        return "purpose"  # "weapons destined for Lusk in March"
    if lifespan(span, trigger):
        return "lifespan"
    if narrative and a_things_year(span, trigger):
        return "thing"
    if narrative and _tally_as_of(span, trigger):
        return "tally"
    if narrative and _present_simple(trigger) and (as_of(span) or _year_modifies_a_noun(span)):
        # "(as of 2007) the game pays $2", "it features in the 1999 film": a state now, measured at a
        # date or told of a thing the year describes; no happening of that year.
        return "state"
    if narrative and states_a_figure(span, trigger, trigger_lemma):
        return "state"
    if trigger_lemma == "be" and trigger.pos_ in ("AUX", "VERB"):
        # "He was a member of the senate from 1830 to 1832", "by 1819 both were pariah nations": a copula
        # that no happening word replaced (pipeline.events.triggers.better_word) tells a state, and "be"
        # names no happening; the clauses that go with it still get rows of their own.
        return "state"
    if _holds_a_thing(trigger, trigger_lemma):
        return "state"
    if _hands_to_a_sibling(span, trigger, trigger_lemma):
        return "light"
    if _year_of_a_name(span, trigger) or year_names_a_work(span, trigger):
        return "name"  # "the Water Act 2000 changed …", "returning from the 2006 team"
    if word_of_a_title(trigger):
        return "title"
    if _yearly_custom(span, trigger) or a_feasts_day(span, trigger):
        return "custom"
    return None


def _hands_to_a_sibling(span: Any, trigger: Any, lemma: str | None) -> bool:
    """``On 3 June Holm took the mound and threw a perfect game``: a plain verb whose object names no
    happening (better_word found none, so the trigger is still the verb) coordinated with a verb of
    substance sharing its date: that verb is the row, the plain one none. Only conjuncts that get a
    row of the same date count (events.coordinated, read strictly as for a year), so no happening is
    lost; a "when" clause or a participle does not ("took a more personal turn Thursday when …",
    "went public this month, offering shares": TimeML's happening is the plain verb's), nor an
    object that makes the plain verb a happening of its own ("took power and dissolved parliament")."""
    if lemma not in _PLAIN_VERBS or trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects or any(o.pos_ != "NOUN" or names_a_happening(o) or o.lower_ in _TAKEN_POSTS for o in objects):
        return False
    return any(v.dep_ == "conj" and v.pos_ == "VERB" and parse_lemma(v) not in _PLAIN_VERBS
               for v in coordinated(trigger, span, False))


# What a person "had" at a date that is a happening all the same: a child born, a stroke suffered.
_HAD_HAPPENINGS = {"son", "sons", "daughter", "daughters", "child", "children", "baby", "babies", "twins",
                   "stroke", "go", "try", "look", "say"}


def _holds_a_thing(trigger: Any, lemma: str | None) -> bool:
    """``cable systems in the early 1980s had far less capacity``, ``he had a contract with the club in
    1976``: ``have`` whose object names no happening (better_word found none, so the trigger is still
    the verb) tells what someone held then, a state; the verbs that go with it still get their rows.
    A new or first one ("in 1971 the band had a new drummer") is a change, and stays; so does an object
    with a verb of its own ("had a million seller hit with the song": the parser's participle "hit")."""
    if lemma != "have" or trigger.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not names_a_happening(o) and o.lower_ not in _HAD_HAPPENINGS and
        o.lower_ not in _TAKEN_POSTS and not any(c.lower_ in ("new", "first") or (c.dep_ in ("acl", "relcl") and not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in o.children)  # ("charges to account for")
        for o in objects) and not any(
        c.dep_ in ("xcomp", "ccomp", "oprd") for c in trigger.children)


def tells_a_post(verb: Any, lemma: str | None) -> bool:
    """``was elected in 1911, representing the Tarsk district``: a participle hanging under a verb
    that tells the post held then, not a happening of its own (the election is the row)."""
    return lemma in _POST_VERBS and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and \
        verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in verb.children)


def _cites_a_source(span: Any) -> bool:
    """``according to a 2003 report``, ``as per the 1901 census``: the date is the source's, not the news."""
    return any(t.lower_ == "according" or (t.lower_ == "per" and t.i > 0 and t.nbor(-1).lower_ == "as") for t in span.root.ancestors)

_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|o'clock)?|\d{1,2}:\d\d", re.I)


def _bracketed_clock(span: Any) -> bool:
    """``gigs in Cork, Dublin (2pm) and Galway``: a clock time alone in brackets is a timetable's detail
    of a listed item; it dates none of the sentence's verbs."""
    doc = span.doc
    return _CLOCK.fullmatch(span.text.strip()) is not None and span.start > 0 and span.end < len(doc) and \
        doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _dates_a_date(span: Any) -> bool:
    """``In 1893, the first year since 1888 in which …, the club lost``: a date that places another
    time ("the first year since 1888") is part of that time's description, not a happening's date."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("since", "after", "before", "until", "till"):
        return False
    held = prep.head
    return held.lower_ in _TIME_WORDS and held.ent_type_ in ("DATE", "TIME") and not span.start <= held.i < span.end

# Nouns of a stretch of time: "the first year since 1888".
_TIME_WORDS = {"year", "years", "day", "days", "month", "months", "season", "week", "weeks", "time", "decade"}


def _present_simple(trigger: Any) -> bool:
    """``pays``, ``features``: a verb in the simple present, no auxiliary (a perfect or a passive is a tense of its own)."""
    return trigger.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)


def _year_modifies_a_noun(span: Any) -> bool:
    """``the 1999 film``: a bare year before the noun it describes."""
    if len(span) != 1 or not re.fullmatch(r"\d{4}", span.text):
        return False
    year = span[0]
    return year.dep_ in ("nummod", "compound", "amod", "nmod") and year.head.i > year.i and \
        year.head.pos_ in ("NOUN", "PROPN")


def as_of(span: Any) -> bool:
    """Whether the date is written after "as of" ("as of 2006"): a standing up to that date."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "as"


def _tally_as_of(span: Any, trigger: Any) -> bool:
    """``as of 2006 he has made 1,200 guitars``: a perfect at an "as of" date is a running total up
    to that date, not a happening of it (nor are the clauses that go with it)."""
    return as_of(span) and trigger.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in trigger.children)


def states_a_figure(span: Any, trigger: Any, lemma: str | None) -> bool:
    """``the population was 5,000 in 2001``, ``as of 2010 it had 30 members``: a state measured at a
    date, with ``be`` or ``have`` (no event noun found for them) as the only word to name it."""
    if lemma not in _STATE_VERBS or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if as_of(span):
        return True  # "as of 2010": the date of a state by its form
    inside = range(span.start, span.end)
    return any(child.dep_ in ("attr", "dobj", "acomp") and _is_figure(child, inside) for child in trigger.children)


def _is_figure(noun: Any, inside: range) -> bool:
    """A number or a count: ``5,000``, ``18% outbound lumber``, ``721,635 members``, ``a population of
    5,000`` (not ``a million seller hit``: a number before a singular noun is part of a description)."""
    def number(t: Any) -> bool:
        return t.i not in inside and (t.like_num or t.ent_type_ == "CARDINAL")
    if names_a_happening(noun):
        return False  # "had 14 other fights in 1973": happenings counted
    if number(noun) or any(t.i not in inside and t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") for t in noun.subtree):
        return True
    if any(c.dep_ == "npadvmod" and number(c) for c in noun.children):
        return True  # "was 3,000 strong"
    if noun.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("nummod", "quantmod") and number(c) for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and number(g) for g in c.children)
               for c in noun.children)


def _name_head(year: Any) -> Any | None:
    """The head of the capitalised name a bare year is part of (``the Water Act 2000``, ``Euro 2004``,
    ``the 2008 Olympics``, ``the Kerrang! Awards 2007``), or None when the year stands alone."""
    doc = year.doc
    before = doc[year.i - 1] if year.i > year.sent.start else None
    after = doc[year.i + 1] if year.i + 1 < year.sent.end else None
    named_before = before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and \
        before.ent_type_ not in ("DATE", "TIME") and before.i > year.sent.start
    named_after = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and \
        before is not None and before.tag_ in ("DT", "PRP$", "POS")
    if not (named_before or named_after):
        return None
    name = {t.i for t in (before, after) if t is not None and t.pos_ == "PROPN"}
    if year.head.i in name:
        head = year.head
    elif any(t.head.i == year.i for t in (before, after) if t is not None and t.i in name):
        head = year
    elif named_after and year.head.pos_ == "PROPN" and year.i < year.head.i <= year.i + 4 and after.head.i in (
            year.head.i, after.i):
        head = year.head  # "the 1992 World Cup": year and "World" both hang from "Cup"
    elif named_after and year.head.pos_ in ("PROPN", "NOUN") and year.i + 1 < year.head.i <= year.i + 8 and all(
            (t.dep_ in ("compound", "flat", "amod", "nmod") and t.pos_ in ("PROPN", "NOUN")) or t.text in ("–", "-")
            for t in doc[year.i + 1:year.head.i]):
        head = year.head  # "the 2007 Tarsk Falcons football team": a named team, its season's year
    else:
        return None
    for _ in range(8):
        if head.dep_ in _NAME_LINKS and head.head.i != head.i and head.head.pos_ in ("PROPN", "NUM"):
            head = head.head
        else:
            break
    return head


def _year_of_a_name(span: Any, trigger: Any) -> bool:
    """A year inside or right after a name dates the name's thing, not what the sentence says of it:
    ``the Water Act 2000 changed the rules`` is no event of 2000; ``the 2008 Olympics were held`` and
    ``she won gold at the 2008 Olympics`` are (the thing happening, or something done at it)."""
    if len(span) != 1 or not re.fullmatch(r"\d{4}", span.text):
        return False
    head = _name_head(span[0])
    if head is None or head.i == trigger.i:
        return False
    last = max((t for t in head.subtree if t.pos_ in ("PROPN", "NOUN")), key=lambda t: t.i, default=head)
    words = {head.lower_, last.lower_} | {c.lower_ for c in head.children if c.dep_ == "appos"}  # "Tarvia–Lusk … Pact"
    makes = trigger.lower_.startswith(_MAKING_STEMS)
    if words & _DOCUMENT_HEADS:
        # A law or report: only its making dates it ("passed the Water Act 2000").
        return not (makes and head.head.i == trigger.i and head.dep_ in ("nsubj", "nsubjpass", "dobj"))
    if head.head.i == trigger.i and head.dep_ in ("nsubj", "nsubjpass"):
        return not makes  # "the 2008 Olympics cost …" describes it; "were held" tells it
    head = first_conjunct(head)  # "for the 1992 World Cup and Euro 1996": the list shares its preposition
    if head.dep_ == "pobj" and head.head.lower_ in _OTHER_TIME_PREPOSITIONS:
        return True
    return False


def _yearly_custom(span: Any, trigger: Any) -> bool:
    """``the service is held each year on 11 November``: a day or month without a year in a sentence
    telling a custom (a yearly word, or a custom verb in the present) recurs; it is no date of the story."""
    if re.search(r"\d{3,4}", span.text) or not _DAY_OR_MONTH.search(span.text):
        return False
    if _YEARLY.search(span.sent.text):
        return True
    present = trigger.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in trigger.children)
    return present and trigger.lower_.startswith(_CUSTOM_STEMS)


# Participles that give a thing its destination or use: "weapons destined for Lusk", "funds earmarked for".
_PURPOSE_PARTICIPLES = {"destined", "earmarked", "intended", "meant", "bound", "headed", "reserved", "designated"}


def _a_purpose(trigger: Any) -> bool:
    """``weapons destined for Lusk in March``: a participle that tells what a thing was for describes the
    thing's purpose; nothing happened at the date (the seizing, the shipping is another verb's row)."""
    return trigger.lower_ in _PURPOSE_PARTICIPLES and trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod") and \
        trigger.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in trigger.children)
