"""Citation strings in the body: glued footnotes and reference lists, found and bounded (used by cut_citations).

The mirror glues each footnote's text to the sentence it supports
(``…a natural convergence.Gasiorowski, Zygmunt J. (1958)``), sometimes over
several lines (title, ``''``, a glossed journal, ``'' 30 (2), 99–117.``), and
keeps the reference lists at the end. We find citation *heads* (an author and
year, a quoted or italic title, a short ``Surname Year, p. N``), confirm them,
and extend each to its *end* (pages, volume and pages, a publisher and year,
a magazine date), following continuation lines where the citation spans them.
Lists under Further reading / Primary sources / External links give one
citation per item. Runs before ``reflow`` because line breaks and ``''`` are
evidence here.
"""

from __future__ import annotations

import re

from pipeline.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from pipeline.lexicon.patterns import PARAGRAPH, PUBLICATION_YEAR, REFERENCE_HEADINGS

_CAPW = r"[A-ZÀ-Ý][\w'’.-]*"
_YEAR = PUBLICATION_YEAR
# Where a glued footnote may begin: right after sentence punctuation, no space.
_GLUED = re.compile(r"(?<=[a-z0-9)\]\"'’%])[.,;!?](?P<quote>[\"”](?=[A-ZÀ-Ý]))?(?=[A-ZÀ-Ý\"]|'')")
# After a sentence and a space only the strongest head counts ("created. Gatzke, Hans W. (1958)").
_SPACED = re.compile(r"(?<=[a-z0-9)\]\"'’%][.!?] )(?=[A-ZÀ-Ý])")
# A citation at the start of a line (optionally after the '.' of the sentence it follows).
_LINE_HEAD = re.compile(rf"(?m)^\.?(?={_CAPW}, )")
_SHORT_TITLE_HEAD = re.compile(rf"{_CAPW}, ''(?!\s)[^'\n`]{{3,200}}''(?=,? pp?\. ?\d)")
# Heads that make a citation (tested right at the candidate start).
_HEADS = [
    re.compile(rf"{_CAPW}(?: {_CAPW})?, (?:{_CAPW}\s?){{1,4}}\(\s?{_YEAR}"),              # Surname, Given (1958
    re.compile(rf"(?:{_CAPW} ){{1,3}}\({_YEAR}\)\."),                                   # Geoffrey Roberts (1992).
    re.compile(rf"{_CAPW}, (?:{_CAPW}\s?){{1,4}}[.,] (?:''|\")"),                       # Surname, Given, ''Title
    re.compile(rf"{_CAPW}(?: {_CAPW})*, (?:and )?(?:{_CAPW} ?){{1,3}}, ''"),              # Kevin McDermott, and J. Agnew, ''
    re.compile(rf"{_CAPW}, (?:{_CAPW} ?){{1,4}}(?:,| and| &) (?:{_CAPW} ?){{1,5}}[.,] ''"),  # Biskupski, M. B. and P. S. Wandycz, ''
    re.compile(rf"(?:{_CAPW} ){{1,3}}{_CAPW}\. \""),                                    # Jonathan Haslam. "Review
    # An opening '' is followed by its title, not a space (",'' President Castro said" closes a quote),
    # and a title holds no TeX opening quote (``).
    re.compile(r"''(?!\s)[^'\n`]{3,200}'' by "),                                       # ''Title'' by Given Surname
    _SHORT_TITLE_HEAD,                                                                 # Haslam, ''Short title'', p. 22
    re.compile(rf"\"[^\"\n]{{3,200}}\" (?:{_CAPW} ){{1,3}}{_YEAR}"),                     # "Title" Given Surname 2002
    re.compile(rf"(?:{_CAPW} ?){{1,5}}\nat ''[^'\n]+'' magazine"),                     # Moscow's Week\nat ''Time'' magazine
]
# Where a citation ends. Strong ends (page numbers, volume and pages, a
# magazine's date) end it whatever follows; weak ends (a publisher and year,
# a year in parentheses or after a comma) only before a new sentence or line.
_STRONG_END = re.compile(
    rf"(?:\bpp?\.\s?\d+(?:\s?[-–]\s?\d+)?"
    rf"|\bpages?\s\d+(?:\s?[-–]\s?\d+)?"
    rf"|\bP\.\s\d+\."
    rf"|\b\d+\s?\(\s?\d+\),\s\d+\s?[-–]\s?\d+"
    rf"|(?<![–-])\b\d+(?:[.:#]\d+(?:-\d+)?)?(?::|,)\s\d+\s?[-–]\s?\d+"
    rf"|magazine on \w+, \w+ \d{{1,2}}, {_YEAR})(?!\d)[.,]?")
_WEAK_END = re.compile(
    rf"(?:(?:Press|Books|Publishers|Publications|Viking|Brill|Routledge|Praeger)[^.\n]{{0,30}}?,? {_YEAR}"
    rf"|\({_YEAR}\)|, {_YEAR})[.,]?")


def _new_sentence_after(text: str, pos: int) -> bool:
    after = text[pos:pos + 2]
    return (not after or after[0] == "\n" or after.startswith("/r")
            or after[0] == " " and (after[1:].isupper() or after[1:] in "\"'"))


# A short citation in running text: "Montefiore 2005, p. 32".
_SHORT = re.compile(rf"(?<=[.!?\"] )(?:{_CAPW}(?: (?:and|&) {_CAPW})? {_YEAR}[a-z]?, pp?\. ?\d+(?:\s?[-–]\s?\d+)?)")
_TRAILER = re.compile(r"(?:\n(?:online|in JSTOR|free online|online review))+")
MAX_CITATION_CHARS = 700
MAX_CONTINUATION_LINES = 6
# A citation with no end marker and no prose after it is cut only up to here; a longer
# run is left in the text (and counted) rather than risk cutting prose with it.
MAX_UNMARKED_CITATION_CHARS = 300
_MONTH = r"(?:" + "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS) + r")\.?"
# Where prose starts again after a citation: a sentence end, then a date or a sentence
# with ordinary lower-case words ("On May 5, 1933 the treaty was extended").
_BOUNDARY = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bed)(?<!\beds)(?<!\bvol)(?<!\bno)[.!?][\"”’']?\s+(?=[A-Z\"“])")
_PROSE_DATE = re.compile(rf"\W{{0,3}}(?:\w+ ){{0,3}}(?:{_MONTH} \d{{1,2}}, \d{{3,4}}|\d{{1,2}} {_MONTH} \d{{3,4}}|"
                         rf"(?:In|On|By|From|Until|During|After|Before) (?:{_MONTH} )?\d{{3,4}}\b)")
_CITATION_WORDS = re.compile(r"(?:Retrieved|Accessed|Archived|Reprinted|Translated|Edited|Ed|Eds|Vol|In|Trans)\b")
_FUNCTION_WORDS = {"of", "the", "and", "in", "on", "for", "to", "a", "an", "by", "with", "at", "from", "de", "du",
                   "des", "la", "le", "und", "der", "die", "das", "zur", "von", "et", "al", "eds", "ed", "vol", "pp"}


def starts_prose(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` is prose, not the next part of a reference: it opens with
    a date, or has ordinary lower-case words among its first eight ("the treaty was extended")."""
    if _CITATION_WORDS.match(text, pos):
        return False
    if _PROSE_DATE.match(text, pos):
        return True
    line_end = text.find("\n", pos, pos + 120)
    words = re.findall(r"[^\W\d][\w'’-]*", text[pos:line_end if line_end >= 0 else pos + 120])[:8]
    return sum(1 for w in words if w.islower() and w not in _FUNCTION_WORDS) >= 3


def _reads_as_prose(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has the lower-case words of a sentence (four or more besides function
    words) and no publication year: what a citation's tail without an end marker never has."""
    tail = text[start:end]
    if re.search(rf"\b{_YEAR}\b", tail):
        return False
    words = re.findall(r"[^\W\d][\w'’-]*", tail)
    return sum(1 for w in words if w.islower() and w not in _FUNCTION_WORDS) >= 4


def _prose_after(text: str, head_end: int, limit: int) -> int | None:
    """End of the last reference sentence before prose resumes (after its '.'), if prose resumes before ``limit``."""
    for m in _BOUNDARY.finditer(text, head_end, limit):
        if starts_prose(text, m.end()):
            return m.start() + 1
    return None


def _find_end(text: str, start: int, head_end: int) -> int | None:
    """End of the citation starting at ``start``: its first end marker after the head, across
    continuation lines, but never past the point where prose starts again. Without an end marker
    it ends where prose resumes, or with its line when that is short; otherwise None (not cut)."""
    limit = min(len(text), start + MAX_CITATION_CHARS)
    prose = _prose_after(text, head_end, limit)
    if prose is not None:
        limit = prose
    line_end = text.find("\n", head_end, limit)
    lines_used = 0
    pos = head_end
    while True:
        stop = limit if line_end < 0 else min(line_end, limit)
        ends = [m.end() for m in _STRONG_END.finditer(text, pos, stop)]
        ends += [m.end() for m in _WEAK_END.finditer(text, pos, stop)
                 if _new_sentence_after(text, m.end()) and not text.startswith("\n''", m.end())]
        if ends:
            end = min(ends)
            # "…, 1948. P. 78.": a page reference right after a weak end belongs to the citation.
            strong = _STRONG_END.match(text, end + 1) if text[end:end + 1] == " " else None
            return strong.end() if strong else end
        if line_end < 0 or line_end >= limit or lines_used >= MAX_CONTINUATION_LINES:
            break
        nxt_end = text.find("\n", line_end + 1, limit)
        nxt = text[line_end + 1:nxt_end if nxt_end >= 0 else limit]
        # Continue only into lines that look like parts of a reference: short, no blank line between,
        # not a new sentence of prose.
        if not nxt or len(nxt) > 250 or re.search(r"[a-z]{3,}\. [A-Z][a-z]+ [a-z]+ ", nxt):
            break
        pos = line_end + 1
        line_end = nxt_end
        lines_used += 1
    # No end marker: the citation is its head line, when that ends soon and before prose resumes;
    # else it ends where prose resumes; else it is left in the text.
    first_line_end = text.find("\n", start, min(limit, start + MAX_UNMARKED_CITATION_CHARS))
    if first_line_end >= 0:
        # A line that reads as prose after the head is a sentence, not a reference (news wires
        # quote with ``…'' : "``kidnapped'' by the boyfriend who perished along with her").
        return None if _reads_as_prose(text, head_end, first_line_end) else first_line_end
    if prose is not None:
        return prose
    return len(text) if len(text) - start <= MAX_UNMARKED_CITATION_CHARS else None


def _head_end(text: str, pos: int) -> int | None:
    ends = [m.end() for h in _HEADS if (m := h.match(text, pos))]
    return max(ends) if ends else None


def _kind(text: str, pos: int) -> str:
    return "short" if _SHORT_TITLE_HEAD.match(text, pos) else "inline"


def find_inline(text: str, uncut: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the inline and short citations in the body, in order, non-overlapping.

    Heads whose end cannot be found safely are left in the text; with ``uncut`` their
    (start, line end) spans are appended to it, so the caller can count them.
    """
    starts: dict[int, int] = {}  # citation start -> end of its head
    for m in _GLUED.finditer(text):
        # Both readings of a glued quote: a closing quote of the sentence, or an opening one of a title.
        for pos in {m.end(), m.start("quote") if m.group("quote") else m.end()}:
            head_end = _head_end(text, pos)
            if head_end is not None:
                starts.setdefault(pos, head_end)
    for m in _SPACED.finditer(text):
        head = _HEADS[0].match(text, m.end())
        if head:
            starts.setdefault(m.end(), head.end())
    for m in _LINE_HEAD.finditer(text):
        head_end = _head_end(text, m.end())
        if head_end is not None:
            starts.setdefault(m.end(), head_end)
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for start in sorted(starts):
        if start < last_end:
            continue
        end = _find_end(text, start, starts[start])
        if end is None:
            if uncut is not None:
                line_end = text.find("\n", start)
                uncut.append((start, line_end if line_end >= 0 else len(text)))
            continue
        trailer = _TRAILER.match(text, end)
        if trailer:
            end = trailer.end()
        found.append((start, end, _kind(text, start)))
        last_end = end
    for m in _SHORT.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "short"))
    return sorted(found)


def _is_list_item(paragraph: str) -> bool:
    return paragraph.lstrip().startswith(("*", "#"))


def _is_link_block(paragraph: str) -> bool:
    """An external-links entry: a few short lines ("Nazi-Soviet Relations 1939–1941 / @ Avalon Project")."""
    lines = paragraph.split("\n")
    return len(lines) <= 4 and all(len(line) <= 150 for line in lines) and not re.search(r"[a-z]{2}\. [A-Z]", paragraph)


def _list_end(text: str, start: int, kind: str) -> int:
    """Where the reference list starting at ``start`` ends: before the first paragraph that is
    not one of its items (a heading of any kind, or prose). The list never runs on past its items."""
    end = start
    for m in PARAGRAPH.finditer(text, start):
        paragraph = m.group()
        if paragraph.strip().lower() in REFERENCE_HEADINGS:
            break  # the next reference-type heading starts its own list
        if kind == "external_link" and not _is_list_item(paragraph):
            if not _is_link_block(paragraph) or _next_is_prose(text, m.end()):
                break  # a heading followed by prose, or prose itself
        elif not _is_list_item(paragraph):
            break
        end = m.end()
    return end


def _next_is_prose(text: str, pos: int) -> bool:
    following = PARAGRAPH.search(text, pos)
    return bool(following) and not _is_list_item(following.group()) and not _is_link_block(following.group())


def find_reference_lists(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Items of the reference-list sections (one citation per '*' item, or block for external links),
    and the stretches of list they fill. A reference-type heading over prose ("Sources" on the
    historiography) has no list, and its prose stays."""
    found = []
    bodies = []
    for m in re.finditer(r"(?m)^(?P<h>[A-Z][A-Za-z ]+)\n\n", text):
        kind = REFERENCE_HEADINGS.get(m.group("h").strip().lower())
        if kind is None:
            continue
        start = m.end()
        end = _list_end(text, start, kind)
        if end <= start:
            continue
        body = text[start:end]
        bodies.append((start, end))
        if kind == "external_link" and "*" not in body:
            for block in PARAGRAPH.finditer(body):
                found.append((start + block.start(), start + block.end(), kind))
            continue
        for item in re.finditer(r"\*\s*(?P<item>[^*{]+)", body):  # "{{DEFAULTSORT…" ends the last item
            s, e = start + item.start("item"), start + item.end("item")
            while e > s and text[e - 1] in " \n":
                e -= 1
            if re.search(r"\w{3}", text[s:e]):
                found.append((s, e, kind))
    return found, bodies


def flatten(text: str) -> str:
    """A citation as one line."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _merge(cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping cuts as one; the first one's kind names the whole."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(cuts):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end), out[-1][2])
        else:
            out.append((start, end, kind))
    return out


def find_cuts(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]], int]:
    """What to cut from ``text``: the citations (start, end, kind) in text order, the stretches to
    remove (start, end, "citation" | "reference_list"), and how many characters of citation-like
    text were left in place for want of a safe end."""
    uncut: list[tuple[int, int]] = []
    spans = find_inline(text, uncut)
    lists, bodies = find_reference_lists(text)
    spans = [s for s in spans if not any(bs <= s[0] < be for bs, be in bodies)]
    # A reference list goes whole, bullets and all; empty bullet lines ("* * * *" of a
    # References list the mirror emptied) are residue of one. Each cut is counted by kind.
    cuts = [(bs, be, "reference_list") for bs, be in bodies]
    cuts += [(m.start(), m.end(), "reference_list") for m in re.finditer(r"(?m)^\*[* ]*$", text)]
    cuts += [(start, end, "citation") for start, end, _ in spans]
    return sorted(spans + lists), _merge(cuts), sum(e - s for s, e in uncut)
