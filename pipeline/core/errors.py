"""Error kinds the runner and the CLI tell apart.

A :class:`UserError` is a situation the user can fix (a bad config value, a
folder in the wrong place, a file that cannot be read): the CLI prints its
message in one line and exits 2. Anything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


class FatalError(UserError, RuntimeError):
    """A problem with the setup, not with one document: the run stops with this message."""


class ConfigError(UserError, ValueError):
    """A configuration value is wrong; the message names the key and the fix."""
