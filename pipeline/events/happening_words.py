"""Which word names a happening: event nouns, and the light verbs that hand the happening to one.

``is_event_noun`` (:mod:`pipeline.events.event_nouns`) tells a noun that names something that happens
("invasion", "siege") from one that names a thing; :func:`better_word` gives the row to the word a light
verb governs ("began the offensive" → offensive, "the race was held" → race, "carried out air raids" →
raids). The ``events`` stage reaches these through :mod:`pipeline.events.triggers`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import (  # noqa: F401 (re-exported: the filters and row rules read them here)
    happening_after_of,
    parse_lemma, _light_happening, _named_happening, is_event_noun, names_a_happening,
)
from pipeline.events.going_on import (  # noqa: F401 (re-exported)
    STANDING_IN_TIME, says_it_happened, going_on_subject as _going_on_subject, happening_of_a_series,
    is_bare_place, named_happening_subject, unfolding_subject,
)
from pipeline.events.date_owners import part_played_in
from pipeline.events.founding_words import laying_verb
from pipeline.events.light_links import linked_happening
from pipeline.events.stand_ins import seated_polity, tried_happening
from pipeline.events.stretch_links import waging_participle
from pipeline.lexicon.light_verb_forms import ASPECT_VERBS

# Nouns for a point or stretch of time that a happening gives: "at the time of his retirement".
TIME_NOUNS = {"time", "moment", "day", "year", "eve", "occasion", "date", "hour", "week", "month", "period", "era",
               "phase"}


# Verbs that say little of their own: the happening is the noun they govern ("the siege took two
# days", "began the offensive", "there was a revolt"). Which link holds that noun depends on the verb.
LIGHT_VERBS = {"be", "have", "take", "make", "begin", "go", "face", "set", "spend", "occur", "happen", "include",
               "last"}
# "The war began in 1939", "the talks went on": an aspect verb's subject is the happening under way;
# the verb (begin) is the happening of the date, so only its object replaces it.
# "The bombing occurred on Friday", "the battle took place on 3 May": the subject is what happened.
# "Wins that year included …": what a list is of. "The siege lasted two days, 8 and 9 June": what lasted.
_SUBJECT_REPLACES = {"be", "take", "go", "face", "spend", "have", "make", "set", "occur", "happen", "include",
                     "last"}
# "The first race was held on 3 June", "a concert was given": a verb that puts on a happening names less
# than the happening it puts on, its subject in the passive. In the active ("held a parade") the verb stays,
# with the happening as its theme; "carried out air raids", "conducted a raid" say nothing but "did".
_STAGING_VERBS = {"hold", "stage", "give", "mount", "organise", "organize"}
_DOING_VERBS = {"conduct", "carry", "undertake", "perform"}
# "Another loss that year led to his retirement": a verb of consequence tells what its subject brought
# about; a date between that subject and the verb is the subject's.
CONSEQUENCE_VERBS = {"lead", "cause", "result", "bring", "prompt", "spark", "trigger", "provoke", "force",
                      "precipitate", "mark", "claim",  # "the bombings last week claimed 217 lives"
                      "culminate", "touch"}  # "culminated in the storming of the palace", "touched off a war"
# "has become the dominant form, enabling cheap storage": a participle of what a state made possible tells
# no happening of the date (pipeline.events.coordination leaves it out, as a participle of consequence).
# Written forms: these verbs are no light verbs, so pipeline.lexicon.light_verb_forms has no lemma for them.
ENABLING_FORMS = {f"{stem}{end}" for stem in ("enabl", "allow", "permitt", "facilitat")
                  for end in ("ing", "ed")} | {"allows", "enables", "permits", "facilitates"} | {
    # "have been using similar structures since the 1920s, indicating a case of …": a reading of the fact.
    "indicating", "suggesting", "signalling", "signaling", "showing", "demonstrating", "implying", "reflecting"}
# "began building a circuit", "started to play with others": an aspect verb with a verb of its own
# names less than that verb (ASPECT_VERBS). (An ending, "stopped fighting", is a happening of its own.)
# "1939 saw the outbreak of war", "the city witnessed riots", "suffered a defeat", "laid siege to": the
# happening is what was seen, suffered or laid (an object that names no happening leaves the verb).
# "led the expedition to Tarsk in 1821", "led a revolt": the leading is his part in the happening the
# object names ("led the team to the title" keeps lead: a team is no happening).
# "started the quest for a pact", "Vell shows occupation since the 8th millennium BC": the start or the
# showing is no more than the happening the object names (the date is the happening's).
# ("sought an alliance", "finished the conquest" keep the verb: TimeML's news events are the seeking and the
# finishing, and handing them over cost three anchored TimeBank events.)
_OBJECT_REPLACES = {"see", "witness", "suffer", "inflict", "undergo", "experience", "lay", "lead", "start",
                    "commence", "show"}
# "A series of disputes preceded the formal split in 1054", "by 1920 a conflict followed": a verb of order
# tells that one happening came before another; the dated one is the happening it governs, its object
# (or, with none, its subject).
_ORDER_VERBS = {"precede", "follow"}
# "the fighting involved Tarvia and Lusk from 1915": what involved the parties is the happening.
_INVOLVING_VERBS = {"involve"}
# "the founding of the abbey dates to 1120": what is dated, when it names a happening.
_DATED_VERBS = {"date"}
# "it originated in the 15th-century search for routes", "the war arose from a dispute in 1054": the
# dated happening is the one the origin lies in.
_ORIGIN_VERBS = {"originate", "arise", "stem"}
# "the war started with an attack on Lusk", "the festival opened with a parade": the happening it
# started or ended with is the dated one.
_WITH_VERBS = {"begin", "start", "open", "commence", "end", "close", "conclude",
               "come"}  # "the end of Vell came in 1453 with the fall of Lusk": the fall (a noun subject only)
# Forms of the verbs a count tells its result with, and the counts: "the census recorded 12,000".
_FINDING_FORMS = {"found", "recorded", "counted", "showed", "revealed", "registered", "enumerated", "listed",
                  "finds", "records", "counts", "shows", "reveals", "registers", "enumerates", "lists"}
_COUNTING_NOUNS = {"census", "survey", "count", "enumeration", "poll"}
# Words for a happening in general, named as what is referred to: "refer to the change in 1066".
_CHANGE_WORDS = {"change", "changes", "event", "events", "shift", "transition"}
# What one "made" by doing something, which names no happening: "made history by winning four medals".
_MADE_MARKS = {"history", "headlines", "news", "name", "mark"}
# "tried yesterday to entice the envoys": the trying is the doing of the verb tried.
_TRYING_VERBS = {"try", "attempt"}
# "helped found the club in 1967": the verb helped with is the happening.
HELPING_VERBS = {"help"}
# "entered into an alliance", "went into battle" is kept (gold: "went to war" → go): only "enter into".
_INTO_VERBS = {"enter"}


def better_word(tok: Any, span: Any) -> Any:
    """The word naming the happening when the date hangs from a light verb: the event noun it takes
    as object or attribute (began the offensive, there was a revolt), as subject (the siege took
    two days) or after "into" (entered into an alliance). Otherwise the verb itself."""
    lemma = parse_lemma(tok)
    if (laying := laying_verb(tok, span)) is not None:
        return laying  # "laid the foundation of Lusk rule in 1192": a founding (phrase_triggers writes "found")
    if (tried := tried_happening(tok, span)) is not None:
        return tried  # "began attempts at colonization in 1585": the colonization
    if tok.pos_ == "VERB" and (seat := seated_polity(tok, span)) is not None:
        return seat  # "the empire was centered on Vell from 247 BC": the empire's existence, not a centring
    if tok.pos_ == "VERB" and (played_in := part_played_in(tok, span)) is not None:
        return played_in  # "In 455, Vell played a major role in the decline": the decline (pipeline.events.date_owners)
    if tok.pos_ == "VERB" and (linked := linked_happening(tok, lemma, span)) is not None:
        return linked  # "managed to break through", "issued their warning": pipeline.events.light_links
    if tok.pos_ == "VERB" and (subject := unfolding_subject(tok, span)) is not None:
        return subject  # "an explosion ripped through the embassy on Friday": the explosion
    if tok.pos_ in ("VERB", "AUX") and (going_on := _going_on_subject(tok, lemma, span)) is not None:
        return going_on  # "the battle ran from 1939 to 1945", "the ceasefire became effective on 20 August"
    if tok.pos_ == "VERB" and (named := named_happening_subject(tok, span, light_only=True)) is not None and \
            names_a_happening(named):
        # "the Lusk War took place between 1905 and 1911": the war. A head only NAMED_HAPPENING_HEADS
        # knows ("Revolution") leaves the verb the row: the row filters know no such proper noun.
        return named
    if tok.pos_ == "VERB" and lemma in CONSEQUENCE_VERBS and span.end <= tok.i:
        cause = [c for c in tok.children if c.dep_ == "nsubj" and c.i < span.start and names_a_happening(c)]
        if cause:
            return cause[0]
    if tok.pos_ == "VERB" and lemma in CONSEQUENCE_VERBS and span.start > tok.i and lemma != "mark":
        # "the fire led to four deaths on Sunday", "the attack sparked the invasion in May": the date
        # after the verb is its outcome's, the happening the sentence names.
        outcome = [c for c in tok.children if c.dep_ == "dobj" and c.i < span.start] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") and c.i < span.start
            for g in c.children if g.dep_ == "pobj" and not span.start <= g.i < span.end]
        # "culminated in the Battle of Tarsk in 52 BC": a named happening is an outcome too.
        outcome = [o for o in outcome if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") and
                   (names_a_happening(o) or (o.pos_ == "NOUN" and o.lower_ in ("end", "halt") and lemma == "bring"))]
        if outcome:
            return outcome[0]
    if tok.pos_ == "VERB" and lemma in ASPECT_VERBS:
        done = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > tok.i and c.i not in
                range(span.start, span.end) and not any(g.dep_ == "auxpass" for g in c.children)]
        # "commenced broadcasting on 4 May": the gerund parsed as the object is the same verb of its own
        # ("started the war" keeps start: the war's start is the happening of the date).
        done += [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.lower_.endswith("ing") and
                 c.tag_ in ("VBG", "NN") and not any(g.dep_ in ("det", "poss", "amod") for g in c.children)]
        if done:
            return done[0]  # "began building a circuit in 1995": the building ("started to be seen" stays)
    if tok.pos_ == "VERB" and lemma == "spend" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children):
        # "spent the next week marching to the coast", "spent 1911 touring Europe": the time is spent
        # on the gerund's happening; "spent the year in Tarsk" (no gerund) keeps spend.
        done = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > tok.i and
                c.i not in range(span.start, span.end)]
        if done:
            return done[0]
    if tok.pos_ == "VERB" and lemma in HELPING_VERBS:
        done = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > tok.i]
        if done and parse_lemma(done[0]) in ASPECT_VERBS:
            # "helped Lusk begin building a navy in 1955": the building helped with; a bare "begin" names
            # less than the helping ("helped the industry begin in 1920" stays help).
            inner = better_word(done[0], span)
            return inner if inner.i != done[0].i else tok
        return done[0] if done else tok
    if tok.pos_ == "VERB" and (governed := _governed_happening(tok, lemma, span)) is not None:
        return governed
    if tok.pos_ in ("VERB", "AUX") and lemma in ("be", "become") and (done := _first_to_do(tok)) is not None:
        return done  # "became the last country to ratify the treaty": the ratifying
    doing = lemma in _DOING_VERBS and (lemma != "carry" or any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children))  # "carried out", not "carried the wounded"
    staging = doing or lemma in _STAGING_VERBS
    if tok.pos_ not in ("VERB", "AUX") or (lemma not in LIGHT_VERBS and lemma not in _INTO_VERBS and not staging
                                           and lemma not in _OBJECT_REPLACES):
        return tok
    if lemma == "be":
        for c in tok.children:
            # "was able to secure a licence", "were unable to stop": the verb the ability is of.
            if c.dep_ == "acomp" and c.lower_ in ("able", "unable"):
                done = [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
                if done:
                    return done[0]
            # "it was not until July 1939 that the change occurred", "it was in 1850 that he left": the cleft's verb.
            if c.dep_ in ("ccomp", "advcl", "relcl") and c.pos_ == "VERB" and c.i > tok.i and any(
                    g.lower_ == "that" and g.dep_ in ("mark", "nsubj", "dobj", "advmod") for g in c.children) and \
                    any(s.dep_ == "nsubj" and s.lower_ == "it" for s in tok.children):
                return c
            # "the most intensive period of collaboration was 1930–1932": the happening the time is of.
            if c.dep_ == "nsubj" and c.lower_ in TIME_NOUNS and (happening := happening_after_of(c)) is not None:
                return happening
            # "it was the one article cited by both", "he was the first man elected to": the participle.
            if c.dep_ == "attr" and c.pos_ == "NOUN" and not names_a_happening(c):
                done = [x for x in c.children if x.dep_ == "acl" and x.tag_ == "VBN" and x.i == c.i + 1]
                if done:
                    return done[0]
    inside = range(span.start, span.end)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in _SETTING_PARTICIPLES and tok.head.pos_ == "NOUN" and \
            tok.head.i not in inside and tok.head.ent_type_ not in ("DATE", "TIME") and names_a_happening(tok.head):
        # "a summit set for April", "a conference held in Vell in 1920": the happening set or held then.
        return tok.head
    candidates: list[Any] = []
    if lemma in LIGHT_VERBS:
        candidates += [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    if lemma == "go":
        # "went on a tour of Europe in 1990", "went on strike": the happening gone on ("went to war" keeps go).
        candidates += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ == "pobj"]
    if lemma in _INTO_VERBS:
        candidates += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"
                       for g in c.children if g.dep_ == "pobj"]
    if staging:
        candidates += [c for c in tok.children if c.dep_ == "nsubjpass" or (doing and c.dep_ == "dobj")]
    if lemma in _OBJECT_REPLACES and not (lemma in ("start", "commence") and tok.tag_ == "VBG"):
        # ("invaded Poland on 1 September, starting the war": a participle of consequence tells the start.)
        candidates += [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
        # "took part in the invasion of Tarsk in June 1911": the invasion
        candidates += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
    if lemma in _SUBJECT_REPLACES:
        candidates += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") and (
                lemma in _SUBJECT_REPLACES or (staging and c.dep_ == "nsubjpass")) for c in tok.children):
        # "the merger that took place in 1998", "a race which was held in 1939": the relative word's noun.
        candidates.append(tok.head)
    # "The first title change occurred", "the battle took place": what occurs is a happening, whatever its noun.
    happens = lemma in ("occur", "happen") or (lemma == "take" and any(is_bare_place(c) for c in tok.children))
    # "a series of wars broke out": the wars; a series begun or seen ("started a series of demonstrations
    # in 1992") stays the verb's, the series' start.
    candidates = [tried_happening(c, span) or c for c in candidates]  # "began attempts at colonization"
    for c in (happening_of_a_series(c) if c.dep_ in ("nsubj", "nsubjpass") else c for c in candidates):
        if c.i not in inside and c.pos_ == "PROPN" and c.dep_ in ("nsubj", "nsubjpass") and \
                c.ent_type_ not in ("DATE", "TIME", "PERSON", "GPE") and (staging or happens) and _named_happening(c):
            return c  # "the Congress of Vell was held", "the Tarvian Revolution took place"
        if c.i not in inside and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME") and (
                names_a_happening(c) or (lemma in LIGHT_VERBS and _light_happening(c)) or (happens and (c.dep_ in ("nsubj", "nsubjpass") or c.i == tok.head.i))):
            return c
    return tok


# Participles after a happening noun that date it: set for a day (a plan) or held on it.
_PLANNING_PARTICIPLES = {"set", "scheduled", "planned", "slated", "fixed", "rescheduled"}
_SETTING_PARTICIPLES = _PLANNING_PARTICIPLES | {"held", "staged", "convened",
                                                 "conducted", "taken"}  # "a census conducted in 1851"


def set_for(noun: Any) -> bool:
    """Whether a happening noun is told as set or scheduled ("a summit set for April"): a plan, whose
    date is the plan's, not the day it happened (:mod:`pipeline.events.modality` reads verbs and
    modifiers, not this participle)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _PLANNING_PARTICIPLES and
        not any(g.dep_ in ("aux", "auxpass") for g in c.children) for c in noun.children)


def staged_name(trigger: Any, span: Any) -> bool:
    """Whether the trigger is a named happening its light verb handed the row to ("the Yalta Conference
    was held … between Roosevelt, Churchill and Stalin"): the verb's phrases still tell who took part
    and where, so the events stage reads the parties off the verb."""
    head = trigger.head
    return trigger.pos_ == "PROPN" and trigger.dep_ in ("nsubj", "nsubjpass") and head.i != trigger.i and \
        head.pos_ == "VERB" and better_word(head, span).i == trigger.i


def role_verb(trigger: Any, span: Any) -> Any | None:
    """The verb whose phrases tell a noun trigger's parties, when a verb handed the row to the noun: a
    staged name's light verb (:func:`staged_name`), or the participle that waged it ("a war of independence
    waged by the Lusk against Orm": the Lusk act). None when the trigger's own phrases tell them."""
    if staged_name(trigger, span):
        return trigger.head
    return waging_participle(trigger) if trigger.pos_ == "NOUN" else None


def _first_to_do(verb: Any) -> Any | None:
    """"was the first woman to fly across the strait", "became the last country to ratify": the verb of
    the infinitive that says what made the subject first or last."""
    for c in verb.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN" and any(
                m.lower_ in _RANKS or m.ent_type_ == "ORDINAL" for m in c.children if m.dep_ == "amod"):
            # The parser hangs the infinitive on the noun or, as often, on the verb.
            for x in list(c.children) + list(verb.children):
                if x.dep_ in ("acl", "relcl", "advcl", "xcomp") and x.pos_ == "VERB" and x.i > c.i and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                    return x
    return None


# Words that rank a doer among others: "the first woman to fly", "the last country to ratify".
_RANKS = {"first", "last", "only", "second", "third", "youngest", "oldest", "latest", "earliest"}


def _governed_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The happening a verb of order, involvement, origin, trying or starting-with governs, which the
    date belongs to (see _ORDER_VERBS and the sets after it); None when it governs none."""
    inside = range(span.start, span.end)

    def happening(c: Any) -> bool:
        return c.i not in inside and c.ent_type_ not in ("DATE", "TIME") and (
            (c.pos_ == "NOUN" and names_a_happening(c)) or (c.pos_ == "PROPN" and _named_happening(c)))

    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    pobjs = {p.lower_: [g for g in p.children if g.dep_ == "pobj"] for p in children if p.dep_ == "prep"}
    if lemma in _ORDER_VERBS:
        # "The war was followed by a famine in 1920": in the passive the agent is the dated happening.
        agents = [g for a in children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return next((c for c in objects or agents if happening(c)), None) if objects or agents else next(
            (c for c in subjects if happening(c)), None)
    if lemma in _INVOLVING_VERBS or (lemma in _DATED_VERBS and not objects):
        # "the formation of the first city is generally dated to 3500 BCE": the passive's subject too.
        subjects += [c for c in children if c.dep_ == "nsubjpass" and lemma in _DATED_VERBS]
        return next((c for c in subjects if happening(c)), None)
    if lemma in _ORIGIN_VERBS:
        return next((g for w in ("in", "from") for g in pobjs.get(w, []) if happening(g) and any(
            t.i in inside for t in g.subtree)), None)  # the date is the origin's: "the 15th-century search"
    if lemma in _WITH_VERBS and not objects and (lemma != "come" or any(c.pos_ == "NOUN" for c in subjects)):
        return next((g for g in pobjs.get("with", []) if happening(g)), None)
    if lemma == "refer" and not objects:
        # "historians refer to the change in 1066 as the conquest": the change referred to.
        # The date must follow the noun ("in 1900 he referred to the war" dates the referring).
        return next((g for g in pobjs.get("to", []) if (happening(g) or g.lower_ in _CHANGE_WORDS) and
                     g.i < span.start <= g.right_edge.i + 2), None)
    if verb.lower_ in _FINDING_FORMS:
        # "the census recorded 12,000 inhabitants in 1851": the census is the happening, its finding the result.
        return next((c for c in subjects if c.lower_ in _COUNTING_NOUNS and c.pos_ == "NOUN"), None)
    if lemma == "make" and any(c.dep_ == "dobj" and c.lower_ in _MADE_MARKS for c in children):
        # "made history in 1936 by winning four gold medals": the winning is what was done.
        return next((g for g in pobjs.get("by", []) if g.tag_ == "VBG"), None) or next(
            (p2 for p in children if p.dep_ == "prep" and p.lower_ == "by" for p2 in p.children
             if p2.dep_ == "pcomp" and p2.tag_ == "VBG"), None)
    if lemma in _TRYING_VERBS:
        return next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    return None
