"""Cleaning throughput, including adversarial inputs. Run with `make bench` (prints MB/s)."""

import time

import pytest

from tests.conftest import REFERENCE, clean_document

pytestmark = pytest.mark.slow


def _rate(text: str) -> tuple[float, float]:
    start = time.perf_counter()
    clean_document(text)
    seconds = time.perf_counter() - start
    return len(text.encode("utf-8")) / 1e6 / seconds, seconds


def test_clean_throughput_reference_and_10mb():
    ref = REFERENCE.read_text(encoding="utf-8")
    _rate(ref)  # warm-up: imports and regex compilation are not cleaning time
    mbps, secs = _rate(ref)
    print(f"\nclean reference article: {mbps:.2f} MB/s ({secs:.3f} s)")
    big = (ref + "\n\n") * (10_000_000 // len(ref.encode("utf-8")) + 1)
    mbps_big, secs_big = _rate(big)
    print(f"clean 10 MB document: {mbps_big:.2f} MB/s ({secs_big:.1f} s)")
    # Linear time: the 10 MB rate stays within a factor of 3 of the small one.
    assert mbps_big > mbps / 3


@pytest.mark.parametrize("unit", [
    "Hanko, Finland, Hank ",                      # near-miss piped link
    "Treaty of Aaa Bbb Ccc Ddd#",                  # section-link prefix without its display
    "Aaa Bbb Ccc Ddd Eee Fff Ggg (x), ",           # disambiguator near-miss
    "word ... ",                                   # ellipsis without line end
    "{{Efn, never closed ",                        # template opener
    "remilitarization of the Rhineland, remil ",   # stem near-miss
])
def test_one_megabyte_line_of_near_matches(unit):
    line = unit * (1_000_000 // len(unit))
    mbps, secs = _rate(line)
    print(f"\n1 MB line of {unit!r}: {mbps:.2f} MB/s ({secs:.2f} s)")
    assert secs < 30


def test_many_newlines_and_spaces():
    text = "a" + "\n" * 500_000 + " " * 500_000 + "b"
    mbps, secs = _rate(text)
    print(f"\n1 MB of blank lines and spaces: {mbps:.2f} MB/s ({secs:.2f} s)")
    assert secs < 30
