"""Two names the text gives for one party, as one: "the Lombards (Latin: Longobardi)", "the Ulus of
Jochi, also known as the Golden Horde,", "Akkad (or Agade)", "Akkad/Agade".

The rule (issue 31, historic and usual names): the name the document uses more often is the usual one
and the other is its alias; on a tie the one named first (the article's own name for it) wins. Only an
explicit cue makes two names one (after a language's label the English name before it is
always the usual one): a language's label before a colon, "also known as", "also called",
"or", "formerly" in brackets or between commas, a ruler's "personal name", "courtesy name" or "temple
name" between commas (where it says "usually", "better", "famously known as" or
"or simply", the second name is the usual one whatever the counts), another spelling ("Orm II, more
correctly spelled Ormrezzar II,": the first name is the usual one), a by-name opening a sentence about
the lead's person ("Known under his rule as Il Orm, he ...": the document's first person), "A or B" opening a paragraph before its copula, or a slash between two capitalised words that look
alike (two spellings, not two parties: "Hamas/Fatah" stays as written). A bracket
with no cue ("Mara Orme (Liberal)", "Tarvia (now Lusk)") joins nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Callable

# Between the first name and the alias.
_CUE = re.compile(
    r"^\s*(?:\(\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?:\s*|(?:also|or|formerly)\s+(?:known\s+as\s+|called\s+)?)"
    r"|,\s+(?:also|otherwise|better|commonly|formerly|earlier|previously|originally|usually|famously|popularly|"
    r"best|more\s+commonly|or\s+simply)\s+(?:known\s+as\s+|called\s+|named\s+)?"
    # "The Orm Emperor, personal name Zhu Vell,": a ruler's own name beside his reign's name
    r"|,\s+(?:(?:his|her)\s+)?(?:personal|courtesy|birth|given|private|temple|posthumous|regnal|era)\s+name\s+)"
    r"(?:the\s+)?$")
# The cue that the second name is the one the party goes by ("usually known as", "or simply").
_KNOWN_BY = re.compile(r",\s+(?:better|commonly|usually|famously|popularly|best|more\s+commonly|or\s+simply)\b")
_AFTER = re.compile(r"^\s*[),;.]")
_SLASH = re.compile(r"^([A-Z][\w'-]{2,}(?:\s+[A-Z][\w'-]*)*)\s*/\s*([A-Z][\w'-]{2,}(?:\s+[A-Z][\w'-]*)*)$")
_LABELS = ("GPE", "NORP", "ORG", "PERSON", "LOC")
# A lead's subject given two names before its copula ("Orm or Ormi, earlier called Vellat, was a state"):
# at a paragraph's start only, where "A or B" names one thing, not a choice between two.
_NAME = r"[A-Z][\w'’-]+(?: +[A-Z][\w'’-]+)*"
_LEAD_OR = re.compile(rf"(?:^|\n)(?:The +)?({_NAME}) +or +(?:the +)?({_NAME})"
                      rf"(?: *, *(?:also|earlier|formerly|previously|originally) +(?:known +as|called|named) +(?:the +)?({_NAME}))?"
                      rf" *(?:,|\(| +(?:was|is|were|are)\b)")
# "Known under his rule as Il Orm, he founded": a by-name of the person the lead is about.
_KNOWN_AS_HE = re.compile(rf"(?:^|[.\n]\s*)Known(?: +[a-z]+){{0,4}} +as +(?:the +)?({_NAME}), +(?:he|she)\b")
# "Orm II, more correctly spelled Ormrezzar II,": another spelling of the name before it, an alias.
_SPELLED = re.compile(rf"({_NAME}), +(?:(?:more +)?(?:correctly|properly|also|sometimes|alternatively|often) +)?"
                      rf"(?:spelled|spelt|transliterated|rendered) +(?:as +)?({_NAME})")


def slash_name(written: str) -> str:
    """The first of two names written with a slash ("Akkad/Agade" → "Akkad"); other text as it is.
    An abbreviation's slash ("AC/DC") is left: both parts must be capitalised words, not capitals."""
    m = _SLASH.match(written)
    if m is None or m.group(1).isupper() or m.group(2).isupper():
        return written
    # Two spellings of one name look alike ("Kyiv/Kiev", "Peking/Beijing"); two parties do not
    # ("Hamas/Fatah", "Serbia/Slovenia"): those stay as written, in doubt apart.
    if SequenceMatcher(None, m.group(1).lower(), m.group(2).lower()).ratio() < 0.6:
        return written
    return m.group(1)


def alias_names(entities: list, text: str | None, clean: Callable[[str], str]) -> dict[str, str]:
    """Alias → usual name, for each pair of names the text gives for one party (see the module)."""
    if not text:
        return {}
    ordered = sorted((e for e in entities if e.label in _LABELS), key=lambda e: e.start)
    out: dict[str, str] = {}
    for m in _LEAD_OR.finditer(text):
        for alias in (m.group(2), m.group(3)):
            if alias and alias != m.group(1):
                out.setdefault(alias, m.group(1))  # the lead's first name is the article's own
    for m in _SPELLED.finditer(text):
        out.setdefault(m.group(2), m.group(1))
    subject = next((clean(e.text) for e in ordered if e.label == "PERSON"), None)
    for m in _KNOWN_AS_HE.finditer(text):
        if subject and m.group(1) != subject:
            out.setdefault(m.group(1), subject)
    for first, second in zip(ordered, ordered[1:]):
        if not _CUE.match(text[first.end:second.start]) or not _AFTER.match(text[second.end:second.end + 2]):
            continue
        a, b = clean(first.text), clean(second.text)
        if not a or not b or a == b:
            continue
        gap = text[first.end:second.start]
        translated = ":" in gap  # "(Latin: Longobardi)": the English name is the usual one
        usual, alias = (b, a) if not translated and _count(text, b) > _count(text, a) else (a, b)
        if _KNOWN_BY.search(gap):
            usual, alias = b, a  # "Abu Orm ibn Vell, usually known as Orm of Lusk,": the name he goes by
        out.setdefault(alias, usual)
    # "A, or simply B, famously known as C": A and B are both C's aliases
    return {alias: _usual(out, usual) for alias, usual in out.items()}


def _usual(out: dict[str, str], name: str) -> str:
    seen = {name}
    while name in out and out[name] not in seen:
        name = out[name]
        seen.add(name)
    return name


def _count(text: str, name: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))

