"""events.modality: whether a dated statement says the happening took place (pipeline.events.modality).

Sentences of our own through the events stage; the story tests show what the column is for
(only asserted happenings merge).
"""

from __future__ import annotations

import pytest

from pipeline.events.modality import MODALITIES


def modality(pipeline, text: str, trigger: str) -> str:
    events = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    found = [e.modality for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.date_text) for e in events]
    assert found[0] in MODALITIES
    return found[0]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Germany invaded Poland on 1 September 1939.", "invade", "asserted"),
    ("Germany did not attack France until 10 May 1940.", "attack", "asserted"),
    # A circumstance of a failure, and what someone did not know, still happened.
    ("The policy failed with the conclusion of the Munich Agreement on September 29, 1938.", "conclusion",
     "asserted"),
    ("Stalin did not know that Hitler had been discussing an invasion since the summer of 1940.", "discuss",
     "asserted"),
    ("Germany did not invade Sweden in 1940.", "invade", "negated"),
    ("Hitler failed to capture Moscow in December 1941.", "capture", "negated"),
    # Unable to do it, or what was done instead of it: it did not happen (the other thing did).
    ("The army was unable to take the fortress in October 1916.", "take", "negated"),
    ("The minister resigned on 2 May 1925 rather than sign the decree.", "sign", "negated"),
    ("The minister resigned on 2 May 1925 rather than sign the decree.", "resign", "asserted"),
    ("Instead of signing the pact on 3 May 1926, the envoy went home.", "sign", "negated"),
    ("If Germany had invaded Sweden in 1940, the war would have spread.", "invade", "hypothetical"),
    ("Germany planned to invade Britain in September 1940.", "invade", "planned"),
    ("In 1943 the allies agreed that they would invade France in 1944.", "invade", "planned"),
    ("The treaty was to be signed on 3 May 1922.", "sign", "planned"),
    ("The two leaders will meet on Friday, 4 June 1999.", "meet", "planned"),
    ("The invasion, planned for 4 May 1940, was called off.", "plan", "planned"),
])
def test_modality_of_a_dated_statement(pipeline, text, trigger, expected):
    assert modality(pipeline, text, trigger) == expected
