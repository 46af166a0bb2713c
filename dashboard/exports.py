"""Downloads of the filtered events, through geodata.io.export."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from geodata.io.export import dumps
from geodata.models import Extraction


def download(result: Extraction, rows: Iterable[int], fmt: str) -> str:
    """``geodata extract --format fmt`` output for the events at positions ``rows`` of ``result.events``."""
    events = tuple(result.events[i] for i in rows)
    return dumps(replace(result, events=events), fmt)
