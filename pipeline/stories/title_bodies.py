"""An official's deed is her body's: "Immigration and Naturalization Service Commissioner Doris Meissner
ruled" tells the agency's ruling, which another report tells as "immigration authorities ruled" or "the
INS ruled".

A person acting, written right after a body's name and a title of heading it ("<body> Commissioner
<person>", "FBI Director Louis Freeh"), acts for that body: the body is an actor of the mention too, for
the stories merge only (the events row keeps the person). The body must be a party the corpus names
elsewhere as itself (an actor or a participant of some row), never a state ("U.S. President" makes no
state's deed of a person's: a head of state does much the state does not), and never a title of
speaking for it ("spokesman"): the one who speaks does not do the body's deeds.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

_TITLES = (r"(?:Commissioner|Director|Chairman|Chairwoman|Chair|Chief|Head|Administrator|"
           r"Superintendent|Commander|Governor)")
_NAME_WORD = r"[A-Z][\w.&'’-]*"
_BODY = re.compile(r"((?:" + _NAME_WORD + r"\s+(?:(?:and|of|for|the)\s+)*){1,8})" + _TITLES + r"\s+")


def headed_bodies(sentence: str | None, actors: list[str], canonical: Callable[[str], str], known: set[str],
                  is_state: Callable[[str], bool]) -> list[str]:
    """The bodies a mention's person actors head by the title written before their names, canonical,
    each a party the corpus ``known``; none when the sentence says none."""
    if not sentence or not actors:
        return []
    found: list[str] = []
    for m in _BODY.finditer(sentence):
        after = sentence[m.end():m.end() + 60]
        if not any(_names_person(after, person) for person in actors):
            continue
        words = m.group(1).split()
        for cut in range(len(words)):  # longest first: "In January, Immigration and ..." drops "In"
            if words[cut].lower() in ("and", "of", "for", "the"):
                continue
            body = canonical(" ".join(words[cut:]))
            if body in known and not is_state(body) and body not in actors and body not in found:
                found.append(body)
                break
    return found


def _names_person(after: str, person: str) -> bool:
    """Whether the words right after a title name the person (full name or surname first among them)."""
    head = re.match(r"(?:" + _NAME_WORD + r"\s*){1,4}", after)
    return bool(head) and person.split()[-1] in head.group(0).split()


def known_parties(columns: Iterable[Iterable[str]]) -> set[str]:
    """Every canonical party name some row names as an actor or a participant."""
    return {n for names in columns for n in names}
