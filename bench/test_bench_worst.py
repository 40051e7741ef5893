"""Worst-case inputs (a 700-name sentence, a 38 KB one-sentence list, 2 MB on one line) next to
ordinary prose of the same size: seconds and peak memory, printed. See bench/worst_case.py."""

import pytest

from bench.worst_case import main

pytestmark = pytest.mark.slow


def test_worst_cases_against_ordinary_prose(capsys):
    main([])
    out = capsys.readouterr().out
    with capsys.disabled():
        print("\n" + out)
    assert "vs prose-2MB-paragraphs" in out  # every case finished and was compared
