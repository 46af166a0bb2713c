"""Publication dates as articles and manifests give them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    >>> parse_iso("2008-03")
    IsoDate(text='2008-03', precision='month', first=datetime.date(2008, 3, 1))

The precision is the form's: a year, a month or a day. Every reader of a date
(the corpus, ``sources.csv``, the dashboard's Add panel, the events' dating) asks here.

A publication date must also fall in the years ``FIRST_YEAR``..``LAST_YEAR``
(:func:`check_published`): "0001" or "9999-12-31" is a real day but no news
article's, and days that near the calendar's ends leave no room for the day
arithmetic of dating (a week before, a week after).

    >>> check_published("9999-12-31")
    (None, 'outside the years 1800 to 2200')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "month", "year")  # finest first
# The years a publication date may have; one outside is refused, or the article goes undated.
FIRST_YEAR, LAST_YEAR = 1800, 2200
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


def in_range(day: dt.date) -> bool:
    """Whether ``day`` falls in the plausible years ``FIRST_YEAR``..``LAST_YEAR``."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def check_published(text: str) -> tuple[IsoDate | None, str]:
    """A publication date: ``(date, "")``, or ``(None, why it cannot be one)`` ("" gives ``(None, "")``).

    Why, in a few words: ``"not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"``, ``"no such day"``
    or ``"outside the years 1800 to 2200"``.
    """
    if not text:
        return None, ""
    date = parse_iso(text)
    if date is None:
        return None, "no such day" if has_iso_form(text) else "not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"
    if not in_range(date.first):
        return None, f"outside the years {FIRST_YEAR} to {LAST_YEAR}"
    return date, ""
