"""A ruler named by a title, a name and the realm he rules ("King Orsu of Lusk arrived in Washington",
"King Hussein of Jordan") is that one person, whatever namesake the document names in full
elsewhere (issue "who did it", news rows that gave the king's row to "Tarik Orsu" or "Saddam Hussein",
the one full name the document writes with that surname, and made the realm a second party).

A title of a realm before the name and "of" a proper name after it tell another bearer of the
surname than a namesake written without them: the party is the whole phrase as written, and the
realm inside it is no party of its own. Read by :func:`pipeline.events.news_roles.news_roles`.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.person_titles import TITLES_OF_PLACE


def _realm_of(span: Any) -> tuple[int, int] | None:
    """The (start, end) tokens of the whole phrase "<title> <name> of <realm>" a person's span is
    the name of, or None: a title of a realm as the span's first word or right before it, and an
    "of" on the name's last word whose object is a proper name (with "the" before it at most)."""
    doc = span.doc
    if span[0].lower_ in TITLES_OF_PLACE and len(span) > 1:
        start = span.start
    elif span.start > 0 and doc[span.start - 1].lower_ in TITLES_OF_PLACE and doc[span.start - 1].tag_ == "NNP":
        start = span.start - 1
    else:
        return None
    last = doc[span.end - 1]
    for prep in (c for c in last.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == span.end):
        realm = [g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNP"]
        if realm and all(t.tag_ == "NNP" or t.lower_ == "the" for t in doc[prep.i + 1:realm[0].i + 1]):
            return start, realm[0].i + 1
    return None


def titled_bearers(roles: list, span_of: dict) -> list:
    """The roles with a person named "<title> <name> of <realm>" under that phrase as written (unless
    the name the document gives him already says "of" his realm), and the realm's own name inside
    it dropped as a party."""
    phrases = {}
    for e, role, name in roles:
        sp = span_of.get(id(e)) if e is not None else None
        if sp is not None and e.label == "PERSON" and role in ("actor", "participant"):
            found = _realm_of(sp)
            if found is not None:
                phrases[id(e)] = found
    if not phrases:
        return roles
    inside = set()
    for start, end in phrases.values():
        inside |= set(range(start, end))
    out = []
    for e, role, name in roles:
        sp = span_of.get(id(e)) if e is not None else None
        if id(e) in phrases:
            start, end = phrases[id(e)]
            # A name that already says its realm ("Henry II of England", a link's target) stays.
            out.append((e, role, name if " of " in name else sp.doc[start:end].text))
        elif sp is not None and role in ("actor", "participant") and all(t.i in inside for t in sp):
            continue  # "of Lusk" in "King Orsu of Lusk": the realm, inside the person's name
        else:
            out.append((e, role, name))
    return out
