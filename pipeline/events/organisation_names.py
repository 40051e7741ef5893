"""The forms of an organisation's name a document writes, mapped to one: an abbreviation to the full
name it stands for ("Communist Party of Tarvia (KPT)"), a spelling with or without its legal form or
in other capitals to the one most written, a short name to the one "X of …" name it starts. Split
from :mod:`pipeline.events.names`, whose :class:`~pipeline.events.names.Names` builds these maps
once per document (and is the ``names`` argument here: typed Any, as importing it would be a cycle)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.person_titles import LEGAL_SUFFIXES

_ABBREVIATION = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# An organisation's kind, which a text writes alone for the one organisation of that kind it named.
_GENERIC_ORG_WORDS = {"institute", "institution", "society", "academy", "college", "university", "company",
                      "corporation", "league", "association", "federation", "museum", "foundation"}
# Words after a company's own letters that name no unit of it ("IMA Holdings Corp.", "Orme Group").
_HOLDING_WORDS = {"holdings", "holding", "group", "corporation", "companies", "enterprises", "industries",
                  "international"}
# Words a full name skips when it is spelled by its initials ("London and South Western Railway": LSWR).
_UNSPELLED = {"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le", "&"}


def initials(name: str) -> str | None:
    """The capitals a name of two words or more is abbreviated by ("London and Orme Railway": LOR), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words if w.lower() not in _UNSPELLED and w[:1].isupper())


def abbreviations(entities: list, names: Any) -> dict[str, str]:
    """Abbreviation → the full name the document gives for it: the name written right before it in
    brackets ("Communist Party of Tarvia (KPT)"), else the one name of the document its capitals spell
    ("London and Orme Railway" for "LOR", "B&OR"). Two full names that fit give none."""
    ordered = sorted(entities, key=lambda e: e.start)
    spelled: dict[str, set[str]] = {}
    bracketed: dict[str, set[str]] = {}
    for i, e in enumerate(ordered):
        letters = initials(names.clean(e.text))
        if letters is not None and e.label != "PERSON":
            spelled.setdefault(letters, set()).add(names.target(e) or names.clean(e.text))
        abbr = names.clean(e.text)
        if _ABBREVIATION.match(abbr) and i > 0:
            prev = ordered[i - 1]
            between = names._text[prev.end:e.start] if names._text is not None else None
            if e.start - prev.end == 2 and between in (" (", None) and len(names.clean(prev.text).split()) >= 2:
                bracketed.setdefault(abbr, set()).add(names.target(prev) or names.clean(prev.text))
    # Three letters at least where only the spelling ties them: "US" could spell many two-word names.
    out = {letters: next(iter(full)) for letters, full in spelled.items() if len(full) == 1 and len(letters) >= 3}
    out.update({abbr: next(iter(full)) for abbr, full in bracketed.items() if len(full) == 1})
    return out


def full_name_of(abbr: str, by_abbreviation: dict[str, str]) -> str | None:
    """The full name an abbreviation ("LOR", "B&OR") stands for in the document, or None."""
    if not _ABBREVIATION.match(abbr):
        return None
    return by_abbreviation.get(abbr) or by_abbreviation.get(abbr.replace("&", ""))


def bare_organisation(name: str) -> str:
    """An organisation's name without its legal form, in lower case: the key its spellings share."""
    words = name.rstrip(",").split()
    while len(words) >= 2 and words[-1].lower().rstrip(",") in LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words).rstrip(",").lower()


def organisation_forms(entities: list, names: Any) -> dict[str, str]:
    """One spelling for an organisation the document writes several ways that differ only in case or
    in a legal form ("Orme Ltd." and "Orme", "ORME" and "Orme"): the name without the legal form,
    in the case the document writes most often (first written on a tie), an ordinary case before capitals. Keyed by :func:`bare_organisation`."""
    forms: dict[str, dict[str, int]] = {}
    for e in sorted(entities, key=lambda e: e.start):
        if e.label != "ORG" or names.target(e):
            continue
        written = names.clean(e.text)
        counts = forms.setdefault(bare_organisation(written), {})
        counts[written] = counts.get(written, 0) + 1
    out = {}
    for bare, counts in forms.items():
        if len(counts) < 2:
            continue
        spellings: dict[str, int] = {}
        for written, n in counts.items():
            kept = " ".join(written.rstrip(",").split()[:len(bare.split())]).rstrip(",")
            spellings[kept] = spellings.get(kept, 0) + n
        # Ordinary case before capitals (a heading's "ORME" is the prose's "Orme"), then the most written;
        # the first written wins a tie (dicts keep order).
        out[bare] = max(spellings, key=lambda k: (not k.isupper() or len(k) < 4, spellings[k]))
    return out


def of_forms(entities: list, names: Any) -> dict[str, str]:
    """An organisation's short name → its full name with "of …" the document gives ("Orme Institution"
    → "Orme Institution of Lusk"): only a short name of two words or more, and only when one full
    name of the document starts with it ("Communist Party" beside two parties "of …" stays as written)."""
    fulls = {names.target(e) or names.clean(e.text) for e in entities if e.label == "ORG"}
    longs: dict[str, set[str]] = {}
    for full in fulls:
        short = full.split(" of ")[0]
        if short != full and len(short.split()) >= 2:
            longs.setdefault(short, set()).add(full)
    out = {short: next(iter(full)) for short, full in longs.items() if len(full) == 1}
    # "the Institute" after "the Orme Institute of Arts": the one organisation named with that word.
    kinds: dict[str, set[str]] = {}
    for full in fulls:
        for word in {w for w in full.split() if w.lower() in _GENERIC_ORG_WORDS and w != full}:
            kinds.setdefault(word, set()).add(out.get(full, full))
    out.update({word: next(iter(full)) for word, full in kinds.items() if len(full) == 1})
    return out


def short_forms(entities: list, names: Any) -> dict[str, str]:
    """An organisation's first words alone → its full name, where the text names it in full first and
    shortens it after ("Vantor Gas Systems Inc. … Vantor sold", "Tully's Bakeries … Tully closed"): the
    one organisation of the document (up to its legal form or case) whose name starts with those words
    (or with them and "'s", tagged or not), written before the short form is first written. Not an
    abbreviation ("CBS" beside "CBS Cable", a parent and its unit), nor a word the document names a
    place, a people or a person in full by (a state's name that starts a body's name, "Ohio" and "Ohio
    Edison"; a founder "Tomas Orme" of "Orme Brothers"). The model often tags the short form a person."""
    ordered = sorted(entities, key=lambda e: e.start)
    others = {names.clean(e.text) for e in ordered if e.label in ("GPE", "LOC", "NORP", "FAC")}
    others |= {w for e in ordered if e.label == "PERSON" and " " in names.clean(e.text)
               for w in names.clean(e.text).split()}
    first_written: dict[str, int] = {}
    fulls: dict[str, tuple[str, int]] = {}   # bare full name → (its name, where first written)
    for e in ordered:
        written = names.clean(e.text)
        first_written.setdefault(written, e.start)
        if e.label == "ORG" and len(written.split()) >= 2:
            fulls.setdefault(bare_organisation(written), (names.target(e) or written, e.start))
    out: dict[str, str] = {}
    # A short form's answer depends on the short form alone (fulls, the text and first_written are
    # fixed here): each is weighed once, however often it is written.
    weighed: set[str] = set()
    for e in ordered:
        short = names.clean(e.text)
        if e.label not in ("ORG", "PERSON") or (e.label == "PERSON" and " " in short) or short in out or \
                short in weighed or short in others or not short[:1].isupper():
            continue
        weighed.add(short)
        own = bare_organisation(short)
        heads = tuple(f"{short.lower()}{cut}" for cut in (" ", "'s ", "’s "))
        starts = {bare: (full, at) for bare, (full, at) in fulls.items() if bare != own and bare.startswith(heads)}
        if _ABBREVIATION.match(short):
            # "CBS" beside "CBS Cable": a parent and its unit. Only a holding's own words after the letters
            # ("IMA Holdings Corp." … "IMA") name the same body.
            starts = {bare: v for bare, v in starts.items() if all(w in _HOLDING_WORDS for w in bare.split()[1:])}
        # The substring test first: the pattern is compiled anew for each short form, and most are never
        # written with "'s" (speed only: the pattern cannot match without it).
        if names._text is not None and (f"{short}'s" in names._text or f"{short}’s" in names._text):
            # "Tully's Bakeries" the model left untagged: the owner's name and the capitalised words after it.
            # Only a business's plural or legal form last ("Bakeries", "Ltd"): "Orme's Army" is Orme's army.
            for m in re.finditer(rf"\b{re.escape(short)}['’]s(?:\s+[A-Z][\w&.-]*)+", names._text):
                last = m.group(0).split()[-1].lower()
                if last in LEGAL_SUFFIXES or (last.endswith("s") and not last.endswith("ss")):
                    starts.setdefault(bare_organisation(m.group(0)), (m.group(0).rstrip("."), m.start()))
        if len(starts) == 1:
            full, at = next(iter(starts.values()))
            if at < first_written[short]:
                out[short] = full
    return out


def _singular(word: str) -> str | None:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


def generic_plurals(entities: list, names: Any) -> set[int]:
    """The ids of mentions that are a name's generic plural ("Leagues of Justice" in a document that names
    "the League of Justice": leagues of that kind, no one party). Only where the document writes the
    singular name too (precision first: "Committees of Correspondence" written alone stays a name)."""
    written = {names.clean(e.text) for e in entities}
    out: set[int] = set()
    for e in entities:
        words = names.clean(e.text).split()
        if e.label not in ("ORG", "NORP", "PERSON", "GPE") or len(words) < 2 or not words[0][:1].isupper():
            continue
        singular = _singular(words[0])
        if singular and " ".join([singular, *words[1:]]) in written:
            out.add(id(e))
    return out
