"""Headings: a line that names only a place and heads the events told under it.

A round-up of a day's violence often files each incident under a line of its own that names the town
("Balad", "Tal Afar, west of Mosul", "Al-Mahawil, 80km south of Baghdad") and then tells what
happened there without naming it again ("A mortar attack killed one person."). The heading is the
place of every sentence below it, up to the next heading, that names no place of its own.

A line is a heading when it holds only place names (with the commas and brackets between them),
is short, and ends on no sentence's stop (a colon may close it: "Baidoa:"). One such line alone may be
a title ("Kherson"): an article needs two headings for either to count.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from geodata.models import Mention

_MAX_LINE = 80  # characters of a heading's line
_MIN_HEADINGS = 2  # headings an article needs for any to count
_DASHED_RE = re.compile(r"\s+[-–—]{1,2}\s")  # "BAQUBA - ": a factbox item's town, then its words
_BETWEEN_RE = re.compile(r"[\s,;:()/–—-]*")  # what may stand between a heading's names (and a colon after them)


def headings(text: str, mentions: list[Mention]) -> tuple[tuple[int, ...], tuple[Mention, ...]]:
    """The article's headings: where each line starts, and the place it names first (the most precise:
    "Tal Afar" of "Tal Afar, west of Mosul"), in text order; empty where fewer than two. A line that opens on a
    town's name in capitals and a dash after the article's first line ("BAQUBA - Gunmen killed two policemen")
    heads its own paragraph, as a factbox files its items."""
    ends: list[int] = []  # (where each heading's line starts)
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
        if 0 < len(line) <= _MAX_LINE and line[-1] not in ".!?\"”":
            inside = []
            j = k
            while j < len(by_start) and by_start[j].end_char <= end:
                inside.append(by_start[j])
                j += 1
            if inside and _only_names(text, start, end, inside):
                ends.append(start)
                places.append(inside[0])
        if start > 0 and k < len(by_start) and by_start[k].start_char == start + len(text[start:end]) - len(
                text[start:end].lstrip()) and _DASHED_RE.match(text, by_start[k].end_char, end) \
                and text[by_start[k].start_char:by_start[k].end_char].isupper():
            ends.append(start)
            places.append(by_start[k])
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
    """The heading a sentence starting at ``at`` stands under (its line at or before the sentence's start),
    if any."""
    starts, places = found
    k = bisect_right(starts, at)
    return places[k - 1] if k else None
