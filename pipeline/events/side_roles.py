"""Parties the grammar of a sentence leaves out or misreads, restored after the general rules
(:func:`pipeline.events.roles.trigger_roles`): the sides of a war named after "between" act
(:mod:`pipeline.events.war_sides`), a realm a founding verb makes takes part
(:mod:`pipeline.events.founded_states`), and so does the counterpart of a proposal or request
(:mod:`pipeline.events.counterparts`)."""

from __future__ import annotations

from typing import Any

from pipeline.events.counterparts import counterpart_roles
from pipeline.events.founded_states import founded_state_roles
from pipeline.events.war_sides import war_side_roles


def side_roles(trigger: Any, roles: list, spans: list) -> list:
    """``roles`` (entity, role, name triples) with the three rules above applied, over ``spans`` (the
    sentence's (entity, span, name) triples)."""
    roles = war_side_roles(trigger, roles, spans)
    roles = founded_state_roles(trigger, roles, spans)
    return counterpart_roles(trigger, roles, spans)
