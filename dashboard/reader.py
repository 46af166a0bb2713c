"""One article's text as escaped HTML, its place mentions and casualty figures marked,
and the sentences behind its events underlined."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.escape import esc

STYLES = {
    "place": "background:#ffe08a;border-radius:2px",
    "casualty": "background:#f6b3b3;border-radius:2px",
    "evidence": "text-decoration:underline;text-decoration-color:#9b2226;text-underline-offset:3px",
}


def figure_spans(text: str, sentences: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the casualty figures the extraction reads in ``text``'s ``sentences``
    (the spans of its events' sentences), in text order: the words that give the number,
    "at least 130 people"."""
    # Imported here: only the reader, built when its tab is open, needs the figure rules.
    from geodata import find_figures

    spans = {(f.start, f.end) for start, end in set(sentences) for f in find_figures(text, int(start), int(end))}
    return sorted(spans)


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
    titles = {"place": "place", "casualty": "casualty figure", "evidence": "reported event"}
    out = []
    for start, end in zip(cuts, cuts[1:]):
        for kind in closing.get(start, ()):
            open_count[kind] -= 1
        for kind in opening.get(start, ()):
            open_count[kind] += 1
        kinds = [kind for kind in STYLES if open_count[kind]]
        piece = esc(text[start:end])
        if kinds:
            out.append(f'<span style="{";".join(STYLES[k] for k in kinds)}" '
                       f'title="{", ".join(titles[k] for k in kinds)}">{piece}</span>')
        else:
            out.append(piece)
    return ('<div style="white-space:pre-wrap;font-family:Georgia,serif;font-size:15px;line-height:1.55;'
            'max-height:560px;overflow-y:auto;padding:8px 12px;border:1px solid #ddd;border-radius:4px">'
            + "".join(out) + "</div>")
