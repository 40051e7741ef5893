"""Bodies that act as a verb's subject where the model tagged no name (issue "who did it", news rows
whose actor was left empty):

- a business's short name opening a sentence after the report named it in full ("Savin Corp. reported
  a loss. … Savin cited a general softening"): the model often leaves a sentence's first word
  untagged, and the general untagged-name rules do not take a lone capitalised word there (it is as
  often a common word). Only where the document's own short forms
  (:func:`pipeline.events.organisation_names.short_forms`) map the word to one full name;
- an organisation known by its initials the model took for a common noun ("the RUC have offered an
  opinion", "the FBI said"): an untagged word of two to six capitals after "the" as the subject, named by the
  full name the document spells it with where it gives one. Not an office or a thing written in
  capitals ("the CEO said", "TV showed": :data:`pipeline.lexicon.companies.NON_BODY_ACRONYMS`);
- a court written in lower case, as transcripts do ("the ninth US circuit court of appeals has ruled"):
  the court by its kind as written, capitalised ("Ninth US Circuit Court of Appeals"); only with a
  word of a court's rank or circuit on it, so "the court" alone is left to the descriptions.

Read by :func:`pipeline.events.news_roles.news_roles` where the row has no actor.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.organisation_names import full_name_of
from pipeline.events.owned_bodies import subsidiary_meant
from pipeline.events.short_names import named_before, last_word_name
from pipeline.lexicon.companies import COMPANY_OFFICERS, MARKET_INDEX_HEADS, NON_BODY_ACRONYMS
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def untagged_bodies(subjects: list, spans: list, names: Any) -> list[tuple[None, str, str]]:
    """(None, "actor", name) for each subject head that is an untagged short name of a business named
    in full before, or an untagged organisation's initials; ``spans`` are the sentence's (entity,
    span, name) triples, ``names`` the document's :class:`~pipeline.events.names.Names` (or None)."""
    named = {t.i for _, sp, _ in spans for t in sp}
    out = []
    for head in subjects:
        if head.i in named:
            continue
        compounded = any(c.i in named for c in head.children if c.dep_ == "compound")  # ("the Orme unit")
        name = None if compounded else _short_form(head, names) or _initials(head, names)
        name = name or _court(head) or subsidiary_meant(head, spans)  # "Although Eastern is …, the Orm Corp. subsidiary"
        if name is not None and name not in {n for _, _, n in out}:
            out.append((None, "actor", name))
    return out


def _short_form(head: Any, names: Any) -> str | None:
    """The full name of the business a proper-noun subject is the short form of, or None."""
    if names is None or head.tag_ not in ("NNP", "NN") or any(c.dep_ in ("compound", "det", "poss") for c in head.children):
        return None
    if head.tag_ == "NN":  # a common word opening a sentence ("Acquisition has launched a suit"): only a name's last word
        return last_word_name(head, getattr(names, "_text", None)) if head.i == head.sent.start else None
    # (the document's short forms: each written short name to the one full name written before it)
    found = getattr(names, "_short_forms", {}).get(head.text)
    text = getattr(names, "_text", None)
    if found is not None or not text or not head.text[:1].isupper() or len(head.text) < 3:
        return found
    # "Savin Corp." … "Savin": the short form is the full name without its legal form (so no short form
    # of the document's: they are one organisation's spellings), or its first words before one.
    fulls = {m.group(0).rstrip(",") for m in re.finditer(rf"\b{re.escape(head.text)}(?:\s+[A-Z][\w&'-]*){{0,3}}\s+[A-Z][A-Za-z.]*", text)
             if m.group(0).split()[-1].lower().rstrip(",") in LEGAL_SUFFIXES and not named_before(text, m.start())}
    return next(iter(fulls)) if len(fulls) == 1 else last_word_name(head, text)


def _initials(head: Any, names: Any) -> str | None:
    """The organisation an untagged subject of two to six capitals names ("the RUC"), or None."""
    if not _ACRONYM.match(head.text) or head.lower_ in COMPANY_OFFICERS or head.text in NON_BODY_ACRONYMS or \
            head.lower_ in MARKET_INDEX_HEADS:
        return None  # ("the DAX dropped": a market gauge, no body)
    if head.tag_ not in ("NN", "NNP", "NNS", "NNPS") or any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
        return None  # "the RUC chief", "its SEC filing": another noun's head
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None  # a body known by its initials takes "the" when the model missed it ("the RUC"); "IED kills" a thing
    by_abbreviation = getattr(names, "by_abbreviation", {}) if names is not None else {}
    return full_name_of(head.text, by_abbreviation) or head.text


# Words that give a court written in lower case its rank or circuit ("the ninth circuit court of appeals").
_COURT_KINDS = {"circuit", "appeals", "appellate", "supreme", "district", "federal", "constitutional", "superior"}


def _court(head: Any) -> str | None:
    """A court written in lower case with its rank or circuit ("the ninth US circuit court of
    appeals"), capitalised as a name; None for any other subject."""
    if head.lower_ != "court" or head.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "nummod") and c.i < head.i]
    ofs = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1]
    words = {c.lower_ for c in mods} | {g.lower_ for p in ofs for g in p.children if g.dep_ == "pobj"}
    if not words & _COURT_KINDS:
        return None
    start = min(t.i for c in mods for t in c.subtree) if mods else head.i
    end = max(t.i for p in ofs for t in p.subtree) + 1 if ofs else head.i + 1
    return " ".join(t.text if t.text.isupper() or t.lower_ == "of" else t.text.capitalize() for t in head.doc[start:end])
