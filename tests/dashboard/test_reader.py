"""The article reader's highlighting takes work linear in its marks (the reliability review's L8).
Nothing is timed: every Python call the highlighting makes is counted, for n and 4n marks."""

from __future__ import annotations


from dashboard import reader
from tests.helpers import count_calls


def _article(n: int) -> tuple[str, list[tuple[int, int, str]]]:
    unit = "Fighting in Basra killed 12 people. "
    text = unit * n
    marks = []
    for i in range(n):
        at = i * len(unit)
        marks += [(at + 12, at + 17, "place"), (at + 25, at + 34, "casualty"), (at, at + 35, "evidence")]
    return text, marks


def test_highlighting_takes_work_linear_in_the_marks():
    small, large = (count_calls(lambda: reader.highlight(*_article(n))) for n in (100, 400))
    assert large <= 5 * small


def test_highlighting_marks_every_piece_as_before():
    text, marks = _article(2)
    html = reader.highlight(text, marks)
    assert html.count('title="place, reported event"') == 2
    assert html.count('title="casualty figure, reported event"') == 2
    assert html.count('title="reported event"') == 6
    # Marks out of the text are clamped; empty ones are ignored.
    assert reader.highlight("abc", [(-5, 2, "place"), (2, 2, "place"), (5, 9, "casualty")]) \
        == reader.highlight("abc", [(0, 2, "place")])
