"""The timex rules' token lookup by character offset (pipeline.timex.context.Tokens): a token where
one starts, none inside a word or past the end; ``covering`` finds the token holding an offset."""

import spacy

from pipeline.timex.context import Tokens


def test_token_lookup_by_offset():
    doc = spacy.blank("en")("Orm signed in mid-June 1921.")
    tokens = Tokens(doc)
    assert tokens.at(0).text == "Orm"
    assert tokens.at(4).text == "signed" and tokens.at(4).i == 1
    assert tokens.at(5) is None  # inside "signed"
    assert tokens.at(len(doc.text) + 3) is None
    assert tokens.covering(5).text == "signed"
    assert Tokens(None).at(0) is None


def test_empty_doc_has_no_token():
    assert Tokens(spacy.blank("en")("")).at(0) is None
