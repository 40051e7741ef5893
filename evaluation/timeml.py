"""Read TimeML (``.tml``) documents: plain text, gold TIMEX3 spans and the creation time.

TempEval-3's convention: the text is the ``<TEXT>`` element's content with every
tag removed and XML entities decoded; gold offsets index that string. The
document creation time (DCT) is the TIMEX3 whose ``functionInDocument`` is
``CREATION_TIME``. We read the files with regexes rather than an XML parser
because the offsets must be counted in the decoded text as we strip tags,
which a tree parser does not give back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class TimemlDocument:
    name: str
    text: str
    creation_date: date | None
    gold: list[dict[str, Any]] = field(default_factory=list)
    # EVENT tags (eid, start, end, text) and the TLINKs between an event and a time, as
    # (eid, tid, relType) read from the event's side ("INCLUDES" from the time's side is "IS_INCLUDED").
    events: list[dict[str, Any]] = field(default_factory=list)
    event_time_links: list[tuple[str, str, str]] = field(default_factory=list)


def _attrs(source: str) -> dict[str, str]:
    return dict(_ATTR.findall(source))


def parse_timeml(source: str, name: str = "document") -> TimemlDocument:
    """The plain text, gold TIMEX3 rows (start, end, text, type, value, mod) and DCT of one TimeML string."""
    body = _TEXT.search(source)
    if body is None:
        raise ValueError(f"{name}: no <TEXT> element; is this a TimeML file?")
    dct_value = None
    if m := _DCT.search(source):
        dct_value = _attrs(m.group(0)).get("value")
    creation = None
    if dct_value and re.match(r"\d{4}-\d\d-\d\d", dct_value):
        creation = date.fromisoformat(dct_value[:10])
    content = body.group(1)
    parts: list[str] = []
    length = 0
    gold: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    open_timex: dict[str, Any] | None = None
    open_event: dict[str, Any] | None = None
    pos = 0
    for tag in _TAG.finditer(content):
        piece = html.unescape(content[pos:tag.start()])
        parts.append(piece)
        length += len(piece)
        pos = tag.end()
        closing, kind = tag.group(1) == "/", tag.group(2)
        if kind == "EVENT":
            if not closing:
                open_event = {"eid": _attrs(tag.group(3)).get("eid"), "start": length}
            elif open_event is not None:
                open_event["end"] = length
                events.append(open_event)
                open_event = None
            continue
        if kind != "TIMEX3":
            continue
        if not closing:
            attrs = _attrs(tag.group(3))
            open_timex = {"start": length, "type": attrs.get("type"), "value": attrs.get("value"),
                          "mod": attrs.get("mod") or None, "tid": attrs.get("tid")}
        elif open_timex is not None:
            open_timex["end"] = length
            gold.append(open_timex)
            open_timex = None
    parts.append(html.unescape(content[pos:]))
    text = "".join(parts)
    for g in gold + events:
        g["text"] = text[g["start"]:g["end"]]
    return TimemlDocument(name, text, creation, gold, events, _event_time_links(source))


_INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
            "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "BEFORE": "AFTER", "AFTER": "BEFORE",
            "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "DURING": "DURING_INV", "DURING_INV": "DURING"}


def _event_time_links(source: str) -> list[tuple[str, str, str]]:
    """TLINKs between an event instance and a time, as (eid, tid, relType from the event's side)."""
    instance = {a["eiid"]: a["eventID"] for a in map(_attrs, re.findall(r"<MAKEINSTANCE([^>]*)/?>", source))
                if "eiid" in a and "eventID" in a}
    links = []
    for attrs in map(_attrs, re.findall(r"<TLINK([^>]*)/?>", source)):
        rel = attrs.get("relType", "")
        if "eventInstanceID" in attrs and "relatedToTime" in attrs:
            eiid, tid = attrs["eventInstanceID"], attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs:
            eiid, tid, rel = attrs["relatedToEventInstance"], attrs["timeID"], _INVERSE.get(rel, rel)
        else:
            continue
        if eiid in instance:
            links.append((instance[eiid], tid, rel))
    return links


def read_timeml(path: str | Path) -> TimemlDocument:
    path = Path(path)
    return parse_timeml(path.read_text(encoding="utf-8"), path.stem)


def read_corpus(folder: str | Path) -> list[TimemlDocument]:
    """Every ``.tml`` file under ``folder``, sorted by name."""
    return [read_timeml(p) for p in sorted(Path(folder).rglob("*.tml"))]


def write_news_corpus(docs: Iterable[TimemlDocument], corpus: Path) -> None:
    """Each document as a news report of the pipeline's corpus: its text byte for byte (so raw
    offsets are TimeML offsets) and a sidecar dating it by its creation time."""
    corpus.mkdir(parents=True, exist_ok=True)
    for tm in docs:
        (corpus / f"{tm.name}.txt").write_text(tm.text, encoding="utf-8", newline="")
        meta = "kind: news\n" + (f"reference_date: {tm.creation_date.isoformat()}\n" if tm.creation_date else "")
        (corpus / f"{tm.name}.meta.yaml").write_text(meta, encoding="utf-8")
