"""Glossary insertions: where the mirror's inline snippet starts after a link's anchor (used by the strip_glossary stage).

Where the article had a wiki link, the mirror starts a new line with the link
text (the anchor), then prints the first ~250 characters of the *linked*
article, ending in `` ...``. Only the anchor belongs to the article.

The hard part is where the anchor ends. The snippet is the lead of another
article, so it usually restates its subject; we look for that restatement
and for the other ways a lead starts, strongest evidence first:

1. the anchor repeated (``Finland Finland (``, ``Reichswehr ''Reichswehr''``);
2. a snippet-start marker right after the anchor: infobox residue (`` , long_name =``),
   an empty pronunciation parenthesis (``(, "Free Corps"``), a bold ``''title''``,
   an article ``The/A/An``, the anchor's first word restated with more names
   (``Wilhelm von Mirbach Wilhelm Maria…``), or a shared stem (``Fascist Fascism``);
3. the anchor phrase reappearing later in the snippet (``Leon Trotsky Lev
   Davidovich Bronstein … better known as Leon Trotsky``);
4. a lower-case anchor followed by a capitalised lead (``interbellum In the…``);
5. otherwise half of the name-like words before the lead's first verb, marked
   ``confident = False`` so the doubtful rows can be found and counted.

No library does this: mwparserfromhell parses wikitext markup, but here the
markup is already gone and only its printed residue is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lexicon.agreements import ANCHOR_LAW_WORDS
from pipeline.lexicon.person_titles import REGNAL_TITLES, TITLES_OF_PLACE
from pipeline.lexicon.type_nouns import TYPE_NOUNS


# A glossary line is anchor + snippet; the snippet is at most ~300 characters
# (the mirror cuts at about 250), so a longer line ending in "..." is prose.
MAX_GLOSSARY_LINE = 600
MAX_ANCHOR_TOKENS = 12
MAX_ANCHOR_CHARS = 120

_GLOSSARY_LINE = re.compile(r"^(?P<line>[^\n]{3,%d}?)[ \t]*(?:\.\.\.|…)[ \t]*$" % MAX_GLOSSARY_LINE, re.M)
_TOKEN = re.compile(r"\S+")
_ARTICLES = {"The", "A", "An"}
# Snippet starts that a lead has and an anchor does not: infobox rows, empty
# or language-tagged pronunciation parentheses, a bold ''title''.
_LEAD_MARK = re.compile(r"^(?:,|\(\s*$|\([,;:)]|\([a-z]{2,12}[,:]|\(lit\.|'')")
_LEAD_VERB = re.compile(r"\s\(|,|\s(?:is|was|are|were|refers?)\s")


@dataclass(frozen=True)
class Split:
    """Where the anchor ends inside a glossary line, and why we think so."""

    anchor_chars: int
    rule: str

    @property
    def confident(self) -> bool:
        return self.rule != "fallback"


# Evidence weights; a candidate boundary further into the line loses
# _FAR_PENALTY per token past the third, since anchors are short.
_WEIGHTS = {"repeat": 10.0, "infobox": 9.0, "article": 8.0, "first-word": 7.0, "named-again": 7.0,
            "paren": 6.5, "bold": 6.0, "stem": 5.0, "last-word": 5.0, "case-change": 4.0,
            "word-again": 4.0, "common-word": 4.0, "subject-paren": 5.5, "subject-ends": 7.5, "initials": 8.5,
            "lead-opener": 6.0}
# A lead opening with a short capitalised name and a parenthesis:
# "Operation Barbarossa (german: …", "Obukhov State Plant (also known …".
_SUBJECT_PAREN = re.compile(r"(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*\s\(")
# The lead's subject: its opening run of names (connectors, a quoted nickname and initials included),
# up to the first parenthesis, comma or verb: "Angela Carder (née Stone) was", "Wilhelm Maria … von Mirbach-Harff (".
_NAME_TOKEN = r"(?:(?!(?:The|A|An) )[A-Z\u00C0-\u024F0-9][\w'’.&-]*|\"[^\"]{1,30}\"|von|van|der|den|de|del|della|di|da|du|la|le|y|bin|ibn|al|of|the|and|to|und|et)"
_NAME_START = r"(?:[A-Z\u00C0-\u024F0-9][\w'’.&-]*)"
_SUBJECT_RUN = re.compile(rf"(?:The |A |An )?{_NAME_START}(?: {_NAME_TOKEN}){{0,9}}")
_FAR_PENALTY = 0.5
_CANNOT_END = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "von", "van", "de"}


def _contains_word(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words (a plain scan: a regex per anchor thrashes re's cache)."""
    pos = haystack.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        if (pos == 0 or not haystack[pos - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            return True
        pos = haystack.find(needle, pos + 1)
    return False


def _subject_words(rest: str) -> list[str]:
    """The words of the lead's opening name run ("Angela Carder" of "Angela Carder (née Stone) was …")."""
    m = _SUBJECT_RUN.match(rest)
    if m is None:
        return []
    words = m.group().split()
    while words and words[-1] in ("of", "the", "and", "to", "y", "de", "von", "van"):
        words.pop()
    return words


def _evidence(line: str, toks: list[tuple[int, int, str]], k: int) -> list[str]:
    """Names of the rules that say the anchor is the first ``k`` tokens."""
    words = [t[2] for t in toks]
    anchor = line[:toks[k - 1][1]]
    rest = line[toks[k][0]:]
    nxt = words[k]
    found = []
    low_rest = rest.lstrip("'").lower()
    if nxt in _ARTICLES:  # "Volga German … Republic The Volga German … Republic"
        low_rest = low_rest[len(nxt):].lstrip(" '")
    if low_rest.startswith(anchor.lower()) and (len(low_rest) == len(anchor) or not low_rest[len(anchor)].isalnum()):
        found.append("repeat")
    if nxt == ",":
        found.append("infobox")
    elif _LEAD_MARK.match(nxt):
        found.append("bold" if nxt.startswith("''") else "paren")
    if nxt in _ARTICLES:
        found.append("article")
    first = words[0]
    if k >= 2 and nxt.lower() == first.lower():
        found.append("first-word")
    elif len(first) >= 5 and nxt[:1].isupper() and nxt[:5].lower() == first[:5].lower():
        found.append("stem")
    window = rest[:600]
    if (k >= 2 or len(anchor) >= 6) and _contains_word(window, anchor):
        # One word named again is weak evidence: it is often just a first name.
        found.append("named-again" if k >= 2 else "word-again")
    last = words[k - 1].strip("'\",.")
    if k >= 2 and len(last) >= 4 and _contains_word(rest[:150], last):
        # A name's last word named again is good evidence; a common noun less so.
        found.append("last-word" if last[:1].isupper() else "common-word")
    if _SUBJECT_PAREN.match(rest):
        found.append("subject-paren")
    subject = _subject_words(rest)
    anchor_words = anchor.split()
    # "Carder Angela Carder (née Stone) was …", "Ribbentrop Ulrich Friedrich … von Ribbentrop (": a link
    # by surname, the lead naming the person in full; the subject ends with the anchor.
    if len(subject) > len(anchor_words) and anchor[:1].isupper() and (
            subject[-len(anchor_words):] == anchor_words
            or (subject[-1].split("-")[0] == anchor_words[-1] and subject[-len(anchor_words):-1] == anchor_words[:-1])):
        found.append("subject-ends")
    # "RSFSR The Russian Soviet Federative Socialist Republic …": an abbreviation, the lead spelling it out.
    if k == 1 and re.fullmatch(r"[A-Z]{2,8}", anchor):
        capitals = [w[0] for i, w in enumerate(subject) if w[:1].isupper() and not (i == 0 and w in ("The", "A", "An"))]
        if "".join(capitals).startswith(anchor) and len(capitals) == len(anchor):
            found.append("initials")
    if first[:1].islower() and nxt[:1].isupper() and all(w[:1].islower() for w in words[1:k]):
        found.append("case-change")
    if _opens_a_lead(words, k):
        found.append("lead-opener")
    return found


# Capitalised words a title never holds inside it but a lead's first sentence often opens with:
# "the Tarvian Civil War Over 900 engagements took place …".
_SENTENCE_OPENERS = {
    "Over", "Under", "In", "On", "During", "After", "Before", "From", "Since", "Until", "Between", "Among",
    "Following", "Although", "While", "When", "It", "This", "These", "There", "He", "She", "They", "Its", "His",
    "Her", "Their", "Some", "Many", "Most", "Nearly", "Almost", "About", "Around", "Approximately", "More",
    "Throughout", "Despite", "Originally", "Formerly", "Today", "Initially",
}
# Titles a lead opens with before a person's name: "the Revolution King Otto ascended to the throne …".
_HONORIFICS = {
    "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Prince", "Princess", "Pope", "Sultan", "Shah",
    "President", "General", "Marshal", "Admiral", "Sir", "Saint", "Chancellor", "Duke", "Archduke", "Count",
} | {
    # Every ruler's, noble's and prelate's title the names lexicon knows ("the Schism Bishop Vell broke …");
    # not words that as often open a name of their own ("Metropolitan Museum", "Father Christmas").
    w.capitalize() for w in (REGNAL_TITLES | TITLES_OF_PLACE) - {"metropolitan", "father", "fr", "fr.", "rev", "rev.",
                                                                 "st.", "saint", "elector", "dey", "bey", "doge"}
}
_NAME_LINKS = {"of", "the", "and", "von", "van", "de", "der", "den", "du", "da", "di", "la", "le", "y", "bin", "ibn", "al"}


def _opens_a_lead(words: list[str], k: int) -> bool:
    """Whether the words after the first ``k`` open a sentence rather than go on with a title: a
    capitalised function word ("Over 900 engagements"), or an honorific, a name and a verb in
    lower case ("King Otto ascended"). The anchor must be a title in capitals itself; a lower-case
    anchor has its own case-change evidence."""
    if k >= len(words) or not words[k - 1][:1].isupper():
        return False
    nxt = words[k]
    if nxt in _SENTENCE_OPENERS:
        # "Over 900", "In the": the next word is no name ("In Flanders Fields" could be a title's own).
        return k + 1 < len(words) and not words[k + 1][:1].isupper()
    if nxt in _HONORIFICS and words[k - 1] not in _HONORIFICS:
        j = k + 1
        while j < len(words) and (words[j][:1].isupper() or words[j] in _NAME_LINKS):
            j += 1
        return j > k + 1 and j < len(words) and words[j][:1].islower() and words[j].isalpha() and \
            words[j] not in _NAME_LINKS and words[j - 1] not in _NAME_LINKS
    return False


def split_glossary_line(line: str) -> Split | None:
    """Find the anchor/snippet boundary of one glossary line (without its `` ...``)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    if len(toks) < 2:
        return None
    limit = min(MAX_ANCHOR_TOKENS, len(toks) - 1)
    limit = max((k for k in range(1, limit + 1) if toks[k - 1][1] <= MAX_ANCHOR_CHARS), default=0)
    if limit == 0:
        return None
    best: tuple[float, int, str] | None = None
    for k in range(1, limit + 1):
        last = toks[k - 1][2]
        if last.lower() in _CANNOT_END or last.endswith((",", ";", ":")) or not any(c.isalnum() for c in last):
            continue  # "Treaty of", "relations,", "Digby —": no title ends like that
        for rule in _evidence(line, toks, k):
            score = _WEIGHTS[rule] - _FAR_PENALTY * max(0, k - 3)
            if rule == "named-again":
                score += 0.1 * k  # the longest prefix named again is the anchor
            if best is None or score > best[0]:
                best = (score, k, rule)
    if best is not None:
        return Split(toks[best[1] - 1][1], best[2])
    # No evidence: half the words before the lead's first verb or parenthesis.
    m = _LEAD_VERB.search(line)
    head = line[:m.start()] if m else line[:MAX_ANCHOR_CHARS]
    k = min(limit, max(1, len(_TOKEN.findall(head)) // 2))
    return Split(toks[k - 1][1], "fallback")


# --- what the snippet tells about its article -------------------------------------------

_SUBJECT_END = re.compile(r"\s\(|,|;|\.\s|\s(?:is|was|are|were|refers?|may)\s")
_BOLD = re.compile(r"''([^']{2,80})''")
_PREDICATE = re.compile(r"\s(?:is|was|are|were)\s+(?P<pred>.{0,160})", re.S)
_PREDICATE_END = re.compile(r"[.;]|\s(?:that|which|who|whose|in|of|from|between|during|with|by|for|on|at|to)\s")
_PARTICIPLE = re.compile(r"\s(\w+ing)\s")
_PARTITIVE = re.compile(r"\b(?:one|some|many|several|each|all|any|most \w+|\w+est)\s*$")
_PERSON_PAREN = re.compile(r"\(([^()]*)\)")

_WORD_TYPE = {w: label for label, ws in TYPE_NOUNS.items() for w in ws}
_ANCHOR_TYPE_WORDS = {
    "EVENT": {"war", "battle", "revolution", "conference", "uprising", "uprisings", "invasion", "crisis", "putsch"},
    "LAW": ANCHOR_LAW_WORDS,
    "ORG": {"party", "ministry", "army", "committee", "office", "company", "league", "navy", "comintern"},
}
_INFOBOX_TYPE = (("native_name_lang", "NORP"), ("long_name", "LAW"), ("birth_date", "PERSON"),
                 ("logo", "ORG"), ("insignia", "ORG"), ("date", "EVENT"))
_LIFE_DATES = re.compile(r"\b\d{3,4}\b.*[–-]|[–-].*\b\d{3,4}\b|\bborn\b|\b\d{4}\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")


def infer_target(anchor: str, gloss: str, rule: str) -> str:
    """Best guess at the linked article's title."""
    title = anchor
    if rule == "article":
        body = gloss.split(" ", 1)[1] if " " in gloss else ""
        m = _SUBJECT_END.search(body)
        subject = (body[:m.start()] if m else "").strip(" '\"")
        if subject and len(subject.split()) <= 8 and subject[:1].isalnum():
            title = subject
    elif rule == "lead-mark" and gloss.startswith("''"):
        m = _BOLD.match(gloss)
        if m:
            title = m.group(1).strip()
    return title[:1].upper() + title[1:] if title else title


def infer_target_type(anchor: str, gloss: str) -> str | None:
    """Entity type of the linked article, from its lead; None where the lead does not say."""
    stripped = gloss.lstrip()
    if stripped.startswith(","):
        for key, label in _INFOBOX_TYPE:
            if re.search(r"\b%s\s*=" % key, stripped[:200]):
                return label if label != "EVENT" or _anchor_type(anchor) == "EVENT" else _anchor_type(anchor)
        return _anchor_type(anchor)
    verb = _PREDICATE.search(gloss)
    lead_end = verb.start() if verb else min(len(gloss), 200)
    for paren in _PERSON_PAREN.finditer(gloss[:lead_end]):
        if _LIFE_DATES.search(paren.group(1)):
            return "PERSON"
    if verb:
        pred = verb.group("pred")
        end = _PREDICATE_END.search(pred)
        if end and end.group().strip() == "of" and _PARTITIVE.search(pred[:end.start()]):
            # "one of the treaties", "the most important of the peace treaties": the head is after "of".
            rest = pred[end.end():]
            nxt = _PREDICATE_END.search(rest)
            chunk = rest[:nxt.start()] if nxt else rest
        else:
            chunk = pred[:end.start()] if end else pred
        for m in _PARTICIPLE.finditer(chunk):  # "journal covering government": stop at "covering"
            if m.group(1).lower() not in _WORD_TYPE:
                chunk = chunk[:m.start()]
                break
        # The head noun is the last class word before the first comma; a
        # comma right after the article ("a separate peace, separate peace
        # treaty") only interrupts it, so fall back to the whole chunk.
        for part in (chunk.split(",", 1)[0], chunk):
            found = None
            for word in re.findall(r"[a-z]+", part.lower()):
                singular = word[:-3] + "y" if word.endswith("ies") else word
                found = _WORD_TYPE.get(word) or _WORD_TYPE.get(singular) or found
            if found:
                return found
    return _anchor_type(anchor)


def _anchor_type(anchor: str) -> str | None:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", anchor)}
    for label, cues in _ANCHOR_TYPE_WORDS.items():
        if words & cues:
            return label
    return None


@dataclass(frozen=True)
class Insertion:
    """One glossary insertion in the text: the anchor the mirror kept and the snippet it printed after it."""

    anchor_start: int
    anchor_end: int
    end: int           # end of the snippet (and of the line)
    anchor: str
    gloss: str
    split: Split


def find_insertions(text: str) -> list[Insertion]:
    """Every glossary insertion of ``text``, in order."""
    found = []
    for m in _GLOSSARY_LINE.finditer(text):
        line_start = m.start("line")
        line = m.group("line")
        split = split_glossary_line(line)
        if split is None:
            continue
        found.append(Insertion(line_start, line_start + split.anchor_chars, m.end(), line[:split.anchor_chars],
                               line[split.anchor_chars:].strip(), split))
    return found


_INFOBOX_FIELD = re.compile(r"(?:^|,\s*)[a-z][a-z_ ]{0,30}?\s*=\s*")


def clean_gloss(gloss: str | None) -> str | None:
    """The snippet without wiki markup, for people to read: no ``''`` marks, templates
    (``{{Efn …}}``), ``link=no`` flags; an infobox's ``, key = value`` fields become ``value; value``."""
    if gloss is None:
        return None
    text = re.sub(r"'{2,}", "", gloss)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"\{\{.*$", "", text)
    text = re.sub(r"\blinks?=no,?\s*", "", text)
    if _INFOBOX_FIELD.match(text):
        text = "; ".join(part.strip(" ,") for part in _INFOBOX_FIELD.split(text) if part.strip(" ,"))
    text = re.sub(r"\(\s*[,;]?\s*\)", "", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+([),;.])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip() or None
