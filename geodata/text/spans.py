"""Settling overlapping spans: the one rule every stage uses.

    >>> keep_apart(candidates, rank=lambda c: (c.start - c.end, c.start))

Candidates are taken best first (by ``rank``); each is kept unless it overlaps one
kept before. This is spaCy's ``filter_spans`` with the order made an argument:
places rank the longest first, figures a number tied to its own cue first, dates the
longest first. What is kept is marked character by character, so each check costs the
length of its span and a sentence of ten thousand candidates settles in linear time
after the sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def _own_span(item: Any) -> tuple[int, int]:
    return item.start, item.end


def keep_apart(items: Iterable[T], *, rank: Callable[[T], Any],
               span: Callable[[T], tuple[int, int]] = _own_span) -> list[T]:
    """The items that overlap no better-ranked kept item, in text order (by start).

    ``span`` gives an item's ``(start, end)``, a non-empty stretch of text; by default its
    ``start`` and ``end``.
    """
    spanned = [(span(item), item) for item in items]
    if _apart_in_order(spanned):
        return [item for _, item in spanned]  # the usual case: nothing to settle
    ranked = sorted(spanned, key=lambda pair: rank(pair[1]))
    base = min(start for (start, _), _ in ranked)
    # One byte per character of the stretch the items cover, set where a kept span lies:
    # checking and marking cost the length of the span, whatever was kept before.
    taken = bytearray(max(end for (_, end), _ in ranked) - base)
    kept: list[tuple[int, T]] = []
    for (start, end), item in ranked:
        if taken.find(1, start - base, end - base) != -1:
            continue
        taken[start - base:end - base] = b"\x01" * (end - start)
        kept.append((start, item))
    kept.sort(key=lambda pair: pair[0])
    return [item for _, item in kept]


def _apart_in_order(spanned: list[tuple[tuple[int, int], Any]]) -> bool:
    """Whether the spans come in text order with no two overlapping (then all are kept)."""
    end = None
    for (start, stop), _ in spanned:
        if end is not None and start < end:
            return False
        end = stop
    return True
