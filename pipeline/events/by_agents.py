"""The name of a passive's ``by``-agent that the entities stage lost (issue 31, "who did it").

"Vellism was a religion founded in the third century by the Tarvian prophet Orm (216–274)", "Lusk was
sacked by the Elamites in 1230 BC", "a religion established by Baháʼu'lláh": the parse finds the agent,
but no kept entity of a party's label covers its name (the model's span "prophet Orm" was dropped for
its common-noun start, "Elamites" came out as a product, "Baháʼu'lláh" was tagged a common plural),
so the row had no actor at all. The agent's proper name, read off the parse, is the actor.

Only the object of a passive's ``by`` (or its named apposition, "the prophet Orm"), only a capitalised
word tagged as a proper noun (or a capitalised plural the tagger took for a common one) that no kept
entity of a party's, a place's or a date's label covers, and never a word that ends a place's, a
venue's, a document's or a happening's name. Precision first: a name kept under a thing's label (a
product, a work) counts only as a plural, a people ("the Elamites"), never a single word ("Marduk").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.events.sentence_names import SentenceNames
from pipeline.events.event_nouns import is_event_noun
from pipeline.events.untagged_names import NOT_PARTY_WORDS
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.labels import ACTOR_LABELS, PLACE_LABELS

# Labels a kept entity may carry over an agent's word and still leave the people unnamed ("Elamites": PRODUCT).
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})


def lost_agent_names(subjects: list, spans: SentenceNames, by_text: dict[str, str], states: list[str]) -> list[str]:
    """The canonical names of the ``by``-agents among ``subjects`` that no kept party entity covers
    (see the module); [] when there is none. A state's people names the state as elsewhere ("by the
    Greeks": Greece); a people with no state stays its plural ("the Elamites")."""
    labels = {t.i: e.label for e, sp, _ in spans.spans for t in sp}
    out: list[str] = []
    for head in subjects:
        if head.dep_ != "pobj" or head.head.dep_ != "agent":
            continue
        named = [head] + ([c for c in head.children if c.dep_ == "appos"] if head.pos_ == "NOUN" else [])
        for word in named:  # "by the Parthian prophet Mani": the prophet's name
            if _is_lost_name(word, labels):
                name = _with_name_compounds(word)
                name = (state_of_demonym(name, states) if word.tag_ in ("NNPS", "NNS") and " " not in name else None) or name
                out.append(by_text.get(name, name))
                break
    return out


def _is_lost_name(word: Any, labels: dict[int, str]) -> bool:
    """A capitalised proper word (or a capitalised plural) no kept entity names as a party, place or date."""
    if not word.text[:1].isupper() or word.i == word.sent.start or len(word.text) < 3 or not word.is_alpha \
            and not any(ch.isalpha() for ch in word.text):
        return False
    plural = word.tag_ == "NNPS" or (word.tag_ == "NNS" and word.text[1:2].islower())
    if word.tag_ not in ("NNP", "NNPS", "NNS"):
        return False
    label = labels.get(word.i)
    if label is not None and not (label in _THING_LABELS and plural):
        return False  # a party's name roles already read, a place, a date; or a thing's single name
    if label is None and word.ent_type_ and word.ent_type_ not in ACTOR_LABELS:
        return False  # the model's date, number or place: no party the entities stage lost
    if word.ent_type_ in PLACE_LABELS and word.ent_type_ != "GPE":
        return False
    lower = word.lower_
    return lower not in NOT_PARTY_WORDS and lower not in DOCUMENT_WORDS and not is_event_noun(word)


_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


def _with_name_compounds(word: Any) -> str:
    """The word with the capitalised proper nouns compounded right before it and the words joined to it
    without a space ("al-Qaeda"); "satrap Atropates": the lower-case title is not part of the name."""
    start = word.i
    doc = word.doc
    while start > word.sent.start and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].tag_ in ("NNP", "NNPS") \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == word.i:
        start -= 1
    # "Hacı I Giray": a regnal numeral inside the name (the parse takes "I" for a pronoun) keeps the name whole
    while start > word.sent.start + 1 and doc[start - 1].text in _REGNAL and doc[start - 2].tag_ == "NNP" \
            and doc[start - 2].text[:1].isupper():
        start -= 2
    # "al-Qaeda": words joined to it without a space are one name with it, never the fragment "Qaeda"
    while start > word.sent.start and not doc[start - 1].whitespace_ and (doc[start - 1].text in ("-", "'", "ʼ")
                                                                        or doc[start - 1].is_alpha):
        start -= 1
    return doc[start:word.i + 1].text
