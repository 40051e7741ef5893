"""Years, decades, centuries, millennia and eras: ``1939``, ``1919–21``, ``the 1930s``, ``490 BC``, ``nineteen ninety-six``."""

from __future__ import annotations

import re

from pipeline.timex.context import Tokens, not_a_counts_bounds, word_before
from pipeline.timex.lexicon import APPROX_MODS, MONTH_RE, NUMBER_WORDS, ORDINAL_RE, ORDINAL_WORDS, SEASON_CODES
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import DROPPED, Resolved, Resolving, ex, rule
from pipeline.timex.rules.patterns import (
    ERA, MOD, MOD_THE, YEAR, mod_of, month_number, ordinal_number, part_for, piece, year_group,
)

# Words after which digits are a number, not a year: "p. 1939", "Resolution 1483", "Route 1500".
_NOT_A_YEAR_BEFORE = re.compile(r"(?:\b(?:p|pp|vol|vols|no|nos|nr|fig|page|pages|number|col|art|section|article|"
                                r"[Rr]esolution|[Kk]ilomet(?:re|er)s?|km|[Mm]iles?|[Rr]oute|[Ff]light|[Mm]odel|[Tt]ype|[Cc]ode|"
                                r"[Rr]oom|[Hh]ill|[Hh]eight|[Pp]oint|[Bb]us|[Ll]ine|[Pp]latform|[Ss]ize|[Tt]otal|[Ss]cored?|"
                                r"chapter|ch|issue|ISBN|ISSN|"
                                # identifiers of laws and roads: "Directive 1325", "Decree 1918", "Highway 1812"
                                r"[Dd]irective|[Dd]ecree|[Oo]rdinance|[Rr]egulation|[Hh]ighway|[Mm]otorway|[Ii]nterstate|"
                                r"op|opus)\.?\s*|#\s*)$", re.I)
_COUNT_AFTER = re.compile(r"\s*(?:million|billion|thousand|trillion|percent|per\s+cent)\b|\s*%")


def _numbered(p: Piece, text: str) -> bool:
    """A number after a word that counts or names things ("page 1939", "Route 1500")."""
    return p.mod is None and bool(_NOT_A_YEAR_BEFORE.search(text[max(0, p.start - 12):p.start]))


# "more than 1000 people", "an army of 1500", "a total of 1200": amounts, whatever follows them
# ("earlier than 1939" is a year: only comparisons of amount count).
_AMOUNT_BEFORE = re.compile(
    r"(?:\b(?i:more|less|fewer|greater|larger|smaller|higher|lower)\s+than"
    r"|\b(?:[Aa]rmy|[Ff]orces?|[Gg]arrison|[Cc]rowd|[Tt]otal|[Pp]opulation|[Ff]leet|[Gg]roup|[Bb]and|[Cc]orps|[Dd]ivision|"
    r"[Cc]ontingent|[Rr]egiment|[Bb]attalion|[Bb]rigade|[Hh]ost|[Cc]rew|[Dd]etachment|[Ss]quadron|[Cc]olumn|[Mm]ob|"
    r"[Ss]um|[Cc]ost|[Pp]rice|[Ff]ine|[Dd]ebt|[Rr]ansom|[Tt]ribute|[Bb]udget|[Ll]oss(?:es)?|[Cc]asualties|[Ss]trength|"
    r"[Mm]ajority|[Ss]alary|[Ii]ncome|[Pp]ension|[Pp]ayment|[Rr]eward|[Mm]embership|[Mm]aximum|[Mm]inimum|"
    r"[Ee]stimated|[Aa]verage|[Ss]core)\s+of)\s+$")
# "about 1500 soldiers", "some 2000 men": a rounded amount of something, not a year with a mod.
_ROUNDING_MODS = {"APPROX"}


_COUNT_COMPARED = {"over", "under", "nearly", "almost", "roughly", "approximately", "some", "just"}
# "between 1500 and 2000 men", "from 1500 to 2000 ships": two round numbers before a plural noun count it.
_PAIRED_BEFORE = re.compile(r"\b(\d{3,5})\s*(?:and|to|or|[–—-])\s*$")
_COUNTED_NOUN = re.compile(r"\s+(?:[a-z]+s|(?:wo)?men|people|children|cattle)\b")
_PAIRED_COUNT = re.compile(r"\s*(?:and|to|or|[–—-])\s*(\d{3,5})\s+(?:[a-z]+s|(?:wo)?men|people|children|cattle)\b")


def _keep_year(p: Piece, text: str, tokens: Tokens) -> bool:
    if re.search(r"\b[Aa]ged?\s+$", text[max(0, p.start - 14):p.start]):
        return False  # "aged 1500" is no year
    if _AMOUNT_BEFORE.search(text[max(0, p.start - 30):p.start]):
        return False  # "more than 1000 people", "an army of 1500", "an average of 1939"
    if _COUNT_AFTER.match(text, p.end) or _numbered(p, text):
        return False  # "886 million shares", "1500 percent": an amount
    paired = _PAIRED_COUNT.match(text, p.end)
    if paired and text[p.end - 2:p.end] == "00" and paired[1].endswith("00"):
        return False  # "between 1500 and 2000 men": an amount ("between 1500 and 1520 churches" stays years)
    before = _PAIRED_BEFORE.search(text, max(0, p.start - 12), p.start)
    if before and before[1].endswith("00") and text[p.end - 2:p.end] == "00" and _COUNTED_NOUN.match(text, p.end):
        return False  # "from 1500 to 2000 ships": the pair's second amount
    digits = tokens.at(p.end - 4)  # the year's own token (the span may open with "about")
    if p.mod in _ROUNDING_MODS and digits is not None and digits.i + 1 < len(digits.doc):
        nxt = digits.doc[digits.i + 1]
        if nxt.tag_ in ("NN", "NNS") and nxt.text[:1].islower():
            return False  # "about 1500 soldiers": an amount
    token = tokens.at(p.start)
    if p.mod is None and token is not None and token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        prev = token.doc[token.i - 1] if token.i > 0 else None
        # "1500 tanks", "2000 aircraft": a count, not a year. A year before a noun has a
        # determiner or preposition before it ("the 1939 elections", "of 1932 Soviet …").
        if nxt.tag_ in ("NN", "NNS") and nxt.text[:1].islower() and \
                not (prev is not None and prev.tag_ in ("DT", "PRP$", "POS", "IN")):
            return False
        # "over 1200 guitars", "under 1500 copies": a count compared ("in 1950 troops marched" stays).
        if nxt.tag_ == "NNS" and nxt.text[:1].islower() and prev is not None and prev.lower_ in _COUNT_COMPARED:
            return False
    return True


# "the War of 1812", "the Class of 1914": a year that labels something rather than dates it (the war
# ran on past 1812; a class is no happening). "The Revolution of 1848", "the Act of 1989" happened
# in their year and stay dates.
_NAME_OF_BEFORE = re.compile(r"(?<=[a-z,;:] )(?:War|Wars|Class|Boys|Girls|Men|Women|Generation|Spirit|Medal|Model|"
                             r"Pattern|Series|Volunteers)\s+of\s+$")


def _resolve_year(p: Piece, c: Resolving) -> Resolved | None:
    """In a narrative, a year that labels something (``the War of 1812``) is not a date of the story.

    TimeML news annotation tags those years (TimeBank: "the … Enforcement Act of 1989"), so
    news documents keep them."""
    # A range's years date the named thing ("the Great Purge of 1934–1940"): kept.
    if c.kind == "narrative" and p.mod is None and p.range_id is None and \
            _NAME_OF_BEFORE.search(c.text, max(0, p.start - 30), p.start):
        return DROPPED
    return None


def _year_moves(p: Piece, text: str, tokens: Tokens) -> bool:
    """A year used as a name's modifier ("the 1932 Soviet-Finnish Pact") is an aside, not the story's time."""
    if p.mod is None:
        token = tokens.at(p.start)
        if token is not None and token.head.i > token.i and token.dep_ in ("nummod", "compound", "amod", "nmod") \
                and token.head.pos_ in ("NOUN", "PROPN"):
            return False
    return True


def _keep_numbered(p: Piece, text: str, tokens: Tokens) -> bool:
    return not _numbered(p, text)


def _keep_year3(p: Piece, text: str, tokens: Tokens) -> bool:
    if _COUNT_AFTER.match(text, p.end):
        return False
    if word_before(text, p.start) == "from" and not re.match(r"\s*(?:[–—-]|to\b|until\b)", text[p.end:p.end + 8]):
        return False  # "to 450 stores from 360": a count compared, not a year (a year there has a range)
    token = tokens.at(p.start)
    if token is None or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
        return False  # "in 300 days", "by 500 votes"; without a parse, three digits are not trusted
    return True


@rule("year", rf"(?:{MOD})?{YEAR}", "digits", keep=_keep_year, moves=_year_moves, resolve=_resolve_year,
      range_by_word=True,
      examples=[ex("Radek supported the uprising in [1919].", "DATE 1919"),
                ex("Reconstruction lasted from [1865] to [1877].", "DATE 1865", "DATE 1877"),
                ex("The plant built 1500 tanks and issued Resolution 1483."),
                ex("The luthier has made over 1200 guitars, and under 1500 copies were sold."),
                ex("More than 1000 people died, and an army of 1500 marched."),
                ex("He fought in the War of 1812 and sat with the Class of 1914."),
                ex("[Around 1500] the town grew; the Revolution of [1848] followed.", "DATE 1500 APPROX", "DATE 1848")])
def _bare_year(m: re.Match) -> list[Piece]:
    part = part_for(m)
    return [piece(m, year=year_group(m), part=part, mod=None if part else mod_of(m))]


@rule("numeric_date", r"(?<![\d.])(?:(?P<iy>1\d{3}|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"
                      r"|(?P<num>[0-3]?\d[./][01]?\d[./](?:1\d{3}|20\d\d)))(?![\d])", "digits",
      examples=[ex("The invasion began on [22.06.1941] at dawn.", "DATE 1941-06-22"),
                ex("The order was dated [1939-09-01] and signed by Keitel.", "DATE 1939-09-01")])
def _numeric_date(m: re.Match) -> list[Piece]:
    if m["iy"]:
        return [piece(m, year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]))]
    # 22.06.1941 or 9/1/1939: dateparser knows the orders; day-first, as most of the world writes it
    # (and as it must be when the first number is over 12).
    import dateparser

    parsed = dateparser.parse(m["num"], languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        return []
    return [piece(m, year=parsed.year, month=parsed.month, day=parsed.day)]


# "1932–33", and a season written with both years in full ("the 2004/2005 season"): the YEAR
# pattern will not start after a slash (dates like 3/4/1931), so the slashed pair is read here.
@rule("year_short_range", rf"(?:{MOD})?{YEAR}(?:\s*[–—/-]\s*(?P<y2>\d\d)|/(?P<y4>1\d{{3}}|20\d\d))(?![\d,.]\d|\d|\s*%|/)",
      "digits", keep=_keep_numbered,
      examples=[ex("The famine of [1932]–[33] killed millions.", "DATE 1932", "DATE 1933"),
                ex("The station dropped the games after the [2004]/[2005] season.", "DATE 2004", "DATE 2005")])
def _year_short_range(m: re.Match) -> list[Piece]:
    y1 = int(m["y"])
    y2 = int(m["y4"]) if m["y4"] else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1 or (m["y4"] and y2 != y1 + 1):
        return []  # a slashed pair of full years is one season, the next year after the first
    end = "y4" if m["y4"] else "y2"
    return [Piece(m.start(), m.end("y"), "DATE", year=y1, mod=mod_of(m)),
            Piece(m.start(end), m.end(end), "DATE", year=y2)]


@rule("era_year", rf"(?:{MOD})?(?:(?P<pre>AD|A\.D\.)\s*(?P<y1>\d{{1,4}})(?!\d)|(?<![\d,.])(?P<y>\d{{1,4}})\s*{ERA})", "era", keep=_keep_numbered,
      examples=[ex("The city was founded in [499 BC].", "DATE BC0499"),
                ex("The kingdom was baptised in [AD 988].", "DATE 0988")])
def _era_year(m: re.Match) -> list[Piece]:
    year = int(m["y1"] or m["y"])
    bc = bool(m["era"]) and m["era"].startswith("B")
    return [piece(m, year=None if bc else year, bc=bc, value=f"BC{year:04d}" if bc else None,
                   mod=mod_of(m))]


@rule("era_range", rf"(?P<m1>(?:{MOD})?)(?P<a>\d{{1,4}})\s*(?:[–—-]|\s(?:to|and|until|till)\s)\s*"
                   rf"(?P<m2>(?:c\.|ca\.|circa|about|around)\s*)?(?P<b>\d{{1,4}})\s*{ERA}", "era",
      examples=[ex("The league lasted from [200] to [150 BC].", "DATE BC0200", "DATE BC0150")])
def _era_range(m: re.Match) -> list[Piece]:
    """``from 200 to 150 BC``, ``c. 300–250 BC``, ``between c. 950 and c. 920 BC``: both ends take the
    era written after the second (and BC years count down, AD ones up)."""
    a, b = int(m["a"]), int(m["b"])
    bc = m["era"].startswith("B")
    if (bc and a < b) or (not bc and a > b) or (m["a"].startswith("0") or m["b"].startswith("0")):
        return []
    mod2 = APPROX_MODS.get(" ".join((m["m2"] or "").lower().split())) if m["m2"] else None

    def era(year: int) -> dict:
        return {"value": f"BC{year:04d}", "bc": True} if bc else {"year": year}

    return [Piece(m.start(), m.end("a"), "DATE", mod=mod_of(m) if m["m1"] else None, **era(a)),
            Piece(m.start("m2") if m["m2"] else m.start("b"), m.end(), "DATE", mod=mod2, **era(b))]


@rule("ad_range", r"(?P<pre>AD|A\.D\.)\s*(?P<a>\d{1,4})\s*(?:[–—-]|\s(?:to|until|till)\s)\s*(?P<b>\d{1,4})(?![\d,.]\d|\d|\s*%|\s+[a-z])", "era",
      examples=[ex("Tiberius ruled [AD 14]–[37].", "DATE 0014", "DATE 0037"), ex("Trajan reigned from [AD 98] to [117].", "DATE 0098", "DATE 0117")])
def _ad_range(m: re.Match) -> list[Piece]:
    """``AD 14–37``, ``from AD 98 to 117``: both ends are years of the era (the second may be written short: ``AD 1014–37``)."""
    a, b = int(m["a"]), int(m["b"])
    if len(m["b"]) < len(m["a"]):
        b = a - a % 10 ** len(m["b"]) + b
    if b <= a:
        return []
    return [Piece(m.start(), m.end("a"), "DATE", year=a),
            Piece(m.start("b"), m.end("b"), "DATE", year=b)]


@rule("millennium", rf"(?:{MOD_THE})?(?P<n>{ORDINAL_RE}|\d(?:st|nd|rd|th))[\s-]+millennium(?:\s+{ERA})?", "century",
      examples=[ex("Bronze came into use in [the 2nd millennium BC].", "DATE BC1"),
                ex("Writing was first recorded in [the late 4th millennium BC].", "DATE BC3 END")])
def _millennium(m: re.Match) -> list[Piece]:
    """``the 2nd millennium BC``: TIMEX2 writes a millennium as its first digit (``1`` is 1000–1999);
    ``the late 4th millennium BC`` keeps its modifier (its last third, as a century's)."""
    n = ordinal_number(m["n"])
    bc = (m.groupdict().get("era") or "").startswith("B")
    return [piece(m, value=f"BC{n - 1}" if bc else f"{n - 1}", bc=bc, mod=mod_of(m))]


@rule("year3_range", r"\b(?:[Ff]rom|[Bb]etween)\s+(?P<a>[1-9]\d\d)\s*(?:[–—-]|\s(?:to|and|until|till)\s)\s*"
                     r"(?P<b>[1-9]\d{2,3})(?![\d,.]\d|\d|\s*%|\s*(?:BCE?|B\.C|AD|A\.D|CE)\b|\s+[a-z])", "digits",
                     keep=not_a_counts_bounds,
      examples=[ex("The emir ruled from [756] to [788].", "DATE 0756", "DATE 0788"),
                ex("The count rose from 300 to 400 soldiers."), ex("City-states numbering between 150 and 330.")])
def _year3_range(m: re.Match) -> list[Piece]:
    """``ruling from 756 to 788``: early years as a span's two ends (a count goes on to its noun:
    ``from 300 to 400 soldiers``; an era after the second end is :func:`_era_range`'s)."""
    a, b = int(m["a"]), int(m["b"])
    if b <= a:
        return []
    return [Piece(m.start("a"), m.end("a"), "DATE", year=a), Piece(m.start("b"), m.end("b"), "DATE", year=b)]


# A verb of lasting before "from": "the dynasty ruled from 96 to 192" spans years even when the first is
# written in two digits, where a bare "from 96 to 192" is more often a count ("grew from 96 to 192").
_LASTING = r"(?:rul|reign|exist|last|liv|flourish|govern|endur|surviv)(?:e|es|ed|ing|s)?"


@rule("lasting_range", rf"\b{_LASTING}\s+(?:from|between)\s+(?P<a>[1-9]\d{{1,2}})\s*(?:[–—-]|\s(?:to|and|until|till)\s)\s*"
                       r"(?P<b>[1-9]\d{1,3})(?![\d,.]\d|\d|\s*%|\s*(?:BCE?|B\.C|AD|A\.D|CE)\b|\s+[a-z])", "digits",
      examples=[ex("The dynasty ruled from [96] to [192].", "DATE 0096", "DATE 0192"),
                ex("The herd grew from 96 to 192.")])
def _lasting_range(m: re.Match) -> list[Piece]:
    """``ruled from 96 to 192``: an early span after a verb of lasting (see :func:`_year3_range`)."""
    return _year3_range(m)


# "in 680–681", "(680–681)", "lasted 680–681": two early years joined by a dash. Only an en or em dash (a
# hyphen joins page and part numbers), and the second year after the first by at most five centuries.
@rule("year3_dash", r"(?:\b(?:in|In|from|From|during|During|lasted|c\.|ca\.|circa)\s+|\()(?P<a>[1-9]\d\d)\s*[–—]\s*"
                    r"(?P<b>[1-9]\d{2,3})(?![\d,.]\d|\d|\s*%|\s*(?:BCE?|B\.C|AD|A\.D|CE)\b|\s+[a-z])", "digits",
      examples=[ex("The council met in [680]–[681].", "DATE 0680", "DATE 0681"),
                ex("The synod ([680]–[681]) condemned the doctrine.", "DATE 0680", "DATE 0681"),
                ex("He lived under the Tarvian dynasty ([960]–[1279]).", "DATE 0960", "DATE 1279"),
                ex("See pages 680–681.")])
def _year3_dash(m: re.Match) -> list[Piece]:
    """``in 680–681``, ``(960–1279)``: both early years as a span's two ends (the second after the first,
    within five centuries)."""
    if not 0 < int(m["b"]) - int(m["a"]) <= 500:  # a dynasty's span: "(960–1279)"
        return []
    return _year3_range(m)


@rule("year3", r"\b(?:in|In|since|Since|until|by|from|around|circa|c\.)\s+(?P<y>[1-9]\d\d)(?![\d,.]\d|\d|\s*%)", "digits", keep=_keep_year3,
      examples=[ex("The Hagia Sophia was completed in [537] and stood for centuries.", "DATE 0537"),
                ex("The march took in 300 days.")])
def _three_digit_year(m: re.Match) -> list[Piece]:
    """Early years ("completed in 537"); the tagger drops counts ("in 300 days")."""
    return [piece(m, group="y", year=int(m["y"]))]


@rule("decade_bc", rf"(?:{MOD_THE})?(?<![\d'])(?P<dec>\d{{1,3}}0)s\s+(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![A-Za-z])", "era",
      examples=[ex("The walls were raised in [the 440s BC].", "DATE BC044")])
def _decade_bc(m: re.Match) -> list[Piece]:
    return [piece(m, value=f"BC{int(m['dec']) // 10:03d}", bc=True, mod=mod_of(m))]


# "the 1930's" (an apostrophe before the plural s, common in older prose) is the decade too.
@rule("decade", rf"(?:{MOD_THE})?(?P<dec>(?<![\d'])\d{{3}}0['’]?s|'\d0s)(?![a-z])", "decade",
      examples=[ex("In [the 1920s] the two outcasts drew closer.", "DATE 192"),
                ex("The mill became a landmark in [the late 1890's].", "DATE 189 END"),
                ex("Such alliances were common in [the 1800s].", "DATE 18")])
def _decade(m: re.Match) -> list[Piece]:
    text = m["dec"].replace("'", "").replace("’", "") if m["dec"][:1].isdigit() else m["dec"]
    mod = mod_of(m)
    if text.startswith("'"):
        return [piece(m, short_decade=int(text[1]), mod=mod)]
    if text.endswith("00s") and not text.startswith("20"):
        # "the 1800s" is the century; "the 2000s" is said of the decade ("the 1990s and early 2000s")
        return [piece(m, century=int(text[:2]), mod=mod)]
    return [piece(m, decade=int(text[:3]), mod=mod)]


_MOD_PAIR_WORDS = {"early": "START", "mid": "MID", "middle": "MID", "late": "END"}


_MOD_PAIR = (r"(?:\b[Tt]he\s+)?\b(?P<m1>[Ee]arly|[Mm]id|[Mm]iddle)(?:\s*-\s*|\s+)(?:to|and)(?:\s*-\s*|\s+)"
             r"(?P<m2>mid|middle|late)(?:\s*-\s*|\s+)")


@rule("mod_pair_century", _MOD_PAIR + r"(?P<rest>(?:the\s+)?(?P<c>\d{1,2}(?:st|nd|rd|th))[\s-]+century(?![\w-]))", "century",
      examples=[ex("The abbey grew in [the early] to [mid 12th century].", "DATE 11 START", "DATE 11 MID")])
def _mod_pair_century(m: re.Match) -> list[Piece]:
    return _mod_pair(m)


@rule("mod_pair", _MOD_PAIR + r"(?P<rest>(?<![\d'])\d{3}0['’]?s(?![a-z]))(?P<c>)", "decade",
      examples=[ex("Prices fell in [the mid]-to-[late 1890s].", "DATE 189 MID", "DATE 189 END")])
def _mod_pair(m: re.Match) -> list[Piece]:
    """``the mid-to-late 1990s``, ``the early to mid 12th century``: a stretch from one part of the
    decade (or century) to another, a range of two pieces (reading only the second part would lose
    the first)."""
    if m["c"]:
        unit = {"century": ordinal_number(m["c"]) - 1}
    else:
        unit = {"decade": int(m["rest"][:3])}
    m1, m2 = _MOD_PAIR_WORDS[m["m1"].lower()], _MOD_PAIR_WORDS[m["m2"].lower()]
    if m1 == m2:
        return []
    return [Piece(m.start(), m.end("m1"), "DATE", mod=m1, **unit),
            Piece(m.start("m2"), m.end(), "DATE", mod=m2, **unit)]


@rule("century", rf"(?:{MOD_THE})?(?P<c>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century(?:\s+{ERA})?", "century",
      examples=[ex("The city was founded in [the 12th century].", "DATE 11"),
                ex("Greek colonies appeared in [the 6th century BC].", "DATE BC05")])
def _century(m: re.Match) -> list[Piece]:
    n = ordinal_number(m["c"])
    era = m.groupdict().get("era") or ""
    if era.startswith("B"):
        return [piece(m, value=f"BC{n - 1:02d}", bc=True, mod=mod_of(m))]
    return [piece(m, century=n - 1, mod=mod_of(m))]


@rule("decade_of_century", rf"(?:[Tt]he\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
                           rf"\s+decade\s+of\s+the\s+(?P<c>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century(?![\w-])", "century",
      examples=[ex("Steel output doubled in [the first decade of the 20th century].", "DATE 190")])
def _decade_of_century(m: re.Match) -> list[Piece]:
    """``the first decade of the 20th century``: a decade (190), not the century."""
    century = ordinal_number(m["c"]) - 1
    nth = m["nth"].lower()
    index = 9 if nth in ("last", "final") else ORDINAL_WORDS[nth] - 1
    return [piece(m, decade=century * 10 + index)]


_PAIR_MOD = r"(?:[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate)"


@rule("century_pair", rf"(?:[Tt]he\s+)?(?:(?P<m1>{_PAIR_MOD})(?:\s+|-))?(?P<c1>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))"
                      rf"(?:\s+(?:and|or|to|through)\s+|\s*[–—]\s*|-)"
                      rf"(?P<the2>the\s+)?(?:(?P<m2>{_PAIR_MOD})(?:\s+|-))?(?P<c2>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))"
                      rf"[\s-]+centur(?:ies|y)(?:\s+{ERA})?",
      "century",
      examples=[ex("The abbey was rebuilt in [the 10th] and [12th centuries].", "DATE 09", "DATE 11"),
                ex("Glass was made there in [the 9th]–[11th century].", "DATE 08", "DATE 10")])
def _century_pair(m: re.Match) -> list[Piece]:
    """``the 10th and 12th centuries``, ``from the 16th to the 18th century``, ``the 6th–13th century``:
    two centuries sharing the noun (and the era); reading only the noun's own would lose the first end.
    Either may carry its part ("from the mid 8th to the 9th century", "the 13th or early 12th century BC")."""
    bc = (m.groupdict().get("era") or "").startswith("B")
    pieces = []
    for group, mod in (("c1", "m1"), ("c2", "m2")):
        n = ordinal_number(m[group])
        start = m.start() if group == "c1" else m.start("the2") if m["the2"] else m.start(mod) if m[mod] else m.start(group)
        end = m.end("c1") if group == "c1" else m.end()
        pieces.append(Piece(start, end, "DATE", value=f"BC{n - 1:02d}" if bc else None,
                            century=None if bc else n - 1, bc=bc, mod=_MOD_PAIR_WORDS[m[mod].lower()] if m[mod] else None))
    return pieces


_TENS_WORDS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule("spelled_year", rf"(?:(?P<m>{MONTH_RE})\s+|(?:[Tt]he\s+)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+of\s+)?"
                      rf"(?:[Tt]he\s+year\s+)?(?:[Nn]ineteen\s+(?:hundred\s+(?:and\s+)?)?(?P<tens>{_TENS_WORDS})"
                      rf"(?:[\s-](?P<ones>{_ONES_WORDS}))?|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(?P<after>{_ONES_WORDS}|{_TEENS_WORDS}))?)"
                      rf"(?![\w-])(?!\s+(?:hundred|thousand|million)\b)", "spelled_year",
      examples=[ex("The plant closed in [nineteen ninety-six].", "DATE 1996")])
def _spelled_year(m: re.Match) -> list[Piece]:
    """Years as broadcast transcripts write them: ``nineteen ninety-six``, ``the year two thousand``.
    Bare "two thousand" is a count ("two thousand troops") unless "the year" or a following year word says so."""
    if m["tens"]:
        year = 1900 + NUMBER_WORDS[m["tens"].lower()] + (NUMBER_WORDS[m["ones"].lower()] if m["ones"] else 0)
    else:
        if not m.group(0).lower().startswith("the year") and not m["after"]:
            return []
        year = 2000 + (NUMBER_WORDS[m["after"].lower()] if m["after"] else 0)
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four": one expression
    return [piece(m, year=year, month=month_number(m["m"]) if m["m"] else None,
                   part=SEASON_CODES[m["s"].lower()] if m["s"] else None)]
