"""When a report's event happened: the sentence's date as a span of days.

:mod:`geodata.events.dates` reads the date a sentence gives; read here as well are
the spans that only make sense for a report: "on Thursday and Friday" (a two-day
span), "by yesterday" (a running total up to that day) and a day named after
"since ..." (from that day to publication).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geodata.events.dates import event_date, span_precision
from geodata.models import Article, Sentence


@dataclass(frozen=True)
class When:
    """A report's date as recorded (``lo``..``hi``, precision) and as compared (``first``..``last``)."""

    lo: dt.date | None
    hi: dt.date | None
    precision: int
    first: dt.date | None
    last: dt.date | None
    dated: bool  # the sentence itself says when
    note: str

    def union(self, other: When) -> When:
        if not (self.dated and other.dated):
            return self if self.dated or not other.dated else other
        lo, hi = min(self.lo, other.lo), max(self.hi, other.hi)
        precision = max(self.precision, other.precision, span_precision(lo, hi))
        note = self.note if (lo, hi) == (self.lo, self.hi) else f"{lo.isoformat()} to {hi.isoformat()}, " \
            "the dates of the sentences that report it"
        return When(lo, hi, precision, min(self.first, other.first), max(self.last, other.last), True, note)


_WEEKDAY_PAIR_RE = re.compile(r"\s+(?:and|or|to|through)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b")
_SINCE_BEFORE_RE = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def sentence_when(text: str, s: Sentence, article: Article) -> When:
    """When the events of sentence ``s`` happened, read against the article's publication date."""
    date = event_date(text, s.start, s.end, article.published, date_precision=article.date_precision)
    if not date.date:
        return When(None, None, 0, None, None, False, date.note)
    lo = dt.date.fromisoformat(date.date)
    hi = dt.date.fromisoformat(date.end) if date.end else lo
    note = date.note
    if date.start < 0:  # no date in the sentence: some day of the week before publication
        return When(lo, hi, date.precision, lo - dt.timedelta(days=6), hi, False, note)
    published = _published_day(article)
    before = text[s.start:date.start]
    pair = _WEEKDAY_PAIR_RE.match(text, date.end_char) if date.text in _DAYS else None
    if pair and date.precision == 1:  # "on Thursday and Friday"
        hi = lo + dt.timedelta(days=(_DAYS.index(pair["day"]) - lo.weekday()) % 7)
        note = f"'{text[date.start:pair.end()]}' = {lo.isoformat()} to {hi.isoformat()}"
        return When(lo, hi, span_precision(lo, hi), lo, hi, True, note)
    if date.precision == 1 and _BY_BEFORE_RE.search(before):
        # "had killed 130 people by yesterday": a total up to that day.
        note = f"'by {date.text}': a total up to {lo.isoformat()}"
        return When(lo, lo, 2, lo - dt.timedelta(days=6), lo, True, note)
    if date.precision == 1 and published and published > lo and _SINCE_BEFORE_RE.search(before):
        # "the number killed since the government launched its offensive last Tuesday"
        note = f"since '{date.text}' = {lo.isoformat()} to publication {published.isoformat()}"
        return When(lo, published, span_precision(lo, published), lo, published, True, note)
    return When(lo, hi, date.precision, lo, hi, True, note)


def _published_day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published) if len(article.published) == 10 else None
    except ValueError:
        return None
