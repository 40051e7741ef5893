"""Per-document metadata: a document's kind, its creation (reference) date and its title.

A document may have a sidecar file beside it in the corpus, named after its
doc_id: ``corpus/story.txt`` has ``corpus/story.meta.yaml``::

    kind: news               # or narrative
    reference_date: 2013-03-22
    title: Korean War        # else its own title line, or its file name (pipeline.io.titles)

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

from pipeline.core.errors import UserError

META_SUFFIX = ".meta.yaml"
KINDS = ("narrative", "news")
META_KEYS = ("kind", "reference_date", "title")
Kind = Literal["narrative", "news"]


class MetadataError(UserError, ValueError):
    """A sidecar file is unreadable or holds a bad value; the message names the file and the fix."""


@dataclass(frozen=True)
class DocumentMeta:
    kind: str = "narrative"
    reference_date: date | None = None
    title: str | None = None


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
        raise MetadataError(f"{path.name}: the metadata file must hold keys ({', '.join(META_KEYS)})")
    unknown = sorted(set(loaded) - set(META_KEYS))
    if unknown:
        raise MetadataError(f"{path.name}: unknown metadata keys {unknown}; allowed: {', '.join(META_KEYS)}")
    return loaded


def read_metadata(document_path: Path, default_kind: str, default_date: date | None) -> DocumentMeta:
    """The document's metadata: its sidecar's values over the config defaults."""
    path = sidecar_path(document_path)
    if not path.is_file():
        return DocumentMeta(default_kind, default_date)
    loaded = _read_sidecar(path)
    kind = check_kind(loaded.get("kind", default_kind), path.name)
    reference = parse_date(loaded["reference_date"], path.name) if "reference_date" in loaded else default_date
    return DocumentMeta(kind, reference, check_title(loaded.get("title"), path.name))


def check_title(value: Any, where: str) -> str | None:
    """A title from metadata: text on one line (None when empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # "title: 1984" is read by YAML as a number
    if not isinstance(value, str) or "\n" in value.strip():
        raise MetadataError(f"{where}: title {value!r} must be text on one line")
    return value.strip()


def fingerprint(document_path: Path) -> str:
    """A hash of the sidecar's bytes ("" without one), so editing it marks the document changed."""
    path = sidecar_path(document_path)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.is_file() else ""
    except OSError:
        return "unreadable"


def write_sidecar(document_path: Path, kind: str | None, reference_date: date | None,
                  title: str | None = None) -> Path | None:
    """Write (atomically) the sidecar of a document; nothing when no value is given."""
    if kind is None and reference_date is None and title is None:
        return None
    data: dict[str, Any] = {}
    if kind is not None:
        data["kind"] = check_kind(kind, "--kind")
    if reference_date is not None:
        data["reference_date"] = reference_date.isoformat()
    if title is not None:
        data["title"] = title
    path = sidecar_path(document_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    os.replace(tmp, path)
    return path
