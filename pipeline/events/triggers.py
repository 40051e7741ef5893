"""Who did what, read off spaCy's dependency parse around a date.

A date belongs to the verb it hangs from (``signed … on April 16, 1922``), or
to an event noun when it modifies one (``the invasion … on June 22, 1941``,
``the 1932 Pact``). The trigger's subject gives the actors (the ``by``-agent
of a passive; a conjunction gives every conjunct) and its locative
prepositions the places; :mod:`pipeline.events.roles` reads the other parties and
the theme. Functions here take spaCy tokens and return tokens or spans; the
``events`` stage turns them into rows. What of a party's phrase names it is read by
:mod:`pipeline.events.party_phrases`; a date that only describes a party by
:mod:`pipeline.events.describing_dates`.
"""

from __future__ import annotations

from typing import Any, Iterable

from pipeline.events.date_hops import (
    aside_verb, beyond_a_fronted_clause, cleft_verb, own_copula, participle_before, quoted_away,
)
from pipeline.events.happening_words import (  # noqa: F401 (re-exported: the roles and filters read them here)
    HELPING_VERBS, TIME_NOUNS, happening_after_of, parse_lemma, says_it_happened, better_word, is_event_noun,
    names_a_happening,
)
from pipeline.events.between_happenings import last_happening_between
from pipeline.events.causal_links import judged_state
from pipeline.events.date_owners import closing_comma, happening_before_the_date, scene_of
from pipeline.events.dated_things import dated_participle
from pipeline.events.office_spells import office_spell
from pipeline.events.period_lasting import only_a_period_lasting
from pipeline.events.stand_ins import tells_no_happening
from pipeline.events.stretch_links import dated_happening
from pipeline.events.thing_dates import misparsed_dating, perceived_in_dated_thing, shown_in_dated_thing
from pipeline.lexicon.happenings import ENTRY_NOUNS, SPEECH_VERB_FORMS, STATES_NOT_HAPPENINGS
from pipeline.lexicon.stems import singulars

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "within", "across", "around", "throughout",
                         "into", "to", "from", "towards", "toward", "through", "along", "onto", "off", "beyond"}
SUBJECTS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Links along which a verb without a subject of its own takes its head's subject.
INHERIT = {"conj", "xcomp", "advcl", "acl", "pcomp", "ccomp", "dep", "relcl", "acomp"}  # acomp: felt ready to sign


def trigger_of(span: Any) -> Any | None:
    """The verb (or event noun) a date span belongs to: walk up the parse from the span.

    None for a verbless fragment ("Adolf Ioffe (1918)" in a list): there is no
    statement to name, and a name is no trigger.
    """
    # "at noon the following day the fighting ended": the parser makes the clause after a
    # time phrase a relative clause of it; a relative clause with no relative word is that misparse.
    for child in span.root.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and child.i >= span.end and not any(
                g.tag_ in ("WDT", "WP", "WRB", "WP$") for g in child.subtree) and \
                not beyond_a_fronted_clause(child, span):  # (pipeline.events.date_hops)
            return child
    doc = span.doc
    if perceived_in_dated_thing(span) or misparsed_dating(span):
        return None  # "can be heard in records from the 1920s", "the walls date/NN to …": pipeline.events.thing_dates
    if span.start > 0 and doc[span.start - 1].lower_ in ("born", "died") and doc[span.start - 1].pos_ == "VERB" \
            and not any(t.text in ("–", "—", "-") for t in span):
        return doc[span.start - 1]  # "(born 22 October 1988) is a footballer": the birth, whatever the parse
    # "the Dec. 21, 1988, bombing": a US day closes with a comma before its noun (the parse rarely links them).
    after = span.end + 1 if closing_comma(span) else span.end
    if 0 < span.start and after < len(doc) and doc[span.start - 1].tag_ in ("DT", "PRP$", "POS") and \
            doc[after].pos_ == "NOUN" and names_a_happening(doc[after]) and (after > span.end or any(
                t.head.i == after for t in span)):
        return doc[after]  # "after the September 11, 2001 attacks": the date names the noun's time
    if (made := dated_participle(span)) is not None:
        return better_word(made, span)  # "the 10th-century Orm Text compiled by …": pipeline.events.dated_things
    tok = span.root
    while span.start <= tok.i < span.end and tok.head.i != tok.i:
        tok = tok.head
    if span.start <= tok.i < span.end:  # the date is the root of a fragment
        return entry_noun(span)
    while True:
        if tok.pos_ == "VERB" and _only_frames_the_time(tok) and tok.head.i != tok.i:
            tok = tok.head  # "Beginning in 1939, the silence was moved": the happening is the clause's verb
            continue
        if tok.pos_ == "VERB" and tok.lower_ in ("dated", "dating") and tok.dep_ == "acl" and \
                tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ not in ("DATE", "TIME"):
            # "the Orm Revolution, dated to 1789, …", "the letter, dated 2 May": the thing dated; "depicted on
            # seals dated to 1900 BC": the depicting (pipeline.events.thing_dates)
            return shown_in_dated_thing(tok.head) or dated_happening(tok.head)
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and \
                tok.head.head.pos_ == "NOUN" and names_a_happening(tok.head.head):
            tok = tok.head.head  # "the introduction of writing in the 4th millennium BC", "the banning of whaling"
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in _LED and \
                tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "refined by a team headed by Dr Holm in the 1960s": who the party was, not when
            continue
        if tok.pos_ in ("VERB", "AUX") and (saying := _saying_of(tok, span)) is not None:
            return saying  # "police said on Tuesday they had arrested 14 men": the saying's day
        if tok.pos_ == "VERB" and (holder := _post_holder(tok, span)) is not None:
            tok = holder  # "was elected mayor representing the Ratepayers in 1992": the election's year
            continue
        if tok.pos_ == "VERB" and quoted_away(tok, span):
            return None  # "'The last two months have been the whole game,' says Orm": not the saying's time
        if tok.pos_ == "VERB" and (clause := aside_verb(tok, span)) is not None:
            tok = clause  # "refused …, citing the threat of war, on 5 September": pipeline.events.date_hops
            continue
        if tok.pos_ == "VERB" and (before := participle_before(tok, span)) is not None:
            tok = before  # "was discovered April 8 buried …": the discovery's day (pipeline.events.date_hops)
            continue
        if tok.pos_ == "AUX" and (clefted := cleft_verb(tok)) is not None:
            return better_word(clefted, span)  # "it was not until 1933 that it was ratified"
        if tok.pos_ == "VERB" and _names_a_thing(tok) and tok.head.i != tok.i:
            tok = tok.head  # "played in what has been called the Game of the Year on 6 May": not a naming
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in TIME_NOUNS and (happening := happening_after_of(tok)) is not None:
            return happening  # "at the time of his retirement in 1947": the retirement is the happening
        if tok.pos_ == "VERB" and (happening := _fronted_happening(tok, span)) is not None:
            return happening  # "With the release of their album on 12 May, the band set off"
        if tok.pos_ == "VERB" and (happening := last_happening_between(tok, span)) is not None:
            return happening  # "between … and the Netherlands' transfer of sovereignty at the end of 1949"
        if tok.pos_ == "VERB" and (happening := happening_before_the_date(tok, span)) is not None:
            return happening  # "ended before the invasion of the Soviet Union on June 22, 1941" (pipeline.events.date_owners)
        if tok.pos_ == "VERB" and scene_of(tok) and tok.head.pos_ == "VERB":
            tok = tok.head  # "was shot at 10 p.m. as he stood in his kitchen": the shooting's time
            continue
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "seized a bomb under construction on Sunday": a state the thing was in
            continue
        # "The 1998 version of the album was released": a version or edition is the thing the date
        # describes, whatever its suffix; the verb is the happening.
        if tok.pos_ == "VERB" or (is_event_noun(tok) and singulars(tok.lower_).isdisjoint(_FORMS_OF_A_THING)):
            if tells_no_happening(tok, span) or judged_state(tok) or only_a_period_lasting(tok):
                # "the term refers to the period from 1550 to 1070 BC": a word defined; "can be considered as
                # over" (pipeline.events.causal_links); "a period …, which lasted from 1588, when …": its "when"
                # clause keeps its row (pipeline.events.period_lasting)
                return None
            return better_word(_main_verb(_whole_verb(tok)), span)
        if (tok.dep_ == "relcl" or own_copula(tok) or office_spell(tok, span)) and tok.pos_ == "AUX":
            return tok  # "Germany, which had been a monarchy until 1918, invaded": the clause's own verb
        if tok.head.i == tok.i:
            # The root: a copula ("was 1930–1932") counts, a name or other noun does not.
            return better_word(tok, span) if tok.pos_ == "AUX" else entry_noun(span)
        tok = tok.head


def _saying_of(tok: Any, span: Any) -> Any | None:
    """The speech verb whose date the parser hung on the reported clause: the date comes after
    the speech verb and before every word of the clause it reports ("said Tuesday that the army
    had withdrawn", "told reporters on 3 May the rebels had fled"). A date inside the reported
    clause ("said the army withdrew on 3 May") is the reported happening's."""
    verb = tok.head
    if tok.dep_ != "ccomp" or verb.i == tok.i or verb.pos_ != "VERB" or verb.lower_ not in SPEECH_VERB_FORMS \
            or not verb.i < span.start:
        return None
    dated = set(range(span.start, span.end))
    clause = [t.i for t in tok.subtree if t.i not in dated and not (
        t.dep_ == "prep" and any(c.i in dated for c in t.children))]
    if not clause or min(clause) < span.end:
        return None
    # The parser's shape: the date told bare or after "on", next to the verb or its hearer ("said
    # Tuesday", "told reporters on Tuesday"), and a reported clause with its own subject ("… they had
    # arrested"); "said in 1990 to have …" is not it.
    heard = {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    between = [t for t in span.doc[verb.i + 1:span.start] if t.i not in heard]
    bare = not between or (len(between) == 1 and between[0].lower_ == "on")
    return verb if bare and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else None


def _whole_verb(tok: Any) -> Any:
    """"co-wrote", "re-entered": the tokenizer splits a prefix off; the verb is the word after the hyphen."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" and \
            not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].pos_ == "VERB" and len(tok) <= 4:
        return doc[tok.i + 2]
    return tok


def _main_verb(verb: Any) -> Any:
    """"In 1870, Hitzig assisted by Fritsch, applied electricity": a participle with its "by" phrase,
    taken for the main verb, describes the subject; the verb coordinated after it is the happening."""
    doc = verb.doc
    if verb.tag_ in ("VBD", "VBN") and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "by" and \
            not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        after = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                 not any(g.dep_ in SUBJECTS | PASSIVE_SUBJECTS for g in c.children)]
        if after and doc[after[0].i - 1].text == ",":
            return after[0]
    return verb


# Prepositions of a fronted phrase that puts a happening before the clause's ("With the release of …, ").
_FRONTED = {"with", "after", "following", "upon", "on", "since", "before", "during", "at"}


def _fronted_happening(verb: Any, span: Any) -> Any | None:
    """"With the release of their album, Red Sky on 12 May 2007, the band set off": a date right after a
    phrase that opens the clause and names a happening is that happening's, wherever the parser hangs it."""
    if span.end > verb.i:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FRONTED or not prep.i < prep.right_edge.i < span.start:
            continue
        between = span.doc[prep.right_edge.i + 1:span.start]
        if len(between) > 1 or any(t.pos_ != "ADP" for t in between):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and names_a_happening(obj):
                return obj
    return None


def _only_frames_the_time(verb: Any) -> bool:
    """"Beginning in 1939, …", "Starting in May, …": a participle before its clause whose only job is to
    open a span of time for it (no object of its own); the clause's verb is the happening. (After the
    clause after a comma, "demanding a withdrawal, starting at noon Saturday", the start is a happening of its
    own; with no comma, "expanded trench use on the Western Front starting in September 1914", it frames the
    clause's time as before it.)"""
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lower_ in ("beginning", "starting") and
            not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in verb.children)):
        return False
    # "appeared in films, starting with Tarsk Harbour (1944)": "starting with" opens a list of what the
    # clause's verb did; the year is the listed thing's, and the clause's verb the happening.
    return verb.i < verb.head.i or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or \
        verb.doc[verb.i - 1].text != ","


# Participles that tell the post a party held ("representing the Tarsk district", "serving as envoy").
_POST_PARTICIPLES = {"representing", "serving"}


def _post_holder(verb: Any, span: Any) -> Any | None:
    """"was elected mayor representing the Ratepayers in 1992": a participle telling the post held
    (no subordinator of its own) under a clause with no date of its own; a point date ("in 1992")
    the parser hangs on the participle is the clause's happening's, the verb it describes. A stretch
    ("serving from 1835 to 1837", "until 1840") is the post's own time and stays."""
    if verb.lower_ not in _POST_PARTICIPLES or verb.dep_ not in ("acl", "advcl", "xcomp") or \
            any(c.dep_ == "mark" for c in verb.children):
        return None
    root = span.root
    if not (root.dep_ == "pobj" and root.head.lower_ in ("in", "on") and root.head.head.i == verb.i) or \
            any(t.text in ("–", "—", "-") or t.lower_ in ("to", "and") for t in span):
        return None
    holder = verb.head
    for _ in range(4):  # acl: the noun it describes ("mayor"), then that noun's verb
        if holder.pos_ in ("VERB", "AUX") or holder.head.i == holder.i:
            break
        holder = holder.head
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    own = {t.i for t in verb.subtree}
    clause = [t for c in holder.children if c.dep_ not in ("conj", "cc") for t in c.subtree]  # not "but in 2005 …"
    if any(t.ent_type_ in ("DATE", "TIME") and t.i not in own for t in clause):
        return None  # "joined the army in 1940, serving in France in 1944": each its own date
    return holder


# Nouns with a happening's suffix for a form a thing came out in: what a date before them describes.
_FORMS_OF_A_THING = {"version", "edition"}

# Participles that say who led a party ("a team headed by Dr Holm"): the party's description.
_LED = {"led", "headed", "commanded", "chaired", "directed", "captained"}

# Verbs that give a name: in "what has been called X" the naming is no happening of the date.
_SEEMING_VERBS = {"proved", "proves", "seemed", "seems", "appeared", "appears", "turned"}
_NAMING_VERBS = {"called", "dubbed", "termed", "named", "known", "labelled", "labeled", "nicknamed", "described"}


def _names_a_thing(verb: Any) -> bool:
    """"(in) what has been called the Game of the Century (on 6 May)", "(switched to) what proved to be
    an unpopular version (in 1998)": a naming verb, or a verb of seeming before "to be", whose subject
    is a free relative "what"; the date the parser hangs on it belongs to the clause around it."""
    seeming = verb.lower_ in _SEEMING_VERBS and any(c.dep_ == "xcomp" and c.lower_ == "be" for c in verb.children)
    return (verb.lower_ in _NAMING_VERBS or seeming) and any(
        c.dep_ in ("nsubjpass", "nsubj") and c.lower_ == "what" for c in verb.children)


def entry_noun(span: Any) -> Any | None:
    """A list entry with no verb ("1984: first flight of the prototype", "Flight – 1984"): the event
    noun the entry names, the first outside the date. None when the entry has a verb (the walk up
    the parse found no statement for this date) or names no happening ("Adolf Ioffe (1918)")."""
    sent = span.sent
    entry = list(sent)
    if all(span.start <= t.i < span.end or t.is_punct for t in sent) and sent[-1].text in (":", "–", "—", "-") \
            and sent.end < len(span.doc):
        entry += list(span.doc[sent.end].sent)  # "1984: first flight": the parser ends a sentence at the colon
    if any(t.pos_ in ("VERB", "AUX") for t in entry):
        return None
    for t in entry:
        if not span.start <= t.i < span.end and t.ent_type_ not in ("DATE", "TIME") and t.pos_ == "NOUN" and \
                (is_event_noun(t) or not singulars(t.lower_).isdisjoint(ENTRY_NOUNS)) \
                and singulars(t.lower_).isdisjoint(STATES_NOT_HAPPENINGS):
            return t
    return None


def means_tokens(trigger: Any) -> Iterable[Any]:
    """What the trigger happened through: the event noun or verb after its "with", "by" or "through"
    ("terminated the pact with its invasion of the Soviet Union", "broke the pact by invading Poland")."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "by", "through"):
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and (obj.pos_ == "VERB" or is_event_noun(obj))) or \
                    (obj.dep_ == "pcomp" and obj.pos_ == "VERB"):
                yield obj


def means_of(trigger: Any) -> Any | None:
    """The first happening a verb trigger happened through (an event noun, or a verb after the
    preposition as its complement); None if none."""
    if trigger is None or trigger.pos_ != "VERB":
        return None
    return next((t for t in means_tokens(trigger) if t.dep_ == "pcomp" or is_event_noun(t)), None)


def is_located(token: Any, trigger: Any) -> bool:
    """Whether ``token`` is the object of a locative preposition of the trigger
    ("signed in Moscow", "moved into the bases in Estonia"), not merely inside one ("in an attempt to …")."""
    tok = token
    located = False
    # "an explosion that took place near the embassy": where the clause says it happened, the noun did.
    at = {trigger.i} | {c.i for c in trigger.children if trigger.pos_ == "NOUN" and c.dep_ in ("relcl", "acl")
                        and says_it_happened(c)}
    for _ in range(12):
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            holder = tok.head.head
            word = tok.head.lower_
            if word in LOCATIVE_PREPOSITIONS and holder.i in at:
                return True
            if holder.pos_ in ("NOUN", "PROPN") and (word in LOCATIVE_PREPOSITIONS or located):
                located = located or word in LOCATIVE_PREPOSITIONS
                tok = holder
                continue
        # "invaded its zone of influence in Poland": where the thing acted on lies.
        return located and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == trigger.i
    return False


def lemma_of(token, lemmatizer) -> str:
    """The token's lemma: the attribute ruler's where it set one ("was" → "be"), else the
    (disabled) rule lemmatizer's, asked for this one token. Of several candidates the
    longest is the verb ("staged" → stage, not stag)."""
    if token.lemma_:
        return token.lemma_.lower()
    if lemmatizer is None or (token.lower_.isalpha() and (token.tag_ == "VB" or (
            token.dep_ in ("xcomp", "ccomp") and parse_lemma(token.head) in HELPING_VERBS))):
        # A base form is its own lemma; so is what "help" takes, whatever the tagger says:
        # "helped found the club" is found, not find.
        return token.lower_
    candidates = lemmatizer.rule_lemmatize(token) or [token.lower_]
    longest = max(candidates, key=len).lower()
    # "putting" → put, not putt: a doubled final consonant is the inflection's ("setting", "cutting").
    undoubled = longest[:-1]
    if len(longest) > 2 and longest[-1] == longest[-2] and longest[-1] not in "aeiouls" and \
            undoubled in (c.lower() for c in candidates):
        return undoubled
    return longest
