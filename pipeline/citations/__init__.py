"""Citations: the cut_citations stage, where a citation string ends, and its parse into fields."""

from pipeline.citations.parse import parse_citation  # noqa: F401 - pipeline.citations.parse_citation

__all__ = ["parse_citation"]
