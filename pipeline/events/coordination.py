"""Verbs that share a date with the trigger: one row per dated happening.

``On 2 May the army captured Tarsk and burned the mill`` gives capture and burn; a participle after
the trigger (``invaded Poland, starting the war``) and a when/as/while clause happen at its time too.
A conjunct with a subject, a date or a time word of its own tells another time, and a year or a month
after the first verb is that verb's alone (``was founded in 1865 and was dedicated to teaching``).
:func:`coordinated` takes spaCy tokens; the ``events`` stage turns each verb into a row.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import CONSEQUENCE_VERBS, ENABLING_FORMS, LIGHT_VERBS, parse_lemma, is_event_noun
from pipeline.events.date_hops import reported_aside
from pipeline.events.light_links import linking_verb
from pipeline.events.date_owners import scene_of
from pipeline.lexicon.non_party_names import ERA_ABBREVIATIONS

# A conjunct that says it happened at another time than the shared date ("captured Tarsk on 2 May and
# later burned the mill").
_OWN_TIME_ADVERBS = {"later", "then", "afterwards", "afterward", "subsequently", "eventually", "finally", "soon",
                     "thereafter", "again", "meanwhile", "previously", "earlier", "once", "still", "already", "now"}


def coordinated(trigger: Any, span: Any, by_the_day: bool = True) -> list[Any]:
    """Verbs coordinated with a verb trigger that share its date: "On 2 May the army captured Tarsk and
    burned the mill" → burned. Only conjuncts after both the trigger and the date (a date at the end,
    "captured Tarsk and burned the mill on 2 May", belongs to the last verb alone), and none with a
    time of its own (a date or time word in its clause, "later", "then", "after …") or a subject of
    its own (a new clause): in doubt, one row. ``by_the_day``: the date names a day or a time of one."""
    if trigger.pos_ not in ("VERB", "AUX"):  # "was back in Tarsk in 1847 and opened a school": the copula's too
        # "The rail crash occurred at 6:30 pm, crushing five coaches": the light verb the event noun
        # replaced still holds the clauses that share its date.
        head = trigger.head
        if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or head.pos_ != "VERB" or \
                parse_lemma(head) not in LIGHT_VERBS:
            return []
        trigger = head
    out = []
    # Also the clauses that happen at the trigger's time by their form: a participle after it
    # ("arrived in Washington, seeking to mediate") and a "when"/"as"/"while" clause ("yesterday when
    # reporters asked"). A participle of consequence ("withdrew its funding in 1939, leading to the
    # closure") tells what followed, at a time the sentence does not give.
    together = [c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB" and (
        (c.tag_ == "VBG" and not any(g.dep_ == "mark" for g in c.children) and c.lower_ not in _PREPOSITION_LIKE
         and parse_lemma(c) not in CONSEQUENCE_VERBS and c.lower_ not in ENABLING_FORMS and c.lower_ not in _GOING_ON) or
        c.doc[c.left_edge.i].lower_ in ("when", "as", "while")) and not reported_aside(trigger, c) and not scene_of(c)]
    # A conjunct shares the date when the date opens the clause ("On 2 May the army captured Tarsk and
    # burned the mill") or names the day ("paid tribute on Tuesday and promised to …"); a year or a
    # month after the first verb is that verb's ("was released in 2002 to mixed reviews and achieved
    # sales of …", "was founded in 1865 and was dedicated to teaching"), and so is an end ("had lasted
    # till 13:00, and four were killed").
    fronted = span.end <= trigger.i
    # "In June 1998 the leaders fell out, and Holm was arrested": a date that opens the sentence sets the
    # time of every clause joined by "and" (unless one names a time of its own).
    opens = fronted and span.sent.start in (span.start, span.root.head.i if span.root.dep_ == "pobj" else span.start)
    an_end = span.root.head.lower_ in ("until", "till", "by", "since") and span.root.dep_ == "pobj"
    conjuncts = [c for c in trigger.conjuncts if fronted or (by_the_day and not an_end)]
    for conj in sorted([*conjuncts, *together], key=lambda t: t.i):
        if conj.pos_ != "VERB" or conj.i <= trigger.i or conj.i < span.end:
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in trigger.doc[span.end:conj.left_edge.i]):
            break  # another date comes first ("in early 1939, marked by a speech in March 1939, when he warned")
        if conj.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) and not (
                opens and conj.doc[conj.left_edge.i - 1].lower_ == "and"):
            continue  # a clause of its own ("filed a lawsuit in 2001, and it has long since believed")
        if trigger.pos_ == "AUX" and conj.doc[conj.i - 1].lower_ not in ("and", "but", ",", "or") and \
                conj.doc[conj.i - 1].pos_ != "ADV":
            continue  # a copula's list the parser ends in a "verb" ("was 18% lumber … and 2% inbound coal")
        if not _has_own_time(conj, trigger):
            out.append(conj)
    # "four people were killed in an explosion on Friday": the happening people died or were hurt in
    # is of that time too (a noun the date hangs from is the trigger already).
    if trigger.lower_.startswith(_HARM_STEMS):
        out += [obj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ in ("in", "by")
                for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_event_noun(obj)
                and not span.start <= obj.i < span.end]
    # "73 soldiers were killed when two helicopters crashed last February": the clause the when-clause
    # (holding the date) is the time of.
    head = trigger.head
    if trigger.dep_ == "advcl" and head.pos_ == "VERB" and trigger.doc[trigger.left_edge.i].lower_ in (
            "when", "as", "while") and not _has_own_time(head, trigger) and not span.start <= head.i < span.end:
        out.append(head)
    # "Troops managed to break through the line, and Finland sought an armistice": the verb a light link
    # handed the row to (pipeline.events.light_links) leaves the link's own conjuncts sharing the date.
    link = linking_verb(trigger)
    if link is not None:
        out += [c for c in coordinated(link, span, by_the_day) if c.i != trigger.i and c not in out]
    return out


# Participles that work as prepositions: "established in 1920 following the reunification", "including".
_PREPOSITION_LIKE = {"following", "including", "regarding", "concerning", "according", "excluding",
                     "pending", "considering", "notwithstanding", "preceding", "succeeding"}


# "became a star in the 1960s, remaining a public figure for the rest of her life": a participle of a state
# going on tells what lasted after the date, no happening of it.
_GOING_ON = {"remaining", "staying", "continuing", "living", "residing", "retaining"}


# Verbs of dying and harm (stems, the lemmatizer is off here): "killed in the blast" names the blast.
_HARM_STEMS = ("kill", "die", "wound", "injur", "hurt", "maim")


def _has_own_time(verb: Any, other: Any) -> bool:
    """Whether a verb's own clause (not its conjuncts, not ``other``'s clause) names a time."""
    own = [t for c in verb.children if c.dep_ not in ("conj", "cc") and c.i != other.i for t in c.subtree]
    # A year inside a name counts too ("won the gold medal at the 1971 Games": the name's entity hides it).
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _OWN_TIME_ADVERBS or t.lower_ in _OWN_TIME_LINKS
               or _a_year(t.text) or t.text in ERA_ABBREVIATIONS for t in own)  # "ending around 250 BCE": no entity


def _a_year(word: str) -> bool:
    """"1971", and a span written as one token ("World War I (1914–1918)"): a year of the clause's own."""
    return len(word) >= 4 and word[:4].isdigit() and 1000 <= int(word[:4]) < 2100 and \
        (len(word) == 4 or word[4] in "–—-/")


# Words that place a clause at a time of its own relative to another happening ("and after her
# divorce they married", "until his death").
# "and as a result the office was ordered to close": what followed, not what happened then.
_OWN_TIME_LINKS = {"after", "before", "since", "until", "till", "following", "upon", "result", "consequence",
                   "consequently"}
