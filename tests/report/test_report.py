"""The HTML report: self-contained, with a timeline and highlighted text, checked in headless Chromium."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import time
import zlib
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline.core.errors import FatalError

from pipeline import load_table
from pipeline.report.page import build_report, write_report
from tests.conftest import ROOT

REF_ID = "germany_soviet_union_relations_1918_1941"
EXTERNAL = re.compile(r"<script[^>]*\bsrc=|<link\b|@import|url\(\s*['\"]?https?:|<img[^>]*\bsrc=\"https?:", re.I)


@pytest.fixture(scope="module")
def article_html(full_run):
    return build_report(full_run["outputs"], REF_ID)


def test_article_report_has_every_part(full_run, article_html):
    events = load_table("events", full_run["outputs"], REF_ID)
    data = json.loads(re.search(r'<script type="application/json" class="tl-data">(.*?)</script>', article_html,
                                re.S).group(1).replace("<\\/", "</"))
    assert len(data["events"]) == len(events) and data["withSentences"]
    first = next(r for r in data["events"] if r[9] == "September 1, 1939")
    # Canonical names (the words as written, "Nazi Germany", stay in actor_mentions).
    assert data["triggers"][first[4]] == "invade" and [data["names"][k] for k in first[5]] == ["Germany"]
    # Entities and temporal expressions highlighted in the text, by displaCy.
    assert article_html.count('<mark class="entity"') > 1000
    assert "DATE 1939-09-17" in article_html
    for heading in (f"Timeline ({len(events)} events)", "Actors over time", "Entities by label", "Most linked entities",
                    "Citations (63)", "Text"):
        assert heading in article_html, heading
    assert not EXTERNAL.search(article_html)
    assert "Content-Security-Policy" in article_html and "default-src 'none'" in article_html


def test_corpus_report_lists_every_document_with_its_status(full_run, tmp_path):
    index = write_report(full_run["outputs"], tmp_path / "report.html")
    page = index.read_text(encoding="utf-8")
    documents = load_table("documents", full_run["outputs"])
    for d in documents.itertuples():
        assert d.doc_id in page
    assert 'class="failed"' in page and "empty file" in page
    assert 'id="timeline-corpus"' in page and not EXTERNAL.search(page)
    assert f"Report: {len(documents)} documents" in page and "Most cited works" in page
    # One page per document beside the index, linked from it.
    pages = sorted((tmp_path / "report_docs").glob("*.html"))
    assert len(pages) == len(documents)
    assert all(f'href="report_docs/{quote(p.name)}"' in page for p in pages)
    # Named by document: a reader finds a document's page by its doc_id.
    assert {p.stem for p in pages} == set(documents.doc_id)


def test_words_agree_with_their_numbers():
    from pipeline.report.page import _plural

    assert _plural(1, "document") == "1 document" and _plural(2, "event") == "2 events"
    assert _plural(1200, "event") == "1,200 events"


def test_unknown_document_is_a_clear_error(full_run):
    with pytest.raises(FatalError, match="no document 'nope'.*documents include"):
        build_report(full_run["outputs"], "nope")


def _png_is_not_blank(path: Path) -> bool:
    """Decode the PNG's pixel rows (no imaging library needed) and look for more than one colour."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return len(set(pixels[::97])) > 10


def _chromium() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (make test installs Debian's chromium when it runs as root; "
                    "otherwise: apt-get install chromium)")
    return browser


def _in_browser(page: Path, profile: Path, screenshot: Path) -> tuple[dict, str]:
    """Open the page in headless Chromium: a screenshot, then the in-page self-test (filter by an actor
    and by a document, zoom, click) with the page's errors and every request it tried."""
    browser = _chromium()
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
             # Any request to the network fails: the page must not need one.
             "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]
    screenshot.unlink(missing_ok=True)
    subprocess.run([browser, *flags, f"--screenshot={screenshot}", "--window-size=1280,1400", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 20_000 and _png_is_not_blank(screenshot)
    proc = subprocess.run([browser, *flags, "--virtual-time-budget=10000", "--dump-dom", page.as_uri() + "#selftest"],
                          capture_output=True, text=True, timeout=180, check=True)
    found = re.search(r'<pre id="selftest-result">(.*?)</pre>', proc.stdout, re.S)
    assert found, proc.stderr[-2000:]
    return json.loads(html.unescape(found.group(1))), proc.stderr


def _console_errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line and ("Error" in line or "Refused" in line)]


def _check_interaction(result: dict, stderr: str, n_docs: int) -> None:
    assert result["errors"] == [] and result["blocked"] == [] and result["resources"] == [], result
    assert _console_errors(stderr) == []
    initial, by_actor, by_doc = result["initial"], result["byActor"], result["byDoc"]
    assert initial["shown"] > 0 and initial["drawn"] > 0
    # Filtering by the commonest actor leaves fewer events, every one of them that actor's.
    # (The timeline draws a story once; the table lists every event that tells it.)
    assert 0 < by_actor["shown"] < initial["shown"] and by_actor["tableRows"] <= by_actor["matching"]
    if n_docs > 1:
        assert by_doc["docs"] == [result["doc"]] and by_doc["shown"] < initial["shown"]
    # Zooming in narrows the visible range.
    before, after = result["beforeZoom"], result["afterZoom"]
    assert (after["from"], after["to"]) != (before["from"], before["to"])
    assert before["from"] < after["from"] and after["to"] < before["to"]
    assert result["detail"] > 50  # the click shows the event's details
    # No label or yearly summary overlaps another, at the default zoom or zoomed in.
    for state in (initial, after):
        boxes = state["boxes"]
        for k, (x, y, w, h, text) in enumerate(boxes):
            for x2, y2, w2, h2, text2 in boxes[k + 1:]:
                assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y, (text, text2)
    # Labels name the happening and its parties ("invade · Germany → Poland"), not a bare verb.
    assert sum(" · " in label or " → " in label for label in initial["labels"]) >= 0.5 * len(initial["labels"])
    # The count line's numbers agree with the events on the page.
    assert initial["count"].startswith(f"{initial['matching']:,} event")


def test_report_in_headless_chromium(full_run, tmp_path):
    _chromium()
    shown = ROOT / "outputs"
    shown.mkdir(exist_ok=True)
    started = time.perf_counter()
    page = write_report(full_run["outputs"], shown / "report-reference.html", REF_ID)
    render_s = time.perf_counter() - started
    result, stderr = _in_browser(page, tmp_path / "profile", shown / "report-screenshot.png")
    _check_interaction(result, stderr, 1)
    assert page.stat().st_size < 2_000_000
    print(f"\nreport for the reference article rendered in {render_s:.1f} s, {page.stat().st_size:,} bytes; "
          f"page height {result['height']} px; screenshot: {shown / 'report-screenshot.png'}")


def test_corpus_report_of_200_documents_in_headless_chromium(tmp_path):
    """A synthetic 200-document corpus: same page height as one document's corpus, small file."""
    _chromium()
    from bench.synthetic import build_corpus
    from pipeline import run

    shown = ROOT / "outputs"
    shown.mkdir(exist_ok=True)
    heights, sizes, timelines = {}, {}, {}
    for n in (1, 200):
        corpus = tmp_path / f"corpus{n}"
        build_corpus(corpus, n, sections_per_doc=1, seed=7)
        out = tmp_path / f"out{n}"
        run(config_path=ROOT / "config.yaml", corpus=corpus, outputs=out, backend="processes", workers=2)
        index = write_report(out, shown / f"report-corpus-{n}.html")
        result, stderr = _in_browser(index, tmp_path / f"profile{n}", shown / f"report-corpus-{n}.png")
        _check_interaction(result, stderr, n)
        heights[n], sizes[n] = result["height"], index.stat().st_size
        timelines[n] = result["initial"]["svgHeight"]
    # The timeline's lanes are capped and the tables scroll: the page does not grow with the corpus
    # (a one-document corpus is shorter only because its lists have fewer rows than their boxes hold).
    assert timelines[1] == timelines[200], timelines
    assert heights[200] <= 3200, heights
    assert sizes[200] < 6_000_000, sizes
    print(f"\ncorpus report: page height {heights} px, index size {sizes} bytes")


def test_a_story_is_drawn_once_with_its_articles(tmp_path):
    """The reference article and three retellings: a happening they share is one mark on the corpus
    timeline, marked with its number of articles; a click lists its mentions."""
    _chromium()
    from pipeline import load_table, run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / f"{REF_ID}.txt", corpus)
    for path in (ROOT / "tests" / "golden" / "stories_dev").glob("*.txt"):
        shutil.copy(path, corpus)
    out = tmp_path / "out"
    run(config_path=ROOT / "config.yaml", corpus=corpus, outputs=out)
    index = write_report(out, tmp_path / "report.html")
    result, stderr = _in_browser(index, tmp_path / "profile", tmp_path / "shot.png")
    assert result["errors"] == [] and _console_errors(stderr) == []
    drawn = result["initial"]["drawnStories"]
    assert len(drawn) == len(set(drawn)) > 0  # no story twice
    assert result["initial"]["multiArticle"], "no story told by several articles was drawn"
    assert "Told " in result["storyDetail"] and "articles" in result["storyDetail"]
    stories = load_table("stories", out)
    assert (stories.n_docs > 1).any()
    # The index says how many happenings the events tell, as the timeline does.
    assert f"telling {len(stories):,} happening" in index.read_text(encoding="utf-8")
    assert f"telling {len(stories):,} happening" in result["initial"]["count"]
    # A story told by several articles is labelled with its parties and its number of articles.
    assert any(" ×" in label and (" · " in label or " → " in label) for label in result["initial"]["labels"])
