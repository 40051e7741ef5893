"""Worst-case inputs for time and memory, each next to ordinary prose of the same size.

``python -m bench.worst_case [CASE ...] [--timeout S]`` processes each case in a
fresh process through every configured stage and prints seconds and peak RSS
(MB, the child's maximum resident set, model included). The cases are the
shapes that once ran quadratic or blew up memory: one sentence listing 700
envoys with their terms, a 38 KB single-sentence list, 2 MB of prose on one
line, and the same 2 MB in paragraphs. Each has a baseline: ordinary prose of
the same byte size, cut from the reference article.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "corpus" / "germany_soviet_union_relations_1918_1941.txt"
_GIVEN = ["Karl", "Hans", "Otto", "Ernst", "Friedrich", "Wilhelm", "Georg", "Paul", "Max", "Heinrich"]
_FAMILY = ["Meyer", "Vogel", "Schmidt", "Keller", "Brandt", "Richter", "Hoffmann", "Krause", "Lange", "Wolff"]


def envoys(n: int) -> str:
    """One sentence naming ``n`` envoys with their terms: 'Karl Meyer (1850–1853), …'."""
    rng = random.Random(n)
    year = 1800
    items = []
    for _ in range(n):
        span = rng.randint(1, 5)
        items.append(f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} ({year}–{year + span})")
        year += span
    return "The envoys to the court were " + ", ".join(items[:-1]) + f" and {items[-1]}.\n"


def sized(make, size: int) -> str:
    """Grow ``make(n)`` until it reaches ``size`` bytes."""
    n = 10
    while len(make(n).encode()) < size:
        n = int(n * max(1.05, size / len(make(n).encode())))
    return make(n)


@lru_cache(maxsize=1)
def _clean_paragraphs() -> tuple[str, ...]:
    """The reference article's body paragraphs after cleaning: ordinary prose, no noise to cut."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    config = load_config(None, stages=["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow",
                                       "sections"])
    doc = Pipeline(config).text(REFERENCE.read_text(encoding="utf-8"), "ref")
    return tuple(doc.text[b.start:b.end] for b in doc.layers["blocks"]
                 if not b.is_heading and len(doc.text[b.start:b.end].split()) > 40)


def prose_paragraphs(size: int) -> str:
    """The reference article's cleaned prose paragraphs, repeated to ``size`` bytes."""
    paras = _clean_paragraphs()
    out, total, i = [], 0, 0
    while total < size:
        out.append(paras[i % len(paras)])
        total += len(out[-1].encode()) + 2
        i += 1
    text = "\n\n".join(out)
    while len(text.encode()) > size:  # no more bytes than the case it is compared with
        text = text[:text.rfind(" ")]
    return text + "\n"


# Each worst case and the ordinary prose of the same size it is held to (within 2x in time and memory).
BASELINES = {"envoys-700-sentence": "prose-same-bytes-as-envoys", "list-38KB-one-sentence": "prose-38KB",
             "prose-2MB-one-line": "prose-2MB-paragraphs"}


def cases() -> dict[str, str]:
    envoy_sentence = envoys(700)
    list_38k = sized(envoys, 38_000)
    big = 2_000_000
    paragraphs = prose_paragraphs(big)
    return {
        "envoys-700-sentence": envoy_sentence,
        "prose-same-bytes-as-envoys": prose_paragraphs(len(envoy_sentence.encode())),
        "list-38KB-one-sentence": list_38k,
        "prose-38KB": prose_paragraphs(len(list_38k.encode())),
        "prose-2MB-one-line": paragraphs.replace("\n\n", " "),
        "prose-2MB-paragraphs": paragraphs,
    }


def _child(case: str) -> None:
    from pipeline.core.config import load_config
    from pipeline.core.document import Document
    from pipeline.batch.processing import Pipeline

    text = f"{case}\n\n{cases()[case]}"  # the first line is the document's title
    pipeline = Pipeline(load_config(None))
    pipeline.ctx.model()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    pipeline(Document.from_raw(case, case + ".txt", text), timings)
    print(json.dumps({"seconds": time.perf_counter() - started, "bytes": len(text.encode()),
                      "stages": {k: round(v, 2) for k, v in timings.items()}}))


def measure(case: str, timeout: float) -> dict:
    """Seconds and peak RSS of processing ``case`` in a fresh interpreter."""
    import tempfile

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bench.worst_case", "--child", case], cwd=ROOT,
                                stdout=out, stderr=err, text=True)
        deadline = time.monotonic() + timeout
        while True:
            # wait4 gives this child's own peak RSS (RUSAGE_CHILDREN would be the maximum over all of them).
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return {"case": case, "seconds": None, "peak_mb": None, "note": f"killed after {timeout:g} s"}
            time.sleep(0.2)
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = round(usage.ru_maxrss / 1024)  # KiB on Linux
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            return {"case": case, "seconds": None, "peak_mb": peak, "note": (err.read().strip().splitlines() or [""])[-1]}
        result = json.loads(out.read().strip().splitlines()[-1])
    return {"case": case, **result, "peak_mb": peak}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return 0
    wanted = args.cases or list(cases())
    print(f"{'case':32s} {'bytes':>9s} {'seconds':>8s} {'peak MB':>8s}  slowest stages")
    results = {}
    for case in wanted:
        r = results[case] = measure(case, args.timeout)
        secs = f"{r['seconds']:.1f}" if r.get("seconds") is not None else "-"
        top = sorted(r.get("stages", {}).items(), key=lambda kv: -kv[1])[:3]
        print(f"{case:32s} {r.get('bytes', 0):9,d} {secs:>8s} {r.get('peak_mb') or 0:8d}  "
              f"{', '.join(f'{k} {v:.1f}' for k, v in top) or r.get('note', '')}", flush=True)
    for case, base in BASELINES.items():
        a, b = results.get(case), results.get(base)
        if a and b and a.get("seconds") and b.get("seconds"):
            print(f"{case} vs {base}: time {a['seconds'] / b['seconds']:.2f}x, "
                  f"peak memory {a['peak_mb'] / b['peak_mb']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
