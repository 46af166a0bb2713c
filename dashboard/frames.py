"""Events as a DataFrame, and the pure functions the dashboard computes over it.

Nothing here imports streamlit or folium: every function takes and returns plain
values or DataFrames, so the tests call them directly. Candidates to move into
``geodata`` once the events stage settles (see the dashboard's report).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields

import pandas as pd

from geodata.counting import WIDE_SCOPES, count_once
from geodata.models import Event, Extraction
from geodata.render.filters import MATCHED, PLACE_FIELDS, PRECISION, EventFilter
from geodata.render.basemap import country_names
from geodata.render.symbols import also_reported as symbols_also_reported
from geodata.render.symbols import describe_figures

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
    entries = ([outlet or "", title or "", url or ""] for outlet, title, url in
               zip(frame["source"].tolist(), frame["title"].tolist(), frame["url"].tolist()))
    return symbols_also_reported(zip(frame["event_group"].fillna("").tolist(), frame["article_id"].tolist(), entries))


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
    """The rows the filters keep: ``frame`` itself when they keep every row (no copy of a large corpus)."""
    kept = mask(frame, filters)
    return frame if kept.all() else frame[kept]


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


def counted_wounded(frame: pd.DataFrame) -> pd.Series:
    """The wounded each row adds, as :func:`counted_killed` counts the killed: the rows that count,
    their low bound ("up to 60" adds 0), each event once."""
    low = frame["wounded_low"].where(frame["wounded_low"].notna() | frame["wounded_high"].isna(), 0)
    return _once(frame, low.where(counting(frame, "wounded")))
