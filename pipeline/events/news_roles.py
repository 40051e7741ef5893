"""Last changes to a trigger's roles for shapes of news prose (issue 31, the parties a news row missed
or gave wrongly), made once every general rule has read the sentence:

- an office holder named only by the office acts for its state, city or body, where the row has no
  actor (:mod:`pipeline.events.office_parties`: "the Tarvian foreign minister said", "the chairman
  of Orme Corp. said"), and takes part for it as the object ("met the Tarvian envoy");
- people of a nationality counted out ("Twelve Tarvians were killed", "five Lusks were deported") are
  so many persons, no state: the state is no party of what was done to them (a force or a people
  acting as a whole, "Tarvians attacked", keeps its state, read elsewhere);
- the state whose embassy an attack hits is attacked, whether its name or its nationality is on the
  embassy ("the bombing at the Tarvian embassy": Tarvia; a state's name alone is read by
  :func:`pipeline.events.market_parties.state_force` too);
- where a person named with an age is from ("Jan Orme, 44, of Lusk, Tarvia, was charged"): no party,
  even where the model takes the town for a people ("St. Orme") or the parser hangs the region on
  the town; (the general rules read the plain "Jan Orme of Lusk");
- the business whose officer says "we" in what he is quoted saying acts
  (:mod:`pipeline.events.speaker_bodies`: "Jan Orme, the chairman of Tarn Foods, said we will cut jobs");
- a family or kin named by its surname is one party ("the Orme family sold its stake"; as written,
  :mod:`pipeline.events.family_parties`);
- the one met or talked with, named by a name the model left untagged ("met with Orme in Vell",
  :mod:`pipeline.events.meeting_parties`);
- the maker of an offer or a purchase named by a possessor the model left untagged ("Orm's offer
  for Vell Inc.", :mod:`pipeline.events.bidder_parties`);
- the business that says its man resigned, the body he left (:func:`pipeline.events.speaker_bodies.left_bodies`);
- the state or town goods or people are conveyed to ("shipped to Lusk", "deported to Tarvia") is
  where they went, no party (the general rules make a "to" object a recipient when the verb moves
  something);
- a town before its state on a business description is where (:mod:`pipeline.events.based_descriptions`),
  a quoted stock move has no actor (:mod:`pipeline.events.stock_moves`), who suffers or undergoes
  something does not act and a legal form ends a business's name before "of" its country
  (:mod:`pipeline.events.undergoers`), "King Orsu of Lusk" is that one, not a namesake
  (:mod:`pipeline.events.titled_bearers`), and a body the model missed as the subject acts
  (:mod:`pipeline.events.untagged_bodies`: "Savin cited", "the RUC have offered").

Called from :func:`pipeline.events.roles.trigger_roles` with its roles, as one hook.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.based_descriptions import based_towns
from pipeline.events.stock_moves import stock_move_roles
from pipeline.events.undergoers import legal_names, undergoer_roles
from pipeline.events.titled_bearers import titled_bearers
from pipeline.events.untagged_bodies import untagged_bodies
from pipeline.events.office_parties import office_objects, office_states, struck_states
from pipeline.events.speaker_bodies import left_bodies, speaker_bodies
from pipeline.events.family_parties import family_roles
from pipeline.events.bidder_parties import untagged_bidder
from pipeline.events.meeting_parties import met_untagged
from pipeline.lexicon.offices import CONVEYING_VERBS, REALM_OFFICES

_COUNTING = {"several", "many", "few", "dozens", "hundreds", "thousands"}


def news_roles(trigger: Any, roles: list, extra: dict[str, list], subjects: list, spans: list,
               states: list[str], names: Any = None) -> list:
    """``roles`` ((entity, role, name) triples) with the news shapes above applied; ``extra`` holds
    the actors and participants resolved from pronouns and descriptions, ``spans`` the sentence's
    (entity, span, name) triples, ``names`` the document's :class:`~pipeline.events.names.Names`."""
    span_of = {id(e): sp for e, sp, _ in spans}
    # (the pipeline's people, whose labels may differ from the parser's own: "Kopp" tagged a place)
    people = {t.i for e, sp, _ in spans if e.label == "PERSON" for t in sp}
    roles = [r for r in roles if not _counted_people(r, span_of) and not _home_of_person(r, span_of, people)]
    roles = [(e, "place", name) if _conveyed_to(trigger, e, role, span_of) else (e, role, name)
             for e, role, name in roles]
    roles = based_towns(roles, span_of)  # "The Kearny, N.J.-based maker said": Kearny is where
    roles = stock_move_roles(trigger, roles, extra, span_of)  # "Orm closed at $19.50, down 25 cents": no actor
    roles = legal_names(undergoer_roles(trigger, roles))  # "Lusk suffered"; "Reiss B.V. of the Netherlands"
    roles = titled_bearers(roles, span_of)  # "King Orsu of Lusk": that one, not the namesake Tarik Orsu
    struck = struck_states(trigger, spans, states)
    # (the model's "U.S. Embassy" as a body's name gives way to its state, in whatever role it had)
    gone = {id(e) for e, _, _ in struck}
    roles = [r for r in roles if r[0] is None or id(r[0]) not in gone]
    have = {name for _, _, name in roles}
    roles += [r for r in struck if r[2] not in have]
    if not extra["actor"] and not any(role == "actor" for _, role, _ in roles):
        have = {name for _, _, name in roles}
        roles += [r for r in office_states(trigger, subjects, spans, states) if r[2] not in have]
        # "Jan Orme, the chairman of Tarn Foods, said we expect ...": the business says "we"
        roles += [r for r in speaker_bodies(trigger, subjects, spans) if r[2] not in have]
        roles += [r for r in untagged_bidder(trigger, spans) if r[2] not in have]  # "Orm's offer for Vell"
        if not any(role == "actor" for _, role, _ in roles):  # "Savin cited", "the RUC have offered"
            roles += untagged_bodies(subjects, spans, names)
    if not extra["participant"]:  # "met the Tarvian foreign minister": Tarvia, unless he is named nearby
        have = {name for _, _, name in roles}
        roles += [r for r in office_states(trigger, office_objects(trigger), spans, states, "participant")
                  if r[2] not in have]
    have = {name for _, _, name in roles}  # "met with Orme in Vell": the one met, if the model left him untagged
    roles += [r for r in met_untagged(trigger, spans) if r[2] not in have]
    have = {name for _, _, name in roles}  # "Tarn Foods said Mr. Orme resigned": the body he left
    roles += [r for r in left_bodies(trigger, spans) if r[2] not in have]
    return _with_families(trigger, roles, subjects)


def _with_families(trigger: Any, roles: list, subjects: list) -> list:
    """The roles with each named kin ("the Orme family") as one party, in place of its surname alone
    where the rules took that for the party ("Orme" would read as one person)."""
    families = family_roles(trigger, subjects)
    if not families:
        return roles
    surnames = {name.rsplit(" ", 1)[0] for _, _, name in families}
    have = {name for _, _, name in roles}
    return [r for r in roles if r[2] not in surnames] + [r for r in families if r[2] not in have]


def _counted_people(role: tuple, span_of: dict) -> bool:
    """Whether a participant is a nationality's people counted out ("Twelve Tarvians", "several
    Lusks"): persons, whose state takes no part."""
    e, kind, _ = role
    sp = span_of.get(id(e)) if e is not None else None
    if kind != "participant" or sp is None or e.label != "NORP" or sp.root.tag_ != "NNPS":
        return False
    return any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in _COUNTING) for c in sp.root.children)


def _conveyed_to(trigger: Any, e: Any, role: str, span_of: dict) -> bool:
    """Whether a participant state or town is where the trigger's verb of conveying took someone or
    something ("was shipped to Lusk", "deported them to Tarvia")."""
    sp = span_of.get(id(e)) if e is not None else None
    if role != "participant" or sp is None or e.label not in ("GPE", "LOC"):
        return False
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(CONVEYING_VERBS):
        return False
    root = sp.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "into") and root.head.head.i == trigger.i


def _home_of_person(role: tuple, span_of: dict, people: set[int]) -> bool:
    """Whether a party is the town or region a person is "of", written after the person's name or age
    ("Jan Orme, 44, of St. Lusk, Vt.,"): up through appositions and compounds to an "of" whose head is
    a person's name (a token of ``people``, the sentence's person names) or the person's age."""
    e, kind, _ = role
    sp = span_of.get(id(e)) if e is not None else None
    if kind not in ("actor", "participant") or sp is None or e.label not in ("GPE", "LOC", "NORP", "FAC"):
        return False
    root = sp.root
    for _ in range(6):
        if root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
            root = root.head
        else:
            break
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    if owner.like_num and owner.dep_ == "appos":
        owner = owner.head  # "Jan Orme, 44, of Lusk": the parser may hang "of" on the age
    if owner.lower_ in REALM_OFFICES:
        return False  # "was Queen of Tarvia and Lusk", the office tagged inside a name: realms, not a home
    return owner.i in people or owner.ent_type_ == "PERSON"
