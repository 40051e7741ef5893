"""Harnesses that score the pipeline on data it was not written on (run as ``python -m evaluation.<name>``)."""
