"""Clean prose keeps its text: the shapes of real prose that the piped-link stage used to delete.

Each sentence is our own, written in the shape of a false collapse seen on clean Wikipedia
articles (issue 25). Every one of them was collapsed before the guards it names; they are
regression tests, not evidence that the rules generalise (evaluation/piped_links.py
measures that, on text we did not write).
"""

from __future__ import annotations

import pytest

from pipeline.cleaning.piped_evidence import (crosses_paragraph, crosses_sentence_end, echo_index, hard_guard,
                                     inside_quotation, parenthetical_alone)
from pipeline.cleaning.piped_links import find_remnants
from tests.conftest import clean_document


def collapsed(text: str) -> list[str]:
    return [r.target for r in find_remnants(text)[0] if r.collapse]


ACROSS_A_SENTENCE_END = [
    "Caesar left the army under Marcus. Abandoning Gaul, Marcus marched south.",
    "The Carthaginians were fighting the Romans. In 212, Roman ships blockaded the harbour.",
    "The fleet gathered at Portsmouth. With Operation Sea (May–June 1950), each side lost several ships.",
]

A_PARENTHETICAL_IS_NO_TITLE = [
    "He negotiated with the Republic of Elbonia (ROE), with which the treaty had been signed.",
    "The defeat at the Battle of the Ridge (May–June 1950), the army withdrew to the river.",
    "Fortown (NE Elbonia), already held by the rebels, fell in March.",
    "She served aboard the frigate HMS Swift (F 31), a ship of the home fleet.",
    "The rule was published as 11 C.F.R. 42 (1961), effective until the new code was adopted.",
    "Citizen Louis (Citizen Lou), was a popular radio host in the city.",
    "The Union of Free Farmers (UFF), a group of landowners, opposed the reform.",
    "During the Border War (1947–54), officers of both armies crossed the line.",
    "He was assisted by anatomist Gustav Fritsch (1837-1927), applied electricity to the cortex.",
]

SHARED_WORDS_THAT_ARE_PROSE = [
    'The crowd chanted "Freedom Now, freedom now!" outside the embassy.',  # a quoted chant
    'Its slogan was "Freedom Now, freedom forever" in those years.',
    "The detainees were Mohammed Ali, Mohammad Omar and Hassan Karim.",  # one first name spelled two ways
    "On 5 June the air force attacked Ruritania, attacking ten airfields inside Ruritania.",  # a verb and its participle
    "The Liberation Army (LA), the armed wing of the Liberation Front, fought in the hills.",  # an abbreviation explained
    "The engagement is more commonly known as the Battle of the Sea, battles at sea being rare.",  # the text's own naming
    "The rebels held the northern province of Tarvia, provincial capital of the north.",
    "Its poems appeared in Poetry (Chicago), Poetry London and other journals.",  # a list of names
    "It is served by the South West Trains, Southern, and First Great Western companies.",
    "Both sides then waged the Cold War, a cold war fought by proxies.",  # an apposition with its own article
]


@pytest.mark.parametrize("text", ACROSS_A_SENTENCE_END)
def test_no_collapse_crosses_a_sentence_end(text):
    assert collapsed(text) == []


@pytest.mark.parametrize("text", A_PARENTHETICAL_IS_NO_TITLE)
def test_a_parenthetical_after_a_name_is_no_evidence_of_a_link(text):
    assert collapsed(text) == []


@pytest.mark.parametrize("text", SHARED_WORDS_THAT_ARE_PROSE)
def test_shared_words_in_prose_are_not_a_display(text):
    assert collapsed(text) == []


def test_the_guards_themselves():
    text = "They fought the Romans. In 212, Roman ships came. J. Smith, St. Louis and the U.S.S.R. Army met."
    assert crosses_sentence_end(text, text.index("Romans"), text.index("Roman ships") + 5)
    assert not crosses_sentence_end(text, text.index("J. Smith"), text.index(", St."))
    assert not crosses_sentence_end(text, text.index("St. Louis"), text.index(" and"))
    assert not crosses_sentence_end(text, text.index("U.S.S.R."), text.index(" met"))
    assert crosses_paragraph("Roman rule\n\nRome, Roman", 0, 20)
    assert not crosses_paragraph("Roman rule\nRome, Roman", 0, 20)
    quoted = 'He said "Go Home, go home" and left, Home Office, home.'
    assert inside_quotation(quoted, quoted.index("Go Home"))
    assert not inside_quotation(quoted, quoted.index("Home Office"))
    assert hard_guard(quoted, quoted.index("Go Home"), quoted.index("go home") + 7, "Go Home") == "quotation"
    assert parenthetical_alone("(ROE)") and parenthetical_alone("UFF) and Farmers")
    assert not parenthetical_alone("Kaleva (airplane)")


def test_echo_must_be_right_after_the_comma():
    assert echo_index("Occupation of Poland (1939-1945)", "the occupying powers discussed") == 1
    assert echo_index("Conservative Party (UK)", "Conservatives in Britain") == 0
    assert echo_index("German-Soviet Commercial Agreement (1940)", "intricate trade pact on") == 1
    assert echo_index("The Liberation Army (LA)", "the armed wing of the Liberation Front") is None
    assert echo_index("Battle of the Ridge (1950)", "the army withdrew") is None


def test_real_remnants_still_collapse():
    """The mirror's shapes, in sentences of our own: the display echoes the title right after the comma."""
    cases = {
        "The pilots flew the Kaleva (airplane), Kaleva towards Helsinki.": "Kaleva (airplane)",
        "The ruling Conservative Party (UK), Conservatives in Britain, opposed it.": "Conservative Party (UK)",
        "They signed the Treaty of Berlin (1926), Berlin Treaty in April.": "Treaty of Berlin (1926)",
        "Germany and Italy entered an German-Soviet Commercial Agreement (1940), intricate trade pact in February.":
            "German-Soviet Commercial Agreement (1940)",
        "The interest of Lithuania in the Vilnius Region, Vilna area is recognized.": "Vilnius Region",
        "Troops held the port of Hanko, Finland, Hanko until 1941.": "Hanko, Finland",
        "The Reich rearmed after the remilitarization of the Rhineland, remilitarized the Rhineland in 1936.":
            "remilitarization of the Rhineland",
        "The unrest over collectivisation in the USSR, collectivization of agriculture, spread.":
            "collectivisation in the USSR",
    }
    for text, target in cases.items():
        assert collapsed(text) == [target], text


def test_a_suspected_remnant_stays_in_the_text_and_is_recorded():
    text = "Title\n\nThe trade grew larger than German–Soviet Commercial Agreement (1939), the one signed before.\n"
    doc = clean_document(text)
    assert "Commercial Agreement (1939), the one signed" in doc.text
    piped = [link for link in doc.layers["links"] if link.kind == "piped"]
    assert len(piped) == 1 and not piped[0].collapsed
    assert text[piped[0].anchor_raw_start - 43:piped[0].anchor_raw_end] == "German–Soviet Commercial Agreement (1939), the"
    collapsed_doc = clean_document("Title\n\nThe pilots flew the Kaleva (airplane), Kaleva towards Helsinki.\n")
    assert "Kaleva (airplane)" not in collapsed_doc.text
    assert [link.collapsed for link in collapsed_doc.layers["links"]] == [True]
