"""A happening noun right before a date the parser hung on the verb: that noun's row.

``he died within weeks of his capture on 26 March``, ``served until his death in 1961``: the date
follows the noun that names a happening, and the parser hangs it on the clause's verb. When the noun
ends the verb's time ("until") or a stretch of time runs from it ("within weeks of"), the date is the
noun's, and the noun takes the row; after "after", "before", "since" either reading is common
(``returned after the war in 1946``), and the verb keeps the date as before. Otherwise
(``spoke at a news conference on Friday``, ``processed claims from the earthquake in October``) both
happened then, and the noun gets a row of its own next to the verb's. The verb's direct object
("signed the treaty on 2 May", "condemned the invasion on 2 August") is left alone: one happening
told twice, or a thing the verb acts on, is no second row. :func:`dated_noun` takes spaCy tokens.

:func:`shared_settings` gives the happenings that share a date because one happened inside or through
the other: ``announced at a summit in July``, ``wounded in the attack on 3 May``, ``the 1996 bombing
that killed one person``, ``was found clinging to a raft on 25 November``.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.clause_dates import waited_for
from pipeline.events.date_owners import closing_noun, clauses_below, plays_a_part
from pipeline.events.stretch_links import dated_by_its_stretch
from pipeline.lexicon.theme_words import LEAVING_FORMS
from pipeline.events.happening_words import (
    CONSEQUENCE_VERBS, LIGHT_VERBS, STANDING_IN_TIME, parse_lemma, names_a_happening,
)

# Prepositions that end the verb's time at the noun: the date right after the noun is the noun's.
_ENDS_AT = {"until", "till"}
# Prepositions that put the verb before or after the noun by an unsaid stretch: "returned after the war in
# 1946" and "fled after the coup in July" read either way, so the verb keeps the date (in doubt, as before).
_RELATIVE_TIME = {"after", "before", "since", "following", "prior"}
# Nouns that recall a happening: "marked the anniversary of the invasion on Saturday" dates the marking,
# the invasion was years before (document_dated reads how many, where the sentence says).
_RECALLING = {"anniversary", "anniversaries", "commemoration", "memory", "centenary", "centennial",
              "bicentenary", "bicentennial", "jubilee"}
# The links from the verb down to the noun: prepositional phrases and "of" chains, nothing else.
_PATH_LINKS = {"prep", "pobj", "pcomp", "dobj", "conj"}


def dated_noun(trigger: Any, span: Any) -> tuple[Any, bool] | None:
    """The event noun a date right after it belongs to, when the parser hung the date on ``trigger``;
    with True when the noun replaces the verb (a preposition of time between them), False when it
    is a row of its own. None when there is no such noun."""
    if trigger.pos_ != "VERB":
        return None
    if (closing := closing_noun(span)) is not None and closing.i != trigger.i:
        return closing, True  # "ruled … up until the Lusk invasion in 1219–1221" (pipeline.events.date_owners)
    if (waited := waited_for(trigger, span)) is not None:
        return waited, True  # "kept out pending meetings with Lusk last week" (pipeline.events.clause_dates)
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == trigger.i and \
            root.head.i == span.start - 1:
        start = root.head.i  # "… of his capture | on 26 March"
    elif root.head.i == trigger.i and root.dep_ in ("npadvmod", "obl", "nmod", "tmod"):
        start = span.start  # "… at a news conference | Friday"
    else:
        return None
    if start <= trigger.i + 1:
        return None
    doc = span.doc
    nouns = [t for t in doc[trigger.i + 1:start] if t.right_edge.i == start - 1 and t.pos_ == "NOUN" and
             t.ent_type_ not in ("DATE", "TIME") and names_a_happening(t) and not _in_preposition(t)]
    for noun in nouns:  # the outermost phrase first: "the signing of the treaty" is a signing
        path = _path_up(noun, trigger)
        if path is None or (noun.dep_ == "dobj" and noun.head.i == trigger.i) or noun.head.lower_ == "under":
            continue  # the verb's own object; "a boat under construction": a state
        if any(t.lower_ in _RECALLING for t in path[1:]):
            continue  # "marked the anniversary of the invasion on Saturday": the date is the marking's
        preps = {t.lower_ for t in path if t.dep_ == "prep"}
        if "as" in preps:
            continue  # "served as editor of the publication from 1988": the noun is in the post held, no happening
        if "from" in preps and trigger.lower_ in LEAVING_FORMS:
            continue  # "withdrew from negotiations on 7 November": what is left, the date the withdrawal's
        if preps & _RELATIVE_TIME:
            # "returned in 1925 after the invasion of Lusk in 1924": the verb has a date of its own, so
            # the second date is the noun's; without one ("returned after the war in 1946"), in doubt,
            # the verb keeps it.
            if _a_point(span) and _other_date(trigger, path[-1], range(span.start, span.end)):
                return noun, True
            return None
        # "served until his death in 1961" (the verb's end is the noun's date), "died within weeks of
        # his capture on 26 March" (a stretch of time from the noun): the date is the noun's alone.
        ends = bool(preps & _ENDS_AT) or any(t.ent_type_ in ("DATE", "TIME") for t in path if t.pos_ == "NOUN") \
            or _perfect_before(trigger, span)
        if any(c.dep_ == "nummod" for c in noun.children) and not ends:
            continue  # "made 15 appearances in 2003": a tally of the year, no one happening of it
        return noun, ends
    return None


# Nouns of a preposition of several words ("in connection with the bombings", "on behalf of"): no happening.
_PREPOSITION_NOUNS = {"connection", "relation", "regard", "respect", "addition", "accordance", "behalf", "view",
                      "spite", "lieu", "terms", "conjunction", "comparison"}


def _in_preposition(noun: Any) -> bool:
    return noun.lower_ in _PREPOSITION_NOUNS and noun.head.lower_ in ("in", "on", "with")


# Times that reach up to the present, which a present perfect may take ("has risen this year").
_UP_TO_NOW = {"this", "past", "recent", "recently", "lately", "far", "since", "now", "today", "current"}


def _perfect_before(trigger: Any, span: Any) -> bool:
    """A verb in the present perfect cannot take a time wholly past: "another man has been arrested in
    connection with the bombings … last year" tells when the bombings were, not the arrest (the perfect
    says the arrest is recent). Times that reach up to now are the verb's ("has risen this year")."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in trigger.children)
    return perfect and trigger.tag_ == "VBN" and not any(t.lower_ in _UP_TO_NOW for t in span)


def _path_up(noun: Any, trigger: Any) -> list[Any] | None:
    """The tokens from ``noun`` up to (not including) ``trigger`` along prepositional links, or None."""
    path = [noun]
    tok = noun
    for _ in range(8):
        if tok.dep_ not in _PATH_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i == trigger.i:
            return path
        path.append(tok)
    return None


# Prepositions that put a verb inside a happening: "announced at a summit", "killed in a raid",
# "spoke during a visit". (Not "after", "before", "since": another time.)
_INSIDE = {"at", "in", "during"}
# Nouns with a happening's form that frame a verb without being a happening of the date: "in an
# attempt to", "in response to", "in addition", "in preparation for", "in the administration of".
_FRAMES = {"attempt", "effort", "bid", "response", "connection", "addition", "direction", "exception",
           "administration", "collection", "preparation", "anticipation", "expectation", "opposition",
           "accordance", "compliance", "reference", "recognition", "consultation", "cooperation",
           "co-operation", "collaboration", "association", "conjunction", "competition", "acceptance",
           "question", "position", "session"}


def shared_settings(trigger: Any, span: Any) -> list[Any]:
    """The happenings that share a date with ``trigger`` because one happened inside the other: the
    event noun of the verb's "at", "in" or "during" phrase ("the alliance announced at a summit on
    9 July" → summit; "agents took the boy in a raid on 22 April" → raid, when the parser gave the date
    to the verb), and the verb whose such phrase the trigger noun is ("took the boy in a raid on 22
    April" → take, when the date went to the raid). Only common nouns with a determiner or modifier
    (a name, "the Battle of Tarsk", is its own row or none; "in response" is an idiom), and nothing
    with a date of its own."""
    inside = range(span.start, span.end)
    out = []
    if trigger.pos_ == "VERB":
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in _INSIDE or prep.i in inside:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and _a_setting(noun) and not _own_date(prep, inside):
                    out.append(noun)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in _INSIDE and \
            trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB" and _a_setting(trigger) and \
            not trigger.head.head.lower_.startswith(_IN_CONNECTION_WITH):
        verb = trigger.head.head
        own = {t.i for t in trigger.head.subtree}
        if trigger.head.i < verb.i:  # "In Sunday's debate, Spitzer attacked Vacco for failing to enforce an order in 1992"
            own |= clauses_below(verb)  # (after the verb, "gathered evidence in the October slaying", the parse stands)
        if not any(t.ent_type_ in ("DATE", "TIME") and t.i not in own and t.i not in inside for t in verb.subtree) \
                and not plays_a_part(verb):  # "played a major role in the decline in 455": the decline alone
            out.append(verb)
    if trigger.pos_ == "NOUN" and names_a_happening(trigger):
        out += _deeds_of(trigger, span)
    out += [v for v in _when_clauses(span) if v.i != trigger.i]
    # (Only a participle the verb takes, "found clinging"; one after a comma tells what followed or went
    # with it, "has slumped recently, closing unchanged Friday", at a time of its own.)
    if trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and trigger.dep_ == "xcomp" and \
            not any(c.dep_ == "mark" for c in trigger.children) and trigger.head.pos_ == "VERB" and \
            trigger.head.i < trigger.i and parse_lemma(trigger.head) not in _NOT_SHARED and \
            trigger.lower_ not in ("serving", "representing") and _a_point(span) and \
            not _other_date(trigger.head, trigger, inside):
        out.append(trigger.head)  # "was found clinging to a raft on 25 November": the finding then
    return out


# Verbs that tell no happening of the date of what they go with: light and aspect verbs (their
# happening is the other word), verbs of consequence or sequence (later), of seeming.
_NOT_SHARED = LIGHT_VERBS | CONSEQUENCE_VERBS | {
    "start", "commence", "continue", "resume", "help", "follow", "precede", "appear", "seem", "remain", "keep",
    "stop", "cease", "try", "want", "plan", "hope", "expect", "intend", "spend", "come", "get", "let"}
# Verbs of a lasting effect (stems: the parse has no lemmas): "the introduction of writing in 3000 BC
# transformed the region" took ages; the happening's own row is the noun's.
_LASTING_STEMS = ("transform", "reshap", "shap", "chang", "alter", "influenc", "defin", "revolutioni")
# Verbs of what a happening called for or showed ("a surge of interest in the early 20th century
# necessitated that …"): a need or a sign, no deed of the happening's date.
_CAUSING_STEMS = ("necessitat", "requir", "demand", "indicat", "suggest", "impl", "reflect", "spur", "fuel",
                  "encourag", "inspir", "motivat", "prompt", "allow", "enabl")


def _deeds_of(noun: Any, span: Any) -> list[Any]:
    """"the January 1998 bombing of a clinic that killed an officer", "the 7 August bombings killed
    200 people": what a dated happening did, told in the past with it as the subject, happened at
    its time (not what followed from it, "led to", nor a verb in the present, "remains")."""
    inside = range(span.start, span.end)
    if dated_by_its_stretch(noun, span):
        return []  # "the famine, which continued until 1849, killed thousands": killed within, not in 1849
    verbs = [c for c in noun.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children)]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    # ("the strike persisted until May" is the strike's row already: the verb only says it went on.)
    return [v for v in verbs if v.pos_ == "VERB" and v.tag_ == "VBD" and parse_lemma(v) not in _NOT_SHARED and
            parse_lemma(v) not in STANDING_IN_TIME and
            not v.lower_.startswith(_LASTING_STEMS + _CAUSING_STEMS) and not _relates_happenings(v, inside) and
            v.lower_ not in _FINDING_FORMS and
            not span.start <= v.i < span.end and not _other_date(v, noun, inside)]


# Verbs by which a count or a survey tells what it found: "the 1897 census found 5 million" is the census.
_FINDING_FORMS = {"found", "recorded", "counted", "showed", "revealed", "registered", "enumerated", "listed"}


# Verbs by which a happening is the last step of a longer one: "the fall of Orm in 637 completed the
# conquest" (stems: the parse has no lemmas). ("The clashes in May ended the truce" is a deed: the truce ended then.)
_COMPLETING_STEMS = ("complet", "finish", "crown", "capped", "sealed")


def _relates_happenings(verb: Any, inside: range) -> bool:
    """"the fall of Orm in 637 completed the conquest": a verb that makes the dated happening the last step
    of another happening (its object) tells how the two stood; the date is the subject's, and the verb is
    no second happening of it."""
    return verb.lower_.startswith(_COMPLETING_STEMS) and any(
        c.dep_ == "dobj" and c.i not in inside and c.pos_ == "NOUN" and names_a_happening(c)
        for c in verb.children)


# Verbs of a lasting state (stems, the lemmatizer may be off): "in 1968, when he lived in Lusk" tells
# no happening of the year.
_STATE_FORMS = {"be", "been", "was", "were", "is", "are", "had", "has", "have"}
_STATE_STEMS = ("liv", "remain", "stay", "resid", "own", "know", "knew",
                "hold", "held", "belong", "exist", "seem", "serv", "work")


# Prepositions that make a date a bound of the verb's time; a "when" clause on it tells the point.
_BOUNDS = {"since", "by", "until", "till", "before", "after", "through", "throughout"}


def _when_clauses(span: Any) -> list[Any]:
    """The verbs of a "when" clause the date itself heads: "lived in Lusk from 1968, when the Tarvians
    invaded the country" and "left in 1820, when the plague broke out" → invaded, broke (the parser
    hangs the clause on the year; a clause on the verb is :mod:`pipeline.events.coordination`'s). Not a
    state, a denial, a modal, a present (a plan: "in 2002, when the law comes into force") or a clause
    with a date of its own: in doubt, no row."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _BOUNDS:
        return []  # "has cared for him since September, when he was found": found then, not since
    if any(t.text in ("–", "—", "-") or t.lower_ in ("to", "and", "through") for t in span):
        return []  # "ruled from 1863 to 1879, when he was removed": the end's, not the stretch's
    out = []
    for tok in span:
        for verb in tok.children:
            if verb.dep_ not in ("relcl", "advcl") or verb.i < span.end or \
                    verb.doc[verb.left_edge.i].lower_ != "when" or not told_when(verb):
                continue
            out.append(verb)
    return out


def told_when(verb: Any, own_dates: bool = True) -> bool:
    """Whether a "when" clause's verb tells a happening at the date it describes: a past verb, no state, denial,
    modal or present ("in 2002, when the law comes into force"), no date of its own (unless ``own_dates`` is
    False: the caller reads the clause's dates itself)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.lower_ in _STATE_FORMS or \
            verb.lower_.startswith(_STATE_STEMS) or parse_lemma(verb) in _NOT_SHARED:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    return not own_dates or not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _a_point(span: Any) -> bool:
    """A date at a point, not a stretch ("from 1835 to 1837", "until 1840" are the participle's own)."""
    root = span.root
    return not any(t.text in ("–", "—", "-") or t.lower_ in ("to", "and", "through") for t in span) and not (
        root.dep_ == "pobj" and root.head.lower_ in ("from", "until", "till", "since", "through", "throughout"))


def _other_date(verb: Any, other: Any, inside: range) -> bool:
    """Whether a verb's clause (not ``other``'s phrase, not its conjuncts) names a time of its own."""
    skip = {t.i for t in other.subtree} | set(inside)
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in skip
               for c in verb.children if c.dep_ not in ("conj", "cc") for t in c.subtree)


# Verbs whose "in" means "in connection with" and that come later: "charged in the 1996 bombing",
# "arrested in the killing", "implicated in the plot" (stems: every form).
_IN_CONNECTION_WITH = ("charg", "convict", "indict", "implicat", "suspect", "arrest", "acquit", "sentenc", "tried",
                       "involv", "nam", "identif", "accus", "question", "investigat", "testif", "mention", "cit",
                       "describ", "report", "interest", "invest", "help", "want", "sought", "seek", "jail",
                       "detain", "held", "hold", "wanted", "prosecut", "blam", "link", "tie", "role")


def _a_setting(noun: Any) -> bool:
    return noun.pos_ == "NOUN" and noun.ent_type_ not in ("DATE", "TIME") and names_a_happening(noun) and \
        noun.lower_ not in _FRAMES and noun.lower_.rstrip("s") not in _FRAMES and \
        any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in noun.children)


def _own_date(prep: Any, inside: range) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside for t in prep.subtree)
