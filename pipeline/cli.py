"""Command line: parse, validate, call the same functions the Python API exposes.

Each command's ``--help`` is written for its users; ``-v``/``-q`` work before or
after the command name.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from pipeline.core.config import load_config
from pipeline.core.registrations import resolve_stages
from pipeline.core.errors import ConfigError, UserError
from pipeline.io.schema import ALL_TABLES
from pipeline.version import __version__


def _common(parser: argparse.ArgumentParser) -> None:
    """Options every command takes; after the command name they override the ones before it."""
    parser.add_argument("--config", default=None, metavar="PATH",
                        help="YAML config file (default: ./config.yaml if present, else the packaged defaults)")
    parser.add_argument("--corpus", default=None, metavar="DIR", help="folder of source documents (overrides the config)")
    parser.add_argument("--outputs", default=None, metavar="DIR", help="folder of output tables (overrides the config)")
    _verbosity(parser, argparse.SUPPRESS)


def _verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    # SUPPRESS in the subcommands: "-v" given before the command is not reset by the subparser.
    parser.add_argument("-v", "--verbose", action="store_true", default=default,
                        help="debug logging, including Dask's and spaCy's own messages")
    parser.add_argument("-q", "--quiet", action="store_true", default=default,
                        help="no progress lines; only warnings, errors and the summary")


def _command(sub, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=summary, description=description)
    _common(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn scraped Wikipedia-style history articles into clean Parquet tables: documents, "
                    "sections, sentences, links, entities, citations, timexes and events.",
        epilog="Run 'python -m pipeline COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _verbosity(parser, False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "run", "process new and changed documents",
                 "Process the documents of the corpus that are new or changed since the last run and write "
                 "their tables; unchanged documents are skipped, removed ones dropped from the tables.")
    p.add_argument("--backend", choices=["serial", "processes", "dask"], default=None,
                   help="serial: one process; processes: a pool of worker processes; dask: a Dask cluster "
                        "(default: the config's, normally processes)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes for the processes and dask backends (default: the config's)")
    p.add_argument("--force", action="store_true", help="reprocess every document, changed or not")

    p = _command(sub, "add", "validate documents and copy them into the corpus",
                 "Check that each file is a readable text document, copy it into the corpus (refusing exact "
                 "duplicates), and record its kind and creation date if given.")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files, or folders of them")
    p.add_argument("--replace", action="store_true", help="replace a different document of the same name")
    p.add_argument("--run", action="store_true", help="process the corpus right after adding")
    p.add_argument("--kind", choices=["narrative", "news"], default=None,
                   help="document kind: news resolves 'Friday', 'last year' against --date")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the documents' creation (publication) date, for 'today', 'last week' ...")

    _command(sub, "status", "list processed, pending, changed, failed and removed documents",
             "Compare the corpus with the outputs and list each document's state, with the error of "
             "those that failed.")

    p = _command(sub, "compact", "merge per-document parts into batch parts, for fast reading",
                 "Rewrite the tables' many per-document Parquet parts as a few batch parts; readers see the "
                 "same rows before, during and after.")
    p.add_argument("--docs-per-part", type=int, default=500, metavar="N",
                   help="documents per batch part (default 500)")

    p = _command(sub, "show", "print rows of a table",
                 "Print rows of one output table as a text table, CSV or JSON.")
    p.add_argument("table", metavar="TABLE", help=f"the table: {', '.join(ALL_TABLES)}")
    p.add_argument("--doc", default=None, metavar="ID", help="only this document (its doc_id)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most this many rows (0: all; default 20)")
    p.add_argument("--columns", default=None, metavar="A,B", help="comma-separated columns to show, in this order, or 'all' (on a terminal the "
                        "default is a compact set of each table's main columns; pipes, CSV and JSON get all)")
    p.add_argument("--where", default=None, metavar="QUERY",
                   help='a pandas query, e.g. "label == \'PERSON\'" or "year > 1930"')
    p.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default table)")

    p = _command(sub, "report", "write an HTML report: timeline, entities, citations, text",
                 "Write one self-contained HTML page (it works offline): an interactive timeline of the "
                 "events, a sortable event table, actors over time, the most cited works, and per document "
                 "its highlighted text.")
    p.add_argument("--doc", default=None, metavar="ID", help="only this document (its doc_id)")
    p.add_argument("--out", default=None, metavar="PATH", help="output file (default: <outputs>/report.html)")
    return parser


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s", force=True)
    # Warnings from libraries (spaCy's among them) become log lines like ours.
    logging.captureWarnings(True)
    if not verbose:
        for name in ("distributed", "dask", "spacy", "urllib3", "fsspec", "numexpr"):
            logging.getLogger(name).setLevel(logging.WARNING)


def _config(args: argparse.Namespace):
    from pathlib import Path

    path = args.config
    if path is None and Path("config.yaml").is_file():
        path = "config.yaml"
    overrides = {"corpus": args.corpus, "outputs": args.outputs,
                 "backend": getattr(args, "backend", None), "workers": getattr(args, "workers", None)}
    config = load_config(path, **overrides)
    resolve_stages(config.stages)  # every command refuses a bad stage list, as at load
    return config


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
    _logging(args.verbose)
    progress = not args.quiet
    try:
        config = _config(args)
        if args.command == "run":
            from pipeline.batch.runner import run

            summary = run(config, force=args.force, progress=progress)
            print(summary.line(), file=sys.stderr)
            return 0 if summary.ok else 1
        if args.command == "add":
            from pathlib import Path

            from pipeline.io.add import add_files

            from pipeline.io.metadata import parse_date

            created = parse_date(args.date, "--date")
            result = add_files(config, [Path(f) for f in args.files], replace=args.replace, kind=args.kind,
                               reference_date=created)
            for doc_id in result.added:
                print(doc_id)
            for reason in result.refused.values():
                print(f"refused: {reason}", file=sys.stderr)
            code = 1 if result.refused else 0
            if args.run and result.added:
                from pipeline.batch.runner import run

                summary = run(config, progress=progress)
                print(summary.line(), file=sys.stderr)
                code = code or (0 if summary.ok else 1)
            return code
        if args.command == "compact":
            from pipeline.io.store import Store

            if args.docs_per_part < 2:
                raise ConfigError(f"--docs-per-part must be at least 2, got {args.docs_per_part}")
            written = Store(config.outputs).compact(args.docs_per_part)
            print(f"wrote {len(written)} batch parts per table" + (f": {', '.join(written)}" if written else ""),
                  file=sys.stderr)
            return 0
        if args.command == "status":
            from pipeline.io.status import corpus_status, format_status

            print(format_status(corpus_status(config)))
            return 0
        if args.command == "show":
            from pipeline.report.show import show_table

            print(show_table(config.outputs, args.table, doc=args.doc, limit=args.limit, columns=args.columns,
                             where=args.where, fmt=args.format, terminal=sys.stdout.isatty()))
            return 0
        if args.command == "report":
            import time

            from pipeline.report.page import write_report

            started = time.perf_counter()
            path = write_report(config.outputs, args.out, args.doc)
            print(f"wrote {path} in {time.perf_counter() - started:.1f} s; open it in a web browser", file=sys.stderr)
            return 0
    except UserError as exc:  # anything else is a bug and keeps its traceback
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"error: {message}", file=sys.stderr)
        return 2
    return 2
