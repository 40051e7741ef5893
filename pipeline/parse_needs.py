"""Where each stage reads a dependency parse, so the nlp stage parses only there.

The expensive half of spaCy's English pipelines is the shared tok2vec with the
tagger, parser and attribute ruler (tags, POS, dependencies). Entities and
sentence boundaries come from components with their own small networks
(``ner``, ``senter``) and run over every body text. A stage that reads tags or
dependencies declares *where*: ``@stage(..., parse=date_cues)``, a function
from the document and its chunks (entities and sentences already set) to the
tokens whose sentences it will read a parse in. The nlp stage parses the union
of what the configured stages ask for; every other sentence keeps its
entities and boundaries but no tag, POS, lemma or dependency (each of its
tokens is its own head), which :func:`has_parse` tells.

A need must be a superset: a sentence a stage reads unparsed behaves as if
the parser had found nothing there (no verb, no subject), never as an error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    from pipeline.document import Document

# (document, [(clean offset, spaCy Doc)]) -> (chunk index, token index) pairs whose sentence needs a parse.
ParseNeed = Callable[["Document", list], Iterable[tuple[int, int]]]


def has_parse(token: Any) -> bool:
    """Whether ``token``'s sentence was parsed (it has a tag; every parsed token has one)."""
    return token.tag != 0


def _token_at(parsed: Any, char: int) -> int | None:
    span = parsed.char_span(char, min(char + 1, len(parsed.text)), alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def date_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Every place a date may be: where the timex grammar matches (its context rules read tags
    and dependencies there) and the model's DATE/TIME entities (which the tagger may add); the
    events stage reads the parse of the same sentences, those with a date."""
    from pipeline.timex.grammar import candidates

    for k, (_offset, parsed) in enumerate(chunks):
        for group in candidates(parsed.text):
            i = _token_at(parsed, group[0].start)
            if i is not None:
                yield k, i
        for ent in parsed.ents:
            if ent.label_ in ("DATE", "TIME"):
                yield k, ent.start


def name_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Where the entities stage reads tags: a word that may be a bare surname outside the entities
    it keeps (one counts only as a proper noun, NNP), and the word before a one-word person in
    brackets ("a short war (Blitzkrieg)": a gloss of a noun, not a person)."""
    from pipeline.entity_hygiene import trimmed, written_as_name
    from pipeline.stages.entities import gazetteer

    # Every word of every person's name, not only the last: the stage trims a model's span before
    # it takes its last word as a surname, and a superset costs only parse time.
    words = {w for name, (label, _t) in gazetteer(doc).items() if label == "PERSON" for w in name.split()}
    words |= {w for _o, parsed in chunks for ent in parsed.ents
              if ent.label_ == "PERSON" and len(ent) >= 2 for w in ent.text.split()}
    for k, (_offset, parsed) in enumerate(chunks):
        kept = set()
        for ent in parsed.ents:
            # The stage drops or trims some of the model's entities ("that Stalin" is no PERSON
            # to it); their words are then open to the surname rule.
            tidy = trimmed(ent)
            if tidy is not None and written_as_name(tidy, ent.label_):
                kept.update(range(tidy.start, tidy.end))
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 1 and parsed[ent.start - 1].text == "(":
                yield k, ent.start - 2
        for token in parsed:
            if token.i not in kept and token.text in words:
                yield k, token.i
