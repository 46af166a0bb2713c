"""Events as a DataFrame, and the pure functions the dashboard computes over it.

Nothing here imports streamlit or folium: every function takes and returns plain
values or DataFrames, so the tests call them directly. Candidates to move into
``geodata`` once the events stage settles (see the dashboard's report).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields
from itertools import combinations
from urllib.parse import quote

import pandas as pd

from geodata.counting import WIDE_SCOPES, count_once
from geodata.models import Event, Extraction
from geodata.render.filters import MATCHED, PLACE_FIELDS, PRECISION, EventFilter
from geodata.render.basemap import country_names
from geodata.render.safe import safe_url
from geodata.render.symbols import describe_figures, describe_scope, format_range

EVENT_FIELDS = tuple(f.name for f in fields(Event))


@dataclass(frozen=True)
class Headline:
    """Headline numbers for a set of events.

    ``killed``/``wounded`` are (low, high) sums over local reports, ``high`` None
    when some figure has no upper bound. Operation-wide and national figures are
    not added to them: ``wide`` holds one row per distinct figure.
    """

    reports: int
    places: int
    articles: int
    killed: tuple[int, int | None]
    wounded: tuple[int, int | None]
    wide: list[dict] = field(default_factory=list)


def events_frame(extraction: Extraction, added: Collection[str] = frozenset()) -> pd.DataFrame:
    """One row per event, in the extraction's order: every Event field, the article's
    title, URL and date, ``date`` (a Timestamp, NaT when unknown), ``killed`` (the
    conservative figure), ``figures`` (:func:`describe_figures`) and ``added`` (whether
    its article is one of the ``added`` article ids)."""
    articles = {a.id: a for a in extraction.articles}
    rows = []
    for event in extraction.events:
        article = articles.get(event.article_id)
        row = event.to_dict()
        row["title"] = article.title if article else ""
        row["url"] = article.url if article else ""
        row["published"] = article.published if article else ""
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*EVENT_FIELDS, "title", "url", "published"])
    frame["date"] = pd.to_datetime(frame["event_date"].replace("", None), errors="coerce", format="ISO8601")
    for column in ("killed_low", "killed_high", "wounded_low", "wounded_high", "fatalities"):
        frame[column] = frame[column].astype("Int64")
    # The one rule of every view (geodata.counting): what the report adds to the local toll.
    frame["killed"] = own_killed(frame)
    for column in ("latitude", "longitude"):
        frame[column] = frame[column].astype(float)
    frame["figures"] = [describe_figures(e) for e in extraction.events]
    names = country_names()
    frame["country_name"] = [names.get(code, code) for code in frame["country"].tolist()]
    frame["added"] = frame["article_id"].isin(set(added)).astype(bool)
    return frame


def articles_frame(extraction: Extraction, added: Collection[str] = frozenset()) -> pd.DataFrame:
    """One row per article: id, title, outlet, published, url, its number of events, and
    whether it is one of the ``added`` ids."""
    counts: dict[str, int] = {}
    for event in extraction.events:
        counts[event.article_id] = counts.get(event.article_id, 0) + 1
    rows = [
        {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published, "url": a.url,
         "events": counts.get(a.id, 0), "added": a.id in added}
        for a in extraction.articles
    ]
    return pd.DataFrame(rows, columns=["id", "title", "outlet", "published", "url", "events", "added"])


def also_reported(frame: pd.DataFrame) -> list[list[list[str]]]:
    """For each row, the other articles that report its event (its ``event_group``): one
    [outlet, title, url] each, in the frame's order; [] for an event only its own article tells."""
    members: dict[str, list[tuple[str, list[str]]]] = {}
    rows = zip(frame["event_group"].fillna("").tolist(), frame["article_id"].tolist(), frame["source"].tolist(),
               frame["title"].tolist(), frame["url"].tolist())
    keys = []
    for group, article, outlet, title, url in rows:
        keys.append((group, article))
        if group:
            told = members.setdefault(group, [])
            if all(a != article for a, _ in told):
                told.append((article, [outlet or "", title or "", url or ""]))
    return [[entry for a, entry in members.get(group, []) if a != article] if group else []
            for group, article in keys]


def mask(frame: pd.DataFrame, filters: EventFilter, *, skip: str = "") -> pd.Series:
    """Rows of ``frame`` that pass ``filters``, as :meth:`EventFilter.select` keeps events
    (values matched exactly); ``skip`` names one filter to leave out (the facet counts
    of that filter's options are taken under all the others)."""
    keep = pd.Series(True, index=frame.index)
    for name, columns in MATCHED.items():
        values = getattr(filters, name)
        if values and name != skip:
            either = pd.Series(False, index=frame.index)
            for column in columns:  # an actor is either side
                either |= frame[column].isin(values)
            keep &= either
    if filters.precision and skip != "precision":
        # A row without a precision counts as exact, as the map draws it (symbols.approximate).
        level = pd.to_numeric(frame["geo_precision"], errors="coerce").fillna(0)
        keep &= level.where(level > 0, 1) <= filters.precision
    if skip != "date":
        if filters.start is not None:
            keep &= frame["date"] >= pd.Timestamp(filters.start)
        if filters.end is not None:
            keep &= frame["date"] < pd.Timestamp(filters.end) + pd.Timedelta(days=1)
    if filters.min_killed and skip != "min_killed":
        keep &= frame["killed"].fillna(-1) >= filters.min_killed
    if filters.place.strip() and skip != "place":
        needle = filters.place.strip().casefold()
        hay = frame[PLACE_FIELDS[0]]
        for name in PLACE_FIELDS[1:]:
            hay = hay + "\n" + frame[name]  # (faster than str.cat)
        keep &= hay.str.casefold().str.contains(needle, regex=False)
    return keep.fillna(False).astype(bool)


def hidden_additions(frame: pd.DataFrame, filters: EventFilter) -> tuple[int, int, list[str]]:
    """How many reports of the visitor's added articles ``filters`` hide, of how many, and which
    of the filters in use hide some of them (each tried alone)."""
    if "added" not in frame:
        return 0, 0, []
    added = frame[frame["added"].fillna(False).astype(bool)]
    hidden = added[~mask(added, filters)]
    alone = {
        "outlet": EventFilter(outlet=filters.outlet), "article": EventFilter(article=filters.article),
        "event type": EventFilter(event_type=filters.event_type),
        "date range": EventFilter(start=filters.start, end=filters.end),
        "minimum killed": EventFilter(min_killed=filters.min_killed), "place": EventFilter(place=filters.place),
        "sub-event type": EventFilter(sub_event_type=filters.sub_event_type),
        "actor": EventFilter(actor=filters.actor), "country": EventFilter(country=filters.country),
        "location precision": EventFilter(precision=filters.precision),
    }
    reasons = [name for name, one in alone.items() if one != EventFilter() and not mask(hidden, one).all()]
    return len(hidden), len(added), reasons


def apply_filters(frame: pd.DataFrame, filters: EventFilter) -> pd.DataFrame:
    return frame[mask(frame, filters)]


def facet_counts(frame: pd.DataFrame, filters: EventFilter, name: str) -> dict[str | int, int]:
    """For each value of one filter (a key of :data:`MATCHED`), how many events it would
    show under the other filters; for ``precision``, how many each level keeps (0 every event).
    An event counts once for each of its actors."""
    kept = frame[mask(frame, filters, skip=name)]
    if name == "precision":
        level = pd.to_numeric(kept["geo_precision"], errors="coerce").fillna(0)
        level = level.where(level > 0, 1)
        return {value: int((level <= value).sum()) if value else len(kept) for value in PRECISION}
    columns = MATCHED[name]
    if len(columns) == 1:
        return kept[columns[0]].value_counts().to_dict()
    pairs = pd.DataFrame({"row": [i for _ in columns for i in range(len(kept))],
                          "value": [v for c in columns for v in kept[c].tolist()]}).drop_duplicates()
    return pairs["value"].value_counts().to_dict()


def counting(frame: pd.DataFrame, kind: str = "killed") -> pd.Series:
    """The rows that count towards the local toll of ``kind``: local, and not counted in another
    report. The links are the killed's: a linked report's wounded count when the report that
    counts its killings gives no wounded ("14 killed and 37 wounded", then "nine died in Avdiivka
    and five in Bakhmut")."""
    local = frame["scope"].fillna("").isin(("local", ""))
    linked = frame["counted_in"].fillna("")
    if kind == "killed":
        return local & (linked == "")
    has_figure = frame["wounded_low"].notna() | frame["wounded_high"].notna()
    return local & ((linked == "") | ~linked.isin(set(frame.loc[has_figure, "event_id"])))


def own_killed(frame: pd.DataFrame) -> pd.Series:
    """What each row adds to the local toll (:func:`geodata.counting.adds`, for a table): its
    ``fatalities`` where it counts and gives a killed figure, else a gap."""
    told = frame["killed_low"].notna() | frame["killed_high"].notna() | (frame["fatalities"].fillna(0) > 0)
    return frame["fatalities"].where(counting(frame) & told)


def counted_killed(frame: pd.DataFrame) -> pd.Series:
    """The killings each row adds when the rows are summed (:func:`geodata.counting.count_once`):
    an event reported in several articles counts once, on one of its rows."""
    return _once(frame, own_killed(frame))


def _once(frame: pd.DataFrame, values: pd.Series) -> pd.Series:
    """``values`` (a gap adds nothing) counted once per event of ``frame``'s rows (:func:`count_once`)."""
    plain = values.astype(object).where(values.notna(), None).tolist()
    return pd.Series(count_once(plain, frame["event_group"].fillna("").tolist(), frame["event_id"].tolist()),
                     index=frame.index, dtype="int64")


def casualty_range(frame: pd.DataFrame, kind: str) -> tuple[int, int | None]:
    """Total (low, high) of ``kind`` ("killed" or "wounded") over the rows that count
    (:func:`counting`).

    Reports of one event in several articles share ``event_group`` and count once. The low
    total of the killed is the sum of :func:`counted_killed`, the one rule of every view; of the
    wounded, each event's lowest low bound. The high total is each event's highest figure; a
    figure with a low but no high ("at least 130") leaves it open-ended: high is None.
    """
    frame = frame[counting(frame, kind)]
    low, high = frame[f"{kind}_low"], frame[f"{kind}_high"]
    known = low.notna() | high.notna()
    if not known.any():
        return 0, 0
    group = frame["event_group"].fillna("")
    figures = pd.DataFrame({
        "key": group.where(group != "", frame["event_id"])[known],
        # "up to 60" bounds the toll from above only: its low end is 0, as ACLED's
        # conservative count has it.
        "low": low[known].fillna(0).astype("int64"),
        "high": high[known].astype("Float64"),
        "open": high[known].isna(),
    }).groupby("key", sort=False)
    total_low = int(counted_killed(frame).sum()) if kind == "killed" else int(figures["low"].min().sum())
    if figures["open"].any().any():
        return total_low, None
    return total_low, int(figures["high"].max().sum())


def headline(frame: pd.DataFrame) -> Headline:
    """Headline numbers: reports, places, articles, and casualty ranges counted once."""
    return Headline(
        reports=len(frame),
        places=frame["place_id"].nunique(),
        articles=frame["article_id"].nunique(),
        killed=casualty_range(frame, "killed"),
        wounded=casualty_range(frame, "wounded"),
        wide=wide_figures(frame),
    )


def wide_figures(frame: pd.DataFrame) -> list[dict]:
    """Operation-wide and national figures, each distinct one once, with who reported it."""
    wide = frame[frame["scope"].isin(WIDE_SCOPES)]
    out: dict[tuple, dict] = {}
    columns = (wide[c].tolist() for c in ("scope", "location", "figures", "source"))  # lists iterate fastest
    for scope, location, figures, source in zip(*columns):
        if not figures:
            continue
        key = (scope, location, figures)
        entry = out.setdefault(key, {"scope": scope, "location": location, "figures": figures,
                                     "outlets": [], "reports": 0})
        entry["reports"] += 1
        if source not in entry["outlets"]:
            entry["outlets"].append(source)
    return list(out.values())


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
    wounded = _counted_wounded(ordered)
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


def _counted_wounded(frame: pd.DataFrame) -> pd.Series:
    """The wounded each row adds, as :func:`counted_killed` counts the killed: the rows that count,
    their low bound ("up to 60" adds 0), each event once."""
    low = frame["wounded_low"].where(frame["wounded_low"].notna() | frame["wounded_high"].isna(), 0)
    return _once(frame, low.where(counting(frame, "wounded")))


COMPARED = ("date", "place", "event type")  # the columns before the outlets'
AGREE, SENTENCES, LINK = "agree?", "sentences", "link: "
NO_OUTLET = "(no outlet)"


def compare_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """What each outlet reported of each event, side by side.

    One row per event group (a report without a group is a group of its own), sorted by date
    then place: ``date`` (the group's earliest known to the day, else its earliest; "" when
    unknown), ``place`` ("location, admin1"), ``event type``; then one column per outlet of the
    frame, in name order, with its figures in words (:func:`describe_figures`; "no figure"), its
    date where it differs from the group's, and "(operation-wide)" and the like for a figure that
    is no local toll; ``agree?``, where the outlets differ: killed figures of the reports that
    count (:func:`counting`) whose ranges do not overlap, dates known to the day, event types
    ("killed differ: 40 vs 130+"), "" when they agree or one outlet told it; ``sentences``, each
    outlet's sentences word for word; and for each outlet with a web address, ``link: <outlet>``,
    the article opened at its sentence (a text fragment).
    """
    if frame.empty:
        return pd.DataFrame()
    names = ("event_group", "event_id", "source", "event_date", "time_precision", "location", "admin1",
             "event_type", "figures", "scope", "killed_low", "killed_high", "sentence", "url")
    groups: dict[str, list[dict]] = {}
    # A plain loop: pandas' groupby with Python aggregates is many times slower here.
    for values in zip(*(frame[n].tolist() for n in names), counting(frame).tolist()):
        report = dict(zip(names, values))
        report["counts"] = values[-1]
        report["source"] = report["source"] or NO_OUTLET
        # A date known only to the week or month (often the article's) is no claim to set against another.
        report["day"] = report["event_date"] if report["time_precision"] == 1 else ""
        groups.setdefault(report["event_group"] or report["event_id"], []).append(report)
    outlets = sorted({r["source"] for reports in groups.values() for r in reports})
    column = {o: f"{o} (outlet)" if o in (*COMPARED, AGREE, SENTENCES) else o for o in outlets}
    linked = sorted({r["source"] for reports in groups.values() for r in reports if safe_url(r["url"])})
    rows = [_compare_row(reports, outlets, linked, column) for reports in groups.values()]
    rows.sort(key=lambda row: (row["date"] == "", row["date"], row["place"]))  # stable: ties as reported
    return pd.DataFrame(rows, columns=[*COMPARED, *column.values(), AGREE, SENTENCES, *(LINK + o for o in linked)])


def _compare_row(reports: list[dict], outlets: list[str], linked: list[str], column: dict[str, str]) -> dict:
    """One event group's row of :func:`compare_sources`."""
    date = min((r["day"] for r in reports if r["day"]), default="") or min(
        (r["event_date"] for r in reports if r["event_date"]), default="")
    places = (", ".join(dict.fromkeys(p for p in (r["location"], r["admin1"]) if p)) for r in reports)
    row = {"date": date, "place": " / ".join(dict.fromkeys(places)),
           "event type": " / ".join(dict.fromkeys(r["event_type"] for r in reports))}
    told: dict[str, list[dict]] = {}
    for report in sorted(reports, key=lambda r: r["source"]):  # outlets in column order
        told.setdefault(report["source"], []).append(report)
    sentences = []
    for outlet in outlets:
        mine = told.get(outlet, [])
        row[column[outlet]] = "; ".join(dict.fromkeys(_compare_cell(r, date) for r in mine))
        sentences += [f"{outlet}: “{s}”" for s in dict.fromkeys(r["sentence"] for r in mine if r["sentence"])]
    row[AGREE] = "; ".join(_disagreements(told)) if len(told) > 1 else ""
    row[SENTENCES] = "\n".join(sentences)
    for outlet in linked:
        row[LINK + outlet] = next((_sentence_link(r["url"], r["sentence"]) for r in told.get(outlet, [])
                                   if safe_url(r["url"])), "")
    return row


def _compare_cell(report: dict, date: str) -> str:
    text = report["figures"] or "no figure"
    scope = describe_scope(report["scope"] or "")
    if scope and report["figures"]:
        text += f" ({scope})"
    if report["event_date"] and report["event_date"] != date:
        text += f" ({'dated' if report['day'] else 'around'} {report['event_date']})"
    return text


def _disagreements(told: dict[str, list[dict]]) -> list[str]:
    """Where the outlets of one event group differ, each a short text; [] when they agree."""
    out = []
    ranges = [r for r in (_killed_range(mine) for mine in told.values()) if r is not None]
    if not all(_overlap(a, b) for a, b in combinations(ranges, 2)):
        shown = dict.fromkeys(format_range(low, high, open_high=True) for low, high in ranges)
        out.append("killed differ: " + " vs ".join(shown))
    for label, name in (("dates", "day"), ("event types", "event_type")):
        values = [dict.fromkeys(r[name] for r in mine if r[name]) for mine in told.values()]
        distinct = list(dict.fromkeys(v for mine in values for v in mine))
        if len(distinct) > 1:
            out.append(f"{label} differ: " + " vs ".join(distinct))
    return out


def _killed_range(reports: list[dict]) -> tuple[int, int | None] | None:
    """The killed an outlet's reports of one event allow, as (low, high), high None when some figure
    leaves it open ("at least 130"); None when no report that counts gives a figure. "up to 60"
    bounds it from above only: its low end is 0, as :func:`casualty_range` reads it."""
    lows, highs = [], []
    for r in reports:
        low, high = r["killed_low"], r["killed_high"]
        if not r["counts"] or (pd.isna(low) and pd.isna(high)):
            continue
        lows.append(0 if pd.isna(low) else int(low))
        highs.append(None if pd.isna(high) else int(high))
    if not lows:
        return None
    return min(lows), None if None in highs else max(highs)


def _overlap(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    """Whether two killed ranges (high None: open) share a number: both figures may be right."""
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


def _sentence_link(url: str, sentence: str) -> str:
    """``url`` opened at ``sentence`` (a text fragment: browsers scroll to it and highlight it), by
    its first and last words when it is long."""
    url = safe_url(url)
    if not url or not sentence:
        return url
    words = sentence.split()
    parts = [" ".join(words)] if len(words) <= 8 else [" ".join(words[:4]), " ".join(words[-4:])]
    # The directive's own characters ("-", ",", "&") are escaped inside its terms.
    text = ",".join(quote(p, safe="").replace("-", "%2D") for p in parts)
    return f"{url}{':~:' if '#' in url else '#:~:'}text={text}"
