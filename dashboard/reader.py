"""One article's text as escaped HTML, its place mentions and casualty figures marked,
and the sentences behind its events underlined."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from dashboard.escape import esc

# A place name that is not where anything happened: dotted, so it still reads as a name but
# never as yellow; a border, so it shows inside an underlined sentence too.
_NOT_HERE = "border-bottom:2px dotted #8a8a8a"
STYLES = {
    "place": "background:#ffe08a;border-radius:2px",
    "metonymy": _NOT_HERE,
    "modifier": _NOT_HERE,
    "other role": _NOT_HERE,
    "casualty": "background:#f6b3b3;border-radius:2px",
    "evidence": "text-decoration:underline;text-decoration-color:#9b2226;text-underline-offset:3px",
}
# Shown on hover; our own words (escaped all the same).
TITLES = {
    "place": "place",
    "metonymy": "not where it happened: metonymy (the name stands for a government)",
    "modifier": "not where it happened: modifier (the name qualifies a noun)",
    "other role": "not where it happened",
    "casualty": "casualty figure",
    "evidence": "reported event",
}
# The caption under the text: kinds drawn alike share their words.
_NOT_HERE_WORDS = 'dotted grey: a place name that is not where it happened ("Baghdad said", "US forces"; hover for why)'
LEGEND = {
    "place": "yellow: where it happened",
    "metonymy": _NOT_HERE_WORDS,
    "modifier": _NOT_HERE_WORDS,
    "other role": _NOT_HERE_WORDS,
    "casualty": "red: the casualty figures behind reports",
    "evidence": "underlined: sentences behind reports",
}
# A mention's role (geodata.models.ROLES) -> the kind of mark it gets.
ROLE_KINDS = {"location": "place", "metonymy": "metonymy", "modifier": "modifier"}


def legend() -> str:
    """The caption that names every style :func:`highlight` draws, each once."""
    return " · ".join(dict.fromkeys(LEGEND[kind] for kind in STYLES))


def mention_marks(mentions: Iterable[Any]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each place mention: "place" where something happened (role
    ``location``), its role ("metonymy", "modifier", else "other role") when the name is there
    for another reason ("Baghdad said", "US forces")."""
    return [(m.start_char, m.end_char, ROLE_KINDS.get(m.role, "other role")) for m in mentions]


def casualty_spans(text: str, events: Iterable[Any]) -> list[tuple[int, int]]:
    """(start, end) of the figures that produced ``events``' counts, in text order.

    ``events`` are the article's reports: :class:`geodata.models.Event` records, rows of the
    events frame (``itertuples()``) or mappings with their fields. In each report's sentence
    (``start_char``..``end_char``) the figures are read again, and those kept whose kind and
    bounds are the report's killed or wounded ones: one figure, or a run of figures that add up
    to it ("killed six soldiers and three civilians": 9). A figure that produced no report is
    not marked. A span starts at its whole number ("Twenty‐one", whichever hyphen joins it).
    """
    from geodata import find_figures

    found: dict[tuple[int, int], tuple] = {}
    spans: set[tuple[int, int]] = set()
    for event in events:
        start, end = _number(_field(event, "start_char")), _number(_field(event, "end_char"))
        if start is None or end is None or not 0 <= start < end:
            continue
        if (start, end) not in found:
            found[start, end] = find_figures(text, start, end)
        place = _field(event, "location_text")
        for kind, low, high in _counts(event):
            figures = [f for f in found[start, end] if f.kind == kind]
            chosen = [f for f in figures if (f.low, f.high) == (low, high)]
            if len(chosen) > 1:  # "12 killed in Kut and 12 in Basra": the one that names the report's place
                chosen = [f for f in chosen if place and f.place_text == place] or chosen
            if not chosen and low is not None:
                chosen = _adding_up(figures, low, high)
            spans.update((_number_start(text, f.start, start), f.end) for f in chosen)
    return sorted(spans)


def _field(event: Any, name: str) -> Any:
    return event.get(name) if isinstance(event, Mapping) else getattr(event, name, None)


def _number(value: Any) -> int | None:
    """``value`` as an int; None for a missing one (None, NaN, pandas' NA)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _counts(event: Any) -> list[tuple[str, int | None, int | None]]:
    """(kind, low, high) of each count the report gives."""
    killed = (_number(_field(event, "killed_low")), _number(_field(event, "killed_high")))
    wounded = (_number(_field(event, "wounded_low")), _number(_field(event, "wounded_high")))
    qualifier = _field(event, "count_qualifier")
    wounded_qualifier = _field(event, "wounded_qualifier")
    # A vague count ("dozens") has no bounds: its qualifier tells it from no count at all.
    # count_qualifier is the killed count's, or the wounded one's when nothing was killed.
    vague = qualifier == "vague" and killed == (None, None)
    out = []
    if killed != (None, None) or vague:
        out.append(("killed", *killed))
    if wounded != (None, None) or wounded_qualifier == "vague" or (vague and not wounded_qualifier):
        out.append(("wounded", *wounded))
    return out


def _adding_up(figures: list, low: int, high: int | None) -> list:
    """The figures of the first run of two or more neighbours whose bounds add up to
    ``low``..``high`` (as the extraction adds a place's figures), or none. One pass: a run
    i..j adds up to ``low`` when the sums of lows before them differ by ``low``."""
    before: dict[int, int] = {}  # sum of the lows before figure i -> i, in the current stretch
    lows = highs = unbounded = 0  # sums over figures[:j]; unbounded counts highs that are None
    sums = []  # (highs, unbounded) before each figure
    for j, fig in enumerate(figures):
        sums.append((highs, unbounded))
        if fig.low is None:  # a run adds up only figures with a lower bound
            before.clear()
            continue
        before[lows] = j
        lows += fig.low
        highs += fig.high or 0
        unbounded += fig.high is None
        i = before.get(lows - low)
        if i is not None and i < j:
            run_high = None if unbounded - sums[i][1] else highs - sums[i][0]
            if run_high == high:
                return figures[i:j + 1]
    return []


@cache
def _tens() -> re.Pattern[str]:
    # The tens of geodata's number words: "Twenty" of "Twenty‐one", when the extraction reads
    # only "one" (a hyphen it does not know).
    words = [row["word"] for row in _words() if row["value"].isdigit() and 20 <= int(row["value"]) <= 90]
    return re.compile(rf"\b(?:{'|'.join(words)})\s*[-‐‑–—]\s*$", re.IGNORECASE)


def _words() -> list[dict[str, str]]:
    from geodata import datafiles

    return datafiles.rows("figure_words.csv")


def _number_start(text: str, start: int, floor: int) -> int:
    """``start`` moved back to the start of the whole number it is part of, not before ``floor``."""
    before = _tens().search(text, max(floor, start - 20), start)
    return before.start() if before else start


def highlight(text: str, marks: Iterable[tuple[int, int, str]]) -> str:
    """``text`` as HTML with each (start, end, kind) span styled; overlapping kinds combine."""
    marks = [(max(0, s), min(len(text), e), kind) for s, e, kind in marks if e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
    # One sweep over the cuts: the marks that open and close at each, and how many of each
    # kind are open, so the work grows with the marks, not with marks times pieces.
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for s, e, kind in marks:
        if s < e and kind in STYLES:
            opening.setdefault(s, []).append(kind)
            closing.setdefault(e, []).append(kind)
    open_count = dict.fromkeys(STYLES, 0)
    out = []
    for start, end in zip(cuts, cuts[1:]):
        for kind in closing.get(start, ()):
            open_count[kind] -= 1
        for kind in opening.get(start, ()):
            open_count[kind] += 1
        kinds = [kind for kind in STYLES if open_count[kind]]
        piece = esc(text[start:end])
        if kinds:
            style = ";".join(dict.fromkeys(STYLES[k] for k in kinds))
            out.append(f'<span style="{style}" title="{esc(", ".join(TITLES[k] for k in kinds))}">{piece}</span>')
        else:
            out.append(piece)
    return ('<div style="white-space:pre-wrap;font-family:Georgia,serif;font-size:15px;line-height:1.55;'
            'max-height:560px;overflow-y:auto;padding:8px 12px;border:1px solid #ddd;border-radius:4px">'
            + "".join(out) + "</div>")
