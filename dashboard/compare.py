"""Compare sources: what each outlet reported of each event (its group), side by side, with
where they disagree."""

from __future__ import annotations

from itertools import combinations
from urllib.parse import quote

import pandas as pd

from dashboard.frames import counting
from geodata.render.safe import safe_url
from geodata.render.symbols import describe_scope, format_range


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
