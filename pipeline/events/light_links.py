"""Light links whose happening is another word of the same clause (issue "when and what", item 5).

History leads tell a dated happening with a verb that only links to it: "succeeded in capturing the
fort" is a capturing, "was dissolved and ceased to exist" a dissolving, "Colonization efforts began in
1585" a colonization, "In 1929 the war resulted in the rise of the party" a rise, "the turn could have
been made" a turn; so too "culminated with the drafting", "coincided with his agreement", "engaged in a
series of wars", "has suffered from a rash of kidnappings", "the period was marked by an arrangement", "the
period of rule …, lasting from 1858 to 1947", "was forced to surrender", "Major construction began", and a
date before a described subject ("In 1821 the sultan, reduced in power, was forced to surrender").
:func:`linked_happening` gives the word that names the happening;
:mod:`pipeline.events.happening_words` hands the row to it. ("managed to break through" and "issued
their warning" keep the verb's token, as TimeML's news events do, and name the happening in the row's
trigger only: :mod:`pipeline.events.phrase_triggers`.)
"""

from __future__ import annotations

from typing import Any

from pipeline.events.aspect_links import aspect_happening
from pipeline.events.causal_links import causal_happening
from pipeline.events.event_nouns import parse_lemma, happening_after_of, names_a_happening
from pipeline.events.founding_words import year_of_happening
from pipeline.events.going_on import happening_of_a_series
from pipeline.events.period_lasting import period_happening
from pipeline.events.stand_ins import tried_happening
from pipeline.events.stretch_links import stretch_happening
from pipeline.events.taken_place import relative_happening
from pipeline.events.tree import of_objects
from pipeline.lexicon.happenings import SPELL_NOUNS
from pipeline.lexicon.light_verb_forms import ASPECT_VERBS

# Verbs that tell only that their subject met or ended in a happening named after the preposition:
# "the war culminated with the drafting of the Charter", "his order coincided with his agreement",
# "the Orm engaged in a series of wars". The happening is that noun's.
_MEETING_VERBS = {"culminate": "with", "coincide": "with", "engage": "in",
                  "suffer": "from"}  # "has suffered from a rash of kidnappings": the kidnappings
# Nouns for a stretch of time that a happening fills: "the period of rule …, lasting from 1858 to 1947".
_STRETCH_NOUNS = {"period", "era", "age", "epoch", "time", "phase", "reign"}


def linked_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The word naming the happening that ``verb`` (lemma ``lemma``) only links to, or None."""
    inside = range(span.start, span.end)
    children = list(verb.children)
    if (aspect := aspect_happening(verb, lemma, span)) is not None:
        # "declined beginning in the 1970s", "efforts were made to …": pipeline.events.aspect_links; "the
        # wars took place …, beginning in 54 BC": the wars (pipeline.events.taken_place)
        return (relative_happening(aspect, inside) if aspect.pos_ == "VERB" else None) or aspect
    if (caused := causal_happening(verb, lemma, span)) is not None:
        return caused  # "his conquest gave Tarvia the upper hand in 1415": pipeline.events.causal_links
    if (met := _met_happening(verb, lemma, inside)) is not None:
        return met
    if (lasted := _what_lasted(verb, lemma, inside) or period_happening(verb)) is not None:
        return lasted  # "the war, lasting from 1939 to 1945"; "a period of division … that lasted" (period_lasting)
    if (stretched := stretch_happening(verb, lemma, span)) is not None:
        return stretched  # "the Orm War, which lasted from 1756 to 1763": pipeline.events.stretch_links
    if (year_of := year_of_happening(verb, span)) is not None:
        return year_of  # "marks c. 1400 as the founding year of the sultanate": the founding
    if (forced := _forced_to(verb, lemma)) is not None:
        return forced  # "the sultan was forced to surrender in 1821": the surrender
    if (back := _traced_back(verb, lemma, inside)) is not None:
        return back  # "It dates back to the Christianization of Tarsk in 330": the Christianization
    if (verdict := _verdict_on(verb)) is not None:
        return verdict  # "was found guilty of driving drunk twice from 1991 to 1997": the findings of guilt
    if (taken := relative_happening(verb, inside)) is not None:
        return taken  # "the unification of Orm, which took place between 1859 and 1870": pipeline.events.taken_place
    if (described := _described_subject(verb, span)) is not None:
        return described
    if lemma == "make":
        # "The turn could have been made in early 1939": the turn ("took a turn" keeps take: TimeML's event).
        return next((c for c in children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ == "turn" and
                     c.i not in inside), None)
    if lemma == "succeed":
        # "succeeded in capturing the fort"; "succeeded his father in 1920" (a succession) has no "in" gerund.
        return next((g for p in children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and g.i not in inside), None)
    if lemma in ("cease", "exist"):
        return _ended_by(verb, lemma)
    if lemma in ("begin", "start", "commence") and (work := _bare_work(verb, inside)) is not None:
        return work  # "Major construction on the city began in the 11th century": the construction
    if lemma in ASPECT_VERBS:  # a subject that is a trying: the happening tried
        # "Colonization efforts began in the late 16th century": the colonization tried, not its start.
        return next((t for c in children if c.dep_ == "nsubj" and c.i not in inside
                     if (t := tried_happening(c, span)) is not None), None)
    if lemma == "result" and span.end <= verb.i:
        # "In 1929, the war resulted in the rise of the party": a date fronted before the subject is the
        # outcome's (a date between them, "the war of 1929 resulted in …", is the subject's: the verb's rule).
        if not all(span.end <= c.i for c in children if c.dep_ == "nsubj"):
            return None
        return next((g for p in children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in inside and names_a_happening(g)), None)
    return None


def _met_happening(verb: Any, lemma: str, inside: range) -> Any | None:
    """"culminated with the drafting of the Charter on 28 September", "engaged in a series of wars", and
    in the passive "the period … was marked by a stable arrangement": the happening after the verb's
    preposition (the agent's, for "marked by"); None when that noun names no happening."""
    if lemma == "mark":
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "marked the end of the war": the consequence rule's
        word, deps = "by", ("agent",)
    elif lemma in _MEETING_VERBS:
        word, deps = _MEETING_VERBS[lemma], ("prep",)
    else:
        return None
    for prep in verb.children:
        if prep.dep_ in deps and prep.lower_ == word:
            for obj in prep.children:
                obj = happening_of_a_series(obj) if obj.dep_ == "pobj" else obj
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.i not in inside and \
                        obj.ent_type_ not in ("DATE", "TIME") and names_a_happening(obj):
                    return obj
    return None


def _what_lasted(verb: Any, lemma: str, inside: range) -> Any | None:
    """"The Raj was the period of rule of the Crown, lasting from 1858 to 1947", "the war, lasting from
    1939 to 1945": a participle of lasting describes the noun it hangs from; the happening is that noun,
    or the happening a stretch of time is "of"."""
    if lemma != "last" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    fronted = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None) \
        if verb.dep_ == "advcl" and verb.i < noun.i and verb.doc[verb.right_edge.i + 1].text == "," else None
    if fronted is not None:
        noun = fronted  # "Lasting from 1870 to 1871, the conflict was caused by …": the fronted aside is the subject's
    elif verb.dep_ == "advcl" and verb.i > 1 and verb.doc[verb.i - 1].text == ",":
        # "The war, lasting from 1939 to 1945, was long": the parser hangs the aside on the clause's verb.
        noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == verb.i - 2), None)
    elif verb.dep_ != "acl":
        return None
    if noun is None or noun.pos_ != "NOUN" or noun.i in inside or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.lower_ in _STRETCH_NOUNS:
        return happening_after_of(noun) or next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                                 for g in p.children if g.dep_ == "pobj" and g.lower_ in SPELL_NOUNS),
                                                None)
    return noun if names_a_happening(noun) else None


def _bare_work(verb: Any, inside: range) -> Any | None:
    """"Construction of the cathedral began in 1220", "major restoration began in 1870": a bare mass noun
    of work as the subject (no article or owner) names the work done then; "the siege began", "its rise
    began" keep begin (a happening's start, TimeML's event). A work with its "of" object is one too, article
    or not: "the systematic burial of waste only began in the 1940s", "the development of which started in
    1969" (the burial, the development)."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NN" and
                 c.i < verb.i and c.i not in inside and c.lower_.endswith(("tion", "ment", "ing", "ial", "val")) and
                 # (with what the work was done on, "the burial of waste", an article or owner is no matter)
                 (of_objects(c) or not any(g.dep_ in ("det", "poss", "nummod") for g in c.children)) and
                 names_a_happening(c)), None)


_VERDICT_FORMS = {"found", "find", "finds", "declared", "pronounced", "judged", "adjudged"}
VERDICT_WORDS = {"guilty", "innocent", "liable", "responsible"}


def _verdict_on(verb: Any) -> Any | None:
    """"Orm was found guilty of driving drunk from 1991 to 1997": the date is the verdicts' (a court
    finds guilt, the deed it finds is told only as the charge); the verb of finding, or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.lower_ not in VERDICT_WORDS:
        return None
    finding = prep.head.head
    if prep.head.dep_ not in ("oprd", "acomp") or finding.lower_ not in _VERDICT_FORMS:
        return None
    return finding


# Verbs that with "back" tell only how old a thing is: "dates back to", "goes back to", "traces back to".
_BACK_VERBS = {"date", "go", "trace", "reach", "stretch"}


def traced_back_name(verb: Any, lemma: str) -> str | None:
    """"It dates back to the Christianization of Tarsk in 330", where the tagger made the noun a proper
    one: the row keeps the verb's token (a proper noun's row reads as a name to the row filters) and
    :mod:`pipeline.events.phrase_triggers` writes the noun as its trigger; None otherwise."""
    if verb.pos_ != "VERB":
        return None
    found = _traced_back(verb, lemma, range(0), proper=True)
    return found.lower_ if found is not None and found.pos_ == "PROPN" else None


def _traced_back(verb: Any, lemma: str, inside: range, proper: bool = False) -> Any | None:
    """"It dates back to the Christianization of Tarsk in 330": the happening after "to"; "the use of the
    word goes back to the early 17th century": the happening that is the subject; None when neither
    names a happening (the row keeps its verb)."""
    back = next((c for c in verb.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")), None)
    if lemma not in _BACK_VERBS or back is None:
        return None
    # (the parser hangs "to" on the verb or on "back")
    for prep in [*verb.children, *back.children]:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i not in inside and _names_a_deed(obj, proper):
                    return obj
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside and (
        _names_a_deed(c) or (c.lower_ in _USE_NOUNS and any(p.lower_ == "of" for p in c.children)))), None)


# Nouns of a custom whose "of" names what is done ("the use of the word", "the worship of Orm"): a happening
# that goes on, as old as the date says.
_USE_NOUNS = {"use", "usage", "practice", "worship", "veneration", "mention", "cult"}


def _names_a_deed(noun: Any, proper: bool = False) -> bool:
    """A noun naming a happening; with ``proper``, a capitalised one too ("the Christianization of Tarsk",
    tagged a proper noun) by its ending."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return False
    if noun.pos_ == "NOUN":
        return names_a_happening(noun)
    return proper and noun.pos_ == "PROPN" and noun.lower_.endswith(("ization", "isation"))  # whatever its tag


def _forced_to(verb: Any, lemma: str) -> Any | None:
    """"was forced to surrender", "were compelled to withdraw": what the subject was made to do is the
    happening (the forcing is told by no one)."""
    if lemma not in ("force", "compel", "oblige") or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _described_subject(verb: Any, span: Any) -> Any | None:
    """"In 1821 the last sultan, greatly reduced in power, was forced to surrender": a past participle
    between commas describes the subject; a date that opens the sentence before it (which the parser
    hangs on the participle) is the main verb's."""
    head = verb.head
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or not verb.i < head.i or \
            any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in verb.children):
        return None
    own = [t for t in verb.subtree if not span.start <= t.i <= span.end and t.dep_ != "nsubj" and not (
        t.dep_ == "prep" and t.i < span.start) and not any(s.dep_ == "nsubj" and t.i in {x.i for x in s.subtree}
                                                            for s in verb.children)]
    if not own or span.end > own[0].i:
        return None
    first, last = own[0].i, max(t.i for t in own)
    if doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != "," or last + 2 > head.i:
        return None
    return _forced_to(head, parse_lemma(head)) or head


def _ended_by(verb: Any, lemma: str) -> Any | None:
    """"The Union was dissolved and ceased to exist in 1991": the verb the ceasing to exist is
    coordinated with tells how it ended; None when it stands alone (the row is "cease to exist")."""
    cease = verb.head if lemma == "exist" and verb.dep_ == "xcomp" else verb
    if parse_lemma(cease) != "cease" or not any(c.dep_ == "xcomp" and parse_lemma(c) == "exist" for c in cease.children):
        return None
    if cease.dep_ == "conj" and cease.head.pos_ == "VERB" and cease.head.i < cease.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in cease.children):
        return cease.head
    return None


def ceases_to_exist(verb: Any) -> bool:
    """Whether ``verb`` is the "exist" of "ceased to exist" or the "ceased" that takes it."""
    if parse_lemma(verb) == "exist":
        return verb.dep_ == "xcomp" and parse_lemma(verb.head) == "cease"
    return parse_lemma(verb) == "cease" and any(c.dep_ == "xcomp" and parse_lemma(c) == "exist" for c in verb.children)


def linking_verb(verb: Any) -> Any | None:
    """The verb of "succeeded in" whose row ``verb`` took (:func:`linked_happening`), or None."""
    head = verb.head
    if verb.dep_ in ("pcomp", "pobj") and head.lower_ == "in" and head.head.pos_ == "VERB" and \
            parse_lemma(head.head) == "succeed":
        return head.head
    return None


def met_happening(verb: Any) -> Any | None:
    """The happening a verb of meeting hands its row to, whatever the date ("has suffered from a rash of
    kidnappings", "engaged in a series of raids"): a news report's rows dated by the report skip the verb
    when the noun has a row of its own (:mod:`pipeline.events.document_dated`)."""
    return _met_happening(verb, parse_lemma(verb), range(0)) if verb.pos_ == "VERB" else None
