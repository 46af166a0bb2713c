"""Headings: a line that names only a place and heads the events told under it.

A round-up of a day's violence often files each incident under a line of its own that names the town
("Balad", "Tal Afar, west of Mosul", "Al-Mahawil, 80km south of Baghdad") and then tells what
happened there without naming it again ("A mortar attack killed one person."). The heading is the
place of every sentence below it, up to the next heading, that names no place of its own.

A line is a heading when it holds only place names (with the commas and brackets between them),
is short, and ends on no sentence's stop. One such line alone may be a title ("Kherson"): an article
needs two headings for either to count.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from geodata.models import Mention

_MAX_LINE = 80  # characters of a heading's line
_MIN_HEADINGS = 2  # headings an article needs for any to count
_BETWEEN_RE = re.compile(r"[\s,;()/–—-]*")  # what may stand between a heading's names


def headings(text: str, mentions: list[Mention]) -> tuple[tuple[int, ...], tuple[Mention, ...]]:
    """The article's headings: where each line ends, and the place it names first (the most precise:
    "Tal Afar" of "Tal Afar, west of Mosul"), in text order; empty where fewer than two."""
    ends: list[int] = []
    places: list[Mention] = []
    by_start = sorted(mentions, key=lambda m: m.start_char)
    k = 0
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        while k < len(by_start) and by_start[k].start_char < start:
            k += 1
        if 0 < len(line) <= _MAX_LINE and line[-1] not in ".!?:\"”":
            inside = []
            j = k
            while j < len(by_start) and by_start[j].end_char <= end:
                inside.append(by_start[j])
                j += 1
            if inside and _only_names(text, start, end, inside):
                ends.append(end)
                places.append(inside[0])
        start = end + 1
    if len(ends) < _MIN_HEADINGS:
        return (), ()
    return tuple(ends), tuple(places)


def _only_names(text: str, start: int, end: int, inside: list[Mention]) -> bool:
    pos = start
    for m in inside:
        if m.start_char < pos or _BETWEEN_RE.fullmatch(text, pos, m.start_char) is None:
            return False
        pos = m.end_char
    return _BETWEEN_RE.fullmatch(text, pos, end) is not None


def heading_of(found: tuple[tuple[int, ...], tuple[Mention, ...]], at: int) -> Mention | None:
    """The heading a sentence starting at ``at`` stands under, if any."""
    ends, places = found
    k = bisect_right(ends, at)
    return places[k - 1] if k else None
