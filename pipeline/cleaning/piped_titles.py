"""The weaker evidence for a piped-link remnant: shapes of article titles (used by :mod:`pipeline.cleaning.piped_links`).

Each function yields ``(target start, display start, target, display[, evidence])`` for the
candidates of one kind of evidence: a Wikipedia disambiguator before another display
(:func:`paren_titles`), a title word coming back in another form (:func:`shared_word_titles`),
and the descriptive-title shapes (:func:`title_shapes`: prefix repeats, lower-case heads,
"X in the USSR, X-ish", echoes, coordinated displays, peers, year-led titles). They find the
target surely but not always the display's right edge, so :func:`pipeline.cleaning.piped_links.find_remnants`
cuts only the target for them, after checking them against the fixed shapes and the guards.
"""

from __future__ import annotations

import re

from pipeline.cleaning.piped_evidence import same_word
from pipeline.lexicon.stems import prefix_stem

# Short words that join the capitalised words of a name ("Treaty of Berlin", "Ludwig von Mises").
CONNECTORS = r"(?:of|the|and|in|on|for|de|von|la|le|du|des|del|di|zu|am|an|im)"
_CONNECT = CONNECTORS

# A title with a Wikipedia disambiguator before a comma: "Treaty of Berlin (1926), Berlin Treaty".
# Lower-case words inside a title are only the short ones titles use.
_TITLE_WORD = r"(?:[A-Z\u00C0-\u024F0-9][\w'’.–-]*|of|the|and|in|on|for|with|to|at|by|from|de|von|der|la|le)"
_PAREN_TITLE = re.compile(rf"(?<![\w#(])(?P<target>[A-Z\u00C0-\u024F][\w'’.–-]*(?: {_TITLE_WORD}){{0,6}} "
                          rf"\((?P<dis>[^()\n]{{1,40}})\)), (?P<display>[^\s,.;:()]+)")
_YEARISH = re.compile(r"^\d{3,4}(?:\s*[–—-]\s*\d{2,4})?$")
# Words that never start a link's display text but do start the next clause of a sentence.
_CLAUSE_WORDS = {"and", "or", "but", "which", "who", "whom", "whose", "where", "when", "while", "then", "although",
                 "though", "as", "because", "since", "if", "so", "yet", "that", "he", "she", "it", "they", "we",
                 "et"}  # "et al." after an author
# Words a citation goes on with after "Title (2008), …": never a link's display.
_CITATION_WORDS = {"p", "pp", "pages", "page", "doi", "vol", "volume", "no", "ed", "eds", "edn", "edition", "isbn",
                   "issn", "retrieved", "accessed", "available", "online", "reprinted", "trans", "chapter", "ch"}
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


def paren_titles(text: str):
    for m in _PAREN_TITLE.finditer(text):
        if not _plausible_disambiguator(m["dis"]) or m["display"].lower() in _CLAUSE_WORDS:
            continue
        year_title = re.match(r"\d{4} [A-Z\u00C0-\u024F]", text[m.start("display"):m.start("display") + 6])
        if (m["display"][:1].isdigit() and not year_title) or m["display"].rstrip(".").lower() in _CITATION_WORDS:
            continue  # pages of a citation ("1940 German-Soviet Commercial Agreement" is a display)
        name_words = m["target"].split(" (")[0].split()
        initials = "".join(w[0] for w in name_words if w[:1].isupper() and w not in ("The", "A", "An"))
        if m["dis"].isupper() and m["dis"].replace(".", "") in (initials, initials[1:]):
            continue  # "Banque Internationale de Placement (BIP), …": a name and its abbreviation
        if set(m["dis"].split()) & set(name_words):
            continue  # "Citizen Louis (Citizen Lou)": a bracket repeating the name is an alias, not a disambiguator
        if _is_list_item(text, m.start("display")):
            continue
        if m["display"] == name_words[0]:
            continue  # the display opens with the title's head: the fixed "paren" shape judges it ("Poetry (Chicago), Poetry London" is a list)
        if not m["display"][:1].islower() and not _shares_stem(m["target"], text[m.start("display"):m.start("display") + 60]):
            continue  # "Neil Immerman (1989), Expressibility …": an author, a year and a title, not a link
        yield m.start("target"), m.start("display"), m["target"], _display_edge(text, m.start("display"), m["target"])


def _shares_stem(target: str, following: str) -> bool:
    """Whether the text after the comma (its first six words) shares a word stem with the target."""
    stems = {prefix_stem(w) for w in _WORD.findall(target.split(" (")[0]) if w.lower() not in _STOP and len(w) >= 4}
    return any(prefix_stem(w) in stems for w in _WORD.findall(following)[:6] if len(w) >= 4)


def _display_edge(text: str, start: int, target: str) -> str:
    """The display as far as it is certain: up to its last word that shares a stem with the target
    (within six words), else its first word. The text keeps it as written either way."""
    words = list(_WORD.finditer(text, start, min(len(text), start + 80)))
    stop = re.search(r"[,.;:()\n]", text[start:start + 80])
    limit = start + stop.start() if stop else start + 80
    words = [w for w in words if w.end() <= limit][:6]
    if not words:
        return text[start:limit].strip()
    stems = {prefix_stem(w) for w in _WORD.findall(target) if w.lower() not in _STOP and len(w) >= 3}
    last = max((i for i, w in enumerate(words) if prefix_stem(w.group()) in stems), default=0)
    return text[start:words[last].end()]


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ic|ian)$")


def shared_word_titles(text: str):
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
        after = text[first.end():first.end() + 2]
        # "San River, San.": a short head word comes back alone only at the end of a clause.
        short_head = len(word) < 4 and len(target_words) > 1 and word == target_words[0] and \
            after[:1] in (".", ";", ":", ")")
        if word.lower() in _CLAUSE_WORDS or word.lower() in _STOP or (len(word) < 4 and not short_head):
            continue
        shared = [i for i, w in enumerate(target_words)
                  if w[:1].isupper() and (len(w) >= 4 or short_head) and prefix_stem(w) == prefix_stem(word)]
        if not shared:
            continue
        if word[:1].isupper() and word not in target_words and prefix_stem(word) != prefix_stem(target_words[-1]):
            # Another form of a capitalised word echoes the title's head ("Russian Mennonite, Mennonites");
            # of its first word it is another name of a list ("South West Trains, Southern";
            # "Mohammed Ali, Mohammad Omar").
            continue
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
        if shared == [0] and re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, title_start - 3):title_start]):
            continue  # "Investment in the USSR, investors …": a sentence's first word is capitalised anyway
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


# "Vilnius Region, Vilna area": a two- or three-word title said again word for word in everyday form,
# the name by its stem and the formal noun by a synonym, ending in a common noun.
_PARAPHRASE = re.compile(
    r"(?<![\w'’-])(?P<target>[A-Z\u00C0-\u024F][\w'’-]{3,}(?: [A-Z\u00C0-\u024F][\w'’-]+){1,2}), "
    r"(?=[A-Z\u00C0-\u024F][\w'’-]{3,} [\w'’-])")


def paraphrased_titles(text: str):
    for m in _PARAPHRASE.finditer(text):
        title = m["target"].split()
        shown = re.match(r"[\w'’-]+(?: [\w'’-]+)*", text[m.end():m.end() + 120]).group().split()[:len(title)]
        if len(shown) != len(title) or shown == title or not shown[-1].islower():
            continue  # names only are a list ("Ahmed Ali, Ahmad Ali"); the same words an apposition
        if title[0][:4].lower() != shown[0][:4].lower():
            continue
        if all(same_word(a, b) for a, b in zip(title[1:], shown[1:])):
            yield m.start("target"), m.end(), m["target"], " ".join(shown), "paraphrase"


# "Polish resistance movement in World War II, Polish resistance movement": a descriptive title (it
# has a common noun) whose opening words come straight back as the display. A name repeated after
# itself with no common noun ("Oshkosh Truck Corp., Oshkosh") is an apposition and stays.
_PREFIX_REPEAT = re.compile(
    rf"(?<![\w'’-])(?P<target>(?P<head>[A-Z\u00C0-\u024F][\w'’-]*(?: [\w'’-]+){{0,2}})(?: [\w'’().–-]+){{1,6}}), "
    rf"(?P<display>(?P=head))(?=[,.;:)]| [a-z])")
# "Soviet–Japanese Neutrality Pact, signed a neutrality pact": the title's last two words come
# back in lower case within the display's first words (the common-noun form of the name).
_LOWER_HEAD = re.compile(
    rf"(?<![\w'’-])(?P<target>(?:[A-Z\u00C0-\u024F][\w'’–-]* )?"
    rf"(?P<w1>[A-Z][a-z]{{2,}}) (?P<w2>[A-Z][a-z]{{2,}})), (?P<display>(?:[a-z][\w'’-]* ){{0,3}})(?=(?i:(?P=w1) (?P=w2))\b)")
# "collectivisation in the USSR, collectivization of agriculture", "famines in Russia and the USSR,
# famine": a common noun qualified by "in <Place>" (how titles of that kind read) whose stem opens
# the display.
# A content word: a title's words are nouns and adjectives, never these.
_CONTENT = r"(?!(?:and|or|but|the|of|during|with|for|from|by|to|as|at|on|in|into|after|before|under|over)\b)[a-z]{3,}"
_QUALIFIED_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<target>(?P<words>(?:(?<=[a-z] )[A-Z][a-z]+ (?:of )?)?{_CONTENT}(?: (?:of )?{_CONTENT}){{0,4}}) "
    rf"(?:in|with|of) (?:the )?"
    r"[A-Z\u00C0-\u024F][\w.'’-]*(?: (?:and the|and|of the|of) [A-Z\u00C0-\u024F][\w.'’-]*| [A-Z\u00C0-\u024F][\w.'’-]*){0,3}), "
    r"(?P<display>[a-z]+(?: [a-z]+)?)\b")
# "Belorussian people, Belorussian and Ukrainian people": the display shares the title's head noun
# with the word it is coordinated with.
_COORDINATED = re.compile(
    r"(?<![\w'’-])(?P<target>(?P<head>[A-Z\u00C0-\u024F][\w'’-]+) (?P<tail>[\w'’-]{3,})), "
    r"(?P<display>(?P=head)) (?:and|or) [A-Z\u00C0-\u024F][\w'’-]+ (?P=tail)\b")
# "the Battle of France, German invasion of France", "German–Soviet military parade in Brest-Litovsk, a
# joint military parade": a title after an article, and a display without its own article (the
# article before the link served both) that echoes the title's last name or its common nouns. An
# apposition brings its own article ("the Battle of France, the German invasion of France").
_ECHO = re.compile(
    rf"\b(?P<before>the|a|an|The|A|An|[a-z]{{3,}}) (?P<target>[A-Z\u00C0-\u024F][\w'’–-]*(?: (?:{_CONNECT}|[a-z]{{3,}}|[A-Z\u00C0-\u024F][\w'’–-]*)){{1,6}}), "
    r"(?P<display>[\w'’-]+(?: [\w'’-]+){0,4})(?=[,.;:)]| (?:in|on|at|to|with|and|for|of|that|which|was|were|is)\b)")


# "William Strang, 1st Baron Strang, William Strang": Wikipedia's title for a peer, then the name.
_PEER = re.compile(
    r"(?<![\w'’-])(?P<target>(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}), \d{1,2}(?:st|nd|rd|th) "
    r"(?:Baron|Baroness|Earl|Viscount|Viscountess|Duke|Duchess|Marquess|Baronet) [A-Z][\w'’-]+(?: of [A-Z][\w'’-]+)?), "
    r"(?P<display>(?P=name))\b")
# "Molotov 1940 Soviet ultimatum to Lithuania, presented Lithuania": a title opening with a year right
# after a name (prose puts a preposition or article there), its last name echoed by the display.
_YEAR_TITLE = re.compile(
    r"(?<=[A-Za-z\u00C0-\u024F] )(?P<target>\d{4} [A-Z\u00C0-\u024F][\w'’–-]*(?: [\w'’–-]+){1,6}), "
    r"(?P<display>[a-z][\w'’-]*(?: [\w'’-]+){0,2})\b")


def _overlapping(pattern: re.Pattern, text: str):
    """Every match, also those starting inside an earlier one ("and Wehrmacht held German–Soviet …"
    and "held German–Soviet …" both get their turn). Each pattern bounds its word count, so a
    comma is reached from a bounded number of starts and the scan stays linear."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _descriptive(target: str) -> bool:
    """A title with a common noun in it ("resistance movement"), not only names."""
    return any(w[:1].islower() and len(w) >= 4 and w.isalpha() for w in target.split())


# A title whose head is a common noun, pasted where the sentence has no article for it, then the
# display with its own article: "signed Tarvia–Lusk Border Agreement, an agreement that settled …".
# Prose writes "the" before such a title ("signed the … Agreement, an agreement …" is an apposition);
# the missing article is the evidence. Names that go without one ("Operation X", "World War II") have
# no head here.
_ARTICLE_HEADS = {"agreement", "treaty", "pact", "accord", "accords", "convention", "protocol", "declaration",
                  "charter", "armistice", "alliance", "battle", "siege", "conference", "congress", "offensive",
                  "uprising", "revolution", "massacre", "crisis", "campaign", "partition", "invasion",
                  "constitution", "rebellion", "revolt", "mutiny"}
_BARE_TITLE = re.compile(
    r"\b(?P<before>[a-z]+) (?P<target>[A-Z\u00C0-\u024F][\w'’.–-]*(?: (?:of|the|and|on|for|in|"
    r"[A-Z\u00C0-\u024F][\w'’.–-]*)){1,7}), (?P<display>(?:an?|the) (?P<shown>[a-z]+))\b")
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
                "whose", "each", "every", "no", "any", "some"}


def bare_titles(text: str):
    """Titles pasted without the article the sentence needs, before a display with its own (see _BARE_TITLE)."""
    for m in _overlapping(_BARE_TITLE, text):
        if m["before"] in _DETERMINERS or m["before"] in _CLAUSE_WORDS:
            continue
        words = m["target"].split()
        if words[-1] in ("of", "the", "and", "on", "for", "in"):
            continue
        head = words[0] if len(words) > 1 and words[1] == "of" else words[-1]
        if head.lower() not in _ARTICLE_HEADS or not same_word(head.lower(), m["shown"]):
            continue
        yield m.start("target"), m.start("display"), m["target"], m["display"], "bare-title"


def title_shapes(text: str):
    yield from paraphrased_titles(text)
    yield from bare_titles(text)
    for m in _PREFIX_REPEAT.finditer(text):
        target = m["target"]
        if not _descriptive(target) or len(target) <= len(m["display"]) or "," in target:
            continue
        if not re.search(r"\b(?:in|of|during|for)\b [A-Z]", target) and not target.endswith(")"):
            continue  # a qualifier ("in World War II", "of Poland") marks a title
        yield m.start("target"), m.start("display"), target, m["display"], "prefix-repeat"
    for m in _LOWER_HEAD.finditer(text):
        display_end = m.end("display") + len(m["w1"]) + 1 + len(m["w2"])
        if not text[m.end("display"):display_end].islower():
            continue  # "New York, New York" is a city and its state, not a name and its common noun
        if re.fullmatch(r"(?:an?|the) ", m["display"], re.I):
            continue  # "the Cold War, a cold war that …": an apposition; a display goes on from a verb or adjective
        yield m.start("target"), m.start("display"), m["target"], text[m.start("display"):display_end], "lower-head"
    for m in _QUALIFIED_NOUN.finditer(text):
        words = {w.lower() for w in m["words"].split() if len(w) >= 5}
        stems = {prefix_stem(w) for w in words}
        # Another form of a title word ("collectivisation … collectivization", "famines … famine"); the
        # same word again is a resumptive apposition ("the history of relations …, relations that …").
        if not any(prefix_stem(w) in stems and w not in words for w in m["display"].split() if len(w) >= 5):
            continue
        # The echo in position: the display opens with another form of the title's first word
        # ("collectivisation …, collectivization", "famines …, famine") or with an adverb and a verb
        # echoing its words ("forced population transfer …, forcibly transferring", "… diplomatic
        # relations …, diplomatically recognized"). An adjective of an inner word is the sentence
        # going on ("the northern province of Tarvia, provincial capital …").
        shown = m["display"].split()
        lead = m["words"].split()[0].lower()
        adverb_led = shown[0].endswith("ly") and any(prefix_stem(w) in stems for w in shown[:2] if len(w) >= 5)
        if prefix_stem(shown[0]) != prefix_stem(lead) and not adverb_led:
            continue
        yield m.start("target"), m.start("display"), m["target"], _display_edge(text, m.start("display"),
                                                                                  m["target"]), "qualified-noun"
    for m in _COORDINATED.finditer(text):
        yield m.start("target"), m.start("display"), m["target"], m["display"], "coordinated"
    for m in _PEER.finditer(text):
        yield m.start("target"), m.start("display"), m["target"], m["display"], "peer"
    for m in _YEAR_TITLE.finditer(text):
        last = m["target"].split()[-1]
        words = m["display"].split()
        if last[:1].isupper() and last in words and _descriptive(m["target"]):
            display = " ".join(words[:words.index(last) + 1])
            yield m.start("target"), m.start("display"), m["target"], display, "year-title"
    for m in _overlapping(_ECHO, text):
        target, display = m["target"], m["display"]
        last = target.split()[-1]
        nouns = [w for w in target.split() if w.islower() and len(w) >= 4 and w not in _STOP]
        echoes_name = last[:1].isupper() and display.split()[-1] == last and len(display.split()) >= 2
        echoes_nouns = len(nouns) >= 2 and " ".join(nouns[:2]) in display
        if not (echoes_name or echoes_nouns) or display.split()[0].lower() in _CLAUSE_WORDS:
            continue
        article_before = m["before"].lower() in ("the", "a", "an")
        article_display = display.split()[0].lower() in ("the", "a", "an")
        # The article before a link serves its display; a display with an article of its own follows a
        # title with none ("held German–Soviet military parade …, a joint military parade"). Two
        # articles are an apposition; so is a bare title echoed by a bare phrase.
        if article_before == article_display or (article_display and not echoes_nouns):
            continue
        if not article_before and m["before"] in _CLAUSE_WORDS:
            continue
        if not any(w.islower() for w in display.split()):
            continue  # a display of names only is an apposition or a list
        yield m.start("target"), m.start("display"), target, display, "echo"
