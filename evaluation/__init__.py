"""Evaluation harnesses: score the pipeline on data we did not write (run as ``python -m evaluation.<name>``)."""
