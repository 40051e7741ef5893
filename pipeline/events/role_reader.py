"""The roles of a trigger as a table row holds them: the one function the events stage and
:func:`pipeline.label_roles` both call, so both give the same answer for the same trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from pipeline.events.names import unique_names
from pipeline.events.party_terms import force_made, is_region_era_or_status
from pipeline.events.coreference import Paragraphs
from pipeline.events.clause_happenings import battle_side_roles
from pipeline.events.kin_possessors import without_alternatives, without_kin_owners
from pipeline.events.occurring_subjects import occurring_roles
from pipeline.events.reduced_relatives import reduced_relative_roles
from pipeline.events.lead_actors import with_lead_actor, with_work_owner
from pipeline.events.lead_subject import with_understood_subject
from pipeline.events.roles import sentence_spans, trigger_roles
from pipeline.events.state_lives import state_life_roles
from pipeline.events.war_context import war_context
from pipeline.events.wars_told_next import sides_told_next
from pipeline.events.whole_party_gate import whole_parties
from pipeline.lexicon.person_titles import HONORIFICS, REGNAL_TITLES
from pipeline.lexicon.type_nouns import PLACE_FEATURE_HEADS, PLACE_FEATURE_SURNAMES, THING_NAME_HEADS
from pipeline.stories.party_names import party_kind

# Prepositions of where: a name after one that the text qualifies by a region is a town, whatever its label.
_PLACE_PREPOSITIONS = {"to", "from", "in", "at", "near", "into", "toward", "towards"}


@dataclass(slots=True)
class Roles:
    """A trigger's roles as the events table holds them: canonical names, and aligned with the
    actors and participants the words each was written as."""

    actors: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    actor_mentions: list[str] = field(default_factory=list)
    participant_mentions: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    theme: str | None = None


class RoleReader:
    """The roles of triggers in one document's parsed paragraphs: what the events stage and
    :func:`pipeline.label_roles` both call, so both give the same answer for the same trigger.

    ``paragraphs`` holds the document's names (:class:`pipeline.events.coreference.Paragraphs`),
    ``canonical`` turns a name into its party's one name (:mod:`pipeline.stories.party_names`);
    ``pair`` is the document's pair of parties when its title names one."""

    def __init__(self, paragraphs: Paragraphs, canonical: Callable[[str], str],
                 pair: tuple[str, str] | None = None) -> None:
        self.paragraphs = paragraphs
        self.canonical = canonical
        self.pair = pair
        self._by_trigger: dict[tuple[int, int], tuple] = {}
        self._texts: dict[int, str] = {}
        self._after: dict[int, Any] | None = None  # each entity's next one, for a place's address
        self._before: dict[int, Any] = {}

    def __call__(self, k: int, trigger: Any, s_start: int, s_end: int,
                 skip: tuple[int, int] | None = None) -> Roles:
        """The roles of ``trigger`` (a token of chunk ``k``) in the sentence at clean offsets
        ``s_start``–``s_end``; a name overlapping clean offsets ``skip`` (the date itself: "the
        Spring 1945 offensive" names no one) takes no role."""
        offset = self.paragraphs.chunks[k][0]
        key = (k, trigger.i)
        if key not in self._by_trigger:
            # Computed once per trigger: every date of a long list hanging from one verb shares it.
            found, mentions = self.paragraphs.names_of(k)
            spans = sentence_spans(found, s_start, s_end)
            found = with_understood_subject(
                trigger, trigger_roles(trigger, spans, mentions, self.paragraphs, offset, self.pair), self.paragraphs.lead)
            named = {t.i for _, sp, _ in spans.spans for t in sp}
            found = with_lead_actor(trigger, found, self.paragraphs.lead, lambda h: self.paragraphs.resolve(
                h, mentions, self.pair, offset, named))  # "Orme was a ruler who reigned": lead_actors
            found = with_work_owner(trigger, found, lambda h: self.paragraphs.resolve(h, mentions, self.pair, offset, named))
            # "Orm was a state founded in 918", "ceased to exist": the state a sentence of its own life is about.
            found = state_life_roles(trigger, found, spans.spans, self.paragraphs.lead, lambda h: self.paragraphs.resolve(
                h, mentions, self.pair, offset, named))
            found = without_alternatives(without_kin_owners(found, spans.spans), spans.spans)  # not Orme's kin; "X or Y": X
            found = reduced_relative_roles(trigger, found, spans.spans)  # "regimes ruled by X, called Y, survived": Y
            found = occurring_roles(trigger, found, spans.spans, lambda h: self.paragraphs.resolve(
                h, mentions, self.pair, offset, named))  # "their consolidation in Vell occurred": theirs, in Vell
            found = battle_side_roles(trigger, found, spans.spans)  # "defeated Lusk … during the Battle of Vell"
            found = war_context(trigger, found, self.paragraphs, k)  # "the conflict ended": the sides of the war told before
            self._by_trigger[key] = whole_parties(trigger, found, spans.spans)  # whole names: no piece, era word, thing
        # "… two conflicts in 1912 and 1913. In the first war, Lusk defeated Orm": the row of 1912 only
        named, theme, extra, resolved = sides_told_next(trigger, self._by_trigger[key], self, k, skip)
        written: dict[str, list[tuple[str, str]]] = {"actor": [], "participant": [], "place": []}
        at = offset + trigger.idx
        for e, role, name in named:
            if e is not None and skip is not None and e.start < skip[1] and skip[0] < e.end:
                continue
            if e is not None and role in ("actor", "participant") and e.start <= at < e.end:
                continue  # "after the Norman Conquest of 1066": the happening's own name is none of its parties
            if role in ("participant", "actor") and e is not None and self._qualified_place(k, e, name):
                role = "place"  # "marched to Orme, Tarvia": a town its region qualifies is where, no party
            elif e is not None and self._natural_feature(e, name):
                role = "place"  # "crossed the Vell River": a river or a valley is where
            written[role].append((name, self._as_written(k, e, name)))
        written["actor"] += extra["actor"]
        written["participant"] += extra["participant"]
        out = Roles(theme=theme, resolved=[n for n in unique_names(self.canonical(n) for n in resolved)
                                           if not self._no_party(n)])
        for role, names, mentions in (("actor", out.actors, out.actor_mentions),
                                      ("participant", out.participants, out.participant_mentions)):
            for name, mention in written[role]:
                # "established the Continental Army": the force made, not its state (party_terms)
                name = (role == "participant" and force_made(mention, trigger)) or self.canonical(name)
                if name and self._no_party(name):
                    continue
                if name and name not in names and name not in out.actors:
                    names.append(name)
                    mentions.append(mention)
        out.places = [p for p in unique_names(self.canonical(n) for n, _ in written["place"]) if p not in out.actors]
        return out

    def _no_party(self, name: str) -> bool:
        """Whether a canonical name is a thing, never a party: a place or a made thing ("it" resolved to
        "the Tarn Mall"), a prize ("the Orme Award"), a work's title. The one filter of actors,
        participants and resolved names alike."""
        return name.split()[-1].lower() in THING_NAME_HEADS or name in self.paragraphs.works or \
            is_region_era_or_status(name)  # "the Ancient Near East", "the Neolithic" (party_terms)

    def _qualified_place(self, k: int, entity: Any, name: str) -> bool:
        """Whether a name is a town or a region the text qualifies by the region or state it lies in
        ("Orme, Tarvia", "Lusk, D.C."): a place's address, never a party (a state is). The model
        sometimes takes a town for a person ("marched to Sandy Orme, Tarvia"): a place's preposition
        before it says it is one."""
        if entity.label == "PERSON" and self._after_place_preposition(k, entity):
            pass
        elif entity.label not in ("GPE", "LOC", "FAC") or party_kind(self.canonical(name), entity.label) is not None:
            return False
        if ", " in name:
            return True  # the model's one span over both ("Orme, Tarvia")
        if self._after is None:
            ordered = sorted(self.paragraphs.entities, key=lambda e: e.start)
            self._after = {id(a): b for a, b in zip(ordered, ordered[1:])}
            self._before = {id(b): a for a, b in zip(ordered, ordered[1:])}
        after, before = self._after.get(id(entity)), self._before.get(id(entity))
        return (after is not None and after.start - entity.end == 2 and self._town(after)) or \
            (before is not None and entity.start - before.end == 2 and self._town(before))

    @staticmethod
    def _natural_feature(entity: Any, name: str) -> bool:
        head = name.split()[-1].lower() if name.split() else ""
        return entity.label != "ORG" and (head in PLACE_FEATURE_HEADS or (
            head in PLACE_FEATURE_SURNAMES and entity.label in ("GPE", "LOC", "FAC")))

    def _after_place_preposition(self, k: int, entity: Any) -> bool:
        offset, parsed = self.paragraphs.chunks[k]
        span = parsed.char_span(entity.start - offset, entity.end - offset, alignment_mode="expand")
        return span is not None and span.start > 0 and parsed[span.start - 1].lower_ in _PLACE_PREPOSITIONS

    def _town(self, entity: Any) -> bool:
        return entity.label in ("GPE", "LOC") and \
            party_kind(self.canonical(self.paragraphs.names(entity)), entity.label) is None

    def _as_written(self, k: int, entity: Any, name: str) -> str:
        """The words a named party is written as: the name where the text writes it whole at the
        entity ("Soviet Russia", a regime the entity "Russia" is part of), else the entity's words."""
        if entity is None:
            return name
        offset, parsed = self.paragraphs.chunks[k]
        end = entity.end - offset
        # (Doc.text joins every token of the paragraph: kept once per chunk, not built per name)
        text = self._texts.get(k)
        if text is None:
            text = self._texts[k] = parsed.text
        written = self.paragraphs.names.clean(entity.text)
        if entity.label == "PERSON":
            # "Dr Toni Orme" as written, whether the model's span holds the title or stops after it.
            title = re.search(r"([A-Z][a-z]*\.?) $", text[max(0, entity.start - offset - 16):entity.start - offset])
            if title and title.group(1).lower() in HONORIFICS | REGNAL_TITLES and not written.startswith(title.group(1)):
                written = f"{title.group(1)} {written}"
            if written.endswith(name) and len(written) > len(name):
                return written
        if end >= len(name) and text[end - len(name):end] == name:
            return name
        if name.endswith("'s") and text[end - len(name) + 2:end + 2] in (name, name.replace("'", "’")):
            return text[end - len(name) + 2:end + 2]  # a store written in the possessive ("Orme's")
        return written
