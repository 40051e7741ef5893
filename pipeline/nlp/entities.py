"""entities: spaCy's entities, corrected and extended by the document's own links.

Every glossary anchor is a mention with a known boundary and, where its gloss
says so, a known type. We match the anchors (and their link targets) across
the whole document with a PhraseMatcher and let those spans win over the
model's; the model's other entities stay. Doing it after ``ner`` instead of
with an ``entity_ruler`` keeps the shared model untouched between documents.
"""

from __future__ import annotations

import re
from typing import Iterator

from pipeline.core.document import Document
from pipeline.nlp.entity_hygiene import is_hyphen_fragment, merged_of_names, ordinal_unit, surnames, trimmed, widened, written_as_name
from pipeline.nlp.work_titles import WORK_NOUNS, is_work_title
from pipeline.nlp.whole_names import is_battle_site, is_language, language_names, is_thing_name, joined_lineage, polity_spans, whole_name
from pipeline.nlp.dashed_states import joined_states
from pipeline.nlp.person_spans import joined_people, without_sentence_stop
from pipeline.nlp.epithet_names import is_epithet_name
from pipeline.nlp.verb_overruns import split_at_main_verb, without_main_verb
from pipeline.nlp.name_joins import joined_names
from pipeline.nlp.common_words import DocumentWords, common_word_at_start
from pipeline.nlp.token_search import tokens_written
from pipeline.core.layers import ENTITIES, LINKS, SECTIONS, SENTENCES, SPACY_DOCS, section_index, sentence_index
from pipeline.lexicon.labels import GAZETTEER_LABELS
from pipeline.lexicon.patterns import DISAMBIGUATOR, POSSESSIVE
from pipeline.core.registry import StageContext, stage
from pipeline.core.records import Entity


# Nouns of works a name dated in brackets after them is the title of ("works such as Orme (1951)"); not a
# prize's nouns: "the prize went to Tom Lee (1901)" dates a person.
_DATED_WORK_NOUNS = WORK_NOUNS - {"award", "prize"}


def _looks_like_name(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def gazetteer(doc: Document) -> dict[str, tuple[str, str | None]]:
    """Name → (label, link target) from typed links; the first link of a name decides.

    Each link gives its anchor, its target and the target's short form without the
    disambiguator ("Treaty of Berlin (1926)" → "Treaty of Berlin"). Surnames are added
    later, from every person the document names in full (linked or found by the model).
    """
    names: dict[str, tuple[str, str | None]] = {}
    for link in sorted(doc.layers.get("links", []), key=lambda l: l.anchor_raw_start):
        if link.target_type not in GAZETTEER_LABELS:
            continue
        short = DISAMBIGUATOR.sub("", link.target or "")
        for name in (link.anchor, link.target, short):
            if name and _looks_like_name(name) and name not in names:
                names[name] = (link.target_type, link.target)
    return names



def name_cues(doc: Document, chunks: list) -> Iterator[tuple[int, int]]:
    """Where the entities stage reads tags: a word that may be a bare surname outside the entities
    it keeps (one counts only as a proper noun, NNP), and the word before a one-word person in
    brackets ("a short war (Blitzkrieg)": a gloss of a noun, not a person)."""
    # Every word of every person's name, not only the last: the stage trims a model's span before
    # it takes its last word as a surname, and a superset costs only parse time.
    words = {w for name, (label, _t) in gazetteer(doc).items() if label == "PERSON" for w in name.split()}
    words |= {w for _o, parsed in chunks for ent in parsed.ents
              if ent.label_ == "PERSON" and len(ent) >= 2 for w in ent.text.split()}
    if not words:
        words = set()
    for k, (_offset, parsed) in enumerate(chunks):
        for ent in parsed.ents:
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 1 and parsed[ent.start - 1].text == "(":
                yield k, parsed[ent.start - 2].idx
        hits = [parsed[i] for i in tokens_written(parsed, words)]
        if not hits:
            continue
        kept = set()
        for ent in parsed.ents:
            # The stage drops or trims some of the model's entities ("that Stalin" is no PERSON
            # to it); their words are then open to the surname rule.
            if not any(ent.start <= t.i < ent.end for t in hits):
                continue
            tidy = trimmed(ent)
            if tidy is not None and written_as_name(tidy, ent.label_):
                kept.update(range(tidy.start, tidy.end))
        for token in hits:
            if token.i not in kept:
                yield k, token.idx


# sentences and sections: each mention records where it stands
@stage("entities", reads=(SPACY_DOCS, LINKS, SENTENCES, SECTIONS), writes=(ENTITIES,), spacy=("ner",), parse=name_cues)
def entities(doc: Document, ctx: StageContext) -> Document:
    # spaCy is imported here, not at module level: a run with nothing to do must not pay for it.
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    model = ctx.model()
    names = gazetteer(doc)
    matcher = PhraseMatcher(model.vocab)
    for name in names:
        matcher.add(name, [model.make_doc(name)])
    # Untyped anchors still tell us the link target of an entity the model finds.
    # A piped link lends its target only when its display is certain: a wrong edge would give every
    # "France" of the document the target "Armistice with France (Second Compiègne)". A suspected
    # remnant left in the text (not collapsed) lends nothing: it may be prose.
    targets = {link.anchor: link.target for link in doc.layers.get("links", [])
               if _looks_like_name(link.anchor) and (link.kind == "glossary" or (link.confident and link.collapsed))}
    chunks = doc.layers["spacy_docs"]
    kept: list[list[tuple[Span, str]]] = []   # per chunk: (span, source)
    words = DocumentWords(doc.text)
    languages = language_names(doc.text)
    for _offset, parsed in chunks:
        gaz_spans = filter_spans([Span(parsed, start, end, label=names[model.vocab.strings[match_id]][0])
                                  for match_id, start, end in matcher(parsed)])
        taken = {i for span in gaz_spans for i in range(span.start, span.end)}
        model_spans = joined_lineage(merged_of_names(joined_states(joined_names(joined_people(
            [p for e in parsed.ents if not any(i in taken for i in range(e.start, e.end))
             for p in split_at_main_verb(e)])))))  # "Doreen Vell joined Gardner" tagged one person
        # "Empire of Vell", "the Orm dynasty" the model did not tag: a state's name by its head word.
        model_spans = filter_spans(model_spans + polity_spans(parsed, taken | {i for e in parsed.ents for i in range(e.start, e.end)}))
        spans = []
        for span in sorted(gaz_spans + model_spans, key=lambda s: s.start):
            source = "gazetteer" if span.start in taken else "model"
            span = ordinal_unit(span) or span
            span = without_main_verb(span) if source == "model" else span  # "William the Conqueror invaded"
            tidy = trimmed(whole_name(widened(span))) if source == "model" else span
            if tidy is not None and source == "model" and span.label_ in ("PERSON", "ORG", "GPE") and \
                    is_hyphen_fragment(tidy):
                continue  # "Consensus All" of "All-SWC": part of a hyphenated word
            if tidy is not None and source == "model" and common_word_at_start(tidy, words):
                continue  # "Kidnappers seized …" beside "the kidnappers": the sentence's capital, no name
            if tidy is not None and written_as_name(tidy, span.label_):
                label = tidy.label_ or span.label_
                if source == "model" and (is_work_title(Span(parsed, tidy.start, tidy.end, label=label)) or
                                          is_thing_name(Span(parsed, tidy.start, tidy.end, label=label), _DATED_WORK_NOUNS)):
                    label = "WORK_OF_ART"  # 'her novel "Florentin"': a title, no party (pipeline.nlp.work_titles)
                elif source == "model" and is_language(Span(parsed, tidy.start, tidy.end, label=label), languages):
                    label = "LANGUAGE"  # "Burmese is tonal" beside "the Burmese language": no party
                elif source == "model" and is_battle_site(Span(parsed, tidy.start, tidy.end, label=label)):
                    label = "LOC"  # "the battles of Orm and the Vell": the sites, no parties
                elif source == "model" and label != "PERSON" and is_epithet_name(tidy):
                    label = "PERSON"  # "Peter the Great" tagged LAW: a ruler (pipeline.nlp.epithet_names)
                spans.append((Span(parsed, tidy.start, tidy.end, label=label), source))
        # A span widened over a word the model gave another label ("65" of "65 Air Division") wins.
        longest = {id(sp) for sp in filter_spans([sp for sp, _ in spans])}
        kept.append([(sp, source) for sp, source in spans if id(sp) in longest])
    # A bare surname is the one person of the document with that surname, whatever the model
    # labelled it, and it is a mention even where the model saw none ("Molotov assured …").
    people = [(text, target or text) for text, (label, target) in names.items() if label == "PERSON"]
    people += [(span.text, targets.get(span.text) or span.text) for spans in kept for span, _ in spans
               if span.label_ == "PERSON" and len(span) >= 2]
    by_surname = surnames(people)
    lowercase_words = set(re.findall(r"\b[a-z][a-z-]+\b", doc.text))
    by_surname = {s: full for s, full in by_surname.items() if s.lower() not in lowercase_words}
    person_surnames = {full.split()[-1] for full, _ in people if len(full.split()) >= 2}
    found: list[Entity] = []
    for (offset, parsed), spans in zip(chunks, kept):
        taken = {i for span, _ in spans for i in range(span.start, span.end)}
        extra = [(parsed[i:i + 1], "gazetteer") for i in tokens_written(parsed, by_surname)
                 if i not in taken and parsed[i].tag_ == "NNP"]
        for span, source in sorted(spans + extra, key=lambda pair: pair[0].start):
            text = span.text
            label = span.label_ or "PERSON"
            surname_of = by_surname.get(POSSESSIVE.sub("", text))
            if surname_of and len(span) <= 2:
                label = "PERSON"
            words = text.split()
            if label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC") and source == "model" and len(words) == 2 and \
                    words[1] in person_surnames and words[0].isalpha() and words[0].istitle():
                label = "PERSON"  # "Charlie Orme" tagged ORG where the text names Michael Orme: a first name and the surname
            if label in ("GPE", "LOC", "NORP") and source == "model" and span.root.tag_ == "NNP" and _has_who_clause(span):
                label = "PERSON"  # "Matov, who lived in Lusk, …": a place is never "who"
            target = names[text][1] if source == "gazetteer" and text in names else targets.get(text)
            if target is None and surname_of:
                target = _linked_person(names, surname_of)
            kept_text = without_sentence_stop(text, label)  # "Matthias I." at a sentence's end
            found.append(Entity(offset + span.start_char, offset + span.start_char + len(kept_text), kept_text, label,
                                source, target))
    assign_parties(found, doc.text)
    sentence_of = sentence_index(doc.layers["sentences"])
    section_of = section_index(doc.layers["sections"])
    for entity in found:
        entity.sentence_id, entity.section_id = sentence_of(entity.start), section_of(entity.start)
    doc.layers["entities"] = found
    return doc


def _has_who_clause(span) -> bool:  # noqa: ANN001 - a spaCy Span
    """Whether a name is described by a relative clause opened by "who" or "whom" ("Matov, who
    lived in Lusk"): the model's place there is a person it did not know. Not the object of a
    preposition: "the Conservatives in Britain, who dominated …" hangs the clause on the wrong noun."""
    return span.root.dep_ != "pobj" and any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.dep_ in ("nsubj", "nsubjpass", "dobj")
                                          for g in c.children) for c in span.root.children)


def assign_parties(found: list[Entity], text: str | None = None) -> None:
    """Set each mention's ``party_id``: the party its canonical name names (the events stage names
    it the same way, :func:`pipeline.stories.party_names.document_canonicaliser`); none for a place or a thing."""
    from pipeline.events.document_names import document_names
    from pipeline.stories.party_names import document_canonicaliser, mention_party

    ordered = sorted(found, key=lambda e: e.start)
    names = document_names(ordered, text)
    canonical = document_canonicaliser(ordered, names)
    states = sorted({names(e) for e in ordered if e.label == "GPE"})
    for e in found:
        party = mention_party(canonical(names(e)), e.label, states) if id(e) not in names.fragments else None
        e.party_id = party[0] if party else None  # none for a unit's number alone ("the 139th")



def _linked_person(names: dict[str, tuple[str, str | None]], full_name: str) -> str | None:
    """The link target of a person the document links (None for a name only the model found)."""
    entry = names.get(full_name)
    return entry[1] if entry and entry[0] == "PERSON" else None
