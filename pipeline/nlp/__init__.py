"""The spaCy parse (the nlp stage) and the entities stage with its span hygiene."""
