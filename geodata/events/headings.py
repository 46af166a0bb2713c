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
    starts: list[int] = []
    places: list[Mention] = []
    by_start = sorted(mentions, key=lambda m: m.start_char)
    k = 0  # the first mention at or after the line's start
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while k < len(by_start) and by_start[k].start_char < start:
            k += 1
        heading = _line_heading(text, start, end, by_start, k)
        if heading is not None:
            starts.append(start)
            places.append(heading)
        start = end + 1
    if len(starts) < _MIN_HEADINGS:
        return (), ()
    return tuple(starts), tuple(places)


def _line_heading(text: str, start: int, end: int, by_start: list[Mention], k: int) -> Mention | None:
    """The place heading the line ``text[start:end]`` (its mentions from ``by_start[k]`` on), if it is a heading."""
    line = text[start:end].strip()
    if 0 < len(line) <= _MAX_LINE and line[-1] not in ".!?\"”":
        inside = []
        j = k
        while j < len(by_start) and by_start[j].end_char <= end:
            inside.append(by_start[j])
            j += 1
        if inside and _only_names(text, start, end, inside):
            return inside[0]
    first = by_start[k] if k < len(by_start) else None
    opens = start + len(text[start:end]) - len(text[start:end].lstrip())  # where the line's words begin
    if start > 0 and first is not None and first.start_char == opens \
            and text[first.start_char:first.end_char].isupper() and _DASHED_RE.match(text, first.end_char, end):
        return first  # a factbox's item: "BAQUBA - Gunmen killed ..."
    return None


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
