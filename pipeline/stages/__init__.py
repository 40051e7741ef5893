"""Built-in stages; importing this package registers them by name."""

from pipeline.stages import (  # noqa: F401 - importing registers them
    cut_citations, entities, events, nlp, normalize, reflow, sections, strip_glossary, strip_links, timexes,
)
