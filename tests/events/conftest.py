"""Fixtures shared by the events tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def process():
    """Run every configured stage over a small text, with one model load for the module."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str):
        return pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]

    return run
