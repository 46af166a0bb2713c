"""The tables under ``geodata/data/``: the rules' words and the gazetteer's supplements.

    >>> rows("event_types.csv")[0]["cue"]

Every table is a CSV file with a header; a line starting with ``#`` is a comment, so a
table can say what its columns mean where a user extending it will read it.
"""

from __future__ import annotations

import csv
from importlib import resources
from importlib.resources.abc import Traversable


def path(name: str) -> Traversable:
    """The data file ``name``, inside the installed package."""
    return resources.files("geodata") / "data" / name


def rows(name: str) -> list[dict[str, str]]:
    """The rows of the table ``name``, comment lines left out. Raises FileNotFoundError."""
    lines = path(name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))
