"""The binary check counts control characters (not tab, newline, \\v, \\f, \\r) in the first 100,000."""

import pytest

from pipeline.core.config import load_config
from pipeline.io.loader import InputError, read_text


def _read(tmp_path, text: str) -> str:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_text(path, "doc.txt", load_config(None).input)[1]


def test_layout_characters_are_not_control_characters(tmp_path):
    text = "A line.\tTabbed\r\nand\x0bvertical\x0cfeed " * 50
    assert _read(tmp_path, text) == text


def test_one_control_character_in_a_hundred_is_binary(tmp_path):
    assert _read(tmp_path, "x" * 99 + "\x07")  # exactly 1 %: still text
    with pytest.raises(InputError, match="looks binary"):
        _read(tmp_path, "x" * 98 + "\x07\x1b")
    # only the first 100,000 characters are read for it
    assert _read(tmp_path, "x" * 100_000 + "\x07" * 2000)
