"""The package version, in a module of its own so that any module can import it without a cycle.

pyproject.toml reads it from here (``[tool.setuptools.dynamic]``), so there is one source of truth.
"""

__version__ = "0.5.0"
