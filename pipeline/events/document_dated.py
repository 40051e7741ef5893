"""Rows for a news report's past happenings that no written date of their own dates.

A news report tells its happenings in the past tense and often names no date for them ("the bomb went
off, killing 247 people"; "police arrested two men"): the reader dates them by the day the report was
written, or by the one date their sentence writes for another word ("was found on Thanksgiving Day after
the boat sank"). The events stage makes one row per date written in a sentence; this module adds, for documents of kind ``news`` with a ``reference_date``, one row
per happening word told as past (a verb in the past tense, the present perfect,
a past passive or progressive, what a witness told as past watched happen, or an
event noun governed by one of them, through an infinitive only when it came before) that no row of
a written date already has as its trigger.

Such a row says some day of the :data:`WINDOW_DAYS` days up to a date:
``granularity`` is ``before``, ``date_end`` the date, ``date_text`` and the
timex empty, and ``dated_by`` says which date: ``sentence`` (the one date its
sentence writes) or ``document`` (its sentence writes none, or only dates of the
report's weeks); rows of a written date say ``text``. A noun a written date modifies ("last year's
bombings", but the row of "last year" went to another word) takes that date, ``text``, never the report's.
A definite description ("the blast") that its sentence does not date, told after the report's nearest
earlier telling of its kind was dated before the report's weeks ("last year's blasts"), refers back to it
and takes its date (``dated_by`` ``earlier``). A happening whose anniversary its sentence tells ("today,
the 39th anniversary of the invasion") is dated that many years before the date that dates it, and gets
no row when the sentence does not say how many. A sentence writing several dates, some of another time,
dates no other word: whose would it be? Only asserted happenings get such a row: a plan or a denial dated
by nothing of its own says too little, and so does a past happening of a sentence that goes on with a story
its report told years back (pipeline.events.backstory.news_windows). Its places are also read off its own
phrase and, for an event noun, its verb's clause (:func:`phrase_places`), since stories merge on them.
A happening its grammar places outside the report's weeks ("has since sold", "evolved over several years")
stays undated (``dated_by`` ``none``, pipeline.events.report_window, which also says which date of its
sentence a word takes). A death retold without a date takes the one the report gave it
(pipeline.events.retold_happenings); "in the weeks before the shooting" dates no year
(pipeline.events.unit_stretches). Narrative documents (history articles) get none.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from functools import partial
from typing import Any, Callable

from pipeline.events.date_owners import scene_of
from pipeline.core.records import Event
from pipeline.events.names import Names
from pipeline.events.modality import ASSERTED, modality_of
from pipeline.events.ordered_happenings import ordered_known_happening
from pipeline.events.after_dated_nouns import after_clause_noun
from pipeline.events.past_tense import happening_tokens, went_off
from pipeline.events.light_links import met_happening
from pipeline.events.plan_dates import infinitive_days
from pipeline.events.phrase_triggers import phrase_lemma
from pipeline.events.triggers import is_located, lemma_of
from pipeline.stories.party_names import country_name
from pipeline.stories.triggers import same_kind
from pipeline.events.tree import first_conjunct
from pipeline.events.happening_words import unfolding_subject
from pipeline.events.backstory import (
    describing_clause, news_windows, tells_now, told_as_backstory, told_as_before, told_in_the_story,
    told_of_a_period,
)
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS
from pipeline.events.baseline_dates import goal_above
from pipeline.events.clause_dates import in_a_dated_clause, told_in_a_when_clause, told_of_a_dated_noun
from pipeline.events.retold_happenings import retell_deaths
from pipeline.events.unit_stretches import date_unit_stretches
from pipeline.events.anniversaries import anniversary_years, years_before
from pipeline.events.dated_by import BEFORE, DOCUMENT, EARLIER, SENTENCE, TEXT, UNDATED, WINDOW_DAYS  # noqa: F401
from pipeline.events.report_window import dates_for, outside_the_window, sentence_window_start, shared_row, since_row, \
    told_as_a_sequel, undate_the_present_over_years

# (the dated_by values and the window live in pipeline.events.dated_by; their names stay importable here)
# Links that open another clause: what it names is another happening's.
_CLAUSES = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}  # a conjunct verb is skipped as a verb


# A state named as a modifier says whose, not where: "the U.S. embassy in Nairobi" is in Nairobi.
_MODIFIERS = {"compound", "poss", "amod", "nmod"}
# ... unless it modifies a stretch of land or water: "off the Florida coast" is off Florida.
_LAND = {"coast", "shore", "border", "capital", "city", "town", "village", "province", "region", "countryside",
         "territory", "water", "island", "desert", "mountain", "valley", "port", "harbor", "harbour", "frontier"}


def names_whose(token: Any) -> bool:
    """Whether a place's word modifies a thing, saying whose it is, not where: "the blasts at the U.S.
    embassies in Kenya" (the embassies are the United States'; the blasts were in Kenya). Not when it
    modifies a stretch of land or water ("off the Florida coast")."""
    return token.dep_ in _MODIFIERS and token.head.lower_.rstrip("s") not in _LAND


def state_names_whose(span: Any) -> bool:
    """Whether a state's name modifies a thing (:func:`names_whose`): "U.S. embassies", "American ships".
    A town modifying a thing ("at the Nairobi embassy") still says where the thing is."""
    root = span.root
    root = first_conjunct(root)  # "the U.S. and British embassies"
    return not (span.start <= root.head.i < span.end) and names_whose(root) and country_name(span.text) is not None


def is_where(span: Any, trigger: Any) -> bool:
    """Whether a place's name says where a trigger happened: the object of its locative preposition
    (:func:`pipeline.events.triggers.is_located`), or the place a stretch of land so located is of
    ("sank off the coast of Florida", "fighting in the capital of Kenya")."""
    root = span.root
    if is_located(root, trigger):
        return True
    root = first_conjunct(root)
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_.rstrip("s") in _LAND and \
        of.head.pos_ == "NOUN" and is_located(of.head, trigger)


def state_of_land(span: Any, trigger: Any) -> str | None:
    """The state a people's adjective names where it qualifies a stretch of land or water the happening
    was at: "exploded in the Kenyan and Tanzanian capitals" (Kenya, Tanzania), "sank off the Cuban coast"
    (Cuba); else None ("Cuban exiles" are who, :func:`pipeline.events.names.is_adjective`)."""
    root = span.root
    root = first_conjunct(root)
    head = root.head
    if root.dep_ not in ("amod", "compound", "nmod") or head.i == root.i or \
            head.lower_.rstrip("s") not in _LAND or not is_located(head, trigger):
        return None
    return country_name(span.text)


def phrase_places(trigger: Any) -> list[str]:
    """The states and places named in a trigger's own phrase, not in a clause of its own: "the blasts
    next to the U.S. embassies in Kenya and Tanzania" (the United States, Kenya, Tanzania); "a bomb
    ripped through a building next to the embassy in Nairobi" (Nairobi). A noun's place often hangs
    deeper than the roles of a verb look ("in" a phrase "next to" a phrase)."""
    found: list[str] = []
    stack = [c for c in trigger.children if c.dep_ not in _CLAUSES and c.dep_ not in ("nsubj", "nsubjpass")
             or c.pos_ == "NOUN" and c.dep_ == "nsubj" and trigger.pos_ != "NOUN"]
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("VERB", "AUX"):
            continue
        whose = names_whose(tok)
        if tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" and not whose:
            ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
            if ent is not None:
                found.append(Names.clean(ent.text))
        stack += [c for c in tok.children if c.dep_ not in _CLAUSES]
    return sorted(set(found), key=found.index)


def _consequence_verb(noun: Any) -> Any | None:
    """The verb telling what a happening noun did or caused: its subject's verb ("a blast damaged the
    embassy in Nairobi") or the verb it is the cause of ("killed in the blast", "the crater left by
    the blast"); never a verb it only times ("lived in Sudan until after the bombings")."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _trigger_token(chunks: list, starts: list[int], event: Event) -> Any | None:
    """The token of a row's trigger, or None."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    k = bisect_right(starts, event.trigger_start) - 1
    if k < 0:
        return None
    offset, parsed = chunks[k]
    span = parsed.char_span(event.trigger_start - offset, event.trigger_end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _dated_noun(doc: Any, chunks: list, starts: list[int], event: Event) -> int | None:
    """The clean offset of the noun a row's written date modifies ("last year's bombings", "the 1961
    invasion"), or None: that date dates the noun, not its sentence."""
    if event.timex_index is None:
        return None
    timex = doc.layers["timexes"][event.timex_index]
    k = bisect_right(starts, timex.start) - 1
    if k < 0:
        return None
    offset, parsed = chunks[k]
    span = parsed.char_span(timex.start - offset, timex.end - offset, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ in ("poss", "compound", "amod", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
        return offset + root.head.idx
    # "has been arrested in connection with the bombings … last year": the parser hung the date on the verb,
    # and the events stage gave it to the noun (pipeline.events.dated_nouns); the verb is not dated by it.
    trigger = parsed.char_span(event.trigger_start - offset, event.trigger_end - offset) \
        if event.trigger_start is not None and event.trigger_end is not None else None
    if trigger is not None and len(trigger) == 1 and trigger[0].pos_ == "NOUN" and (
            root.head.i == trigger[0].i
            or root.head.pos_ == "VERB" and not any(t.i == root.i for t in trigger[0].subtree)):
        return event.trigger_start
    return None


def _definite(noun: Any) -> bool:
    """A definite description of a happening: "the blast", "these bombings", "its invasion"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss"
                                       for c in noun.children)


def _told_earlier(lemma: str, sentence_id: int, rows: list[Event], places: list[str] = ()) -> Event | None:
    """The row of the report's nearest earlier sentence telling a happening of ``lemma``'s kind, when that
    sentence's rows of its kind agree on one date; else None. A telling that only the weeks before a date
    date (the report's or another word's) and that names no place ("when the bomb went off") says nothing
    of which happening it is, and is passed over; one that names a place is a happening of its own and stops the search. Where both name places,
    they must share one ("the blast in Orm" is not "last year's blast in Tarsk")."""
    earlier = [e for e in rows if e.sentence_id is not None and e.sentence_id < sentence_id
               and e.date_start is not None and e.date_end is not None and same_kind(e.trigger, lemma)
               and not (e.granularity == BEFORE and not e.places)]
    if not earlier:
        return None
    last = max(e.sentence_id for e in earlier)
    found = [e for e in earlier if e.sentence_id == last]
    if len({(e.date_start, e.date_end) for e in found}) != 1:
        return None
    mine = {_place_key(p) for p in places}
    theirs = {_place_key(p) for e in found for p in e.places}
    return found[0] if not (mine and theirs) or mine & theirs else None


def _place_key(name: str) -> str:
    """A place as compared within a report: "Dar-es-Salaam" is "Dar es Salaam"."""
    return " ".join(name.replace("-", " ").lower().split())


def _own_days(doc: Any, event: Event) -> tuple[date, date]:
    """The days a row's written date names, before "since" stretched the row to the report
    (pipeline.events.date_bounds): "have cared for him since November, when he was found" — the finding
    is of November, not of the months since."""
    if event.timex_index is not None:
        timex = doc.layers["timexes"][event.timex_index]
        if isinstance(timex.date_end, date) and event.date_start == timex.date_start and timex.date_end < event.date_end:
            return timex.date_start, timex.date_end
    return event.date_start, event.date_end


def document_dated_events(doc: Any, chunks: list, sentence_of: Callable[[int], int | None], sentences: list,
                          dated: list[Event], read_roles: Callable, lemmatizer: Any,
                          section_path: Callable[[int], str | None], support: dict) -> list[Event]:
    """The rows of a news document's happenings that only its date dates (see the module's docstring);
    ``dated`` are the rows of written dates, whose triggers get no second row."""
    if doc.kind != "news" or doc.reference_date is None:
        return []
    until: date = doc.reference_date
    since = until - timedelta(days=WINDOW_DAYS)
    taken = {e.trigger_start for e in dated if e.trigger_start is not None}
    used = {e.timex_index for e in dated if e.timex_index is not None}  # timexes rows took (pipeline.events.plan_dates)
    starts = [offset for offset, _ in chunks]
    word_of = partial(_trigger_token, chunks, starts)  # a row's trigger token
    undate_the_present_over_years(dated, word_of, doc.layers["timexes"])
    taken |= date_unit_stretches(dated, word_of, doc.layers["timexes"],
                                 lambda t: lemma_of(t, lemmatizer))  # "in the weeks before the shooting": no year
    # A sentence that writes one date dates its other past happenings by it: they happened on it or in the
    # weeks before ("was found on Thanksgiving Day after the boat sank", "said Friday the blast killed 40").
    written: dict[int, set[tuple[date, date]]] = {}
    told: dict[int, list] = {}  # the same days, each with the word it dates (pipeline.events.report_window)
    rows_at = {e.trigger_start: e for e in dated if e.timex_index is not None and e.date_start is not None}
    own_date: dict[int, Event] = {}  # the nouns a written date modifies, by clean offset: the row of that date
    own_clauses: set[int] = set()  # describing clauses that write a date of their own, by their verb's clean offset
    for e in dated:
        if e.sentence_id is None or e.date_start is None or e.date_end is None or e.dated_by == EARLIER:
            continue  # a row dated by another sentence's happening dates nothing of its own sentence
        noun = _dated_noun(doc, chunks, starts, e)
        word = word_of(e)
        clause = describing_clause(word) if word is not None else None
        if clause is not None:
            # "Orme, who went into hiding after the July 1997 coup, returned Monday": that clause tells a time of
            # its own; neither its other words nor the noun it describes take the report's or the sentence's.
            own_clauses.add(chunks[bisect_right(starts, e.trigger_start) - 1][0] + clause.idx)
        if noun is None:
            if clause is not None:
                continue  # "the company, which was founded in the 1920s, was sold": the founding's date alone
            written.setdefault(e.sentence_id, set()).add(_own_days(doc, e))
            told.setdefault(e.sentence_id, []).append((_own_days(doc, e), word))
        else:
            # "arrested in connection with last year's bombings": the year is the bombings' alone; it dates
            # no other word of the sentence, and never lets the report's weeks date the bombings.
            own_date.setdefault(noun, e)
    told_now = {sentence_of(offset + t.idx) for offset, parsed in chunks for t in parsed if tells_now(t)}
    old_story = news_windows(written, until, told_now)  # sentences telling a time years before the report
    out: list[Event] = []
    for k, (offset, parsed) in enumerate(chunks):
        for tok in happening_tokens(parsed, lemmatizer):
            start = offset + tok.idx
            sentence_id = sentence_of(start)
            if start in taken or sentence_id is None or _told_by_its_verb(tok, offset, taken) or scene_of(tok):
                continue  # (scene_of: "as he stood in his kitchen" sets the scene, pipeline.events.date_owners)
            clause_after = None
            if in_a_dated_clause(tok, offset, own_clauses):
                clause_after = after_clause_noun(tok, offset, dated, since)  # "fled after the takeover in 1948"
                if clause_after is None:
                    continue
            dates = dates_for(tok, told.get(sentence_id, []), until)  # not a date of a clause told under its own
            own_row = own_date.get(start) or told_of_a_dated_noun(tok, offset, own_date) or \
                told_in_a_when_clause(tok, offset, doc.layers["timexes"]) or shared_row(tok, offset, rows_at)
            later_than = None if own_row is not None else _after_a_dated_noun(tok, offset, own_date) or clause_after
            if own_row is not None:
                (first, last), dated_by = (own_row.date_start, own_row.date_end), TEXT
            elif later_than is not None and later_than.date_start < since:
                # "investors fled after the 1974 crash": from that date up to the report, not the report's weeks
                (first, last), dated_by = (later_than.date_start, until), SENTENCE
            elif (opened := since_row(tok, offset, rows_at)) is not None:
                (first, last), dated_by = (opened.date_start, until), SENTENCE  # "built since it entered production"
            elif (planned := infinitive_days(tok, offset, doc.layers["timexes"], used, since)) is not None \
                    or len(dates) == 1:  # "invited to join the league in July 1997": the weeks up to July 1997
                (first, last), dated_by = planned or next(iter(dates)), SENTENCE
                first = sentence_window_start(first, last, planned is not None, tok)  # (pipeline.events.report_window)
            elif all(since <= a and b <= until for a, b in dates):
                (first, last), dated_by = (since, until), DOCUMENT
            else:
                continue  # several dates, some of another time ("the 1961 invasion"): whose is it?
            if modality_of(tok) != ASSERTED and not ordered_known_happening(tok):
                continue  # a plan, a denial; not "had ordered the strikes" (a known happening)
            lemma = lemma_of(tok, lemmatizer)  # the parse runs without spaCy's lemmatizer: tok.lemma_ is empty
            if dated_by != TEXT and told_as_backstory(tok, lemma):
                continue  # "the firm, founded by his great-grandfather": years before the report's weeks
            if dated_by != TEXT and goal_above(tok) is not None:
                continue  # "its goal of a reduction of $500 million": what a goal aims at has not happened
            if dated_by != TEXT and told_of_a_period(tok):
                continue  # "profit was hurt in the fiscal year": the period's, which no date here names
            years = anniversary_years(tok) if dated_by != TEXT else None
            if years == 0:
                continue  # "on the anniversary of the invasion": some year before, it does not say which
            if years:
                # "today, the 39th anniversary of the invasion": the weeks that date it, that many years back
                first, last = years_before(first, years), years_before(last, years)
            elif dated_by != TEXT and told_as_before(tok, dated_saying=dated_by == SENTENCE):
                first = None  # "had acquired", "flew on an earlier mission": before the report, since when unsaid
            if dated_by in (DOCUMENT, SENTENCE) and not years and (outside_the_window(tok) or told_as_a_sequel(
                    tok, sentence_id in written, any(b >= since for _, b in written.get(sentence_id - 1, ())))):
                first, last, dated_by = None, None, UNDATED  # "has since sold", "evolved over several years"
            own = own_row  # its own written date (or its dated noun's), else the weeks before one
            s_start, s_end = sentences[sentence_id].start, sentences[sentence_id].end
            roles = read_roles(k, tok, s_start, s_end)
            places = list(roles.places)
            # "a massive blast damaged the embassy in Nairobi", "killed in the blast in Nairobi": where a
            # happening's consequence happened, it happened.
            verb = _consequence_verb(tok)
            for place in phrase_places(tok) + (phrase_places(verb) if verb is not None else []):
                place = read_roles.canonical(place)
                if place and place not in places and place not in roles.actors:
                    places.append(place)
            if dated_by in (DOCUMENT, SENTENCE, UNDATED) and not years and _definite(tok):
                # "Eleven died in the blast in Orm" after "last year's blasts": the blast is last year's. So
                # too where the sentence dates another word ("vanished after the shooting, and the car was
                # found in December"): a definite description refers back, whatever else its sentence dates.
                earlier = _told_earlier(lemma, sentence_id, dated + out, places)
                if earlier is not None and (first is None or earlier.date_start < first):
                    own, (first, last), dated_by = earlier, (earlier.date_start, earlier.date_end), EARLIER
            if dated_by == DOCUMENT and sentence_id in old_story and told_in_the_story(tok, SPEECH_VERB_FORMS):
                continue  # "launched the station in 1980. … He spent six days aboard": 1980's story, no date known
            written_here = own is not None and dated_by == TEXT
            out.append(Event(
                timex_index=own.timex_index if written_here else None, date_text=own.date_text if written_here else None,
                date_start=first, date_end=last, granularity=own.granularity if own else None if dated_by == UNDATED else BEFORE,
                trigger="go off" if went_off(tok, lemma) else phrase_lemma(tok, lemma), actors=roles.actors, participants=roles.participants,
                places=places, theme=roles.theme, resolved=roles.resolved,
                resolved_from=["reference"] * len(roles.resolved), actor_mentions=roles.actor_mentions,
                participant_mentions=roles.participant_mentions, sentence_start=s_start, sentence_end=s_end,
                means=None,  # "sites struck with the embassy attacks": too loose a reading for an undated word
                trigger_start=start, trigger_end=start + len(tok), modality=ASSERTED, sentence_id=sentence_id,
                section_path=section_path(s_start), citation_ids=list(support.get(sentence_id, [])),
                dated_by=dated_by))
    retell_deaths(out, dated, since, word_of)  # "died at sea": the drowning's date
    return out


_LATER_THAN = {"after", "following", "since"}


def _after_a_dated_noun(tok: Any, offset: int, own_date: dict[int, Event]) -> Event | None:
    """The row of a dated noun the happening is told as after: "fled after the 1974 crash", "has grown since
    last year's merger" (the row of the crash, of the merger); else None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LATER_THAN:
            for o in c.children:
                row = own_date.get(offset + o.idx) if o.dep_ == "pobj" else None
                if row is not None and row.date_start is not None and isinstance(row.date_start, date):
                    return row
    return None


def _told_by_its_verb(tok: Any, offset: int, taken: set[int]) -> bool:
    """"An explosion ripped through the embassy on Friday": the verb of unfolding and its subject tell one
    happening, whose row (the noun's) the written date gave; no second, report-dated row for the verb.
    (A noun subject of another verb keeps its own row: "bombings on Aug. 7 killed 258" tells the
    bombings and what they did.)"""
    if tok.pos_ != "VERB":
        return False
    if (met := met_happening(tok)) is not None and offset + met.idx in taken:
        return True  # "has suffered from a rash of kidnappings in recent years": the kidnappings' row
    subject = unfolding_subject(tok)
    return subject is not None and offset + subject.idx in taken
