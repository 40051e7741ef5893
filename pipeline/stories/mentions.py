"""The mentions the stories merge: events rows as :class:`~pipeline.stories.evidence.Mention`, with
what their document lends them.

:func:`mentions_of` reads the events table (party names canonical, kinds of
happening); a news report's mention that names no party, theme or place borrows
from its context, as weaker evidence: the places its sentence or the two before
name (:func:`nearby_places`), else what the document's earlier telling of its kind
names (:func:`antecedents`, in-document event coreference). :func:`place_containment`
reads which state holds which town as the corpus writes it ("Nairobi, Kenya").
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.events.era_states import in_its_era
from pipeline.stories.another_one import says_another
from pipeline.stories.campaign_of import campaign_of
from pipeline.stories.counted_parties import with_its_count
from pipeline.stories.deadline_kinds import deadline_kind
from pipeline.stories.deadlines import deadline, shared_deadlines
from pipeline.stories.document_story import document_stories
from pipeline.stories.found_kinds import found_kinds
from pipeline.stories.leader_states import lend_ruled_states
from pipeline.stories.state_bodies import lend_body_states
from pipeline.stories.venues import lend_venues
from pipeline.stories.noun_number import noun_number, theme_number
from pipeline.stories.said_content import said_names
from pipeline.stories.worded_kinds import worded_kinds
from pipeline.stories.evidence import ASSERTED, NEARBY_SENTENCES, Mention, _by_key, _date_relation, _listed, \
    _text, place_key
from pipeline.stories.party_names import PartyNames
from pipeline.stories.places import capital_regions
from pipeline.stories.report_subjects import report_subjects
from pipeline.stories.sentence_tellings import sentence_tellings
from pipeline.stories.title_bodies import headed_bodies, known_parties
from pipeline.stories.triggers import AGREEMENT_VERBS, POWER, becomes_member, comes_to_power, head_noun, \
    is_agreement, is_event_noun, is_named, light_theme, moves_in, named_agreement, piercing_kind, trigger_kinds

_FORCE_WORDS = re.compile(r"\b(army|armies|troops|forces?|fleet|navy|wehrmacht|corps|divisions?|brigades?|"
                          r"regiments?|legions?|militias?|guards?|panzer|infantry|cavalry|marines)\b", re.I)


def mentions_of(events: pd.DataFrame, names: PartyNames) -> list[Mention]:
    """The events table's rows as mentions, party names canonical."""
    out = []
    known = known_parties(names.all(_listed(v)) for c in ("actors", "participants") for v in events[c])
    for r in events.itertuples(index=False):
        start = r.date_start if not pd.isna(r.date_start) else None
        end = r.date_end if not pd.isna(r.date_end) else None
        actors = names.all([in_its_era(n, start, end) for n in names.all(_listed(r.actors))])
        participants = names.all([in_its_era(n, start, end) for n in names.all(_listed(r.participants))])
        trigger, theme, sentence = _text(r.trigger), _text(r.theme), _text(getattr(r, "sentence", None))
        actors = actors + headed_bodies(sentence, actors, names, known, names.is_state)  # "INS Commissioner Meissner"
        if theme is None and trigger and trigger.lower() in AGREEMENT_VERBS:
            # "acceded to the Treaty of Tarsk": an agreement the sentence names is what the verb acts on.
            theme = named_agreement(sentence)
        states = {n for n in [*actors, *participants] if names.is_state(n)}
        by_force = any(a in states or _FORCE_WORDS.search(a) for a in actors)
        kinds = trigger_kinds(trigger, theme, by_force)
        # The words either side of the trigger, read once: several kinds and the deadline look at them.
        after = _after_trigger(sentence, *_offsets(r, "trigger_end", "clean_start"))
        before = _before_trigger(sentence, *_offsets(r, "trigger_start", "clean_start"))
        pierced = piercing_kind(trigger, before)
        if becomes_member(trigger, sentence):
            kinds = frozenset({"join"})  # "became full members of the alliance" is its joining
        elif comes_to_power(trigger, after):
            kinds = frozenset({POWER})  # "came to power", "became chancellor": not a coming, an occupation
        elif pierced:
            kinds = frozenset({pierced})  # "the bullet tore through his window" is a shooting
        elif by_force and moves_in(trigger, after):
            kinds = frozenset({"invade"})  # "Tarvian troops swept into Lusk": entering by force
        kinds = found_kinds(kinds, trigger, theme, after, before, actors, participants, states)
        kinds = worded_kinds(kinds, trigger, theme, after, before)
        kinds, theme = deadline_kind(kinds, trigger, theme, after)  # "extended its deadline", "given them until"
        means = _text(getattr(r, "means", None))
        if kinds and means:
            kinds = kinds | trigger_kinds(means)  # "terminated the pact with its invasion" tells the invasion
        if campaign := campaign_of(kinds, participants, after):  # "swept through Prague in the occupation of Tarvia"
            kinds, participants = kinds | campaign[0], participants + names.all([campaign[1]])
            states |= {n for n in participants if names.is_state(n)}
        out.append(Mention(
            key=f"{r.doc_id}#{r.event_id}", doc_id=r.doc_id,
            sentence_id=None if pd.isna(r.sentence_id) else int(r.sentence_id),
            start=start, end=end, granularity=r.granularity if isinstance(r.granularity, str) else None,
            trigger=trigger, kinds=kinds,
            night="night" in str(r.date_text).lower() if isinstance(getattr(r, "date_text", None), str) else False,
            actors=actors, participants=[p for p in participants if p not in actors], states=states,
            places=names.all([whole_place(p, sentence) for p in _listed(r.places)]),
            citations=[f"{r.doc_id}#{c}" for c in _listed(r.citation_ids)],
            theme=None if light_theme(trigger, theme) else with_its_count(theme, sentence),  # "the three countries"
            modality=_text(getattr(r, "modality", None)) or ASSERTED,
            trigger_at=None if pd.isna(getattr(r, "trigger_start", None)) else int(r.trigger_start),
            definite=definite_description(sentence, *_offsets(r, "trigger_start", "trigger_end", "clean_start")),
            plural=_plural(sentence, *_offsets(r, "trigger_end", "clean_start")),
            number=theme_number(theme) if light_theme(trigger, theme) else noun_number(
                sentence, *_offsets(r, "trigger_start", "trigger_end", "clean_start")),
            another=says_another(sentence, theme), said=said_names(trigger, after, actors + participants),
            until=deadline(after)))
    dated_by = [_text(getattr(r, "dated_by", None)) for r in events.itertuples(index=False)]
    sentence_of = {m.key: _text(getattr(r, "sentence", None)) for m, r in zip(out, events.itertuples(index=False))}
    rows = list(events.itertuples(index=False))
    sentence_tellings(out, [tuple(_offsets(r, "trigger_start", "trigger_end", "clean_start")) for r in rows],
                      [sentence_of[m.key] for m in out])
    lend_venues(out, sentence_of)  # "at the Harry S. Truman Library"
    lend_body_states(out, sentence_of, names, names.is_state)  # "the U.S. Immigration and Naturalization Service"
    lend_ruled_states(out, sentence_of, names, names.is_state)  # "U.S. President Clinton ordered the strikes"
    shared_deadlines(out)  # "extended the offer to allow …" runs to the day its document's extension wrote
    within = place_containment(events, names)
    nearby_places(out, dated_by)
    antecedents(out, dated_by, within)
    document_stories(out, _reports(out, dated_by), lambda m: _spots(m, within))  # lent by its document's story
    titles = [_text(getattr(r, "doc_title", None)) for r in events.itertuples(index=False)]
    subject_full_names(out, titles, sentence_of, names)
    article_subjects(out, dated_by, titles, sentence_of, names)
    report_subjects(out, _reports(out, dated_by), sentence_of, names)
    for m in out:
        m.regions = {place_key(q): q for p in (m.places or m.nearby) for q in within.get(place_key(p), ())}
        m.regions.update(capital_regions(m.places or m.nearby, (m.end or m.start).year if (m.end or m.start) else None))
        m.spots = spots_of(m, within, sentence=sentence_of.get(m.key))
    return out


def whole_place(place: str, sentence: str | None) -> str:
    """A place as its sentence writes it whole: the model may tag only the last part of a hyphenated name
    ("Salaam" of "Dar-es-Salaam"), which would be another place than "Dar es Salaam" elsewhere. The
    name's first part is capitalised ("Dar-es-Salaam"; not "pro-Moscow")."""
    if not sentence or "-" not in sentence:
        return place
    found = re.search(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)*-" + re.escape(place) + r"\b", sentence)
    return found.group(0) if found else place


def _offsets(r, *columns: str) -> list[int | None]:
    values = [getattr(r, c, None) for c in columns]
    return [None if v is None or pd.isna(v) else int(v) for v in values]


# "the blast", "these bombings", "Friday's attack", "the suspected car bombings": a happening the reader
# already knows of. A determiner at most three words before the noun (its modifiers between).
_DEFINITE = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her)|['’]s?)\s+(?:[\w\-'’]+\s+){0,3}$",
                       re.I)


def definite_description(sentence: str | None, start: int | None, end: int | None, offset: int | None) -> bool:
    """Whether a trigger is an event noun told as known ("the bombings", "Wednesday's meeting"): the
    words that may refer back to a telling before them. A verb never does ("the man was killed")."""
    if not sentence or start is None or end is None or offset is None:
        return False
    word = sentence[start - offset:end - offset].lower()
    if not word or not (is_event_noun(word) or word.endswith(("ing", "ings"))):
        return False
    return bool(_DEFINITE.search(sentence[:start - offset]))


def _after_trigger(sentence: str | None, end: int | None, offset: int | None) -> str | None:
    """The words of a trigger's sentence after the trigger word, or None when the offsets do not say."""
    if not sentence or end is None or offset is None or not 0 < end - offset <= len(sentence):
        return None
    return sentence[end - offset:]


def _before_trigger(sentence: str | None, start: int | None, offset: int | None) -> str | None:
    """The words of a trigger's sentence before the trigger word, or None when the offsets do not say."""
    if not sentence or start is None or offset is None or not 0 <= start - offset <= len(sentence):
        return None
    return sentence[:start - offset]


def _plural(sentence: str | None, end: int | None, offset: int | None) -> bool:
    """Whether the trigger word is a plural noun ("bombings", "attacks"), by its last letter."""
    return bool(sentence) and end is not None and offset is not None and 0 < end - offset <= len(sentence) \
        and sentence[end - offset - 1] in "sS"


def place_containment(events: pd.DataFrame, names: PartyNames) -> dict[str, set[str]]:
    """Which state holds which place, as the corpus writes it: "in Nairobi, Kenya" (a row's two places
    written as "place, state"). The only gazetteer at hand: a town and its country are one place's
    names only where some document says so."""
    within: dict[str, set[str]] = {}
    for places, sentence in zip(events["places"], events["sentence"] if "sentence" in events else []):
        places = names.all(_listed(places))
        if len(places) < 2 or not isinstance(sentence, str):
            continue
        for p in places:
            for q in places:
                # Not a list of places ("Kenya, Tanzania and Uganda", "in Karachi, Lahore or Quetta").
                if p != q and names.is_state(q) and re.search(
                        r"(?<![,;]\s)(?<!\band\s)(?<!\bor\s)\b" + re.escape(p) + r",\s+(?:the\s+)?" + re.escape(q)
                        + r"\b(?!\s*(?:,|;|\band\b|\bor\b))", sentence):
                    within.setdefault(place_key(p), set()).add(q)
        _town_state_lists(sentence, places, names, within)
    return within


def _town_state_lists(sentence: str, places: list[str], names: PartyNames, within: dict[str, set[str]]) -> None:
    """"at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania": two items joined by "and", each
    a place and the state after it, say which holds which. (The corpus tags towns as states too, so a
    plain list of four states, "Tarvia, Orm, Lusk, Vell", says nothing: the "and" must join two pairs.)"""
    states = [p for p in places if names.is_state(p)]
    if len(places) < 4 or len(states) < 2:
        return
    def alternatives(found: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
    pair = r"\b(" + alternatives(places) + r"),\s+(?:the\s+)?(" + alternatives(states) + r")\b"
    chain = re.compile(r"(?<![,;]\s)" + pair + r",?\s+(?:and|or)\s+" + pair + r"(?!\s*,\s*[A-Z])")
    for found in chain.finditer(sentence):
        town_a, state_a, town_b, state_b = found.groups()
        if len({town_a, state_a, town_b, state_b}) == 4:
            within.setdefault(place_key(town_a), set()).add(state_a)
            within.setdefault(place_key(town_b), set()).add(state_b)


def nearby_places(mentions: list[Mention], dated_by: list[str | None]) -> None:
    """Give a news report's happening naming no party, theme or place the places that other words of its
    sentence name, else those of the nearest of the :data:`NEARBY_SENTENCES` sentences before it: a report
    goes on about where it just said ("A bomb exploded outside the embassy in Tarsk. The blast killed
    twelve."). A history article's sentences get none: they are dated by their own dates."""
    where: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        if m.sentence_id is not None and m.places:
            where.setdefault((m.doc_id, m.sentence_id), set()).update(m.places)
    reports = _reports(mentions, dated_by)
    for m in mentions:
        if m.doc_id not in reports or m.sentence_id is None or m.parties or m.places or is_named(m.theme):
            continue
        for back in range(0, NEARBY_SENTENCES + 1):  # its own sentence first (another word's places)
            found = where.get((m.doc_id, m.sentence_id - back))
            if found:
                m.nearby = sorted(found)
                break


def _reports(mentions: list[Mention], dated_by: list[str | None]) -> set[str]:
    """News reports: the documents some of whose rows their own date dates (a history article's sentences
    are dated by their own dates and read alone)."""
    return {m.doc_id for m, how in zip(mentions, dated_by) if how in ("document", "sentence")}


def spots_of(m: Mention, within: dict[str, set[str]], nearby: bool = True, sentence: str | None = None) \
        -> frozenset[str]:
    """The places a mention says it happened at, by key, a state holding another of them not counted
    ("in Nairobi, Kenya" is one spot, "in Kenya and Tanzania" two); with ``nearby``, for one naming none,
    those its sentences around name. With its ``sentence``, a place written right after another ("in
    Madrid, Spain", "Birmingham, Ala.") may hold it, and does not count: in doubt, fewer spots."""
    names = m.places or m.nearby if nearby else m.places
    keys = {place_key(p) for p in names}
    holders = {place_key(q) for k in keys for q in within.get(k, ())}
    if sentence and m.places:
        holders |= {place_key(q) for p in m.places for q in m.places if p != q and _written_after(p, q, sentence)}
    return frozenset(keys - holders)


def _written_after(town: str, state: str, sentence: str) -> bool:
    """Whether a sentence writes ``state`` right after ``town`` and a comma ("Madrid, Spain"), also by the
    state's abbreviation, which the events give spelled out ("Birmingham, Ala." for Alabama, "Newark,
    N.J." for New Jersey): the abbreviation's letters begin the name, or are the initials of its words."""
    if re.search(re.escape(town) + r",\s+(?:the\s+)?" + re.escape(state) + r"(?![\w-])", sentence):
        return True
    initials = "".join(w[0] for w in state.split()).lower()
    for written in re.findall(re.escape(town) + r",\s+((?:[A-Z][a-z]*\.){1,3})", sentence):
        letters = written.replace(".", "").lower()
        if len(letters) >= 2 and (state.lower().startswith(letters) or letters == initials):
            return True
    return False


def _spots(m: Mention, within: dict[str, set[str]]) -> int:
    """How many places a mention says it happened at, a state holding another of them not counted."""
    return len(spots_of(m, within, nearby=False))


def antecedents(mentions: list[Mention], dated_by: list[str | None], within: dict[str, set[str]] | None = None) \
        -> None:
    """In-document event coreference: a report's happening told by a definite description
    (:func:`definite_description`) that names no party, theme or place, not even in the sentences
    around it ("The suspected bombings occurred minutes apart on Friday"), refers back
    to the document's nearest earlier mention of its kind, at a date compatible with its own, that does
    name some ("Bombs exploded outside the embassy in Tarsk"): it borrows that mention's places (into
    ``nearby``) and parties (``borrowed``), weaker evidence than its own. Where the nearest earlier
    sentence holds two such mentions that disagree (two blasts in two towns), or a singular description
    ("the blast") would borrow a telling of several spots ("bombs in Tarsk and Orm", places held by
    ``within`` counted once), it borrows nothing: in doubt, apart."""
    within = within or {}
    reports = _reports(mentions, dated_by)
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.doc_id in reports and m.sentence_id is not None and m.mergeable:
            by_doc.setdefault(m.doc_id, []).append(m)
    for m in mentions:
        # "Two ministers were hurt in the blast": its parties are its own, where it happened is borrowed.
        if not m.definite or m.doc_id not in reports or m.sentence_id is None or not m.mergeable or m.places \
                or m.nearby or is_named(m.theme):
            continue
        earlier = [o for o in by_doc.get(m.doc_id, ()) if o.sentence_id < m.sentence_id and o.kinds & m.kinds
                   and (o.places if m.parties else o.parties or o.places) and _date_relation(o, m) is not None]
        if not earlier:
            continue
        last = max(o.sentence_id for o in earlier)
        found = [o for o in earlier if o.sentence_id == last]
        if len({(tuple(sorted(o.parties)), tuple(sorted(_by_key(o.places)))) for o in found}) > 1:
            continue
        if not m.plural and _spots(found[0], within) > 1:
            continue  # "the blast" after "bombs went off in Tarsk and Orm": which one?
        m.nearby, m.antecedent, m.lender = list(found[0].places), found[0].key, found[0]
        m.borrowed = [] if m.parties else sorted(found[0].parties)


# Words that refer to someone the sentence does not name: the article's subject, in an encyclopedia entry.
_REFERRING = re.compile(r"\b(?:he|she|his|her|him|it|its)\b", re.I)
_PARTICLES = {"of", "the", "de", "da", "del", "der", "van", "von", "bin", "ibn", "al", "la", "le", "y", "and"}


def article_subjects(mentions: list[Mention], dated_by: list[str | None], titles: list[str | None],
                     sentences: dict[str, str | None], names: PartyNames) -> None:
    """Give an article's mention that names no party, place or named theme the article's subject, its
    title, as weak evidence (``borrowed``, ``subject``), when its sentence refers to someone it does not
    name ("serving from 1961 until his assassination in 1963" in the article on Kennedy) or names the
    subject by the title's last word ("Jobs co-founded the firm" read without its actor). Only a title that
    is a name (every word capitalised, not a state, not a happening or an agreement: not "Winter War");
    never a news report (its sentences borrow from the sentences around, :func:`nearby_places`). It
    only ever matches another mention's own parties, never another borrowing (see ``judge``)."""
    reports = _reports(mentions, dated_by)
    for m, title in zip(mentions, titles):
        if m.doc_id in reports or not title or not m.mergeable or m.parties or m.places or m.nearby \
                or m.borrowed or is_named(m.theme) or not _a_name(title, names):
            continue
        sentence = sentences.get(m.key) or ""
        last = title.split()[-1]
        if _REFERRING.search(sentence) or re.search(r"\b" + re.escape(last) + r"\b", sentence):
            m.borrowed, m.subject = names.all([title]), True


def subject_full_names(mentions: list[Mention], titles: list[str | None], sentences: dict[str, str | None],
                       names: PartyNames) -> None:
    """Name an article's subject by its title where the article gives the subject's full name: a
    biography opens "Anselm Rudolf Varrick was a Tarvian general" under the title "Anselm Varrick", and
    another article calls him Anselm Varrick. A party is renamed only when the title's words are its
    words in order with more besides (an initial standing for its word: "D." for "Delano"), and one of the
    article's sentences opens with it (the lead that defines the subject): the article's other people of
    that surname (his son "Anselm Tomas Varrick", named later) keep their names."""
    told: dict[str, set[str]] = {}
    parties: dict[str, set[str]] = {}
    named = {doc for doc, title in {(m.doc_id, t) for m, t in zip(mentions, titles) if t}
             if len(title.split()) > 1 and _a_name(title, names)}
    for m in mentions:
        if m.doc_id not in named:
            continue
        told.setdefault(m.doc_id, set()).add(sentences.get(m.key) or "")
        parties.setdefault(m.doc_id, set()).update(m.parties)
    openings = {doc: {p for p in parties[doc] if any(re.match(r"(?:[A-Z][\w.]*\s+)?" + re.escape(p) + r"\b", s)
                                                     for s in told[doc])} for doc in parties}
    for m, title in zip(mentions, titles):
        full = openings.get(m.doc_id)
        if not full or not title:
            continue
        canonical = names.all([title])
        if not canonical:
            continue
        rename = {p: canonical[0] for p in full if p != canonical[0] and _words_in_order(title.split(), p.split())}
        if rename:
            m.actors = list(dict.fromkeys(rename.get(a, a) for a in m.actors))
            m.participants = [q for q in dict.fromkeys(rename.get(p, p) for p in m.participants)
                              if q not in m.actors]


def _words_in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` are words of ``long`` in order, ``long`` having more ("D." may
    stand for "Delano")."""
    if len(long) <= len(short):
        return False
    i = 0
    for w in long:
        if i < len(short) and (w == short[i] or short[i].endswith(".") and len(short[i]) == 2
                               and w.startswith(short[i][0]) and len(w) > 1):
            i += 1
    return i == len(short)


def _a_name(title: str, names: PartyNames) -> bool:
    """Whether an article's title is a name of one party: every word capitalised (bar particles), at most
    five words, no digits, not a state, not a happening ("Winter War", "Battle of Orm") nor an agreement."""
    words = title.replace("–", " ").split()
    if not words or len(words) > 5 or any(ch.isdigit() for ch in title) or "," in title:
        return False
    if any(not w[:1].isupper() and w.lower() not in _PARTICLES for w in words):
        return False
    return not names.is_state(title) and not is_agreement(title) and not is_event_noun(head_noun(title))
