"""Stages registered by name, with the layers each reads and adds.

A stage is a callable ``(Document, StageContext) -> Document``. Registering it
states what it needs and what it provides, so a configuration that orders
stages wrongly fails at load time with a message, not halfway through a run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.document import Document


@dataclass
class StageContext:
    """What a stage may use besides the document: the config and shared resources."""

    config: "Config"
    resources: dict[str, Any] = field(default_factory=dict)


StageFn = Callable[["Document", StageContext], "Document"]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    provides: tuple[str, ...]


_STAGES: dict[str, Stage] = {}


def stage(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()) -> Callable[[StageFn], StageFn]:
    """Decorator registering ``fn`` as stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        if name in _STAGES and _STAGES[name].fn is not fn:
            raise ValueError(f"stage {name!r} registered twice")
        _STAGES[name] = Stage(name, fn, tuple(requires), tuple(provides))
        return fn

    return register


def _load_builtin_stages() -> None:
    # Importing the modules runs their @stage decorators.
    import pipeline.stages  # noqa: F401


def get_stage(name: str) -> Stage:
    _load_builtin_stages()
    try:
        return _STAGES[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; registered stages: {', '.join(sorted(_STAGES))}") from None


def registered_stages() -> list[str]:
    _load_builtin_stages()
    return sorted(_STAGES)


def check_stage_order(names: tuple[str, ...] | list[str]) -> list[Stage]:
    """Resolve stage names in order; raise ConfigError if one needs a layer not yet provided."""
    from pipeline.config import ConfigError

    _load_builtin_stages()
    provided = {"raw"}
    resolved = []
    seen = set()
    for name in names:
        if name not in _STAGES:
            raise ConfigError(f"config key 'stages': unknown stage {name!r}; allowed: {', '.join(sorted(_STAGES))}")
        if name in seen:
            raise ConfigError(f"config key 'stages': stage {name!r} is listed twice")
        seen.add(name)
        st = _STAGES[name]
        missing = [r for r in st.requires if r not in provided]
        if missing:
            makers = sorted({s.name for s in _STAGES.values() for p in s.provides if p in missing})
            raise ConfigError(
                f"config key 'stages': stage {name!r} needs {missing}, which stage(s) {makers} "
                f"provide; list them before {name!r}")
        provided.update(st.provides)
        resolved.append(st)
    return resolved
