"""Every record type a Document's layers hold, in one place (which layer holds which: pipeline.core.layers).

Offsets named ``start``/``end`` are into the clean text; ``raw_start``/``raw_end``
into the raw text, which edits never move. Stages build these; ``tables.py``
turns them into rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class RemovedSpan:
    """Noise cut out of the body, kept by raw position so later edits cannot stale it."""

    kind: str
    raw_start: int
    raw_end: int
    text: str


@dataclass(slots=True)
class LinkRecord:
    """A glossary insertion or piped link; the anchor is kept by raw position."""

    kind: str  # "glossary" | "piped"
    anchor: str
    target: str | None
    gloss: str | None
    target_type: str | None
    anchor_raw_start: int
    anchor_raw_end: int
    confident: bool = True
    # Why we think it is a link: the rule that found it ("anchor-repeat", "paren-title", "shared-word" …).
    evidence: str | None = None
    # A piped link's target text was removed from the clean text; False for a suspected remnant kept as written.
    collapsed: bool = False
    # The gloss without wiki markup, for people to read (pipeline.cleaning.glossary.clean_gloss); set by the stage.
    gloss_clean: str | None = None


@dataclass(slots=True)
class Sentence:
    sentence_id: int
    start: int  # clean offsets
    end: int
    section_id: int | None = None  # the innermost section whose heading precedes it (set by nlp)


@dataclass(slots=True)
class Block:
    start: int
    end: int
    is_heading: bool


@dataclass(slots=True)
class Section:
    section_id: int
    heading: str
    level: int
    path: str
    start: int  # clean offset of the heading
    end: int    # clean offset where the section (with its subsections) ends


@dataclass(slots=True)
class CitationRecord:
    kind: str
    raw_start: int
    raw_end: int
    text: str
    fields: dict
    sentence_id: int | None = None  # the sentence it was glued to (set by the cite stage; None for a list entry)


@dataclass(slots=True)
class Entity:
    start: int  # clean offsets
    end: int
    text: str
    label: str
    source: str  # "model" | "gazetteer"
    link_target: str | None
    party_id: str | None = None  # the party it names (pipeline.stories.party_names), None for a place or a thing
    sentence_id: int | None = None  # where it stands (set by the entities stage; None between sentences)
    section_id: int | None = None


@dataclass(slots=True)
class Timex:
    start: int  # offsets into the text given to tag()
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None
    range_id: int | None
    anchored: bool
    # A BC value's days as numpy datetime64 (Python's date stops at year 1), set by the timexes stage.
    date_start: date | None
    date_end: date | None
    zone: str = "body"  # "body" or "heading"
    rule: str | None = None  # the grammar rule that found it (pipeline.timex.rules), "model" for spaCy's
    sentence_id: int | None = None  # set by the timexes stage (None in a heading or between sentences)


@dataclass(slots=True)
class Event:
    timex_index: int | None    # index of the (first) timex in doc.layers["timexes"]; None: dated_by sentence or document
    date_text: str
    date_start: date | None
    date_end: date | None
    granularity: str | None
    trigger: str | None          # None for a verbless fragment
    actors: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    theme: str | None = None     # the thing acted on when it is not a party ("Treaty of Rapallo", "armistice")
    resolved: list[str] = field(default_factory=list)  # names inferred from a pronoun or collective phrase
    # Where each resolved name came from: "reference" (a pronoun, a collective phrase or "the pact"),
    # or for an agreement's parties "gloss", "name" or "earlier-event" (pipeline.events.agreement_parties).
    resolved_from: list[str] = field(default_factory=list)
    sentence_start: int = 0    # clean offsets of the sentence stating it
    sentence_end: int = 0
    means: str | None = None  # the happening through which it happened ("with its invasion of …": invasion)
    trigger_start: int | None = None  # clean offsets of the trigger word
    trigger_end: int | None = None
    # Aligned with actors and participants: each party's words as written ("USSR", "they", "Molotov's").
    actor_mentions: list[str] = field(default_factory=list)
    participant_mentions: list[str] = field(default_factory=list)
    modality: str = "asserted"  # asserted / planned / negated / hypothetical (pipeline.events.modality)
    sentence_id: int | None = None  # the sentence stating it, and the path of the section it is in
    section_path: str | None = None
    citation_ids: list[int] = field(default_factory=list)  # citations supporting its sentence (from the cite stage)
    # "text": a date written in its sentence dates it; "sentence" or "document": in a news report, only the
    # one date its sentence writes for another word, or the report's own date, and its past tense do
    # (pipeline.events.document_dated; granularity "before", timex_index None); "none": its grammar places it
    # outside the report's weeks and nothing dates it (pipeline.events.report_window; date columns null).
    dated_by: str = "text"
