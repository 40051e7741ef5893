"""A row's theme is the thing acted on, never one of its parties: when the theme :mod:`pipeline.events.themes`
read is the very name the row already holds as an actor or participant ("fought the Aztecs" → participant
Aztecs, theme Aztecs, where the tagger called the people a person), the theme is dropped. An agreement's
name stays: a treaty taken for a party is the party slot's mistake, not the theme's (issue 33: a state
or a person as theme where it is a party is judged wrong). A bare state's noun ("the country") beside a
named participant is that party, and dropped too."""

from __future__ import annotations

from pipeline.events.coreference import is_document_name
# A state's common nouns: as a bare theme beside a named participant ("led the country as its president",
# Tarvia named), the noun stands for that party, no thing acted on (issue 31: "never the theme country").
# Not "union" or "monarchy": "terminated the union with Austria" ends a thing.
_STATE_WORDS = frozenset({"country", "nation", "polity", "state", "kingdom", "empire", "realm", "republic",
                          "sultanate", "caliphate", "khanate", "emirate", "principality", "duchy"})


def drop_party_themes(events: list) -> None:
    """Clear, in place, each row's theme that names one of its own actors or participants."""
    for event in events:
        theme = event.theme
        if not isinstance(theme, str) or is_document_name(theme):
            continue
        parties = {name.lower() for name in (*event.actors, *event.participants)}
        if theme.lower() in parties or (theme.lower() in _STATE_WORDS and event.participants):
            event.theme = None
