"""Resolving a date expression: each rule of the grammar, as one row of :data:`RULES`.

A candidate's ``rule`` names its row. The row says how much of the publication
date the expression needs ("day", "month", "year", or "" when it states its
year), which years it states (a stated year may not lie too far ahead:
"Issue 2094" is no date) and how it resolves. ``needs`` and ``years`` take the
candidate's ``args`` as its builder in :mod:`.grammar` wrote them; ``resolve``
takes the candidate, the reference day (publication, or the last day it may
be; None when unknown and the row needs none) and the same ``args``, and
returns first day, last day (None or the same for one day), precision and note.
A new rule is a builder that writes its ``args`` and one row here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from geodata.events.dates.grammar import DateCandidate, calendar_names, valid_day

# A day and month without a year may lie this far after publication in a sentence that speaks of what is
# to come (a report of planned protests "on May 1"); further, it is last year's. A sentence that tells what
# happened may run only a few days past the date stamped on its report (a dateline's own day, a time zone):
# "killed 33 civilians ... on March 3" in a report of 10 January is last March.
FUTURE_DAYS = 92
PAST_DAYS_AHEAD = 3

_ONE_DAY = dt.timedelta(days=1)

Resolved = tuple[dt.date | None, dt.date | None, int, str]


def _always(needs: str) -> Callable[..., str]:
    return lambda *_: needs


@dataclass(frozen=True)
class Rule:
    """How one kind of date expression reads against the publication date."""

    name: str  # the candidate's ``rule``
    resolve: Callable[..., Resolved]  # (candidate, reference day, *args)
    needs: Callable[..., str] = _always("day")  # (*args) -> "day", "month", "year" or ""
    years: Callable[..., tuple[int | None, ...]] = lambda *_: ()  # (*args) -> the years it states


def span_precision(lo: dt.date, hi: dt.date) -> int:
    """ACLED's time_precision of the days ``lo`` to ``hi``: 1 one day, 2 up to seven, else 3."""
    days = (hi - lo).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


def month_end(year: int, month: int) -> dt.date:
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


def _day_name(weekday: int) -> str:
    return calendar_names().weekdays[weekday]


def _pub(ref: dt.date) -> str:
    return f"publication {ref.isoformat()} ({_day_name(ref.weekday())})"


def _day(c: DateCandidate, ref: dt.date, offset: int) -> Resolved:
    if offset == 0:
        how = "publication date"
    else:
        how = "day before publication" if offset == -1 else f"{-offset} days before publication"
    return ref + dt.timedelta(days=offset), None, 1, f"'{c.text}' = {how} {ref.isoformat()}"


def _weekday(c: DateCandidate, ref: dt.date, weekday: int, mode: str) -> Resolved:
    name = _day_name(weekday)
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


def _weekday_range(c: DateCandidate, ref: dt.date, first: int, last: int) -> Resolved:
    hi = _on_or_before(last, ref)
    lo = hi - dt.timedelta(days=(last - first) % 7)
    return (lo, hi, span_precision(lo, hi),
            f"'{c.text}' = to the {_day_name(last)} on or before {_pub(ref)}")


def _since_weekday(c: DateCandidate, ref: dt.date, weekday: int) -> Resolved:
    lo = _before(weekday, ref)
    return lo, ref, 2, f"'{c.text}' = from the latest {_day_name(weekday)} before {_pub(ref)} to publication"


def _this_week(c: DateCandidate, ref: dt.date) -> Resolved:
    return _monday(ref), ref, 2, f"'{c.text}' = Monday of the publication week to {_pub(ref)}"


def _last_week(c: DateCandidate, ref: dt.date) -> Resolved:
    monday = _monday(ref) - dt.timedelta(days=7)
    return monday, monday + dt.timedelta(days=6), 2, f"'{c.text}' = the Monday-Sunday week before {_pub(ref)}"


def _next_week(c: DateCandidate, ref: dt.date) -> Resolved:
    monday = _monday(ref) + dt.timedelta(days=7)
    return monday, monday + dt.timedelta(days=6), 2, f"'{c.text}' = the Monday-Sunday week after {_pub(ref)}"


def _past_week(c: DateCandidate, ref: dt.date) -> Resolved:
    return ref - dt.timedelta(days=6), ref, 2, f"'{c.text}' = the seven days ending on {_pub(ref)}"


def _weekend(c: DateCandidate, ref: dt.date) -> Resolved:
    saturday = _before(5, ref)
    return saturday, saturday + _ONE_DAY, 2, f"'{c.text}' = the latest weekend starting before {_pub(ref)}"


def _this_month(c: DateCandidate, ref: dt.date) -> Resolved:
    return ref.replace(day=1), ref, 3, f"'{c.text}' = the publication month to publication {ref.isoformat()}"


def _month(c: DateCandidate, ref: dt.date, offset: int) -> Resolved:
    year, month = _shift_month(ref, offset)
    return (dt.date(year, month, 1), month_end(year, month), 3,
            f"'{c.text}' = {year}-{month:02d}, publication {ref.isoformat()[:7]} {offset:+d} "
            f"month{'s' * (abs(offset) != 1)}")


def _this_year(c: DateCandidate, ref: dt.date) -> Resolved:
    return (dt.date(ref.year, 1, 1), ref, 3,
            f"'{c.text}' = the publication year to publication {ref.isoformat()}")


def _year(c: DateCandidate, ref: dt.date, offset: int) -> Resolved:
    year = ref.year + offset
    return (dt.date(year, 1, 1), dt.date(year, 12, 31), 3,
            f"'{c.text}' = {year}, publication year {ref.year} {offset:+d}")


def _ago(c: DateCandidate, ref: dt.date, n: int, unit: str) -> Resolved:
    if unit in ("hour", "day"):
        days = n if unit == "day" else round(n / 24)
        return (ref - dt.timedelta(days=days), None, 1,
                f"'{c.text}' = {days} days before publication {ref.isoformat()}")
    if unit == "week":
        return (ref - dt.timedelta(days=7 * n), None, 2,
                f"'{c.text}' = {7 * n} days before publication {ref.isoformat()}, give or take")
    # A month or a year ago: the month it was then ("a year ago" in April 2008 is April 2007).
    return _month(c, ref, -n if unit == "month" else -12 * n)


def _past(c: DateCandidate, ref: dt.date, n: int, unit: str) -> Resolved:
    back = {"hour": -(-n // 24), "day": n - 1, "week": 7 * n - 1}[unit]
    lo = ref - dt.timedelta(days=back)
    return (lo, ref, span_precision(lo, ref),
            f"'{c.text}' = {lo.isoformat()} to publication {ref.isoformat()}")


def _year_of(month: int, day: int, ref: dt.date, ahead: bool = False) -> tuple[int, str]:
    """The year of a day and month given without one, and why (``ahead``: the sentence speaks of what is
    to come)."""
    year = ref.year
    if valid_day(year, month, day) and dt.date(year, month, day) > ref + dt.timedelta(
            days=FUTURE_DAYS if ahead else PAST_DAYS_AHEAD):
        year -= 1
        why = f"the year before publication {ref.isoformat()} (in its own year it would lie after publication)"
    else:
        why = f"year from publication {ref.isoformat()}"
    while not valid_day(year, month, day):  # 29 February
        year -= 1
    return year, why


def _since(c: DateCandidate, lo: dt.date, ref: dt.date | None, how: str) -> Resolved:
    if ref is None:
        return lo, None, 3, f"'{c.text}' = from {how}; the publication date, where it ends, is unknown"
    hi = max(lo, ref)
    return (lo, hi, max(2, span_precision(lo, hi)),
            f"'{c.text}' = from {how} to publication {ref.isoformat()}")


def _since_relative(c: DateCandidate, ref: dt.date, rule: str, args: tuple) -> Resolved:
    lo, _, _, _ = RULES[rule].resolve(c, ref, *args)
    return _since(c, lo, ref, lo.isoformat())


def _date(c: DateCandidate, ref: dt.date | None, year: int | None, month: int, day: int,
          weekday: int | None, since: bool) -> Resolved:
    if year is None:
        year, how = _year_of(month, day, ref, c.ahead and not since)  # (a span's start lies before)
    else:
        how = "stated in full"
    when = dt.date(year, month, day)
    if weekday is not None and weekday != when.weekday():
        how += f"; the text says {_day_name(weekday)} but it was a {_day_name(when.weekday())}"
    if since:
        return _since(c, when, ref, when.isoformat())
    return when, None, 1, f"'{c.text}' = {when.isoformat()}, {how}"


def _range(c: DateCandidate, ref: dt.date | None, year1: int | None, month1: int, day1: int,
           year2: int | None, month2: int, day2: int) -> Resolved:
    if year1 is None and year2 is None:
        year1, how = _year_of(month1, day1, ref, c.ahead)
    else:
        how = "year as stated"
    wraps = (month2, day2) < (month1, day1)  # "December 28 to January 3"
    if year1 is None:
        year1 = year2 - wraps
    if year2 is None:
        year2 = year1 + wraps
    if not (valid_day(year1, month1, day1) and valid_day(year2, month2, day2)):
        return None, None, 0, f"'{c.text}' is not a real range of days"
    lo, hi = dt.date(year1, month1, day1), dt.date(year2, month2, day2)
    return lo, hi, span_precision(lo, hi), f"'{c.text}' = {(hi - lo).days + 1} days, {how}"


def _month_name(c: DateCandidate, ref: dt.date | None, month: int, year: int | None, mode: str) -> Resolved:
    year_given = year
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
    lo, hi = dt.date(year, month, 1), month_end(year, month)
    if mode == "since":
        return _since(c, lo, ref, f"{lo.isoformat()[:7]} ({how})")
    told = f" {ref.isoformat()[:7]}" if ref and year_given is None else ""  # the month it is read against
    return lo, hi, 3, f"'{c.text}' = {lo.isoformat()[:7]}, {how}{told}"


def _year_name(c: DateCandidate, ref: dt.date | None, year: int, mode: str) -> Resolved:
    lo = dt.date(year, 1, 1)
    if mode == "since":
        return _since(c, lo, ref, str(year))
    return lo, dt.date(year, 12, 31), 3, f"'{c.text}' = the year {year}"


# The lambdas' parameters are each rule's ``args``, in the order its builder writes them
# (those a lambda does not read start with "_").
RULES: dict[str, Rule] = {rule.name: rule for rule in (
    Rule("day", _day),
    Rule("weekday", _weekday),
    Rule("weekday_range", _weekday_range),
    Rule("since_weekday", _since_weekday),
    Rule("this_week", _this_week),
    Rule("last_week", _last_week),
    Rule("next_week", _next_week),
    Rule("past_week", _past_week),
    Rule("weekend", _weekend),
    Rule("past", _past),
    Rule("this_month", _this_month, needs=_always("month")),
    Rule("month", _month, needs=_always("month")),
    Rule("this_year", _this_year, needs=_always("year")),
    Rule("year", _year, needs=_always("year")),
    Rule("ago", _ago, needs=lambda _n, unit: "month" if unit in ("month", "year") else "day"),
    # "since yesterday", "since last week": as much as the expression after "since".
    Rule("since_relative", _since_relative, needs=lambda rule, args: RULES[rule].needs(*args)),
    Rule("date", _date,
         needs=lambda year, _month, _day, _weekday, _since: "year" if year is None else "",
         years=lambda year, _month, _day, _weekday, _since: (year,)),
    Rule("range", _range,
         needs=lambda year1, _month1, _day1, year2, _month2, _day2:
             "year" if year1 is None and year2 is None else "",
         years=lambda year1, _month1, _day1, year2, _month2, _day2: (year1, year2)),
    Rule("month_name", _month_name,
         needs=lambda _month, year, _mode: "year" if year is None else "",
         years=lambda _month, year, _mode: (year,)),
    Rule("year_name", _year_name, needs=_always(""), years=lambda year, _mode: (year,)),
)}
