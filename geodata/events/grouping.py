"""Reports of one event in different articles: a shared ``event_group``.

Two reports are of one event when they come from different articles, name
the same place (``place_id``), have the same ``event_type`` (and, for strategic
developments, the same ``sub_event_type``: an amnesty is no looting) and their
days intersect, with one day's slack when either is dated to the day. Groups
are the connected sets of such pairs. Every report is kept; a report alone has
a group of its own. A group's id is ``"g-"`` and a hash of its smallest event
id, so it is stable across runs and does not depend on the order of articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable

from geodata.models import Event, Report

STRATEGIC = "Strategic developments"
_DAY = dt.timedelta(days=1)
_ZERO = dt.timedelta(0)


def group_id(event_ids: Iterable[str]) -> str:
    """The id of the group of these events: stable for the same members."""
    return "g-" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:10]


def group_reports(reports: Iterable[Report]) -> tuple[Event, ...]:
    """The events of ``reports``, in their order, each with its ``event_group`` set."""
    reports = list(reports)
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.first is not None:
            buckets[(r.event.place_id, *_kind(r.event))].append(i)
    for members in buckets.values():
        _sweep(reports, sorted(members, key=lambda i: reports[i].first), root, parent)

    groups: dict[int, list[str]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[root(i)].append(r.event.event_id)
    ids = {key: group_id(members) for key, members in groups.items()}
    return tuple(r.grouped(ids[root(i)]) for i, r in enumerate(reports))


def _kind(event: Event) -> tuple[str, str]:
    # Two outlets may call one strike "shelling" and "an air raid", but an amnesty
    # and a looting are different strategic developments.
    if event.event_type == STRATEGIC:
        return event.event_type, event.sub_event_type
    return event.event_type, ""


def _sweep(reports: list[Report], ordered: list[int], root, parent: list[int]) -> None:
    """Join the overlapping reports of one place and type, taken in order of their first day.

    A report overlaps an earlier one when it starts before that one ends (plus slack), so
    only the groups still open matter. Each open group is summed up by how far it reaches:
    for the article reaching furthest and the furthest other article, the last day plus
    slack, once for a report dated to the day (always a day's slack) and once for one
    that is not (slack only where the member is dated to the day). Dense news (a thousand
    reports of one week's fighting in Baghdad) stays linear: they are soon one open group.
    """
    open_groups: list[list] = []  # [index of the group's root, horizon, plain ends, slack ends]
    for i in ordered:
        r = reports[i]
        article, first = r.event.article_id, r.first
        day = r.event.time_precision == 1
        plain = [(r.last + (_DAY if day else _ZERO), article)]
        slack = [(r.last + _DAY, article)]
        kept = 0
        for group in open_groups:
            if group[1] < first:
                continue  # ends before this report starts: no later one can reach it either
            ends = group[3] if day else group[2]
            last, other = ends[0]
            if (other != article and last >= first) or (
                    len(ends) > 1 and ends[1][1] != article and ends[1][0] >= first):
                parent[root(group[0])] = i
                plain, slack = _top2(plain + group[2]), _top2(slack + group[3])
            else:
                open_groups[kept] = group
                kept += 1
        del open_groups[kept:]
        open_groups.append([i, slack[0][0], plain, slack])


def _top2(ends: list[tuple[dt.date, str]]) -> list[tuple[dt.date, str]]:
    """The furthest end, and the furthest of another article."""
    ends.sort(reverse=True)
    best = ends[:1]
    best += [e for e in ends[1:] if e[1] != best[0][1]][:1]
    return best
