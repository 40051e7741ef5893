"""Names kept as the text writes them, where the document's fuller or longer names would name another
party (issue 31, "one name for each party"; the sentences are invented):

- a state named as one ("the state of Qin conquered Han and founded the Qin dynasty"): the text's own
  name for the state then, never the dynasty it founded later (nor the empire of that name);
- a bare first name the document gives two rulers of, by their regnal numbers ("Pedro declared the
  independence of Tarvia ... was acclaimed as Pedro I", with "Pedro II" elsewhere): either may be meant
  by the name alone, so it stays as written, never the namesake with the other number (in doubt, the
  name as written).

:func:`as_written` is the hook :class:`pipeline.events.names.Names` asks before its lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# "the state of Qin", "the kingdom of Orm": a lower-case polity noun and "of" right before the name.
_STATE_OF = re.compile(r"\b(?:state|states|kingdom|principality|duchy|realm|land) of (?:the )?$")


def _numbers_of(text: str, name: str) -> set[str]:
    """The regnal numbers the text writes after ``name`` ("Pedro I", "Pedro II" → {"I", "II"})."""
    return {m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(name)} ([IVXL]+)\b", text)}


@lru_cache(maxsize=1 << 12)  # per document and first name (speed only)
def _shared_by_rulers(text: str, name: str) -> bool:
    return len(_numbers_of(text, name)) >= 2


def as_written(text: str | None, entity: Any, written: str) -> bool:
    """Whether the name ``written`` (one mention, ``entity``, clean offsets into ``text``) is to be kept as
    written (see the module): a state named as one, or a first name two numbered rulers of the document bear."""
    if not text or not written or getattr(entity, "start", None) is None:
        return False
    if _STATE_OF.search(text[max(0, entity.start - 20):entity.start]) and " " not in written:
        return True
    if getattr(entity, "label", None) != "PERSON" or " " in written or not written[:1].isupper():
        return False
    if re.match(r" [IVXL]+\b", text[entity.end:entity.end + 6]):
        return False  # the numbered name itself
    return _shared_by_rulers(text, written)


def kept_polities(polities: dict[str, str], names: Any) -> dict[str, str]:
    """The canonicaliser's one-word polity names (``polities``: "Qin" → "Qin dynasty") without the states
    the text names as states ("the state of Qin"), and with each name ``names`` kept as written mapped to
    itself (a group of people, "Soviet Koreans": never Korea)."""
    text = getattr(names, "_text", None) or ""
    own = set(re.findall(r"\b(?:state|kingdom) of (?:the )?([A-Z][a-z]{2,})\b", text))
    out = {name: full for name, full in polities.items() if name not in own}
    out.update({name: name for name in getattr(names, "kept", ())})
    return out
