"""events: one row per dated statement, read off the parse around each date.

Every DATE (or dated TIME) expression in a body sentence gives one event when a word
names its happening (a list entry, "Tarsk Field, 2 May 1943", gives none; a date said twice
for one word gives one); the two ends of a range give one, and a verb coordinated with the
trigger that shares its date gives its own (:mod:`pipeline.events.coordination`), and so does a happening noun the
date follows (:mod:`pipeline.events.dated_nouns`). Its trigger and actors come from
:mod:`pipeline.events.triggers`, its participants, places and theme from
:mod:`pipeline.events.roles`; pronouns and collective phrases ("it", "they", "the two
countries") are resolved by :mod:`pipeline.events.coreference` and listed in ``resolved``. Names are the link target where the document links
an entity, so ``Molotov``, ``Vyacheslav Molotov`` and ``Molotov's`` come out
as one name.
"""

from __future__ import annotations

from collections import deque
from datetime import date

from pipeline.events.agreement_parties import agreement_parties
from pipeline.events.date_bounds import bounded, until_a_happening
from pipeline.timex.spans import past_stretch
from pipeline.events.document_dated import document_dated_events
from pipeline.core.document import Document
from pipeline.stories.party_names import document_canonicaliser
from pipeline.events.document_names import document_names
from pipeline.events.lead_titles import lead_title, title_core
from pipeline.events.party_themes import drop_party_themes
from pipeline.events.row_parties import settle_row_parties
from pipeline.events.figures import no_news_happening, told_as_done
from pipeline.events.filters import not_a_happening, tells_a_post
from pipeline.events.baseline_dates import period_of_a_figure
from pipeline.events.clause_nouns import clause_nouns
from pipeline.events.journeys import journey_of
from pipeline.events.planned_gatherings import planned_gathering, still_to_come
from pipeline.events.gathering_participles import gathering_participles
from pipeline.events.agreement_clauses import agreement_clauses
from pipeline.events.attempt_clauses import when_of_attempt
from pipeline.events.describing_participles import described_not_done
from pipeline.events.coordination import coordinated
from pipeline.events.when_clauses import in_another_when_clause, in_when_clause, when_verbs
from pipeline.events.state_ends import continued_from_the_start, drop_state_ends
from pipeline.events.finer_twins import drop_coarser_twins
from pipeline.events.era_dates import era_describes
from pipeline.events.name_years import name_year
from pipeline.events.happening_words import role_verb, set_for, unfolding_subject
from pipeline.events.past_tense import went_off
from pipeline.events.office_spells import office_spell, spell_left_open
from pipeline.events.phrase_triggers import phrase_lemma, theme_beside
from pipeline.events.taken_place import retitle_taken_place
from pipeline.events.news_states import no_news_state
from pipeline.events.relations import no_happening_told
from pipeline.events.standings import no_standing_happening
from pipeline.events.dated_nouns import dated_noun, shared_settings
from pipeline.events.triggers import better_word, lemma_of, means_of, trigger_of
from pipeline.events.describing_dates import describes_a_party
from pipeline.events.date_groups import date_interval, dated_groups, is_dated
from pipeline.core.layers import (
    CITATION_SUPPORT, ENTITIES, EVENTS, LINKS, SECTIONS, SENTENCES, SPACY_DOCS, TIMEXES, at_or_before, section_index, sentence_index,
)
from pipeline.events.modality import ASSERTED, PLANNED, modality_of
from pipeline.core.records import Event
from pipeline.events.coreference import Paragraphs, document_pair
from pipeline.nlp.parse_needs import event_cues
from pipeline.core.registry import StageContext, stage
from pipeline.events.role_reader import RoleReader
from pipeline.timex.values import granularity


# links (glossary snippets name an agreement's parties), sections (where a passage starts; the
# title, its first heading, names the two parties of "X–Y relations"), citation_support (the
# citations of an event's sentence, from the cite stage)
@stage("events", reads=(SPACY_DOCS, SENTENCES, ENTITIES, TIMEXES, LINKS, SECTIONS, CITATION_SUPPORT), writes=(EVENTS,),
       spacy=("ner",), parse=event_cues)
def events(doc: Document, ctx: StageContext) -> Document:
    model = ctx.model()
    lemmatizer = model.get_pipe("lemmatizer") if "lemmatizer" in model.component_names else None
    chunks = doc.layers["spacy_docs"]
    chunk_starts = [offset for offset, _ in chunks]
    entities = sorted(doc.layers["entities"], key=lambda e: e.start)
    names = document_names(entities, doc.text)
    paragraphs = Paragraphs(chunks, entities, names, lead_title(doc))
    # "X–Y relations" names the pair in the title, or in the first line of a plain file (not its title).
    heads = doc.layers["sections"]
    pair = document_pair(doc.title) or (document_pair(heads[0].heading) if heads and heads[0].level == 1 else None)
    if pair is not None:
        pair = (names.by_text.get(pair[0], pair[0]), names.by_text.get(pair[1], pair[1]))
    timexes = doc.layers["timexes"]
    sentences = doc.layers["sentences"]  # ids are list positions
    sentence_of = sentence_index(sentences)
    section_of = section_index(heads)
    path_of = {sec.section_id: sec.path for sec in heads}
    canonical = document_canonicaliser(entities, names)
    support = doc.layers["citation_support"]
    read_roles = RoleReader(paragraphs, canonical, pair)
    events: list[Event] = []
    # A date and, for a verb coordinated with its trigger, that verb (None: the date's own trigger).
    pending = deque((group, None) for group in dated_groups(timexes, doc.text))
    times_told: dict[int, str] = {}  # a row's id -> the time of day a second date of it told
    closed_by: dict[int, int] = {}  # a date closing a span (pipeline.events.date_bounds) -> the span's trigger
    bounded_rows: set[int] = set()  # ids of rows a "since" or "before" bounds (pipeline.events.date_bounds)
    while pending:
        group, conjunct = pending.popleft()
        first, last = timexes[group[0]], timexes[group[-1]]
        k = at_or_before(chunk_starts, first.start)
        if k < 0:
            continue
        offset, parsed = chunks[k]
        span = parsed.char_span(first.start - offset, last.end - offset, alignment_mode="expand")
        if span is None:
            continue
        sentence_id = sentence_of(first.start)
        if sentence_id is None:
            continue
        s_start, s_end = sentences[sentence_id].start, sentences[sentence_id].end
        if describes_a_party(span):
            continue
        # A conjunct sharing the date is a verb of its own; a light one hands over too ("and began building").
        trigger = trigger_of(span) if conjunct is None else better_word(conjunct, span)
        if conjunct is None and trigger is not None and (done := described_not_done(trigger)) is not None:
            trigger = done  # "put … and accused killer Kopp on the list Monday": the putting
        if conjunct is None:  # "from 1588, when the Republic was established, …": the clause's verb, at the date
            # (also when the date's own word tells no happening: "a period which lasted from 1588, when …")
            pending.extendleft((group, w) for w in reversed(when_verbs(span)) if trigger is None or w.i != trigger.i)
        if trigger is None:
            # A list entry or heading with no word naming a happening ("Tarsk Field, 2 May 1943 – 6 May
            # 1943"): a row that names nothing is worse than none; the date stays in the timexes table.
            continue
        if in_another_when_clause(trigger, span):
            continue  # "from 1799, when Orm captured Lusk, to 1849": the capture is 1799's (pipeline.events.when_clauses)
        noun = dated_noun(trigger, span) if conjunct is None else None
        if noun is not None and noun[1]:
            trigger = noun[0]  # "died within weeks of his capture on 26 March": the capture's date
        trigger_lemma = lemma_of(trigger, lemmatizer)
        # "was also King of Bohemia from 1419": a reign begun (pipeline.events.office_spells)
        spell = office_spell(trigger, span) if trigger_lemma == "be" else None
        if went_off(trigger, trigger_lemma):
            trigger_lemma = "go off"  # "the bomb went off at 10 a.m."
        elif spell is not None:
            trigger_lemma = spell
        # "An explosion ripped through the embassy on Friday": the row is the noun's; the verb's parties,
        # places and conjuncts ("…, killing 241") are the happening's.
        subject = unfolding_subject(trigger.head, span) if trigger.dep_ == "nsubj" else None
        verb = trigger.head if subject is not None and subject.i == trigger.i else trigger
        if (staging := role_verb(trigger, span)) is not None:
            verb = staging  # "The Yalta Conference was held … between Roosevelt, Churchill and Stalin"
        unhappening = not_a_happening(span, trigger, trigger_lemma, doc.kind) if conjunct is None else (
            "post" if tells_a_post(trigger, trigger_lemma) else
            no_news_happening(span, trigger, trigger_lemma) if doc.kind == "news" else None)
        if unhappening is None and doc.kind != "news":
            unhappening = era_describes(span, trigger, trigger_lemma)  # "a major figure of 20th-century art"
        if unhappening is None:
            unhappening = no_happening_told(span, trigger, trigger_lemma)  # "capital gains offset the payments"
        if unhappening is None and doc.kind == "news":
            unhappening = no_news_state(trigger, trigger_lemma)  # "surfaced holding small stakes last year"
        if unhappening is None and doc.kind != "news":
            unhappening = no_standing_happening(span, trigger, trigger_lemma)  # "at its height the empire covered"
        if unhappening is None:  # "the Treaty of 1824 divided", "Ottoman Syria (1516–1918) was occupied"
            others = [parsed.char_span(t.start - offset, t.end - offset, alignment_mode="expand") for t in timexes
                      if s_start <= t.start < s_end and t.start not in (first.start, last.start) and is_dated(t)]
            unhappening = name_year(span, trigger, trigger_lemma, [o for o in others if o is not None])
        if conjunct is None and unhappening in (None, "state", "light", "figure", "view"):
            if noun is not None and not noun[1]:
                pending.appendleft((group, noun[0]))  # "spoke at a news conference on Friday": both then
            # "announced at a summit on 9 July", "took the boy in a raid on 22 April": one inside the other.
            pending.extendleft((group, other) for other in reversed(shared_settings(trigger, span)))
            pending.extendleft((group, noun) for noun in clause_nouns(trigger, span))  # "shootings that injured … in May"
            pending.extendleft((group, noun) for noun in journey_of(trigger, span))  # "on a visit to Orm, asked … Monday"
            pending.extendleft((group, v) for v in when_of_attempt(verb, span))  # "trying to cross in May when it sank"
            pending.extendleft((group, g) for g in gathering_participles(verb, span))  # "read to rallying crowds"
            pending.extendleft((group, c) for c in agreement_clauses(verb, span, lemmatizer))  # "signed X, which created"
            # "On 2 May the army captured Tarsk and burned the mill": each verb sharing the date is a row
            # (also after a state: "in 1805 the army had 3,000 men when it crossed the river").
            # A history's day closed by a comma is its clause's alone ("signed on 7 June 1494, and ratified in Lusk").
            by_the_day = (first.type == "TIME" or granularity(first.value) == "day") and not (
                doc.kind != "news" and doc.text.startswith(",", last.end))
            pending.extendleft((group, other) for other in reversed(coordinated(verb, span, by_the_day)))
        if conjunct is None and unhappening == "figure" and trigger.pos_ == "NOUN" and \
                trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB" and \
                not period_of_a_figure(span, trigger, first, doc.reference_date):
            # "announced a 12% rise in profit on Tuesday": the figure is no happening, telling it is (but
            # "reported a third-quarter loss": the quarter is the loss's, not the reporting's).
            pending.appendleft((group, trigger.head))
        if unhappening is not None:
            continue  # a name's year, a source's, a state's, a yearly custom's (pipeline.events.filters)
        if closed_by.get(first.start) == offset + trigger.idx:
            continue  # "ruled from 1954 until his overthrow in 1989": 1989 is the overthrow's, the ruling has its span
        modality = modality_of(trigger, span)
        if modality == ASSERTED and set_for(trigger):
            modality = PLANNED  # "a summit set for April 1921": a plan's date (its holding is another row)
        gathering = planned_gathering(trigger, modality, lemmatizer) if doc.kind == "news" else None
        if gathering is not None:  # "will hold a summit in Vell next week": a planned row of the summit
            trigger, trigger_lemma = gathering, lemma_of(gathering, lemmatizer)
        if modality != ASSERTED and doc.kind == "news" and not told_as_done(trigger) and gathering is None:
            # A report's forecast, plan, hypothesis or denial ("will develop the chip next year", "could help
            # slash costs"): no happening of its date. A history's planned invasion keeps its row and its
            # modality (a story told after the fact says what came of the plan).
            continue
        date_start, date_end = date_interval(first, last, doc.text, doc.kind == "news")
        if gathering is not None and not still_to_come(date_end, doc.reference_date):
            continue  # "the summit in April" of a December report read as the April before: a plan is never past
        if doc.kind == "news" and _after_the_report(date_start, doc.reference_date) and \
                not _told_as_past(trigger, span) and gathering is None:
            continue  # "will join on March 12 in a ceremony", "next week's election": a plan or a forecast
        own_days = (date_start, date_end)
        when_own = conjunct is not None and in_when_clause(span, conjunct)  # "1588, when …": the date, no bound
        reach = until_a_happening(doc.text, first.start, first.end, timexes[group[-1] + 1:group[-1] + 4],
                                  offset + trigger.idx) \
            if first is last and date_start is not None and doc.kind != "news" and not when_own else (False, None, None)
        if reach[0]:  # "serving from 1933 until his death in 1945", "emperor from AD 14 until his death"
            date_end = reach[1]
            if reach[2] is not None:
                closed_by[reach[2].start] = offset + trigger.idx
        elif first is last and not when_own:  # "signed before 2001", "has repaid since June": the date bounds the happening
            date_start, date_end = bounded(date_start, date_end, doc.text, first.start,
                                           doc.reference_date if doc.kind == "news" else None, first.type == "TIME",
                                           first.end, _from_a_verb(span), offset + trigger.idx)
        if spell is not None and trigger_lemma == spell and first is last and not reach[0] \
                and spell_left_open(doc.text, first.start, first.end):
            date_end = None  # "was King of Portugal from 1580, and …": a spell begun, its end not told here
        # One happening told with two dates ("in a dawn raid on 22 April", "On 9 May … that night",
        # "In 1910, on October 5, a revolution …"): one row, at the finer date (:func:`_one_happening`).
        # A bounded row ("since 1949 … expanded in 1955") holds the other dates without being their happening.
        same = [] if (date_start, date_end) != own_days else [
            (e, _one_happening(e, timexes[e.timex_index], first, offset + trigger.idx, (date_start, date_end)))
            for e in events[-8:] if id(e) not in bounded_rows]
        held = next((e for e, keep in same if keep == "earlier"), None)
        if held is not None:
            # "On 9 May … shelled at dawn and again that night": a second time of the day the row
            # already holds one of is a second happening.
            told = times_told.setdefault(id(held), first.value or "")
            if told == (first.value or "") or told.startswith(first.value or "") or (first.value or "").startswith(told):
                continue
        dropped = {id(other) for other, keep in same if keep == "later"}
        if dropped:  # (a set: testing every row against every pair made this quadratic)
            events[:] = [e for e in events if id(e) not in dropped]
        roles = read_roles(k, verb, s_start, s_end, skip=(first.start, last.end))
        events.append(Event(
            timex_index=group[0], date_text=doc.text[first.start:last.end],
            date_start=date_start, date_end=date_end,
            granularity="day" if first.type == "TIME" else past_stretch(first) or granularity(first.value),
            # The filters above read the verb's own lemma; the row names the phrase ("took part", "became
            # independent" → independence).
            trigger=phrase_lemma(trigger, trigger_lemma), actors=roles.actors,
            participants=roles.participants, places=roles.places,
            theme=None if verb.i != trigger.i and (trigger.dep_ == "nsubjpass" or gathering is not None) else theme_beside(
                roles.theme, phrase_lemma(trigger, trigger_lemma), trigger_lemma),
            resolved=roles.resolved, resolved_from=["reference"] * len(roles.resolved),
            actor_mentions=roles.actor_mentions, participant_mentions=roles.participant_mentions,
            sentence_start=s_start, sentence_end=s_end,
            means=lemma_of(means, lemmatizer) if (means := means_of(trigger)) is not None else None,
            trigger_start=offset + trigger.idx, trigger_end=offset + trigger.idx + len(trigger),
            modality=modality, sentence_id=sentence_id,
            section_path=path_of.get(section_of(s_start)), citation_ids=list(support.get(sentence_id, []))))
        retitle_taken_place(events[-1], trigger, title_core(paragraphs.title), chunks[0][1] if chunks else None)  # "It took place …" in "Tarvian Revolution": the revolution
        if (date_start, date_end) != own_days:
            bounded_rows.add(id(events[-1]))
    events[:] = drop_state_ends(events, timexes, doc.text)  # "proclaimed … in 1945 … until 25 August 1945"
    continued_from_the_start(events, doc.text)  # "began on 5 January, …, and continued until 21 August"
    events[:] = drop_coarser_twins(events, timexes, doc.text)  # "The 1931 floods were floods … from June to August 1931"
    _add_agreement_parties(doc, events, paragraphs.states, canonical)
    # A news report's past happenings that no written date dates: dated by the report's own date.
    events += document_dated_events(doc, chunks, sentence_of, sentences, events, read_roles, lemmatizer,
                                    lambda start: path_of.get(section_of(start)), support)
    settle_row_parties(events, doc.text)  # "British" of 1760 is Great Britain, each party once (pipeline.events.row_parties)
    drop_party_themes(events)  # "fought the Aztecs": a party, not the thing acted on
    doc.layers["events"] = events
    return doc


def _one_happening(earlier: Event, before, first, trigger_start: int, interval: tuple) -> str | None:
    """Whether a date dates the same happening as an earlier row of the same word, and which row
    keeps it: ``"earlier"``, ``"later"`` (the finer date; of one day, the day's words) or None (two rows). The same word with
    dates that hold one another is one happening told at two precisions ("at dawn on 4 June",
    "the morning of 3 May", "In 1910, on October 5"); two times of one day told apart ("at dawn
    and again that night") and dates apart ("on 3 May and on 9 May") are two."""
    if earlier.trigger_start != trigger_start or None in (earlier.date_start, earlier.date_end, *interval):
        return None
    (start, end), (e_start, e_end) = interval, (earlier.date_start, earlier.date_end)
    try:
        if (start, end) == (e_start, e_end):
            # "On 9 May … that night", "as dawn broke Saturday": the row keeps the day's words (the
            # interval is the day either way; the news links a happening to its day).
            old, new = before.value or "", first.value or ""
            if new.startswith(old):
                return "earlier"
            return "later" if old.startswith(new) else None
        if e_start <= start and end <= e_end:
            # "the deaths of 2 million from 1975 to 1979, around 25% of the population in 1975": a written
            # range keeps its row; a year inside it told after it dates a figure, not the happening.
            return "earlier" if before.range_id is not None and first.range_id is None else "later"
        if start <= e_start and e_end <= end:
            return "earlier"
    except TypeError:  # a BC day and an AD one: never the same happening's two precisions
        return None
    return None


def _after_the_report(start, reference) -> bool:
    """Whether a news row's date begins after the day the report was written: what it tells has not
    happened yet (the report's own plans and forecasts); a BC start or no reference is never after."""
    if start is None or reference is None or not isinstance(start, date):
        return False
    return start > reference


def _told_as_past(word, span) -> bool:
    """Whether the clause of a word is in the past ("the deadline passed on April 20"): a date after the
    report's day there is a year resolved wrong, not a plan, and the row stays. A noun the date itself
    modifies ("next week's election") is the date's, whatever the clause around it."""
    if word.pos_ == "NOUN" and any(t.i == span.root.i for t in word.subtree):
        return False
    for _ in range(8):
        if word.pos_ in ("VERB", "AUX"):
            aux = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
            if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux):
                return False  # "will join", "is to be held"
            return word.tag_ in ("VBD", "VBN") or any(a.tag_ in ("VBD", "VBN") for a in aux)
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _from_a_verb(span) -> bool:
    """The date is the object of a "from" hanging from a verb ("occupied the castle from circa 1190")."""
    root = span.root
    # Not fronted: "From 1620 on the banks of the Orm the family farmed" may be a setting, not a span opened.
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ in ("VERB", "AUX") and \
        root.head.i > root.head.head.i


def _add_agreement_parties(doc: Document, events: list[Event], states: list[str], canonical) -> None:
    """"The Moscow Peace Treaty was signed on …": the parties of an agentless agreement, from its
    link's gloss, its name or the conflict told before it (:mod:`pipeline.events.agreement_parties`)."""
    glosses: dict[str, str] = {}
    for link in doc.layers.get("links", []):
        if link.kind == "glossary" and link.gloss:
            glosses.setdefault(link.anchor, link.gloss)
            if link.target:
                glosses.setdefault(link.target, link.gloss)
    section_starts = sorted(sec.start for sec in doc.layers.get("sections", []))
    for i, event in enumerate(events):
        k = at_or_before(section_starts, event.sentence_start)
        found = agreement_parties(event, events[:i], glosses, states, section_starts[k] if k >= 0 else 0)
        if found is None:
            continue
        parties, rule = found
        for name in parties:
            name = canonical(name)
            if name not in event.resolved:
                event.resolved.append(name)
                event.resolved_from.append(rule)
