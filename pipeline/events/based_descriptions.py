"""A business called by where it is based and by its trade ("The Wilmington, Mass., garment service
company also boosted its dividend", "The Kearny, N.J.-based maker of hair accessories said", "The
Atlanta-based airline, the third largest in the U.S., attributed the increase"): as plain a
description as "the company", so it stands for the business the report just named (issue "who did
it", news rows whose actor was left empty or was the town).

A news report writes its business's home town this way right after naming it; the trade words
("garment service", "energy") and an apposition that names no other body ("the third largest in
the U.S.") say nothing that could point to a second business. Only where the description says
where the business is based: "the energy company" alone may well be another firm.

Where the document names a business with that same town ("Lusk Corp., based in Kirkland, Wash.", "the
Kirkland-based Lusk Corp.", "Lusk Corp. of Kirkland"), the description is that business, even with
another business named in its sentence ("In response to Tarn's pact, the Kirkland, Wash., company
extended its offer": :func:`business_of_town`); only one business so named, else the general reading.

The town before a state's abbreviation is where, whatever the model tagged it ("Kearny" tagged an
organisation in "The Kearny, N.J.-based maker"): no party (:func:`based_towns`).

Read by :meth:`pipeline.events.descriptions.Descriptions.resolve` (:func:`plain_modifiers`,
:func:`says_where_based`), :func:`pipeline.events.description_pronouns.described_subject` and
:func:`pipeline.events.news_roles.news_roles` (:func:`based_towns`).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.companies import COMPANY_DESCRIPTIONS
from pipeline.lexicon.us_states import AP_STATES

# Labels of names that make an apposition or a trade word point at another party ("a unit of Orme Corp.").
_PARTY_LABELS = ("ORG", "PERSON", "NORP")


def says_where_based(modifier: Any, named: set[int]) -> bool:
    """Whether a modifier of a description before it says only where the business is based, as a
    report's dateline-like phrase does ("The Menlo Park, Calif., company said", "the Kearny,
    N.J.-based maker"): a place's name set off by a comma, or an "-based" adjective. Such a description
    is as plain as "the company"; any other name on it ("the Orme unit") makes it another body."""
    if modifier.dep_ not in ("nmod", "compound", "amod") or modifier.i > modifier.head.i:
        return False
    if modifier.lower_.endswith("-based"):
        return True
    doc = modifier.doc
    return modifier.i in named and modifier.ent_type_ in ("GPE", "LOC") and \
        modifier.i + 1 < modifier.head.i and doc[modifier.i + 1].text == ","


def town_before_state(modifier: Any) -> bool:
    """Whether a modifier before its description is a town followed by a comma and a state's AP
    abbreviation ("Kearny, N.J.-based", "Wilmington, Mass.,"): a proper noun, whatever its label."""
    doc = modifier.doc
    if modifier.dep_ not in ("nmod", "compound", "amod") or modifier.i >= modifier.head.i or \
            modifier.tag_ != "NNP" or modifier.i + 2 >= len(doc) or doc[modifier.i + 1].text != ",":
        return False
    after = doc[modifier.i + 2].text
    return any(after == state or after.startswith(state + "-") for state in AP_STATES)


def plain_modifiers(token: Any, named: set[int]) -> set[int]:
    """The token indices of the modifiers of a business description ``token`` that leave it plain:
    where it is based (a town and its state, an "-based" adjective), and then, only then, its trade
    words and an apposition naming no other party. Empty where nothing says where it is based."""
    if token.lower_ not in COMPANY_DESCRIPTIONS or token.tag_ != "NN":
        return set()
    # ("The Atlanta-based airline": the tokenizer may split "Atlanta - based", "based" then an adjective alone)
    based = {c.i for c in token.children if says_where_based(c, named) or town_before_state(c) or
             (c.lower_ == "based" and c.dep_ == "amod" and c.i < token.i)}
    if not based:
        return set()
    # ("Wilmington, Mass.": the parser hangs the town on the state; both say where)
    based |= {g.i for b in based for g in token.doc[b].subtree}
    trade = {c.i for c in token.children if c.i not in based and c.dep_ in ("compound", "amod", "nmod")
             and c.i < token.i and c.pos_ in ("NOUN", "ADJ") and not _names_a_party(c, named)}
    appos = {c.i for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ in ("NOUN", "ADJ")
             and not _names_a_party(c, named)}
    return based | trade | appos


def _names_a_party(token: Any, named: set[int]) -> bool:
    """Whether a person, a body or a people is named in the token's phrase."""
    return any(g.i in named and g.ent_type_ in _PARTY_LABELS for g in token.subtree)


def based_towns(roles: list, span_of: dict) -> list:
    """The roles with a town written before its state on a business description ("The Kearny,
    N.J.-based maker said") as a place: where the business is, not who acts."""
    out = []
    for e, role, name in roles:
        sp = span_of.get(id(e)) if e is not None else None
        if role in ("actor", "participant") and sp is not None and sp.root.head.lower_ in COMPANY_DESCRIPTIONS \
                and town_before_state(sp.root):
            out.append((e, "place", name))
        else:
            out.append((e, role, name))
    return out


def town_of(token: Any) -> str | None:
    """The town a business description says it is based in ("The Kirkland, Wash., company": Kirkland;
    "the Atlanta-based airline": Atlanta): its first capitalised words after the article, up to a
    comma or "-based"."""
    words = []
    for t in token.doc[token.left_edge.i:token.i]:
        if t.dep_ == "det":
            continue
        if t.text in (",", "-") or t.lower_ == "based":
            break
        if t.lower_.endswith("-based"):
            words.append(t.text[:-len("-based")])
            break
        if not t.text[:1].isupper():
            return None
        words.append(t.text)
    return " ".join(words) if words else None


def business_of_town(token: Any, businesses: list[str], text: str) -> str | None:
    """The one business of ``businesses`` (names) the document ``text`` names with the town the
    description ``token`` says it is based in ("Lusk Corp., based in Kirkland", "Kirkland-based Lusk
    Corp.", "Lusk Corp. of Kirkland", "Lusk Corp., Kirkland, Wash."); None where none or several are."""
    town = town_of(token)
    if town is None:
        return None
    t = re.escape(town)
    found = set()
    for name in set(businesses):
        n = re.escape(name)
        if re.search(rf"{n},? (?:which is |a \w+ )?based in {t}\b|{t}(?:, [A-Z][\w.]*)?-based {n}|{n} of {t}\b|{n}, {t}, [A-Z]",
                     text):
            found.add(name)
    return next(iter(found)) if len(found) == 1 else None
