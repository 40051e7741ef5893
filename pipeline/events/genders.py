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


def document_genders(chunks: list, entities: list, names) -> dict[str, str]:
    """Each person's gender ("m"/"f") where the document's words say it and never the other."""
    sentences = [(offset + s.start_char, s) for offset, parsed in chunks for s in parsed.sents]
    sentences.sort(key=lambda x: x[0])
    starts = [start for start, _ in sentences]
    people: dict[int, list[tuple[str, int]]] = {}   # sentence number -> [(name, clean end of the name)]
    votes: dict[str, Counter] = {}      # from pronouns
    titled: dict[str, Counter] = {}     # from titles, which outweigh pronouns
    chunk_starts = [offset for offset, _ in chunks]
    for e in entities:
        if e.label != "PERSON":
            continue
        n = bisect.bisect_right(starts, e.start) - 1
        if n < 0:
            continue
        name = names(e)
        people.setdefault(n, []).append((name, e.end))
        k = bisect.bisect_right(chunk_starts, e.start) - 1
        offset, parsed = chunks[k]
        span = parsed.char_span(e.start - offset, e.end - offset, alignment_mode="expand")
        # The title before the name, or its first word when the model took it in ("Mrs Maria Lopez").
        titles = [e.text.split()[0].lower()] if " " in e.text else []
        if span is not None and span.start > 0:
            titles.append(parsed[span.start - 1].lower_)
        for title in titles:
            gender = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else None
            if gender:
                titled.setdefault(name, Counter())[gender] += 1
    for n, named in people.items():
        if len({name for name, _ in named}) != 1:
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
