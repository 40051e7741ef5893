"""What a piped-link candidate must show before its text is removed (used by :mod:`pipeline.cleaning.piped_links`).

Two kinds of check. The hard guards say where a remnant can never be,
whatever rule found it: the mirror writes ``Target, display`` inside one
sentence, so no remnant crosses a sentence end or a paragraph break, none
starts or ends inside a quotation, and a parenthetical (``(ROE)``,
``(May–June 1950)``) is never a title on its own. The echo test says whether
the display, right after the comma, repeats the title's own words (the same
word, another form of it, a derived adverb), which is the one thing a link's
display does and an apposition or a new clause usually does not.

Clean Wikipedia prose is full of ``Name (abbreviation), lower-case words``
and ``Place, Clause``; on it every collapse is a deletion of real text, so
these checks are written to refuse in doubt.
"""

from __future__ import annotations

import re

from pipeline.lexicon.agreements import AGREEMENT_SYNONYMS
from pipeline.lexicon.calendar import MONTH_ABBREVIATIONS
from pipeline.lexicon.stems import prefix_stem

# Words whose full stop does not end a sentence: titles, ranks, company forms, "St. Petersburg".
_ABBREVIATIONS = {
    "st", "mr", "mrs", "ms", "dr", "jr", "sr", "gen", "lt", "col", "capt", "cpt", "maj", "sgt", "adm", "cmdr",
    "co", "corp", "inc", "ltd", "no", "nos", "mt", "ft", "gov", "sen", "rep", "rev", "prof", "vs", "etc", "hon",
    "fr", "bros", "ca", "c", "approx", "vol", "pp", "p", "ed", "eds", "op", "cf", "al",
} | {month.lower() for month in MONTH_ABBREVIATIONS}
# A full stop, ! or ? followed by space and something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)\]]*\s+[\"'“‘(\[]*[A-Z0-9\u00C0-\u024F])")
_WORD_BEFORE = re.compile(r"[\w.]*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_QUOTES = "\"“”«»„"


def crosses_sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends inside ``text[start:end]`` ("the Romans. In 212, Roman").

    A full stop after an initial ("J. Smith"), a dotted abbreviation ("U.S.S.R.",
    "C.F.R.") or a listed short form ("St.", "Gen.") does not end a sentence."""
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start()
        if stop + 1 >= end:
            continue  # the full stop closes the display: "San River, San."
        word = _WORD_BEFORE.search(text, max(0, stop - 30), stop).group()
        if text[stop] == "." and (re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]?", word)
                                  or word.lower() in _ABBREVIATIONS):
            continue
        return True
    return False


def crosses_paragraph(text: str, start: int, end: int) -> bool:
    return bool(_PARAGRAPH_BREAK.search(text, start, end))


def _paragraph_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, max(0, pos - 3000), pos)]
    return breaks[-1] if breaks else max(0, pos - 3000)


def inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies between an opening and a closing quotation mark of its paragraph."""
    before = text[_paragraph_start(text, pos):pos]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”") or before.count("«") > before.count("»")
    return straight or curly


def touches_quotation(text: str, start: int, end: int) -> bool:
    """Whether the candidate starts or ends inside a quotation, or has a quotation mark within."""
    return any(q in text[start:end] for q in _QUOTES) or inside_quotation(text, start)


def parenthetical_alone(target: str) -> bool:
    """A target that is a bracket and nothing more, or whose brackets do not balance: "(ROE)", "UFF) and X"."""
    name = re.sub(r"\([^()]*\)", "", target).strip()
    return not re.search(r"\w", name) or target.count("(") != target.count(")")


def hard_guard(text: str, start: int, end: int, target: str) -> str | None:
    """The reason no remnant can span ``text[start:end]``, or None where one can."""
    if crosses_paragraph(text, start, end):
        return "paragraph-break"
    if crosses_sentence_end(text, start, end):
        return "sentence-end"
    if touches_quotation(text, start, end):
        return "quotation"
    if parenthetical_alone(target):
        return "parenthetical"
    return None


# A name the sentence itself introduces: the comma after it ends the naming phrase, not a link.
_NAMING = re.compile(r"\b(?:known|referred to|described|remembered|styled|designated) as (?:the |an? )?$|"
                     r"\b(?:called|named|nicknamed|dubbed|titled|entitled|termed) (?:the |an? )?$", re.I)


def introduced_by_naming(text: str, start: int) -> bool:
    """"more commonly known as the Battle of the Sea, ships …": the title is the sentence's own naming."""
    return bool(_NAMING.search(text, max(0, start - 40), start))


_STOP = {"the", "and", "of", "in", "on", "for", "with", "to", "at", "by", "from", "a", "an"}
_WORD = re.compile(r"[^\W_][\w'’-]*")
_DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)")


# Titles use the formal noun, displays often the everyday one ("Commercial Agreement" shown as "trade
# pact", "Vilnius Region" as "Vilna area"). Kept small: each pair is a word a title has and a word a
# display puts in its place.
_SYNONYM_GROUPS = (
    AGREEMENT_SYNONYMS,
    {"commercial", "trade", "economic"},
    {"region", "area", "district", "territory", "zone"},
    {"republic", "state"},
)
_SYNONYMS = {word: group for group in _SYNONYM_GROUPS for word in group}


def same_word(title_word: str, shown: str) -> bool:
    """Whether ``shown`` repeats ``title_word``: the same word, one sharing five letters, or a listed synonym."""
    return prefix_stem(title_word) == prefix_stem(shown) or shown.lower() in _SYNONYMS.get(title_word.lower(), ())


def title_words(target: str) -> list[str]:
    """The title's content words, without its disambiguator or its section anchor."""
    name = _DISAMBIGUATOR.sub("", target.split("#")[0])
    return [w for w in _WORD.findall(name) if w.lower() not in _STOP]


def echo_index(target: str, display_text: str, within: int = 2) -> int | None:
    """Where, among the first ``within`` words after the comma, the display repeats a title word
    (:func:`same_word`), or None.

    The mirror writes the display right after the comma, so an echo further on is prose that happens
    to mention the subject again ("(LA), the armed wing of the Liberation Front")."""
    words = title_words(target)
    for i, word in enumerate(_WORD.findall(display_text)[:within]):
        if word.lower() not in _STOP and any(same_word(w, word) for w in words):
            return i
    return None


def resumptive(target: str, display_text: str) -> bool:
    """"the Battle of the Ridge (1950), the battle …": the title's own word again, after an article, is
    the sentence going on about it, not a link's display (which would use another form: "the occupying")."""
    m = re.match(r"(?:the|a|an|this|that) ([\w'’-]+)", display_text, re.I)
    if not m:
        return False
    shown = m.group(1).lower()
    return any(shown in (w.lower(), w.lower() + "s", w.lower() + "es") or shown in _SYNONYMS.get(w.lower(), ())
               for w in title_words(target))


_PARTICIPLE = re.compile(r"([a-z][a-z'’-]*ing)\b")


def participle_clause(target: str, display_text: str) -> bool:
    """"the attack on Lusk, attacking ten airfields": a present participle opening the words after the
    comma starts a clause of the sentence, never a link's display. A title's own gerund shown again is
    the exception ("Bombing of Helsinki, bombing civilian boroughs …": the same word, as the title has it)."""
    m = _PARTICIPLE.match(display_text)
    if m is None or len(m.group(1)) < 5:
        return False
    word = m.group(1)
    return not any(w.lower() == word for w in title_words(target))
