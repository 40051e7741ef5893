"""The built-in stages, registered in one place (as spaCy's ``registrations.populate_registry``)."""

from __future__ import annotations


def populate_registry() -> None:
    """Register every built-in stage: importing a stage's module runs its @stage decorator (idempotent)."""
    import pipeline.citations.cut_citations  # noqa: F401
    import pipeline.cleaning.normalize  # noqa: F401
    import pipeline.cleaning.reflow  # noqa: F401
    import pipeline.cleaning.sections  # noqa: F401
    import pipeline.cleaning.strip_glossary  # noqa: F401
    import pipeline.cleaning.strip_links  # noqa: F401
    import pipeline.events.events  # noqa: F401
    import pipeline.nlp.entities  # noqa: F401
    import pipeline.nlp.nlp  # noqa: F401
    import pipeline.timex.timexes  # noqa: F401
