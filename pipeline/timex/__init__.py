"""Dates: the ``timexes`` stage and the date grammar behind it.

- ``timexes`` (stage): every temporal expression of the body, resolved in the narrative's own time.
- ``grammar``: runs the rules over a text; ``rules/``: the rules, one family a module, each declared
  with ``@rule(name, pattern, examples=…)`` and its hooks (``rules/registry.py``).
- ``tagger``: the narrative's time (what moves it, what does not), values and intervals of each piece.
- ``piece``, ``context``: a rule's match and the tokens around it; ``values``: TIMEX3 values and
  their intervals (BC included); ``lexicon``: month, season and number words.
"""
