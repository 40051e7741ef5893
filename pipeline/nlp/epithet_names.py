"""A ruler named with an epithet is a person whatever label the small model gave the name.

The model tags "Peter the Great" LAW, "Cyrus the Great" ORG, "Ivan the Terrible" WORK_OF_ART: the
events then drop the founder of a city or an empire as no party (issue 31: the parties the way prose
gives them). English writes a name, "the" and a capitalised epithet only for a person ("Charles the
Bald", "William the Conqueror"); a realm's name of that shape ends in a realm's noun instead ("Orm the
Kingdom" is no one), and those stay as the model tagged them.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.polities import POLITY_HEADS, REALM_NOUNS


def is_epithet_name(span: Any) -> bool:
    """Whether a span is exactly a name, "the" and an epithet ("Peter the Great"): three words, the first
    and last capitalised and alphabetic, the last no realm's noun, and no "the" before the name (which
    would make it a thing's name, "the Peter the Great Bay")."""
    words = list(span)
    if len(words) != 3 or words[1].lower_ != "the":
        return False
    first, last = words[0], words[2]
    if not (first.is_alpha and last.is_alpha and first.text[:1].isupper() and last.text[:1].isupper()):
        return False
    if last.lower_ in POLITY_HEADS or last.lower_ in REALM_NOUNS or first.lower_ in REALM_NOUNS:
        return False
    return span.start == 0 or span.doc[span.start - 1].lower_ != "the"
