"""Where the shared data sets live: the one place that knows the path to ``../shared/data``.

The data sit beside the repository (``../shared``, never copied into it); every harness,
scorer and test that reads them takes its path from here.
"""

from __future__ import annotations

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SHARED_TIMEML = SHARED_DATA / "timeml"  # TimeBank/ and AQUAINT/
SHARED_WIKIGOLD = SHARED_DATA / "wikigold" / "wikigold.conll.txt"
SHARED_REFERENCES = SHARED_DATA / "references" / "anystyle-core.xml"
SHARED_WIKIEVENTS = SHARED_DATA / "wikievents"
