"""The README's "Reading the outputs" examples run against a real run's outputs."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT


def _examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reading the outputs", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_readme_has_pandas_and_duckdb_examples():
    blocks = _examples()
    assert any("pd.read_parquet" in b for b in blocks) and any("duckdb" in b for b in blocks)


@pytest.mark.parametrize("index", range(len(_examples())))
def test_readme_example_runs(full_run, tmp_path, monkeypatch, capsys, index):
    code = _examples()[index]
    if "import duckdb" in code:
        pytest.importorskip("duckdb")
    (tmp_path / "outputs").symlink_to(full_run["outputs"])
    (tmp_path / "corpus").symlink_to(full_run["corpus"])
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"README example {index + 1}", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.strip(), "the example printed nothing"


def test_readme_example_stage_registers_and_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    (example,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    exec(compile(example, "README.md (Layout)", "exec"), {})
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    stages = ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections", "nlp",
              "sentence_lengths"]
    doc = Pipeline(load_config(None, stages=stages)).text("Title\n\nThe pact was signed. It lasted two years.\n")
    assert doc.layers["sentence_lengths"] == [len("The pact was signed."), len("It lasted two years.")]
