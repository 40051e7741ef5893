"""Configuration: packaged defaults plus ``config.yaml``, validated once.

The result is an immutable :class:`Config` passed explicitly to whatever needs
it; nothing reads configuration from globals.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from importlib import resources
from datetime import date
from pathlib import Path
from typing import Any, Literal, Mapping

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.core.errors import ConfigError

__all__ = ["Config", "ConfigError", "load_config"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class NlpConfig(_Strict):
    model: str = Field(min_length=1)
    batch_size: int = Field(ge=1, le=10_000)
    max_chunk_chars: int = Field(ge=1_000, le=1_000_000)
    batch_chars: int = Field(ge=1_000, le=10_000_000)
    parse: Literal["needed", "all"]


class InputConfig(_Strict):
    max_bytes: int = Field(ge=1)
    fallback_encodings: tuple[str, ...] = ()


class TimexConfig(_Strict):
    # Corpus-wide default document kind; a document's sidecar (pipeline.io.metadata) overrides it.
    # "narrative": relative dates follow the story's own time; "news": deictic expressions
    # ("Friday", "last year") follow the document's reference_date.
    kind: Literal["narrative", "news"] = "narrative"
    # The date the documents were written, for "today", "now", "present-day", "ten years ago".
    # None keeps those as PRESENT_REF/PAST_REF: the run's own date never leaks into a value.
    reference_date: date | None = None


class DaskConfig(_Strict):
    # Address of a running Dask scheduler ("tcp://host:8786"); None starts a local cluster
    # of `workers` processes for the run.
    scheduler: str | None = None


# Settings that say where and how fast to run, never what the tables hold.
NOT_RESULT_KEYS = frozenset({"corpus", "outputs", "backend", "workers", "worker_max_docs", "dask", "doc_timeout_s"})


class Config(_Strict):
    corpus: Path
    outputs: Path
    stages: tuple[str, ...]
    nlp: NlpConfig
    backend: Literal["serial", "processes", "dask"]
    workers: int = Field(ge=1, le=256)
    worker_max_docs: int = Field(ge=0)
    dask: DaskConfig
    doc_timeout_s: float = Field(ge=0)
    input: InputConfig
    timexes: TimexConfig

    def result_hash(self) -> str:
        """Hash of every setting except those that cannot change a table (NOT_RESULT_KEYS).

        Hashing everything by default means a new setting re-processes documents when it
        changes unless someone decides it cannot change results and lists it.
        """
        relevant = {k: v for k, v in self.model_dump(mode="json").items() if k not in NOT_RESULT_KEYS}
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]

    def document_hash(self, metadata_fingerprint: str) -> str:
        """The result hash for one document: the config's, plus its metadata file's when it has one."""
        base = self.result_hash()
        if not metadata_fingerprint:
            return base
        return hashlib.sha256(f"{base}:{metadata_fingerprint}".encode()).hexdigest()[:16]


def _defaults() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("defaults.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _unknown_key(key: str, allowed: Mapping[str, Any], where: str) -> str:
    """"unknown config key nlp.modle; did you mean nlp.model?" — a typo named with its likely fix."""
    near = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    hint = f"; did you mean {where}{near[0]}?" if near else ""
    return f"unknown config key {where}{key}{hint} (allowed keys{' under ' + where[:-1] if where else ''}: " \
           f"{', '.join(sorted(allowed))})"


def _merge(base: dict[str, Any], override: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise ConfigError(_unknown_key(str(key), base, where))
        if isinstance(base[key], dict):
            if not isinstance(value, Mapping):
                raise ConfigError(f"config key {where}{key!r} must be a mapping, got {value!r}")
            merged[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            merged[key] = value
    return merged


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves an impossible unquoted date (``2024-13-45``) as its text, so
    validation can name the key instead of YAML failing with a bare "month must be in 1..12"."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _explain(error: ValidationError) -> str:
    lines = []
    for err in error.errors():
        key = ".".join(str(p) for p in err["loc"])
        ctx = err.get("ctx") or {}
        allowed = ctx.get("expected")
        hint = f" (allowed: {allowed})" if allowed else ""
        lines.append(f"config key {key!r}: {err['msg']}, got {err.get('input')!r}{hint}")
    return "; ".join(lines)


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Load defaults, then the YAML file at ``path`` (if any), then ``overrides``.

    ``overrides`` take top-level keys (``corpus=``, ``outputs=``, ``backend=``…);
    ``None`` values are ignored so CLI flags can be passed through as they are.
    Paths in the file are resolved against the file's own folder; ``corpus`` and ``outputs``
    overrides against the current folder. The stage list is checked against the registered stages
    where the stages are resolved, not here (:func:`pipeline.core.registrations.resolve_stages`: the
    Pipeline, the runner, the CLI).
    """
    data = _defaults()
    base_dir = Path.cwd()
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"config file {str(path)!r} not found; pass --config PATH to an existing YAML file")
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"config file {str(path)!r} is not valid YAML: {exc}") from None
        if not isinstance(loaded, Mapping):
            raise ConfigError(f"config file {str(path)!r} must hold a mapping of keys, got {type(loaded).__name__}")
        data = _merge(data, loaded)
        base_dir = path.resolve().parent
    given = {k: v for k, v in overrides.items() if v is not None}
    for key in ("corpus", "outputs"):
        # A folder given on the command line is where the user stands, not beside the config file.
        if key in given and not Path(str(given[key])).is_absolute():
            given[key] = Path.cwd() / str(given[key])
    data = _merge(data, given)
    if isinstance(data.get("doc_timeout_s"), int) and not isinstance(data["doc_timeout_s"], bool):
        data["doc_timeout_s"] = float(data["doc_timeout_s"])
    for key in ("corpus", "outputs"):
        p = Path(str(data[key]))
        data[key] = p if p.is_absolute() else (base_dir / p)
    for key in ("corpus", "outputs"):
        if data[key].exists() and not data[key].is_dir():
            raise ConfigError(f"config key {key!r}: {str(data[key])!r} is a file, not a folder; "
                              f"pass --{key} DIR naming a folder")
    if isinstance(data.get("stages"), list):
        data["stages"] = tuple(data["stages"])
    if isinstance(data.get("input", {}).get("fallback_encodings"), list):
        data["input"]["fallback_encodings"] = tuple(data["input"]["fallback_encodings"])
    ref = data.get("timexes", {}).get("reference_date")
    if isinstance(ref, str):
        try:
            data["timexes"]["reference_date"] = date.fromisoformat(ref)
        except ValueError:
            raise ConfigError(f"config key 'timexes.reference_date': {ref!r} is not a date; "
                              f"write it as YYYY-MM-DD or leave it empty") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_explain(exc)) from None
