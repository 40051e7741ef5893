"""The article's subject where its first sentence's parse loses the name, read against the title.

A Wikipedia document's first line is its title, the name of what the article is about. The small
model often fails the first sentence's subject when the name is one word or unusual: "Pericles was a
statesman" (a plural common noun), "Phelps is a swimmer" (a common noun, or a place), "Xerxes I was a
ruler" (the regnal "I" made the subject, a pronoun). :func:`pipeline.events.lead_subject.find_lead`
then found no lead, and every "he" and every "who reigned" of the article lost its actor (issue 31:
the article's subject missing from the rows, the first cause of empty actors on People leads).

Here only the opening words of the first sentence, before its verb, that are exactly the title's
words (its bracketed qualifier dropped: "Draco (legislator)" → "Draco"), capitalised: then they are
the name, whatever tags the parser gave them. A title that is not the sentence's opening gives
nothing (the article may open on something else; precision before recall).
"""

from __future__ import annotations

import re
from typing import Any


def lead_title(doc: Any) -> str | None:
    """The name a document's first line gives (a plain file's first line is its level-1 heading),
    else its title (a file's name, its accents and punctuation possibly lost)."""
    heads = doc.layers.get("sections") or []
    if heads and heads[0].level == 1 and heads[0].heading:
        return heads[0].heading
    return doc.title


def title_core(title: str | None) -> str | None:
    """The title without a bracketed qualifier or a leading article ("Draco (legislator)" → "Draco"),
    or None for no title."""
    if not title:
        return None
    core = re.sub(r"\s*\([^)]*\)\s*$", "", title.strip())
    core = re.sub(r"^(?:The|the)\s+", "", core).strip()
    return core or None


def title_opening(sent: Any, root: Any, title: str | None) -> Any | None:
    """The span of ``sent``'s opening words (an optional "The" skipped) before its verb ``root`` that
    read exactly as the title (see the module), else None."""
    core = title_core(title)
    if core is None or not core[:1].isupper() and not core[:1].isdigit():
        return None
    words = [t for t in sent if t.i < root.i]
    if words and words[0].lower_ == "the":
        words = words[1:]
    run: list[Any] = []
    for t in words:
        if t.is_punct and t.text not in ("-", "'", "."):
            break
        run.append(t)
        text = sent.doc[run[0].i:t.i + 1].text
        if text == core:
            return sent.doc[run[0].i:t.i + 1]
        if not core.startswith(text):
            return None
    return None


def within(entity: Any, opening: Any | None, offset: int) -> bool:
    """Whether the title's ``opening`` words hold more than ``entity`` (a name the model tagged inside
    the title's: "Alexandria" of "Hero of Alexandria")."""
    if opening is None:
        return False
    start, end = offset + opening.start_char, offset + opening.end_char
    return start <= entity.start and entity.end <= end and (start, end) != (entity.start, entity.end)


def said_who(noun: Any) -> bool:
    """Whether a defining noun takes a "who" clause ("Spartacus was a Thracian gladiator who …"): the
    noun is a person's, whatever trade it names."""
    return any(c.dep_ == "relcl" and any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ == "who" for k in c.children)
               for c in noun.children)
