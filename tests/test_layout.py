"""The code's shape: no import cycle, no long module without a stated reason, no spaCy token compared by identity."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

MAX_LINES = 400


def test_no_import_cycles():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "scripts" / "import_cycles.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_cycles"] = module
    spec.loader.exec_module(module)
    assert module.cycles(module.graph()) == []


def test_long_modules_say_why_in_their_docstring():
    unexplained = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MAX_LINES:
            doc = ast.get_docstring(ast.parse(text)) or ""
            if f"Over {MAX_LINES} lines because" not in doc:
                unexplained.append(path.relative_to(ROOT).as_posix())
    assert unexplained == []


def test_spacy_tokens_are_compared_by_position_never_by_identity():
    # spaCy makes a new Token object on every access, so ``token.head is token`` never holds, even at
    # the root: a loop meant to stop there runs to its step limit, and a test of it is always False.
    import re

    identity = re.compile(r"\b(\w+)\.head is (?:not )?\1\b")
    found = [f"{path.relative_to(ROOT).as_posix()}:{n}"
             for path in sorted((ROOT / "pipeline").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if identity.search(line)]
    assert found == []
