"""Names beside a happening that are no parties of it (issue 31's measured false parties): the owner
or maker of a physical thing acted on, the employer of private people acted on, a sports result
the model tagged as a body, and a made product released, developed or launched, a common noun capitalised at a sentence's start, the
speaker of a saying set inside another clause, the town a business is "of", a group's base and the state whose press reports.
:mod:`pipeline.events.roles` applies them."""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import named_happening_subject
from pipeline.events.non_party_names import is_no_party_name, untagged_no_party  # noqa: F401 (roles reads both here)
from pipeline.events.party_terms import is_creed_adjective, is_happening_plural, is_name_given  # noqa: F401 (roles reads the second)
from pipeline.lexicon.agreements import DOCUMENT_NAME_HEADS
from pipeline.lexicon.companies import MEDIA_NOUNS, TRADING_VENUE_HEADS
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES
from pipeline.lexicon.type_nouns import (IMAGE_NOUNS, ORG_NOUNS, PHYSICAL_THING_NOUNS, PRIVATE_PERSON_NOUNS, PRODUCT_NOUNS, THING_NAME_HEADS,
                                         RESULT_ABBREVIATIONS)


# Verbs of trade: the owner of the thing traded is a party ("rented a Ryder truck"). Stems.
_TRADING = ("rent", "leas", "hir", "buy", "bought", "purchas", "sell", "sold", "borrow", "lend", "lent")


def holds_no_party(thing: Any, name: Any, trigger: Any) -> bool:
    """Whether a name on what a trigger acts on is no party of it: the owner or maker of a physical
    thing ("her shop window was damaged", "the Ryder truck was driven"; not in a trade), the employer
    of private people ("four Ulsterbus workers were killed"; their country stands for them)."""
    if thing.lower_ in PHYSICAL_THING_NOUNS:
        return not trigger.lower_.startswith(_TRADING)
    return thing.pos_ == "NOUN" and thing.lower_.rstrip("s") in PRIVATE_PERSON_NOUNS and name.ent_type_ == "ORG"


def is_image_source(prep: Any, objects: list) -> bool:
    """Whether a "from" is where a picture handed out was taken ("released a photo from the Orme
    camera", "issued footage from CCTV"): the camera or the feed a picture comes from is no party to
    the handing over, as a seller or a sender of a thing is ("bought the rights from Orme Ltd")."""
    return prep.lower_ == "from" and any(o.lower_ in IMAGE_NOUNS for o in objects)


def is_tally(span: Any) -> bool:
    """Whether a "name" is a result or a tally ("KO", "34 KO's": a count and an abbreviation of up to
    three capitals), no party; "882 6PR" (a frequency and a call sign) is a name."""
    words = [t.text for t in span if not t.is_punct and t.text not in ("'s", "’s")]
    if words and words[0].isdigit():
        words = words[1:]
        if len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 3:
            return True
    return bool(words) and all(w.lower() in RESULT_ABBREVIATIONS for w in words)


# Verbs of bringing out a made thing (stems): what they act on is the product, its maker the party.
# Not "produce" (a producer produces a band, a party) nor "publish" (a publisher's paper is a body).
_MAKING = ("releas", "develop", "launch", "design", "introduc", "unveil", "manufactur")


def is_made_product(span: Any, trigger: Any) -> bool:
    """Whether a name is the product a trigger brings out ("Tarnex released the Orbit 64", "the
    Zephyr GT was launched", "released Tarn Quest, a role-playing game"): the model often calls a
    game, a console, a program or a car model a body or a person. Only as the verb's object or its
    passive subject; not a body's name ("launched the Tarn Workers' Party"), not someone released
    from something ("released Orme Ltd from the contract", "released Tom Orme from prison"), and a
    name the model calls a person only where a product noun describes it; what is launched or introduced,
    only where the model or a product noun calls it a product (a channel, a service, a company launched is a party)."""
    root = span.root
    if not trigger.lower_.startswith(_MAKING) or root.head.i != trigger.i or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return False
    if any(t.lower_ in ORG_NOUNS for t in span):
        return False
    described = any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in root.children) or \
        (root.i + 1 < len(root.doc) and root.nbor().lower_ in PRODUCT_NOUNS and root.nbor().head.i == root.i)
    if trigger.lower_.startswith(("launch", "introduc")) and root.ent_type_ != "PRODUCT":
        # "Viacom launched Nickelodeon", "launched the Tarn Party": a launched channel, service or body the
        # model calls a body is a party; only a product the model or a product noun says is one is not.
        return described or any(t.lower_ in PRODUCT_NOUNS for t in span)
    return root.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") or described


def is_trading_venue(span: Any) -> bool:
    """Whether a name is the market a stock trades on, written as where ("rose 50 cents on the New York
    Stock Exchange", "in Nasdaq trading", "closed at $21 in composite trading on the Tarn Exchange"):
    a venue, no actor and no party of the trading (the stock's company is)."""
    words = [w for w in span.text.split() if w[:1].isalnum()]
    if not words or words[-1].lower().strip(".,") not in TRADING_VENUE_HEADS:
        return False
    root = span.root
    while root.dep_ in ("compound", "flat", "conj", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "in", "at") or \
        root.dep_ == "compound" and root.head.lower_ == "trading"


def is_common_word_opening(span: Any) -> bool:
    """Whether a "name" is a common noun capitalised because it opens the sentence ("Kidnappers
    seized two engineers", "Protesters marched"): one word the tagger reads as a common noun,
    though the model called it a body. "Republicans", "Americans" are tagged proper and stay."""
    word = span[0].text if len(span) == 1 else ""
    # (a capital inside the word marks a name however tagged: "BayCon")
    return word.isalpha() and word[1:].islower() and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS")


def is_parenthetical_speaker(span: Any, trigger: Any) -> bool:
    """Whether a name is the speaker of a saying set inside another clause (", said Tom Orme,"
    or ", Tom Orme said,"): the parser often hangs the name on the reported clause's verb
    ("The plan, said Tom Orme, is meant to win votes" makes Orme the subject of "meant"). The
    speaker is a party of the saying only, and of what a clause on the speaker tells ("said Tom
    Orme, who left Lusk in 1962")."""
    doc = span.doc
    if trigger.i in {t.i for t in span.root.subtree}:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in SPEECH_VERB_FORMS and before.i != trigger.i and \
            before.i > 0 and doc[before.i - 1].text in _BREAKS and (after is None or after.text in _BREAKS + (".", ";")):
        return True  # ", said Tom Orme," (not ", said Orme's lawyers")
    return after is not None and after.lower_ in SPEECH_VERB_FORMS and after.i != trigger.i and \
        before is not None and before.text in _BREAKS[:3] and \
        after.i + 1 < len(doc) and doc[after.i + 1].text in _BREAKS[:3]  # ", Tom Orme said,"


# What sets a parenthetical saying apart: a comma or a dash, or the quote that closes the words said.
_BREAKS = (",", "—", "–", '"', "”", "''", "-")


def is_company_seat(span: Any) -> bool:
    """Whether a name is the town a business is of ("Tarn Foods Inc. of Dayton", "Orme Corp., of
    Lusk, Ohio,"): the business's seat, a place, no party, whatever the model called it."""
    root = span.root
    while root.dep_ == "appos" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    holder = root.head.head
    # The firm's legal form ends the name before "of" (the model may have missed the firm's name).
    return holder.i < span.start and (holder.lower_ in LEGAL_SUFFIXES or holder.lower_ in ("corporation", "company"))


def is_base_name(span: Any) -> bool:
    """Whether a place name only says where a group is based ("the Kandahar-based rebels", "a
    Lusk-based firm"): the group acts, its base is no party."""
    doc = span.doc
    rest = [t.lower_ for t in doc[span.end:span.end + 2]]
    return rest[:2] == ["-", "based"] or (rest[:1] and rest[0] in ("-based", "based") and doc[span.end - 1].whitespace_ == "")


def is_press_owner(span: Any) -> bool:
    """Whether a place's name only says whose press spoke ("Kenya's national newspapers reported",
    "Tarvian newspapers said"): the papers are no organ of the state, so it is no party."""
    root = span.root
    return root.dep_ in ("poss", "compound", "amod") and root.head.lower_ in MEDIA_NOUNS and root.head.pos_ == "NOUN"


# Verbs of a vehicle's accident (stems): their subject is the craft, a thing ("the Boeing crashed").
_ACCIDENTS = ("crash", "sank", "sink", "sunk", "derail", "capsiz")


def is_crashed_vehicle(span: Any, trigger: Any) -> bool:
    """Whether a name is the craft that crashed, sank or derailed ("the Boeing crashed near Lusk", "the
    Orme Star sank"): the model calls an aircraft by its maker's name or a ship a body, but a craft is
    a thing, no actor. A person who crashed stays ("Tom Orme crashed at Lusk"), and so does a subject
    that crashed something ("Orme Air crashed a plane")."""
    root = span.root
    if not trigger.lower_.startswith(_ACCIDENTS) or span.root.ent_type_ == "PERSON":
        return False
    if root.dep_ != "nsubj" or root.head.i != trigger.i:
        return False
    return not any(c.dep_ == "dobj" for c in trigger.children)


def is_thing_or_misread(label: str, span: Any, name: str, trigger: Any) -> bool:
    """A name the model tagged as a party that the sentence uses as no party: a thing (a mall, a
    treaty or law, a made product, a craft that crashed), a result ("34 KO's"), the exchange where
    shares trade, a common word capitalised at a sentence's start, or a speaker set inside another
    clause (whose party the saying is, not the clause's happening), a named happening going on, or a
    period, theatre, idea, meeting, seat, facility, ship, followed one or source
    (:mod:`pipeline.events.non_party_names`)."""
    last = name.split()[-1].lower()
    if label != "PERSON" and (last in DOCUMENT_NAME_HEADS or is_crashed_vehicle(span, trigger)):
        return True  # "the Washington Treaty created NATO", "the Boeing crashed": a document or craft acts not
    return (last in THING_NAME_HEADS or is_tally(span) or is_made_product(span, trigger) or is_trading_venue(span)
            or is_common_word_opening(span) or is_parenthetical_speaker(span, trigger)
            or is_happening_going_on(span, trigger) or is_no_party_name(span, trigger, label, name)
            or is_creed_adjective(span, trigger, label) or is_name_given(span))  # "the Muslim conquest", "the term Viking" (party_terms)


def is_happening_going_on(span: Any, trigger: Any) -> bool:
    """"The Investiture Controversy began in 1075", "the Orm War continued until 1410": the named
    happening whose going on the verb tells is the happening, no party of it; so is the name a row's
    trigger lies in ("the Tarsk Revolution" when "took place" gave the row to "revolution")."""
    if span.start <= trigger.i < span.end and trigger.pos_ == "PROPN":
        named = named_happening_subject(trigger.head)
        return named is not None and named.i == trigger.i
    named = named_happening_subject(trigger)
    return named is not None and named.i == span.root.i
