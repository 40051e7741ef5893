"""Cleaning stages, each beside its rules: normalize, strip_glossary, strip_links, reflow, sections."""
