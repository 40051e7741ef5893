"""Dates the parser hangs on a word whose happening they are not (issue "when and what", item 4).

Two shapes of history leads put two happenings, each with its own date, in one sentence, and the parse
hands a date to the wrong one:

* a cleft after the first clause, "an extension was signed on 24 June 1931, though it was not until 1933
  that it was ratified by the Reichstag": 1933 hangs on the cleft's "was", whose clause the walk up the
  parse leaves for the signing; the date is the ratifying's (:func:`cleft_verb`);
* a copula joined to the clause with a subject of its own, "its rise began during the 13th century and by
  the 15th century it was an empire": the 15th century is the copula's (a state), never the rise's
  (:func:`own_copula`);
* a saying under "while" after a reported clause, "the WHO declared that the emergency had ended in May
  2023, while noting that it remained a threat": the parser hangs the noting on the ending, but it is the
  declaring's aside, and the reported ending's date is not its (:func:`reported_aside`);
* a date inside a quotation, with a speech verb outside it, "'The last two months have been the whole
  game,' says Orm": the walk up the parse reaches the saying, whose time the quote does not tell
  (:func:`quoted_away`);
* a participle aside between commas with the date after it, "the Tarvians refused to allow a transit,
  citing the threat of war, on 5 September": the date hangs on "citing", but the comma that closes the
  aside gives it to the clause's verb, the refusal (:func:`aside_verb`).
* a bare date right after a participle, read by the parser as the subject of the next verb, "the rifle
  was discovered April 8 buried one foot below the ground": the date is the discovery's, and the burial
  (before it) has no date in the sentence (:func:`participle_before`).
* a main clause after a fronted "though"/"while" clause that ends with the date, read by the parser as a
  relative clause of the date, "Though observations are known from at least the 6th century BC, the
  foundation of the science dates back to 1796": the date is the subordinate clause's
  (:func:`beyond_a_fronted_clause`).

:func:`pipeline.events.triggers.trigger_of` calls them on its walk up the parse.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import SPEECH_VERB_FORMS


def cleft_verb(aux: Any) -> Any | None:
    """The verb of "it was (not until) 1933 that it was ratified" for the cleft's copula ``aux``: a
    "that" clause after it, with the copula's subject "it"; None for any other copula."""
    if aux.pos_ != "AUX" or aux.lower_ not in ("was", "is", "were") or \
            not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in aux.children):
        return None
    return next((c for c in aux.children if c.dep_ in ("ccomp", "advcl", "relcl") and c.pos_ == "VERB" and
                 c.i > aux.i and any(g.lower_ == "that" and g.dep_ in ("mark", "nsubj", "dobj", "advmod")
                                     for g in c.children)), None)


def aside_verb(verb: Any, span: Any) -> Any | None:
    """The clause's verb for a date after a participle aside ("refused …, citing the threat of war, on
    5 September"): ``verb`` is a present participle after its head verb, opened by a comma, and the date's
    phrase is its last child, after a comma that closes the aside and ends the sentence. None otherwise."""
    doc = verb.doc
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.pos_ != "VERB" or not head.i < verb.i or \
            doc[verb.i - 1].text != "," or any(c.dep_ == "mark" for c in verb.children):
        return None
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    if prep.head.i != verb.i or doc[prep.left_edge.i - 1].text != "," or prep.left_edge.i - 1 <= verb.i + 1:
        return None
    after = doc[span.end:span.sent.end]
    if any(not t.is_punct for t in after):
        return None  # "…, citing the threat, on 5 September when …": more told after the date
    return head


def own_copula(aux: Any) -> bool:
    """Whether ``aux`` is a copula conjunct with its own subject ("… and by the 15th century it was an
    empire"): a date hanging on it dates its clause, not the verb it is joined to."""
    # ("… and since 1990 there has been a trend": an existential's "there" names no subject; the walk goes on.)
    return aux.pos_ == "AUX" and aux.dep_ == "conj" and aux.head.i < aux.i and \
        any(c.dep_ == "nsubj" for c in aux.children)


def reported_aside(trigger: Any, clause: Any) -> bool:
    """Whether ``clause``, a "while"/"as" clause the parser hangs on ``trigger``, is a saying and
    ``trigger`` a reported clause of a speech verb ("declared that the emergency had ended in May,
    while noting that …"): the saying is the reporter's, not at the reported happening's time."""
    return clause.lower_ in SPEECH_VERB_FORMS | {"noting", "noted", "stressing", "adding", "warning"} and \
        trigger.dep_ == "ccomp" and trigger.head.lower_ in SPEECH_VERB_FORMS


_QUOTES = {'"', "“", "”", "``", "''"}


def quoted_away(verb: Any, span: Any) -> bool:
    """Whether the date ``span`` sits inside a quotation that ``verb`` (a speech verb) stands outside of:
    the quote marks of the sentence before the date are odd in number, and one closes between the date
    and the verb (or the verb comes before the quote opens)."""
    if verb.lower_ not in SPEECH_VERB_FORMS:
        return False
    sent = span.sent
    marks = [t.i for t in sent if t.text in _QUOTES]
    before = [i for i in marks if i < span.start]
    if len(before) % 2 == 0:
        return False
    if verb.i < before[-1]:
        return True
    return any(span.end <= i < verb.i for i in marks)


def participle_before(verb: Any, span: Any) -> Any | None:
    """The participle written right before the date ``span`` when the parser made the date the subject of
    ``verb``, a later clause hanging on that participle ("was discovered April 8 buried one foot below");
    None otherwise (a date that really is a subject, "1990 saw the fall", has no participle before it)."""
    doc = span.doc
    root = span.root
    # (or its compound, "was found Thanksgiving Day clinging to an inner tube": the same misparse)
    if root.dep_ not in ("nsubj", "nsubjpass", "compound", "npadvmod") or root.head.i != verb.i or \
            verb.i < span.end or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.tag_ != "VBN" or verb.head.i != before.i or verb.dep_ not in ("advcl", "conj", "ccomp", "xcomp") or \
            (root.dep_ in ("compound", "npadvmod") and (verb.tag_ != "VBG" or verb.i != span.end)):
        return None
    return before


_FRONTED_MARKS = {"though", "although", "while", "whilst", "whereas", "as", "since", "because", "if", "when", "after",
                  "before", "once", "until"}


def beyond_a_fronted_clause(clause: Any, span: Any) -> bool:
    """Whether ``clause``, a verb the parser hangs on the date ``span`` as a relative clause, is the main
    clause after a comma that closes a fronted subordinate clause holding the date ("Though … from the 6th
    century BC, the foundation dates back to 1796"): no happening of the date."""
    doc = span.doc
    sent = span.sent
    first = sent[0] if sent[0].is_alpha else (sent[1] if len(sent) > 1 else sent[0])
    if first.lower_ not in _FRONTED_MARKS or first.dep_ != "mark" or first.i >= span.start:
        return False
    return any(doc[i].text == "," for i in range(span.end, clause.left_edge.i))
