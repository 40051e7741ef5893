"""The CRF sequence labeller behind :func:`pipeline.citations.parse.parse_citation`.

Reference strings are labelled token by token (author, date, title, journal,
container-title, volume, pages, publisher, location, …) by a linear-chain CRF,
the method of AnyStyle, GROBID and ParsCit. We use python-crfsuite (a
well-kept binding of CRFsuite). The package holds the trained model
(``pipeline/citations/data/citations.crfsuite``) and the features it reads; its
training on AnyStyle's labelled core set lives outside the package, in
:mod:`evaluation.citation_training` (``python -m evaluation.citation_training``
rebuilds the model and its fingerprint after a change of features or data).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon.calendar import MONTH_WORDS

DATA_DIR = Path(__file__).parent / "data"
MODEL_PATH = DATA_DIR / "citations.crfsuite"
FINGERPRINT_PATH = DATA_DIR / "citations.fingerprint.json"
FEATURES_VERSION = 3

_TOKEN = re.compile(r"\S+")
_CUES = {"vol", "volume", "no", "nr", "issue", "pp", "p", "pages", "page", "ed", "eds", "edn", "edition", "in",
         "press", "university", "univ", "journal", "review", "proceedings", "conference", "thesis",
         "dissertation", "phd", "retrieved", "available", "accessed", "trans", "publishers", "publishing",
         "books", "verlag", "quarterly", "studies", "history", "magazine", "by", "and", "et", "al", "de",
         "doi", "isbn", "online", "up", "department", "institute", "company", "co", "inc", "ltd"}


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", word)
    shape = re.sub(r"[a-z]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


def _token_features(tok: str, i: int, n: int, quote_depth: int, italic: bool) -> dict[str, float | str]:
    core = tok.strip(".,;:()[]\"'“”‘’«»")
    low = core.lower()
    f: dict[str, float | str] = {
        "w": low, "shape": _shape(core)[:8], "p3": low[:3], "s3": low[-3:],
        "first": tok[:1] if not tok[:1].isalnum() else "a", "last": tok[-1:] if not tok[-1:].isalnum() else "a",
        "pos": str(int(10 * i / max(n, 1))),
    }
    if re.fullmatch(r"\(?(1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:;]?", tok):
        f["year"] = 1.0
    elif re.search(r"\b(1[5-9]\d\d|20\d\d)\b", tok):
        f["has_year"] = 1.0
    if core.isdigit():
        f["digits"] = str(min(len(core), 5))
    if re.fullmatch(r"\d+[-–—]\d+[.,)]?", tok.strip("p.")):
        f["range"] = 1.0
    if re.fullmatch(r"\(?\d+\)?[.,:]?", tok) and "(" in tok:
        f["paren_num"] = 1.0
    if re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*,?", tok) or re.fullmatch(r"[A-Z]{1,3},?", tok):
        f["initials"] = 1.0
    if core[:1].isupper():
        f["cap"] = 1.0
    if core.isupper() and len(core) > 1:
        f["allcaps"] = 1.0
    if low in MONTH_WORDS:
        f["month"] = 1.0
    if low in _CUES:
        f["cue"] = low
    if re.match(r"(https?://|www\.|doi:|10\.\d{4})", tok, re.I):
        f["url"] = 1.0
    if quote_depth:
        f["quoted"] = 1.0
    if italic:
        f["italic"] = 1.0
    if tok.startswith("''") or tok.endswith("''") or tok.endswith("'',") or tok.endswith("''."):
        f["italic_edge"] = 1.0
    return f


def featurize(text: str) -> list[dict[str, float | str]]:
    """CRF features for every whitespace token of a reference string."""
    tokens = [t[2] for t in tokenize(text)]
    n = len(tokens)
    base = []
    quote = 0
    italic = False
    for i, tok in enumerate(tokens):
        opens = tok[:1] in "\"“«" or tok.startswith("'") and not tok.startswith("''")
        if opens:
            quote = 1
        starts_italic = tok.startswith("''")
        feats = _token_features(tok, i, n, quote, italic or starts_italic)
        if starts_italic:
            italic = True
        if "''" in tok[2:] or (starts_italic and tok.count("''") >= 2):
            italic = False if (tok.count("''") >= 2 or not starts_italic) else italic
        if tok[-1:] in "\"”»" or tok[-2:] in ('".', '",', "”.", "”,"):
            quote = 0
        base.append(feats)
    out = []
    for i, feats in enumerate(base):
        f = dict(feats)
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f[f"{off}:w"] = base[j]["w"]
                f[f"{off}:shape"] = base[j]["shape"]
                for key in ("year", "initials", "cue", "range", "italic", "quoted", "digits"):
                    if key in base[j]:
                        f[f"{off}:{key}"] = base[j][key]
            else:
                f[f"{off}:edge"] = 1.0
        out.append(f)
    return out


def _to_crfsuite(features: list[dict[str, float | str]]) -> list[dict[str, float]]:
    # crfsuite takes string-keyed numeric features: fold string values into the key.
    return [{(k if isinstance(v, float) else f"{k}={v}"): (v if isinstance(v, float) else 1.0)
             for k, v in f.items()} for f in features]


@lru_cache(maxsize=1)
def tagger():
    """The committed model, loaded once per process."""
    import pycrfsuite

    if not MODEL_PATH.exists():
        raise FileNotFoundError(f"citation model {MODEL_PATH} is missing; build it with "
                                f"`python -m evaluation.citation_training`")
    t = pycrfsuite.Tagger()
    t.open(str(MODEL_PATH))
    return t


def label_tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, token, label) for every token of ``text``."""
    toks = tokenize(text)
    if not toks:
        return []
    labels = tagger().tag(_to_crfsuite(featurize(text)))
    return [(s, e, t, lab) for (s, e, t), lab in zip(toks, labels)]
