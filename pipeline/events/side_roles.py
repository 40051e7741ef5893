"""Parties the grammar of a sentence leaves out or misreads, restored after the general rules
(:func:`pipeline.events.roles.trigger_roles`): the sides of a war named after "between" act
(:mod:`pipeline.events.war_sides`) and those its dashed name gives
(:mod:`pipeline.events.dashed_wars`), a realm a founding verb makes takes part
(:mod:`pipeline.events.founded_states`), as does a state "the country's" end refers to
(:mod:`pipeline.events.ended_states`) and a realm's name the model lost (:mod:`pipeline.events.realm_names`),
and so do the counterpart of a proposal or request
(:mod:`pipeline.events.counterparts`) and the state a land breaks away from
(:mod:`pipeline.events.separations`); a people's word on a noun of taking acts
(:mod:`pipeline.events.people_happenings`); a ruler named by numeral or epithet takes part in his
death (:mod:`pipeline.events.life_ends`); where a passive's agent acted is no party
(:mod:`pipeline.events.agent_places`); the author of a work acts (:mod:`pipeline.events.work_authors`); the parties a happening noun's own phrase names
(:mod:`pipeline.events.nominal_agents`: "the intervention of Tarvia in support of Lusk")."""

from __future__ import annotations

from typing import Any

from pipeline.events.acted_parties import acted_roles
from pipeline.events.agent_places import agent_place_roles
from pipeline.events.counterparts import counterpart_roles
from pipeline.events.dashed_wars import dashed_war_roles
from pipeline.events.ended_states import ended_state_roles
from pipeline.events.founded_states import founded_state_roles
from pipeline.events.life_ends import life_end_roles
from pipeline.events.nominal_agents import nominal_roles
from pipeline.events.people_happenings import taking_people_roles
from pipeline.events.realm_names import realm_name_roles
from pipeline.events.separations import separation_roles
from pipeline.events.war_sides import war_side_roles
from pipeline.events.work_authors import work_author_roles


def side_roles(trigger: Any, roles: list, spans: list, states: list[str] = ()) -> list:
    """``roles`` (entity, role, name triples) with the rules above applied, over ``spans`` (the
    sentence's (entity, span, name) triples); ``states`` are the document's states."""
    roles = war_side_roles(trigger, roles, spans)
    roles = dashed_war_roles(trigger, roles, list(states))  # "the Orm–Lusk War": its sides act
    roles = founded_state_roles(trigger, roles, spans)
    roles = ended_state_roles(trigger, roles, spans, list(states))  # "until the country's dissolution"
    roles = realm_name_roles(trigger, roles)  # "the Grand Duchy of Lusk controlled": a realm the model lost
    roles = separation_roles(trigger, roles, spans, list(states))
    roles = taking_people_roles(trigger, roles, spans, list(states))
    roles = agent_place_roles(trigger, roles, spans)  # "by Orme at Lusk Laboratories": where, not who
    roles = life_end_roles(trigger, roles, spans)  # "the death of Lusk VII": the ruler, whatever the model's label
    roles = counterpart_roles(trigger, roles, spans)
    roles = work_author_roles(trigger, roles, spans)  # "dates back to the work of Orme", "theories by Orme, published"
    roles = acted_roles(trigger, roles, spans, list(states))  # parties acted on the grammar left as themes
    return nominal_roles(trigger, roles, spans, list(states))  # "the intervention of Tarvia in support of Lusk"
