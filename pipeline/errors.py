"""Error kinds the runner tells apart."""


class FatalError(RuntimeError):
    """A problem with the setup, not with one document: the run stops with this message."""
