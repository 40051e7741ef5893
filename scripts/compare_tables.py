"""Write the tables of the reference article and a 20-document synthetic corpus, or compare two such runs.

    python scripts/compare_tables.py write DIR     # run the pipeline into DIR/outputs
    python scripts/compare_tables.py compare A B   # every table equal, value for value?

Used to show a refactoring changes no output: ``processed_at`` (when) and
``config_hash`` (how the settings are fingerprinted) are left out of the
comparison; every other column of every table must be equal, in the same order.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
IGNORED = ["processed_at", "config_hash"]


def write(folder: Path) -> None:
    from bench.synthetic import build_corpus
    from pipeline.batch.runner import run
    from tests.conftest import REFERENCE

    corpus = folder / "corpus"
    if folder.exists():
        shutil.rmtree(folder)
    build_corpus(corpus, 20)
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    summary = run(corpus=str(corpus), outputs=str(folder / "outputs"))
    print(summary.line())


def compare(a: Path, b: Path) -> int:
    from pipeline import load_table
    from pipeline.io.schema import ALL_TABLES

    different = 0
    for table in ALL_TABLES:  # stories too
        fa = load_table(table, a / "outputs").drop(columns=IGNORED, errors="ignore")
        fb = load_table(table, b / "outputs").drop(columns=IGNORED, errors="ignore")
        same = fa.equals(fb)
        different += not same
        print(f"{table:10s} {len(fa):6d} rows  {'identical' if same else 'DIFFERENT'}")
    return 1 if different else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"]:
        write(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
