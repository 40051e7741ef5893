"""The command line as a user meets it: help, version, verbosity anywhere, progress in logs."""

from __future__ import annotations

import argparse
import importlib.metadata
import subprocess
import sys

import pytest

from pipeline.cli import build_parser
from pipeline.io.schema import TABLES

COMMANDS = ["run", "add", "status", "compact", "show", "report"]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_version_is_the_package_metadata_version():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.split()[-1] == importlib.metadata.version("pipeline")
    import pipeline

    assert pipeline.__version__ == importlib.metadata.version("pipeline")


@pytest.mark.parametrize("argv, verbose, quiet", [
    (["status"], False, False), (["-v", "status"], True, False), (["status", "-v"], True, False),
    (["run", "--verbose", "--force"], True, False), (["run", "-q"], False, True), (["-q", "report"], False, True),
])
def test_verbosity_before_or_after_the_command(argv, verbose, quiet):
    args = build_parser().parse_args(argv)
    assert (args.verbose, args.quiet) == (verbose, quiet)


def test_every_command_has_a_sentence_and_documents_every_option():
    parser = build_parser()
    subs = _subparsers(parser)
    assert sorted(subs) == sorted(COMMANDS)
    top = parser.format_help()
    for name, sub in subs.items():
        assert sub.description and sub.description.endswith("."), name
        assert name in top
        text = sub.format_help()
        for action in sub._actions:
            assert action.help, (name, action.dest)  # every option says what it does
            for option in action.option_strings:
                assert option in text, (name, option)
    assert all(table in subs["show"].format_help() for table in TABLES)


def test_progress_lines_in_a_run_without_a_terminal(tmp_path):
    from tests.conftest import REFERENCE

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"doc{i}.txt").write_text(f"Doc {i}\n\nIn 1939 Germany invaded Poland. Text {i}.\n", encoding="utf-8")
    assert REFERENCE.exists()
    base = [sys.executable, "-m", "pipeline", "run", "--corpus", str(corpus), "--outputs", str(tmp_path / "out"),
            "--backend", "serial"]
    proc = subprocess.run(base, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("processed ") and "/" in line]
    assert lines and lines[-1].startswith("processed 3/3 documents (") and "docs/s" in lines[-1], proc.stderr
    quiet = subprocess.run(base + ["--force", "-q"], capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0 and not [line for line in quiet.stderr.splitlines() if "/3 documents" in line]
    assert "processed 3, unchanged 0" in quiet.stderr  # the summary still says what happened


def test_progress_line_has_rate_and_time_left():
    import io

    from pipeline.batch.progress import Progress

    out = io.StringIO()
    p = Progress(40, out)
    for _ in range(40):
        p.update()
    lines = out.getvalue().splitlines()
    assert len(lines) == 20 and lines[-1].startswith("processed 40/40 documents (")
    assert "left" in lines[0] and "left" not in lines[-1]
