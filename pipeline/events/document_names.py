"""One document's :class:`~pipeline.events.names.Names`, built once where two stages ask for it.

Building a document's Names costs about half a second of CPU on a long article (every name
weighed against every other), and the entities stage (``assign_parties``) and the events stage
build it from the very same mention objects and text in one process. The last Names built is
kept and handed out again only while the mentions are the same objects, in the same order, with
the same fields Names reads (a stage between may not have changed them), and the text is equal:
otherwise it is built anew. Names is not changed by its use, so sharing it changes no output
(speed only). One slot: a run handles its documents one after another in a process.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.names import Names

_last: tuple[list, str | None, tuple, Names] | None = None


def _fields(entities: list) -> tuple:
    return tuple((e.start, e.end, e.text, e.label, e.link_target) for e in entities)


def document_names(entities: list[Any], text: str | None) -> Names:
    """Names of ``entities`` (sorted by start) in ``text``: the last one built if it was built from
    these very mentions and this text, else a new one."""
    global _last
    fields = _fields(entities)
    last = _last
    if last is not None and last[1] == text and last[2] == fields and \
            all(a is b for a, b in zip(last[0], entities)):
        return last[3]
    names = Names(entities, text)
    _last = (list(entities), text, fields, names)
    return names
