"""Stages registered by name, with the layers each reads and adds.

A stage is a callable ``(Document, StageContext) -> Document``. Registering it
states what it needs and what it provides, so a configuration that orders
stages wrongly fails at load time with a message, not halfway through a run.

This module only holds what is registered; the built-in stages are registered in
one place, :func:`pipeline.core.registrations.populate_registry` (the registry
importing the stages that import the registry was an import circle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from pipeline.core.layers import BY_NAME, RAW, Layer

if TYPE_CHECKING:
    from pipeline.core.config import Config
    from pipeline.core.document import Document
    from pipeline.nlp.parse_needs import ParseNeed


@dataclass
class StageContext:
    """What a stage may use besides the document: the config, shared resources, and the spaCy model.

    ``stages`` are the stages this context serves (the Pipeline's, in order): they say which
    spaCy components the model must keep."""

    config: "Config"
    resources: dict[str, Any] = field(default_factory=dict)
    stages: tuple["Stage", ...] = ()

    def model(self) -> Any:
        """The configured spaCy pipeline, loaded once per context (stages get it here instead of
        importing the nlp stage), without the optional components none of ``stages`` declares."""
        from pipeline.nlp.model import model_for

        key = f"spacy:{self.config.nlp.model}"
        if key not in self.resources:
            self.resources[key] = model_for(self.config, self.stages)
        return self.resources[key]


StageFn = Callable[["Document", StageContext], "Document"]


@dataclass(frozen=True)
class Stage:
    """A registered stage and its contract (in the spirit of spaCy's ``requires``/``assigns``/``retokenizes``)."""

    name: str
    fn: StageFn
    reads: tuple[Layer, ...]
    writes: tuple[Layer, ...]
    edits_text: bool = False          # changes doc.text (through Document.edit)
    spacy: tuple[str, ...] = ()       # spaCy components it needs ("ner", "parser" …)
    parse: "ParseNeed | None" = None  # where it reads tags/dependencies (pipeline.nlp.parse_needs)

    def __post_init__(self) -> None:
        # A layer named by a bare string (a stage built by hand) is taken as a layer without offsets.
        for attr in ("reads", "writes"):
            layers = tuple(BY_NAME.get(x, Layer(x, "a layer named by its stage")) if isinstance(x, str) else x
                           for x in getattr(self, attr))
            object.__setattr__(self, attr, layers)

    @property
    def requires(self) -> tuple[str, ...]:
        return tuple(layer.name for layer in self.reads)

    @property
    def provides(self) -> tuple[str, ...]:
        return tuple(layer.name for layer in self.writes)


_STAGES: dict[str, Stage] = {}


def stage(name: str, reads: tuple[Layer, ...] = (), writes: tuple[Layer, ...] = (), edits_text: bool = False,
          spacy: tuple[str, ...] = (), parse: "ParseNeed | None" = None) -> Callable[[StageFn], StageFn]:
    """Decorator registering ``fn`` as stage ``name`` with the layers it reads and writes; ``parse``
    names the tokens whose sentences it reads a dependency parse in (see pipeline.nlp.parse_needs)."""

    def register(fn: StageFn) -> StageFn:
        if name in _STAGES and _STAGES[name].fn is not fn:
            raise ValueError(f"stage {name!r} registered twice")
        _STAGES[name] = Stage(name, fn, tuple(reads), tuple(writes), edits_text, tuple(spacy), parse)
        return fn

    return register


def get_stage(name: str) -> Stage:
    try:
        return _STAGES[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; registered stages: {', '.join(sorted(_STAGES))}") from None


def registered_stages() -> list[str]:
    return sorted(_STAGES)


def check_stage_order(names: tuple[str, ...] | list[str]) -> list[Stage]:
    """Resolve stage names in order against the stages registered so far (see
    :func:`pipeline.core.registrations.resolve_stages`); ConfigError, naming both stages and the fix, when

    - a stage reads a layer no earlier stage wrote (or one an earlier stage's edit ended),
    - a stage edits the text after a stage that stored clean-text offsets (they would go stale).
    """
    from pipeline.core.errors import ConfigError

    available: dict[str, str] = {RAW.name: "(the source file)"}  # layer -> the stage that wrote it
    offsets_by: str | None = None  # the first stage that stored clean offsets
    ended: dict[str, str] = {}  # layer -> the stage whose edit ended it
    resolved = []
    seen = set()
    for name in names:
        if name not in _STAGES:
            raise ConfigError(f"config key 'stages': unknown stage {name!r}; allowed: {', '.join(sorted(_STAGES))}")
        if name in seen:
            raise ConfigError(f"config key 'stages': stage {name!r} is listed twice")
        seen.add(name)
        st = _STAGES[name]
        for layer in st.reads:
            if layer.name in ended:
                raise ConfigError(f"config key 'stages': stage {name!r} reads {layer.name!r} ({layer.holds}), which "
                                  f"stage {ended[layer.name]!r} ends; list {name!r} before {ended[layer.name]!r}")
        missing = [layer.name for layer in st.reads if layer.name not in available]
        if missing:
            makers = sorted({s.name for s in _STAGES.values() for p in s.writes if p.name in missing})
            raise ConfigError(
                f"config key 'stages': stage {name!r} needs {missing}, which stage(s) {makers} "
                f"provide; list them before {name!r}")
        if st.edits_text and offsets_by is not None:
            raise ConfigError(
                f"config key 'stages': stage {name!r} edits the text, but stage {offsets_by!r} before it stored "
                f"offsets into the clean text, which the edit would make stale; list {name!r} before {offsets_by!r}")
        for layer in st.writes:
            available[layer.name] = name
            if layer.offsets == "clean" and offsets_by is None:
                offsets_by = name
        for layer_name in list(available):
            layer = BY_NAME.get(layer_name)
            if layer is not None and layer.ends_with == name:
                ended[layer_name] = name
                del available[layer_name]
        resolved.append(st)
    return resolved
