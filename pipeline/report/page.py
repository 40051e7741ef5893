"""A self-contained HTML report of the outputs: timeline, event table, actors, citations, highlighted text.

Everything is inline (styles, script, data), and a Content-Security-Policy
forbids the page any request, so it opens anywhere without the network. The
interactive timeline and the event table are in :mod:`pipeline.report.timeline`.
A corpus report is an index page plus one page per document in a folder beside
it (``report_docs/``); ``--doc`` writes that one document's page alone. The
text is rendered with spaCy's displaCy, entities and temporal expressions
highlighted.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from urllib.parse import quote
from typing import Iterable

import pandas as pd

from pipeline import load_table
from pipeline.core.errors import FatalError
from pipeline.report.timeline import SELFTEST_JS, TIMELINE_CSS, TIMELINE_JS, timeline_html, timeline_payload

TOP_ACTORS = 12   # rows of the actors-over-time strip
TOP_WORKS = 15    # most cited works listed
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")
TIMEX_COLOR = "#b5e3b5"

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; line-height: 1.45; padding: 0 1em; }
h1, h2, h3 { line-height: 1.2; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 0.8em; background: #7aa6d8; vertical-align: middle; }
.failed { color: #b00020; }
.timeline { border: 1px solid #ddd; background: #fcfcfc; overflow-x: auto; margin-bottom: 1.5em; }
.timeline svg .event:hover { stroke: #000; stroke-width: 1.5; }
.legend span { display: inline-block; margin-right: 1em; font-size: 0.9em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
section.document { border-top: 3px solid #444; margin-top: 3em; }
ol.citations li { margin-bottom: 0.4em; }
.text h3 { margin-top: 1.5em; }
.muted { color: #777; }
.small { font-size: 0.85em; }
.textbox { max-height: 40em; padding: 0 1em; }
"""


# --- the highlighted text ----------------------------------------------------------------------

def highlighted_text(sections: pd.DataFrame, sentences: pd.DataFrame, entities: pd.DataFrame,
                     timexes: pd.DataFrame) -> str:
    """The clean body, section by section, with entities and temporal expressions marked (displaCy)."""
    from spacy import displacy

    marks: list[tuple[int, int, str]] = [(int(t.clean_start), int(t.clean_end), f"{t.type} {t.value}")
                                         for t in timexes.itertuples()]
    taken = [(s, e) for s, e, _ in marks]
    for e in entities.itertuples():
        if not any(e.clean_start < te and ts < e.clean_end for ts, te in taken):
            marks.append((int(e.clean_start), int(e.clean_end), e.label))
    marks.sort()
    colors = {label: TIMEX_COLOR for _, _, label in marks if " " in label}
    by_section: dict[int | None, list] = {}
    for s in sentences.sort_values("clean_start").itertuples():
        by_section.setdefault(None if pd.isna(s.section_id) else int(s.section_id), []).append(s)
    headings = {int(r.section_id): (r.heading, int(r.level)) for r in sections.itertuples()}
    parts = []
    mark_i = 0
    for section_id, sents in by_section.items():
        heading, level = headings.get(section_id, ("", 2)) if section_id is not None else ("", 2)
        text, ents, offset_of = "", [], []
        for s in sents:
            base = len(text)
            text += s.text + " "
            offset_of.append((int(s.clean_start), int(s.clean_end), base))
        for start, end, base in offset_of:
            while mark_i < len(marks) and marks[mark_i][0] < start:
                mark_i += 1
            j = mark_i
            while j < len(marks) and marks[j][1] <= end:
                ms, me, label = marks[j]
                ents.append({"start": base + ms - start, "end": base + me - start, "label": label})
                j += 1
        if heading and level > 1:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(displacy.render({"text": text.rstrip(), "ents": ents, "title": None}, style="ent",
                                     manual=True, page=False, options={"colors": colors}))
    return '<div class="text">' + "\n".join(parts) + "</div>"


# --- page parts ----------------------------------------------------------------------------

def _anchor(doc_id: str) -> str:
    return "doc-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:10]


def _table(headers: Iterable[str], rows: Iterable[Iterable[object]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _bar_rows(counts: pd.Series) -> list[tuple[str, int, str]]:
    top = max(int(counts.max()), 1) if len(counts) else 1
    return [(html.escape(str(k)), int(v), f'<span class="bar" style="width:{150 * v / top:.0f}px"></span>')
            for k, v in counts.items()]


def _text(value: object) -> str:
    """A cell as text; missing values (None, NaN) are empty."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _citation_item(c) -> str:
    authors = ", ".join(c.authors) if c.authors is not None and len(c.authors) else ""
    bits = [html.escape(authors)] if authors else []
    if not pd.isna(c.year):
        bits.append(f"({int(c.year)})")
    if _text(c.title):
        bits.append(f"<i>{html.escape(_text(c.title))}</i>")
    for field in ("container", "publisher"):
        if _text(getattr(c, field)):
            bits.append(html.escape(_text(getattr(c, field))))
    if _text(c.pages):
        bits.append(f"pp. {html.escape(_text(c.pages))}")
    if _text(c.url):
        url = html.escape(_text(c.url))
        bits.append(f'<a href="{url}">{url}</a>')
    if len(bits) <= 1:
        bits = [html.escape(c.raw_text)]
    return f'<li><span class="muted">[{html.escape(c.kind)}]</span> ' + " ".join(bits) + "</li>"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def actors_over_time(events: pd.DataFrame, top: int = TOP_ACTORS) -> str:
    """A heat strip: the most frequent actors, one row each, their events per year (per decade over a
    long span) as shaded cells over the years where the events are."""
    dated = events[events.date_start.notna()]
    rows = [(a, d.year) for actors, d in zip(dated.actors, dated.date_start) for a in actors]
    if not rows:
        return '<p class="muted">No dated events with actors.</p>'
    frame = pd.DataFrame(rows, columns=["actor", "year"])
    lo, hi = frame.year.quantile(0.02, interpolation="lower"), frame.year.quantile(0.98, interpolation="higher")
    frame = frame[(frame.year >= lo) & (frame.year <= hi)]
    step = 1 if hi - lo <= 40 else 10
    frame = frame.assign(bin=(frame.year // step) * step)
    leaders = frame.actor.value_counts().head(top).index
    counts = frame[frame.actor.isin(leaders)].groupby(["actor", "bin"]).size()
    bins = list(range(int(frame.bin.min()), int(frame.bin.max()) + 1, step))
    peak = max(int(counts.max()), 1)
    head = "<th></th>" + "".join(f'<th title="{b}">{str(b)[-2:] if step == 1 else f"{b}s"}</th>' for b in bins)
    body = []
    for actor in leaders:
        cells = []
        for b in bins:
            n = int(counts.get((actor, b), 0))
            shade = f"background:rgba(31,119,180,{0.12 + 0.88 * n / peak:.2f})" if n else ""
            cells.append(f'<td class="h" style="{shade}" title="{html.escape(actor)}, {b}: {_plural(n, "event")}"></td>')
        body.append(f"<tr><td>{html.escape(actor)}</td>{''.join(cells)}</tr>")
    unit = "year" if step == 1 else "decade"
    return (f'<div class="scroll"><table class="heat"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}'
            f'</tbody></table></div><p class="muted">Events per {unit} of the {len(leaders)} most frequent actors '
            f"({bins[0]}–{bins[-1] + step - 1}); darker is more.</p>")


def most_cited(citations: pd.DataFrame, top: int = TOP_WORKS) -> str:
    """The works cited most often: by parsed title (else the citation as written), with their authors."""
    if citations.empty:
        return '<p class="muted">No citations.</p>'
    key = [(_text(t) or _text(r))[:160] for t, r in zip(citations.title, citations.raw_text)]
    frame = citations.assign(work=key)
    counts = frame.groupby("work").agg(n=("doc_id", "size"), docs=("doc_id", "nunique"),
                                       authors=("authors", "first")).sort_values("n", ascending=False).head(top)
    rows = [[html.escape(w), html.escape(", ".join(r.authors) if r.authors is not None and len(r.authors) else ""),
             int(r.n), int(r.docs)] for w, r in counts.iterrows()]
    return _table(["work", "authors", "citations", "documents"], rows, {2, 3})


def citation_share(sentences: pd.DataFrame, citations: pd.DataFrame) -> pd.Series:
    """Per document, the share of its sentences that a citation supports."""
    total = sentences.groupby("doc_id").size()
    cited = citations.dropna(subset=["sentence_id"]).groupby("doc_id").sentence_id.nunique()
    return (cited.reindex(total.index, fill_value=0) / total).fillna(0.0)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_CSS}{TIMELINE_CSS}</style>"
            f"<script>{SELFTEST_JS}</script><script>{TIMELINE_JS}</script></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>")


def document_page(doc_id: str, tables: dict[str, pd.DataFrame], back: str | None = None) -> str:
    """One document: its timeline and events, actors over time, entities, citations and highlighted text."""
    def of(name: str) -> pd.DataFrame:
        frame = tables[name]
        return frame[frame.doc_id == doc_id]

    doc = of("documents").iloc[0]
    events, entities, citations, sentences = of("events"), of("entities"), of("citations"), of("sentences")
    title = doc.title if isinstance(doc.title, str) and doc.title else doc_id
    out = [f'<p class="muted">{html.escape(doc_id)} · {html.escape(str(doc.source_path))}'
           + (f' · <a href="{html.escape(back)}">all documents</a>' if back else "") + "</p>"]
    if doc.status != "ok":
        out.append(f'<p class="failed">failed: {html.escape(str(doc.error))}</p>')
        return _page(title, "\n".join(out))
    share = citation_share(sentences, citations).get(doc_id, 0.0)
    out.append(f"<p>{_plural(len(sentences), 'sentence')}, {_plural(len(entities), 'entity mention')}, "
               f"{_plural(len(events), 'event')}, {_plural(len(citations), 'citation')} "
               f"({share:.0%} of the sentences have one).</p>")
    out.append(f"<h2>Timeline ({_plural(len(events), 'event')})</h2>")
    out.append(timeline_html(timeline_payload(events, of("documents"), citations, stories=tables.get("stories")),
                             f"timeline-{_anchor(doc_id)}"))
    out.append("<h2>Actors over time</h2>")
    out.append(actors_over_time(events))
    out.append("<h2>Entities by label</h2>")
    out.append(_table(["label", "mentions", ""], _bar_rows(entities.label.value_counts()), {1}))
    links = of("links")
    # Links of the body only: those inside citations (a glossed journal name) were cut with them.
    linked = links[links.target.notna() & (links.clean_end > links.clean_start)].target.value_counts().head(15)
    out.append("<h2>Most linked entities</h2>")
    out.append(_table(["link target", "links", ""], _bar_rows(linked), {1}) if len(linked)
               else '<p class="muted">No links.</p>')
    out.append(f"<h2>Citations ({len(citations)})</h2>")
    out.append('<div class="scroll"><ol class="citations">' + "".join(_citation_item(c) for c in citations.itertuples())
               + "</ol></div>")
    out.append("<h2>Text</h2>")
    out.append('<div class="scroll textbox">' + highlighted_text(of("sections"), sentences, entities, of("timexes"))
               + "</div>")
    return _page(title, "\n".join(out))


def corpus_page(tables: dict[str, pd.DataFrame], doc_href: dict[str, str]) -> str:
    """The index of a corpus: its documents, one timeline and event table across them, actors over
    time and the most cited works; each document links to its own page."""
    documents = tables["documents"].sort_values("doc_id")
    counted = {name: tables[name].groupby("doc_id").size() for name in
               ("sentences", "entities", "timexes", "events", "citations")}
    share = citation_share(tables["sentences"], tables["citations"])
    rows = []
    for d in documents.itertuples():
        name = html.escape(d.title if isinstance(d.title, str) and d.title else d.doc_id)
        if d.doc_id in doc_href:
            name = f'<a href="{html.escape(doc_href[d.doc_id])}">{name}</a>'
        name += f'<br><span class="muted small">{html.escape(d.doc_id)}</span>'
        status = d.status if d.status == "ok" else f'<span class="failed">{html.escape(d.status)}: ' \
                                                   f'{html.escape(str(d.error))}</span>'
        rows.append([name, status] + [int(counted[t].get(d.doc_id, 0)) for t in counted]
                    + [f"{share.get(d.doc_id, 0.0):.0%}"])
    n_ok = int((documents.status == "ok").sum())
    events = tables["events"]
    stories = tables.get("stories")
    retold = int((stories.n_docs > 1).sum()) if stories is not None and len(stories) else 0
    told = (f" telling {_plural(len(stories), 'happening')}, {retold:,} of them told by several articles"
            if stories is not None and len(stories) else "")
    out = [f"<p>{_plural(len(documents), 'document')}: {n_ok:,} processed, {len(documents) - n_ok:,} failed; "
           f"{_plural(len(events), 'event')}{told}.</p>",
           "<h2>Timeline</h2>",
           timeline_html(timeline_payload(events, documents, tables["citations"], doc_href, tables.get("stories")),
                         "timeline-corpus"),
           "<h2>Actors over time</h2>", actors_over_time(events),
           "<h2>Most cited works</h2>", most_cited(tables["citations"]),
           "<h2>Documents</h2>",
           '<div class="scroll">' + _table(["document", "status", *counted, "sentences cited"], rows,
                                           {2, 3, 4, 5, 6, 7}) + "</div>"]
    return _page(f"Report: {_plural(len(documents), 'document')}", "\n".join(out))


_NAMES = ("documents", "sections", "sentences", "links", "entities", "citations", "timexes", "events")


def build_report(outputs: str | Path = "outputs", doc_id: str | None = None) -> str:
    """One page as an HTML string: the corpus index, or the page of the document ``doc_id``."""
    check_outputs(outputs)
    tables = {name: load_table(name, outputs, doc_id) for name in _NAMES}
    tables["stories"] = load_table("stories", outputs, doc_id)
    if doc_id is not None:
        if tables["documents"].empty:
            known = ", ".join(load_table("documents", outputs).doc_id.head(10))
            raise FatalError(f"no document {doc_id!r} in {outputs}; documents include: {known}")
        return document_page(doc_id, tables)
    return corpus_page(tables, {})


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def page_names(doc_ids: Iterable[str]) -> dict[str, str]:
    """Each document's page file name, from its doc_id (``korean_war`` → ``korean_war.html``), so a
    reader finds a page by the document's name; a folder's ``/`` becomes ``__``, and the rare name two
    ids would share gets the id's short hash."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for doc_id in sorted(doc_ids):
        stem = doc_id.replace("/", "__").replace("\\", "__").lstrip(".") or "document"
        name = f"{stem}.html"
        if name.lower() in taken:
            name = f"{stem}-{_anchor(doc_id)[4:]}.html"
        taken.add(name.lower())
        names[doc_id] = name
    return names


def check_outputs(outputs: str | Path) -> Path:
    """The outputs folder a report reads; a folder without tables is an error, not an empty report."""
    outputs = Path(outputs)
    if not (outputs / "documents").is_dir():
        what = "does not exist" if not outputs.exists() else "holds no tables"
        raise FatalError(f"outputs folder {str(outputs)!r} {what}; run `python -m pipeline run` first, "
                         f"or pass --outputs DIR where a run wrote its tables")
    return outputs


def write_report(outputs: str | Path = "outputs", out: str | Path | None = None, doc_id: str | None = None) -> Path:
    """Write the report and return its path (default ``<outputs>/report.html``). Each page is written
    atomically. A corpus report also writes one page per document into ``<name>_docs/`` beside it,
    named by its doc_id, and deletes the pages of documents no longer in the outputs."""
    check_outputs(outputs)
    target = Path(out) if out else Path(outputs) / "report.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    if doc_id is not None:
        _write(target, build_report(outputs, doc_id))
        return target
    tables = {name: load_table(name, outputs) for name in _NAMES}
    folder = target.with_name(f"{target.stem}_docs")
    folder.mkdir(exist_ok=True)
    doc_href = {}
    # Split every table by document once: filtering the whole table per document would be
    # quadratic in the corpus size.
    by_doc = {name: {d: part for d, part in frame.groupby("doc_id", sort=False)} for name, frame in tables.items()}
    # Stories span documents: every page looks its events' stories up in the whole table.
    tables["stories"] = load_table("stories", outputs)
    pages = page_names(tables["documents"].doc_id)
    current = set(pages.values())
    for stale in folder.glob("*.html"):
        if stale.name not in current:
            stale.unlink()  # the page of a document removed from the corpus (or of an older naming)
    for d, page in pages.items():
        doc_href[d] = f"{quote(folder.name)}/{quote(page)}"
        one = {name: parts.get(d, tables[name].iloc[:0]) for name, parts in by_doc.items()}
        one["stories"] = tables["stories"]
        _write(folder / page, document_page(d, one, back=f"../{target.name}"))
    _write(target, corpus_page(tables, doc_href))
    return target


__all__ = ["build_report", "write_report", "highlighted_text", "actors_over_time", "most_cited"]
