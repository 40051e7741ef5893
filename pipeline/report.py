"""A self-contained HTML report of the outputs: timelines, entity counts, citations, highlighted text.

Everything is inline (styles, SVG, no scripts fetched), so the file opens
anywhere without the network. The timeline is an SVG drawn here: one mark per
event on a date axis, a dot for a day and a bar for anything longer, with the
trigger, actors and sentence on hover. The text is rendered with spaCy's
displaCy, entities and temporal expressions highlighted.
"""

from __future__ import annotations

import hashlib
import html
from datetime import date
from pathlib import Path
from typing import Iterable

import pandas as pd

from pipeline import load_table
from pipeline.errors import FatalError

MAX_DOCUMENT_SECTIONS = 50  # a corpus page lists every document, but details only this many
GRANULARITY_COLORS = {"day": "#d62728", "month": "#ff7f0e", "season": "#bcbd22", "year": "#1f77b4",
                      "decade": "#9467bd", "century": "#7f7f7f"}
DOC_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
               "#bcbd22", "#17becf"]
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
"""


# --- the timeline ------------------------------------------------------------------------------

def _nice_step(years: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if years / step <= 12:
            return step
    return 1000


def _ordinals(events: pd.DataFrame) -> pd.DataFrame:
    dated = events[events.date_start.notna()].copy()
    dated["s"] = [d.toordinal() for d in dated.date_start]
    dated["e"] = [(e if e is not None and not pd.isna(e) else s).toordinal() for e, s in
                  zip(dated.date_end, dated.date_start)]
    return dated.sort_values(["s", "e"], kind="stable")


def busy_window(events: pd.DataFrame, share: float = 0.9) -> tuple[date, date] | None:
    """The years holding the middle ``share`` of the events, when they are a small part of the whole span
    (an article about 1918–1941 that also mentions the nineteenth century)."""
    dated = _ordinals(events)
    if len(dated) < 10:
        return None
    lo_q, hi_q = dated.s.quantile((1 - share) / 2), dated.s.quantile(1 - (1 - share) / 2)
    first, last = date.fromordinal(int(lo_q)).year, date.fromordinal(int(hi_q)).year + 1
    if (last - first) > 0.4 * (date.fromordinal(int(dated.e.max())).year + 1 - date.fromordinal(int(dated.s.min())).year):
        return None
    return date(first, 1, 1), date(last, 1, 1)


def timeline_svg(events: pd.DataFrame, width: int = 1040, color_by_doc: bool = False, svg_id: str = "timeline",
                 window: tuple[date, date] | None = None, max_lanes: int | None = None) -> str:
    """An SVG timeline: a dot for a day, a bar for a longer interval; details in each mark's tooltip.

    With ``window`` only events overlapping it are drawn, clipped to it. With
    ``max_lanes`` marks that find no free lane share the lanes (an overview
    whose crowded years have a zoomed timeline of their own).
    """
    dated = _ordinals(events)
    if window is not None:
        w0, w1 = window[0].toordinal(), window[1].toordinal() - 1
        dated = dated[(dated.e >= w0) & (dated.s <= w1)].copy()
        dated["s"], dated["e"] = dated.s.clip(lower=w0), dated.e.clip(upper=w1)
    if dated.empty:
        return '<p class="muted">No dated events.</p>'
    lo, hi = dated.s.min(), dated.e.max()
    lo_year, hi_year = date.fromordinal(lo).year, date.fromordinal(hi).year + 1
    step = _nice_step(hi_year - lo_year)
    first_tick = lo_year - lo_year % step
    start, end = date(first_tick, 1, 1).toordinal(), date(min(9999, hi_year + (-hi_year) % step), 1, 1).toordinal()
    left, right, top, lane_h = 20, 20, 28, 13
    span = max(1, end - start)

    def x(ordinal: int) -> float:
        return left + (ordinal - start) / span * (width - left - right)

    lanes: list[float] = []  # right edge of the last mark in each lane
    marks = []
    docs = {d: i for i, d in enumerate(sorted(dated.doc_id.unique()))}
    for r in dated.itertuples():
        x0, x1 = x(r.s), max(x(r.e + 1), x(r.s) + 3)
        lane = next((i for i, edge in enumerate(lanes) if edge + 2 < x0), len(lanes))
        if max_lanes is not None and lane >= max_lanes:
            lane = len(marks) % max_lanes
        elif lane == len(lanes):
            lanes.append(x1)
        lanes[lane] = max(x1, x0 + 6)
        y = top + lane * lane_h
        color = DOC_PALETTE[docs[r.doc_id] % len(DOC_PALETTE)] if color_by_doc else \
            GRANULARITY_COLORS.get(r.granularity, "#555")
        actors = ", ".join(r.actors) if len(r.actors) else "—"
        tip = html.escape(f"{r.date_text} ({r.granularity}): {r.trigger or '—'}; actors: {actors}\n{r.sentence}"
                          + (f"\n[{r.doc_id}]" if color_by_doc else ""))
        attrs = (f'class="event" data-granularity="{html.escape(str(r.granularity))}" '
                 f'data-trigger="{html.escape(str(r.trigger or ""))}" fill="{color}"')
        if r.granularity == "day":
            marks.append(f'<circle {attrs} cx="{x0 + 1.5:.1f}" cy="{y + 5}" r="4"><title>{tip}</title></circle>')
        else:
            marks.append(f'<rect {attrs} x="{x0:.1f}" y="{y}" width="{x1 - x0:.1f}" height="10" rx="2" '
                         f'fill-opacity="0.75"><title>{tip}</title></rect>')
    height = top + max(1, len(lanes)) * lane_h + 10
    ticks = []
    for year in range(first_tick, date.fromordinal(end).year + 1, step):
        tx = x(date(year, 1, 1).toordinal())
        ticks.append(f'<line x1="{tx:.1f}" y1="18" x2="{tx:.1f}" y2="{height}" stroke="#e3e3e3"/>'
                     f'<text x="{tx:.1f}" y="13" font-size="11" text-anchor="middle" fill="#555">{year}</text>')
    legend = ""
    if not color_by_doc:
        legend = '<div class="legend">' + "".join(
            f'<span><i style="background:{c}"></i>{g}</span>' for g, c in GRANULARITY_COLORS.items()) + \
            "<span>a dot is a day; a bar spans the interval</span></div>"
    return (f'<div class="timeline"><svg id="{html.escape(svg_id)}" xmlns="http://www.w3.org/2000/svg" '
            f'width="{width}" height="{height}" role="img" aria-label="timeline of {len(dated)} events">'
            + "".join(ticks) + "".join(marks) + "</svg></div>" + legend)


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


def document_section(doc_id: str, tables: dict[str, pd.DataFrame]) -> str:
    """One document: its timeline, entity counts, most linked entities, citations and highlighted text."""
    def of(name: str) -> pd.DataFrame:
        frame = tables[name]
        return frame[frame.doc_id == doc_id]

    doc = of("documents").iloc[0]
    events, entities, citations = of("events"), of("entities"), of("citations")
    anchor = _anchor(doc_id)
    title = doc.title if isinstance(doc.title, str) and doc.title else doc_id
    out = [f'<section class="document" id="{anchor}"><h2>{html.escape(title)}</h2>',
           f'<p class="muted">{html.escape(doc_id)} · {html.escape(str(doc.source_path))}</p>']
    if doc.status != "ok":
        out.append(f'<p class="failed">failed: {html.escape(str(doc.error))}</p></section>')
        return "\n".join(out)
    out.append(f"<h3>Timeline ({len(events)} events)</h3>")
    window = busy_window(events)
    out.append(timeline_svg(events, svg_id=f"timeline-{anchor}", max_lanes=12 if window else None))
    if window is not None:
        out.append(f"<h3>Timeline, {window[0].year}–{window[1].year - 1} (the middle 90% of the events)</h3>")
        out.append(timeline_svg(events, svg_id=f"timeline-{anchor}-zoom", window=window))
    counts = entities.label.value_counts()
    out.append("<h3>Entities by label</h3>")
    out.append(_table(["label", "mentions", ""], _bar_rows(counts), {1}))
    links = of("links")
    # Links of the body only: those inside citations (a glossed journal name) were cut with them.
    linked = links[links.target.notna() & (links.clean_end > links.clean_start)].target.value_counts().head(15)
    out.append("<h3>Most linked entities</h3>")
    out.append(_table(["link target", "links", ""], _bar_rows(linked), {1}) if len(linked)
               else '<p class="muted">No links.</p>')
    out.append(f"<h3>Citations ({len(citations)})</h3>")
    out.append('<ol class="citations">' + "".join(_citation_item(c) for c in citations.itertuples()) + "</ol>")
    out.append("<h3>Text</h3>")
    out.append(highlighted_text(of("sections"), of("sentences"), entities, of("timexes")))
    out.append("</section>")
    return "\n".join(out)


def corpus_section(tables: dict[str, pd.DataFrame], detailed: set[str]) -> str:
    documents = tables["documents"].sort_values("doc_id")
    counted = {name: tables[name].groupby("doc_id").size() for name in
               ("sentences", "entities", "timexes", "events", "citations")}
    rows = []
    for d in documents.itertuples():
        name = html.escape(d.doc_id)
        if d.doc_id in detailed:
            name = f'<a href="#{_anchor(d.doc_id)}">{name}</a>'
        status = d.status if d.status == "ok" else f'<span class="failed">{html.escape(d.status)}: ' \
                                                   f'{html.escape(str(d.error))}</span>'
        rows.append([name, status] + [int(counted[t].get(d.doc_id, 0)) for t in counted])
    out = ["<h2>Corpus</h2>",
           f"<p>{len(documents)} documents, {int((documents.status == 'ok').sum())} processed, "
           f"{int((documents.status != 'ok').sum())} failed.</p>",
           _table(["document", "status", *counted], rows, {2, 3, 4, 5, 6}),
           f"<h3>Timeline across documents ({len(tables['events'])} events, one colour per document)</h3>",
           timeline_svg(tables["events"], color_by_doc=True, svg_id="timeline-corpus")]
    return "\n".join(out)


def build_report(outputs: str | Path = "outputs", doc_id: str | None = None) -> str:
    """The report as one HTML string: the corpus page, or one document with ``doc_id``."""
    names = ("documents", "sections", "sentences", "links", "entities", "citations", "timexes", "events")
    tables = {name: load_table(name, outputs, doc_id) for name in names}
    if doc_id is not None and tables["documents"].empty:
        known = ", ".join(load_table("documents", outputs).doc_id.head(10))
        raise FatalError(f"no document {doc_id!r} in {outputs}; documents include: {known}")
    docs = sorted(tables["documents"].doc_id)
    detailed = docs if doc_id is not None or len(docs) <= MAX_DOCUMENT_SECTIONS else []
    body = []
    if doc_id is None:
        body.append(corpus_section(tables, set(detailed)))
        if not detailed:
            body.append(f'<p class="muted">{len(docs)} documents: details are shown for up to '
                        f'{MAX_DOCUMENT_SECTIONS}; use <code>report --doc ID</code> for one.</p>')
    body += [document_section(d, tables) for d in detailed]
    title = "Report: " + (doc_id or f"{len(docs)} documents")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>" + "\n".join(body)
            + "</body></html>")


def write_report(outputs: str | Path = "outputs", out: str | Path | None = None, doc_id: str | None = None) -> Path:
    """Write the report (atomically) and return its path; default ``<outputs>/report.html``."""
    target = Path(out) if out else Path(outputs) / "report.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(build_report(outputs, doc_id), encoding="utf-8")
    tmp.replace(target)
    return target


__all__ = ["build_report", "write_report", "timeline_svg", "highlighted_text"]
