"""normalize, reflow and sections on their own, on small hand-written inputs (not the reference article).

Each test runs the stage through a Pipeline of only the stages it needs, and
checks the text and, where the stage keeps them, the offsets back to the raw text.
"""

from __future__ import annotations

import pytest

from pipeline.core.config import load_config
from pipeline.batch.processing import Pipeline


def run(text: str, *stages: str):
    return Pipeline(load_config(None, stages=list(stages))).text(text)


# --- normalize ----------------------------------------------------------------------------------

def test_normalize_drops_the_mirror_header_and_keeps_the_title():
    doc = run("Treaty of Rapallo\nHOME\nTheInfoList\nOR:\n\nThe treaty was signed in 1922.\n", "normalize")
    assert doc.text == "Treaty of Rapallo\n\nThe treaty was signed in 1922."
    assert {r.kind for r in doc.removed} == {"residue"}


def test_normalize_tidies_spaces_line_ends_and_blank_lines():
    raw = "Title\r\n\r\n\r\n  The\tpact\u00a0was   signed.\u200b  \r\nIt lasted.\n\n\n\n"
    doc = run(raw, "normalize")
    assert doc.text == "Title\n\nThe pact was signed.\nIt lasted."
    # Every clean character still points at its raw source.
    start = doc.text.index("signed")
    raw_start, raw_end = doc.raw_span(start, start + len("signed"))
    assert raw[raw_start:raw_end] == "signed"


def test_normalize_composes_unicode():
    doc = run("Title\n\nCafe\u0301 Krone opened in 1920.\n", "normalize")
    assert "Café Krone" in doc.text and len(doc.text.split("\n")[-1]) == len("Café Krone opened in 1920.")


def test_normalize_of_whitespace_only_text_is_empty():
    assert run(" \n\t\n", "normalize").text == ""


# --- reflow -------------------------------------------------------------------------------------

def test_reflow_rejoins_lines_a_glossary_broke():
    raw = "Title\n\nIt replaced the\nTreaty of Brest-Litovsk\n, dictated by Germany (\n1918\n).\n\nNext paragraph.\n"
    doc = run(raw, "normalize", "reflow")
    assert doc.text == "Title\n\nIt replaced the Treaty of Brest-Litovsk, dictated by Germany (1918).\n\nNext paragraph."


def test_reflow_removes_wiki_residue_and_records_it():
    raw = "Title\n\nThe ''Reichswehr''<ref name=\"a\"/> trained {{Efn|a note}} in Russia /ref>.\n"
    doc = run(raw, "normalize", "reflow")
    assert doc.text == "Title\n\nThe Reichswehr trained in Russia."
    assert "''" in "".join(r.text for r in doc.removed if r.kind == "residue")


def test_reflow_keeps_quotes_against_their_words():
    doc = run('Title\n\nHe called it a\n"natural convergence\n"\n.\n', "normalize", "reflow")
    assert doc.text == 'Title\n\nHe called it a "natural convergence".'


# --- sections -----------------------------------------------------------------------------------

ARTICLE = """Relations

Intro paragraph with enough words to be a paragraph of prose about the relations.

Background

Weimar Republic

The republic signed the treaty.

Nazi era

The regime changed course.

See also

References
"""


def test_sections_levels_and_paths():
    doc = run(ARTICLE, "normalize", "reflow", "sections")
    rows = [(s.heading, s.level, s.path) for s in doc.layers["sections"]]
    assert rows == [("Relations", 1, "Relations"), ("Background", 2, "Background"),
                    ("Weimar Republic", 3, "Background > Weimar Republic"), ("Nazi era", 3, "Background > Nazi era"),
                    ("See also", 2, "See also"), ("References", 2, "References")]
    # A plain text (no mirror header) is titled by its name, never by its first heading (pipeline.io.titles).
    assert doc.title == "Doc"


def test_sections_end_where_the_next_one_of_their_level_starts():
    doc = run(ARTICLE, "normalize", "reflow", "sections")
    by_name = {s.heading: s for s in doc.layers["sections"]}
    background = by_name["Background"]
    assert doc.text[background.start:background.end].rstrip().endswith("The regime changed course.")
    assert by_name["Weimar Republic"].end == by_name["Nazi era"].start


def test_a_sentence_ending_in_a_period_is_no_heading():
    doc = run("Title\n\nShort line.\n\nAnother block of text here.\n", "normalize", "reflow", "sections")
    assert [s.heading for s in doc.layers["sections"]] == ["Title"]
    assert [doc.text[b.start:b.end] for b in doc.layers["blocks"] if not b.is_heading] == [
        "Short line.", "Another block of text here."]


@pytest.mark.parametrize("line", ["A" * 130, " ".join(["word"] * 16)])
def test_long_lines_are_no_headings(line):
    doc = run(f"Title\n\n{line}\n\nText after it.\n", "normalize", "reflow", "sections")
    assert [s.heading for s in doc.layers["sections"]] == ["Title"]


# --- nlp: lists are lists -----------------------------------------------------------------------

def test_list_items_are_one_sentence_each_and_numbers_are_no_sentences():
    text = ("Ambassadors\n\n* Adolf Ioffe (1918) * Nikolay Krestinsky (1921–1930) * Lev Khinchuk (1930–1934)\n\n"
            "Steps\n\n1. The pact was signed.\n2. The protocol stayed secret.\n")
    doc = run(text, "normalize", "reflow", "sections", "nlp")
    sentences = [doc.text[s.start:s.end] for s in doc.layers["sentences"]]
    assert sentences == ["Adolf Ioffe (1918)", "Nikolay Krestinsky (1921–1930)", "Lev Khinchuk (1930–1934)",
                         "The pact was signed.", "The protocol stayed secret."]
