"""A document's title: its own where it has one, else its file name — never a section heading.

A mirror article names itself on its first line, above the mirror's page header
(``HOME``, ``TheInfoList``, ``OR:``). A plain file has no such header, and its
first short line is as often a section heading ("Background", "1939") as a
title: two articles titled "Background" could not be told apart in the
report's menus. So a plain file is titled from its file name (``korean_war.txt``
→ ``Korean war``, ``01_WW2.txt`` → ``01 WW2``), unless its first line repeats
the file name's words (``Korean War`` atop ``korean_war.txt``: the same title,
better written). A ``title`` in the document's ``.meta.yaml`` wins over both.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from pipeline.lexicon.patterns import MIRROR_HEADER_MARKERS as HEADER_MARKERS, MIRROR_HEADER_WINDOW as HEADER_WINDOW

_TEXT_SUFFIXES = (".txt", ".text", ".md")
_WORD = re.compile(r"\w+")
MAX_TITLE_CHARS = 200


def _tidy(line: str) -> str:
    return unicodedata.normalize("NFC", " ".join(line.split()))


def mirror_title(raw: str) -> str | None:
    """The title line of a mirror article: its first line, when the mirror's page header follows it."""
    lines = raw.splitlines()[:HEADER_WINDOW]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() in HEADER_MARKERS:
        return None
    if not any(line.strip() in HEADER_MARKERS for line in lines[first + 1:]):
        return None
    title = _tidy(lines[first])
    return title if 0 < len(title) <= MAX_TITLE_CHARS else None


def filename_title(source_path: str) -> str:
    """A title from a file name: its text suffix dropped, underscores as spaces, the first letter
    capitalised when the name is all lower case (``korean_war.txt`` → ``Korean war``)."""
    name = PurePosixPath(source_path.replace("\\", "/")).name
    for suffix in _TEXT_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    title = _tidy(name.replace("_", " ")) or name
    if title == title.lower():
        title = title[:1].upper() + title[1:]
    return title


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text.replace("_", " "))]


def first_line_title(raw: str, source_path: str) -> str | None:
    """The first line, when it is a short line of its own that says the file name's words in order
    (``Korean War`` atop ``korean_war.txt``)."""
    lines = raw.lstrip().split("\n", 2)
    if len(lines) < 2 or lines[1].strip():
        return None  # not a line of its own above a blank line
    line = _tidy(lines[0])
    if not line or len(line) > MAX_TITLE_CHARS:
        return None
    return line if _words(line) == _words(filename_title(source_path)) else None


def document_title(raw: str, source_path: str, own: str | None = None) -> str:
    """The document's title: ``own`` (from its metadata), its mirror title line, a first line that
    names the file, else its file name."""
    if own and own.strip():
        return _tidy(own)
    return mirror_title(raw) or first_line_title(raw, source_path) or filename_title(source_path)
