"""Settling overlapping spans: the one rule every stage uses.

    >>> keep_apart(candidates, rank=lambda c: (c.start - c.end, c.start))

Candidates are taken best first (by ``rank``); each is kept unless it overlaps one
kept before. This is spaCy's ``filter_spans`` with the order made an argument:
places rank the longest first, figures a number tied to its own cue first, dates the
longest first. Kept spans are held sorted, so each check is a binary search and a
sentence of ten thousand candidates settles in n log n.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def _own_span(item: Any) -> tuple[int, int]:
    return item.start, item.end


def keep_apart(items: Iterable[T], *, rank: Callable[[T], Any],
               span: Callable[[T], tuple[int, int]] = _own_span) -> list[T]:
    """The items that overlap no better-ranked kept item, in text order (by start).

    ``span`` gives an item's ``(start, end)``; by default its ``start`` and ``end``.
    """
    starts: list[int] = []  # kept spans, sorted; they never overlap each other
    ends: list[int] = []
    kept: list[tuple[int, T]] = []
    for item in sorted(items, key=rank):
        start, end = span(item)
        n = bisect_left(starts, start)
        if (n < len(starts) and starts[n] < end) or (n > 0 and ends[n - 1] > start):
            continue
        starts.insert(n, start)
        ends.insert(n, end)
        kept.append((start, item))
    kept.sort(key=lambda pair: pair[0])
    return [item for _, item in kept]
