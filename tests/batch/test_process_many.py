"""Several documents parsed together (Pipeline.process_many, the serial backend) give each the
tables it gets alone, in order, an unreadable file and a failing stage included; and the nlp
stage takes a parse done ahead only for the text and paragraphs it was made from."""

from __future__ import annotations

import pytest

from pipeline.core.registry import stage

TEXTS = {
    "a": "The treaty was signed in Berlin on 24 April 1926 by Gustav Stresemann.\n\nIt came into force in June.\n",
    "b": "Poland and Lithuania quarrelled over Vilnius in 1920. They signed a truce in October.\n",
    "c": "In 1939 Germany and the Soviet Union signed a pact. Britain and France protested.\n",
}


def _items(tmp_path, names):
    import hashlib

    from pipeline.io.loader import SourceFile

    items = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        if name == "bad":
            path.write_bytes(b"")  # an empty file cannot be read
        elif name not in TEXTS:
            path.write_text(TEXTS["a"].replace("Berlin", "Moscow") + name + " failed here.\n", encoding="utf-8")
        else:
            path.write_text(TEXTS[name], encoding="utf-8")
        items.append((SourceFile(name, path, path.name), hashlib.sha256(path.read_bytes()).hexdigest()))
    return items


@stage("fail_on_moscow_test", reads=(), writes=())
def _fail_on_moscow(doc, ctx):
    if "Moscow" in doc.text:
        raise ValueError("a test failure")
    return doc


@pytest.fixture(scope="module")
def pipelines():
    from pipeline.batch.processing import Pipeline
    from pipeline.core.config import load_config

    made = {}
    for parse in ("all", "needed"):
        config = load_config(None)
        config = config.model_copy(update={"nlp": config.nlp.model_copy(update={"parse": parse}),
                                           "stages": (*config.stages, "fail_on_moscow_test")})
        made[parse] = Pipeline(config)
    return made


def _drop_times(tables):
    return {name: t.drop_columns([c for c in ("processed_at",) if c in t.column_names]) for name, t in tables.items()}


@pytest.mark.parametrize("parse", ["all", "needed"])
def test_many_at_once_give_each_document_its_own_tables(pipelines, tmp_path, parse):
    pipeline = pipelines[parse]
    items = _items(tmp_path, ["a", "bad", "b", "late", "c"])
    alone = [(source.doc_id, _drop_times(pipeline.process(source, sha))) for source, sha in items]
    together = [(doc_id, _drop_times(tables)) for doc_id, tables in pipeline.process_many(items)]
    assert [d for d, _ in together] == ["a", "bad", "b", "late", "c"]
    for (doc_a, tables_a), (doc_b, tables_b) in zip(alone, together):
        assert doc_a == doc_b and tables_a.keys() == tables_b.keys()
        for name in tables_a:
            assert tables_a[name].equals(tables_b[name]), (doc_a, name)
    status = {d: t["documents"].column("status")[0].as_py() for d, t in together}
    assert status == {"a": "ok", "bad": "failed", "b": "ok", "late": "failed", "c": "ok"}
    assert len(together[0][1]["sentences"]) == 2


def test_small_groups_flush_by_document_count(pipelines, tmp_path):
    pipeline = pipelines["all"]
    small = pipeline.__class__(pipeline.config.model_copy(
        update={"nlp": pipeline.config.nlp.model_copy(update={"batch_size": 2})}), pipeline.stages)
    small.ctx = pipeline.ctx  # the loaded model
    items = _items(tmp_path, ["a", "b", "c"])
    assert [d for d, _ in small.process_many(items)] == ["a", "b", "c"]


def test_the_nlp_stage_ignores_a_stale_parse_done_ahead(pipelines):
    from pipeline.core.document import Document
    from pipeline.nlp.nlp import PARSED_AHEAD, parse_ahead

    pipeline = pipelines["all"]
    before = pipeline.only(["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections"])
    first, second = (before(Document.from_raw(n, f"{n}.txt", TEXTS[n])) for n in ("a", "b"))
    parse_ahead([first, second], pipeline.ctx)
    assert PARSED_AHEAD in first.layers
    # The second's parse handed to the first: not its text, so the stage parses the first again.
    first.layers[PARSED_AHEAD] = second.layers[PARSED_AHEAD]
    done = pipeline.only(["nlp"])(first)
    assert PARSED_AHEAD not in done.layers
    assert "Stresemann" in done.layers["spacy_docs"][0][1].text


def test_dask_tasks_are_groups_of_consecutive_documents(tmp_path):
    from pipeline.batch.backends import dask_groups
    from pipeline.io.loader import SourceFile

    items = []
    for i, size in enumerate([10, 10, 10, 500, 10, 10, 10, 10, 10, 10]):
        path = tmp_path / f"d{i}.txt"
        path.write_text("x" * size, encoding="utf-8")
        items.append((SourceFile(f"d{i}", path, path.name), "sha"))
    items.append((SourceFile("gone", tmp_path / "gone.txt", "gone.txt"), "sha"))  # vanished: no size
    groups = dask_groups(items, workers=1, max_docs=64, max_bytes=100)
    assert [item for group in groups for item in group] == items  # all, in order, once
    names = [[item[0].doc_id for item in group] for group in groups]
    # 11 documents, 1 worker: about 4 tasks of at most 3; the 500-byte file goes alone.
    assert names == [["d0", "d1", "d2"], ["d3"], ["d4", "d5", "d6"], ["d7", "d8", "d9"], ["gone"]]
    assert all(len(g) == 1 for g in dask_groups(items, workers=8, max_docs=64, max_bytes=100))
