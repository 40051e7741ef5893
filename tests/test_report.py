"""The HTML report: self-contained, with a timeline and highlighted text, checked in headless Chromium."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import time
import zlib
from pathlib import Path

import pytest

from pipeline.errors import FatalError

from pipeline import load_table
from pipeline.report import build_report, write_report
from tests.conftest import ROOT

REF_ID = "germany_soviet_union_relations_1918_1941"
EXTERNAL = re.compile(r"<script[^>]*\bsrc=|<link\b|@import|url\(\s*['\"]?https?:|<img[^>]*\bsrc=\"https?:", re.I)


@pytest.fixture(scope="module")
def article_html(full_run):
    return build_report(full_run["outputs"], REF_ID)


def test_article_report_has_every_part(full_run, article_html):
    events = load_table("events", full_run["outputs"], REF_ID)
    dated = events[events.date_start.notna()]
    overview = article_html.split('<svg id="timeline-doc-')[1].split("</svg>")[0]
    marks = re.findall(r'<(circle|rect) class="event" data-granularity="(\w+)"', overview)
    assert len(marks) == len(dated)
    # A day is a point, anything longer a bar.
    assert all((shape == "circle") == (granularity == "day") for shape, granularity in marks)
    assert "<title>September 1, 1939 (day): invade; actors: Nazi Germany" in article_html
    # Entities and temporal expressions highlighted in the text, by displaCy.
    assert article_html.count('<mark class="entity"') > 1000
    assert "DATE 1939-09-17" in article_html
    for heading in ("Entities by label", "Most linked entities", "Citations (63)", "Text"):
        assert heading in article_html
    assert not EXTERNAL.search(article_html)


def test_corpus_report_lists_every_document_with_its_status(full_run):
    page = build_report(full_run["outputs"])
    documents = load_table("documents", full_run["outputs"])
    for d in documents.itertuples():
        assert d.doc_id in page
    assert 'class="failed"' in page and "empty file" in page
    assert 'id="timeline-corpus"' in page and not EXTERNAL.search(page)


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


def test_report_in_headless_chromium(full_run, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (make test installs Debian's chromium when it runs as root; "
                    "otherwise: apt-get install chromium)")
    shown = ROOT / "outputs"
    shown.mkdir(exist_ok=True)
    started = time.perf_counter()
    page = write_report(full_run["outputs"], shown / "report-reference.html", REF_ID)
    render_s = time.perf_counter() - started
    screenshot = shown / "report-screenshot.png"
    screenshot.unlink(missing_ok=True)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={tmp_path}",
             # Any request to the network fails: the page must not need one.
             "--host-resolver-rules=MAP * ~NOTFOUND"]
    subprocess.run([browser, *flags, f"--screenshot={screenshot}", "--window-size=1280,1600", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 20_000 and _png_is_not_blank(screenshot)
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], check=True, capture_output=True,
                         text=True, timeout=120).stdout
    assert re.search(r'<svg id="timeline-doc-[0-9a-f]+"', dom)
    assert dom.count('class="event"') > 200
    assert dom.count('<mark class="entity"') > 1000
    print(f"\nreport for the reference article rendered in {render_s:.1f} s; screenshot: {screenshot}")
