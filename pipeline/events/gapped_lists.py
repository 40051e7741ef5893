"""A gapped list of parties, each with its own date: each dated row keeps only its own (issue "when and what").

"Since 1949, it has been expanded to include Vell and Orm in 1952, Tarvia in 1955 and Lusk in 1982": the verb
is written once and each later date comes with the parties it dates ("Tarvia in 1955"). The parser cannot read
the gaps (it hangs "Tarvia in 1955" on the main verb, or makes "Tarvia" an adverb), so the later rows lose the
verb and their parties. Read from the text: the dates of one sentence written as ``…NAMES in D1, NAMES in D2
and NAMES in D3``, where the first row lists the first segment's names in one role; each later row takes the
first row's word and that role, with its own segment's names. Anything less plain (a segment that is not a
list of capitalised names, a first row whose role is not those names) leaves the rows as they were.
"""

from __future__ import annotations

import re

from pipeline.events.respective_parties import dated_rows_by

# A segment between two dates: ", Tarvia in ", " and Lusk in ", ", the Vell Republic and Orm on ".
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
_PREP = r"(?:(?P<prep>by|to|with|for|from|against|over)\s+)?"  # "signed by Vell in 1952 and by Orm in 1955"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
# "re-popularised by Vell in the 16th century and then by Tarsk in 1614": "then" orders the segments, no new verb.
_SEGMENT = re.compile(rf",?\s*(?:and\s+)?(?:then\s+|later\s+)?{_PREP}{_NAMES}\s+(?:in|on)\s+")
_FIRST = re.compile(rf"(?<![\w-]){_PREP}{_NAMES}\s+(?:in|on)\s+$")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ROLES = (("participants", "participant_mentions"), ("actors", "actor_mentions"))


def split_gapped_lists(events: list, text: str) -> None:
    """Give each later row of a gapped list its segment's parties and the first row's word (in place)."""
    for rows in dated_rows_by(events, "sentence_start"):
        rows = sorted(rows, key=lambda e: e.timex_index)
        sentence = text[rows[0].sentence_start:rows[0].sentence_end]
        places = [sentence.find(r.date_text) for r in rows]
        if -1 in places or len(set(places)) != len(places):
            continue
        k = 0
        while k < len(rows) - 1:
            run = _run(rows, places, sentence, k)
            if len(run) > 1:
                if _share(run, sentence, rows[0].sentence_start):
                    _clear_outside(rows, run)
            k += max(1, len(run))


def _run(rows: list, places: list[int], sentence: str, k: int) -> list[tuple]:
    """The rows from ``k`` on written as one gapped list, each with its segment's names (the first's
    names are the ones right before its date)."""
    run: list[tuple] = []
    for i in range(k, len(rows)):
        if i == k:
            before = sentence[:places[i]]
            first = _FIRST.search(before)
            if first is None:
                return []
            prep = first["prep"]
            run.append((rows[i], [n for n in _SPLIT.split(first["names"]) if n]))
            continue
        gap = sentence[places[i - 1] + len(rows[i - 1].date_text):places[i]]
        segment = _SEGMENT.fullmatch(gap)
        if segment is None or not gap.lstrip().startswith((",", "and")) or segment["prep"] != prep:
            break  # (the same preposition as the first names', or none: "by Vell in 1952 and by Orm in 1955")
        run.append((rows[i], [n for n in _SPLIT.split(segment["names"]) if n]))
    return run


def _share(run: list[tuple], sentence: str, offset: int) -> bool:
    """Each later row of ``run`` takes the first row's word and, in the role that lists the first
    segment's names, its own segment's names."""
    head, names = run[0]
    listed = {_bare(n) for _, own in run for n in own}
    role = next(((r, m) for r, m in _ROLES if _lists_first(getattr(head, m), names, listed)), None)
    if role is None and head.places and sorted(head.places) == sorted(_bare(n) for n in names):
        role = ("places", None)  # "visited Tarsk in 1952, Orm in 1955": each visit's own place
    if role is None:
        return False
    if not head.trigger_start or not offset <= head.trigger_start < offset + sentence.find(run[1][0].date_text):
        return False
    if role[1] is not None and len(getattr(head, role[0])) == len(getattr(head, role[1])):
        # The parser may hang a later segment's name on the first one's verb too ("adding Vell and Orm in
        # 1952, Tarvia in 1955": Tarvia joined in 1955, not in 1952): the first row keeps its own names.
        _keep_own(head, role, {_bare(n) for n in names})
    for row, own in run[1:]:
        # (a segment is names only, so no later row has a word of its own: the parse's is the gap's misreading)
        row.trigger, row.trigger_start, row.trigger_end = head.trigger, head.trigger_start, head.trigger_end
        row.actors, row.actor_mentions = list(head.actors), list(head.actor_mentions)
        row.participants, row.participant_mentions = list(head.participants), list(head.participant_mentions)
        row.theme, row.modality = head.theme, head.modality
        row.places = list(head.places)
        setattr(row, role[0], [_bare(n) for n in own])
        if role[1] is not None:
            setattr(row, role[1], list(own))
    for row, _ in run:
        # A listed name belongs to its own segment's date in the list's role only: the parser hangs a later
        # segment's name on the verb as its subject ("expanded to include Vell in 1952, Tarvia in 1955":
        # Tarvia is no includer, and takes no part in 1952).
        for names, mentions in _ROLES:
            if names == role[0]:
                continue
            values, written = getattr(row, names), getattr(row, mentions)
            kept = [k for k, n in enumerate(values) if n not in listed]
            setattr(row, names, [values[k] for k in kept])
            if len(written) == len(values):  # the mentions are aligned with the names
                setattr(row, mentions, [written[k] for k in kept])
    return True


def _clear_outside(rows: list, run: list[tuple]) -> None:
    """The sentence's other rows lose a later segment's names ("Since 1949, it has been expanded to include
    Vell in 1952, Tarvia in 1955": the parser hangs Tarvia on "expanded" too, but Tarvia is 1955's)."""
    later = {_bare(n) for _, own in run[1:] for n in own}
    inside = {id(row) for row, _ in run}
    for row in rows:
        if id(row) in inside:
            continue
        for names, mentions in _ROLES:
            values, written = getattr(row, names), getattr(row, mentions)
            kept = [k for k, n in enumerate(values) if n not in later]
            if len(kept) < len(values):
                setattr(row, names, [values[k] for k in kept])
                if len(written) == len(values):
                    setattr(row, mentions, [written[k] for k in kept])


def _lists_first(written: list, names: list, listed: set) -> bool:
    """Whether a role's mentions are the first segment's names, plus perhaps later segments' names."""
    bare = {_bare(n) for n in written}
    return bool(written) and {_bare(n) for n in names} <= bare <= listed


def _keep_own(head, role: tuple, own: set) -> None:
    """The first row's role without the later segments' names (its values aligned with its mentions)."""
    values, written = getattr(head, role[0]), getattr(head, role[1])
    kept = [k for k, n in enumerate(written) if _bare(n) in own]
    setattr(head, role[0], [values[k] for k in kept])
    setattr(head, role[1], [written[k] for k in kept])


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip())
