"""Which triggers tell the same kind of happening, for merging events into stories.

Two tellings of one happening use the same lemma (``invade``), a verb and its
noun (``invade``/``invasion``, ``sign``/``signing``), a near-synonym
(``attack``/``invade``, ``blast``/``explosion``), or a paraphrase:

- a light verb takes the kind of the event noun it acts on: ``launched an
  invasion``, ``carried out the attack``, ``forced the surrender``, ``held
  talks``; with anything else (``forced the king``, ``made demands``) it tells
  no kind of its own, and its mention never merges;
- ``sign``, ``conclude``, ``accede to``, ``ratify``, ``enter into``, ``join`` a
  named agreement are one kind (``acceded to the Treaty of Tarsk`` and ``the
  Treaty of Tarsk was signed``); entering or concluding any agreement is its
  signing (``entered an intricate trade pact``), ratifying ``the pact`` is not;
- ``enter`` or ``cross`` into a territory is an invasion only when the one who
  enters is a state or an armed force (``Tarvia entered the Lusk
  territories``); a person entering a city is not;
- a verb of saying (``SAYING_VERBS``: ``said``, ``told``) tells no kind: one party says many things
  on one day, and what it said is not compared;
- a verb that tells a kind only by what it acts on (``PARAPHRASES``):
  handing over or returning a person held (``handed the suspect to Orm``) is a
  handover, ``returned the money`` is not; a body embracing or admitting
  members (``the alliance embraced three new members``) is their joining; obtaining, issuing or
  signing a warrant is its issue (``police obtained a warrant``, ``a judge issued the warrant``).
- read with the words around them (:mod:`pipeline.stories.found_kinds`,
  :mod:`pipeline.stories.worded_kinds`): a person found alive is rescued, found guilty is judged; a
  vessel's wreck is its sinking; an announced joining (``announced Lusk would join``) is the invitation.

A general word for a thing covers its specific ones (``GENERAL_THINGS``): the
``weapon`` one report finds may be the ``rifle`` another names, while a rifle
and a pistol stay two things.

The near-synonyms are this small table, kept deliberately short: a wrong pair
merges two happenings, a missing pair only leaves one happening told twice. A
word may belong to two kinds (an ``attack`` is told as an invasion or as a
bombing); two mentions share a kind when any of theirs agree. Verb and noun
forms not in the table are matched by stripping the usual noun suffixes.
"""

from __future__ import annotations

import re

from pipeline.events.approvals import approval_phrase
from pipeline.lexicon.agreements import APPROVAL_GIVING_VERBS
from pipeline.lexicon.stems import noun_stem, singulars
from pipeline.lexicon.happenings import STATES_NOT_HAPPENINGS, SUFFIX_LOOKALIKES
from pipeline.lexicon.type_nouns import PRIVATE_PERSON_NOUNS

# Each group is one kind of happening; the first word names it.
NEAR_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("invade", "invasion", "attack", "assault", "offensive"),
    # "ripped through the embassy" is what a blast does (a bullet "tears through"; "tear" stays out).
    ("bomb", "bombing", "blast", "explosion", "explode", "attack", "detonate", "detonation", "go off", "rip"),
    ("sign", "signing", "conclude", "conclusion", "ink"),
    ("declare", "declaration"),
    ("annex", "annexation", "incorporate", "incorporation"),
    ("occupy", "occupation", "seize", "seizure"),
    ("meet", "meeting", "talk", "talks", "summit"),
    # "the parliament approved the treaty" is its ratification; so is "gave its go-ahead" (approval_given).
    ("ratify", "ratification", "approve", "approval"),
    ("join", "accede", "accession", "admission"),
    ("end", "terminate", "termination", "break"),
    ("withdraw", "withdrawal", "evacuate", "evacuation"),
    ("surrender", "capitulate", "capitulation"),
    ("kill", "murder", "assassinate", "assassination", "slay", "slaying", "shoot", "shooting", "gun"),
    ("spot", "sight", "sighting", "observe"),
    ("rescue", "pluck"),
    ("arrest", "detain", "detention", "apprehend"),
    # Not "decision": an agency's decision and the court's ruling on it are two happenings of one report.
    ("rule", "ruling", "verdict"),
    ("decide", "decision"),  # one word's verb and noun ("decision" and "decide" stem apart)
    ("extradite", "extradition", "deport", "deportation", "repatriate", "repatriation", "handover"),
    ("discover", "discovery", "find", "unearth", "uncover"),
    ("sink", "sinking", "capsize", "founder", "shipwreck"),
    ("die", "death", "drown", "drowning"),
    ("found", "foundation", "create", "creation", "establish", "establishment"),
    ("dismiss", "dismissal", "replace", "replacement", "remove", "removal", "oust", "overthrow", "topple",
     "depose"),
)
# People held or looked after: what is handed over or returned when one of them is.
_HELD_PEOPLE = frozenset({"suspect", "prisoner", "fugitive", "detainee", "hostage", "defendant", "captive",
                          "accused", "convict", "inmate", "refugee", "defector", "deserter"}) | PRIVATE_PERSON_NOUNS
# Who joins a body: its members, or states and countries by their common word or by a count
# ("embraced three former rivals" is read by the count alone only with a verb of admitting).
_MEMBERS = frozenset({"member", "members", "country", "countries", "state", "states", "nation", "nations",
                      "newcomer", "newcomers", "applicant", "applicants", "candidate", "candidates"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"})
# Verbs that tell a kind only when they act on a certain kind of thing: (verbs, things acted on, kind).
# Without such a thing they tell their own lemma ("returned home", "embraced the idea" merge with nothing).
PARAPHRASES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    # "handed the suspect over to Orm", "returned the suspect to Tarsk": a person handed into other hands.
    (frozenset({"hand", "return", "turn", "deliver"}), _HELD_PEOPLE, "extradite"),
    # "the alliance embraced three new members", "admitted Tarvia's neighbours as members": their joining.
    (frozenset({"embrace", "admit", "welcome"}), _MEMBERS | _COUNT_WORDS, "join"),
    # "the police obtained a warrant", "a judge issued the warrant", "signed a warrant": one warrant issued.
    (frozenset({"obtain", "issue", "secure", "sign", "grant", "get"}), frozenset({"warrant"}), "warrant"),
    # "defeated the Republican government" (in a civil war) is its overthrow; "defeated the army" is not.
    (frozenset({"defeat"}), frozenset({"government", "regime", "republic", "monarchy", "dictatorship",
                                       "junta"}), "dismiss"),
)
# General words for things, and the specific things each may be: "found a weapon" may be "found the rifle".
GENERAL_THINGS: dict[str, frozenset[str]] = {
    "weapon": frozenset({"rifle", "gun", "pistol", "revolver", "handgun", "shotgun", "firearm", "carbine",
                         "knife", "bomb", "grenade", "explosive"}),
    "firearm": frozenset({"rifle", "gun", "pistol", "revolver", "handgun", "shotgun", "carbine"}),
    "vehicle": frozenset({"car", "truck", "van", "bus", "jeep", "lorry", "motorcycle", "suv"}),
    "vessel": frozenset({"boat", "ship", "raft", "yacht", "ferry", "freighter", "tanker", "dinghy"}),
    "aircraft": frozenset({"plane", "airplane", "airliner", "jet", "helicopter", "bomber", "fighter"}),
    # "overthrew the government" may be "overthrew the Second Tarvian Republic"; a republic and a monarchy stay two.
    "government": frozenset({"republic", "regime", "monarchy", "dictatorship", "junta", "administration"}),
    "regime": frozenset({"republic", "monarchy", "dictatorship", "junta", "government"}),
}
# Verbs that say little of their own: the happening is the event noun they act on ("launched an
# invasion", "carried out the attack", "forced the surrender", "held talks", "made an offer").
LIGHT_VERBS = {"force", "make", "take", "launch", "begin", "start", "carry", "conduct", "stage", "mount",
               "undertake", "open", "initiate", "commence", "unleash", "hold", "perform", "execute", "wage"}
# Verbs of saying: what a party says is its words, not a happening another report retells by date and
# party alone ("the FBI said Monday that a suspect had not confessed" and "the FBI said Monday that the
# evidence had arrived" are two sayings). The words said are not compared here, so a saying merges with
# nothing. Not "announce", "declare", "testify": an announcement, a declaration (of war) or a testimony
# is a happening of its own, told again as such ("Castro announced Wednesday that the father would come").
SAYING_VERBS = frozenset({"say", "tell", "add", "state", "report", "comment", "note", "remark", "explain",
                          "insist", "acknowledge", "argue", "allege", "claim", "indicate", "assert", "warn",
                          "confirm", "deny", "reply", "respond", "repeat", "stress", "emphasize", "emphasise",
                          "suggest", "contend", "maintain", "recall", "write"})
# Verbs that, with a named agreement, tell its signing ("acceded to the Treaty of Tarsk").
AGREEMENT_VERBS = {"sign", "conclude", "accede", "ratify", "enter", "join", "adhere", "ink", "initial",
                   "accession", "ratification", "signing", "conclusion"}
AGREEMENT_WORDS = {"treaty", "pact", "agreement", "accord", "alliance", "armistice", "truce", "deal", "peace",
                   "protocol", "convention", "concordat", "charter", "entente"}
# Verbs that make any agreement theirs ("entered an intricate trade pact"); the others (accede, ratify,
# join) tell its signing only for a named one: "ratified the pact" on the 31st is not the signing.
_ENTERING_AGREEMENT = {"sign", "conclude", "enter", "ink", "signing", "conclusion"}
# Verbs of crossing into a territory: an invasion when a state or a force does it.
ENTERING_VERBS = {"enter", "cross"}
# Words of an event noun that the light verbs' objects may be, beyond the kinds table.
_EVENT_NOUNS = {"war", "battle", "coup", "purge", "raid", "strike", "revolt", "uprising", "putsch", "siege",
                "campaign", "blockade", "massacre", "parade", "visit", "trial", "conference", "congress",
                "election", "speech", "ultimatum", "demonstration", "protest", "operation", "counteroffensive",
                # gatherings and mishaps a report tells as happenings ("during the rally", "the boat wreck")
                "ceremony", "rally", "funeral", "vigil", "riot", "wreck", "crash", "collision"}
_EVENT_SUFFIXES = ("ion", "ment", "ance", "ence", "ure", "sal", "val", "ade")
_LOOKALIKES = SUFFIX_LOOKALIKES | STATES_NOT_HAPPENINGS  # "document", "department": a suffix, no happening
_GROUPS: dict[str, tuple[str, ...]] = {}
for _group in NEAR_SYNONYMS:
    for _word in _group:
        _GROUPS[_word] = _GROUPS.get(_word, ()) + (_group[0],)
_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "our", "own", "this", "that", "these", "those"}
# "the Treaty of Tarsk", "the Molotov–Ribbentrop Pact", "the Treaty of Brest-Litovsk".
_NAMED_AGREEMENT = re.compile(
    r"\b(?:(?:[A-Z][\w'’.–-]*\s+){1,4}(?:" + "|".join(w.title() for w in AGREEMENT_WORDS) + r")\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.–-]*(?:\s+[A-Z][\w'’.–-]*)*)?"
    r"|(?:" + "|".join(w.title() for w in AGREEMENT_WORDS) + r")\s+of\s+(?:the\s+)?[A-Z][\w'’.–-]*"
    r"(?:\s+[A-Z][\w'’.–-]*)*)")


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–]+", phrase.lower()) if w and w not in _ARTICLES]


def head_noun(phrase: str | None) -> str | None:
    """The head word of a noun phrase: the last word before "of" ("the Treaty of Tarsk" → "treaty",
    "their own invasion" → "invasion"), lower case."""
    if not phrase:
        return None
    words = _words(phrase.split(" of ")[0])
    return words[-1] if words else None


def is_agreement(phrase: str | None) -> bool:
    return bool(phrase) and any(w.strip(".,'’") in AGREEMENT_WORDS for w in _words(phrase))


def is_named(phrase: str | None) -> bool:
    """A phrase with a name of its own ("Treaty of Tarsk", "Operation Barbarossa"), not "the pact"."""
    return bool(phrase) and any(w[:1].isupper() for w in re.split(r"[\s\-–]+", phrase)
                                if w.lower() not in ("the", "a", "an"))


def is_event_noun(word: str | None) -> bool:
    """Whether a (lower-case) noun names a happening ("invasion", "talks", "surrender")."""
    if not word:
        return False
    forms = singulars(word)  # "clashes" → clash ("rstrip('s')" made it "clashe")
    # A happening's suffix on a thing, a body or a state ("the documents", "the department") names none.
    return any(f in _GROUPS or f in _EVENT_NOUNS for f in forms) or (
        len(word) > 5 and any(f.endswith(_EVENT_SUFFIXES) for f in forms) and forms.isdisjoint(_LOOKALIKES))


def _kinds_of_word(word: str) -> frozenset[str]:
    return frozenset(_GROUPS.get(word) or _GROUPS.get(noun_stem(word)) or (noun_stem(word),))


def trigger_kinds(lemma: str | None, theme: str | None = None, by_force: bool = False) -> frozenset[str]:
    """The kinds of happening a trigger lemma tells, with the thing it acts on (``theme``) for a light
    verb or an agreement, and whether its actor is a state or an armed force (``by_force``) for a
    verb of entering. Empty for no trigger (a verbless fragment) or a light verb acting on no event."""
    if not lemma:
        return frozenset()
    word = lemma.lower()
    if word in AGREEMENT_VERBS and is_agreement(theme):
        if word in _ENTERING_AGREEMENT:
            return frozenset({"sign"})
        if is_named(theme):
            # "ratified the Molotov–Ribbentrop Pact" tells its signing and is still a ratification (as
            # "ratified the pact" elsewhere is).
            return frozenset({"sign"}) | _kinds_of_word(word)
    if word in SAYING_VERBS:
        return frozenset()  # two sayings of one party on one day are many sayings
    if word in LIGHT_VERBS:
        noun = head_noun(theme)
        if is_event_noun(noun):
            return _kinds_of_word(noun)
        return frozenset()  # "forced the king to decree", "made demands": no kind to merge on
    if approval_given(word, theme):
        return frozenset({"ratify"})  # "the Netherlands gave its go-ahead": its approval, its ratification
    if word in ENTERING_VERBS:
        return frozenset({"invade"}) if by_force else frozenset({word})
    paraphrase = _paraphrase(word, theme)
    if paraphrase:
        return frozenset({paraphrase})
    return _kinds_of_word(word)


def _paraphrase(word: str, theme: str | None) -> str | None:
    """The kind a verb of :data:`PARAPHRASES` tells with what it acts on, or None."""
    head = head_noun(theme)
    forms = singulars(head.strip(".,'’")) | {head.strip(".,'’")} if head else set()
    for verbs, things, kind in PARAPHRASES:
        if word in verbs and forms & things:
            return kind
    return None


def covers(general: str | None, specific: str | None) -> bool:
    """Whether a thing's general word may name a specific thing ("weapon" and "rifle"); both lower case
    head nouns, singular or plural."""
    if not general or not specific:
        return False
    return any(s in GENERAL_THINGS.get(g, ()) for g in singulars(general) | {general}
               for s in singulars(specific) | {specific})


def trigger_class(lemma: str | None, theme: str | None = None, by_force: bool = False) -> str | None:
    """One name for the kind a trigger tells (the first of :func:`trigger_kinds`, alphabetically)."""
    kinds = trigger_kinds(lemma, theme, by_force)
    return min(kinds) if kinds else None


def light_theme(lemma: str | None, theme: str | None = None) -> bool:
    """Whether a trigger's theme is the happening itself ("launched [an invasion]", "gave [its
    go-ahead]"), not a thing acted on."""
    return bool(lemma) and (lemma.lower() in LIGHT_VERBS or approval_given(lemma.lower(), theme))


def approval_given(word: str, theme: str | None) -> bool:
    """Whether a verb gives or grants an approval ("gave its go-ahead", "granted its consent"): the
    approving, one kind with ratifying."""
    return word in APPROVAL_GIVING_VERBS and bool(theme) and approval_phrase(theme)


def named_agreement(sentence: str | None) -> str | None:
    """The one agreement a sentence names ("acceded to the Treaty of Tarsk on 3 March 1918" → "Treaty of
    Tarsk"), or None when it names none or several."""
    if not sentence:
        return None
    found = {m.group(0).strip() for m in _NAMED_AGREEMENT.finditer(sentence)}
    found = {re.sub(r"^The\s+", "", f) for f in found}
    return found.pop() if len(found) == 1 else None


_MEMBERSHIP = re.compile(r"\bbec(?:ame|ome|omes|oming)\s+(?:[\w-]+\s+){0,3}?members?\b", re.I)


def becomes_member(lemma: str | None, sentence: str | None) -> bool:
    """Whether a trigger says its actor joined something: "became full members of the alliance" tells
    the joining (``become`` alone tells no kind)."""
    return bool(lemma) and lemma.lower() == "become" and bool(sentence) and bool(_MEMBERSHIP.search(sentence))


# Coming to power, however it is told: power taken or come to ("came to power", "seized power", "the
# seizure of power"), the throne ascended, or the office that heads a state or a government become
# ("became chancellor", "became the de facto dictator"). One kind, whatever the word: an article says
# "came to power on 30 January", a biography "became chancellor in that year". Not "leader" (of a party,
# of an army), not a minister's office: those are many offices, not the power.
POWER = "power"
_TO_POWER = {"come", "rise", "sweep", "return", "ride", "climb", "ascend", "accede", "propel", "restore",
             "coming", "ascent", "ascension", "accession"}
_POWER_TAKEN = {"seize", "take", "assume", "grab", "gain", "win", "seizure", "assumption", "taking"}
_THRONE = {"ascend", "accede", "succeed", "ascent", "ascension", "accession", "succession"}
_HEAD_OFFICES = (r"chancellor|president|prime\s+minister|premier|dictator|head\s+of\s+(?:state|government)"
                 r"|king|queen|emperor|empress|tsar|czar|sultan|shah|pope|caliph")
_AFTER_TO_POWER = re.compile(r"^\s*(?:back\s+)?(?:in)?to\s+power\b", re.I)
_AFTER_POWER_TAKEN = re.compile(r"^\s*(?:of\s+|back\s+)?(?:the\s+|total\s+|full\s+|absolute\s+)?power\b", re.I)
_AFTER_THRONE = re.compile(r"^\s*(?:to\s+|of\s+)?the\s+(?:[\w-]+\s+){0,2}?throne\b", re.I)
_AFTER_BECOME = re.compile(r"^\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:" + _HEAD_OFFICES + r")\b(?!['’]s)", re.I)


def comes_to_power(lemma: str | None, after: str | None) -> bool:
    """Whether a trigger tells its actor's coming to power, read with the words right after it
    (``after``): "came [to power]", "seized [power]", "the seizure [of power]", "ascended [the throne]",
    "became [the chancellor of Tarvia]". Without them the word tells its own kind ("came home")."""
    if not lemma or after is None:
        return False
    word = lemma.lower().split()[0]  # "come to power", "take power": a phrase lemma (events.phrase_triggers)
    return bool(word in _TO_POWER and _AFTER_TO_POWER.search(after)
                or word in _POWER_TAKEN and _AFTER_POWER_TAKEN.search(after)
                or word in _THRONE and _AFTER_THRONE.search(after)
                or word == "become" and _AFTER_BECOME.search(after))


def same_kind(a: str | None, b: str | None) -> bool:
    """Whether two trigger lemmas tell the same kind of happening."""
    return bool(trigger_kinds(a) & trigger_kinds(b))


# Verbs of something going through something ("tore through the window", "ripped through the embassy"):
# the kind is what went through, their subject right before them: a bullet's is a shooting, a bomb's or
# an explosion's a bombing. Without such a subject the verb keeps its own kind ("rip" is a bombing's word).
PIERCING_VERBS = frozenset({"tear", "rip", "slam", "smash", "pierce", "plow", "plough"})
_PIERCING_SUBJECTS = (("kill", r"bullets?|shots?|gunfire|gunshots?"),
                      ("bomb", r"bombs?|blasts?|explosions?|explosives?|grenades?|shells?"))
# What may stand between the subject and its verb: "the bullet that apparently tore".
_SUBJECT_GAP = r"\s+(?:(?:that|which)\s+)?(?:(?:has|had|have|was|were)\s+)?(?:[a-z]+ly\s+)?$"


def piercing_kind(lemma: str | None, before: str | None) -> str | None:
    """The kind a verb of going through tells by its subject written right before it ("the assassin's
    bullet that tore" → ``kill``, "an explosion ripped" → ``bomb``), or None."""
    if not lemma or lemma.lower() not in PIERCING_VERBS or not before:
        return None
    for kind, subjects in _PIERCING_SUBJECTS:
        if re.search(r"\b(?:" + subjects + r")" + _SUBJECT_GAP, before, re.I):
            return kind
    return None


# Verbs of a force moving in: with "into", "through" or "across" right after them, and a state or an armed
# force doing it, an invasion ("Tarvian troops swept into Lusk", "the army poured across the border").
# Without the preposition they tell their own kind ("the troops marched" is a march, "swept the election").
MOVING_IN_VERBS = frozenset({"sweep", "pour", "march", "roll", "move", "storm", "push", "advance", "surge",
                             "drive", "rush", "race", "penetrate"})
_INTO = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?:into|through|across|over\s+the\s+border)\b", re.I)


def moves_in(lemma: str | None, after: str | None) -> bool:
    """Whether a trigger tells a force moving into a territory, read with the words right after it
    ("swept [into Lusk]", "poured [across the border]"); whether the one who moves is a force is the
    caller's to say (:func:`trigger_kinds`' ``by_force``)."""
    return bool(lemma) and lemma.lower() in MOVING_IN_VERBS and after is not None and bool(_INTO.search(after))
