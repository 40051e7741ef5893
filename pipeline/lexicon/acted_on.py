"""Words of the shapes in which a happening is done to a named party that the general rules leave as a
theme or drop (issue "who did it", part 1): read by :mod:`pipeline.events.acted_parties`."""

from __future__ import annotations

# Nouns of a standing a party holds: what is done to it ("acknowledged the independence of Lusk") is done
# to the party named after "of".
STANDING_OF_NOUNS = frozenset({"independence", "sovereignty", "autonomy", "neutrality", "statehood", "rights",
                               "recognition", "unification", "unity", "surrender", "capitulation", "overthrow",
                               "submission", "allegiance", "loyalty", "government", "leadership", "people",
                               "population"})
# Ruler nouns after "as": "ruled as kings of the Lusks" is rule over the people named after "of".
RULER_NOUNS = frozenset({"king", "kings", "queen", "queens", "emperor", "emperors", "ruler", "rulers", "monarch",
                         "monarchs", "sultan", "sultans", "khan", "khans", "tsar", "tsars", "shah", "caliph", "caliphs",
                         "emir", "emirs", "duke", "dukes", "prince", "princes", "pharaoh", "pharaohs", "overlord",
                         "overlords", "sovereign", "sovereigns", "lord", "lords", "chief", "chiefs"})
# Plural nouns of a body's people: many of them acted on is the body acted on ("members of the Red League
# were tried"); one holder of a post acted on is not (:func:`pipeline.events.party_shapes.is_post_holders_body`).
BODY_PEOPLE_NOUNS = frozenset({"members", "leaders", "leadership", "activists", "militants", "deputies"})
# Nouns of a settlement or a stronghold: the name after "of" is the place acted on as a place ("captured the
# town of Orm"), never a party.
PLACE_OF_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "port", "ports", "fortress",
                            "fortresses", "fort", "forts", "castle", "castles", "citadel", "island", "islands",
                            "stronghold", "strongholds", "settlement", "settlements", "harbour", "harbor", "oasis"})
# Nouns of the ties between two parties: their parties are named after "between" or by a possessor, and
# neither acts when the ties improve or decline ("Relations between Tarvia and Lusk improved").
RELATION_NOUNS = frozenset({"relations", "relationship", "relationships", "ties", "trade", "contacts", "cooperation",
                            "co-operation", "rivalry", "tension", "tensions", "friendship", "alliance", "rapprochement",
                            "dialogue", "links", "exchanges"})
# Nouns of resisting: "its fight against a hostile bid" — the one fighting is the bid's target.
RESISTING_NOUNS = frozenset({"fight", "battle", "struggle", "defense", "defence", "resistance", "opposition",
                             "campaign"})
# Participles that add a companion to a person ("the ambassadors (Tom Seeds, assisted by Will Strang, …)").
ACCOMPANYING_PARTICIPLES = frozenset({"assisted", "accompanied", "aided", "joined", "helped", "seconded", "flanked",
                                      "supported", "escorted"})
# Nouns of share holdings whose possessor is the company an offer is for ("a majority of Vell's shares").
SHARE_NOUNS = frozenset({"share", "shares", "stock", "stake", "equity", "common"})
# Heads of a happening's name the shared lists lack ("joined the Easter Rising"): an untagged name they end is
# no party (read with :data:`pipeline.lexicon.happenings.NAMED_HAPPENING_HEADS`).
MORE_HAPPENING_HEADS = frozenset({"rising", "risings", "putsch", "coup", "raid", "massacre", "pogrom", "exodus"})
# Nouns of a place in a body: the body named after "in", "of" or "to" is a party of the verb that grants,
# wins or takes one ("was granted membership in the Tarvian Academy", "elected to a fellowship of Orm College").
MEMBERSHIP_NOUNS = frozenset({"membership", "fellowship", "member", "fellow", "seat", "admission"})
