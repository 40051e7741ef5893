"""Whether two events' themes (the things acted on) name one thing, for merging events into stories.

Named themes agree when the words of one's name are among the other's ("the Treaty of Tarsk", "Tarsk
treaty"); unnamed ones by their head noun, a general word covering its specific ones ("a weapon", "the
rifle"). Used by :mod:`pipeline.stories.evidence`.
"""

from __future__ import annotations

import re

from pipeline.lexicon.story_words import ORIGIN_ADJECTIVE_TAILS, ORIGIN_PLACES
from pipeline.lexicon.stems import singulars
from pipeline.lexicon.theme_words import ANOTHER_OF_ITS_KIND
from pipeline.lexicon.type_nouns import PRIVATE_PERSON_NOUNS, RELATIONAL_NOUNS, TYPE_NOUNS
from pipeline.stories.agreement_themes import two_agreements
from pipeline.stories.triggers import AGREEMENT_WORDS, covers, head_noun, is_event_noun, is_named


def _theme_words(theme: str) -> set[str]:
    words = {w.strip(".,'’").lower() for w in re.split(r"[\s\-–]+", theme) if w[:1].isupper()} - {"the", "of"}
    # "Peace of Tarsk" and "Treaty of Tarsk" name one agreement; outside an agreement's name the word is
    # the name's own: the "Nobel Peace Prize" is no "Nobel Prize in Chemistry".
    return words - AGREEMENT_WORDS if _theme_head(theme) == "agreement" else words


def _theme_head(theme: str) -> str | None:
    head = head_noun(theme)
    if head and head.strip(".,'’") in AGREEMENT_WORDS:
        return "agreement"  # "the trade pact" and "the trade agreement" name one thing
    return head.strip(".,'’") if head else None


_PRONOUNS = {"it", "this", "that", "them", "these", "those", "which", "one", "they", "him", "her", "what"}


# A count of people says how many, not who: "killed at least 74", "killed 75 people", "dozens were hurt".
_COUNTS = {"people", "persons", "others", "dozens", "hundreds", "thousands", "scores", "some", "many", "all",
           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty",
           # ... and a rank says where, not what: "ranked Orlova fifth"
           "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           # ... and a measure says how far or how much: "buried a foot below the ground", "ran two miles"
           "foot", "feet", "inch", "inches", "yard", "yards", "mile", "miles", "meter", "meters", "metre",
           "metres", "kilometer", "kilometers", "kilometre", "kilometres", "pound", "pounds", "ton", "tons",
           "percent", "hour", "hours", "minute", "minutes"}


_OWNERS = {"his", "her", "their", "its", "the", "a"}


def actors_origin(theme: str | None) -> bool:
    """A theme that is only where its actor comes from ("her native land", "his homeland"): nothing of its own."""
    words = (theme or "").lower().strip(" .,").split()
    return " ".join(words[1:] if words[:1] and words[0] in _OWNERS else words) in ORIGIN_PLACES


def _names_nothing(theme: str) -> bool:
    """A theme that names no thing by itself: a pronoun, or a count ("at least 74", "40 people")."""
    words = theme.lower().strip().split()
    return theme.lower().strip() in _PRONOUNS or bool(words) and (
        words[-1] in _COUNTS or words[-1].replace(",", "").isdigit())


# Common nouns that stand for a place, a body or people: the same one of them acted on says little of one
# happening ("captured the city" on one day in two wars).
_STAND_INS = frozenset(TYPE_NOUNS["GPE"] + TYPE_NOUNS["LOC"] + TYPE_NOUNS["ORG"] + TYPE_NOUNS["PERSON"]) \
    | PRIVATE_PERSON_NOUNS | RELATIONAL_NOUNS | frozenset({
        "troop", "troops", "men", "women", "children", "civilian", "prisoner", "hostage", "refugee", "rebel",
        "member", "official", "officer", "guard", "suspect", "victim", "body", "position", "area", "site",
        "place", "line", "unit", "group", "crew", "people", "person", "one", "man", "woman"})


def is_thing(theme: str | None) -> bool:
    """Whether an unnamed theme names a thing of its own ("the car", "a rifle"), not a place, a body or
    people in common words ("the city", "soldiers"), an agreement or a happening ("a treaty", "the
    attack"), nor nothing (a pronoun, a count)."""
    head = head_noun(theme)
    forms = singulars(head.strip(".,'’")) if head else set()
    # Nor an agreement or a happening by its common noun: "signed a treaty" that day tells any treaty.
    return bool(forms) and not _names_nothing(theme) and not forms & (_STAND_INS | AGREEMENT_WORDS) \
        and not is_event_noun(head)


def themes_agree(a: str | None, b: str | None) -> bool | None:
    """Whether two themes name one thing: True when they agree, False when they name two things
    ("Tarsk" and "documents"; the Treaty of Tarsk and the Treaty of Orm), None when either has none
    (a pronoun names nothing by itself)."""
    if not a or not b or _names_nothing(a) or _names_nothing(b):
        return None
    if a.lower() == b.lower():
        return True
    if is_named(a) and is_named(b):
        wa, wb = _theme_words(a), _theme_words(b)
        if wa and wb:
            return wa <= wb or wb <= wa
    if two_agreements(a, b):
        return False  # "a trade agreement" and "the non-aggression pact" of one month are two signings
    ha, hb = _theme_head(a), _theme_head(b)
    # "a weapon" and "the rifle" may be one thing; "the rifle" and "a pistol" are two.
    return ha == hb or covers(ha, hb) or covers(hb, ha)


def one_named_thing(a: str | None, b: str | None) -> bool:
    """Whether two named themes that agree name one thing by their name, not a common thing a name
    qualifies: "the Treaty of Tarsk" and "the Tarsk treaty" do; "U.S. approval" and "U.S. antitrust
    clearance" (a name on two things: approval, clearance) do not."""
    if not (is_named(a) and is_named(b)):
        return False
    ha, hb = _theme_head(a), _theme_head(b)
    return ha == hb or not (_common(a, ha) and _common(b, hb))


def _common(theme: str, head: str | None) -> bool:
    """Whether a theme's head word is written in lower case: a common noun ("approval"), not a name's."""
    return bool(head) and any(w.strip(".,'’") == head for w in re.split(r"[\s\-–]+", theme))


_PLAIN = {"the", "a", "an", "of", "for", "to", "in", "on", "and", "its", "their", "his", "her", "formal", "new",
          "official", "final", "some", "several", "other"}


def thing_words_agree(a: str | None, b: str | None) -> bool:
    """Whether two themes that share a word do not each add one the other lacks: "the blue car" and "the
    car" agree; "the instruments of ratification" and "the instruments of surrender" are two things.
    (Themes with no word in common, "the weapon" and "the rifle", are left to :func:`themes_agree`.)"""
    if not a or not b:
        return False
    words_a, words_b = ({w for w in re.split(r"[\s\-–]+", t.lower().strip(".,")) if w and w not in _PLAIN}
                        for t in (a, b))
    shared = words_a & words_b
    return not (shared and words_a - shared and words_b - shared)


def one_thing_retold(a, b) -> bool:
    """Whether one report's undated telling acts on the thing its dated one acted on, neither naming an actor
    the other does not: "the finding of a buried rifle 11 days ago" … "the rifle was discovered" is the one
    finding told again. Only a thing of its own (:func:`is_thing`: not a place, people or a happening) with
    one head noun, or a general word for it ("the weapon" for "the rifle"): "the car" found twice in a report
    is one car, "the city" captured twice may be two. Said of a dated telling and an undated one, or of two
    on the same day.
    ``a`` and ``b`` are :class:`pipeline.stories.evidence.Mention` (untyped here: evidence imports this)."""
    if set(a.actors) ^ set(b.actors) or not (is_thing(a.theme) and is_thing(b.theme)):
        return False
    if any(set(t.lower().split()) & ANOTHER_OF_ITS_KIND for t in (a.theme, b.theme)):
        return False  # "found a rifle" … "another rifle was found": two findings
    ha, hb = _theme_head(a.theme), _theme_head(b.theme)
    # "the rifle was found Thursday" … "the weapon was unearthed": one report's general word for its own
    # thing, when one of the two tells its day; two undated tellings ("unearthed a rifle" by the police,
    # "the killer unearthed the weapon") may be two handlings of it.
    general = a.granularity != b.granularity and (covers(ha, hb) or covers(hb, ha))
    return themes_agree(a.theme, b.theme) is True and (ha == hb or general)


def described_only(phrase: str | None) -> bool:
    """Whether a phrase with capitals names nothing of its own: its head is a common noun and its only
    capitals are adjectives of origin ("the three central and eastern European countries", "Tarvian
    troops"). Not "the Orm embassy" (a name before the noun) nor "the Treaty of Tarsk"."""
    words = [w.strip(".,'’") for w in re.split(r"[\s\-–]+", phrase or "") if w.strip(".,'’")]
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    return bool(words) and words[-1].islower() and bool(capitals) and \
        all(w.lower().endswith(ORIGIN_ADJECTIVE_TAILS) for w in capitals)
