"""A people's name for a state (:func:`state_of_demonym`: "Polish" → Poland), and whether a word is one:
a named group's plural that shares a state's first letters ("the Greens", "the Liberals") is no demonym
and stays a group (issue 31: a named group is a party itself)."""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.polities import STATE_NAME_NOUNS

_DEMONYM_TAILS = ("an", "ese", "ish", "ic", "i", "ch", "ine", "ene")
# A people's name of antiquity ("Israelites", "Canaanites", "Hittites", "Moabites"): the people, never
# the present state that shares its stem (issue 31: judged "Israel" for "the Israelites" a wrong party).
ANCIENT_PEOPLE_TAIL = "ite"
# The most letters a demonym adds past what it shares with its state's name ("Norw-egian", "Fin-nish").
_LONGEST_TAIL = 5
# What a state's name adds to its people's plain name ("Serb"-ia, "Turk"-ey, "Uzbek"-istan).
_STATE_TAILS = ("ia", "y", "ey", "a", "stan", "istan")


def demonym_shaped(word: str, state: str, shared: int) -> bool:
    """Whether a word sharing ``shared`` first letters with a state is its demonym: it holds the state's
    whole first word ("Israelis", "Soviet"), the state is its stem plus a state's ending ("Serbs",
    "Turks"), or it ends as demonyms do ("Germans", "Polish", "Chinese"). A named group's plural ("the
    Greens", "the Liberals", "the Bolsheviks") is none: it stays a group, not Greece, Liberia or Bolivia."""
    plain = stem(word)
    if plain.endswith(ANCIENT_PEOPLE_TAIL):
        return False  # "Israelites", "Canaanites": a people of antiquity, not the present state of the land
    first = state.split()[0].lower()
    if shared < len(first) and len(plain) - shared > _LONGEST_TAIL:
        return False  # "Belorussian" shares only "Bel" with Belgium: a demonym adds a short tail to the stem
    if shared < len(first) and shared < len(plain) and not _stem_goes_on(plain[shared], first[shared:]):
        return False  # "Iraqi" shares "Ira" with Iran, then a letter Iran lacks: another state's people
    return shared >= len(first) or (shared >= len(plain) and first[len(plain):] in _STATE_TAILS) or \
        plain.endswith(_DEMONYM_TAILS)


def _stem_goes_on(letter: str, rest: str) -> bool:
    """Whether a demonym's first letter past what it shares with a state's name may still be of that name's
    stem: a vowel or a tail ("Pol-ish", "Norw-egian"), a letter the name's rest holds ("Spa-nish" of
    "Spa-in", "Fin-nish"), or a "t" or "k" for its "c" ("Venetian", "Florentine", "Greek", "Frankish")."""
    return letter in "aeiouy" or letter in rest or (letter in "tk" and "c" in rest)


def stem(word: str) -> str:
    """A plural people's noun without its plural ending ("Germans" → "German"; not "Swiss")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Demonyms whose state's name does not start like them; the rest are matched against the document's states.
IRREGULAR_DEMONYMS = {"french": "France", "british": "United Kingdom", "english": "England", "dutch": "Netherlands",
                       "swiss": "Switzerland", "greek": "Greece", "spanish": "Spain", "danish": "Denmark",
                       "swedish": "Sweden", "turkish": "Turkey", "welsh": "Wales", "irish": "Ireland",
                       "scottish": "Scotland", "norwegian": "Norway", "belgian": "Belgium",
                       # a people's noun that is no adjective ("the Poles", "the Danes"), and an empire's
                       # adjective the state-name patterns lack ("the Ottomans", "Byzantine forces")
                       "pole": "Poland", "dane": "Denmark", "swede": "Sweden", "finn": "Finland", "scot": "Scotland",
                       "spaniard": "Spain", "briton": "United Kingdom", "ottoman": "Ottoman Empire", "german": "Germany",
                       "byzantine": "Byzantine Empire", "thai": "Thailand",
                       # demonyms country_converter's name patterns lack and that start unlike any other
                       # state ("Polish troops" with no Poland named in the document became "Polishs")
                       "polish": "Poland", "finnish": "Finland", "chinese": "China", "hungarian": "Hungary",
                       "croat": "Croatia", "serb": "Serbia", "maltese": "Malta", "filipino": "Philippines",
                       "canadian": "Canada", "moroccan": "Morocco", "montenegrin": "Montenegro", "cypriot": "Cyprus",
                       "laotian": "Laos", "malian": "Mali", "american": "United States"}
# Adjective endings a people's noun never takes an "s" on ("the Kurdish", not "the Kurdishs").
_UNCOUNTED_TAILS = ("ish", "ese", "sh", "ch", "ss", "s")


def people_plural(word: str) -> str:
    """A people's or follower's adjective as the party it names where no state is known: its plural
    ("Bolshevik" → "Bolsheviks"), or the word itself where English adds no "s" ("Kurdish")."""
    return word if word.lower().endswith(_UNCOUNTED_TAILS) else word + "s"


def state_of_demonym(demonym: str, states: list[str]) -> str | None:
    """The state a demonym names ("Polish" → "Poland", "Soviet" → "Soviet Union"): of the document's
    states, the one whose name shares the longest start with it (at least three letters, and no tie),
    else a listed irregular one ("French" → "France")."""
    word = demonym.lower()

    def shared(state: str) -> int:
        first = state.split()[0].lower()
        n = 0
        while n < min(len(word), len(first)) and word[n] == first[n]:
            n += 1
        return n

    scored = sorted(((shared(s), s) for s in set(states)), reverse=True)
    if scored and scored[0][0] >= 3 and (len(scored) == 1 or scored[1][0] < scored[0][0]) and \
            demonym_shaped(word, scored[0][1], scored[0][0]):
        return scored[0][1]
    return IRREGULAR_DEMONYMS.get(word) or IRREGULAR_DEMONYMS.get(stem(word))


def state_of_word(word: str, states: list[str]) -> str | None:
    """The state a people's word names among the document's ``states``: a plain state's name before one
    named with the word itself ("Soviet-Finnish": Finland, not "Finnish Democratic Republic"); where
    the start of two names ties ("Soviet Union" and a misread "Soviet Volksdeutsche"), the one whose
    name is the word and a state's noun ("Soviet Union", :data:`pipeline.lexicon.polities.STATE_NAME_NOUNS`)."""
    plain = [s for s in states if s.split()[0] != word]
    found = state_of_demonym(word, plain) or state_of_demonym(word, states)
    if found is None:
        named = {s for s in states if len(s.split()) == 2 and s.split()[0] == word and
                 s.split()[1].lower() in STATE_NAME_NOUNS}
        found = next(iter(named)) if len(named) == 1 else None
    return found


# A people's word a state's whole name runs on into ("Tarvia" → "Tarvian", "Vell" → "Vellish").
_LAND_TAILS = ("n", "an", "ian", "ish", "ese", "i")


def document_states(entities: list, names: Any) -> list[str]:
    """The states a document names: its GPE names, and a name the model tagged otherwise (ORG, NORP,
    FAC, PRODUCT, LOC: an invented or rare realm's name, "Tarvia" tagged ORG) where the document also
    writes that name's people's word ("Tarvian troops"): a land with a people is a state here, and its
    demonym then names it rather than a made-up people ("Tarvians"). A person's name never is
    ("Elizabeth" and "Elizabethan")."""
    states = {names(e) for e in entities if e.label == "GPE"}
    peoples = {e.text.strip().lower() for e in entities if e.label == "NORP" and " " not in e.text.strip()}
    for e in entities:
        word = e.text.strip()
        if e.label in ("ORG", "NORP", "FAC", "PRODUCT", "LOC") and " " not in word and len(word) >= 4 and \
                word[:1].isupper() and any(word.lower() + tail in peoples for tail in _LAND_TAILS):
            states.add(names(e))
    return sorted(states)
