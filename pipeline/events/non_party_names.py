"""Names the model tags as a person, a body or a state that the sentence uses as no party (issue 31's
judged wrong actors on history leads): a period or a realm as a stretch of history, a theatre of war,
a rank or honour given (``is_title_given``),
a barrier, an idea or a creed, a meeting that is held, a town named as a seat, a place named by the
facility on it, a site that shows its past, a ship (by its prefix or its voyage), whoever a group
follows, a source one cites, a body or realm that only lasted, an operation's code name, a landform, an
adjective the model took for a body, a happening named "Head of X" or with the trigger's own noun.
:func:`pipeline.events.non_parties.is_thing_or_misread` applies them.

Precision first: each rule reads the name's shape and its place in the sentence together, so that a
party of the same words stays ("the Popular Front won", "Tarvia's army invaded", "the Warsaw Pact
invaded")."""

from __future__ import annotations

from typing import Any

from pipeline.events.fronted_appositions import is_described_state
from pipeline.events.name_pieces import is_name_piece
from pipeline.events.happening_sites import is_site_in_happening_name
from pipeline.events.demonyms import IRREGULAR_DEMONYMS
from pipeline.events.party_shapes import FORCE_NOUNS
from pipeline.events.owned_bodies import is_owner_named
from pipeline.events.vehicle_models import is_vehicle_model
from pipeline.events.style_names import is_style_name
from pipeline.lexicon.non_party_names import (
    ACT_NAME_HEADS, BARRIER_HEADS, BUILDING_BODY_HEADS, CREED_NAMES, EVIDENCE_NOUNS, FACILITY_NOUNS, FLEET_NOUNS, FOLLOWER_NOUNS,
    HAPPENING_NAME_HEADS, HONOUR_TITLE_HEADS, LANDFORM_HEADS, LASTING_VERBS, OPERATION_WORDS, RULING_GROUP_NOUNS, VOYAGE_VERBS,
    MEETING_HEADS, MEETING_VERBS, MEMBER_NOUNS, PLACING_VERBS,
    PERIOD_HEADS, PERIOD_ORDINALS, POLITICAL_FRONT_WORDS, REALM_HEADS, SEAT_NOUNS, SHIP_PREFIXES, SUBJECT_PLACE_PREPOSITIONS, THEATRE_WORDS,
    THING_ABBREVIATIONS, VESSEL_NOUNS)
from pipeline.lexicon.person_titles import HONORIFICS, REGNAL_TITLES, TITLES_OF_PLACE


def _words(span: Any) -> list:
    """The name's words without a leading "the", punctuation and a possessive ending."""
    words = [t for t in span if not t.is_punct and t.text not in ("'s", "’s", "'")]
    while words and words[0].lower_ == "the":
        words = words[1:]
    return words


def is_stretch_of_history(span: Any, label: str) -> bool:
    """A period ("the Golden Age", "the Meiji Era"), a realm named as a stretch of a land's history ("the
    Middle Kingdom", "the New Kingdom"), a barrier ("the Iron Curtain") or a theatre of war ("the
    Western Front", "the Italian Front"): when it "began" or "divided", nobody acted. A person of
    the same last word ("Tom Wall") stays; a political front ("the Popular Front") stays."""
    words = _words(span)
    if not words or label == "PERSON":
        return False
    last = words[-1].lower_
    if last in PERIOD_HEADS or last in BARRIER_HEADS:
        return True
    if last in REALM_HEADS and len(words) >= 2 and words[0].lower_ in PERIOD_ORDINALS:
        return True
    return last == "front" and len(words) == 2 and _names_a_theatre(words[0])


def _names_a_theatre(word: Any) -> bool:
    """Whether the word before "Front" is a direction, a people's word or a place the document names as
    a place ("Western", "Italian", "Orm" where Orm is a place elsewhere): a theatre of war."""
    lower = word.lower_
    if lower in THEATRE_WORDS:
        return True
    if lower in POLITICAL_FRONT_WORDS or not word.text[:1].isupper():
        return False
    if lower in IRREGULAR_DEMONYMS or lower.endswith(("ian", "ese", "ish")):
        return True
    return any(e.label_ in ("GPE", "LOC") and e.text == word.text for e in word.doc.ents)


def is_idea(span: Any, label: str) -> bool:
    """A creed or an idea of one word ("Christianity came to Orm", "Nationalism spread"): the people
    who carried it are the parties, not the idea."""
    words = _words(span)
    if not words or label == "PERSON" or (len(words) > 1 and words[-1].lower_ not in CREED_NAMES):
        return False  # (a branch of a creed is one too: "Sunni Islam", "Tibetan Buddhism")
    lower = words[-1].lower_
    return lower in CREED_NAMES or (lower.endswith("ism") and len(lower) > 5)


def is_meeting_held(span: Any, trigger: Any) -> bool:
    """A named meeting that is held, convened or attended ("the Congress of Vell was held", "attended
    the Lusk Conference"): the meeting is the happening, its members and hosts the parties. One
    word ("Congress was convened") is a body and stays."""
    words = _words(span)
    if len(words) < 2 or trigger.lower_ not in MEETING_VERBS:
        return False
    if words[0].lower_ not in MEETING_HEADS and words[-1].lower_ not in MEETING_HEADS:
        return False
    root = span.root
    return root.head.i == trigger.i and root.dep_ in ("dobj", "nsubjpass")


def is_named_as_seat(span: Any) -> bool:
    """A town named as a realm's capital or seat ("with Vell as its capital", "Vell became the capital",
    "made Vell its seat"): where the seat is, no party."""
    doc = span.doc
    after = [t for t in doc[span.end:min(len(doc), span.end + 6)]]
    if is_described_state(span):
        return False  # "A colony of Tarvia, Orm became the seat of the Tarvian Empire": a state, no town
    if after and after[0].lower_ in ("as", "became", "remained", "becomes", "remains"):
        for t in after[1:]:
            if t.lower_ in SEAT_NOUNS:
                return True
            if t.pos_ not in ("DET", "PRON", "ADJ") and t.tag_ != "PRP$":
                return False
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("made", "make", "makes", "making"):
        return False
    for t in after:
        if t.lower_ in SEAT_NOUNS:
            return True
        if t.pos_ not in ("DET", "PRON", "ADJ") and t.tag_ != "PRP$":
            return False
    return False


def names_a_facility(span: Any) -> bool:
    """A name that only names a facility built on a place ("the Kama tank school", "the Orm air base",
    "the Lusk test site"): the facility is where, the name no party."""
    head = span.root
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i and head.head.i >= span.end:
        head = head.head
        if head.lower_ in FACILITY_NOUNS:
            return True
    return False


def is_site_showing_its_past(span: Any, trigger: Any) -> bool:
    """A site that "shows occupation since the 8th millennium BC" or "has yielded traces of settlement":
    a place that was lived in, no actor."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.i != trigger.i:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in EVIDENCE_NOUNS for c in trigger.children)


def is_ship(span: Any) -> bool:
    """A ship ("USS Tarvia", "the battleship Orme", "the aircraft carrier Lusk"): a thing, no party."""
    words = _words(span)
    if len(words) >= 2 and words[0].text in SHIP_PREFIXES:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in VESSEL_NOUNS:
        return True
    return before.lower_ == "carrier" and before.i > 0 and doc[before.i - 1].lower_ == "aircraft"


def is_followed_one(span: Any) -> bool:
    """Whom a group follows or opposes ("Orme's supporters rallied", "Orme's critics walked out"), or
    whose kin or aide someone is ("Orme's stepmother said"): they act; the one they are of does not.
    (A force or a government stands for its state: "Tarvia's army invaded" keeps Tarvia.)"""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in MEMBER_NOUNS:
        return True  # "students of the Orme Institute protested": the students, not the institute
    # "Orm competitors offered discounts": a name compounded on its rivals or kin is theirs as much (a family
    # named so is its own party: "the Orm family")
    if span[-1].dep_ == "compound" and is_owner_named(span[-1].head, span[-1]):
        return True  # "the Orm Corp. subsidiary": Orm's, not Orm (owned_bodies; the span's root may be "the")
    if root.dep_ == "compound" and root.head.lower_ in ("family", "parents", "relatives"):
        return False
    return root.dep_ in ("poss", "compound") and root.head.lower_ in FOLLOWER_NOUNS


def is_list_placed_on(span: Any, label: str) -> bool:
    """A body's name that is a list or a watch something is put on ("placed the debt on CreditWatch"):
    a thing, no party. Only a name tagged an organisation."""
    root = span.root
    return label == "ORG" and root.dep_ == "pobj" and root.head.lower_ in ("on", "onto", "off") and \
        root.head.head.lower_ in PLACING_VERBS


def is_place_of_the_subject(span: Any, trigger: Any, label: str) -> bool:
    """A place named inside the subject's phrase as where its people are ("officials in and around Lusk
    warned", "the bombings at the Tarvian Embassies frightened travellers"): the place acts not. Only a
    place's label, or an embassy: "analysts at Orme Corp. said" names their firm, a party."""
    if label not in ("GPE", "LOC", "FAC", "") and not (label == "ORG" and _words(span) and
                                                      _words(span)[-1].lower_ in BUILDING_BODY_HEADS):
        return False
    root = span.root
    while root.dep_ in ("compound", "conj", "appos", "poss") and root.head.i != root.i:
        root = root.head  # "at Lusk's Palace of Arts": the place's own building
    if root.dep_ != "pobj" or root.head.lower_ not in SUBJECT_PLACE_PREPOSITIONS:
        return False
    prep = root.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:
        prep = prep.head  # "in and around Lusk"
    holder = prep.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.i == trigger.i:
        return False
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent":
        holder = holder.head  # "a rally by workers at Lusk's hall"
    return holder.head.i == trigger.i and holder.dep_ in ("nsubj", "nsubjpass", "agent")


def is_cited_source(span: Any) -> bool:
    """A source cited for the news ("according to the Lusk Times, the court struck down the rule";
    "according to Orme, ..."): who says so is no party of what happened."""
    root = span.root
    while root.dep_ in ("compound", "appos", "conj", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def only_lasted(span: Any, trigger: Any, label: str) -> bool:
    """A realm, a body or an age that only lasted ("the Tarvian Empire lasted until 1922", "Orm's
    Golden Age lasted from 1588"): going on existing is no act, so neither it nor its owner acts."""
    root = span.root
    owner = root.dep_ == "poss"
    subject = root.head if owner else root
    if owner and subject.lower_ in PERIOD_HEADS:
        return True  # "Orm's golden age began": Orm acts not
    if subject.dep_ != "nsubj" or subject.head.i != trigger.i:
        return False
    if trigger.lower_ not in LASTING_VERBS or (label == "PERSON" and not owner):
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in trigger.children)


def is_title_given(span: Any, trigger: Any) -> bool:
    """A rank or an honour the verb gives its patient ("was later crowned King of Lusk", "was voted World
    Player of the Century", "named him Person of the Year"): what someone became, no party. Only a
    title's head word: "a man called Tom Orme" names a person, who stays."""
    root = span.root
    if root.head.i != trigger.i or root.dep_ not in ("oprd", "dobj", "attr"):
        return False
    if root.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
        return False  # an active verb's object is its patient ("crowned Orme"); a passive's is the title given
    return root.lower_ in TITLES_OF_PLACE | REGNAL_TITLES | HONORIFICS | HONOUR_TITLE_HEADS


def is_piece_of_happening_name(span: Any, trigger: Any) -> bool:
    """A name that is a piece of a happening's, an age's or an agreement's name ("the Seven Years' War
    was fought", "the Bronze Age collapse destroyed", "the Treaty of Verdun formed", "the Peace of
    Westphalia"): the name word before the head ("Seven Years", "Bronze Age") or the capitalised head's
    "of" ("Verdun") names the happening, no party of it. Only inside that one noun phrase: "Orm invaded
    Lusk in the war" and "the Orm invasion" keep Orm; a lower-case "the war of Orm against Lusk" too."""
    doc, root = span.doc, span.root
    head = root.head
    if root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.lower_ in HAPPENING_NAME_HEADS:
        between = doc[span.end:head.i]
        # Only the name's own words between: a possessive mark or more of the head's compounds.
        return all(t.text in ("'", "'s", "’s", "’") or (t.dep_ == "compound" and t.text[:1].isupper()) for t in between)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in HAPPENING_NAME_HEADS:
        return head.head.text[:1].isupper() and head.head.i == head.i - 1  # "the Treaty of Verdun"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ACT_NAME_HEADS and head.head.i == head.i - 1:
        # "the Fall of Orm ended the empire"; but the happening's own row keeps its patient ("the
        # Assassination of Jan Orme" with "assassination" as the trigger)
        return head.head.text[:1].isupper() and head.head.i != trigger.i
    return False


def is_named_act(span: Any) -> bool:
    """A happening's whole name "Head of X" taken for a party ("the Fall of Orm ended the empire", "With
    the Christianization of Tarvia, paganism was abolished"), or its capitalised head cut off ("Sack" of
    "the Sack of Lusk")."""
    words = _words(span)
    if not words or not words[0].text[:1].isupper() or words[0].lower_ not in ACT_NAME_HEADS | HAPPENING_NAME_HEADS:
        return False
    if len(words) >= 3 and words[1].lower_ == "of":
        return True
    doc = span.doc
    return len(words) == 1 and span.end < len(doc) and doc[span.end].lower_ == "of"


def is_land_of_the_group(span: Any, trigger: Any) -> bool:
    """The land a ruling house or a people is "of", where a relative clause on that group holds the
    trigger ("a dynasty of China that ruled from 1368", "a people of Gaul who traded with Rome"): the
    group did it, the land it ruled or lived in did not."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in RULING_GROUP_NOUNS:
        return False
    group = root.head.head
    clauses = [c for c in (*group.children, *root.children) if c.dep_ == "relcl" and
               any(k.tag_ in ("WDT", "WP") and k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
    return any(trigger.i == c.i or trigger.i in {t.i for t in c.subtree} for c in clauses)


def is_code_name(span: Any) -> bool:
    """An operation's or an exercise's code name ("Operation Desert Orm began", "launched Operation
    Tarn"): the happening's name, no party of it. "Operation" must be capitalised, as part of the name."""
    words = _words(span)
    if len(words) >= 2 and words[0].text[:1].isupper() and words[0].lower_ in OPERATION_WORDS:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text[:1].isupper() and before.lower_ in OPERATION_WORDS


def is_landform(span: Any) -> bool:
    """A landform's name ("the nomads of the Eurasian Steppe", "reached the Continental Divide"): a
    place whatever the model called it (often a body or a person), never a party."""
    words = _words(span)
    return len(words) >= 2 and words[-1].lower_ in LANDFORM_HEADS


def is_ship_on_voyage(span: Any, trigger: Any, label: str) -> bool:
    """A ship named by one proper noun after "the" that sails, docks or sinks ("the Mayflower sailed from
    Lusk", "sailed aboard the Orme"): a thing; the people aboard are the party. A people or a group
    ("the Pilgrims sailed", plural; "the English sailed"), a fleet or a force ("the Armada sailed") and a
    state stay."""
    words = _words(span)
    if len(words) != 1 or label in ("PERSON", "GPE", "LOC") or trigger.lower_ not in VOYAGE_VERBS:
        return False
    word = words[0]
    doc = span.doc
    if word.tag_ != "NNP" or word.lower_ in FLEET_NOUNS or word.lower_ in IRREGULAR_DEMONYMS or \
            word.i == 0 or doc[word.i - 1].lower_ != "the":
        return False
    if label == "NORP" and word.lower_.endswith(("an", "ese", "ish", "ch", "i")):
        return False  # "the English sailed": a people (the model calls a ship a people too: "the Endeavour")
    if word.dep_ == "nsubj" and word.head.i == trigger.i:
        return True
    return word.dep_ == "pobj" and word.head.lower_ in ("aboard", "on") and word.head.head.i == trigger.i


def is_adjective_piece(span: Any, label: str) -> bool:
    """A name that is an adjective of a noun ("Greco-Roman culture spread", "the Polish-Lithuanian
    Commonwealth"): it names no one (the model tagged the adjective as a body). An adjective of a force
    or a government ("Tarvian troops") is left to the demonym rules, which give the state."""
    words = _words(span)
    if not words or label in ("PERSON", "NORP") or words[-1].tag_ != "JJ":
        return False
    heads = {t.head.i for t in span if not (span.start <= t.head.i < span.end)}
    if len(heads) != 1:
        return False
    head = span.doc[heads.pop()]
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in FORCE_NOUNS and \
        all(t.dep_ in ("amod", "compound", "nmod", "punct") for t in span if t.head.i == head.i)


def is_happening_of_its_kind(span: Any, trigger: Any, label: str) -> bool:
    """A name of a happening of the trigger noun's own kind ("led two expeditions: the Orme Expedition and
    the Vell Expedition", "the Orm War and the Vell War"): the happening itself or its sibling, no party
    of it. Only a noun trigger, and a name of two words or more whose last word is that noun."""
    words = _words(span)
    if len(words) < 2 or label == "PERSON" or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    last = words[-1].lower_
    return last in (trigger.lower_, trigger.lemma_.lower()) or last.rstrip("s") == trigger.lemma_.lower()


def is_no_party_name(span: Any, trigger: Any, label: str, name: str | None = None) -> bool:
    """Whether a name the model tagged as a party is, by its shape and place, none (the rules above)."""
    return (is_code_name(span) or is_landform(span) or is_ship_on_voyage(span, trigger, label)
            or is_vehicle_model(span) or span.text in THING_ABBREVIATIONS  # "Tu-134 plane crash", "DNA tests"
            or is_style_name(span, label)  # "the Orm style spread" (style_names)
            or is_happening_of_its_kind(span, trigger, label)
            or is_adjective_piece(span, label) or is_stretch_of_history(span, label) or is_idea(span, label) or is_meeting_held(span, trigger)
            or is_named_as_seat(span) or names_a_facility(span) or is_site_showing_its_past(span, trigger)
            or is_ship(span) or is_followed_one(span) or is_list_placed_on(span, label) or is_cited_source(span) or only_lasted(span, trigger, label)
            or is_place_of_the_subject(span, trigger, label) or is_title_given(span, trigger)
            or is_piece_of_happening_name(span, trigger) or is_named_act(span) or is_land_of_the_group(span, trigger)
            or is_name_piece(span, trigger, label, name) or is_site_in_happening_name(span, trigger, label))  # a dashed piece, a bare title, a disaster's site (name_pieces)


def untagged_no_party(doc: Any, tokens: set[int], name: str, trigger: Any) -> bool:
    """Whether a run of proper nouns the model left untagged, found in the subject's ``tokens``, is by
    the rules above no party ("the Iron Curtain divided", "Buddhism reached Vell", "Orme's supporters
    rallied"). Read as neither a person nor a body: the label the model did not give."""
    words = name.split()
    for i in sorted(tokens):
        if doc[i].text == words[0] and doc[i:i + len(words)].text == name:
            span = doc[i:i + len(words)]
            # "workers at Lusk's Palace of Arts": a building's words in where the subject's people are
            placed = any(a.lower_ in SUBJECT_PLACE_PREPOSITIONS and a.pos_ == "ADP" and a.head.pos_ in ("NOUN", "PROPN")
                         for a in span.root.ancestors if a.i != trigger.i)
            return placed or is_front_of_longer_name(span) or is_no_party_name(span, trigger, "")
    return False


def is_front_of_longer_name(span: Any) -> bool:
    """"won the Ballon d'Or": a run whose last word qualifies a proper noun written right after it in lower
    case ("d'Or") is the front of a longer name, an award's or a title's, no party of its own."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and span[-1].head.i == after.i and after.pos_ == "PROPN" and not after.text[:1].isupper()
