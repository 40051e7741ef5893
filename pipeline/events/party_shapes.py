"""Shapes in which prose gives a party, beyond subject and object (issue 31's measured misses).

- a force named by a nationality stands for its state, or names its group ("Swedish troops",
  "the Bolshevik forces"): :func:`force_party`;
- the one a crime is laid on is its party ("was charged with treason"): :func:`governing_patients`;
- a name the model left untagged in the subject ("the 'Islamic State' militant group"):
  :func:`pipeline.events.untagged_names.untagged_names`;
- a person's title and a named body's owner are no parties ("U.S. Secretary of Defense Ash Carter",
  "Russia's Tass news agency"): :func:`title_tokens`.

Functions take spaCy tokens and the sentence's names and return tokens or names; :mod:`pipeline.events.roles`
applies them.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import people_plural, state_of_demonym
from pipeline.events.sentence_names import SentenceNames
from pipeline.stories.party_names import country_name
from pipeline.events.triggers import LOCATIVE_PREPOSITIONS, PASSIVE_SUBJECTS, SUBJECTS
from pipeline.lexicon.type_nouns import PERSON_NOUNS, PRIVATE_PERSON_NOUNS, RELATIONAL_NOUNS
from pipeline.lexicon.stems import singulars
from pipeline.events.tree import first_conjunct
from pipeline.events.speaker_bodies import speaks_for_body
from pipeline.events.untagged_names import NOT_PARTY_WORDS, proper_plural, untagged_names  # noqa: F401 (read from here by roles, slot_names, linked_parties)


# Verbs of saying: their object in quotes is the words said. (The parties the reported clause names
# are its topics, no parties of the saying: judges mark "said that Tarn Foods agreed" listing Tarn Foods wrong.)
_SAYING = ("said", "say", "told", "tell", "declar", "announc", "stat", "report", "claim", "confirm", "den",
           "warn", "testif", "insist", "assert", "acknowledg", "admit", "alleg", "explain", "wrote", "writ",
           "repl", "recall", "add", "argu", "complain", "protest", "accus", "charg", "deni")


# Verbs that lay a crime or a deed on someone: their patient is a party of every crime they name, however
# the parser hangs a long list of charges ("charged with treason, terrorism, association to commit a crime and
# homicide"). Stems, for every form.
ACCUSING = ("charg", "accus", "convict", "indict", "prosecut", "sentenc", "acquitt")


def is_quoted_speech(obj: Any) -> bool:
    """Whether a verb of saying's object is the words said, in quotes ('"Timothy Orme," Elliott said'),
    not a party spoken to or of."""
    verb = obj.head
    if not verb.lower_.startswith(_SAYING):
        return False
    first = min(t.i for t in obj.subtree)
    return first > 0 and obj.doc[first - 1].text in ('"', "“", "``", "'", "‘")


def governing_patients(trigger: Any) -> list:
    """The patient of the verb an event noun completes ("Requesens was charged with treason",
    "accused Ribbentrop of aggression", "convicted him for espionage"): the one the crime or deed is
    laid on is its party."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("with", "of", "for"):
            holder = tok.head.head
            if holder.pos_ == "VERB":
                return [c for c in holder.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
            tok = holder  # "crimes of treason": up through the noun it qualifies
        elif tok.dep_ == "conj":
            tok = tok.head
        else:
            break
    for verb in list(trigger.ancestors)[:8]:
        if verb.pos_ == "VERB" and verb.lower_.startswith(ACCUSING):
            return [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        if verb.dep_ == "prep" and verb.lower_ not in ("with", "of", "for"):
            return []  # "charged with complicity in the murder": an accomplice, not the murderer
    return []


def absolute_with(verb: Any) -> Any | None:
    """The "with" of an absolute phrase a participle ends ("killed with two others injured" →
    "with"): the participle hangs beside the "with" on the main verb, right after its object's phrase."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "conj", "acl") or any(
            c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS, "dobj") for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i and [g for g in prep.children if g.dep_ == "pobj"] and \
                max(t.i for t in prep.subtree) == verb.i - 1:
            return prep
    return None


# Nouns for a body that acts for a state or a people: "Swedish troops", "the Bolshevik forces", and what
# such a body holds over another ("recognised Swedish rule over Finland").
FORCE_NOUNS = {"troops", "forces", "force", "army", "armies", "fleet", "fleets", "navy", "cavalry", "infantry",
               "soldiers", "militia", "militias", "gunmen", "bombers", "government", "governments", "regime",
               "authorities", "units", "divisions", "ships", "warships", "aircraft", "planes", "artillery",
               "garrison", "garrisons", "corps", "battalion", "battalions", "regiment", "regiments", "brigade",
               "brigades", "squadron", "squadrons", "legion", "legions", "militants", "rebels", "fighters",
               "guerrillas", "diplomats", "delegation", "envoys", "officials", "side", "rule", "control",
               "sovereignty", "occupation", "authority", "administration", "leadership", "command", "colonists",
               "settlers", "invaders", "raiders", "privateers", "marines", "sailors", "knights", "crusaders",
               "servicemen",
               # a people's fighters in history prose ("Muslim conquerors took the city", "Mongol horsemen")
               "conquerors", "warriors", "tribesmen", "horsemen", "colonizers", "colonisers", "tribes", "clans"}


_FOLLOWER_ENDINGS = ("ik", "ist", "ite")


def is_force_noun(noun: Any) -> bool:
    """Whether a noun names a body acting for a state: a force noun, or "service members" (soldiers)."""
    return noun.lower_ in FORCE_NOUNS or (noun.lower_ in ("members", "member") and any(
        c.lower_ == "service" and c.dep_ in ("compound", "amod") for c in noun.children))


def modified_noun(token: Any) -> Any:
    """The noun an adjective (or the first of coordinated adjectives) qualifies."""
    token = first_conjunct(token)
    return token.head


def force_party(entity: Any, span: Any, states: list[str]) -> str | None:
    """The party a nationality names when it qualifies a force ("Swedish troops", "the Bolshevik
    forces", "Swedish rule"): its state where the document names one, else the people or group
    itself ("Bolsheviks"); None when it qualifies anything else ("German officers' wives")."""
    root = span.root
    word = span.text.strip()
    # The model tags some followers' adjectives ORG or PERSON ("Bolshevik", "Jacobite", "Communist"): an adjective's ending tells.
    adjective = entity.label == "NORP" or (entity.label in ("ORG", "PERSON") and len(span) == 1 and (  # or "the
        word.endswith(_FOLLOWER_ENDINGS) or (entity.label == "ORG" and root.dep_ == "amod")))  # Confederate army"
    root = first_conjunct(root)  # "the American and British armies"
    if not adjective or root.dep_ not in ("amod", "compound", "nmod") or not is_force_noun(root.head):
        return None
    if any(dash in word for dash in "-–—") or not word[:1].isupper():
        return None  # "Soviet-Finnish forces": two sides, neither alone
    state = state_of_demonym(word, states)
    if state is not None:
        return state
    return people_plural(word)


def is_origin_modifier(span: Any) -> bool:
    """Whether a place name qualifies plural people as where they are from ("the Dover excursionists",
    "Kent and Dover farmers"), which names no party; a force of a place stands for it (force_party)."""
    root = span.root
    root = first_conjunct(root)
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i > span.end - 1 and head.tag_ == "NN" and \
            head.lower_ in PRIVATE_PERSON_NOUNS:
        return True  # "a U.S. schoolboy was shot": one private person's country took no part
    # (a country's people stand for it: "six U.S. service members killed")
    return root.dep_ in ("compound", "nmod") and head.i > span.end - 1 and head.pos_ == "NOUN" and \
        head.tag_ == "NNS" and head.lower_ not in FORCE_NOUNS and country_name(span.text) is None


def _tie_holder(root: Any) -> bool:
    """Whether a name's phrase ``root`` is the other end of a relational noun ("a friend of X", "X's wife"),
    also through a common noun in between ("a friend of Tarvia's assassin": the friend is no one of Tarvia's)."""
    for _ in range(3):
        if root.dep_ == "poss":
            holder = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            holder = root.head.head
        else:
            return False
        if holder.lower_ in RELATIONAL_NOUNS:
            return True
        if holder.pos_ != "NOUN" or holder.tag_ not in ("NN", "NNS"):
            return False
        root = holder
    return False


def _title_noun_words(noun: Any, name: Any) -> set[int]:
    """The words that qualify a title noun apposed to a person ("an IRA leader at the time, Sean
    MacStiofain"; "Sean MacStiofain, the leader of the IRA"): its modifiers and its "of" phrase."""
    out: set[int] = set()
    for c in noun.children:
        # ("the U.S. ambassador to Poland, Dan Fried,": the state he is sent to is his post's, no party)
        if c.dep_ in ("compound", "nmod", "amod", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "to")):
            out.update(t.i for t in c.subtree if not (name.start <= t.i < name.end))
    return out


def title_tokens(sentence: SentenceNames) -> set[int]:
    """Tokens of the words before a name that say what it is: a person's title ("U.S. Secretary of
    Defense Ash Carter", "an IRA leader, Sean MacStiofain"), the owner of a named body ("Russia's
    state-run Tass news agency") and the other end of a tie ("a friend of Tsarnaev")."""
    out: set[int] = set()
    for e, sp, _ in sentence.spans:
        root = sp.root
        if e.label in ("PERSON", "ORG", "GPE", "NORP") and _tie_holder(phrase_top(root)):
            out.update(t.i for t in sp)
        if e.label == "PERSON":
            # A title noun in apposition with the person, either way round.
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in PERSON_NOUNS:
                out.update(_title_noun_words(root.head, sp))
            post = root.head.head.head if root.dep_ == "appos" and root.head.dep_ == "pobj" else None
            if post is not None and post.pos_ == "NOUN" and post.lower_ in PERSON_NOUNS and root.head.head.lower_ in ("of", "to"):
                # "The U.S. ambassador to Poland, Dan Fried,": the parser hangs him on the post's state
                out.update(_title_noun_words(post, sp))
            for c in root.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PERSON_NOUNS and c.i > sp.end:
                    out.update(_title_noun_words(c, sp))
            for c in root.children:
                if c.i < sp.start and c.dep_ in ("nmod", "compound", "amod") and not (
                        c.i > 0 and root.doc[c.i - 1].lower_ in LOCATIVE_PREPOSITIONS):  # "in Moscow Molotov": a place
                    out.update(t.i for t in c.subtree if t.i < sp.start)
        elif e.label == "ORG" and root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN":
            # a named body inside a phrase ("Tass news agency"): the phrase's possessor owns it
            out.update(t.i for c in root.head.children if c.dep_ == "poss" for t in c.subtree)
    return out


def phrase_top(token: Any) -> Any:
    """Up through the coordination and compounds a name sits in ("a friend of Tamerlan and Dzhokhar")."""
    for _ in range(12):
        if token.dep_ in ("conj", "compound", "flat") and token.head.i != token.i:
            token = token.head
        else:
            break
    return token


# Land acted on: "invaded its zone of influence in Poland", "entered the Polish territories" — the
# state the land belongs to is a party of the invasion, not only where it happened.
TERRITORY_NOUNS = {"territory", "territories", "zone", "zones", "land", "lands", "soil", "border", "borders",
                   "frontier", "frontiers", "region", "regions", "area", "areas", "part", "parts", "province",
                   "provinces", "half", "coast", "coastline", "sphere", "portion", "districts", "district"}


def territory_parties(objects: list, spans: SentenceNames, states: list[str]) -> list[str]:
    """The states whose land the trigger acts on: "its zone of influence in Poland" (Poland),
    "the Polish territories" (Poland, the demonym's state among the document's ``states``)."""
    found = []
    for head in objects:
        if head.lower_ not in TERRITORY_NOUNS:
            continue
        for c in head.children:
            if c.dep_ == "amod" and c.text[:1].isupper():
                state = state_of_demonym(c.text, states)
                if state:
                    found.append(state)
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                places = {t.i for t in [g for g in c.children if g.dep_ == "pobj"]}
                found += [name for e, sp, name in spans.spans if e.label == "GPE" and sp.root.i in places]
    return found


def qualifying_clauses(heads: list) -> set[int]:
    """Tokens of a participle clause with an object of its own qualifying a subject ("supporters
    holding Tarvia's flag marched"): what the clause acts on is no actor of the main verb."""
    return {t.i for h in heads for c in h.children
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and any(g.dep_ == "dobj" for g in c.children)
            for t in c.subtree}


# Nouns of a made work: a quoted name right after one is the work's title, no party ("her novel "Florentin"").
WORK_NOUNS = {"album", "albums", "single", "singles", "song", "songs", "ep", "record", "track", "novel", "book",
              "film", "movie", "poem", "play", "opera", "painting", "series", "show", "magazine", "anthem", "hymn"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def is_quoted_work(span: Any) -> bool:
    """Whether a name is a work's title: in quotes right after a noun for a work ("the album "Tarn"")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    return doc[span.start - 1].text in QUOTE_MARKS and doc[span.end].text in QUOTE_MARKS and \
        doc[span.start - 2].lower_ in WORK_NOUNS


def is_work_title(span: Any, label: str) -> bool:
    """Whether a name is introduced as a made work's title: in apposition to a noun for a work ("their
    album, A Quiet Storm,"), right after one ("the film Blue Harbour"), or, for a name that is no person
    or state, followed by its year in brackets ("starting with Blue Harbour (1944)")."""
    doc, root = span.doc, span.root
    comma = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the"))
    if root.dep_ == "appos" and root.head.lower_ in WORK_NOUNS and comma > 0 and doc[comma].text == "," and \
            root.head.i == comma - 1:
        return True  # (the comma keeps "the album of the band Tarn" off the band)
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in WORK_NOUNS and doc[before].pos_ == "NOUN" and (
            root.head.i == before or (doc[before].head.i == root.i and doc[before].dep_ in ("compound", "nmod"))):
        return True  # "the film Blue Harbour"; "their debut album Silver Lake" (the parser makes "album" a compound)
    # (a person's name takes a bare year too, unless the sentence is listing works: "films, starting with X (1944)")
    listing = any(t.lower_ in WORK_NOUNS or t.lower_[:-1] in WORK_NOUNS for t in doc[span.sent.start:span.start])
    return label != "GPE" and (label != "PERSON" or listing) and span.end + 2 < len(doc) and \
        doc[span.end].text == "(" and len(doc[span.end + 1].text) == 4 and doc[span.end + 1].text.isdigit() and \
        doc[span.end + 2].text == ")"


def with_compounds(head: Any) -> str:
    """An untagged plural proper noun with the proper nouns compounded right before it ("Orme Composites")."""
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].tag_ == "NNP" \
            and head.doc[start - 1].head.i == head.i:
        start -= 1
    return head.doc[start:head.i + 1].text


# People named by their post in a body: "a commander of the militia", "the sultan of the Deccan". The body
# after "of" is where the person serves, not a party of what the person does or suffers.
_POST_NOUNS = {"commander", "leader", "member", "official", "spokesman", "spokeswoman", "head", "chief", "general",
               "officer", "director", "chairman", "founder", "supporter", "sultan", "emir", "governor", "mayor",
               "secretary", "minister", "ambassador", "envoy", "representative", "employee", "worker", "agent",
               "soldier", "fighter", "militant", "activist", "president", "prime"}


# Subjects through whom the body they are "of" acts (plural holders of posts, and those who speak for it).
_ACTING_FOR_BODY = {"members", "officials", "ambassadors", "envoys", "representatives", "delegates", "delegation",
                    "negotiators", "ministers", "leaders", "diplomats", "executives", "spokesman", "spokeswoman", "spokesmen"}


def is_post_holders_body(span: Any) -> bool:
    """Whether a name is the body of a person's post ("a local commander of the Tarn Militia was killed")."""
    root = phrase_top(span.root)
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    if root.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.lower_ in ("state", "government") for c in root.children):
        return False  # "head of state Cal Orme": the parser's "of" on the office's own words; he holds it
    noun = root.head.head
    # "became head coach of the Hawks": a post said of someone; the body joined is a party.
    predicated = noun.dep_ in ("attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
    # "members of the Tarn Scout Association volunteered": a body acts through its members (one holder
    # of a post acted on, "a commander of the Tarn Militia was killed", is no act of the body).
    # Likewise those who speak or negotiate for it ("officials of the Justice Department said", "the
    # ambassadors of Tarvia and Lusk issued a statement"): in news the body acts through them.
    acting_members = (noun.lower_ in _ACTING_FOR_BODY and noun.dep_ == "nsubj") or speaks_for_body(noun)
    return noun.pos_ == "NOUN" and not singulars(noun.lower_).isdisjoint(_POST_NOUNS) and not predicated \
        and not acting_members


def quoted_words(span: Any) -> set[int]:
    """Token indices inside quotation marks within a name (the nickname of 'William "Buckshot" May')."""
    out, inside = set(), False
    for t in span:
        if t.text in QUOTE_MARKS:
            inside = not inside
        elif inside:
            out.add(t.i)
    return out


# Verbs whose "after"/"for" object is the person honoured ("named after Bobby Orme"), and verbs of a
# swap whose "for" object is given in return ("traded to the Hawks for Tom Brady"); word forms, as
# the pipeline's model runs without a lemmatiser.
_NAMING_VERBS = {"named", "renamed", "dedicated"}
_EXCHANGE_VERBS = {"trade", "trades", "traded", "trading", "swap", "swaps", "swapped", "swapping",
                   "exchange", "exchanges", "exchanged", "exchanging"}


def counterpart_heads(trigger: Any) -> list:
    """People on the other side of a naming or a trade: the one honoured ("was named after Bobby
    Orme") or given in exchange ("for Tom Brady"). A person only: "named after the river", "for cash"
    and "for a draft pick" name no party."""
    word = trigger.lower_
    preps = ("after", "for") if word in _NAMING_VERBS else ("for",) if word in _EXCHANGE_VERBS else ()
    objects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
               if g.dep_ == "pobj"]
    # "for outfielder Dan Miles": the person named on the title noun
    return [g for o in objects for g in [o, *o.children] if g.ent_type_ == "PERSON" and (
        g is o or (o.pos_ == "NOUN" and g.dep_ in ("appos", "compound", "flat")))]

