"""The corpus report's index for 1,000 reference-sized documents stays under 20 MB. See bench/report_size.py."""

import pytest

from bench.report_size import measure
from tests.conftest import full_run  # noqa: F401 - the fixture, shared with the tests

pytestmark = pytest.mark.slow


def test_report_index_for_1000_documents_is_under_20_mb(full_run):
    size, seconds = measure(full_run["outputs"], 1000)
    print(f"\n1000 documents: report index {size / 1e6:.1f} MB, built in {seconds:.1f} s")
    assert size < 20_000_000
