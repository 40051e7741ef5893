"""Word lists and patterns several stage families share, spelled once.

- ``calendar``: month names and abbreviations.
- ``agreements``: the nouns that name an agreement, and each use's set written from them.
- ``labels``: the sets of spaCy entity labels (actors, places, states, names, gazetteer types).
- ``type_nouns``: common nouns that say what a name is ("diplomat", "ministry"), by label.
- ``happenings``: the nouns that name a happening and their lookalikes (the events stage's triggers).
- ``pronouns``: pronouns by what they can stand for (a person, a group, a body).
- ``stems``: the two small stemmers (piped links' five letters, story triggers' noun suffixes).
- ``patterns``: regular expressions more than one module needs (paragraph breaks, publication
  years, reference-list headings, disambiguators, possessives).

The date grammar's own tables live with it, in ``pipeline/timex/``.
"""
