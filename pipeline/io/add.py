"""add: validate files and copy them into the corpus under safe, unique names."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.core.config import Config
from pipeline.io.metadata import MetadataError, is_sidecar, read_metadata, sidecar_path, write_sidecar
from pipeline.io.loader import InputError, discover, doc_id_for, read_text, sha256_or_empty

# File systems limit a name to 255 bytes, not characters: "é" is two bytes in UTF-8.
# 200 leaves room for the metadata file's longer suffix (x.meta.yaml beside x.txt).
MAX_NAME_BYTES = 200
_UNSAFE = re.compile(r"[^\w .,()'+-]+")


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)       # new or replaced doc_ids
    refused: dict[str, str] = field(default_factory=dict)  # given path -> reason


def _safe_component(name: str, fallback: str, room: int) -> str:
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip(" ._") or fallback
    # Cut at a character boundary so the name fits in ``room`` bytes.
    return name.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" ._") or fallback


def safe_name(filename: str) -> str:
    """A corpus file name from any file name: one path component, no hidden or odd characters, ``.txt``,
    at most MAX_NAME_BYTES bytes in UTF-8."""
    filename = re.split(r"[/\\]", filename)[-1]  # only the last component, whatever the separator
    stem = filename[:-4] if filename.lower().endswith(".txt") else filename
    return _safe_component(stem, "document", MAX_NAME_BYTES - 4) + ".txt"


def safe_relpath(relpath: Path) -> Path:
    """A corpus path for a file found at ``relpath`` inside an added folder: each folder name
    made safe like a file name, the file name by :func:`safe_name`."""
    folders = [_safe_component(part, "folder", MAX_NAME_BYTES) for part in relpath.parts[:-1]]
    return Path(*folders, safe_name(relpath.name))


def _has_sidecar(path: Path) -> bool:
    try:
        return sidecar_path(path).is_file()
    except OSError:  # a name so long that no metadata file can sit beside it
        return False


def _expand(paths: list[Path], refused: dict[str, str]) -> list[tuple[Path, Path]]:
    """(file, its path in the corpus) for the given files and the files inside given folders.
    Symbolic links are refused, never followed: a link could pull any file of the machine in."""
    files = []
    for path in paths:
        if path.is_symlink():
            refused[str(path)] = f"{path}: a symbolic link; add the file it points to, not the link"
        elif path.is_dir():
            for p in sorted(path.rglob("*")):
                rel = p.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or is_sidecar(p):
                    continue
                if p.is_symlink():
                    refused[str(p)] = f"{p}: a symbolic link; add the file it points to, not the link"
                elif p.is_file():
                    files.append((p, safe_relpath(rel)))
        else:
            files.append((path, Path(safe_name(path.name))))
    return files


def add_files(config: Config, paths: list[Path], replace: bool = False, kind: str | None = None,
              reference_date: date | None = None) -> AddResult:
    """Copy each valid file into ``config.corpus``; refuse duplicates and name clashes with reasons.

    ``kind`` and ``reference_date`` are stored in each added document's metadata file
    (see :mod:`pipeline.io.metadata`); left out, the document takes the config's defaults.
    """
    corpus = config.corpus
    corpus.mkdir(parents=True, exist_ok=True)
    known = {sha256_or_empty(s.path): s.doc_id for s in discover(corpus)}
    result = AddResult()
    targets: dict[Path, str] = {}  # corpus path -> the file added there in this call
    for path, relpath in _expand([Path(p) for p in paths], result.refused):
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
        name = relpath.as_posix()
        target = corpus / relpath
        if target in targets:
            # Even --replace: two files of one call must not overwrite each other.
            result.refused[label] = (f"{label}: would be stored as {name!r}, like {targets[target]} in this "
                                     f"same call; rename one of them")
            continue
        clash = doc_id_for(name) != name and (corpus / doc_id_for(name)).exists()
        if clash:
            result.refused[label] = (f"{label}: the corpus has a file {doc_id_for(name)!r}, which would have "
                                     f"the same doc_id {doc_id_for(name)!r}; rename one of them")
            continue
        if target.exists() and not replace:
            result.refused[label] = (f"{label}: a different document named {name!r} is already in the corpus; "
                                     f"pass --replace to replace it or rename the file")
            continue
        # The metadata goes in first: a document never exists without the metadata it was added with.
        # A metadata file beside the source is taken along unless --kind/--date say otherwise.
        own_kind, own_date, own_title = kind, reference_date, None
        if _has_sidecar(path):
            try:
                meta = read_metadata(path, config.timexes.kind, config.timexes.reference_date)
            except MetadataError as exc:
                result.refused[label] = f"{label}: {exc}"
                continue
            own_title = meta.title  # a title goes along even when --kind/--date set the rest
            if kind is None and reference_date is None:
                own_kind, own_date = meta.kind, meta.reference_date
        target.parent.mkdir(parents=True, exist_ok=True)
        if own_kind is not None or own_date is not None or own_title is not None:
            write_sidecar(target, own_kind, own_date, own_title)
        elif replace and sidecar_path(target).exists():
            sidecar_path(target).unlink()  # a replaced document does not inherit the old one's metadata
        tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, target)  # never a half-copied document in the corpus
        doc_id = doc_id_for(name)
        known[sha] = doc_id
        targets[target] = label
        result.added.append(doc_id)
    return result
