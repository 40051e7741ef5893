"""Read WikiGold (CoNLL, one token per line) back into running Wikipedia prose.

WikiGold is 145 Wikipedia articles' sentences, tokenised. The cleaning
harness needs them as the text a user's corpus holds, so the tokens are
joined again by the usual English spacing rules: no space before closing
punctuation, clitics (``'s``, ``n't``) and closing brackets or quotes; none
after opening ones. Quotes are straight in the data, so whether a ``"`` opens
or closes is decided by counting. NLTK's
``TreebankWordDetokenizer`` does the same job but is not a dependency, and its
rules target Penn Treebank's ```` `` ''```` quotes, which this data does not use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", ".."}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£"}
_CLITIC = re.compile(r"^(?:'s|'S|n't|'d|'re|'ve|'ll|'m)$")
_DASHES = {"--": "–", "---": "—"}


@dataclass
class WikigoldDocument:
    """One article: its sentences as token lists and their NER tags (IOB1, CoNLL labels)."""

    name: str
    sentences: list[list[str]] = field(default_factory=list)
    tags: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The article as one paragraph. Quotes are counted across the whole article, since the
        sentence splitter cut some quotations in two."""
        return detokenize([token for sentence in self.sentences for token in sentence])

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def detokenize(tokens: list[str]) -> str:
    """Join one sentence's tokens as prose: ``["He", "said", '"', "no", '"', "."]`` → ``He said "no".``"""
    out: list[str] = []
    glue_next = False  # the previous token opens something: no space before this one
    double_open = single_open = False
    for i, token in enumerate(tokens):
        token = _DASHES.get(token, token)
        attach = False
        if token == '"':
            attach = double_open  # a closing quote hugs the word before it
            opens = not double_open
            double_open = not double_open
        elif token == "'":
            previous = tokens[i - 1] if i else ""
            if not single_open and previous.endswith("s") and i + 1 < len(tokens) and tokens[i + 1][:1].islower():
                attach, opens = True, False  # "the passengers' deaths": a plural possessive
            else:
                attach, opens = single_open, not single_open
                single_open = not single_open
        else:
            attach = token in _NO_SPACE_BEFORE or bool(_CLITIC.match(token))
            opens = token in _NO_SPACE_AFTER
        if out and not attach and not glue_next:
            out.append(" ")
        out.append(token)
        glue_next = opens
    return "".join(out)


def read_wikigold(path: str | Path) -> list[WikigoldDocument]:
    """Every article of a WikiGold CoNLL file (``-DOCSTART-`` lines separate them)."""
    docs: list[WikigoldDocument] = []
    tokens: list[str] = []
    tags: list[str] = []

    def close_sentence() -> None:
        if tokens and docs:
            docs[-1].sentences.append(tokens.copy())
            docs[-1].tags.append(tags.copy())
        tokens.clear()
        tags.clear()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            close_sentence()
            continue
        token, _, tag = line.rpartition(" ")
        if token == "-DOCSTART-":
            close_sentence()
            docs.append(WikigoldDocument(name=f"wikigold-{len(docs) + 1:03d}"))
            continue
        tokens.append(token)
        tags.append(tag)
    close_sentence()
    return [doc for doc in docs if doc.sentences]
