"""Find corpus files and read one into a Document, refusing what is not text."""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.core.config import InputConfig
from pipeline.core.document import Document
from pipeline.core.errors import UserError
from pipeline.io.metadata import MetadataError, is_sidecar, read_metadata
from pipeline.io.titles import document_title


class InputError(UserError, ValueError):
    """The file cannot be read as a text document; the message says why and what to do."""


@dataclass(frozen=True)
class SourceFile:
    doc_id: str
    path: Path
    relpath: str


def doc_id_for(relpath: str) -> str:
    """Stable id from the path under the corpus root: POSIX form, ``.txt`` dropped."""
    return relpath[:-4] if relpath.lower().endswith(".txt") else relpath


def discover(corpus: Path) -> list[SourceFile]:
    """All non-hidden files under ``corpus``, sorted, so runs are deterministic.

    Every file is a document, whatever its extension: a stray binary file
    must surface as a failed document, not be skipped unseen.
    """
    if not corpus.is_dir():
        raise InputError(f"corpus folder {str(corpus)!r} does not exist; create it or pass --corpus DIR")
    files: dict[str, SourceFile] = {}
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_dir() or is_sidecar(path):
            continue
        relpath = rel.as_posix()
        source = SourceFile(doc_id_for(relpath), path, relpath)
        if source.doc_id in files:
            # "notes" and "notes.txt": one of them would be lost or re-processed forever.
            raise InputError(f"corpus files {files[source.doc_id].relpath!r} and {relpath!r} would both have "
                             f"doc_id {source.doc_id!r}; rename one of them")
        files[source.doc_id] = source
    return sorted(files.values(), key=lambda s: s.relpath)


# Control characters a text file does not hold (all below 32 but tab, newline, \v, \f, \r):
# counted by one regex scan, not a Python loop over every character.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 text without a BOM: a NUL in every other byte, and the pairs read as printable text.

    The NULs alone are not enough: images, archives and databases are full of them, and telling
    their owner to add a UTF-16 fallback encoding for a PNG would send them the wrong way.
    """
    sample = data[:4000]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return False
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) <= 0.4 * len(zeros):
            continue
        text = sample.decode(encoding, errors="replace")
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if readable >= 0.95 * len(text):
            return True
    return False


def decode(data: bytes, name: str, settings: InputConfig) -> str:
    """Bytes to text: a BOM decides; else strict UTF-8; else the configured fallbacks."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but does not decode: {exc.reason}") from None
    error: UnicodeDecodeError | None = None
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            error = exc
    for encoding in settings.fallback_encodings:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" not in text:
            return text
    if error is None:
        pos = data.index(b"\x00")
        if _looks_like_utf16(data):
            raise InputError(f"{name}: looks like UTF-16 without a byte-order mark; add utf-16-le (or utf-16-be) "
                             f"to input.fallback_encodings in the config, or convert the file to UTF-8")
        raise InputError(f"{name}: binary file (NUL byte at offset {pos}); only text documents can be processed")
    raise InputError(
        f"{name}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); convert it to UTF-8 "
        f"or list its encoding under input.fallback_encodings in the config")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_or_empty(path: Path) -> str:
    """sha256 of the file, or "" when it is not a readable regular file (a FIFO, a dangling link:
    the load step reports why, and the document stays failed until the file changes)."""
    try:
        return sha256_file(path) if path.is_file() else ""
    except OSError:
        return ""


def read_text(path: Path, name: str, settings: InputConfig) -> tuple[bytes, str]:
    """Read and validate one file: its bytes and text, or InputError saying why it is not usable text."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block or never end; only plain files are documents.
            raise InputError(f"{name}: not a regular file; only plain text files can be processed")
        size = info.st_size
        if size > settings.max_bytes:
            raise InputError(f"{name}: {size} bytes, over the limit of {settings.max_bytes} "
                             f"(input.max_bytes in the config)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise InputError(f"{name}: empty file")
    text = decode(data, name, settings)
    if not text.strip():
        raise InputError(f"{name}: only whitespace, no text")
    bad = len(_CONTROL.findall(text, 0, 100_000))
    if bad > 0.01 * min(len(text), 100_000):
        raise InputError(f"{name}: looks binary ({bad} control characters in the first 100,000)")
    return data, text


def read_document(source: SourceFile, settings: InputConfig, corpus: Path, default_kind: str = "narrative",
                  default_date: date | None = None) -> Document:
    """Read one corpus file and its metadata into a Document; InputError with the reason when it is
    not usable text or its metadata file is bad."""
    if source.path.is_symlink():
        target = source.path.resolve()
        if not target.is_relative_to(corpus.resolve()):
            raise InputError(f"{source.relpath}: symlink to {str(target)!r}, outside the corpus; "
                             f"copy the file in instead")
    _, text = read_text(source.path, source.relpath, settings)
    try:
        meta = read_metadata(source.path, default_kind, default_date)
    except MetadataError as exc:
        raise InputError(f"{source.relpath}: {exc}") from None
    doc = Document.from_raw(source.doc_id, source.relpath, text)
    doc.kind, doc.reference_date = meta.kind, meta.reference_date
    doc.title = document_title(text, source.relpath, meta.title)
    return doc
