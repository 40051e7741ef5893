"""Dates of how things stood, not of something that happened: an extent, a count, a share, a history.

History leads measure a thing at a date as often as they tell what happened then: ``at its height in
1450 the empire covered 2 million km²``, ``the population was estimated at 4 million in 1800``, ``the
region represented 30% of the output in 1850``, ``its history can be traced to 9000 BC``, ``the
history of Orm extends back to 3000 BC``. The verb is no happening of the date (nothing covered,
estimated or traced anything then), so the events stage writes no row for it; the judged audits
count such rows as "no happening". Each check asks for its whole shape (the verb and the words
that make it a measure or a record), so a verb of the same form that tells a happening keeps its
row (``at the height of the war in 1943 the army invaded Lusk``, ``the population grew to 4 million``).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.existences import no_existence_happening
from pipeline.events.extents import no_extent_happening
from pipeline.events.filters import as_of, states_a_figure
from pipeline.events.told_standings import no_told_standing
from pipeline.events.happening_words import names_a_happening
from pipeline.lexicon.happenings import STATES_NOT_HAPPENINGS
from pipeline.lexicon.stems import singulars

# Nouns of a peak: "at its height", "at the apex of its power", "in its heyday", "at its greatest extent".
_PEAK_NOUNS = {"height", "peak", "apex", "zenith", "apogee", "heyday", "pinnacle", "extent", "maximum", "acme",
               "high", "culmination"}
# Verbs that measure or hold rather than act: what a thing covered, had or ruled at its peak.
_HOLDING_VERBS = {"be", "have", "cover", "span", "stretch", "extend", "encompass", "include", "comprise", "number",
                  "total", "contain", "control", "rule", "boast", "employ", "house", "occupy", "count", "hold",
                  "possess", "govern", "command", "dominate", "measure", "exceed", "embrace", "reach", "account",
                  "represent", "produce", "field", "host", "support", "maintain"}
# Verbs that put a figure on something: "was estimated at 4 million", "numbered 20,000", "stood at 5%".
_COUNTING_VERBS = {"estimate", "number", "total", "count", "calculate", "reckon", "put", "stand", "tally",
                   "measure", "amount", "figure", "approximate"}
# Verbs of a share: "represented 30% of the output", "accounted for a third of exports", "made up half".
_SHARE_VERBS = {"represent", "account", "make", "constitute", "comprise", "form"}
_SHARE_WORDS = {"%", "percent", "per", "share", "proportion", "fraction", "majority", "minority", "half", "third",
                "quarter", "fifth", "tenth", "bulk", "most"}
# Counts that measure a figure at their date: "at the 2020 census", "in the 1990 survey".
_COUNT_NOUNS = {"census", "survey", "poll", "count", "estimate", "tally"}
_FIGURE_ENTS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
# What a record of the past is: "its history can be traced to", "the origins of the town go back to".
_RECORD_NOUNS = {"history", "origin", "root", "ancestry", "lineage", "record", "evidence", "mention", "reference",
                 "trace", "presence", "habitation", "heritage", "tradition", "existence", "beginning", "antiquity"}
# Verbs that reach back in time from a record: "dates back to", "extends back to", "can be traced to".
_REACHING_VERBS = {"date", "extend", "go", "stretch", "reach", "trace"}
# Verbs by which a record shows something: "history reveals", "records show", "evidence suggests".
_SHOWING_VERBS = {"reveal", "show", "suggest", "indicate", "attest", "confirm", "document", "record", "tell"}


def no_standing_happening(span: Any, trigger: Any, lemma: str | None) -> str | None:
    """Why the date ``span`` dates a standing, not a happening ("extent", "figure", "share", "record",
    "thing", "description"), or None. ``trigger`` is the word the events stage chose, ``lemma`` its lemma."""
    if trigger is None or lemma is None:
        return None
    if (extent := no_extent_happening(span, trigger, lemma)) is not None:
        return extent  # "by 1920 it covered 3.5 million km2", "the Middle Ages lasted from …" (pipeline.events.extents)
    if (existence := no_existence_happening(span, trigger, lemma)) is not None:
        return existence  # "Tarvia was an empire which existed from 1636 to 1912" (pipeline.events.existences)
    if (told := no_told_standing(span, trigger, lemma)) is not None:
        return told  # "were referred to as", "reported a membership of 9.2 million" (pipeline.events.told_standings)
    if trigger.pos_ == "NOUN" and not singulars(trigger.lower_).isdisjoint(STATES_NOT_HAPPENINGS):
        return "figure"  # "with a population of 3.7 million in 2023": the noun names a standing
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and not singulars(trigger.lower_).isdisjoint(_COUNT_NOUNS):
        # "a population of 585,708 at the 2020 census", "as of the 2011 census it is the third largest": the
        # count is when a figure was measured; the sentence tells the figure ("the 1897 census found" stays).
        return "figure"
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if _fronted_description(span, trigger):
        return "description"  # "One of the biggest stars of the 1960s, Holm has been honoured …"
    if as_of(span) and (lemma in ("be", "have") or any(c.dep_ == "auxpass" for c in trigger.children)):
        return "figure"  # "as of 1996, over 4,000 institutes were affiliated with it": a standing measured then
    if lemma in ("be", "have") and states_a_figure(span, trigger, lemma):
        return "figure"  # "… and County Dublin had a population of 1,501,500" (a verb joined to the dated one)
    if lemma in ("be", "have") and _at_a_count(span):
        return "figure"  # "It has a total population of 13,866,009 inhabitants at the 2020 census"
    if _ranked_by_a_figure(trigger):
        return "figure"  # "had a population of 506,520 in 2020, making it the second-most-populous city"
    if lemma in _HOLDING_VERBS and lemma not in ("hold", "host") and _a_things_year(span, trigger):
        return "thing"  # "his 1667 epic poem included 12 books": the year is the poem's
    if lemma in _HOLDING_VERBS and _at_a_peak(trigger, span):
        return "extent"  # "at its height in 1450 the empire covered 2 million km²"
    if lemma in _COUNTING_VERBS and _puts_a_figure(trigger, span):
        return "figure"  # "the population was estimated at 4 million in 1800"
    if lemma in _SHARE_VERBS and _takes_a_share(trigger, span):
        return "share"  # "the region represented 30% of the output"
    if lemma in _REACHING_VERBS and _reaches_back(trigger, lemma):
        return "record"  # "its history can be traced to 9000 BC", "the history of Orm extends back to 3000 BC"
    if lemma in _SHOWING_VERBS and any(_a_record(s) for s in _subjects(trigger)):
        return "record"  # "history reveals that …", "records show …"
    return None


def _a_things_year(span: Any, verb: Any) -> bool:
    """A year before the noun of the verb's subject ("His 1667 epic poem … included"): the thing's year
    (its making), not the time of what the sentence says it holds. A happening subject ("a 1338
    treaty confirmed") is dated by it, and stays."""
    root = span.root
    if any(c.dep_ == "auxpass" for c in verb.children) or \
            root.dep_ not in ("nummod", "compound", "amod", "nmod") or root.head.i <= root.i:
        return False
    noun = root.head
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    while verb.dep_ == "conj" and not _subjects(verb) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "… was written in blank verse and included 12 books": the first verb's subject
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and noun.pos_ in ("NOUN", "PROPN") and \
        not names_a_happening(noun)


def _fronted_description(span: Any, verb: Any) -> bool:
    """A verbless noun phrase before the subject, set off by a comma, that says what the subject was
    ("One of the biggest stars of the 1960s, Holm has been honoured", "A veteran of the 1940 campaign,
    he led"): its date is the description's, no time of the verb. A happening heading the phrase ("The
    siege of 1565, a turning point, …") or the date itself fronted ("Early in 1943, …") stays."""
    doc = span.doc
    tok = span.root
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i != verb.i or span.start <= tok.i < span.end or tok.i > verb.i:
        return False
    if tok.dep_ not in ("npadvmod", "advcl", "appos", "dep", "nsubj", "nsubjpass") or \
            tok.pos_ not in ("NOUN", "NUM", "PROPN") or \
            names_a_happening(tok) or tok.ent_type_ in ("DATE", "TIME"):
        return False
    if any(t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD") for t in tok.subtree):
        return False  # "Elected archon in 493 BC, he …": a participle tells a happening of the date
    after = tok.right_edge.i + 1
    # (The parser may take the phrase for a second subject: "One of …, Holm has been honoured".)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    return after < len(doc) and doc[after].text == "," and bool(subjects) and all(s.i > after for s in subjects) \
        and tok.left_edge.i == verb.sent.start


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _at_a_peak(verb: Any, span: Any) -> bool:
    """A peak phrase on the verb ("at its height", "in its heyday") or one the date hangs in ("at its
    apex around 1100"). Not the peak of a happening ("at the height of the war"): the war is the time."""
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    phrases += [t for t in span.root.ancestors if t.dep_ == "prep" and t.i < verb.i]
    for prep in phrases:
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in _PEAK_NOUNS:
                continue
            of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            if not any(names_a_happening(g) for g in of):
                return True
    return False


def _a_figure(tok: Any, inside: range) -> bool:
    return any(t.i not in inside and (t.ent_type_ in _FIGURE_ENTS or t.like_num) for t in tok.subtree)


def _puts_a_figure(verb: Any, span: Any) -> bool:
    """A counting verb with a figure as its object, complement or "at" phrase: "was estimated at 4
    million", "numbered 20,000", "totalled £5 million", "stood at 5%". ("put" and "stand" only with
    "at": "put the town to the torch" and "stood trial" are happenings.)"""
    inside = range(span.start, span.end)
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    at = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "around", "about")
          for g in c.children if g.dep_ == "pobj"]
    if any(_a_figure(g, inside) for g in at):
        return True
    if lemma in ("put", "stand"):
        return False
    if verb.dep_ in ("acl", "amod") and verb.head.i not in inside and (
            verb.head.like_num or verb.head.ent_type_ in _FIGURE_ENTS):
        return True  # "as many as 3,500,000 estimated by the United Nations in 2008"
    return any(c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "xcomp") and _a_figure(c, inside)
               for c in verb.children)


def _takes_a_share(verb: Any, span: Any) -> bool:
    """A share of a whole: "represented 30% of the output", "accounted for a third of exports", "made up
    half of the army". "make" only with "up"; "form" only with a figure ("formed a third of")."""
    inside = range(span.start, span.end)
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        words = {t.lower_ for t in obj.subtree if t.i not in inside}
        percent = any(t.ent_type_ == "PERCENT" for t in obj.subtree if t.i not in inside)
        if percent or (words & _SHARE_WORDS and (_a_figure(obj, inside) or words & {"of"})):
            return True
    return False


def _a_record(noun: Any) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and not singulars(noun.lower_).isdisjoint(_RECORD_NOUNS)


def _reaches_back(verb: Any, lemma: str) -> bool:
    """A record reaching back: "its history can be traced to", "the origins go back to", "the history
    of Orm extends back to". A thing that dates back ("the church dates back to 1200") is a making
    told by its result, and a happening noun ("the founding dates back to") is that noun's row: only
    a record noun as the subject counts, and "trace" of any subject that names no happening."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    subjects = _subjects(verb)
    if lemma == "trace":
        return any(c.dep_ == "auxpass" for c in verb.children) and not any(names_a_happening(s) for s in subjects)
    if lemma == "date" and any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in verb.children) and \
            not any(c.dep_ == "dobj" for c in verb.children):
        # "the system dates to the French Revolution": when a thing began, told as its dating; a
        # happening subject ("the founding dates to 1200") is that noun's row, not this verb's.
        return bool(subjects) and not any(names_a_happening(s) for s in subjects)
    return back and any(_a_record(s) for s in subjects)


def _at_a_count(span: Any) -> bool:
    """The date names a count ("at the 2020 census", "in the 1990 survey"): what a state measured then."""
    head = span.root.head
    return head.i >= span.end and head.pos_ == "NOUN" and not singulars(head.lower_).isdisjoint(_COUNT_NOUNS) and \
        span.root.dep_ in ("nummod", "compound", "amod", "nmod")


def _ranked_by_a_figure(verb: Any) -> bool:
    """"had a population of 506,520 in 2020, making it the second-most-populous city", "making Minsk the 11th
    most populous city in Europe": a participle of making after a clause of being or having tells the rank
    that state gives, no happening of its date."""
    if verb.lower_ != "making" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    head = verb.head
    if (head.lemma_ or head.lower_) not in ("be", "have", "has", "had", "is", "was", "are", "were"):
        return False
    return any(c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") for c in verb.children)
