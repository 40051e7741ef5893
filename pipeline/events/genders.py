"""Whether the document speaks of a person as "he" or "she", so a pronoun skips the people it
cannot stand for ("Take Lisbeth Añez. … In May, she was arrested" is not the Maduro named before).

The evidence is the document's own, read off surface words (the events stage parses only some
sentences): a title before the name (Mr, Mrs, Ms, Lord, Lady, King, Queen …), and the pronouns of
a sentence naming exactly one person and of the sentence after it when that one names no one
("… Lisbeth Añez. For years, she was known …"); a title outweighs the pronouns (the sentence
after may speak of someone named before). A person with evidence of both or of neither has
no gender here; a pronoun may still stand for them. No first-name list: names cross languages and
the document says it better.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from pipeline.events.person_pronouns import document_people, person_label
from pipeline.lexicon.pronouns import FEMALE_NOUNS, MALE_NOUNS, PERSON_PRONOUNS, PLACE_NAME_OPENERS, RULER_NOUNS
from pipeline.nlp.work_titles import WORK_NOUNS

MALE_WORDS = {"he", "him", "his", "himself"}
FEMALE_WORDS = {"she", "her", "hers", "herself"}
MALE_TITLES = {"mr", "mr.", "lord", "sir", "king", "prince", "emperor", "duke", "count", "baron", "brother",
               "father", "uncle", "son", "husband", "monsieur", "señor", "herr"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "empress", "duchess",
                 "countess", "baroness", "sister", "mother", "aunt", "daughter", "wife", "madame", "señora", "frau"}


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his, "f" for she/her, else None."""
    word = word.lower()
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None


# Words a describing phrase stops at: what follows is about someone else ("Tom Orme, whose wife …").
_DESCRIPTION_STOPS = {"of", "for", "at", "in", "to", "with", "who", "whose", "which", "that", "his", "her", "their",
                      "its", "and", "or", "said", "says", "was", "is"}


def _describing_nouns(parsed, span) -> list[str]:
    """The nouns describing a person's name in its sentence: the noun right before it, with or
    without a comma ("actress Anna Orme", "her husband, Tom Orme"), and the head of a comma
    apposition after it ("Anna Orme, a former spokeswoman for …", "Tom Orme, the son of …")."""
    out = []
    i = span.start - 1
    if i >= 1 and parsed[i].text == "," and parsed[i - 1].dep_ != "appos" and \
            i >= 2 and parsed[i - 2].lower_ in ("her", "his", "their", "the", "a", "an"):
        i -= 1  # "her husband, Tom Orme" (not "After leaving Lusk, Tom Orme": a determiner before the noun)
    if i >= 0 and parsed[i].is_alpha:
        out.append(parsed[i].lower_)
    j = span.end
    if j < len(parsed) and parsed[j].text == ",":
        head = None
        j += 1
        while j < len(parsed) and j <= span.end + 5 and parsed[j].is_alpha and parsed[j].lower_ not in _DESCRIPTION_STOPS:
            if parsed[j].lower_ not in ("a", "an", "the"):
                head = parsed[j].lower_
            j += 1
        if head is not None:
            out.append(head)
    return out


def document_genders(chunks: list, entities: list, names) -> dict[str, str]:
    """Each person's gender ("m"/"f") where the document's words say it and never the other."""
    sentences = [(offset + s.start_char, s) for offset, parsed in chunks for s in parsed.sents]
    sentences.sort(key=lambda x: x[0])
    starts = [start for start, _ in sentences]
    people: dict[int, list[tuple[str, int]]] = {}   # sentence number -> [(name, clean end of the name)]
    votes: dict[str, Counter] = {}      # from pronouns
    titled: dict[str, Counter] = {}     # from titles, which outweigh pronouns
    chunk_starts = [offset for offset, _ in chunks]
    modifying: set[int] = set()  # sentences naming a person as a noun's modifier
    known = document_people(entities, names)
    for e in entities:
        # a surname the model tagged otherwise is the person named in full ("Har-Shefi" after "Margalit Har-Shefi")
        if e.label != "PERSON" and person_label(e.label, names(e), e.text, known) != "PERSON":
            continue
        n = bisect.bisect_right(starts, e.start) - 1
        if n < 0:
            continue
        name = names(e)
        people.setdefault(n, []).append((name, e.end))
        k = bisect.bisect_right(chunk_starts, e.start) - 1
        offset, parsed = chunks[k]
        span = parsed.char_span(e.start - offset, e.end - offset, alignment_mode="expand")
        if span is not None and span.root.dep_ == "compound" and span.root.head.tag_ == "NNS":
            modifying.add(n)  # "they asked her to help the Amir brothers": a family, not one person the pronouns follow
        # The title before the name, or its first word when the model took it in ("Mrs Maria Lopez").
        titles = [e.text.split()[0].lower()] if " " in e.text else []
        if span is not None and span.start > 0:
            titles.append(parsed[span.start - 1].lower_)
        for title in titles:
            gender = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else None
            if gender:
                titled.setdefault(name, Counter())[gender] += 1
        for noun in _describing_nouns(parsed, span) if span is not None else ():
            gender = "m" if noun in MALE_NOUNS else "f" if noun in FEMALE_NOUNS else None
            if gender:
                titled.setdefault(name, Counter())[gender] += 1
    for n, named in people.items():
        if len({name for name, _ in named}) != 1 or n in modifying:
            continue
        name, end = named[0]
        said = [t for t in sentences[n][1] if sentences[n][0] - sentences[n][1].start_char + t.idx >= end]
        if n + 1 < len(sentences) and n + 1 not in people:
            said += list(sentences[n + 1][1])
        found = {pronoun_gender(t.text) for t in said} - {None}
        if len(found) == 1:
            votes.setdefault(name, Counter())[found.pop()] += 1
    genders = {name: next(iter(c)) for name, c in votes.items() if len(c) == 1}
    for name, c in titled.items():
        genders.pop(name, None)
        if len(c) == 1:
            genders[name] = next(iter(c))
    return genders


def woman_in_view(people: list, before: int, genders: dict[str, str] | None) -> str | None:
    """The one person among ``people`` (mentions before token ``before``) named in the pronoun's
    sentence or the two before it whom the document calls a woman, for "she" or "her": "Tom Orme met
    the actress Anna Lee. … she resigned" means her, not the nearer subject the document says
    nothing of. Only for "she": in news and history a person of no known gender is more often a man,
    so "he" keeps the nearest subject."""
    if not genders or not people:
        return None
    doc = people[-1].span.doc
    reach = doc[before].sent.start if before < len(doc) else len(doc)
    for _ in range(2):
        if reach > 0:
            reach = doc[reach - 1].sent.start
    women = {m.name for m in people if m.span.start >= reach and genders.get(m.name) == "f"}
    return women.pop() if len(women) == 1 else None


def is_no_person(span: Any) -> bool:
    """Whether a name the model tagged as a person is a realm, a place or a work, which no "he" or "his"
    can stand for: the land a ruler is of ("king and pharaoh of Ptolemaic Egypt", "emperor of the Orme
    Realm"), a ruler's title said of someone ("was Duke of Orm"), the state war is declared on, a place
    something is in ("centred in Egypt"), a natural place ("Mount Kōya"), or a work's title set beside its
    noun ("his play, The Bald Soprano").
    One such mention makes the name no person throughout (:func:`pipeline.events.coreference.last_person`)."""
    words = span.text.split()
    if words and words[0].lower() in PLACE_NAME_OPENERS and len(words) > 1:
        return True
    root = span.root
    while (root.dep_ == "conj" or root.dep_ == "appos" and root.head.pos_ == "PROPN") and root.head.i != root.i:
        root = root.head  # "a prefect in Var, Yonne and Gironde": the list's first place
    if words[0].lower() in RULER_NOUNS and len(words) > 2 and words[1] == "of" and _title_said_of_someone(span, root):
        return True  # "Mieszko was Duke of Poland until his death": the title said of him, not its bearer
    if root.dep_ == "appos" and root.head.lower_ in WORK_NOUNS:
        return True  # 'his "anti play", The Bald Soprano': a work's title, whoever the model took it for
    if root.dep_ == "pobj" and root.head.lower_ == "in" and (root.head.head.pos_ == "VERB" or root.head.head.lower_ in RULER_NOUNS):
        return True  # "a kingdom centred in Egypt", "a prefect in Var": where, no one (not "at": "rushed at Orme")
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "upon") else None
    if holder is not None and (holder.lower_ == "war" or any(c.dep_ == "dobj" and c.lower_ == "war" for c in holder.children)):
        return True  # "declared war on Lusk": a state, whatever the model called it
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    ruler = root.head.head
    return ruler.lower_ in RULER_NOUNS or any(c.lower_ in RULER_NOUNS for c in ruler.conjuncts)


def _title_said_of_someone(span: Any, root: Any) -> bool:
    """Whether a ruler's title of a land ("Queen of Lusk") is said of someone rather than naming its
    holder: without "the" ("was Queen of Lusk and Queen of Orm"; "the King of Lusk declared war" names
    him) and neither a subject, an object nor an agent."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" or root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ == "by")


def beside_pronoun(root: Any, gender: str | None) -> bool:
    """Whether a name is coordinated with a person pronoun of the same sex ("he and Tom Orme", "Ann Orme
    and she"): that pronoun, not the name, is the one a later "he" or "she" carries on."""
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [c for c in root.children if c.dep_ == "conj"]
    return any(t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS and pronoun_gender(t.lower_) == gender
               for t in joined)
