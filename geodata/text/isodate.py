"""Publication dates as articles and manifests give them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    >>> parse_iso("2008-03")
    IsoDate(text='2008-03', precision='month', first=datetime.date(2008, 3, 1))

The precision is the form's: a year, a month or a day. Every reader of a date
(the corpus, ``sources.csv``, the dashboard's Add panel, the events' dating) asks here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "month", "year")  # finest first
# ASCII digits only: a date written in other digits is refused, not read.
_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


@dataclass(frozen=True)
class IsoDate:
    text: str
    precision: str  # day / month / year
    first: dt.date  # the first day it may be


def parse_iso(text: str) -> IsoDate | None:
    """The date ``text`` writes, or None when it is not one of the three forms or no real day."""
    match = _FORM.fullmatch(text)
    if match is None:
        return None
    try:
        first = dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None
    precision = "day" if match[3] else "month" if match[2] else "year"
    return IsoDate(text, precision, first)


def has_iso_form(text: str) -> bool:
    """Whether ``text`` is written in one of the three forms, a real day or not ("2008-02-30" is)."""
    return _FORM.fullmatch(text) is not None
