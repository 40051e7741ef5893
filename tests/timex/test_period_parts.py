"""pipeline.timex.period_parts: "the late <period> (a–b)" is the late part of the bracketed span."""

from __future__ import annotations

from datetime import date

import numpy as np

from pipeline.core.document import Document


def _timexes(pipeline, text: str) -> list[tuple]:
    doc = pipeline(Document.from_raw("t", "t.txt", "Orm\n\n" + text + "\n"))
    return [(t.text, t.value, t.mod, t.date_start, t.date_end) for t in doc.layers["timexes"]]


def test_the_late_part_of_a_bracketed_bc_span(pipeline):
    found = _timexes(pipeline, "The Book of Orm was written during the late Vellic States period (476–221 BC).")
    assert [(text, value, mod) for text, value, mod, _, _ in found] == [("476", "BC0476", "END"), ("221 BC", "BC0221", "END")]
    assert found[0][3] == np.datetime64("-0305-09-01") and found[1][4] == np.datetime64("-0220-12-31")


def test_the_early_part_of_a_bracketed_span(pipeline):
    found = _timexes(pipeline, "Vell was built in the early Tarvian era (1200–1300).")
    assert (found[0][3], found[1][4]) == (date(1200, 1, 1), date(1233, 8, 30))


def test_a_capitalised_part_names_the_period_and_one_date_is_a_guess(pipeline):
    found = _timexes(pipeline, "The hoard dates from the Late Orm Age (1550–1200 BC).")
    assert found[0][2] is None and found[0][3] == np.datetime64("-1549-01-01")
    found = _timexes(pipeline, "It was written in the late Orm period (about 1400).")
    assert (found[0][3], found[0][4]) == (date(1400, 1, 1), date(1400, 12, 31))
