"""Helpers shared by the events tests (not tests themselves)."""

from __future__ import annotations


def row(events: list, trigger: str):
    """The first event row whose trigger is ``trigger`` (StopIteration when there is none: the test fails)."""
    return next(e for e in events if e.trigger == trigger)
