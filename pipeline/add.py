"""add: validate files and copy them into the corpus under safe, unique names."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import Config
from pipeline.metadata import MetadataError, is_sidecar, read_metadata, sidecar_path, write_sidecar
from pipeline.loader import InputError, discover, doc_id_for, read_text, sha256_or_empty

MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w .,()'+-]+")


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)       # new or replaced doc_ids
    refused: dict[str, str] = field(default_factory=dict)  # given path -> reason


def safe_name(filename: str) -> str:
    """A corpus file name from any file name: one path component, no hidden or odd characters, ``.txt``."""
    filename = re.split(r"[/\\]", filename)[-1]  # only the last component, whatever the separator
    stem = unicodedata.normalize("NFC", filename[:-4] if filename.lower().endswith(".txt") else filename)
    stem = _UNSAFE.sub("_", stem).strip(" ._") or "document"
    return stem[:MAX_NAME_CHARS] + ".txt"


def _expand(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and not is_sidecar(p)
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


def add_files(config: Config, paths: list[Path], replace: bool = False, kind: str | None = None,
              reference_date: date | None = None) -> AddResult:
    """Copy each valid file into ``config.corpus``; refuse duplicates and name clashes with reasons.

    ``kind`` and ``reference_date`` are stored in each added document's metadata file
    (see :mod:`pipeline.metadata`); left out, the document takes the config's defaults.
    """
    corpus = config.corpus
    corpus.mkdir(parents=True, exist_ok=True)
    known = {sha256_or_empty(s.path): s.doc_id for s in discover(corpus)}
    result = AddResult()
    for path in _expand([Path(p) for p in paths]):
        label = str(path)
        try:
            data, _ = read_text(path, label, config.input)
        except InputError as exc:
            result.refused[label] = str(exc)
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in known:
            result.refused[label] = f"{label}: exact duplicate of document {known[sha]!r} already in the corpus"
            continue
        name = safe_name(path.name)
        target = corpus / name
        if target.exists() and not replace:
            result.refused[label] = (f"{label}: a different document named {name!r} is already in the corpus; "
                                     f"pass --replace to replace it or rename the file")
            continue
        # The metadata goes in first: a document never exists without the metadata it was added with.
        # A metadata file beside the source is taken along unless --kind/--date say otherwise.
        own_kind, own_date = kind, reference_date
        if kind is None and reference_date is None and sidecar_path(path).is_file():
            try:
                meta = read_metadata(path, config.timexes.kind, config.timexes.reference_date)
            except MetadataError as exc:
                result.refused[label] = f"{label}: {exc}"
                continue
            own_kind, own_date = meta.kind, meta.reference_date
        if own_kind is not None or own_date is not None:
            write_sidecar(target, own_kind, own_date)
        elif replace and sidecar_path(target).exists():
            sidecar_path(target).unlink()  # a replaced document does not inherit the old one's metadata
        tmp = corpus / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, target)  # never a half-copied document in the corpus
        doc_id = doc_id_for(name)
        known[sha] = doc_id
        result.added.append(doc_id)
    return result
