"""When a report's event happened: the sentence's date as a span of days.

:mod:`geodata.events.dates` reads the date a sentence gives; read here as well are
the spans that only make sense for a report: "on Thursday and Friday" (a two-day
span), "by yesterday" (a running total up to that day) and a day named after
"since ..." (from that day to publication).

A publication date outside the plausible years of :mod:`geodata.text.isodate`
(a real day, but year 1 or 9999) counts as unknown, with a note. The dates a
sentence gives are read against it (and name only years 19xx and 20xx), so no
day near the calendar's ends reaches the day arithmetic here or in the records;
the arithmetic here stops at the calendar's ends anyway.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from geodata.text.datelines import is_dateline_date
from geodata.text.frozen import frozen_record
from geodata.events.dates import event_date, span_precision
from geodata.models import Article, Sentence
from geodata.text.isodate import FIRST_YEAR, LAST_YEAR, in_range, parse_iso


@frozen_record
class When:
    """A report's date as recorded (``lo``..``hi``, precision) and as compared (``first``..``last``)."""

    lo: dt.date | None
    hi: dt.date | None
    precision: int
    first: dt.date | None
    last: dt.date | None
    dated: bool  # the sentence itself says when
    note: str
    # The sentence's words give a span of days ("Between 7 and 25 July", "in September", "since
    # Tuesday"), not a day nor the uncertainty of a publication date known only to the month.
    spans: bool = False

    def union(self, other: When) -> When:
        if not (self.dated and other.dated):
            return self if self.dated or not other.dated else other
        lo, hi = min(self.lo, other.lo), max(self.hi, other.hi)
        precision = max(self.precision, other.precision, span_precision(lo, hi))
        note = self.note if (lo, hi) == (self.lo, self.hi) else f"{lo.isoformat()} to {hi.isoformat()}, " \
            "the dates of the sentences that report it"
        return When(lo, hi, precision, min(self.first, other.first), max(self.last, other.last), True, note,
                    self.spans or other.spans)


_WEEKDAY_PAIR_RE = re.compile(r"\s+(?:and|or|to|through)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b")
_SPAN_WORDS_RE = re.compile(r"\b(?:week|weeks|weekend|month|months)\b", re.IGNORECASE)  # a date's words that span days
_SINCE_BEFORE_RE = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
# The day a toll was told, after its speaker's verb ("a local official said Friday"), and a night before it.
# (a few words may stand between: "told reporters on Friday", "said in a statement on Friday")
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:on\s+)?$")
_SAID_REACH = 40
# (told of the act: "killed during clashes in Faryab overnight", "stormed a checkpoint overnight"; not "an overnight
# ceasefire", nor "troops who had arrived overnight")
_OVERNIGHT_RE = re.compile(r"\b(?:killed|killing|died|dead|clashes|fighting|battle|attack|attacked|raid|raided|strike|"
                           r"strikes|struck|shelling|shelled|stormed|ambushed|bombed|bombing)\b[^.;]{0,60}?"
                           r"(?<!\ban\s)(?<!\bthe\s)\bovernight\b", re.IGNORECASE)


def _by_before(before: str) -> bool:
    """Whether the words before a date end on "by" and white space (_BY_BEFORE_RE), looked at first at their end:
    the pattern, anchored there, is tried at each of their characters. sre matches "b" and "y" free of case to
    those letters alone, in either case (and its ``\\s`` is the white space ``rstrip`` takes)."""
    head = before.rstrip()
    return len(head) < len(before) and head[-2:].lower() == "by" and _BY_BEFORE_RE.search(before) is not None


def _since_before(before: str) -> bool:
    """Whether the words before a date hold "since" with no stop nor comma after it (_SINCE_BEFORE_RE), looked
    for first as a substring in words all ASCII (sre matches "ſ" to "s" and "ı" to "i" free of case): the
    pattern, anchored at their end, is tried at each of their characters."""
    return (not before.isascii() or "since" in before.lower()) and _SINCE_BEFORE_RE.search(before) is not None


# A date that says when a war, a revolt or an insurgency began: "since their revolt began nine years ago".
_WAR_BEGAN_RE = re.compile(r"\bsince\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|erupted|"
                           r"broke\s+out)\s+(?:[\w-]+\s+){0,3}?[\w-]+$", re.IGNORECASE)
_WAR_BEGAN_REACH = 80  # characters before a date where the words of a war's beginning may stand
_WAR_BEGAN_DAYS = 300  # a beginning this long before publication is a war's (an offensive's is kept)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_YEARS = f"outside the years {FIRST_YEAR} to {LAST_YEAR}"


# A sentence that opens on the event it likens its own to: "Like a similar explosion last month at a pet market,".
_LIKENED_RE = re.compile(r"\s*[\"“]?(?:Like|Unlike|As with|Similar to)\b[^,.;]{0,120},")


def sentence_when(text: str, s: Sentence, article: Article) -> When:
    """When the events of sentence ``s`` happened, read against the article's publication date."""
    published, unused = _publication(article)
    date = event_date(text, s.start, s.end, published, date_precision=article.date_precision)
    dateline = date.date and date.start >= 0 and is_dateline_date(text, date.start, date.end_char)
    if dateline:
        # "KABUL, June 4 (Reuters) - A bomb killed five people on Monday": the report's own words date it,
        # their "Monday" or "yesterday" read from the dateline's day.
        filed = date.date if date.precision == 1 and not date.end else published
        own = event_date(text, date.end_char, s.end, filed,
                         date_precision="day" if filed != published else article.date_precision)
        if own.date and own.start >= 0:
            if filed != published:
                own = dataclasses.replace(own, note=own.note.replace("publication", "the dateline's"))
            date, dateline = own, False
    if date.date and date.start >= 0 and (like := _LIKENED_RE.match(text, s.start, s.end)) is not None \
            and date.start < like.end():
        # "Like a similar explosion last month at a popular pet market, the blast at ... Tahrir Square came on a
        # day when ...": the date of the event the sentence likens its own to, not its own.
        date = event_date(text, like.end(), s.end, published, date_precision=article.date_precision)
    if not date.date:
        return When(None, None, 0, None, None, False, unused + date.note)
    lo = dt.date.fromisoformat(date.date)
    hi = dt.date.fromisoformat(date.end) if date.end else lo
    note = unused + date.note
    if date.start < 0:  # no date in the sentence: some day of the week before publication
        return When(lo, hi, date.precision, _shift(lo, -6), hi, False, note)
    if dateline:
        # "Nalchik, Russia; 14 October 2005 (RFE/RL) -- ... at least 85 people were reported killed":
        # the day the report was filed, not the day of its events, which may be the day before.
        return When(lo, hi, date.precision, _shift(lo, -6), hi, False, f"{note}, the dateline's date")
    published_day = _day(published)
    before = text[s.start:date.start]
    if lo < _shift(published_day or hi, -_WAR_BEGAN_DAYS) \
            and _WAR_BEGAN_RE.search(text, max(s.start, date.start - _WAR_BEGAN_REACH), date.end_char):
        # "... since their revolt began nine years ago": when the war began, not the day of the event the
        # sentence tells, which it does not give.
        undated = event_date(text, s.start, s.start, published, date_precision=article.date_precision)
        day = dt.date.fromisoformat(undated.date)
        end = dt.date.fromisoformat(undated.end) if undated.end else day
        return When(day, end, undated.precision, _shift(day, -6), end, False,
                    f"{unused}{undated.note}; '{date.text}' says when the conflict began")
    if date.precision == 1 and _SAID_BEFORE_RE.search(before[-_SAID_REACH:]) \
            and _OVERNIGHT_RE.search(text, s.start, date.start):
        # "... were killed during clashes in Faryab overnight, a local official said Friday": the night before the
        # day it was told, and that day's morning.
        eve = _shift(lo, -1)
        note = f"overnight before '{date.text}' = {eve.isoformat()} to {lo.isoformat()}"
        return When(eve, lo, span_precision(eve, lo), eve, lo, True, note)
    pair = _WEEKDAY_PAIR_RE.match(text, date.end_char) if date.text in _DAYS else None
    if pair and date.precision == 1:  # "on Thursday and Friday"
        hi = _shift(lo, (_DAYS.index(pair["day"]) - lo.weekday()) % 7)
        note = f"'{text[date.start:pair.end()]}' = {lo.isoformat()} to {hi.isoformat()}"
        return When(lo, hi, span_precision(lo, hi), lo, hi, True, note, True)
    if date.precision == 1 and _by_before(before):
        # "had killed 130 people by yesterday": a total up to that day.
        note = f"'by {date.text}': a total up to {lo.isoformat()}"
        return When(lo, lo, 2, _shift(lo, -6), lo, True, note)
    # (a publication known only to the month or the year ends with it: "Since ... April 28" in a June report)
    until = published_day or _last_day(published)
    if date.precision == 1 and until and until > lo and _since_before(before):
        # "the number killed since the government launched its offensive last Tuesday"
        note = f"since '{date.text}' = {lo.isoformat()} to publication {published_day or published}"
        return When(lo, until, span_precision(lo, until), lo, until, True, note, True)
    # (a publication date known only to the month makes every date a span, but "last week" is one whatever the day)
    return When(lo, hi, date.precision, lo, hi, True, note,
                hi > lo and (not date.imprecise or _SPAN_WORDS_RE.search(date.text) is not None))


def _publication(article: Article) -> tuple[str, str]:
    """The publication date to date sentences by, and a note when the article's is not used.

    A real day outside the plausible years counts as unknown. A malformed date is
    passed on: :func:`event_date` refuses it, as it always has.
    """
    return _publication_of(article.published)


@lru_cache(maxsize=256)  # asked for every sentence of an article, of the same date
def _publication_of(published: str) -> tuple[str, str]:
    iso = parse_iso(published)
    if iso is None or in_range(iso.first):
        return published, ""
    return "", f"publication date {published} not used ({_YEARS}); "


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the calendar's first and last days."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _last_day(published: str) -> dt.date | None:
    """The last day of a publication date known only to the month ("2005-06") or the year ("2005")."""
    iso = parse_iso(published)
    if iso is None or iso.precision == "day":
        return None
    first = iso.first
    if iso.precision == "year":
        return dt.date(first.year, 12, 31)
    return dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)


def _day(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if len(published) == 10 else None
    except ValueError:
        return None
