"""Piped-link remnants `Target, display`: which commas are one (used by the strip_links stage).

A wiki link ``[[Hanko, Finland|Hanko]]`` reaches the mirror's text as
``Hanko, Finland, Hanko``. A comma is also the most common punctuation in
prose, so we collapse only on strong evidence and count what we leave:

- a ``#`` section anchor in the target (``Secretary of State#Germany, State Secretary``);
- a parenthetical disambiguator (``Kaleva (airplane), Kaleva``);
- the display repeating the target's start or end (``Brest, Belarus, Brest``,
  ``German battleship Bismarck, Bismarck``);
- a shared stem between a target word and the display's first word, with the
  target's last word closing the display (``remilitarization of the
  Rhineland, remilitarized the Rhineland``).
"""

from __future__ import annotations

import bisect
import re


_CAP = r"[A-Z\u00C0-\u024F][\w'’.-]*"
_CONNECT = r"(?:of|the|and|in|on|for|de|von|la|le|du|des|del|di|zu|am|an|im)"
# Repetitions are bounded: an unbounded name run would make a long line of
# capitalised words quadratic to scan.
_NAME = rf"{_CAP}(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,8}}"

# Displays are capitalised word runs without connectors: "Estonia and
# Latvia#Latvia" is two links, not one display.
_DISPLAY = r"[A-Z\u00C0-\u024F][\w-]*(?: [A-Z\u00C0-\u024F][\w-]*){0,6}"
# Target#Section, Display (the target may be an interlanguage link ":ru:…").
_SECTION_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?::[a-z]{{2,3}}:[^#\n]{{1,60}}?|{_NAME})#[^,\n#]{{1,60}}?), (?P<display>{_DISPLAY})")
# Target (disambiguator), Display — the display starts with the target's first word.
_PAREN_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?P<head>{_CAP})(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,6}} \([^()\n]{{1,40}}\)), "
    rf"(?P<display>(?P=head)\b(?: [A-Z\u00C0-\u024F][\w.-]*){{0,6}})")
# Place, Region, Place
_REPEAT_FIRST = re.compile(rf"(?P<target>(?P<head>{_CAP}(?: {_CAP}){{0,2}}), {_CAP}(?: {_CAP}){{0,2}}), (?P<display>(?P=head))\b")
# Some words ending in X, X
_REPEAT_LAST = re.compile(rf"(?P<target>{_CAP}(?: [\w'’-]+){{0,4}} (?P<tail>{_CAP})), (?P<display>(?P=tail))\b(?!,)")
# prefix-word of the Thing, prefixed-word the Thing
_STEM_LINK = re.compile(
    r"(?P<target>\b(?P<stem>[a-z]{5})[a-z]*(?: [\w'’-]+){0,5} (?P<tail>[A-Z][\w'’-]+)), "
    r"(?P<display>(?P=stem)[a-z]*(?: [\w'’-]+){0,5}? (?P=tail))\b")
# Doubtful: "Word, word…" where a stem is shared but nothing else confirms it.
_DOUBTFUL = re.compile(r"\b(?P<stem>[A-Za-z]{5})[a-z]*(?: [\w-]+){0,4}, (?P=stem)[a-z]*\b", re.I)

# A target must be a whole name: "Treaty of Berlin (1926), Berlin Treaty" is
# not "Berlin (1926)" → "Berlin Treaty", and collapsing there would garble it.
_NAME_BEFORE = re.compile(rf"{_CAP} (?:(?:{_CONNECT}|with|to|at|by|from) )*$")
_NAME_TARGET_RULES = {"paren", "repeat-first", "repeat-last"}

_RULES = (("section", _SECTION_LINK), ("paren", _PAREN_LINK), ("repeat-first", _REPEAT_FIRST),
          ("stem", _STEM_LINK), ("repeat-last", _REPEAT_LAST))


class _Taken:
    """Non-overlapping spans already claimed, searchable in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


# --- evidence beyond the fixed shapes ----------------------------------------------------------
# A title with a Wikipedia disambiguator before a comma: "Treaty of Berlin (1926), Berlin Treaty".
# Lower-case words inside a title are only the short ones titles use.
_TITLE_WORD = r"(?:[A-Z\u00C0-\u024F0-9][\w'’.–-]*|of|the|and|in|on|for|with|to|at|by|from|de|von|der|la|le)"
_PAREN_TITLE = re.compile(rf"(?<![\w#(])(?P<target>[A-Z\u00C0-\u024F][\w'’.–-]*(?: {_TITLE_WORD}){{0,6}} "
                          rf"\((?P<dis>[^()\n]{{1,40}})\)), (?P<display>[^\s,.;:()]+)")
_YEARISH = re.compile(r"^\d{3,4}(?:\s*[–—-]\s*\d{2,4})?$")
# Words that never start a link's display text but do start the next clause of a sentence.
_CLAUSE_WORDS = {"and", "or", "but", "which", "who", "whom", "whose", "where", "when", "while", "then", "although",
                 "though", "as", "because", "since", "if", "so", "yet", "that", "he", "she", "it", "they", "we"}
_STOP = {"the", "and", "of", "in", "on", "for", "with", "to", "at", "by", "from", "war", "world"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _plausible_disambiguator(dis: str) -> bool:
    """"(1922–1943)", "(UK)", "(airplane)", "(Second Compiègne)": how Wikipedia tells titles apart.
    Not prose in brackets: "(in a study in contradiction)", "(briefly)"."""
    words = dis.split()
    if _YEARISH.match(dis):
        return True
    if dis[:1].isdigit():
        return False  # "63 (3), 565–597": a volume's issue, then pages
    if len(words) == 1:
        return words[0].isalpha() and not words[0].endswith("ly") and len(words[0]) >= 2
    return len(words) <= 3 and all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "and", "the") for w in words)


def _is_list_item(text: str, after: int) -> bool:
    """Whether the text after a "X (y), " continues a list of such items ("A (x), B (y) and C")."""
    return bool(re.match(rf"[^,.;()\n]{{1,60}}\([^()\n]{{1,40}}\)(?:,| and | or )", text[after:after + 110]))


def _paren_titles(text: str):
    for m in _PAREN_TITLE.finditer(text):
        if not _plausible_disambiguator(m["dis"]) or m["display"].lower() in _CLAUSE_WORDS:
            continue
        if m["display"][:1].isdigit() or m["display"].rstrip(".") in ("p", "pp"):
            continue  # pages of a citation
        initials = "".join(w[0] for w in m["target"].split(" (")[0].split() if w[:1].isupper())
        if m["dis"].isupper() and m["dis"].replace(".", "") == initials:
            continue  # "Banque Internationale de Placement (BIP), …": a name and its abbreviation
        if _is_list_item(text, m.start("display")):
            continue
        yield m.start("target"), m.start("display"), m["target"], _display_edge(text, m.start("display"), m["target"])


def _stem(word: str) -> str:
    return word.lower()[:5] if len(word) >= 5 else word.lower()


def _display_edge(text: str, start: int, target: str) -> str:
    """The display as far as it is certain: up to its last word that shares a stem with the target
    (within six words), else its first word. The text keeps it as written either way."""
    words = list(_WORD.finditer(text, start, min(len(text), start + 80)))
    stop = re.search(r"[,.;:()\n]", text[start:start + 80])
    limit = start + stop.start() if stop else start + 80
    words = [w for w in words if w.end() <= limit][:6]
    if not words:
        return text[start:limit].strip()
    stems = {_stem(w) for w in _WORD.findall(target) if w.lower() not in _STOP and len(w) >= 3}
    last = max((i for i, w in enumerate(words) if _stem(w.group()) in stems), default=0)
    return text[start:words[last].end()]


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ic|ian)$")


def _shared_word_titles(text: str):
    """"Great Purge, purge", "Border Security Zone of Russia, border security zone", "Russian
    Mennonite, Mennonites": a title before a comma whose word comes straight back as the display's
    first word, in lower case (a common noun) or in another form. An apposition repeats the name
    as it is ("Oshkosh Truck Corp., Oshkosh"), which is left alone."""
    for comma in re.finditer(r", ", text):
        pos = comma.start()
        run = re.search(rf"(?:{_TITLE_WORD} ){{0,6}}{_TITLE_WORD}$", text[max(0, pos - 90):pos])
        if run is None:
            continue
        target_words = run.group().split()
        while target_words and not target_words[0][:1].isupper():
            target_words.pop(0)  # a title starts with a capital ("the Great Purge" is "Great Purge")
        display_start = comma.end()
        first = _WORD.match(text, display_start)
        if not target_words or first is None:
            continue
        word = first.group()
        if word.lower() in _CLAUSE_WORDS or word.lower() in _STOP or len(word) < 4:
            continue
        shared = [i for i, w in enumerate(target_words)
                  if w[:1].isupper() and len(w) >= 4 and _stem(w) == _stem(word)]
        if not shared:
            continue
        after = text[first.end():first.end() + 2]
        next_lower = bool(re.match(r" [a-z]", after))
        repeated = [i for i in shared if target_words[i].lower() == word.lower()]
        if repeated and word[:1].isupper():
            # The name repeated as it is is an apposition ("Oshkosh Truck Corp., Oshkosh, Wis."), unless
            # it is an inner word opening a common noun phrase ("Second Polish Republic, Polish state")
            # or the title's head word closing the clause ("San River, San.").
            inner = all(i > 0 for i in repeated) and next_lower
            head_alone = repeated == [0] and len(target_words) > 1 and after[:1] in (".", ";", ":", ")")
            if not (inner or head_alone):
                continue
        title_start = pos - len(" ".join(target_words))
        if re.search(r"[A-Z\u00C0-\u024F][\w'’-]* $", text[max(0, title_start - 40):title_start]):
            continue  # the name goes on to the left: not a whole title
        # "a German Autarky, autarkic": before a lower-case display, a leading demonym is the
        # sentence's adjective, not part of the title ("Russian Mennonite, Mennonites" keeps it).
        while word[:1].islower() and len(target_words) > 1 and _DEMONYM.match(target_words[0]) and shared[0] > 0:
            target_words.pop(0)
            shared = [i - 1 for i in shared]
        if len(target_words) == 1 and (not word[:1].islower() or word.lower() == target_words[0].lower()):
            continue  # one word: only a derived form counts ("Autarky, autarkic", not "Everything, everything")
        target = " ".join(target_words)
        start = pos - len(target)
        yield start, display_start, target, _display_edge(text, display_start, target)


def find_remnants(text: str) -> tuple[list[tuple[int, int, str, str, str]], int]:
    """The piped-link remnants to collapse, as (target start, display start, target, display, evidence)
    in text order, and how many doubtful candidates were left alone. ``evidence`` names the rule."""
    taken = _Taken()
    found: list[tuple[int, int, str, str, str]] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            start, end = m.start("target"), m.end("display")
            if taken.overlaps(start, end):
                continue
            if rule in _NAME_TARGET_RULES and _NAME_BEFORE.search(text, max(0, start - 60), start):
                continue
            taken.add(start, end)
            found.append((start, m.start("display"), m.group("target"), m.group("display"), rule))
    # Weaker shapes only where the fixed ones found nothing; only the target is cut, so a display
    # whose right edge is uncertain stays as written.
    weak = [(*found_, "paren-title") for found_ in _paren_titles(text)] + \
        [(*found_, "shared-word") for found_ in _shared_word_titles(text)]
    for start, display_start, target, display, evidence in sorted(weak):
        if taken.overlaps(start, display_start + max(1, len(display))):
            continue
        if evidence == "paren-title" and _NAME_BEFORE.search(text, max(0, start - 60), start):
            continue  # (the shared-word rule checks the whole title itself)
        taken.add(start, display_start + max(1, len(display)))
        found.append((start, display_start, target, display, evidence))
    left_alone = sum(1 for m in _DOUBTFUL.finditer(text) if not taken.overlaps(m.start(), m.end()))
    return sorted(found), left_alone
