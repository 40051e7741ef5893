"""What two mentions of events say about one happening: the evidence stories merge on.

A :class:`Mention` is an events row as the merging sees it (parties canonical,
kinds of happening, modality). :func:`compatible` says whether nothing they
name contradicts one happening; :func:`judge` says what evidence they share
(a canonical party, a named theme, a place) and how surely it makes one
happening of them (:class:`Judgement`). :mod:`pipeline.stories.mentions` reads the
events table into mentions; :mod:`pipeline.stories.merge` groups them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline.stories.agreement_themes import same_agreement_subject
from pipeline.stories.deadlines import deadlines_differ
from pipeline.stories.party_conflicts import lender_conflicts, parties_conflict
from pipeline.stories.places import _by_key, _part_of_several, _places_disagree, _shared_places, place_key, \
    place_opening_theme, theme_is_place
from pipeline.stories.themes import _names_nothing, described_only, _theme_head, _theme_words, is_thing, actors_origin, \
    one_named_thing, one_thing_retold, thing_words_agree, themes_agree
from pipeline.stories.extra_evidence import more_evidence
from pipeline.stories.told_apart import told_apart
from pipeline.stories.near_days import NEAR, NEAR_WEIGHT, near_days
from pipeline.stories.triggers import POWER, head_noun, is_event_noun, is_named

# Finest first: a story takes the date of its most precise mention; a week ("last week") is between a day and a month.
PRECISION = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "before": 5}
# A report's happening dated only by the report's or another word's date (pipeline.events.document_dated): some day of the weeks up to that date.
BEFORE, ASSERTED = "before", "asserted"
# How much each kind of shared evidence says that two mentions tell one happening (measured on the dev
# sets: evaluation/stories.py and evaluation/stories_aquaint.py). Pieces combine as independent signs.
EVIDENCE_WEIGHT = {"actor": 0.9, "participant": 0.85, "party": 0.75, "theme": 0.85, "place": 0.6,
                   "place-nearby": 0.45, "coref": 0.4, "thing": 0.4, "subject": 0.4,
                   "agreement": 0.4, "story": 0.35, "counted": 0.3}
# Kinds of happening done by one side to another: a party that does it in one telling and has it done to
# it in the other tells two happenings (an attack and the reprisal for it). Not a signing, a meeting or a
# handover, told from either side ("Pakistan handed over the suspect", "the suspect returned from Pakistan").
HARM_KINDS = frozenset({"invade", "bomb", "kill", "arrest", "occupy", "annex"})
NEARBY_SENTENCES = 2  # how far back a report's undated happening looks for where it happened
# How much the dates say, by the coarser of the two: the same day told by both is sure; a month or a
# year holds other happenings of the kind (the commercial agreement and the pact, both August 1939).
DATE_WEIGHT = {"day": 1.0, "week": 0.9, "month": 0.8, "season": 0.65, "year": 0.6, "before": 0.55}
# A happening a report tells as before it with no start ("the agency had ruled", "as a child she fled";
# pipeline.events.backstory): its date is only a bound, any day up to the report, so the date says least.
OPEN, OPEN_WEIGHT = "open", 0.45
NIGHT_WEIGHT = 0.85  # "in the following night": the day or the next


@dataclass
class Mention:
    """One event as the merging sees it."""

    key: str                      # "doc_id#event_id"
    doc_id: str
    sentence_id: int | None
    start: date | None
    end: date | None
    granularity: str | None
    trigger: str | None
    kinds: frozenset[str]       # what it tells: its trigger's kinds and the happening it happened through
    night: bool                 # dated by a night, which straddles two calendar days
    actors: list[str]
    participants: list[str]
    places: list[str]
    citations: list[str]
    states: set[str] = field(default_factory=set)  # the parties that are states
    theme: str | None = None     # the thing acted on (never the event noun of a light verb)
    modality: str = ASSERTED
    # For a news report's happening naming no party, theme or place: the places of the sentence just before
    # ("A bomb exploded in Tarsk. The blast killed twelve."), weaker evidence than its own (nearby_places).
    nearby: list[str] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)  # the states the corpus says hold its places, by key
    # For a report's happening naming nothing, not even nearby: the parties of the document's earlier
    # mention of its kind that it refers back to ("the blast" after "a bomb exploded in Tarsk"; see
    # :func:`pipeline.stories.mentions.antecedents`); its places go to ``nearby``. Weaker than its own.
    borrowed: list[str] = field(default_factory=list)
    antecedent: str | None = None  # the key of the mention it borrowed from
    # The key of its own sentence's row telling the same happening ("an explosion ripped through"; sentence_tellings).
    told_with: str | None = None
    # ``borrowed`` is the article's subject, its title, for an article's mention naming nothing ("served
    # until his assassination in 1963" in the article on Kennedy; :func:`pipeline.stories.mentions.article_subjects`).
    subject: bool = False
    definite: bool = False  # told by a definite description of a happening ("the blast", "the bombings")
    plural: bool = False    # ... of several ("the bombings")
    number: str | None = None  # an event noun's "one" or "several" (pipeline.stories.noun_number); None for a verb
    said: tuple | None = None  # a saying's names and words after its verb (pipeline.stories.said_content)
    trigger_at: int | None = None  # where its trigger word is in its document: two dates of one word are one happening
    # The spots it says it happened at, by place key: its own places less a state that holds another of
    # them ("Nairobi, Kenya" is one spot). Set by pipeline.stories.mentions.mentions_of.
    spots: frozenset[str] = frozenset()
    another: bool = False  # its thing acted on is "another" of its kind: a new happening (pipeline.stories.another_one)
    until: str | None = None  # the day it runs to, as written ("until Nov. 9"; pipeline.stories.deadlines)
    lender: Mention | None = field(default=None, repr=False, compare=False)  # the telling it borrowed from
    lent_by: str | None = None  # "story": borrowed from its document's tellings (pipeline.stories.document_story)
    body_of: frozenset[str] = frozenset()  # the states its acting bodies belong to (pipeline.stories.state_bodies)
    venue: str | None = None  # the named building its sentence says it was at (pipeline.stories.venues)

    @property
    def parties(self) -> set[str]:
        return set(self.actors) | set(self.participants)

    @property
    def state_actors(self) -> set[str]:
        return {a for a in self.actors if a in self.states}

    @property
    def person_actors(self) -> set[str]:
        return {a for a in self.actors if a not in self.states}

    @property
    def state_participants(self) -> set[str]:
        return {p for p in self.participants if p in self.states}

    @property
    def other_participants(self) -> set[str]:
        return {p for p in self.participants if p not in self.states}

    @property
    def mergeable(self) -> bool:
        return bool(self.kinds) and self.start is not None and self.end is not None and \
            self.granularity in PRECISION and self.modality == ASSERTED

    @property
    def open_start(self) -> bool:
        """Told as before its report with no start: some day up to ``end`` (the report's date)."""
        return bool(self.kinds) and self.start is None and self.end is not None and \
            self.granularity == BEFORE and self.modality == ASSERTED


def _listed(value: Any) -> list:
    """A list cell as a list (pandas gives numpy arrays; a missing list is None or NA)."""
    if value is None or isinstance(value, float):
        return []
    return list(value)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True)
class Judgement:
    """Why two mentions are taken for one happening, and how surely (0–1)."""

    score: float
    evidence: tuple[str, ...]   # "actor:Germany", "theme:Treaty of Tarsk", "place:Moscow", "date:same-day"


def _date_relation(a: Mention, b: Mention) -> str | None:
    """How two mentions' dates relate: "same", "inside" (one within the other), "night" (a night
    straddling two days), "open" (one has no start and the other is dated by its end), or None."""
    if a.start is None or b.start is None:
        # A bound meets a telling ended by it, or a written month or year begun by it ("had ruled", "ruled in January").
        bounded, dated = (a, b) if a.start is None else (b, a)
        if dated.start is None or bounded.end is None or dated.end is None:
            return None
        spans = dated.granularity in ("month", "season", "year") and dated.start <= bounded.end  # not a report's weeks
        return OPEN if dated.end <= bounded.end or spans else None
    if BEFORE in (a.granularity, b.granularity):
        # Dated by the weeks before a date: one happening when the other's date meets those weeks.
        return "before" if a.start <= b.end and b.start <= a.end else None
    if (a.start, a.end) == (b.start, b.end):
        return "same"
    if a.granularity == "day" and b.granularity == "day":
        # A night straddles two days: "on August 23 … in the following night" may be the 23rd or the 24th.
        later = a if a.start > b.start else b
        if later.night and (later.start - min(a.start, b.start)).days == 1:
            return "night"
        return NEAR if near_days(a, b) else None  # two reports giving one arrival's day apart (near_days)
    if (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end):
        return "inside"
    return None


def compatible(a: Mention, b: Mention) -> str | None:
    """Whether nothing two mentions say contradicts one happening: both asserted, one kind, dates one
    inside the other, the actors of one kind (states, people) named by both overlapping, the themes
    named by both agreeing, the places named by both sharing one. Returns how their dates relate (see :func:`_date_relation`), or None."""
    if not ((a.mergeable or a.open_start) and (b.mergeable or b.open_start) and a.kinds & b.kinds) \
            or a.another or b.another:  # "arrested another suspect": not the arrest told before
        return None
    dates = _date_relation(a, b)
    if dates is None:
        return None
    if parties_conflict(a, b):
        return None  # the actors or the participants of one kind named by both differ (party_conflicts)
    if _acted_on_differs(a, b) or _acted_on_differs(b, a):
        return None  # "the Institute named Orlov" is not "he (Varga) was named by the Institute" that year
    if a.kinds & b.kinds & HARM_KINDS and _roles_reversed(a, b):
        return None  # "U.S. missile attacks on Sudan" are not "the bombing of the U.S. embassy" that month
    if themes_agree(a.theme, b.theme) is False and not (theme_is_place(a, b) or theme_is_place(b, a)):
        return None  # "captured Tarsk" is not "captured the documents"
    if _places_disagree(a, b):
        return None  # "the blast in Nairobi" is not "the explosion in Dar es Salaam" of the same morning
    if deadlines_differ(a.until, b.until):
        return None  # "extended its offer until Nov. 6" is not the extension "until Nov. 9"
    if _part_of_several(a, b) or _part_of_several(b, a) or told_apart(a, b, dates):
        return None  # "a bomb went off in Orm" is one of "the bombings in Tarsk and Orm", not the pair of them
    return dates


def _acted_on_differs(named: Mention, done_to: Mention) -> bool:
    """Whether one names what it was done to only by a name as its theme ("named Orlov the best actor",
    "Lusk was designated a state language") and the other only by its participants ("he was named",
    "Varga was designated"), and the name is none of the other's parties or places: two people honoured,
    two things designated, not one happening. An agreement's or a happening's name is left alone ("signed
    the Pact of Tarsk" beside "signed with Orm")."""
    if named.participants or not done_to.participants or done_to.theme or not is_named(named.theme or "") \
            or described_only(named.theme):  # "invited the three European countries" names none of them
        return False
    head = head_noun(named.theme)
    if _theme_head(named.theme) == "agreement" or (head and is_event_noun(head)):
        return False
    words = _theme_words(named.theme)
    others = [*done_to.parties, *done_to.places, *done_to.nearby, *done_to.borrowed]
    return bool(words) and not any(words & {w.lower() for w in re.split(r"[\s\-–]+", o)} for o in others)


def _roles_reversed(a: Mention, b: Mention) -> bool:
    """Whether a party that does it in one mention has it done to it in the other, and is no actor of
    both: the attacker of one is the attacked of the other."""
    return bool((set(a.actors) & set(b.participants)) - set(b.actors)
                or (set(b.actors) & set(a.participants)) - set(a.actors))


def _refers_back(a: Mention, b: Mention) -> bool:
    """Whether the later of two mentions of one report is a definite description that may refer back to
    the earlier ("the explosion" after "the embassy blast"), and not one of several the earlier told ("the
    campaign" after "two campaigns in Tarsk")."""
    if a.sentence_id is None or b.sentence_id is None or a.sentence_id == b.sentence_id:
        return False
    earlier, later = (a, b) if a.sentence_id < b.sentence_id else (b, a)
    return later.definite and not (earlier.plural and not later.plural)


def judge(a: Mention, b: Mention) -> Judgement | None:
    """Whether two mentions tell one happening by what they say, and on what evidence; None when they
    cannot (where they are, document and sentence, is :func:`pair_score`'s business).

    Beyond :func:`compatible` dates, kind, actors and themes, a merge needs shared evidence of one
    happening: a canonical party, the same named theme, or the same place."""
    dates = compatible(a, b)
    if dates is None:
        return None
    agree = themes_agree(a.theme, b.theme)
    evidence: list[str] = []
    weights: list[float] = []
    same_actors = set(a.actors) & set(b.actors)
    same_participants = set(a.participants) & set(b.participants)
    for kind, shared in (("actor", same_actors), ("participant", same_participants),
                         ("party", (a.parties & b.parties) - same_actors - same_participants)):
        if shared:
            evidence += [f"{kind}:{n}" for n in sorted(shared)]
            weights.append(EVIDENCE_WEIGHT[kind])
    if agree and one_named_thing(a.theme, b.theme):
        evidence.append(f"theme:{min(a.theme, b.theme, key=len)}")
        weights.append(EVIDENCE_WEIGHT["theme"])
    elif agree and (dates == "same" and a.granularity == "day" or dates == BEFORE and (
            any(m.granularity == "month" or m.granularity == "day" and m.start == m.end for m in (a, b)))
            or dates == "inside" and {a.granularity, b.granularity} == {"day", "month"}) \
            and is_thing(a.theme) and is_thing(b.theme) and thing_words_agree(a.theme, b.theme) and a.parties == b.parties:
        # The same thing acted on the same day ("a jogger observed the car at 6 a.m.", "spotted the car at
        # 6 a.m."), or on a day inside the weeks another report looks back on ("the weapon was unearthed
        # Thursday", "the rifle was discovered") or inside the month another names ("unearthed April 8",
        # "last month's discovery of a rifle"): weaker than a name, and never a word that stands for a
        # place or for people ("captured the city", "killed soldiers" tell many happenings of one day).
        # Two tellings that both say only "in the weeks before" are no day: "signed the documents" in one
        # report and in another may be two signings of one month, however specific the thing ("a letter of
        # intent"), nor a range of days; nor when one names a party the other does not ("Garon signed").
        evidence.append(f"thing:{min(a.theme, b.theme, key=len).lower()}")
        weights.append(EVIDENCE_WEIGHT["thing"])
    elif agree and not weights and {a.granularity, b.granularity} <= {"day", "month"} \
            and same_agreement_subject(a.theme, b.theme):
        # "In August 1939 the two states signed a non-aggression pact", "on 23 August the minister signed
        # the non-aggression pact": one kind of agreement signed in one month, the parties named by their
        # states in one and by their people in the other; weak, and never within a report's weeks.
        evidence.append(f"agreement:{same_agreement_subject(a.theme, b.theme)}")
        weights.append(EVIDENCE_WEIGHT["agreement"])
    # A place of one may be a party of the other ("fighting in Tarsk", "captured Tarsk"); a place is one
    # however its words are joined ("Dar es Salaam", "Dar-es-Salaam").
    shared_places = _shared_places(a, b) | {m.theme for m, other in ((a, b), (b, a)) if theme_is_place(m, other)}
    shared_places |= {p for m, other in ((a, b), (b, a)) if (p := place_opening_theme(m, other))}
    if shared_places:
        evidence += [f"place:{p}" for p in sorted(shared_places)]
        weights.append(EVIDENCE_WEIGHT["place"])
    elif not weights and bool(a.nearby) != bool(b.nearby) and not lender_conflicts(*((a, b) if a.nearby else (b, a))):
        # One names the place, the other said it a sentence before (or its antecedent did): weaker, never
        # both borrowed.
        near, own = (a, b) if a.nearby else (b, a)
        shared = _by_key(near.nearby).keys() & _by_key(own.places).keys()
        if shared and not _by_key(own.places).keys() - shared - _by_key(own.parties).keys() \
                or shared and not _by_key(near.nearby).keys() - shared:
            how = near.lent_by or ("coref" if near.antecedent else "place-nearby")
            evidence += [f"{how}:{_by_key(own.places)[k]}" for k in sorted(shared)]
            weights.append(EVIDENCE_WEIGHT[how])
    if not weights and bool(a.borrowed) != bool(b.borrowed) and not lender_conflicts(*((a, b) if a.borrowed else (b, a))):
        # A party its antecedent named ("the blast" after "rebels bombed Tarsk"), never both borrowed.
        near, own = (a, b) if a.borrowed else (b, a)
        shared_parties = set(near.borrowed) & own.parties
        if shared_parties:
            how = near.lent_by or ("subject" if near.subject else "coref")
            evidence += [f"{how}:{n}" for n in sorted(shared_parties)]
            weights.append(EVIDENCE_WEIGHT[how])
    more_evidence(a, b, evidence, weights, EVIDENCE_WEIGHT, HARM_KINDS)  # "invited the three countries", a body's state
    if not weights:
        return None  # date and kind alone are no evidence of one happening
    if dates == OPEN and not any(e.startswith(("actor:", "theme:")) for e in evidence):
        # A date that is only a bound holds any earlier happening of the kind: the same actor doing it (the
        # kind is shared) or the same named theme, never a place or a party of one side alone.
        return None
    coarser = max(a.granularity, b.granularity, key=PRECISION.__getitem__)
    if _actor_alone_in_a_year(evidence, coarser, a, b):
        return None
    doubt = 1.0
    for w in weights:
        doubt *= 1.0 - w
    finer = min(a.granularity, b.granularity, key=PRECISION.__getitem__)
    if dates == OPEN:
        label, weight = "date:open-start", OPEN_WEIGHT
    elif dates == "before":
        label, weight = "date:weeks-before", DATE_WEIGHT[BEFORE]
    elif dates in ("night", NEAR):
        label, weight = f"date:{dates}", NIGHT_WEIGHT if dates == "night" else NEAR_WEIGHT
    elif dates == "same":
        label, weight = f"date:same-{coarser}", DATE_WEIGHT[coarser]
    else:
        label, weight = f"date:{finer}-in-{coarser}", DATE_WEIGHT[coarser]
    return Judgement(round((1.0 - doubt) * weight, 4), (*evidence, label))


def _actor_alone_in_a_year(evidence: list[str], coarser: str, a: Mention, b: Mention) -> bool:
    """Whether the only evidence is a shared actor, the dates are no finer than a season, and only one of
    the two says whom or what it was done to: a body acts many times in a year ("in 1961 the Academy
    ranked Orlov first" and "in 1961 the Academy ranked Varga", Varga not read), so who it acted on is
    the happening, and one that does not say it cannot be matched. In doubt, apart. Not for a state's
    deed a report dates by its weeks when the other telling says the day or the week."""
    if PRECISION[coarser] < PRECISION["season"] or any(not e.startswith("actor:") for e in evidence):
        return False
    if coarser == BEFORE and {a.granularity, b.granularity} & {"day", "week"} and set(a.actors) & set(b.actors) <= a.states:
        # a state's deed of the weeks a report looks back on, the other telling its day or week ("gave its
        # go-ahead", "ratified early this week"); an agency or a person acts many times a month (arrests)
        return False
    if POWER in a.kinds & b.kinds:
        return False  # one comes to power once that year; "chancellor of Tarvia" names the office, not a victim
    def says(m: Mention) -> bool:
        return bool(m.participants) or bool(m.theme) and not _names_nothing(m.theme) and not actors_origin(m.theme)
    return says(a) != says(b)


def same_document_allowed(a: Mention, b: Mention) -> bool:
    """One document tells a happening twice only in the same terms: the same actors, the same date. A
    report's undated retelling of its own dated happening ("exploded in Nairobi on Friday", "the blast in
    Nairobi") is told in the same terms when it names the same actor or place. A mention that refers back
    to the other (:func:`pipeline.stories.mentions.antecedents`: "the bombings" after "bombs exploded in
    Tarsk") tells it again. Two undated tellings of a report naming no actor are one when they say just the
    same spots."""
    if a.antecedent == b.key or b.antecedent == a.key or a.told_with == b.key:
        return True
    if a.start is None or b.start is None:
        return False  # a report's backstory ("the agency had ruled") is no retelling of its own news; in doubt apart
    if (BEFORE in (a.granularity, b.granularity) or a.granularity == "day" and (a.start, a.end) == (b.start, b.end)) \
            and one_thing_retold(a, b):
        return True  # "the finding of a buried rifle 11 days ago" … "the rifle was discovered"
    if BEFORE in (a.granularity, b.granularity) and a.granularity != b.granularity:
        # Where one says where only by its sentences around it ("The explosions in Tarsk and Orm killed
        # forty. … the attacks Friday"), that must be just where the other says.
        where_a, where_b = _by_key(a.places or a.nearby).keys(), _by_key(b.places or b.nearby).keys()
        # A report's protagonist lent to its unnamed telling ("immigration authorities ruled Wednesday" …
        # "the INS ruling") is the actor of its own named one.
        lent = {n for m in (a, b) if m.subject for n in m.borrowed}
        return bool(set(a.actors) & set(b.actors) or lent & (set(a.actors) | set(b.actors))
                    or _by_key(a.places).keys() & _by_key(b.places).keys()
                    or (a.nearby or b.nearby) and where_a and where_a == where_b)
    if a.granularity == b.granularity == BEFORE and not (a.actors or b.actors) and _refers_back(a, b):
        # Two undated tellings of one report that say just the same spots, by their own words or their
        # sentences around, the later a definite description ("In Tarsk, she laid a wreath by the crater
        # the embassy blast left. … since the explosion"), tell its one happening there; one naming a
        # second spot stays apart.
        where_a, where_b = _by_key(a.places or a.nearby).keys(), _by_key(b.places or b.nearby).keys()
        return bool(where_a) and where_a == where_b
    if not set(a.actors) & set(b.actors):
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    # "came to power in 1933" … "after Hitler came to power on January 30, 1933": one actor telling one
    # kind again in its year, finer; only when the same actors do it to the same ones (or one says not to
    # whom) and nothing named differs, as "signed a trade pact in 1939" and "signed the pact on 23 August".
    return set(a.actors) == set(b.actors) and _date_relation(a, b) == "inside" and _same_or_unsaid(a, b)


def _same_or_unsaid(a: Mention, b: Mention) -> bool:
    """Whether two tellings of one document say the same whom and what, or one of them says none."""
    if a.participants and b.participants and set(a.participants) != set(b.participants):
        return False
    # a thing acted on that one names and the other does not may be another one: in doubt, apart
    return (a.theme or "").lower() == (b.theme or "").lower()
