"""The WikiGold reader and detokeniser that turn its CoNLL tokens back into running prose."""

from __future__ import annotations

from evaluation.wikigold import detokenize, read_wikigold


def test_punctuation_hugs_the_word_before_it():
    assert detokenize(["In", "1940", ",", "the", "war", "ended", ";", "peace", "came", "."]) == \
        "In 1940, the war ended; peace came."


def test_quotes_open_and_close_by_count():
    tokens = ["He", "set", "the", '"', "clear", '"', "signal", "and", "said", '"', "go", "!", '"']
    assert detokenize(tokens) == 'He set the "clear" signal and said "go!"'


def test_brackets_and_clitics():
    assert detokenize(["Angela", "(", "née", "Stone", ")", "was", "the", "band", "'s", "singer", "."]) == \
        "Angela (née Stone) was the band's singer."
    assert detokenize(["It", "did", "n't", "fit", "the", "album", "'s", "theme"]) == "It didn't fit the album's theme"


def test_single_quotes_and_plural_possessives():
    assert detokenize(["the", "passengers", "'", "deaths"]) == "the passengers' deaths"
    assert detokenize(["won", "'", "Best", "Single", "'", "in", "2007"]) == "won 'Best Single' in 2007"
    assert detokenize(["1", "June", "1945", "--", "21", "May"]) == "1 June 1945 – 21 May"


def test_reader_splits_articles_and_sentences(tmp_path):
    conll = tmp_path / "tiny.conll"
    conll.write_text("-DOCSTART- O\n\nRome I-LOC\nfell O\n. O\n\nIt O\nburned O\n. O\n\n"
                     "-DOCSTART- O\n\nParis I-LOC\nstood O\n. O\n", encoding="utf-8")
    docs = read_wikigold(conll)
    assert [doc.text for doc in docs] == ["Rome fell. It burned.", "Paris stood."]
    assert docs[0].tags[0] == ["I-LOC", "O", "O"] and docs[0].n_words == 4
