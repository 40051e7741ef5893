"""The date grammar's rules, one family a module, each rule with its whole life in one place.

A rule is declared once with :func:`rule`: its name, its regex, the trigger word
every match contains (see :mod:`pipeline.timex.grammar`), examples, and the
hooks it needs besides the general algorithm of :mod:`pipeline.timex.tagger`:

- ``build`` (the decorated function): the match → the :class:`Piece` objects it states;
- ``keep``: a context check a regex cannot express ("1500 tanks" is no year);
- ``resolve``: the value, where the general resolution against the narrative's
  time does not fit ("yesterday", "D-Day", "at that time");
- ``moves``: whether a date it found may become the story's current time.

The examples are sentences with the expected timexes in brackets; one
parametrised test (tests/timex/test_timex_rules.py) runs every rule's examples, so a
broken rule fails by its name. The firing rule is recorded on every timex
(the ``rule`` column of ``timexes``).
"""

from __future__ import annotations

from pipeline.timex.rules.registry import (  # noqa: F401 - the package's public names
    Builder, DROPPED, Example, Keep, Moves, RULES, Resolve, Resolved, Resolving, Rule, _BY_NAME, ex, register, rule, rule_named,
)


def populate() -> list[Rule]:
    """Every rule, in the order they compete for a span (imports the families once)."""
    from pipeline.timex.rules import (  # noqa: F401 - imported for their registrations
        months, years, year_spans, holidays, seasons, relative, days, business, durations, references, model,
    )
    return RULES
