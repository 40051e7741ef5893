"""pipeline.timex.era_carry: a bare year after a larger BC year of its sentence is BC."""

from __future__ import annotations

import numpy as np

from pipeline.core.document import Document


def _timexes(pipeline, text: str) -> list[tuple[str, str, object]]:
    doc = pipeline(Document.from_raw("t", "t.txt", "Orm\n\n" + text + "\n"))
    return [(t.text, t.value, t.date_start) for t in doc.layers["timexes"]]


def test_a_smaller_bare_year_after_a_bc_year_is_bc(pipeline):
    found = _timexes(pipeline, "Orm was the king of Tarvia from 669 BC to his death in 631.")
    assert found[1][:2] == ("631", "BC0631")
    assert found[1][2] == np.datetime64("-0630-01-01")


def test_a_larger_bare_year_or_another_sentence_stays_ad(pipeline):
    found = _timexes(pipeline, "The site of Orm was used from 1200 BC until 1250. Vell was founded in 631.")
    assert [value for _, value, _ in found] == ["BC1200", "1250", "0631"]
