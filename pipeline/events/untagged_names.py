"""Names in a subject's phrase that the model left untagged ("the 'Islamic State' militant group", "IS
attacks"): runs of proper nouns no entity covers, which are no place, day, venue, agreement or happening."""

from __future__ import annotations

from typing import Any

from pipeline.nlp.entity_hygiene import is_hyphen_fragment
from pipeline.events.triggers import is_event_noun
from pipeline.lexicon.person_titles import HONORIFICS, TITLES_OF_PLACE
from pipeline.lexicon.type_nouns import PERSON_NOUNS
from pipeline.lexicon.agreements import DOCUMENT_WORDS


# Capitalised words that head no party's name: the run they end is a place, a work, a day or an operation.
_NOT_PARTY_WORDS = {"line", "river", "mountains", "mountain", "sea", "ocean", "bay", "island", "islands", "canal",
                    "street", "road", "square", "bridge", "airport", "station", "palace", "castle", "fort", "day",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "i", "mr", "mrs", "ms", "dr",
                    # a happening or a venue named, not a party ("the Boston Marathon bombing")
                    "marathon", "festival", "games", "olympics", "concert", "parade", "market", "fair", "cafe",
                    "café", "restaurant", "hotel", "stadium", "arena", "mall", "church", "mosque", "cathedral",
                    "temple", "school", "hospital", "base", "camp", "airfield"}
# Common nouns of a venue: an untagged proper noun qualifying one names the place ("the Rolando cafe").
_VENUE_NOUNS = {"cafe", "café", "restaurant", "bar", "pub", "hotel", "shop", "store", "market", "stadium", "arena",
                "mall", "church", "mosque", "cathedral", "temple", "school", "hospital", "station", "airport",
                "street", "road", "square", "bridge", "building", "tower", "base", "camp", "airfield", "hall"}
# Last words that make a proper-noun run a place, a day, a venue or a happening, never a party.
NOT_PARTY_WORDS = frozenset(_NOT_PARTY_WORDS | _VENUE_NOUNS)


def untagged_names(doc: Any, tokens: set[int], named: set[int]) -> list[str]:
    """Names in the subject's phrase that the model left untagged ("the 'Islamic State' militant
    group", "IS attacks"): runs of proper nouns no entity covers. Not a run that opens the
    sentence alone (a capitalised common word), nor one ending in a word that names a place, a
    day or an agreement, nor an event's name ("Operation Barbarossa")."""
    out, run = [], []
    for i in sorted(tokens) + [None]:
        tok = doc[i] if i is not None else None
        if tok is not None and (((tok.tag_ in ("NNP", "NNPS") or people_plural(tok)) and i not in named
                                  and tok.text[:1].isupper() and not tok.ent_type_) or _title_of(run, tok, named)
                                 or _foreign_of(run, tok, named)) \
                and (not run or run[-1].i == i - 1):
            run.append(tok)
            continue
        if run and run[-1].lower_ == "of":
            run = run[:-1]  # "the Duke of" and no name after it: the title alone, as before
        if run:
            run = _counted(run) + run  # "the Five Nations": the number is part of the name
            words = [t.lower_ for t in run]
            alone_first = len(run) == 1 and run[0].i == run[0].sent.start
            full = _short_name(run[0]) if alone_first else None  # "Savin cited": Savin Corp., named before
            alone_first = alone_first and not _set_off_relative(run[0]) and full is None
            venue = alone_first or (run[-1].dep_ == "compound" and run[-1].head.lower_ in _VENUE_NOUNS)
            fragment = is_hyphen_fragment(doc[run[0].i:run[-1].i + 1])  # "Consensus All" of "All-SWC"
            # "President Orme's sons": titles alone before a tagged name are his title, no one else
            fragment = fragment or (all(t.lower_.rstrip(".") in HONORIFICS for t in run) and run[-1].i + 1 in named)
            if not venue and not fragment and words[-1] not in _NOT_PARTY_WORDS and words[-1] not in DOCUMENT_WORDS and \
                    not any(is_event_noun(t) for t in run) and len(run[-1].text) > 1 and \
                    not _in_agreement_name(run[-1]):
                while run and run[0].lower_.rstrip(".") in PERSON_NOUNS and len(run) > 1 and run[1].lower_ != "of":
                    run = run[1:]  # "General Villeneuve": the name, not the title
                out.append(full or doc[run[0].i:run[-1].i + 1].text)
        run = [tok] if tok is not None and tok.tag_ in ("NNP", "NNPS") and i not in named \
            and tok.text[:1].isupper() and not tok.ent_type_ else []
    return out


def _set_off_relative(token: Any) -> bool:
    """Whether a capitalised word opening a sentence has a relative clause set off by a comma ("Orm,
    which has three ships on order, presented claims"): a name, which a common word so capitalised
    (tagged as a proper noun by the model) is not written with."""
    doc = token.doc
    return token.tag_ == "NNP" and token.i + 2 < len(doc) and doc[token.i + 1].text == "," and \
        doc[token.i + 2].lower_ in ("which", "who") and any(c.dep_ == "relcl" for c in token.children)


def _short_name(token: Any) -> str | None:
    """The full name a capitalised word opening a sentence is the short form of ("Savin Corp. reported
    a loss … Savin cited weak demand": Savin Corp.): the one organisation's name of two words or more
    the model tagged before it in its paragraph whose first word it is; None otherwise."""
    if token.tag_ != "NNP":
        return None
    names = {e.text for e in token.doc.ents if e.label_ == "ORG" and len(e) > 1 and e.end <= token.i
             and e[0].text == token.text}
    return next(iter(names)) if len(names) == 1 else None


def _in_agreement_name(token: Any) -> bool:
    """A word of an agreement's name ("the German-Polish Non-Aggression Pact": Non, Aggression), found
    by climbing its compound and modifier links to the head noun."""
    for _ in range(6):
        if token.dep_ not in ("compound", "amod", "nmod", "punct", "prep", "pobj") or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in DOCUMENT_WORDS:
            return True
    return False


def _title_of(run: list, tok: Any, named: set[int]) -> bool:
    """Whether ``tok`` is the "of" of a ruler's title written of a place ("the Duke of Vell", "the Khan of
    Orme"): one capitalised title word before it and an untagged capitalised proper noun after, so the
    whole title is one name, never the title and the place as two parties."""
    if tok.lower_ != "of" or len(run) != 1 or run[0].lower_ not in TITLES_OF_PLACE or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return after.tag_ in ("NNP", "NNPS") and after.i not in named and after.text[:1].isupper() and not after.ent_type_


# The "of" of a Romance or German body's name ("Fasci Italiani di Combattimento", "Banco de la Nación").
_FOREIGN_OF = {"di", "de", "del", "della", "dei", "degli", "des", "du", "da", "do", "dos", "das", "der"}


def _foreign_of(run: list, tok: Any, named: set[int]) -> bool:
    """Whether ``tok`` is a foreign name's "of" between two runs of untagged capitalised proper nouns
    ("Fasci Italiani di Combattimento"): one name, never two fragments ("Fasci Italiani", "Combattimento")."""
    if tok.lower_ not in _FOREIGN_OF or len(run) < 2 or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return after.tag_ in ("NNP", "NNPS") and after.i not in named and after.text[:1].isupper() and not after.ent_type_


def _counted(run: list) -> list:
    """The capitalised number word right before a run of proper nouns ("Five" of "the Five Nations",
    which the model tags a cardinal), as a list of its one token, else []."""
    before = run[0].i - 1
    if before < run[0].sent.start:
        return []  # (the cardinal is a kept entity of its own: ``named`` holds it, and is not asked)
    word = run[0].doc[before]
    return [word] if word.like_num and word.is_alpha and word.text[:1].isupper() and word.ent_type_ in ("", "CARDINAL") else []


def proper_plural(tok: Any) -> bool:
    """A plural proper noun by its tag, or a capitalised plural the tagger took for a common noun
    (:func:`people_plural`)."""
    return tok.tag_ == "NNPS" or people_plural(tok)


def people_plural(tok: Any) -> bool:
    """A capitalised plural the tagger took for a common noun, right after "the" inside a sentence ("by the
    Lusks"): a people's or a group's name, as a common plural is not capitalised there."""
    return (tok.tag_ == "NNS" and tok.i > tok.sent.start + 1 and tok.doc[tok.i - 1].lower_ == "the"
            and tok.text[:1].isupper() and tok.text.endswith("s") and len(tok.text) > 3 and tok.text[1:].islower())
