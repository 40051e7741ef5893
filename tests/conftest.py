from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "germany_soviet_union_relations_1918_1941.txt"
CLEAN_STAGES = ["normalize", "strip_glossary", "strip_links", "reflow", "sections"]


def clean_document(text: str, doc_id: str = "doc", stages: list[str] | None = None):
    """Run the cleaning stages (no spaCy) over ``text`` and return the Document."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(None, stages=stages or CLEAN_STAGES)).text(text, doc_id)


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_clean(reference_text):
    return clean_document(reference_text, "germany_soviet_union_relations_1918_1941")


@pytest.fixture(scope="session")
def full_run(tmp_path_factory):
    """One real run (spaCy included) over the reference article plus bad files."""
    from pipeline.batch.runner import run

    base = tmp_path_factory.mktemp("run")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (corpus / "latin1.txt").write_bytes("Caf\xe9 au lait was served in 1920.".encode("latin-1"))
    (corpus / "plain article.txt").write_text(
        "Plain Article\n\nThe treaty was signed in Berlin on 24 April 1926. It lasted five years.\n",
        encoding="utf-8")
    outputs = base / "outputs"
    summary = run(corpus=str(corpus), outputs=str(outputs))
    return {"corpus": corpus, "outputs": outputs, "summary": summary}


@pytest.fixture(scope="session")
def pipeline():
    """One configured pipeline for the tests that run single texts through every stage
    (``pipeline.text``): loading the model once, not once per test module."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(None))


@pytest.fixture(scope="session")
def spacy_model():
    """The configured spaCy pipeline as the nlp stage loads it (components no stage uses, such as
    the lemmatizer, left out), once for tests that parse single sentences: a rule that works only
    with the full model would pass here and fail in the pipeline."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(None)).ctx.model()
