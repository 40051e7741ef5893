"""The report's interactive timeline and event table: data packed in Python, drawn by a small inline script.

Why hand-written SVG and not a charting library: the page must work offline,
so a library would be inlined into every report — Vega-Lite with Vega is about
0.8 MB, Plotly about 3.5 MB — while what we need (a date axis, marks in capped
lanes, zoom, filters, a click panel) is a few hundred lines. Keeping it here
also keeps the HTML of a 1,000-document corpus under 20 MB: the events travel
as compact arrays with shared name tables, and their sentences only while the
corpus is small (else a click links to the document's own page).

Over 400 lines because the script is a string constant here, beside the Python that packs
its data: the two sides of one format change together.

The script exposes ``window.pipelineTimelines[id]`` (filter, zoom, state), which
the browser test drives; opening a report with ``#selftest`` runs that test in
the page and writes its result into ``<pre id="selftest-result">``.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from pipeline.io.dates import day_count

GRANULARITIES = ["day", "month", "season", "year", "decade", "century"]
GRANULARITY_COLORS = {"day": "#d62728", "month": "#ff7f0e", "season": "#bcbd22", "year": "#1f77b4",
                      "decade": "#9467bd", "century": "#7f7f7f"}
MAX_SENTENCE_CHARS = 4_000_000  # above this many characters of sentences, clicks link to document pages


class _Index:
    """Strings to small integers, so each name is written once in the page."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._ids: dict[str, int] = {}

    def __call__(self, value: object) -> int:
        if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
            return -1
        text = str(value)
        if text not in self._ids:
            self._ids[text] = len(self.items)
            self.items.append(text)
        return self._ids[text]


def _day(value: object) -> int | None:
    # Day counts through pipeline.io.dates: a BC Timestamp has no Python ordinal.
    return day_count(value)


def _first(values: object) -> str | None:
    """The first of a list cell (a list or numpy array; None when missing or empty)."""
    if values is None or isinstance(values, float) or len(values) == 0:
        return None
    return str(values[0])


def timeline_payload(events: pd.DataFrame, documents: pd.DataFrame, citations: pd.DataFrame | None = None,
                     doc_href: dict[str, str] | None = None, stories: pd.DataFrame | None = None) -> dict[str, Any]:
    """Everything the timeline and table draw, as JSON-ready lists.

    ``doc_href`` maps a doc_id to the page that shows it (a click on one of its
    events links there, at the event's anchor). ``stories`` gives each event's story its
    number of articles: the timeline draws a story once, however many events tell it.
    """
    names, triggers = _Index(), _Index()
    titles = {d.doc_id: (d.title if isinstance(d.title, str) and d.title else d.doc_id)
              for d in documents.itertuples()}
    doc_ids = sorted(set(events.doc_id) | set(titles))
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    with_sentences = int(events.sentence.str.len().sum()) <= MAX_SENTENCE_CHARS if len(events) else True
    cites: list[str] = []
    cite_of: dict[tuple[str, int], int] = {}
    if with_sentences and citations is not None and len(citations):
        for c in citations.itertuples():
            cite_of[(c.doc_id, int(c.citation_id))] = len(cites)
            cites.append(str(c.raw_text)[:300])
    story_index = _Index()
    docs_of_story = {s.story_id: int(s.n_docs) for s in stories.itertuples()} if stories is not None else {}
    parties_of_story = {s.story_id: (s.actors, s.participants) for s in stories.itertuples()} \
        if stories is not None else {}
    rows = []
    for e in events.itertuples():
        theme = getattr(e, "theme", None)
        story = getattr(e, "story_id", None)
        rows.append([
            # An open end ("since 1402", "after 1822": date_end empty) is drawn at its start.
            doc_index[e.doc_id], _day(e.date_start), _day(e.date_end) if _day(e.date_end) is not None else _day(e.date_start),
            GRANULARITIES.index(e.granularity) if e.granularity in GRANULARITIES else -1,
            triggers(e.trigger), [names(a) for a in e.actors], [names(p) for p in e.participants],
            [names(p) for p in e.places], names(theme), e.date_text,
            e.sentence if with_sentences else "", int(e.event_id),
            [cite_of[(e.doc_id, int(c))] for c in e.citation_ids if (e.doc_id, int(c)) in cite_of],
            story_index(story), getattr(e, "modality", None) or "asserted",
        ])
    href = doc_href or {}
    return {"docs": [[d, titles.get(d, d), href.get(d, "")] for d in doc_ids], "names": names.items,
            "triggers": triggers.items, "grans": GRANULARITIES, "colors": GRANULARITY_COLORS,
            "events": rows, "cites": cites, "withSentences": with_sentences,
            # Per story: its number of articles in the corpus (this page may show fewer of them).
            "stories": [docs_of_story.get(s, 1) for s in story_index.items],
            # Per story: its first actor and first participant by canonical name (-1: none), for labels.
            "storyParties": [[names(_first(parties_of_story.get(s, ((), ()))[0])),
                              names(_first(parties_of_story.get(s, ((), ()))[1]))] for s in story_index.items]}


def timeline_html(payload: dict[str, Any], element_id: str) -> str:
    """The timeline, its controls, the detail panel and the sortable table, with the data inline."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    n = len(payload["events"])
    return f"""
<div class="tl" id="{element_id}">
  <div class="tl-controls">
    <label>Document <select class="tl-doc"><option value="">all</option></select></label>
    <label>Actor <input class="tl-actor" list="{element_id}-actors" placeholder="any" size="18"></label>
    <datalist id="{element_id}-actors"></datalist>
    <label>Entity <input class="tl-entity" placeholder="any name" size="16"></label>
    <span class="tl-grans"></span>
    <button type="button" class="tl-in" title="zoom in">+</button><button type="button" class="tl-out"
      title="zoom out">−</button><button type="button" class="tl-reset" title="show the busy years">reset</button>
    <span class="tl-count muted"></span>
  </div>
  <svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" height="300" role="img"
       aria-label="timeline of {n} event{'s' if n != 1 else ''}: scroll to zoom, drag to pan, click an event"></svg>
  <div class="tl-detail muted">Click an event to see its sentence, date and citations. Scroll on the axis to
    zoom, drag to pan.</div>
  <h3>Events</h3>
  <div class="tl-tablewrap"><table class="tl-table"><thead><tr><th data-k="date">date</th><th data-k="doc">document</th>
    <th data-k="trigger">trigger</th><th data-k="actors">actors</th><th data-k="participants">participants</th>
    <th data-k="theme">theme</th><th data-k="places">places</th></tr></thead><tbody></tbody></table></div>
  <p class="tl-tablenote muted"></p>
  <script type="application/json" class="tl-data">{data}</script>
</div>
<script>pipelineTimeline({json.dumps(element_id)});</script>"""


TIMELINE_CSS = """
.tl { margin-bottom: 1.5em; }
.tl-controls { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: center; font-size: 0.9em;
               margin-bottom: 0.4em; }
.tl-controls button { min-width: 2em; }
.tl-svg { width: 100%; border: 1px solid #ddd; background: #fcfcfc; cursor: grab; user-select: none;
          display: block; }
.tl-svg .ev { cursor: pointer; }
.tl-svg .ev:hover, .tl-svg .ev.sel { stroke: #000; stroke-width: 1.5; }
.tl-svg text { font-size: 11px; fill: #333; }
.tl-svg .more { fill: #777; font-style: italic; }
.tl-svg text.story { font-weight: 600; fill: #111; }
.tl-detail { border: 1px solid #eee; padding: 0.5em 0.8em; min-height: 3.2em; margin: 0.4em 0 1em;
             font-size: 0.95em; }
.tl-tablewrap { max-height: 26em; overflow: auto; border: 1px solid #eee; }
.tl-table { margin: 0; font-size: 0.88em; width: 100%; }
.tl-table th { cursor: pointer; position: sticky; top: 0; background: #f4f4f4; }
.tl-table tr.sel td { background: #fff3c4; }
.mod-planned, .mod-negated, .mod-hypothetical { opacity: 0.45; font-style: italic; }  /* not asserted */
.tl-table td:nth-child(2) { max-width: 14em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tl-table.one-doc th:nth-child(2), .tl-table.one-doc td:nth-child(2) { display: none; }
.scroll { max-height: 22em; overflow: auto; border: 1px solid #eee; margin-bottom: 1.5em; }
.heat td.h { width: 1.6em; height: 1.1em; padding: 0; }
.heat { width: 100%; table-layout: fixed; }
.heat th { padding: 0.2em 0; font-size: 0.75em; text-align: center; font-weight: normal; color: #555; }
.heat th:first-child { width: 16em; }
.heat td:first-child { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
"""

# The script is plain ES2017 with no dependencies; every string from the data is put in the page
# with textContent (never innerHTML), so titles and sentences cannot inject markup.
TIMELINE_JS = r"""
window.pipelineTimelines = window.pipelineTimelines || {};
function pipelineTimeline(id) {
  const root = document.getElementById(id);
  const D = JSON.parse(root.querySelector('.tl-data').textContent);
  const svg = root.querySelector('.tl-svg'), NS = 'http://www.w3.org/2000/svg';
  const LANES = 10, LANE_H = 20, TOP = 24, DAY = 86400000;
  const ev = D.events.map(function (r, i) {
    return {i: i, doc: r[0], s: r[1], e: r[2] === null ? r[1] : r[2], g: r[3], t: r[4], a: r[5], p: r[6],
            pl: r[7], th: r[8], text: r[9], sent: r[10], id: r[11], c: r[12], st: r[13] === undefined ? -1 : r[13], mo: r[14] || 'asserted'};
  });
  // A story (one happening told by several events, in any document) is drawn once: by its most
  // precise mention, marked with its number of articles; a click lists every mention.
  const members = {};
  ev.forEach(function (v) { if (v.st >= 0) (members[v.st] = members[v.st] || []).push(v); });
  const articles = function (v) { return v.st >= 0 ? (D.stories || [])[v.st] || 1 : 1; };
  function once(list) {
    const best = {};
    list.forEach(function (v) {
      if (v.st < 0) return;
      const b = best[v.st];
      if (b === undefined || v.g < b.g || (v.g === b.g && v.i < b.i)) best[v.st] = v;
    });
    return list.filter(function (v) { return v.st < 0 || best[v.st] === v; });
  }
  const name = function (k) { return k >= 0 ? D.names[k] : ''; };
  const names = function (ks) { return ks.map(name).join(', '); };
  const trig = function (x) { return x.t >= 0 ? D.triggers[x.t] : ''; };
  // 11px system-ui, a little generous; a story's label is bold, so wider.
  const textWidth = function (text, bold) { return text.length * (bold ? 7.2 : 6.3); };
  const summary = function (g) { return '+' + g.n + ' more in ' + g.y0 + (g.y1 !== g.y0 ? '–' + g.y1 : ''); };
  // Who did it to whom, by the story's canonical names where the event has a story: "invade · Tarvia → Lusk".
  function parties(v) {
    const sp = v.st >= 0 && D.storyParties ? D.storyParties[v.st] : [-1, -1];
    return [sp[0] >= 0 ? sp[0] : (v.a.length ? v.a[0] : -1), sp[1] >= 0 ? sp[1] : (v.p.length ? v.p[0] : -1)];
  }
  // A mark's possible labels, longest first: the happening and its main parties, then shorter forms.
  function labels(v) {
    const clip = function (n) { return n.length > 22 ? n.slice(0, 21) + '…' : n; };
    const t = trig(v) || v.text || '…', ap = parties(v), a = clip(name(ap[0])), p = clip(name(ap[1]));
    const times = articles(v) > 1 ? ' ×' + articles(v) : '', out = [];
    if (a && p) out.push(t + ' · ' + a + ' → ' + p + times);
    if (a) out.push(t + ' · ' + a + times);
    else if (p) out.push(t + ' → ' + p + times);
    else if (v.th >= 0) out.push(t + ' · ' + name(v.th) + times);
    out.push(t + times);
    return out;
  }
  const dated = ev.filter(function (x) { return x.s !== null; }).sort(function (x, y) { return x.s - y.s || x.e - y.e; });
  const filt = {doc: '', actor: '', entity: '', grans: new Set(D.grans)};
  let shown = [], view = null, home = null, selected = null;

  // The axis follows where the events are: the 2nd to 98th percentile of their starts.
  function busy(list) {
    if (!list.length) { const t = Math.floor(Date.now() / DAY); return [t - 365, t + 365]; }
    // By the events dated to a day, month, season or year where there are enough of them: a few
    // "late nineteenth century" bars must not push the busy years into a third of the width.
    const precise = list.filter(function (x) { return x.g >= 0 && x.g <= 3; });
    if (precise.length >= 10 && precise.length >= 0.5 * list.length) list = precise;
    const starts = list.map(function (x) { return x.s; }).sort(function (a, b) { return a - b; });
    const q = function (f) { return starts[Math.min(starts.length - 1, Math.floor(f * (starts.length - 1)))]; };
    let lo = q(0.02), hi = Math.max(q(0.98), lo + 1);
    const hiEnd = Math.max.apply(null, list.filter(function (x) { return x.s <= hi; }).map(function (x) { return x.e; }));
    hi = Math.max(hi, Math.min(hiEnd, hi + (hi - lo) * 0.05));
    const pad = Math.max(15, (hi - lo) * 0.03);
    return [lo - pad, hi + pad];
  }
  function matches(x) {
    if (filt.doc !== '' && String(x.doc) !== filt.doc) return false;
    if (!filt.grans.has(D.grans[x.g] || 'year')) return false;
    if (filt.actor && !x.a.some(function (k) { return name(k).toLowerCase() === filt.actor; })) return false;
    if (filt.entity) {
      const all = x.a.concat(x.p, x.pl, x.th >= 0 ? [x.th] : []);
      if (!all.some(function (k) { return name(k).toLowerCase().indexOf(filt.entity) >= 0; })) return false;
    }
    return true;
  }
  function el(tag, attrs, text) {
    const n = document.createElementNS(NS, tag);
    for (const k in attrs) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function ticks(lo, hi, width) {
    const span = hi - lo, out = [];
    const yearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
    if (span > 3 * 365) {
      const years = span / 365.25;
      const step = yearSteps.find(function (s) { return years / s <= width / 80; }) || 1000;
      let y = new Date(lo * DAY).getUTCFullYear(); y -= ((y % step) + step) % step;
      for (; ; y += step) {
        const t = Date.UTC(y, 0, 1) / DAY; if (t > hi) break;
        if (t >= lo) out.push([t, String(y)]);
      }
    } else if (span > 60) {
      const months = span / 30.4, step = [1, 2, 3, 6].find(function (s) { return months / s <= width / 80; }) || 12;
      const d0 = new Date(lo * DAY); let y = d0.getUTCFullYear(), m = d0.getUTCMonth();
      m -= m % step;
      for (; ; m += step) {
        const t = Date.UTC(y, m, 1) / DAY; if (t > hi) break;
        const d = new Date(t * DAY);
        if (t >= lo) out.push([t, d.toLocaleString('en', {month: 'short', timeZone: 'UTC'}) + ' ' + d.getUTCFullYear()]);
      }
    } else {
      const step = Math.max(1, Math.ceil(span / (width / 70)));
      for (let t = Math.ceil(lo); t <= hi; t += step) {
        const d = new Date(t * DAY);
        out.push([t, d.getUTCDate() + ' ' + d.toLocaleString('en', {month: 'short', timeZone: 'UTC'}) + ' ' + d.getUTCFullYear()]);
      }
    }
    return out;
  }
  function draw() {
    const width = Math.max(320, svg.clientWidth || svg.parentNode.clientWidth || 1000);
    const left = 34, right = 34, lo = view[0], hi = view[1];
    const x = function (t) { return left + (t - lo) / (hi - lo) * (width - left - right); };
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const height = TOP + LANES * LANE_H + 34;
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.dataset.from = new Date(lo * DAY).toISOString().slice(0, 10);
    svg.dataset.to = new Date(hi * DAY).toISOString().slice(0, 10);
    ticks(lo, hi, width).forEach(function (tk) {
      const tx = x(tk[0]);
      svg.appendChild(el('line', {x1: tx, x2: tx, y1: 16, y2: height - 30, stroke: '#e6e6e6'}));
      svg.appendChild(el('text', {x: tx, y: 12, 'text-anchor': 'middle'}, tk[1]));
    });
    const more = {}, inView = shown.filter(function (v) { return v.e >= lo && v.s <= hi; });
    let before = 0, after = 0, drawn = 0;
    shown.forEach(function (v) { if (v.s !== null && v.e < lo) before++; else if (v.s !== null && v.s > hi) after++; });
    // Which marks get a lane: stories told by several articles first (at the corpus's default zoom
    // those are what a reader looks for), then points and short intervals in date order, then years,
    // decades and centuries where room is left: a long bar must not take a lane from a dozen dated
    // events. Every mark keeps room for its shortest label, so the timeline is never a wall of
    // unlabelled dots; what finds no lane is counted in the yearly summaries under the axis.
    // Within each kind: a happening with a trigger and a party before a bare verb, a precise date
    // before a year-long bar.
    const rank = function (v) {
      const fine = D.grans[v.g] === 'day' || D.grans[v.g] === 'month' || D.grans[v.g] === 'season';
      const ap = parties(v), told = v.t >= 0 && (ap[0] >= 0 || ap[1] >= 0);
      return (articles(v) > 1 ? 0 : 4) + (told ? 0 : 2) + (fine ? 0 : 1);
    };
    const order = inView.slice().sort(function (m, n) { return rank(m) - rank(n) || m.s - n.s || m.i - n.i; });
    const occupied = [];  // per lane: [x0, x1] of its marks, sorted by x0
    const placed = [];
    function extent(v) {
      const x0 = Math.max(left - 4, x(v.s)), x1 = Math.min(width - right + 4, Math.max(x(v.e + 1), x0 + 7));
      // Room for the label that names the parties where it is not too long, else the shortest.
      const all = labels(v), kept = all.find(function (l) { return l.length <= 30; }) || all[all.length - 1];
      return [x0, x1, Math.min(width - 2, x1 + 6 + textWidth(kept, articles(v) > 1))];
    }
    function fits(lane, x0, x1) {
      const marks = occupied[lane];
      let lo = 0, hi = marks.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (marks[mid][0] < x0) lo = mid + 1; else hi = mid; }
      if (lo > 0 && marks[lo - 1][1] + 3 >= x0) return -1;
      if (lo < marks.length && marks[lo][0] <= x1 + 3) return -1;
      return lo;
    }
    function place(v) {
      const ex = extent(v);
      for (let lane = 0; lane < LANES; lane++) {
        if (lane === occupied.length) occupied.push([]);
        const at = fits(lane, ex[0], ex[2]);
        if (at >= 0) {
          occupied[lane].splice(at, 0, [ex[0], ex[2]]);
          placed.push({v: v, lane: lane, x0: ex[0], x1: ex[1]});
          return;
        }
      }
      const y = new Date(v.s * DAY).getUTCFullYear();
      more[y] = (more[y] || 0) + 1;
    }
    order.forEach(place);
    placed.sort(function (m, n) { return m.lane - n.lane || m.x0 - n.x0; });
    // Labels: the longest that fits before the next mark of the lane.
    for (let k = placed.length - 1; k >= 0; k--) {
      const m = placed[k], n = placed[k + 1];
      m.room = (n && n.lane === m.lane ? n.x0 : width - 2) - m.x1 - 6;
    }
    placed.forEach(function (m) {
      const v = m.v, y = TOP + m.lane * LANE_H, color = D.colors[D.grans[v.g]] || '#555';
      const mark = D.grans[v.g] === 'day'
        ? el('circle', {cx: m.x0 + 3, cy: y + 7, r: 4.5, fill: color, class: 'ev'})
        : el('rect', {x: m.x0, y: y + 2, width: m.x1 - m.x0, height: 10, rx: 2, fill: color, 'fill-opacity': 0.75, class: 'ev'});
      mark.dataset.i = v.i;
      mark.classList.add('mod-' + v.mo);  // planned, negated, hypothetical: drawn faint (events.modality)
      if (selected === v.i) mark.classList.add('sel');
      const told = articles(v) > 1 ? ' (' + articles(v) + ' articles)' : '';
      mark.dataset.articles = articles(v);
      mark.appendChild(el('title', {}, v.text + ': ' + labels(v)[0] + told));
      svg.appendChild(mark);
      const label = labels(v).find(function (l) { return textWidth(l, articles(v) > 1) <= m.room && l !== '…'; });
      if (label) {
        const t = el('text', {x: m.x1 + 4, y: y + 11, class: articles(v) > 1 ? 'story' : ''}, label);
        t.dataset.i = v.i;
        svg.appendChild(t);
      }
      drawn++;
    });
    // The events that found no lane, summarised under the year they start in; summaries that would
    // overlap are merged into one over their years ("+12 more in 1938–1940"), so none hides another.
    const groups = [];
    Object.keys(more).map(Number).sort(function (a, b) { return a - b; }).forEach(function (y) {
      const tx = Math.max(left, x(Date.UTC(y, 6, 1) / DAY)), last = groups[groups.length - 1];
      if (last && tx - textWidth(summary({n: 1, y0: y, y1: y})) / 2 < last.right + 10) {
        last.n += more[y]; last.y1 = y; last.right = last.x + textWidth(summary(last)) / 2;
        return;
      }
      const g = {n: more[y], y0: y, y1: y, x: tx};
      g.right = tx + textWidth(summary(g)) / 2;
      groups.push(g);
    });
    for (let k = groups.length - 1; k >= 0; k--) {  // keep the last ones inside the picture
      const g = groups[k], w = textWidth(summary(g));
      g.x = Math.max(left + w / 2, Math.min(g.x, width - 2 - w / 2));
      const next = groups[k + 1];
      if (next && g.x + w / 2 + 10 > next.x - textWidth(summary(next)) / 2) {
        g.n += next.n; g.y1 = next.y1; groups.splice(k + 1, 1);
        g.x = Math.max(left + textWidth(summary(g)) / 2, Math.min(g.x, width - 2 - textWidth(summary(g)) / 2));
      }
    }
    groups.forEach(function (g) {
      svg.appendChild(el('text', {x: g.x, y: height - 16, 'text-anchor': 'middle', class: 'more summary'}, summary(g)));
    });
    if (before) svg.appendChild(el('text', {x: 4, y: height - 4, class: 'more'}, '◀ ' + before + ' earlier'));
    if (after) svg.appendChild(el('text', {x: width - 4, y: height - 4, 'text-anchor': 'end', class: 'more'}, after + ' later ▶'));
    const hidden = Object.values(more).reduce(function (a, b) { return a + b; }, 0);
    const matching = ev.filter(matches), fmt = function (n) { return n.toLocaleString('en'); };
    // One sentence whose numbers add up: every happening is drawn, summarised, outside the view or undated.
    const happenings = once(matching).length, undated = happenings - shown.length;
    root.querySelector('.tl-count').textContent = fmt(matching.length) + ' event' + (matching.length === 1 ? '' : 's') +
      ' telling ' + fmt(happenings) + ' happening' + (happenings === 1 ? '' : 's') + ': ' + fmt(drawn) + ' drawn' +
      (hidden ? ', ' + fmt(hidden) + ' in the yearly summaries' : '') +
      (before + after ? ', ' + fmt(before + after) + ' outside this view' : '') +
      (undated ? ', ' + fmt(undated) + ' undated (in the table only)' : '');
    svg.dataset.drawn = drawn;
    svg.dataset.shown = shown.length;
  }
  const sortState = {k: 'date', dir: 1};
  function cell(v, k) {
    if (k === 'date') return v.text;
    if (k === 'doc') return D.docs[v.doc][1];
    if (k === 'trigger') return trig(v);
    if (k === 'actors') return names(v.a);
    if (k === 'participants') return names(v.p);
    if (k === 'places') return names(v.pl);
    if (k === 'theme') return name(v.th);
    return '';
  }
  function table() {
    const rows = ev.filter(matches).sort(function (x, y) {
      if (sortState.k === 'date') return sortState.dir * (((x.s === null) - (y.s === null)) || (x.s - y.s) || (x.i - y.i));
      return sortState.dir * cell(x, sortState.k).localeCompare(cell(y, sortState.k)) || x.i - y.i;
    });
    const body = root.querySelector('.tl-table tbody'), limit = 500;
    body.textContent = '';
    rows.slice(0, limit).forEach(function (v) {
      const tr = document.createElement('tr');
      tr.dataset.i = v.i;
      if (selected === v.i) tr.className = 'sel';
      tr.classList.add('mod-' + v.mo);
      ['date', 'doc', 'trigger', 'actors', 'participants', 'theme', 'places'].forEach(function (k) {
        const td = document.createElement('td'); td.textContent = cell(v, k); tr.appendChild(td);
      });
      tr.addEventListener('click', function () { select(v.i); });
      body.appendChild(tr);
    });
    root.querySelector('.tl-tablenote').textContent = rows.length > limit
      ? 'showing the first ' + limit + ' of ' + rows.length + ' events; filter or sort to see others' : '';
  }
  function detail(v) {
    const box = root.querySelector('.tl-detail');
    box.textContent = '';
    box.classList.remove('muted');
    const line = function (label, text) {
      if (!text) return;
      const p = document.createElement('div'), b = document.createElement('b');
      b.textContent = label + ': '; p.appendChild(b); p.appendChild(document.createTextNode(text)); box.appendChild(p);
    };
    const range = v.s === null ? '' : new Date(v.s * DAY).toISOString().slice(0, 10) +
      (v.e !== v.s ? ' – ' + new Date(v.e * DAY).toISOString().slice(0, 10) : '');
    line('Date', v.text + (range ? ' (' + range + ', ' + D.grans[v.g] + ')' : ''));
    line('Trigger', trig(v)); line('Actors', names(v.a)); line('Participants', names(v.p));
    line('Theme', name(v.th)); line('Places', names(v.pl));
    line('Sentence', v.sent);
    const doc = D.docs[v.doc];
    const p = document.createElement('div'), b = document.createElement('b');
    b.textContent = 'Document: '; p.appendChild(b);
    if (doc[2]) {
      const a = document.createElement('a'); a.href = doc[2] + '#event-' + v.id;
      a.textContent = doc[1] + (D.withSentences ? '' : ' (the sentence is on its page)'); p.appendChild(a);
    } else p.appendChild(document.createTextNode(doc[1]));
    box.appendChild(p);
    const told = v.st >= 0 ? members[v.st] : [v];
    if (told.length > 1 || articles(v) > 1) {
      const h = document.createElement('b');
      h.textContent = 'Told ' + told.length + ' times in ' + articles(v) + ' article' + (articles(v) === 1 ? '' : 's') +
        (articles(v) > new Set(told.map(function (m) { return m.doc; })).size ? ' (this page shows ' + told.length + ')' : '') + ':';
      const ul = document.createElement('ul'); ul.className = 'tl-mentions';
      told.forEach(function (m) {
        const li = document.createElement('li');
        li.textContent = D.docs[m.doc][1] + ', ' + m.text + (m.sent ? ': ' + m.sent : '');
        ul.appendChild(li);
      });
      box.appendChild(h); box.appendChild(ul);
    }
    const sources = [];
    told.forEach(function (m) { m.c.forEach(function (k) { if (sources.indexOf(k) < 0) sources.push(k); }); });
    if (sources.length) {
      const ol = document.createElement('ol');
      sources.forEach(function (k) { const li = document.createElement('li'); li.textContent = D.cites[k]; ol.appendChild(li); });
      const h = document.createElement('b'); h.textContent = 'Citations:'; box.appendChild(h); box.appendChild(ol);
    }
  }
  function select(i) { selected = i; detail(ev[i]); draw(); table(); }
  function refresh(keepView) {
    shown = once(dated.filter(matches));
    home = busy(shown.length ? shown : dated);
    if (!keepView || !view) view = home.slice();
    draw(); table();
  }
  function zoomBy(f, at) {
    const c = at === undefined ? (view[0] + view[1]) / 2 : at, lo = c - (c - view[0]) * f, hi = c + (view[1] - c) * f;
    if (hi - lo < 2) return;
    view = [lo, hi]; draw();
  }
  // Controls.
  const docSel = root.querySelector('.tl-doc');
  D.docs.forEach(function (d, k) { const o = document.createElement('option'); o.value = k; o.textContent = d[1]; docSel.appendChild(o); });
  if (D.docs.length < 2) {
    docSel.parentNode.style.display = 'none';
    root.querySelector('.tl-table').classList.add('one-doc');
  }
  const counts = {};
  ev.forEach(function (v) { v.a.forEach(function (k) { counts[k] = (counts[k] || 0) + 1; }); });
  const dl = root.querySelector('datalist');
  Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).slice(0, 300).forEach(function (k) {
    const o = document.createElement('option'); o.value = D.names[k]; dl.appendChild(o);
  });
  const grans = root.querySelector('.tl-grans');
  D.grans.forEach(function (g) {
    const l = document.createElement('label'), c = document.createElement('input'), sw = document.createElement('i');
    c.type = 'checkbox'; c.checked = true; c.value = g;
    sw.style.cssText = 'display:inline-block;width:.8em;height:.8em;margin:0 .2em;background:' + D.colors[g];
    c.addEventListener('change', function () { if (c.checked) filt.grans.add(g); else filt.grans.delete(g); refresh(true); });
    l.appendChild(c); l.appendChild(sw); l.appendChild(document.createTextNode(g + ' ')); grans.appendChild(l);
  });
  docSel.addEventListener('change', function () { filt.doc = docSel.value; refresh(false); });
  root.querySelector('.tl-actor').addEventListener('input', function (e) { filt.actor = e.target.value.trim().toLowerCase(); refresh(true); });
  root.querySelector('.tl-entity').addEventListener('input', function (e) { filt.entity = e.target.value.trim().toLowerCase(); refresh(true); });
  root.querySelector('.tl-in').addEventListener('click', function () { zoomBy(0.6); });
  root.querySelector('.tl-out').addEventListener('click', function () { zoomBy(1 / 0.6); });
  root.querySelector('.tl-reset').addEventListener('click', function () { view = home.slice(); draw(); });
  root.querySelectorAll('.tl-table th').forEach(function (th) {
    th.addEventListener('click', function () {
      sortState.dir = sortState.k === th.dataset.k ? -sortState.dir : 1; sortState.k = th.dataset.k; table();
    });
  });
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    const r = svg.getBoundingClientRect(), f = (e.clientX - r.left - 34) / Math.max(1, r.width - 68);
    zoomBy(e.deltaY < 0 ? 0.8 : 1.25, view[0] + f * (view[1] - view[0]));
  }, {passive: false});
  let drag = null;
  svg.addEventListener('mousedown', function (e) { drag = {x: e.clientX, view: view.slice()}; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (e) {
    if (!drag) return;
    const r = svg.getBoundingClientRect(), d = (e.clientX - drag.x) / Math.max(1, r.width - 68) * (drag.view[1] - drag.view[0]);
    if (Math.abs(e.clientX - drag.x) > 3) { view = [drag.view[0] - d, drag.view[1] - d]; draw(); }
  });
  svg.addEventListener('click', function (e) { const i = e.target.dataset && e.target.dataset.i; if (i !== undefined) select(+i); });
  window.addEventListener('resize', draw);
  refresh(false);
  // "doc.html#event-12" (from the corpus page): show that event.
  const wanted = /^#event-(\d+)$/.exec(location.hash);
  if (wanted) { const v = ev.find(function (x) { return x.id === +wanted[1]; }); if (v) select(v.i); }
  window.pipelineTimelines[id] = {
    filter: function (f) {
      if ('doc' in f) { filt.doc = f.doc === null ? '' : String(D.docs.findIndex(function (d) { return d[0] === f.doc; })); docSel.value = filt.doc; }
      if ('actor' in f) filt.actor = (f.actor || '').toLowerCase();
      if ('entity' in f) filt.entity = (f.entity || '').toLowerCase();
      refresh(!('doc' in f));
    },
    zoom: function (from, to) { view = [Date.parse(from) / DAY, Date.parse(to) / DAY]; draw(); },
    zoomBy: zoomBy,
    select: select,
    state: function () {
      return {shown: shown.length, matching: ev.filter(matches).length, drawn: +svg.dataset.drawn, svgHeight: +svg.getAttribute('height'), from: svg.dataset.from, to: svg.dataset.to,
              tableRows: root.querySelectorAll('.tl-table tbody tr').length,
              drawnStories: Array.from(svg.querySelectorAll('.ev')).map(function (m) { return ev[+m.dataset.i].st; })
                .filter(function (st) { return st >= 0; }),
              multiArticle: Array.from(svg.querySelectorAll('.ev')).filter(function (m) { return +m.dataset.articles > 1; })
                .map(function (m) { return +m.dataset.i; }),
              docs: Array.from(new Set(shown.map(function (v) { return D.docs[v.doc][0]; }))),
              count: root.querySelector('.tl-count').textContent,
              labels: Array.from(svg.querySelectorAll('text[data-i]')).map(function (t) { return t.textContent; }),
              boxes: Array.from(svg.querySelectorAll('text[data-i], text.summary')).map(function (t) {
                const b = t.getBBox(); return [b.x, b.y, b.width, b.height, t.textContent];
              })};
    },
    topActor: function () {
      const k = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
      return k === undefined ? null : D.names[k];
    },
    docIds: function () { return D.docs.map(function (d) { return d[0]; }); },
  };
}
"""

# Run in the page when the URL ends in #selftest: filter, zoom and click as a user would, and
# write what happened (plus any error or blocked request) into the page for a headless browser.
SELFTEST_JS = r"""
(function () {
  if (location.hash !== '#selftest') return;
  const out = {errors: [], blocked: []};
  window.addEventListener('error', function (e) { out.errors.push(String(e.message)); });
  document.addEventListener('securitypolicyviolation', function (e) { out.blocked.push(e.blockedURI); });
  window.addEventListener('load', function () {
    try {
      const id = Object.keys(window.pipelineTimelines)[0], t = window.pipelineTimelines[id];
      out.initial = t.state();
      if (out.initial.multiArticle.length) {
        t.select(out.initial.multiArticle[0]); out.storyDetail = document.querySelector('.tl-detail').textContent;
      }
      const actor = t.topActor();
      t.filter({actor: actor}); out.actor = actor; out.byActor = t.state();
      t.filter({actor: ''});
      const docs = t.docIds(); out.doc = docs[docs.length - 1];
      t.filter({doc: out.doc}); out.byDoc = t.state();
      t.filter({doc: null});
      out.beforeZoom = t.state(); t.zoomBy(0.25); out.afterZoom = t.state();
      t.select(0); out.detail = document.querySelector('.tl-detail').textContent.length;
      out.height = document.documentElement.scrollHeight;
      out.resources = performance.getEntriesByType('resource').map(function (r) { return r.name; });
    } catch (e) { out.errors.push(String(e && e.stack || e)); }
    const pre = document.createElement('pre'); pre.id = 'selftest-result'; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  });
})();
"""
