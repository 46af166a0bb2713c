"""One exception hierarchy for the whole library.

Each class also inherits the builtin it most resembles, so callers that
only know Python's own exceptions still catch the right thing.
"""


class GeodataError(Exception):
    """Base class of every error raised by geodata."""


class ArticleError(GeodataError, ValueError):
    """An article could not be read: empty, binary, undecodable, too large...

    ``path`` names the file and ``reason`` says why in one line.
    """

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class GazetteerError(GeodataError, LookupError):
    """The gazetteer data is missing or malformed."""


class StoreError(GeodataError, RuntimeError):
    """The store could not be opened, read or written (the SQLite error is its cause)."""


class ConfigError(GeodataError, ValueError):
    """Bad configuration or arguments; the message says what to do."""


class OutputError(GeodataError, OSError):
    """An output file (or standard output) could not be written; the message names it and says why."""
