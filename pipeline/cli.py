"""Command line: parse, validate, call the same functions the Python API exposes."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from pipeline.config import load_config
from pipeline.errors import ConfigError, UserError


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", default=None, help="YAML config (default: ./config.yaml if present)")
    parser.add_argument("--corpus", default=None, help="corpus folder (overrides the config)")
    parser.add_argument("--outputs", default=None, help="outputs folder (overrides the config)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="process new and changed documents")
    _common(p)
    p.add_argument("--backend", choices=["serial", "processes", "dask"], default=None)
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--force", action="store_true", help="reprocess every document")

    p = sub.add_parser("add", help="validate files (or folders) and copy them into the corpus")
    _common(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace a different document of the same name")
    p.add_argument("--run", action="store_true", help="process the corpus right after adding")
    p.add_argument("--kind", choices=["narrative", "news"], default=None,
                   help="document kind: news resolves 'Friday', 'last year' against --date")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the documents' creation (publication) date, for 'today', 'last week' ...")

    p = sub.add_parser("status", help="processed / pending / changed / failed / removed documents")
    _common(p)

    p = sub.add_parser("compact", help="merge per-document parts into batch parts, for fast reading")
    _common(p)
    p.add_argument("--docs-per-part", type=int, default=500, help="documents per batch part (default 500)")

    p = sub.add_parser("show", help="print rows of a table")
    _common(p)
    p.add_argument("table")
    p.add_argument("--doc", default=None, help="only this doc_id")
    p.add_argument("--limit", type=int, default=20, help="at most this many rows (0: all)")
    p.add_argument("--columns", default=None, help="comma-separated columns to show, in this order")
    p.add_argument("--where", default=None, help='a pandas query, e.g. "label == \'PERSON\'" or "year > 1930"')
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")

    p = sub.add_parser("report", help="write an HTML report: timelines, entities, citations, highlighted text")
    _common(p)
    p.add_argument("--doc", default=None, help="only this doc_id")
    p.add_argument("--out", default=None, help="output file (default: <outputs>/report.html)")
    return parser


def _config(args: argparse.Namespace):
    from pathlib import Path

    path = args.config
    if path is None and Path("config.yaml").is_file():
        path = "config.yaml"
    overrides = {"corpus": args.corpus, "outputs": args.outputs,
                 "backend": getattr(args, "backend", None), "workers": getattr(args, "workers", None)}
    return load_config(path, **overrides)


def main(argv: list[str] | None = None) -> int:
    """Run one command; user situations end in a one-line message and an exit code, not a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Every document is committed whole or not at all, so what was written stays valid.
        print("interrupted: documents finished so far are saved; run again to continue", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`status | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        config = _config(args)
        if args.command == "run":
            from pipeline.runner import run

            summary = run(config, force=args.force, progress=True)
            print(summary.line(), file=sys.stderr)
            return 0 if summary.ok else 1
        if args.command == "add":
            from pathlib import Path

            from pipeline.add import add_files

            from pipeline.metadata import parse_date

            created = parse_date(args.date, "--date")
            result = add_files(config, [Path(f) for f in args.files], replace=args.replace, kind=args.kind,
                               reference_date=created)
            for doc_id in result.added:
                print(doc_id)
            for reason in result.refused.values():
                print(f"refused: {reason}", file=sys.stderr)
            code = 1 if result.refused else 0
            if args.run and result.added:
                from pipeline.runner import run

                summary = run(config, progress=True)
                print(summary.line(), file=sys.stderr)
                code = code or (0 if summary.ok else 1)
            return code
        if args.command == "compact":
            from pipeline.store import Store

            if args.docs_per_part < 2:
                raise ConfigError(f"--docs-per-part must be at least 2, got {args.docs_per_part}")
            written = Store(config.outputs).compact(args.docs_per_part)
            print(f"wrote {len(written)} batch parts per table" + (f": {', '.join(written)}" if written else ""),
                  file=sys.stderr)
            return 0
        if args.command == "status":
            from pipeline.status import corpus_status, format_status

            print(format_status(corpus_status(config)))
            return 0
        if args.command == "show":
            from pipeline.show import show_table

            print(show_table(config.outputs, args.table, doc=args.doc, limit=args.limit, columns=args.columns,
                             where=args.where, fmt=args.format, terminal=sys.stdout.isatty()))
            return 0
        if args.command == "report":
            import time

            from pipeline.report import write_report

            started = time.perf_counter()
            path = write_report(config.outputs, args.out, args.doc)
            print(f"wrote {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            return 0
    except UserError as exc:  # anything else is a bug and keeps its traceback
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"error: {message}", file=sys.stderr)
        return 2
    return 2
