"""One article's text as escaped HTML, its place mentions and casualty phrases marked,
and the sentences behind its events underlined."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dashboard.escape import esc

_NUMBER = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
           r"forty|fifty|a hundred|hundreds|dozens|scores|several|many|a dozen)")
# "at least 130 people were killed", "350 wounded", "dozens of civilians died".
CASUALTY = re.compile(
    rf"\b(?:(?:at least|more than|over|about|around|nearly|almost|some|up to)\s+)?{_NUMBER}"
    r"(?:\s+[\w-]+){0,4}?\s+(?:killed|dead|died|wounded|injured|hurt|casualties|deaths|lives)\b",
    re.IGNORECASE,
)
STYLES = {
    "place": "background:#ffe08a;border-radius:2px",
    "casualty": "background:#f6b3b3;border-radius:2px",
    "evidence": "text-decoration:underline;text-decoration-color:#9b2226;text-underline-offset:3px",
}


def casualty_spans(text: str, within: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of casualty phrases in ``text``, only inside ``within`` spans if given."""
    if within is None:
        return [m.span() for m in CASUALTY.finditer(text)]
    return [(start + m.start(), start + m.end())
            for start, end in within for m in CASUALTY.finditer(text[start:end])]


def highlight(text: str, marks: Iterable[tuple[int, int, str]]) -> str:
    """``text`` as HTML with each (start, end, kind) span styled; overlapping kinds combine."""
    marks = [(max(0, s), min(len(text), e), kind) for s, e, kind in marks if e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        kinds = [kind for kind in STYLES if any(s <= start and end <= e and k == kind for s, e, k in marks)]
        piece = esc(text[start:end])
        if kinds:
            titles = {"place": "place", "casualty": "casualty figure", "evidence": "reported event"}
            out.append(f'<span style="{";".join(STYLES[k] for k in kinds)}" '
                       f'title="{", ".join(titles[k] for k in kinds)}">{piece}</span>')
        else:
            out.append(piece)
    return ('<div style="white-space:pre-wrap;font-family:Georgia,serif;font-size:15px;line-height:1.55;'
            'max-height:560px;overflow-y:auto;padding:8px 12px;border:1px solid #ddd;border-radius:4px">'
            + "".join(out) + "</div>")
