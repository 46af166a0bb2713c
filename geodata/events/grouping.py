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

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from geodata.counting import adds
from geodata.models import Event, Report

STRATEGIC = "Strategic developments"


def group_id(event_ids: Iterable[str]) -> str:
    """The id of the group of these events: stable for the same members."""
    return "g-" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class GroupKey:
    """What grouping reads of one report: a few short fields, so a million of them fit in
    memory or in a small table (:class:`DiskGrouper`). ``seq`` is the report's position in
    the run; ``bucket`` the place and kind it may share an event with, None when undated;
    ``first`` and ``last`` the days it may cover, as ordinals."""

    seq: int
    event_id: str
    article_id: str
    bucket: str | None
    first: int
    last: int
    day: bool
    adds: int | None  # what it adds to the local toll (geodata.counting.adds)

    @classmethod
    def of(cls, seq: int, report: Report) -> GroupKey:
        event = report.event
        if report.first is None:
            return cls(seq, event.event_id, event.article_id, None, 0, 0, False, adds(event))
        bucket = "\x1f".join((event.place_id, *_kind(event)))
        return cls(seq, event.event_id, event.article_id, bucket, report.first.toordinal(),
                   report.last.toordinal(), event.time_precision == 1, adds(event))


def group_reports(reports: Iterable[Report]) -> tuple[Event, ...]:
    """The events of ``reports``, in their order, each with its ``event_group`` set."""
    reports = list(reports)
    groups = group_keys(GroupKey.of(i, r) for i, r in enumerate(reports))
    return tuple(r.grouped(groups[i][0]) for i, r in enumerate(reports))


def group_keys(keys: Iterable[GroupKey]) -> list[tuple[str, int | None]]:
    """For each key, in ``seq`` order (0, 1, 2...): its group's id, and the killings its report
    adds when every report is summed, each event's once (:func:`geodata.counting.count_once`):
    None when it adds nothing."""
    keys = list(keys)
    buckets: dict[str, list[GroupKey]] = defaultdict(list)
    for key in keys:
        if key.bucket is not None:
            buckets[key.bucket].append(key)
    out: list[tuple[str, int | None]] = [("", None)] * len(keys)
    for members in buckets.values():
        members.sort(key=lambda k: (k.first, k.seq))
        for seq, value in bucket_groups(members):
            out[seq] = value
    for key in keys:
        if key.bucket is None:
            out[key.seq] = (group_id((key.event_id,)), key.adds)
    return out


def bucket_groups(members: list[GroupKey]) -> Iterator[tuple[int, tuple[str, int | None]]]:
    """The groups of one bucket's keys (sorted by first day, then seq): for each member,
    its seq, its group's id and what it adds counted once (the lowest figure of the group
    on the first report in run order that gives it; the group's other reports add 0)."""
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    _sweep(members, root, parent)
    groups: dict[int, list[GroupKey]] = defaultdict(list)
    for i, key in enumerate(members):
        groups[root(i)].append(key)
    for group in groups.values():
        ident = group_id(k.event_id for k in group)
        figures = [(k.adds, k.seq) for k in group if k.adds is not None]
        carrier = min(figures)[1] if figures else -1
        for k in group:
            yield k.seq, (ident, None if k.adds is None else (k.adds if k.seq == carrier else 0))


def _kind(event: Event) -> tuple[str, str]:
    # Two outlets may call one strike "shelling" and "an air raid", but an amnesty
    # and a looting are different strategic developments.
    if event.event_type == STRATEGIC:
        return event.event_type, event.sub_event_type
    return event.event_type, ""


def _sweep(members: list[GroupKey], root, parent: list[int]) -> None:
    """Join the overlapping reports of one place and type, taken in order of their first day.

    A report overlaps an earlier one when it starts before that one ends (plus slack), so
    only the groups still open matter. Each open group is summed up by how far it reaches:
    for the article reaching furthest and the furthest other article, the last day plus
    slack, once for a report dated to the day (always a day's slack) and once for one
    that is not (slack only where the member is dated to the day). Dense news (a thousand
    reports of one week's fighting in Baghdad) stays linear: they are soon one open group.
    """
    open_groups: list[list] = []  # [index of the group's root, horizon, plain ends, slack ends]
    for i, key in enumerate(members):
        article, first, day = key.article_id, key.first, key.day
        plain = [(key.last + (1 if day else 0), article)]
        slack = [(key.last + 1, article)]
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


def _top2(ends: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The furthest end, and the furthest of another article."""
    ends.sort(reverse=True)
    best = ends[:1]
    best += [e for e in ends[1:] if e[1] != best[0][1]][:1]
    return best
