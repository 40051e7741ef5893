"""Parties reached through another word of the sentence (issue 31's measured misses): the recipient of
what a verb hands over ("was given an ultimatum"), the one acted on in a happening ("elected in the
1955 election"), the opponents of a happening someone took part in, the state a force crosses into,
the side someone acts for, a body named on a common noun ("the McGill team"), the side a spell of
play is for or a win is over, the body of a post given.

Functions take spaCy tokens and return tokens; :func:`pipeline.events.party_heads.participant_heads` applies
them. Split from :mod:`pipeline.events.party_shapes`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.party_shapes import ACCUSING, FORCE_NOUNS, NOT_PARTY_WORDS
from pipeline.events.noun_performers import SUPPORT_VERBS
from pipeline.events.triggers import PASSIVE_SUBJECTS, is_event_noun
from pipeline.lexicon.labels import ACTOR_LABELS
from pipeline.lexicon.sides import POST_NOUNS, SPELL_NOUNS, VICTORY_NOUNS
from pipeline.lexicon.type_nouns import PERSON_NOUNS, RELATIONAL_NOUNS


# Entity kinds that receive what is handed over ("warnings were given to the police"); a place is a destination.
_RECIPIENT_KINDS = ACTOR_LABELS


def patients_in(trigger: Any) -> list:
    """The patient of a passive verb an event noun says the circumstance of ("was re-elected in the
    1955 election", "were wounded in the bombing"): the one acted on in it is its party."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ != "in" or \
            trigger.head.head.pos_ != "VERB":
        return []
    verb = trigger.head.head
    if verb.lower_.startswith(ACCUSING):
        return []  # "charged in the murder of Orme": charged, which :func:`governing_patients` reads
    # (the parser sometimes hangs the subject on the passive's "was": "He was re-elected")
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] or [
        g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"]


def controlled_patients(trigger: Any) -> list:
    """The patient of a passive infinitive with no subject of its own ("Orme Corp. agreed to be
    acquired by Tarnex", "Lusk refused to be drawn into the war"): the verb it completes says who,
    its subject (or its object: "persuaded Orme to be bought")."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in trigger.children) \
            or any(c.dep_ in PASSIVE_SUBJECTS for c in trigger.children):
        return []
    head = trigger.head
    return [c for c in head.children if c.dep_ == "dobj" and c.i < trigger.i] or \
        [c for c in head.children if c.dep_ in ("nsubj", *PASSIVE_SUBJECTS)]


def joined_event_parties(trigger: Any) -> list:
    """The opponents of a happening a verb says someone took part in ("participated in the assaults
    against the Luftwaffe", "joined in the attack on Lusk"): the event noun's "against"/"on" objects."""
    if trigger.pos_ != "VERB":
        return []
    return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"
            for noun in p.children if noun.dep_ == "pobj"
            for q in noun.children if q.dep_ == "prep" and (q.lower_ == "against" or (
                q.lower_ in ("on", "with") and is_event_noun(noun)))
            for g in q.children if g.dep_ == "pobj"]


# Verbs of a force moving into a country: the country entered is a party, as with "invaded Lusk".
_ENTERING = ("cross", "push", "pour", "march", "advanc", "invad", "swe", "broke", "break", "mov", "sail", "stormed")


def entered_states(trigger: Any) -> list:
    """The state a force crosses into ("Tarvian troops crossed into Lusk"): a GPE after "into". Not where one
    person goes ("Kopp crossed into Canada", "he moved into Lusk"): that state is where, no side."""
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(_ENTERING):
        return []
    if any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")) for c in trigger.children):
        return []
    return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "into"
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def support_recipients(trigger: Any) -> list:
    """The recipients of an event noun handed over by its verb: "he was given an ultimatum" (he),
    "warnings were given to the Samaritans", "issued an ultimatum to Lusk" (the "to" object being a
    person, body or state, or a pronoun for one)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", *PASSIVE_SUBJECTS):
        return []
    verb = trigger.head
    if verb.pos_ != "VERB" or not verb.lower_.startswith(SUPPORT_VERBS):
        return []
    out = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] if trigger.dep_ == "dobj" else []
    out += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    out += [g for p in verb.children if (p.dep_ == "prep" and p.lower_ == "to") or (p.dep_ == "dative" and p.pos_ == "ADP")
            for g in p.children if g.dep_ == "pobj" and (g.ent_type_ in _RECIPIENT_KINDS or g.pos_ == "PRON")]
    return out


# Verbs after which "for" names where someone went ("left for Paris"), not a side served.
_DEPARTING = ("left", "leav", "depart", "sail", "head", "set", "bound", "flew", "fly", "embark", "return")
# Verbs after which "for" names an honoree ("named for her grandfather"), no party.
_NAMING = ("nam", "renam", "call", "titl", "dedicat")
# Common nouns of a body whose named compound is the body ("played on the McGill team").
_BODY_NOUNS = {"team", "club", "side", "squad", "band", "company", "firm", "party", "crew", "franchise", "label"}


def sides_served(trigger: Any, objects: list = ()) -> list:
    """The named body or state a person acts for ("played for the Tarn Rovers", "fought for Lusk"): a
    "for" object that is an organisation, a people or a state, except where someone went ("left for Orme").
    On what the verb acts on, "for" names whom it was made, given or withdrawn for ("cut the funding for
    the Orme Institute", "recorded a song for the Vell Radio show"): a named body there, or the body
    compounded on the show or series it is for, is a party too (a person as well: "wrote a play for Ana Orme")."""
    if trigger.pos_ != "VERB" or trigger.lower_.startswith(_DEPARTING):
        return []
    # ("voted for Jan Orme", "sketched out for Lusk the problems": a person too; not "named for her grandfather")
    served = ("ORG", "NORP", "GPE") + ("PERSON",) * (not trigger.lower_.startswith(_NAMING))
    out = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"
           for g in p.children if g.dep_ == "pobj" and g.ent_type_ in served]
    for pobj in (g for o in objects if o.pos_ == "NOUN" for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj"):
        if pobj.ent_type_ in ("ORG", "PERSON"):
            out.append(pobj)
        elif pobj.pos_ == "NOUN" and pobj.lower_ not in FORCE_NOUNS and pobj.lower_.rstrip("s") not in PERSON_NOUNS:
            # ("instructions for Orme authorities": a town's officials, not a body named for whom)
            out += [c for c in pobj.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    return out


def body_names(heads: list) -> list:
    """The names compounded on a body noun among the party heads ("the 1883 McGill hockey team": McGill)."""
    return [c for h in heads if h.pos_ == "NOUN" and h.lower_ in _BODY_NOUNS
            for c in h.children if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "GPE", "NORP")]


# Prepositions whose object says where, not who: a name reached through one in a list is a place.
_WHERE = {"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "within"}
# The links that join a list's items and their names (anything else is a clause inside an item).
_LIST_LINKS = {"pobj", "conj", "appos", "compound", "flat", "nmod", "prep", "cc", "punct", "det", "amod"}


def listed_parties(trigger: Any, holders: list) -> list:
    """Every party of a list introduced by "including" on the trigger or on what it acts on
    ("Leftists were arrested, including Eva Orme, wife of the playwright Tom Orme, Ana Ruiz, the
    director Luis Vela, …"): the parser breaks such lists into appositions hung off one another, so
    the conjunct links alone miss most of them. Names reached through "in", "at", "from" … are
    places; a relative's other end ("wife of …") is no item."""
    out = []
    for owner in [trigger, *holders]:
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ != "including":
                continue
            for t in prep.subtree:
                if t.ent_type_ not in _RECIPIENT_KINDS or t.i == prep.i:
                    continue
                path, up = [], t
                while up.i != prep.i and len(path) < 40:
                    path.append(up)
                    up = up.head
                # (a list item, not a clause inside one: "photos, to trace Orme's movements")
                if all(p.dep_ in _LIST_LINKS for p in path) and not _relatives_other_end(t) and \
                        not any(p.dep_ == "prep" and p.lower_ in _WHERE for p in path):
                    out.append(t)
    return out


def _relatives_other_end(token: Any) -> bool:
    """Whether a name is the other end of a tie ("wife of the painter Tom Orme"), read off the words
    before the name (the parser hangs it, and the items after it, anywhere in the list)."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].ent_type_ == token.ent_type_ and not doc[i - 1].is_punct:
        i -= 1
    steps = 0
    while i > 0 and steps < 4 and doc[i - 1].pos_ in ("NOUN", "DET", "ADJ"):
        i -= 1
        steps += 1
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in RELATIONAL_NOUNS


def nested_opponents(trigger: Any) -> list:
    """The opponent the parser hangs off the verb's place or means rather than the verb ("took his
    record into the ring against Ken Norton", "went to war against Tarvia"): an "against" object under
    one of the verb's prepositional objects."""
    if trigger.pos_ != "VERB":
        return []
    return [g for c in trigger.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
            for p in o.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"]


def _noun_word(token: Any) -> str:
    """A noun's singular, roughly ("appearances" → appearance); the model runs without a lemmatiser."""
    word = token.lower_
    return word[:-1] if word.endswith("s") and word[:-1] in SPELL_NOUNS | VICTORY_NOUNS else word


def _spells_and_results(trigger: Any, holders: list) -> list:
    """The trigger (an event noun), what it acts on, and the nouns its prepositions govern ("went
    1-2 in 26 appearances", "scored in a 3-1 win"): where a spell or a result is told."""
    nouns = [trigger, *holders] if trigger.pos_ in ("NOUN", "PROPN") else list(holders)
    nouns += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.pos_ in ("NOUN", "PROPN")]


def spell_sides(trigger: Any, holders: list) -> list:
    """The side a spell of play or service is for ("began the 2006 season for the River Cats", "made 30
    appearances for Steaua", "his debut for Lusk") and the side a result is over ("in a 3-1 win over
    Dinamo"): a "for" or "over" object that is a body, a people, a state or a person."""
    out = []
    for noun in _spells_and_results(trigger, holders):
        word = _noun_word(noun)
        preps = ("for",) if word in SPELL_NOUNS else ()
        preps += ("over",) if word in VICTORY_NOUNS else ()
        # "made his debut for Steaua", "began the season for the Cats": the parser hangs the side on the verb.
        owners = [noun, noun.head] if noun.i == trigger.i and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [noun]
        out += [g for owner in owners for p in owner.children if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ACTOR_LABELS]
    return out


def posts_served(trigger: Any) -> list:
    """The body of a post the trigger gives or names ("was named head coach of the Tarn Hawks",
    "appointed Orme as director of Vela Systems"): a body joined is a party of the act."""
    posts = [c for c in trigger.children if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN"]
    posts += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return [g for post in posts if post.lower_.rstrip("s") in POST_NOUNS
            for p in post.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("ORG", "NORP")]


# Marks of a participle clause that tells more of the same act ("toured, supporting The Cult"; "went
# 1-2 while splitting time with Durham"); "before"/"until" tell another act.
_SAME_ACT_MARKS = {"while", "after", "in"}


def participle_parties(trigger: Any) -> list:
    """The people and bodies a subjectless participle clause of the verb acts on or with ("they toured,
    supporting The Cult and Julian Cope", "was elected, defeating Ken Hale", "while splitting time with
    Durham"): the same subject's act, told with the other parties. A place it reaches ("leaving
    Tarvia") is where, not who."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if marks and marks[0] not in _SAME_ACT_MARKS:
            continue
        heads = [c for c in clause.children if c.dep_ == "dobj"]
        heads += [g for p in clause.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
                  for g in p.children if g.dep_ == "pobj"]
        out += [h for h in heads if h.ent_type_ in ("PERSON", "ORG", "NORP")]
    return out


def sides_posts_and_clauses(trigger: Any, objects: list) -> list:
    """The side a spell is for or a win is over, the body of a post given, and the parties of a
    participle clause telling more of the act (:func:`spell_sides`, :func:`posts_served`,
    :func:`participle_parties`), and the body that conferred the thing (:func:`conferrers`)."""
    return spell_sides(trigger, objects) + posts_served(trigger) + participle_parties(trigger) + conferrers(objects)


def stray_agents(trigger: Any) -> list:
    """The agent of a passive the parser hangs off the verb's object ("was given the freedom of the city
    by the Tarsk Council", "was nominated for a Grammy by the Recording Academy"): the body that
    confers. Only for a passive verb without an agent of its own, and only a person, body or state
    ("by 1990", "by train" are no agents)."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children) or \
            not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
        return []
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "oprd", "attr")]
    nouns += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [g for n in nouns for p in n.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ACTOR_LABELS]


# Participles of conferring (word forms; the model runs without a lemmatiser): "a prize awarded by …".
_CONFERRING = ("award", "given", "grant", "present", "confer", "bestow", "sponsor", "issued", "offer")


def _is_route(thing: Any, source: Any) -> bool:
    """Whether "from X" says where a thing runs or lies ("rails from Bridgton Junction to Bridgton"):
    a "to" after it, or a name ending in a place's word."""
    tos = [c for t in (thing, source) for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
    return bool(tos) or source.lower_ in NOT_PARTY_WORDS or source.lower_ in ("junction", "crossing", "terminal")


def conferrers(objects: list) -> list:
    """The body that conferred what the verb acts on ("won the Vela Prize, awarded by the Tarsk
    Society"): the agent of a participle qualifying the object; and the person or body it came from
    ("accepted an offer from Vela Systems", "won a scholarship from the Tarsk Foundation"; a state
    or a people after "from" says where someone is from: "troops from Lusk")."""
    givers = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG")
              and not _is_route(o, g)]
    return givers + [g for o in objects for acl in o.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lower_.startswith(_CONFERRING)
            for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            and g.ent_type_ in ACTOR_LABELS]
