"""The spaCy parse and the entities read from it.

- ``nlp`` (stage): runs the configured spaCy pipeline over the body paragraphs (sentences, parse).
- ``model``: loads the model by package name (never downloads), without the components no
  configured stage declares; stages reach it through ``StageContext.model()``.
- ``entities`` (stage): spaCy's entities corrected and extended by the document's own links
  (a gazetteer) and by the surnames of people it names in full.
- ``common_words``: a capitalised common word at a sentence's start ("Kidnappers seized …") is no
  name, where the document writes it in lower case and never capitalised inside a sentence.
- ``entity_hygiene``: spans a reader can trust (cut where the model overran, dropped where it is
  not a name).
- ``parse_needs``: where each stage reads a dependency parse (``@stage(parse=...)``), for
  ``nlp.parse: needed``, which parses only there; ``attribute_lookup``: the attribute ruler's
  matches by table look-up (the same matches, cheaper).
"""
