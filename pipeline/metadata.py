"""Per-document metadata: a document's kind and its creation (reference) date.

A document may have a sidecar file beside it in the corpus, named after its
doc_id: ``corpus/story.txt`` has ``corpus/story.meta.yaml``::

    kind: news               # or narrative
    reference_date: 2013-03-22

``add --kind news --date 2013-03-22`` writes it; a user may also write or edit
it by hand. A sidecar value wins over the corpus-wide default in the config
(``timexes.kind``, ``timexes.reference_date``). The sidecar's content is part of
the document's config hash, so editing it re-processes the document.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from pipeline.errors import UserError

META_SUFFIX = ".meta.yaml"
KINDS = ("narrative", "news")
Kind = Literal["narrative", "news"]


class MetadataError(UserError, ValueError):
    """A sidecar file is unreadable or holds a bad value; the message names the file and the fix."""


@dataclass(frozen=True)
class DocumentMeta:
    kind: str = "narrative"
    reference_date: date | None = None


def sidecar_path(document_path: Path) -> Path:
    """The metadata file of the document at ``document_path`` (``x.txt`` → ``x.meta.yaml``)."""
    name = document_path.name
    stem = name[:-4] if name.lower().endswith(".txt") else name
    return document_path.with_name(stem + META_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(META_SUFFIX)


def parse_date(value: Any, where: str) -> date | None:
    """A date from YAML (already a date, or ``YYYY-MM-DD`` text); None for an empty value."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise MetadataError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD") from None


def check_kind(value: Any, where: str) -> str:
    if value not in KINDS:
        raise MetadataError(f"{where}: kind {value!r} is not one of {', '.join(KINDS)}")
    return value


def _read_sidecar(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise MetadataError(f"{path.name}: cannot read the metadata file ({exc}); fix or delete it") from None
    if not isinstance(loaded, dict):
        raise MetadataError(f"{path.name}: the metadata file must hold keys (kind, reference_date)")
    unknown = sorted(set(loaded) - {"kind", "reference_date"})
    if unknown:
        raise MetadataError(f"{path.name}: unknown metadata keys {unknown}; allowed: kind, reference_date")
    return loaded


def read_metadata(document_path: Path, default_kind: str, default_date: date | None) -> DocumentMeta:
    """The document's metadata: its sidecar's values over the config defaults."""
    path = sidecar_path(document_path)
    if not path.is_file():
        return DocumentMeta(default_kind, default_date)
    loaded = _read_sidecar(path)
    kind = check_kind(loaded.get("kind", default_kind), path.name)
    reference = parse_date(loaded["reference_date"], path.name) if "reference_date" in loaded else default_date
    return DocumentMeta(kind, reference)


def fingerprint(document_path: Path) -> str:
    """A hash of the sidecar's bytes ("" without one), so editing it marks the document changed."""
    path = sidecar_path(document_path)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.is_file() else ""
    except OSError:
        return "unreadable"


def write_sidecar(document_path: Path, kind: str | None, reference_date: date | None) -> Path | None:
    """Write (atomically) the sidecar of a document; nothing when neither value is given."""
    if kind is None and reference_date is None:
        return None
    data: dict[str, Any] = {}
    if kind is not None:
        data["kind"] = check_kind(kind, "--kind")
    if reference_date is not None:
        data["reference_date"] = reference_date.isoformat()
    path = sidecar_path(document_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    os.replace(tmp, path)
    return path
