"""When an event happened: a sentence's date expression, read against the publication date.

Find, settle, set: :func:`find_dates` lists the date expressions of a
sentence, :func:`settle_dates` picks the one that dates the event, and
:func:`event_date` resolves it against the article's publication date. The
words (months, weekdays, "yesterday", "last week", the cues "in", "since",
"last"...) are data, in ``geodata/data/date_words.csv``; the grammar that
combines them is here.

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
  publication year, or the year before if that would put them more than 92
  days after publication. Ranges ("March 28 to April 8", "25-28 March") do
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
  it tells when something began, not what the sentence reports; among
  equals the first in the sentence wins.
* No expression: the publication date, precision 2. Unknown publication
  date: relative expressions give "" (full dates and years still resolve).
  An article dated only to the month or year cannot resolve expressions
  finer than that: they get the publication month or year, precision 3.

The prepositions "on" and "at" are not part of an expression's ``text``;
cues that change its meaning ("since", "last", "in", "from") are.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import SimpleNamespace

from geodata import datafiles
from geodata.exc import ConfigError

PRECISIONS = ("day", "month", "year")
# A day and month without a year may lie this far after publication (a
# report of planned protests "on May 1"); further, it is last year's.
FUTURE_DAYS = 92
# A stated year may lie this far after publication ("elections in 2010").
FUTURE_YEARS = 5

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class EventDate:
    """When the reported event happened, and the words that say so."""

    date: str  # ISO "YYYY-MM-DD", the start of a range; "" if unknown
    end: str  # ISO end of a range; "" for a single day
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month or longer; 0 if date is ""
    text: str  # the expression as written; "" if none
    start: int  # offsets of the expression in the text given; -1 if none
    end_char: int
    note: str  # how the date was derived


@dataclass(frozen=True)
class DateCandidate:
    """A date expression found in a sentence, not yet read against a publication date."""

    start: int
    end: int
    text: str
    rule: str  # how it resolves: "day", "weekday", "date", "range", "month_name"...
    args: tuple  # the rule's arguments (offsets, month and day numbers, modes)
    rank: int  # 0 day or explicit date, 1 week, 2 month or year, 3 "since ...", 9 not a date


def event_date(text: str, start: int, end: int, published: str, *, date_precision: str = "day") -> EventDate:
    """The date of what the sentence ``text[start:end]`` reports, relative to the ISO publication date.

    ``published`` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown);
    ``date_precision`` ("day", "month", "year" or "" for "as ``published``
    is written") may make it coarser. Offsets in the result index ``text``.
    Raises :class:`~geodata.exc.ConfigError` for a malformed date or precision.
    """
    pub = _published(published, date_precision)
    if _grammar().precheck.search(text, start, end) is None:
        return _undated(pub)
    candidates = [c for c in find_dates(text, start, end) if _plausible(c, pub)]
    chosen = settle_dates(candidates)
    if chosen is None:
        return _undated(pub)
    return _resolve(chosen, pub)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateCandidate]:
    """Every date expression (and every known non-date such as "Bloody Sunday") in ``text[start:end]``."""
    end = len(text) if end is None else end
    lowered = text[start:end].lower()
    found = []
    for gate, pattern, build in _grammar().matchers:
        if gate.search(lowered) is None:
            continue
        for match in pattern.finditer(text, start, end):
            candidate = build(match, text)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: (c.start, -c.end))
    return found


def settle_dates(candidates: list[DateCandidate]) -> DateCandidate | None:
    """The candidate that dates the event: longest of overlapping ones, then lowest rank, then first."""
    kept: list[DateCandidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return min((c for c in kept if c.rule != "not_date"), key=lambda c: (c.rank, c.start), default=None)


# --- the publication date -------------------------------------------------------------

@dataclass(frozen=True)
class _Published:
    iso: str  # as given, cut to its precision
    precision: str  # day / month / year, "" unknown
    lo: dt.date | None  # the first and last day it may be
    hi: dt.date | None


_ISO_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=256)
def _published(published: str, date_precision: str) -> _Published:
    if date_precision not in PRECISIONS and date_precision != "":
        raise ConfigError(f"date_precision {date_precision!r} is not one of day, month, year (or '')")
    if not published:
        return _Published("", "", None, None)
    match = _ISO_RE.fullmatch(published)
    try:
        if match is None:
            raise ValueError
        year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
        first = dt.date(year, month, day)
    except ValueError as err:
        raise ConfigError(
            f"published {published!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or ''") from err
    form = "day" if match[3] else "month" if match[2] else "year"
    precision = max(form, date_precision or form, key=PRECISIONS.index)
    if precision == "day":
        return _Published(published, precision, first, first)
    if precision == "month":
        return _Published(published[:7], precision, first.replace(day=1), _month_end(year, month))
    return _Published(published[:4], precision, dt.date(year, 1, 1), dt.date(year, 12, 31))


@lru_cache(maxsize=256)
def _undated(pub: _Published) -> EventDate:
    if pub.precision == "":
        return EventDate("", "", 0, "", -1, -1, "no date in the sentence and the publication date is unknown")
    if pub.precision == "day":
        return EventDate(pub.iso, "", 2, "", -1, -1, "no date in the sentence: publication date")
    return EventDate(pub.lo.isoformat(), pub.hi.isoformat(), 3, "", -1, -1,
                     f"no date in the sentence: publication {pub.precision} {pub.iso}")


def _plausible(c: DateCandidate, pub: _Published) -> bool:
    if pub.lo is None:
        return True
    years = {"date": c.args[:1], "range": c.args[0:4:3], "month_name": c.args[1:2],
             "year_name": c.args[:1]}.get(c.rule, ())
    return all(y is None or y <= pub.lo.year + FUTURE_YEARS for y in years)


# --- the grammar ----------------------------------------------------------------------

def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _alt(items) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


@cache
def _grammar() -> SimpleNamespace:
    """The compiled patterns and word tables, built from ``date_words.csv`` on first use."""
    rows = datafiles.rows("date_words.csv")
    kind = {k: [r for r in rows if r["kind"] == k] for k in {r["kind"] for r in rows}}
    g = SimpleNamespace(
        months={r["phrase"]: int(r["arg"]) for r in kind["month"]},
        weekdays={r["phrase"]: int(r["arg"]) for r in kind["weekday"]},
        numbers={_key(r["phrase"]): int(r["arg"]) for r in kind["number"]},
        relative={_key(r["phrase"]): (r["rule"], int(r["arg"] or 0)) for r in kind["relative"]},
        cues={_key(r["phrase"]): r["rule"] for r in kind["cue"]},
    )
    # Abbreviations may take a full stop ("Oct. 25").
    month_alt = _alt(re.escape(r["phrase"]) + (r"\.?" if r["rule"] == "abbreviation" else "")
                     for r in kind["month"])
    weekday_alt = _alt(g.weekdays)
    number_alt = _alt(re.escape(n) for n in g.numbers)

    def month(name: str) -> str:
        return rf"(?<![A-Za-z])(?P<{name}>{month_alt})(?![A-Za-z])"

    def day(name: str) -> str:
        return rf"(?<![\d.,:/])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z\d]|[.,:/]\d|%)"

    def year(name: str) -> str:
        return rf"(?P<{name}>(?:1[89]|20)\d\d)(?!\d|[.,]\d)"

    def conn(name: str) -> str:
        return rf"(?P<{name}>\s*[-–—]\s*|\s+(?i:to|until|till|through|thru|and)\s+)"

    def opening(name: str) -> str:
        return rf"(?:(?P<{name}>(?i:from|between))\s+)?"

    single = (
        rf"(?:\b(?P<since>(?i:since))\s+)?"
        rf"(?:\b(?P<wd>{weekday_alt})(?![A-Za-z])(?:,\s*|\s+)(?:the\s+)?)?"
        rf"(?:{month('m1')}\s+{day('d1')}(?:,?\s+{year('y1')})?"
        rf"|(?:the\s+)?{day('d2')}\s+(?:of\s+)?{month('m2')}(?:,?\s+{year('y2')})?)"
    )
    range_ = (
        rf"{opening('f1')}{month('m1')}\s+{day('d1')}(?:,?\s+{year('y1')})?{conn('c1')}"
        rf"(?:{month('m2')}\s+)?{day('d2')}(?:,?\s+{year('y2')})?"
        rf"|{opening('f2')}(?:the\s+)?{day('d3')}(?:\s+(?:of\s+)?{month('m3')}(?:,?\s+{year('y3')})?)?"
        rf"{conn('c2')}(?:the\s+)?{day('d4')}\s+(?:of\s+)?{month('m4')}(?:,?\s+{year('y4')})?"
    )
    weekday = (
        r"(?:\b(?P<mod>(?i:last|this\s+past|past|since(?:\s+last)?|next|this\s+coming|early|late))\s+)?"
        rf"(?<![A-Za-z])(?P<wd>{weekday_alt})(?![A-Za-z])"
        r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?"
        r"(?:\s+(?P<wk>(?i:(?:of\s+)?(?:last|this|next)\s+week))(?![A-Za-z]))?"
    )
    weekday_range = (
        rf"\b(?P<f>(?i:from|between))\s+(?P<wd1>{weekday_alt})\s+(?i:to|until|till|through|and)\s+"
        rf"(?P<wd2>{weekday_alt})(?![A-Za-z])"
    )
    day_phrases = [p for p, (rule, _) in g.relative.items() if rule == "day"]
    other_phrases = [p for p in g.relative if p not in day_phrases]
    relative = (
        rf"(?i:\b(?P<rel1>{_alt(map(_phrase_re, day_phrases))})"
        rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
        rf"|\b(?P<rel2>{_alt(map(_phrase_re, other_phrases))})\b)"
    )
    ago = rf"(?i:\b(?P<n>\d{{1,3}}|{number_alt})\s+(?P<unit>hour|day|week|month|year)s?\s+ago\b)"
    past = (rf"(?i:\bthe\s+(?:past|last)\s+(?P<n>\d{{1,3}}|{number_alt})\s+(?P<unit>hour|day|week)s?\b)"
            r"(?!\s+of\b)")  # not "the last 10 days of March"
    cue_alt = _alt(_phrase_re(c) + ("" if c.endswith("-") else r"\s+") for c in g.cues)
    month_name = rf"(?:\b(?P<cue>(?i:{cue_alt})))?{month('m')}(?:,?\s+{year('y')})?"
    year_cue_alt = _alt(_phrase_re(c) + ("" if c.endswith("-") else r"\s+")
                        for c, rule in g.cues.items() if rule in ("past", "since"))
    year_name = rf"\b(?P<cue>(?i:{year_cue_alt})){year('y')}"
    not_date = rf"\b(?:{_alt(_phrase_re(r['phrase']) for r in kind['not_date'])})(?![A-Za-z])"

    # Each pattern runs only if the lowercased sentence holds one of its
    # words: most sentences with a date have one or two kinds of expression.
    months3 = tuple({m[:3].lower() for m in g.months})
    last_words = tuple({p.split()[-1] for p in g.relative})
    g.matchers = [
        (months3, re.compile(single), _build_single),
        (months3, re.compile(range_), _build_range),
        (tuple(w.lower() for w in g.weekdays), re.compile(weekday), _build_weekday),
        (("from", "between"), re.compile(weekday_range), _build_weekday_range),
        (last_words, re.compile(relative), _build_relative),
        (("ago",), re.compile(ago), _build_ago),
        (("past", "last"), re.compile(past), _build_past),
        (months3, re.compile(month_name), _build_month_name),
        (("19", "20"), re.compile(year_name), _build_year_name),
        (tuple({_key(r["phrase"]).split()[0] for r in kind["not_date"]}), re.compile(not_date),
         _build_not_date),
    ]
    # One literal alternation per gate: sre scans for it far faster than a
    # Python loop of ``word in sentence``.
    g.matchers = [(re.compile("|".join(sorted(map(re.escape, gate)))), pattern, build)
                  for gate, pattern, build in g.matchers]
    # The pre-check: a word every expression contains (a month's first three
    # letters, "day" for "yesterday" and "Monday", "week" for "weekend"...)
    # or a year, in lower, title or upper case. Plain literals only: sre
    # tests them far faster than (?i:...) or character classes, which keeps
    # a dateless sentence under 10 µs.
    words = {p.split()[-1] for p in g.relative} | {w.lower() for w in g.weekdays}
    words |= {"ago", "hour", "day", "week", "month", "year"}
    words = {w for w in words if not any(o != w and o in w for o in words)}
    literals = {m[:3] for m in g.months} | {v for w in words for v in (w, w.title(), w.upper())}
    g.precheck = re.compile("|".join(sorted(literals)) + r"|1[89]\d\d|20\d\d")
    return g


_IN_BEFORE_RE = re.compile(r"\b(?:in|during|throughout)\s+$", re.IGNORECASE)
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _candidate(match: re.Match[str], text: str, rule: str, args: tuple, rank: int) -> DateCandidate:
    return DateCandidate(match.start(), match.end(), match[0], rule, args, rank)


def _month_number(word: str) -> int:
    return _grammar().months[word.rstrip(".")]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _grammar().numbers[_key(word)]


def _valid(year: int | None, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _build_single(m: re.Match[str], text: str) -> DateCandidate | None:
    month_first = m["m1"] is not None
    month = _month_number(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    year_text = m["y1"] if month_first else m["y2"]
    year = int(year_text) if year_text else None
    if not _valid(year, month, day):
        return None
    # "In March 30 people died": a count after a month, not a day of it.
    if (month_first and year is None and not m["since"] and not m["wd"]
            and _IN_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())):
        return None
    weekday = _grammar().weekdays[m["wd"]] if m["wd"] else None
    since = m["since"] is not None
    return _candidate(m, text, "date", (year, month, day, weekday, since), 3 if since else 0)


def _build_range(m: re.Match[str], text: str) -> DateCandidate | None:
    if m["m1"]:
        opening, connective = m["f1"], m["c1"]
        m1, d1, y1 = m["m1"], m["d1"], m["y1"]
        m2, d2, y2 = m["m2"] or m["m1"], m["d2"], m["y2"]
    else:
        opening, connective = m["f2"], m["c2"]
        m1, d1, y1 = m["m3"] or m["m4"], m["d3"], m["y3"]
        m2, d2, y2 = m["m4"], m["d4"], m["y4"]
    if connective.strip().lower() == "and" and (opening or "").lower() != "between":
        return None
    month1, month2 = _month_number(m1), _month_number(m2)
    day1, day2 = int(d1), int(d2)
    year1, year2 = (int(y) if y else None for y in (y1, y2))
    if not (_valid(year1, month1, day1) and _valid(year2, month2, day2)):
        return None
    if year1 and year2:
        if (year1, month1, day1) > (year2, month2, day2):
            return None
    elif (month1, day1) >= (month2, day2) and month1 == month2:
        return None  # "March 28-25", "March 28-28"
    return _candidate(m, text, "range", (year1, month1, day1, year2, month2, day2), 0)


def _build_weekday(m: re.Match[str], text: str) -> DateCandidate | None:
    weekday = _grammar().weekdays[m["wd"]]
    mod = _key(m["mod"] or "")
    if m["wk"]:
        mode = _key(m["wk"]).split()[-2] + "_week"  # last_week / this_week / next_week
    else:
        mode = {"last": "before", "past": "before", "this past": "before", "since": "since",
                "since last": "since", "next": "after", "this coming": "after"}.get(mod, "on_or_before")
    if mode == "since":
        return _candidate(m, text, "since_weekday", (weekday,), 3)
    return _candidate(m, text, "weekday", (weekday, mode), 0)


def _build_weekday_range(m: re.Match[str], text: str) -> DateCandidate | None:
    weekdays = _grammar().weekdays
    first, last = weekdays[m["wd1"]], weekdays[m["wd2"]]
    if first == last or (m["f"].lower() == "between") != (" and " in m[0].lower()):
        return None
    return _candidate(m, text, "weekday_range", (first, last), 0)


def _build_relative(m: re.Match[str], text: str) -> DateCandidate | None:
    rule, arg = _grammar().relative[_key(m["rel1"] or m["rel2"])]
    args = (arg,) if rule in ("day", "month", "year") else ()
    since = _SINCE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    if since:  # "since yesterday", "since last week": from then to publication
        start = since.start()
        return DateCandidate(start, m.end(), text[start:m.end()], "since_relative", (rule, args), 3)
    rank = {"day": 0, "month": 2, "this_month": 2, "year": 2, "this_year": 2}.get(rule, 1)
    return _candidate(m, text, rule, args, rank)


def _build_ago(m: re.Match[str], text: str) -> DateCandidate | None:
    unit = m["unit"].lower()
    rank = {"hour": 0, "day": 0, "week": 1}.get(unit, 2)
    return _candidate(m, text, "ago", (_number(m["n"]), unit), rank)


def _build_past(m: re.Match[str], text: str) -> DateCandidate | None:
    n = _number(m["n"])
    return _candidate(m, text, "past", (n, m["unit"].lower()), 1) if n else None


def _build_month_name(m: re.Match[str], text: str) -> DateCandidate | None:
    if not m["cue"] and not m["y"]:
        return None  # a bare month name: "elections scheduled for October", "March" the verb
    mode = _grammar().cues[_key(m["cue"])] if m["cue"] else "past"
    year = int(m["y"]) if m["y"] else None
    return _candidate(m, text, "month_name", (_month_number(m["m"]), year, mode), 3 if mode == "since" else 2)


def _build_year_name(m: re.Match[str], text: str) -> DateCandidate | None:
    mode = _grammar().cues[_key(m["cue"])]
    return _candidate(m, text, "year_name", (int(m["y"]), mode), 3 if mode == "since" else 2)


def _build_not_date(m: re.Match[str], text: str) -> DateCandidate | None:
    return _candidate(m, text, "not_date", (), 9)


# --- resolving ------------------------------------------------------------------------

# A resolver gets the candidate and the reference day (publication, or the
# last day it may be; None when unknown) and returns first day, last day
# (None or the same for one day), precision and note.
_Resolved = tuple[dt.date | None, dt.date | None, int, str]


def _needs(c: DateCandidate) -> str:
    """How much of the publication date ``c`` needs: "day", "month", "year" or ""."""
    if c.rule == "since_relative":
        return _needs(replace(c, rule=c.args[0], args=c.args[1]))
    if c.rule == "ago":
        return "month" if c.args[1] in ("month", "year") else "day"
    if c.rule in ("month", "this_month"):
        return "month"
    if c.rule in ("year", "this_year"):
        return "year"
    if c.rule == "date":
        return "year" if c.args[0] is None else ""
    if c.rule == "range":
        return "year" if c.args[0] is None and c.args[3] is None else ""
    if c.rule == "month_name":
        return "year" if c.args[1] is None else ""
    if c.rule == "year_name":
        return ""
    return "day"


def _resolve(c: DateCandidate, pub: _Published) -> EventDate:
    needs = _needs(c)
    if needs and pub.precision == "":
        return EventDate("", "", 0, c.text, c.start, c.end,
                         f"'{c.text}' is relative to the publication date, which is unknown")
    if needs and PRECISIONS.index(needs) < PRECISIONS.index(pub.precision):
        return _event(c, pub.lo, pub.hi, 3, f"'{c.text}' needs the publication {needs}, known only to the "
                      f"{pub.precision}: publication {pub.precision} {pub.iso}")
    lo, hi, precision, note = _RESOLVERS[c.rule](c, pub.hi, *c.args)
    if lo is None:
        return EventDate("", "", 0, c.text, c.start, c.end, note)
    return _event(c, lo, hi, precision, note)


def _event(c: DateCandidate, lo: dt.date, hi: dt.date | None, precision: int, note: str) -> EventDate:
    end = hi.isoformat() if hi is not None and hi != lo else ""
    return EventDate(lo.isoformat(), end, precision, c.text, c.start, c.end, note)


def _span_precision(lo: dt.date, hi: dt.date) -> int:
    days = (hi - lo).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(ref: dt.date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _monday(ref: dt.date) -> dt.date:
    return ref - dt.timedelta(days=ref.weekday())


def _on_or_before(weekday: int, ref: dt.date) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _before(weekday: int, ref: dt.date) -> dt.date:
    return _on_or_before(weekday, ref - _ONE_DAY)


def _pub(ref: dt.date) -> str:
    return f"publication {ref.isoformat()} ({_DAY_NAMES[ref.weekday()]})"


def _day(c, ref, offset) -> _Resolved:
    if offset == 0:
        how = "publication date"
    else:
        how = "day before publication" if offset == -1 else f"{-offset} days before publication"
    return ref + dt.timedelta(days=offset), None, 1, f"'{c.text}' = {how} {ref.isoformat()}"


def _weekday(c, ref, weekday, mode) -> _Resolved:
    name = _DAY_NAMES[weekday]
    if mode == "on_or_before":
        day, how = _on_or_before(weekday, ref), f"the {name} on or before"
    elif mode == "before":
        day, how = _before(weekday, ref), f"the latest {name} before"
    elif mode == "after":
        day, how = ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1), f"the first {name} after"
    else:
        weeks = {"last_week": -1, "this_week": 0, "next_week": 1}[mode]
        day = _monday(ref) + dt.timedelta(days=weekday + 7 * weeks)
        how = f"the {name} of the {mode.replace('_', ' ')} of"
    return day, None, 1, f"'{c.text}' = {how} {_pub(ref)}"


def _weekday_range(c, ref, first, last) -> _Resolved:
    hi = _on_or_before(last, ref)
    lo = hi - dt.timedelta(days=(last - first) % 7)
    return (lo, hi, _span_precision(lo, hi),
            f"'{c.text}' = to the {_DAY_NAMES[last]} on or before {_pub(ref)}")


def _since_weekday(c, ref, weekday) -> _Resolved:
    lo = _before(weekday, ref)
    return lo, ref, 2, f"'{c.text}' = from the latest {_DAY_NAMES[weekday]} before {_pub(ref)} to publication"


def _this_week(c, ref) -> _Resolved:
    return _monday(ref), ref, 2, f"'{c.text}' = Monday of the publication week to {_pub(ref)}"


def _last_week(c, ref) -> _Resolved:
    monday = _monday(ref) - dt.timedelta(days=7)
    return monday, monday + dt.timedelta(days=6), 2, f"'{c.text}' = the Monday-Sunday week before {_pub(ref)}"


def _next_week(c, ref) -> _Resolved:
    monday = _monday(ref) + dt.timedelta(days=7)
    return monday, monday + dt.timedelta(days=6), 2, f"'{c.text}' = the Monday-Sunday week after {_pub(ref)}"


def _past_week(c, ref) -> _Resolved:
    return ref - dt.timedelta(days=6), ref, 2, f"'{c.text}' = the seven days ending on {_pub(ref)}"


def _weekend(c, ref) -> _Resolved:
    saturday = _before(5, ref)
    return saturday, saturday + _ONE_DAY, 2, f"'{c.text}' = the latest weekend starting before {_pub(ref)}"


def _this_month(c, ref) -> _Resolved:
    return ref.replace(day=1), ref, 3, f"'{c.text}' = the publication month to publication {ref.isoformat()}"


def _month(c, ref, offset) -> _Resolved:
    year, month = _shift_month(ref, offset)
    return (dt.date(year, month, 1), _month_end(year, month), 3,
            f"'{c.text}' = {year}-{month:02d}, publication {ref.isoformat()[:7]} {offset:+d} "
            f"month{'s' * (abs(offset) != 1)}")


def _this_year(c, ref) -> _Resolved:
    return (dt.date(ref.year, 1, 1), ref, 3,
            f"'{c.text}' = the publication year to publication {ref.isoformat()}")


def _year(c, ref, offset) -> _Resolved:
    year = ref.year + offset
    return (dt.date(year, 1, 1), dt.date(year, 12, 31), 3,
            f"'{c.text}' = {year}, publication year {ref.year} {offset:+d}")


def _ago(c, ref, n, unit) -> _Resolved:
    if unit in ("hour", "day"):
        days = n if unit == "day" else round(n / 24)
        return (ref - dt.timedelta(days=days), None, 1,
                f"'{c.text}' = {days} days before publication {ref.isoformat()}")
    if unit == "week":
        return (ref - dt.timedelta(days=7 * n), None, 2,
                f"'{c.text}' = {7 * n} days before publication {ref.isoformat()}, give or take")
    # A month or a year ago: the month it was then ("a year ago" in April 2008 is April 2007).
    return _month(c, ref, -n if unit == "month" else -12 * n)


def _past(c, ref, n, unit) -> _Resolved:
    back = {"hour": -(-n // 24), "day": n - 1, "week": 7 * n - 1}[unit]
    lo = ref - dt.timedelta(days=back)
    return (lo, ref, _span_precision(lo, ref),
            f"'{c.text}' = {lo.isoformat()} to publication {ref.isoformat()}")


def _year_of(month: int, day: int, ref: dt.date) -> tuple[int, str]:
    """The year of a day and month given without one, and why."""
    year = ref.year
    if _valid(year, month, day) and dt.date(year, month, day) > ref + dt.timedelta(days=FUTURE_DAYS):
        year -= 1
        why = f"the year before publication {ref.isoformat()} (in its own year it would be months ahead)"
    else:
        why = f"year from publication {ref.isoformat()}"
    while not _valid(year, month, day):  # 29 February
        year -= 1
    return year, why


def _since(c, lo: dt.date, ref: dt.date | None, how: str) -> _Resolved:
    if ref is None:
        return lo, None, 3, f"'{c.text}' = from {how}; the publication date, where it ends, is unknown"
    hi = max(lo, ref)
    return (lo, hi, max(2, _span_precision(lo, hi)),
            f"'{c.text}' = from {how} to publication {ref.isoformat()}")


def _since_relative(c, ref, rule, args) -> _Resolved:
    lo, _, _, _ = _RESOLVERS[rule](c, ref, *args)
    return _since(c, lo, ref, lo.isoformat())


def _date(c, ref, year, month, day, weekday, since) -> _Resolved:
    if year is None:
        year, how = _year_of(month, day, ref)
    else:
        how = "stated in full"
    when = dt.date(year, month, day)
    if weekday is not None and weekday != when.weekday():
        how += f"; the text says {_DAY_NAMES[weekday]} but it was a {_DAY_NAMES[when.weekday()]}"
    if since:
        return _since(c, when, ref, when.isoformat())
    return when, None, 1, f"'{c.text}' = {when.isoformat()}, {how}"


def _range(c, ref, year1, month1, day1, year2, month2, day2) -> _Resolved:
    if year1 is None and year2 is None:
        year1, how = _year_of(month1, day1, ref)
    else:
        how = "year as stated"
    wraps = (month2, day2) < (month1, day1)  # "December 28 to January 3"
    if year1 is None:
        year1 = year2 - wraps
    if year2 is None:
        year2 = year1 + wraps
    if not (_valid(year1, month1, day1) and _valid(year2, month2, day2)):
        return None, None, 0, f"'{c.text}' is not a real range of days"
    lo, hi = dt.date(year1, month1, day1), dt.date(year2, month2, day2)
    return lo, hi, _span_precision(lo, hi), f"'{c.text}' = {(hi - lo).days + 1} days, {how}"


def _month_name(c, ref, month, year, mode) -> _Resolved:
    if year is not None:
        how = "stated"
    elif mode == "this":
        year, how = ref.year, "the publication year's"
    elif mode == "next":
        year, how = ref.year + (month <= ref.month), "the first after publication"
    elif mode == "last":
        year, how = ref.year - (month >= ref.month), "the latest before the publication month"
    else:
        year, how = ref.year - (month > ref.month), "the latest on or before the publication month"
    lo, hi = dt.date(year, month, 1), _month_end(year, month)
    if mode == "since":
        return _since(c, lo, ref, f"{lo.isoformat()[:7]} ({how})")
    return lo, hi, 3, f"'{c.text}' = {lo.isoformat()[:7]}, {how}" + (f" {ref.isoformat()[:7]}" if ref else "")


def _year_name(c, ref, year, mode) -> _Resolved:
    lo = dt.date(year, 1, 1)
    if mode == "since":
        return _since(c, lo, ref, str(year))
    return lo, dt.date(year, 12, 31), 3, f"'{c.text}' = the year {year}"


_RESOLVERS: dict[str, Callable[..., _Resolved]] = {
    "day": _day, "weekday": _weekday, "weekday_range": _weekday_range, "since_weekday": _since_weekday,
    "this_week": _this_week, "last_week": _last_week, "next_week": _next_week,
    "past_week": _past_week, "weekend": _weekend, "this_month": _this_month, "month": _month,
    "this_year": _this_year, "year": _year, "ago": _ago, "past": _past,
    "since_relative": _since_relative, "date": _date, "range": _range, "month_name": _month_name,
    "year_name": _year_name,
}
