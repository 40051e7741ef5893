"""Scores on data we did not write; outside the installed package, run by ``make eval``.

- ``shared``: the one path to ``../shared/data`` (TimeML, WikiGold, AnyStyle, WikiEvents).
- ``timexes``: the timexes stage against TimeBank and AQUAINT (``python -m evaluation.timexes``),
  with ``timeml`` (the TimeML reader) and ``scores`` (the scorers, citations' too).
- ``anchoring``: which date an event row carries, against TimeML's event–time links.
- ``events``, ``stories``: the golden events and the stories dev set.
- ``piped_links``, ``glossary_anchors``: the cleaners on the reference article and on text with no
  wiki link at all, with ``wikigold`` (WikiGold read back into prose).
"""
