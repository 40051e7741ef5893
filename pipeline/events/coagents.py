"""A second doer the model left untagged beside a named person ("founded in 1336 by the brothers Hara I
and Bukka Orm": Bukka Orm too). A regnal numeral after the first name often breaks the parse (the
small model makes "I" a new root and the second name its conjunct), and the model tags only the
first name, so only one of the two founders acts (issue "who did it": co-agents).

Read off the surface words, as the parse is broken there: right after a person the model tagged in
the subject (or ``by``-agent) phrase, an optional regnal numeral, "and", then a run of capitalised
proper nouns (with an optional numeral) that ends the phrase (a comma, a full stop, a lower-case
word). The run must be untagged; a name the model tagged has its own role already.

:func:`untagged_costates`: the same for a state ("Orm and France signed a treaty in 1930": the model tags
France, leaves the invented Orm untagged). A subject of exactly two conjuncts, one a state the model
tagged (a country the lists know, or a name with a state's word: "the Kingdom of Tarvia"), the other a
run of untagged capitalised proper nouns with nothing else on it: the second acts too. An untagged name
with a state's own head word ("the Orm Republic") needs only a tagged place beside it. In doubt
(another label on the other side, a determiner, a modifier, three conjuncts), nothing.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.state_references import is_state_name
from pipeline.lexicon.polities import POLITY_HEADS, STATE_NAME_NOUNS

_NUMERAL = re.compile(r"^[IVX]{1,5}$")


def untagged_coagents(subjects: list, named: set[int]) -> list[str]:
    """The names as written of untagged persons coordinated after a named subject person (see the module)."""
    out = []
    heads = [*subjects, *(c for h in subjects if h.pos_ == "NOUN" for c in h.children if c.dep_ == "appos")]
    for head in heads:
        name = _next_name(head, named)
        if name and name not in out:
            out.append(name)
    return out


def _next_name(head: Any, named: set[int]) -> str | None:
    """The untagged name after "and" that follows the tagged person ``head`` heads, or None."""
    doc = head.doc
    person = head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in head.children if c.dep_ == "compound")
    if head.pos_ != "PROPN" or not person or head.i not in named:
        return None
    i = head.i + 1
    while i < len(doc) and i in named:
        i += 1  # the rest of the tagged name
    if i < len(doc) and _NUMERAL.match(doc[i].text):
        i += 1  # "Hara I"
    if i >= len(doc) or doc[i].lower_ != "and":
        return None
    start = end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in named and \
            not _NUMERAL.match(doc[end].text):
        end += 1
    numbered = end < len(doc) and end > start and _NUMERAL.match(doc[end].text) is not None
    end += numbered
    if end == start or end - start > 4:
        return None
    if end < len(doc) and not (doc[end].is_punct or doc[end].text[:1].islower()):
        return None
    if end < len(doc) and doc[end].lower_ in ("of", "'s", "’s") and not numbered:
        return None  # "and Orm of Lusk", "and Orm's army": not plainly a second person ("Orm II of Lusk" is)
    return doc[start:end].text


def untagged_costates(subjects: list, named: set[int]) -> list[str]:
    """The names as written of untagged states coordinated with a tagged state in a subject (see the module)."""
    out = []
    for head in subjects:
        pair = [head, *head.conjuncts]
        if len(pair) != 2:
            continue
        for tagged, other in (pair, pair[::-1]):
            name = _untagged_name(other, named)
            state = _tagged_state(tagged)
            if name and state is not None and (is_state_name(state) or (
                    name.split()[-1].lower() in STATE_NAME_NOUNS | POLITY_HEADS and tagged.ent_type_ in ("GPE", "LOC"))):
                if name not in out:
                    out.append(name)
    return out


def _untagged_name(tok: Any, named: set[int]) -> str | None:
    """The name ``tok`` heads when it and its compounds are untagged capitalised proper nouns, else None."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    others = [c for c in tok.children if c.dep_ not in ("compound", "cc", "conj", "punct")]
    if others or len(words) > 3 or any(t.pos_ != "PROPN" or t.ent_type_ or t.i in named or not t.text[:1].isupper()
                                       or not t.text[1:].islower() for t in words):
        return None
    name = " ".join(t.text for t in words)
    if any(e.label_ == "PERSON" and tok.text in e.text.split() for e in tok.doc.ents):
        return None  # a name the passage tags as a person elsewhere ("Napoleon … France and Napoleon signed")
    return name


def _tagged_state(tok: Any) -> str | None:
    """The text of the GPE entity ``tok`` stands in, or None."""
    if tok.ent_type_ != "GPE":
        return None
    return next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), None)
