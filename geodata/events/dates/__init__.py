"""When an event happened: a sentence's date expression, read against the publication date.

Find, settle, set: :func:`find_dates` lists the date expressions of a
sentence, :func:`settle_dates` picks the one that dates the event, and
:func:`event_date` resolves it against the article's publication date. The
words (months, weekdays, "yesterday", "last week", the cues "in", "since",
"last"...) are data, in ``geodata/data/date_words.csv``; the grammar that
combines them is in :mod:`.grammar`, how each kind of expression resolves in
:mod:`.resolvers`.

``precision`` is ACLED's ``time_precision``: 1 a day, 2 a week or a range of
up to seven days, 3 a month or longer; 0 when ``date`` is "" (unknown).

Conventions, chosen because news reports mostly tell of the past:

* "on Thursday", "Thursday night": the latest Thursday on or before
  publication, so a Thursday report of "Thursday" means that day.
* "last Tuesday": the latest Tuesday strictly before publication (a week
  back when published on a Tuesday). "since Tuesday" runs from that day to
  publication; "next Tuesday" is the first after it; "Tuesday last week" is
  the Tuesday of the previous calendar week.
  "from Monday to Wednesday" ends on the latest Wednesday on or before
  publication.
* "yesterday", "last night": the day before publication; "today", "this
  morning", "tonight": publication day; "three days ago": three days back,
  "two weeks ago" fourteen (precision 2); "a year ago": that month a year
  back. "since yesterday", "since last week": from then to publication.
* "this week": Monday of the publication week to publication; "last week":
  the Monday-Sunday week before it; "the past week", "recent days": the seven
  days ending on publication, "the past 10 days" the ten; "over the
  weekend": the latest Saturday-Sunday whose Saturday is before publication.
* A day and month without a year ("March 28", "on 1 April") take the
  publication year, or the year before if that would put them more than 3
  days after publication (92 in a sentence that speaks of what is to come:
  the ``ahead`` rows of ``date_words.csv``, "will", "planned"; a "since"
  date never lies ahead). Ranges ("March 28 to April 8", "25-28 March") do
  likewise; their precision is 1 for one day, 2 up to seven, else 3.
* A month without a year ("in March", "mid-March") is the latest such month
  on or before the publication month; "last August" the latest strictly
  before it; "this"/"next" August the publication year's / the next one.
  "in March 30 people died" names a month, not March 30.
* A year needs a cue ("in 2003", "since 2003") and may not lie more than
  five years after publication, and month names must be capitalised: "Issue
  2094", "30,000 troops", "72 hours" and "may well be" are not dates.
* Which expression dates the event (:func:`settle_dates`): of overlapping
  expressions the longest stands ("Tuesday, March 25" over "March 25";
  "Bloody Sunday" is no date at all); then days and explicit dates beat
  weeks, weeks beat months and years, and anything "since" comes last, as
  it tells when something began, not what the sentence reports; the day
  something was said ("police said Monday", "told AFP on Sunday": the
  ``telling`` rows of ``date_words.csv``) comes after even that; among
  equals the first in the sentence wins.
* No expression: the publication date, precision 2. Unknown publication
  date: relative expressions give "" (full dates and years still resolve).
  An article dated only to the month or year cannot resolve expressions
  finer than that: they get the publication month or year, precision 3.

The prepositions "on" and "at" are not part of an expression's ``text``;
cues that change its meaning ("since", "last", "in", "from") are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from geodata.text.frozen import frozen_record
from geodata.events.dates.grammar import NOT_DATE, DateCandidate, date_grammar, date_matchers, gate_scan
from geodata.events.dates.resolvers import FUTURE_DAYS, RULES, month_end, span_precision
from geodata.exc import ConfigError
from geodata.text.isodate import PRECISIONS, parse_iso
from geodata.text.phrases import ascii_twin, plain_text, with_first_chars
from geodata.text.spans import keep_apart

__all__ = ["FUTURE_DAYS", "FUTURE_YEARS", "PRECISIONS", "DateCandidate", "EventDate", "event_date",
           "find_dates", "settle_dates", "span_precision"]

# A stated year may lie this far after publication ("elections in 2010").
FUTURE_YEARS = 5


@frozen_record
class EventDate:
    """When the reported event happened, and the words that say so."""

    date: str  # ISO "YYYY-MM-DD", the start of a range; "" if unknown
    end: str  # ISO end of a range; "" for a single day
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month or longer; 0 if date is ""
    text: str  # the expression as written; "" if none
    start: int  # offsets of the expression in the text given; -1 if none
    end_char: int
    note: str  # how the date was derived
    # The span is the publication date's, which is known only to the month or the year, not one the
    # words give: "yesterday" in an article dated only "2017".
    imprecise: bool = False


def event_date(text: str, start: int, end: int, published: str, *, date_precision: str = "day") -> EventDate:
    """The date of what the sentence ``text[start:end]`` reports, relative to the ISO publication date.

    ``published`` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown);
    ``date_precision`` ("day", "month", "year" or "" for "as ``published``
    is written") may make it coarser. Offsets in the result index ``text``.
    Raises :class:`~geodata.exc.ConfigError` for a malformed date or precision.
    """
    pub = _published(published, date_precision)
    if date_grammar().precheck.search(text, start, end) is None:
        return _undated(pub)
    # (a date in brackets after a source's name is the day it published, not the event's: "first published in
    # Savana (10 April) that insurgents killed 52 people on 8 April", "Cited by Radio Mozambique (21 Apr)")
    candidates = [_told(text, start, c) for c in find_dates(text, start, end)
                  if _plausible(c, pub) and not _cited(text, start, c) and not (c.rule in _SPAN_STARTS
                                                 and _SINCE_CLAUSE_RE.search(text, max(start, c.start - 80), c.start))]
    chosen = settle_dates(candidates)
    if chosen is None:
        return _undated(pub)
    if chosen.rule in _AHEAD_RULES and date_grammar().ahead.search(text, start, end) is not None:
        chosen = replace(chosen, ahead=True)
    dated, told = _year_told_before(text, start, chosen)
    if told is None:
        return _resolve(chosen, pub)
    date = _resolve(dated, pub)
    how = "year as stated" if chosen.rule == "range" else "stated in full"
    return replace(date, note=date.note.replace(how, f"the year of '{told}', told before"))


_AHEAD_RULES = frozenset({"date", "range"})  # the rules that read a day and month without a year


# "the worst attack on AU troops since they deployed in Sudan's violent west in 2004": a date inside a
# clause that "since" opens dates the start of a span, not what the sentence reports.
_SPAN_STARTS = frozenset({"year_name", "month_name"})  # (a day there still starts a span: "since ... on May 12")
_SINCE_CLAUSE_RE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,8}$", re.IGNORECASE)


def _year_told_before(text: str, start: int, c: DateCandidate) -> tuple[DateCandidate, str | None]:
    """``c`` with the year the article last gave its month, when ``c`` is a day and month told without
    one: "were killed in and around Ilovaisk in August 2014 ... 83 civilians were injured in Ilovaisk on
    Aug. 7" is 7 August 2014, not of the year of publication."""
    if c.rule == "date" and c.args[0] is None:
        month = c.args[1]
    elif c.rule == "range" and c.args[0] is None and c.args[3] is None:
        month = c.args[1]
    else:
        return c, None
    last = None
    # Only a few paragraphs back: reading the whole text before every such date would cost its square.
    lo = max(0, start - _YEAR_REACH)
    if not any(text.find(name, lo, start) >= 0 for name in _month_names(month)):
        return c, None  # (no name of the month in reach: the scan, which reads every word there, would find none)
    month_year = _month_year_re(plain_text(text))
    for m in month_year.finditer(text, lo, start):
        if date_grammar().months.get(m["month"]) == month:
            last = m
    return (c, None) if last is None else (replace(c, args=(int(last["year"]), *c.args[1:])), last.group())


_YEAR_REACH = 5000  # characters before a date where the year of its month may have been given


@lru_cache(maxsize=16)  # (one a month)
def _month_names(month: int) -> tuple[str, ...]:
    """The names of ``month`` that hold no shorter one ("Sep", not "Sept" nor "September"): a match of
    _month_year_re of that month holds one of them."""
    names = [name for name, number in date_grammar().months.items() if number == month]
    return tuple(name for name in names if not any(other != name and other in name for other in names))


@lru_cache(maxsize=4)  # (), (False,), (True,)
def _month_year_re(plain: bool = False) -> re.Pattern[str]:
    """A month named with its year: "August 2014", "Aug. 19, 2014", "19 August 2014" (``plain``: the
    ASCII twin, for text all ASCII; see ascii_twin)."""
    if plain:
        return ascii_twin(_month_year_re())
    months = "|".join(sorted(map(re.escape, date_grammar().months), key=len, reverse=True))
    # (a look-ahead for the months' first letters after the boundary, with_first_chars: at a word's end it
    # fails at once, where each month of the alternation would be tried)
    return re.compile(with_first_chars(
        rf"\b(?P<month>{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b"))


_TELLING_REACH = 60  # characters before a date where a verb of saying makes it the day of telling
_TOLD_RANK = 4  # after days, weeks, months and "since ..."; before no date at all


def _told(text: str, start: int, c: DateCandidate) -> DateCandidate:
    """``c``, ranked after every other kind of date when it tells the day something was said
    ("gunmen killed 15 civilians over the weekend, sources said Monday": the weekend)."""
    if c.rank < _TOLD_RANK and (date_grammar().telling.search(text, max(start, c.start - _TELLING_REACH), c.start)
                                or _TELLER_AFTER_RE.match(text, c.end) is not None):
        return replace(c, rank=_TOLD_RANK)
    return c


# A date inside the words that open a teller's clause: "A U.N. report released on Wednesday said troops killed 33
# civilians ... on March 3" (the report's day; the killing's is told after "said").
_TELLER_AFTER_RE = re.compile(r"\s+(?:by\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+)?(?:said|says)\b")


_CITED_REACH = 30  # characters of a source's name before a date in brackets: "(Savana 24 April)"


def _cited(text: str, start: int, c: DateCandidate) -> bool:
    """Whether ``c`` closes a bracket that holds only a source's name and it: "(10 April)", "(Savana 24 April)"."""
    if text[c.end:c.end + 1] != ")":
        return False
    opening = text.rfind("(", max(start, c.start - _CITED_REACH), c.start + 1)
    return opening >= 0 and ")" not in text[opening:c.start]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateCandidate]:
    """Every date expression (and every known non-date such as "Bloody Sunday") in ``text[start:end]``."""
    end = len(text) if end is None else end
    lowered = text[start:end].lower()
    matchers = date_matchers(plain_text(text))
    # Which matchers' gates the sentence opens: their words found in one scan of the sentence lower-cased
    # (each start where one stands, for words may overlap), and the gates read as written searched once.
    scan = gate_scan()
    opened: set[int] = set()
    search, opens, at = scan.words.search, scan.opens, 0
    while (word := search(lowered, at)) is not None:
        opened |= opens[word.group()]
        at = word.start() + 1
    for group in scan.cased:  # (the month patterns share one gate)
        if matchers[group[0]].gate.search(text, start, end) is not None:
            opened.update(group)
    found = []
    for index in sorted(opened):  # in the grammar's order, as before
        matcher = matchers[index]
        for match in matcher.pattern.finditer(text, start, end):
            candidate = matcher.build(match)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: (c.start, -c.end))
    return found


def settle_dates(candidates: list[DateCandidate]) -> DateCandidate | None:
    """The candidate that dates the event: longest of overlapping ones, then lowest rank, then first."""
    kept = keep_apart(candidates, rank=lambda c: (c.start - c.end, c.start))
    return min((c for c in kept if c.rule != NOT_DATE), key=lambda c: (c.rank, c.start), default=None)


# --- the publication date -------------------------------------------------------------

@dataclass(frozen=True)
class _Published:
    iso: str  # as given, cut to its precision
    precision: str  # day / month / year, "" unknown
    lo: dt.date | None  # the first and last day it may be
    hi: dt.date | None


@lru_cache(maxsize=256)
def _published(published: str, date_precision: str) -> _Published:
    if date_precision not in PRECISIONS and date_precision != "":
        raise ConfigError(f"date_precision {date_precision!r} is not one of day, month, year (or '')")
    if not published:
        return _Published("", "", None, None)
    iso = parse_iso(published)
    if iso is None:
        raise ConfigError(f"published {published!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or ''")
    first = iso.first
    precision = max(iso.precision, date_precision or iso.precision, key=PRECISIONS.index)
    if precision == "day":
        return _Published(published, precision, first, first)
    if precision == "month":
        return _Published(published[:7], precision, first.replace(day=1), month_end(first.year, first.month))
    return _Published(published[:4], precision, dt.date(first.year, 1, 1), dt.date(first.year, 12, 31))


@lru_cache(maxsize=256)
def _undated(pub: _Published) -> EventDate:
    if pub.precision == "":
        return EventDate("", "", 0, "", -1, -1, "no date in the sentence and the publication date is unknown")
    if pub.precision == "day":
        return EventDate(pub.iso, "", 2, "", -1, -1, "no date in the sentence: publication date")
    return EventDate(pub.lo.isoformat(), pub.hi.isoformat(), 3, "", -1, -1,
                     f"no date in the sentence: publication {pub.precision} {pub.iso}")


def _plausible(c: DateCandidate, pub: _Published) -> bool:
    if pub.lo is None or c.rule == NOT_DATE:
        return True
    return all(y is None or y <= pub.lo.year + FUTURE_YEARS for y in RULES[c.rule].years(*c.args))


# --- resolving (the rules themselves are in resolvers.py) ------------------------------

def _resolve(c: DateCandidate, pub: _Published) -> EventDate:
    rule = RULES[c.rule]
    needs = rule.needs(*c.args)
    if needs and pub.precision == "":
        return EventDate("", "", 0, c.text, c.start, c.end,
                         f"'{c.text}' is relative to the publication date, which is unknown")
    if needs and PRECISIONS.index(needs) < PRECISIONS.index(pub.precision):
        return _event(c, pub.lo, pub.hi, 3, f"'{c.text}' needs the publication {needs}, known only to the "
                      f"{pub.precision}: publication {pub.precision} {pub.iso}", imprecise=True)
    lo, hi, precision, note = rule.resolve(c, pub.hi, *c.args)
    if lo is None:
        return EventDate("", "", 0, c.text, c.start, c.end, note)
    return _event(c, lo, hi, precision, note)


def _event(c: DateCandidate, lo: dt.date, hi: dt.date | None, precision: int, note: str,
           imprecise: bool = False) -> EventDate:
    end = hi.isoformat() if hi is not None and hi != lo else ""
    return EventDate(lo.isoformat(), end, precision, c.text, c.start, c.end, note, imprecise)
