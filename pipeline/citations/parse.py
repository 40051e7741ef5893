"""Parse one reference string into citation fields.

``parse_citation(text)`` labels the tokens with the CRF of
:mod:`pipeline.citations.model` (trained on AnyStyle's labelled references; no
maintained pure-Python reference parser installs from the registry, and
AnyStyle/GROBID need Ruby or a Java service) and turns the labelled runs into
fields: authors as ``Surname, Given``, year, title, container, publisher,
volume, issue, pages, url.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.citations.model import label_tokens
from pipeline.lexicon.patterns import PUBLICATION_YEAR

FIELDS = ("authors", "year", "title", "container", "publisher", "volume", "issue", "pages", "url")
_YEAR = re.compile(rf"\b({PUBLICATION_YEAR})\b")
_EDGE_PUNCT = " \t.,;:()[]\"'“”‘’«»"
_PARTICLES = {"von", "van", "de", "der", "den", "du", "di", "da", "del", "della", "la", "le", "ter", "zu"}
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?-?){1,4}$|^(?:[A-ZÀ-Ý]\.\s?)+$")


def clean_field(text: str) -> str:
    """Strip wiki italics, quotes and edge punctuation; keep inner punctuation."""
    text = text.replace("''", "")
    text = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCT + " ")
    return text


def _given_like(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


_ORGANISATION = re.compile(r"\b(?:Organi[sz]ation|Project|Institute|Association|University|Committee|Agency|"
                           r"Society|Office|Ministry|Department|Council|Foundation|Bureau|Commission|Group)\b")


def _flip(name: str) -> str:
    """'Given Middle Surname' or 'Surname JJ' to 'Surname, Given'; organisations stay as they are."""
    words = name.split()
    if len(words) == 1 or _ORGANISATION.search(name):
        return name
    if _INITIALS.match(words[-1]) and not _INITIALS.match(words[0]):
        return f"{' '.join(words[:-1])}, {words[-1]}"  # Vancouver style: "Pérez-Higueras JJ"
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return f"{' '.join(words[i:])}, {' '.join(words[:i])}"


def _name_piece(piece: str) -> str:
    """Trim a name piece; a final '.' goes unless it closes an initial ('Zygmunt J.')."""
    piece = piece.strip(" ,;:\"'“”")
    if piece.endswith(".") and not re.search(r"(?:^|[\s.-])[A-ZÀ-Ý]\.$", piece):
        piece = piece[:-1]
    return piece


def _single_surname(piece: str) -> bool:
    words = piece.split()
    return len(words) == 1 or all(w.lower() in _PARTICLES for w in words[:-1])


def split_authors(text: str) -> list[str]:
    """An author field to a list of 'Surname, Given' names."""
    text = text.replace("''", "")
    text = re.sub(r"\bet al\.?|\b(?:eds?|editors?|trans|comp)\.?\s*$|\(eds?\.?\)", "", text.strip()).strip(" ,;")
    names: list[str] = []
    for part in re.split(r"\s*(?:;|&|\band\b|\bund\b|\bet\b)\s*", text):
        pieces = [p for p in (_name_piece(p) for p in part.split(",")) if p]
        i = 0
        while i < len(pieces):
            piece = pieces[i]
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            # "Sebag Montefiore, Simon" (but not Vancouver's "Hochreiter S, Schmidhuber J")
            two_piece = len(pieces) == 2 and len(piece.split()) <= 2 and not _INITIALS.match(piece.split()[-1])
            if nxt is not None and (_single_surname(piece) or two_piece) and _given_like(nxt):
                names.append(f"{piece}, {nxt}")  # "Surname, Given"
                i += 2
            else:
                names.append(_flip(piece))
                i += 1
    return [n for n in names if re.search(r"[A-Za-zÀ-ÿ]", n)]


def _volume_issue(text: str) -> tuple[str | None, str | None]:
    text = text.replace("''", "")
    m = re.search(r"(?:vol\.?\s*|volume\s*)?(\d+)\s*(?:\(\s*(\d+(?:[-–/]\d+)?)\s*\)|[.#:]\s*(\d+(?:[-–]\d+)?)\b|,?\s*(?:no\.?|nr\.?|issue)\s*(\d+(?:[-–/]\d+)?))?",
                  text, re.I)
    if not m:
        return None, None
    return m.group(1), m.group(2) or m.group(3) or m.group(4)


def _pages(text: str) -> str | None:
    m = re.search(r"(\d+)\s*(?:[-–—]+\s*(\d+))?", text)
    if not m:
        return None
    return f"{m.group(1)}–{m.group(2)}" if m.group(2) else m.group(1)


def fields_from_runs(runs: list[tuple[str, str]]) -> dict[str, Any]:
    """Citation fields from (label, text) runs in string order."""
    by_label: dict[str, list[str]] = {}
    for label, text in runs:
        by_label.setdefault(label, []).append(text)

    def first(*labels: str) -> str | None:
        for label in labels:
            if label in by_label:
                value = clean_field(by_label[label][0])
                if value:
                    return value
        return None

    out: dict[str, Any] = {f: None for f in FIELDS}
    out["authors"] = split_authors(" and ".join(by_label["author"])) if "author" in by_label else []
    dates = " ".join(by_label.get("date", []))
    year = _YEAR.search(dates) or None
    out["year"] = int(year.group(1)) if year else None
    out["title"] = first("title")
    container = first("journal", "container-title")
    # "In Proceedings of …", "In Paths to War": the "In" introduces the container, it is not part of it.
    out["container"] = re.sub(r"^In\s+", "", container) if container else None
    out["publisher"] = first("publisher")
    volume_text = " ".join(by_label.get("volume", []))
    if volume_text:
        out["volume"], out["issue"] = _volume_issue(volume_text)
    if "pages" in by_label:
        out["pages"] = _pages(by_label["pages"][0])
    url = first("url", "doi")
    out["url"] = url
    return out


def runs_of(labelled: list[tuple[int, int, str, str]], text: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    start = end = None
    label = None
    for s, e, _tok, lab in labelled:
        if lab != label:
            if label is not None:
                runs.append((label, text[start:end]))
            label, start = lab, s
        end = e
    if label is not None:
        runs.append((label, text[start:end]))
    return runs


# Vancouver style glues year, volume, issue and pages into one token ("2015;521(7553):436-444");
# spacing them out lets the tagger label each part.
_GLUED_NUMBERS = re.compile(r"(?<=\d)([;:])(?=\d)|(?<=\d\))(:)(?=\d)")


def parse_citation(text: str) -> dict[str, Any]:
    """One reference string in, the citation fields out (missing fields are None, authors a list)."""
    text = _GLUED_NUMBERS.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    return fields_from_runs(runs_of(label_tokens(text), text))
