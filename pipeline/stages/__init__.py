"""Built-in stages; importing this package registers them by name."""

from pipeline.stages import cut_citations, entities, events, glossary, nlp, normalize, piped_links, reflow, sections, timexes  # noqa: F401
