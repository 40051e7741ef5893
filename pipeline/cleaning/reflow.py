"""reflow: drop markup residue and rejoin the lines the glossary broke.

After the snippets are gone, a sentence is still spread over several lines
(``the\\nTreaty of Brest-Litovsk\\n, dictated by Germany``). Within a block
(text between blank lines) each line break becomes a space, or nothing where
punctuation or a bracket meets it, so the anchor rejoins its sentence.
Wiki residue (``/ref>``, ``{{Efn…}}``, ``''`` emphasis, empty template
brackets) is removed, and spaces left in front of punctuation go with it.
"""

from __future__ import annotations

import re

from pipeline.core.document import Document
from pipeline.core.offsets import Edit
from pipeline.core.layers import CLEAN, REFLOWED
from pipeline.core.registry import StageContext, stage

_RESIDUE = re.compile(
    r"<ref[^>\n]{0,200}?/>|<ref[^>\n]{0,200}>|</?ref>|/ref>"       # reference tags and their halves
    r"|\{\{[Ee]fn[^}\n]{0,600}(?:\}\}|$)"                          # explanatory-footnote templates
    r"|\{\{DEFAULTSORT[^\n]*"                                        # sort key and category residue
    r"|\{\{[^{}\n]{0,200}\}\}"                                      # any other leftover template
    r"|'''''|'''|''",                                               # wiki bold/italic marks
    re.M)
_OPENERS = "([{\u201c\u2018"
_CLOSERS = ",.;:!?)]}\u201d\u2019"
_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_TIDY = re.compile(
    r"(?P<before_punct> +)(?=[,.;:!?)\]])"                         # "word ," -> "word,"
    r"|(?<=[(\[])(?P<after_open> +)"                                # "( word" -> "(word"
    r"|(?P<empty> ?[(\[][\s,;:]*[)\]])"                             # "()", "(, )", "( ; )"
    r"|(?P<double_comma>,(?: ?,)+)"                                 # ", ," left by dropped values
    r"|(?P<spaces>  +)")


def _join(text: str, pos: int) -> str:
    """What a line break at ``pos`` inside a block becomes."""
    before, after = text[pos - 1], text[pos + 1]
    if before in _OPENERS or after in _CLOSERS:
        return ""
    if before == '"' and (pos < 2 or text[pos - 2] in " \n("):
        return ""  # an opening quote hugs the word after it
    if after == '"' and (pos + 2 >= len(text) or not text[pos + 2].isalnum()):
        return ""  # a closing quote hugs the word before it
    return " "


def _residue_edits(text: str) -> list[Edit]:
    edits = []
    for m in _RESIDUE.finditer(text):
        start, end = m.start(), m.end()
        # A line holding nothing but residue goes with its line break, or it
        # would leave a blank line that splits the paragraph in two.
        if (start == 0 or text[start - 1] == "\n") and end < len(text) and text[end] == "\n":
            end += 1
        edits.append(Edit(start, end))
    return edits


def _tidy_edits(text: str) -> list[Edit]:
    edits = []
    for m in _TIDY.finditer(text):
        kind = m.lastgroup
        if kind == "spaces":
            edits.append(Edit(m.start(), m.end(), " "))
        elif kind == "double_comma":
            edits.append(Edit(m.start(), m.end(), ","))
        else:
            edits.append(Edit(m.start(), m.end(), ""))
    return edits


@stage("reflow", reads=(CLEAN,), writes=(REFLOWED,), edits_text=True)
def reflow(doc: Document, ctx: StageContext) -> Document:
    doc.edit(_residue_edits(doc.text), removed_kind="residue")
    text = doc.text
    doc.edit(Edit(m.start(), m.end(), _join(text, m.start())) for m in _LINE_BREAK.finditer(text))
    # Removing residue can leave new doubles ("( )" after "''" went), so tidy until stable.
    for _ in range(3):
        edits = _tidy_edits(doc.text)
        if not edits:
            break
        doc.edit(edits, removed_kind="residue")
    doc.layers["reflowed"] = True
    doc.layers.pop("line_breaks", None)
    return doc
