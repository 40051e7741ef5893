"""The Document that flows through the stages, and its annotation records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

from pipeline.core.offsets import Edit, OffsetMap, apply_edits
from pipeline.core.records import LinkRecord, RemovedSpan  # noqa: F401 - the Document's own records


@dataclass
class Document:
    """Raw text, clean text, the map between them, and one layer per stage.

    ``layers`` holds what stages add (``links``, ``sections``, ``sentences`` …);
    each stage declares the layer names it reads and adds, and the runner
    checks them. ``clean`` text is only changed through :meth:`edit`.
    """

    doc_id: str
    source_path: str
    raw: str
    text: str
    offsets: OffsetMap
    title: str | None = None
    # "narrative" (relative dates follow the story) or "news" (they follow reference_date);
    # reference_date is when the document was written. See pipeline.io.metadata.
    kind: str = "narrative"
    reference_date: date | None = None
    layers: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedSpan] = field(default_factory=list)
    # The stage that first stored clean-text offsets; from then on the text is fixed.
    offsets_handed_out_by: str | None = None

    @classmethod
    def from_raw(cls, doc_id: str, source_path: str, raw: str) -> "Document":
        return cls(doc_id=doc_id, source_path=source_path, raw=raw, text=raw,
                   offsets=OffsetMap.identity(len(raw)))

    def edit(self, edits: Iterable[Edit], removed_kind: str | Sequence[str] | None = None) -> None:
        """Apply edits to the clean text, keeping the offset map in step.

        With ``removed_kind`` (one kind for all edits, or one per edit) every deleted
        stretch is recorded as a :class:`RemovedSpan`, so noise is never silently thrown away.
        """
        if self.offsets_handed_out_by is not None:
            raise RuntimeError(f"the clean text cannot be edited any more: stage {self.offsets_handed_out_by!r} "
                               f"stored offsets into it, which the edit would make stale; edit the text in a "
                               f"stage that runs before it")
        edits = list(edits)
        if removed_kind:
            kinds = [removed_kind] * len(edits) if isinstance(removed_kind, str) else list(removed_kind)
            for e, kind in zip(edits, kinds, strict=True):
                if e.end > e.start:
                    rs, re_ = self.offsets.to_raw(e.start, e.end)
                    self.removed.append(RemovedSpan(kind, rs, re_, self.text[e.start:e.end]))
        self.text, self.offsets = apply_edits(self.text, self.offsets, edits)

    def raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        return self.offsets.to_raw(clean_start, clean_end)

    def clean_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        return self.offsets.to_clean(raw_start, raw_end)
