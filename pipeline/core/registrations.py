"""The built-in stages, registered in one place (as spaCy's ``registrations.populate_registry``)."""

from __future__ import annotations

from pipeline.core.registry import Stage, check_stage_order


def populate_registry() -> None:
    """Register every built-in stage: importing a stage's module runs its @stage decorator (idempotent)."""
    import pipeline.citations.cite  # noqa: F401
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


def resolve_stages(names: tuple[str, ...] | list[str]) -> list[Stage]:
    """The stages ``names`` lists, in order, once the order is checked: the check at load
    (:func:`pipeline.core.registry.check_stage_order`), a ConfigError naming the stages and the fix."""
    populate_registry()
    return check_stage_order(names)
