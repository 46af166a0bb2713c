"""The timeline tab's numbers: reports, killed and wounded per day, week or month, the axis that
fits the data's busy span, and the brush that turns a period into the date filter.

No streamlit here: the brush's callback reads and writes a mapping (the session state)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.frames import counted_wounded, counted_killed


def timeline(frame: pd.DataFrame, *, period: str = "day") -> pd.DataFrame:
    """Per known date: reports, and the killed and wounded the rows count (each killing once, on the
    date of one of its reports, a dated one first: :func:`counted_killed`).

    ``period`` "week" or "month" adds the days up per week (from Monday) or calendar month, each
    row at its period's first day (:func:`timeline_axis` chooses one for the data's span); ``end``
    is the first day after the period."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    ordered = frame.sort_values("date", na_position="last", kind="stable")
    killed = counted_killed(ordered)
    wounded = counted_wounded(ordered)
    dated = ordered["date"].notna()
    out = pd.DataFrame({
        "date": _period_start(ordered["date"][dated], period),
        "reports": 1,
        "killed": killed[dated],
        "wounded": wounded[dated],
    })
    out = out.groupby("date").sum().sort_index()
    out["end"] = [_period_end(start, period) for start in out.index]
    return out


PERIODS = ("day", "week", "month")
BUSY_PERCENT = 2  # the share of reports at each end that may lie off the timeline's axis
_WEEKLY_OVER, _MONTHLY_OVER = pd.Timedelta(days=120), pd.Timedelta(days=3 * 365)
_MIN_REACH = pd.Timedelta(days=31)
_PAD = {"day": pd.Timedelta(days=1), "week": pd.Timedelta(days=3), "month": pd.Timedelta(days=7)}


@dataclass(frozen=True)
class TimelineAxis:
    """What a timeline's axis shows: the periods from the one holding ``start`` up to ``end`` (the
    first day after the last period), by ``period``; ``before`` and ``after`` count the dated
    reports left off it."""

    start: pd.Timestamp
    end: pd.Timestamp
    period: str
    before: int = 0
    after: int = 0

    @property
    def domain(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """The axis' ends: the periods' span widened by a few days, so no bar touches an edge."""
        return self.start - _PAD[self.period], self.end + _PAD[self.period]

    @property
    def note(self) -> str:
        """Which reports are off the axis ("3 reports before 2008-03-01 are off the axis."); "" when none is."""
        parts = []
        if self.before:
            parts.append(f"{self.before:,} report{'s' if self.before != 1 else ''} before {self.start:%Y-%m-%d}")
        if self.after:
            noun = "" if parts else f" report{'s' if self.after != 1 else ''}"
            parts.append(f"{self.after:,}{noun} after {self.end - pd.Timedelta(days=1):%Y-%m-%d}")
        if not parts:
            return ""
        return f"{' and '.join(parts)} {'is' if self.before + self.after == 1 else 'are'} off the axis."


def timeline_axis(frame: pd.DataFrame) -> TimelineAxis | None:
    """The span of the frame's busy period, for a timeline's axis; None when no report has a date.

    One early report must not squeeze every bar into a hairline: the axis spans the middle
    reports (all but the :data:`BUSY_PERCENT` per cent at each end, at least one), and those of
    the ends that lie no further from them than that span is long, or a month.
    The period follows the span: days, weeks past 120 days, months past three years.
    """
    dates = frame["date"].dropna().dt.normalize().sort_values().reset_index(drop=True)
    if dates.empty:
        return None
    n = len(dates)
    k = max(1, -(-n * BUSY_PERCENT // 100))  # rounded up
    low, high = (dates.iloc[k], dates.iloc[n - 1 - k]) if n > 2 * k else (dates.iloc[0], dates.iloc[-1])
    reach = max(high - low, _MIN_REACH)
    kept = dates[(dates >= low - reach) & (dates <= high + reach)]
    span = kept.iloc[-1] - kept.iloc[0]
    period = "month" if span > _MONTHLY_OVER else "week" if span > _WEEKLY_OVER else "day"
    bins = _period_start(kept.iloc[[0, -1]], period)
    start, end = bins.iloc[0], _period_end(bins.iloc[-1], period)
    return TimelineAxis(start, end, period, before=int((dates < start).sum()), after=int((dates >= end).sum()))


def _period_start(dates: pd.Series, period: str) -> pd.Series:
    days = dates.dt.normalize()
    if period == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if period == "month":
        return days - pd.to_timedelta(days.dt.day - 1, unit="D")
    return days


def _period_end(start: pd.Timestamp, period: str) -> pd.Timestamp:
    if period == "month":
        return start + pd.offsets.MonthBegin(1)
    return start + pd.Timedelta(days=7 if period == "week" else 1)


def brushed_dates(selection) -> tuple | None:
    """The days an interval selection on a timeline spans, (first, last) as ``datetime.date``;
    None for an empty selection. ``selection`` is the selection's value, ``{field: [start, end]}``,
    the ends in epoch milliseconds (UTC) or ISO 8601, as Streamlit reports an Altair brush."""
    if not isinstance(selection, dict):
        return None
    ends = next(iter(selection.values()), None)
    if not isinstance(ends, list | tuple) or len(ends) != 2:
        return None
    instants = []
    try:
        for end in ends:
            if isinstance(end, bool) or not isinstance(end, int | float | str):
                return None
            stamp = pd.Timestamp(end, unit="ms", tz="UTC") if isinstance(end, int | float) else pd.Timestamp(end)
            if pd.isna(stamp):
                return None
            instants.append(stamp.tz_convert("UTC") if stamp.tzinfo else stamp.tz_localize("UTC"))
    except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None  # not a time the brush can have sent: the filter stays as it is
    first, last = sorted(instants)
    if not (BRUSH_YEARS[0] <= first.year and last.year <= BRUSH_YEARS[1]):
        return None  # outside what the date filter can hold
    return first.date(), last.date()


BRUSH_YEARS = (1900, 2100)  # the date filter's own bounds (dashboard.widgets)


def select_period(state: dict, *, chart: str, dates: str, name: str = "period") -> None:
    """A timeline brush's callback: the days brushed on the chart whose selection is
    ``state[chart]`` become the date filter, ``state[dates]``. ``state`` is the session state; an
    empty selection (the brush cleared) leaves the filter as it is."""
    event = state.get(chart) or {}
    picked = brushed_dates((event.get("selection") or {}).get(name))
    if picked is not None:
        state[dates] = picked
