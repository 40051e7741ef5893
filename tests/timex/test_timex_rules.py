"""Every date rule's own examples: a broken rule fails by its name.

The examples sit beside each rule (``@rule(..., examples=[ex("... [4 May 1943] ...", "DATE 1943-05-04")])``):
the bracketed spans are what that rule must find, each with "TYPE value [MOD]". The
whole tagger runs (context checks, resolution, the narrative's time), so an example
shows the rule's life end to end; only the timexes the rule itself recorded are compared.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex.grammar import RULES
from pipeline.timex.rules import Example
from pipeline.timex.tagger import tag
from pipeline.timex.values import RefTime

CASES = [pytest.param(r.name, e, id=f"{r.name}-{i}") for r in RULES for i, e in enumerate(r.examples)]


def _ref(text: str | None) -> RefTime:
    return RefTime(*[int(x) for x in text.split("-")]) if text else RefTime()


def _expected(e: Example) -> list[tuple]:
    spans = e.spans()
    assert len(spans) == len(e.expect), f"{len(spans)} brackets but {len(e.expect)} expectations: {e.text}"
    out = []
    for (start, end), want in zip(spans, e.expect):
        type_, value, *mod = want.split()
        out.append((e.sentence[start:end], type_, None if value == "None" else value, mod[0] if mod else None))
    return out


def test_every_rule_has_an_example():
    assert not [r.name for r in RULES if r.pattern is not None and not r.examples]


@pytest.mark.parametrize("name, example", CASES)
def test_rule_example(spacy_model, name, example):
    sentence = example.sentence
    dct = date.fromisoformat(example.news) if example.news else None
    ref = _ref(example.ref) if example.ref or not dct else RefTime(dct.year, dct.month, dct.day)
    found, _, _ = tag(sentence, ref, spacy_model(sentence), reference_date=dct,
                      kind="news" if example.news else "narrative")
    want = _expected(example)
    mine = [t for t in found if t.rule == name]
    got = [(t.text, t.type, t.value, t.mod if w[3] is not None else None) for t, w in zip(mine, want)]
    assert len(mine) == len(want) and got == want, \
        f"rule {name} on {sentence!r}: got {[(t.text, t.type, t.value, t.mod) for t in mine]}, want {want}" \
        f" (all: {[(t.text, t.rule) for t in found]})"
