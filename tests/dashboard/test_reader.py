"""The article reader: its highlighting takes work linear in its marks (the reliability review's L8;
nothing is timed: every Python call the highlighting makes is counted, for n and 4n marks); it marks
the figures that produced the article's reports, whole, and no other; place names that are not where
anything happened (metonymy, modifiers) apart from places; and article text stays escaped."""

from __future__ import annotations

import re
from dataclasses import replace

import geodata
from dashboard import frames, reader
from geodata.models import Extraction
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


# -- what is marked: the figures behind the reports, places by their role -----------------------

def _extract(text: str):
    article = geodata.Article.from_text(text)
    mentions, events = geodata.extract_records([article])
    return article, mentions, events


def _marked(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def _titled(html: str, title: str) -> list[str]:
    """The pieces of ``html`` whose title is ``title``, as written in the HTML."""
    return re.findall(rf'<span style="[^"]*" title="{re.escape(title)}">([^<]*)</span>', html)


def test_a_spelled_out_figure_is_marked_whole():
    text = "Twenty-one people were wounded in Basra."
    _, _, events = _extract(text)
    assert [(e.wounded_low, e.wounded_high) for e in events] == [(21, 21)]
    assert _marked(text, reader.casualty_spans(text, events)) == ["Twenty-one people"]


def test_a_figure_read_from_a_tail_of_its_number_is_widened_to_the_whole_number():
    # "Twenty‐one" (U+2010) is read whole, 21, and marked whole. (A store written before that was
    # read "one people", 1; re-extracting it marks the whole figure again.)
    text = "Twenty\u2010one people were wounded in Basra."
    _, _, events = _extract(text)
    assert [(e.wounded_low, e.wounded_high) for e in events] == [(21, 21)]
    assert _marked(text, reader.casualty_spans(text, events)) == ["Twenty\u2010one people"]


def test_every_figure_that_produced_a_report_is_marked():
    text = ("Fighting had left 44 people dead in Kut, 30 in Sadr City and eight in Babel. "
            "A bomb in Hilla killed six soldiers and three civilians. "
            "Clashes broke out in Mosul. Dozens were killed. "
            "A blast in Basra killed at least 130 people and wounded another 350.")
    _, _, events = _extract(text)
    assert [(e.killed_low, e.killed_high, e.wounded_low) for e in events] == [
        (44, 44, None), (30, 30, None), (8, 8, None), (9, 9, None), (None, None, None), (130, None, 350)]
    assert _marked(text, reader.casualty_spans(text, events)) == [
        "44 people", "30", "eight", "six soldiers", "three civilians", "Dozens", "at least 130 people",
        "another 350"]
    # Rows of the dashboard's events frame (pandas' NA for no bound) give the same marks.
    article = geodata.Article.from_text(text)
    frame = frames.events_frame(Extraction((article,), (), tuple(events), ()))
    assert reader.casualty_spans(text, frame.itertuples(index=False)) == reader.casualty_spans(text, events)


def test_a_figure_that_produced_no_report_is_not_marked():
    # Reports as a store may hold them, read by an earlier extraction: the killed only, or
    # the first figure only. The reader marks what the report counts, not what a re-scan finds.
    text = "A bomb in Basra killed 12 people and wounded 30. Fighting in Kut killed 7 people, after 40 died there."
    _, _, events = _extract(text)
    assert [(e.killed_low, e.wounded_low) for e in events] == [(12, 30), (47, None)]
    stored = [replace(events[0], wounded_low=None, wounded_high=None, wounded_qualifier=""),
              replace(events[1], killed_low=7, killed_high=7)]
    assert _marked(text, reader.casualty_spans(text, stored)) == ["12 people", "7 people"]
    # A sentence with a figure but no report behind it: nothing marked.
    assert reader.casualty_spans(text, []) == []
    # No count at all: a report of fighting alone marks no figure in its sentence.
    assert reader.casualty_spans(text, [replace(events[0], killed_low=None, killed_high=None, wounded_low=None,
                                                wounded_high=None, count_qualifier="", wounded_qualifier="")]) == []


def test_a_metonymic_place_is_styled_apart_from_locations():
    text = "Baghdad said 40 people were killed in Basra. US forces were sent to Kut."
    article, mentions, events = _extract(text)
    assert [(m.surface, m.role) for m in mentions] == [
        ("Baghdad", "metonymy"), ("Basra", "location"), ("US", "modifier"), ("Kut", "location")]
    html = reader.highlight(text, reader.mention_marks(mentions))
    assert _titled(html, "place") == ["Basra", "Kut"]
    assert _titled(html, reader.TITLES["metonymy"]) == ["Baghdad"]
    assert _titled(html, reader.TITLES["modifier"]) == ["US"]
    assert reader.TITLES["metonymy"].startswith("not where it happened")
    [baghdad] = re.findall(r'<span style="([^"]*)" title="[^"]*">Baghdad</span>', html)
    assert "dotted" in baghdad and reader.STYLES["place"] not in baghdad
    # With the figures and the sentences as the app draws them: still never a place.
    marks = reader.mention_marks(mentions) + [(s, e, "casualty") for s, e in reader.casualty_spans(text, events)]
    marks += [(e.start_char, e.end_char, "evidence") for e in events]
    html = reader.highlight(text, marks)
    assert _titled(html, f"{reader.TITLES['metonymy']}, reported event") == ["Baghdad"]
    assert _titled(html, "casualty figure, reported event") == ["40 people"]
    # A role the reader does not know is not a place either.
    assert reader.mention_marks([replace(mentions[1], role="origin")]) == [(38, 43, "other role")]


def test_the_legend_names_every_style():
    caption = reader.legend()
    assert set(reader.LEGEND) == set(reader.STYLES) == set(reader.TITLES)
    for kind, style in reader.STYLES.items():
        assert reader.LEGEND[kind] in caption
        # Kinds drawn alike are told alike, once.
        assert all(reader.LEGEND[other] == reader.LEGEND[kind] for other in reader.STYLES
                   if reader.STYLES[other] == style)
    assert caption.count("dotted grey") == 1
    assert caption.startswith("yellow: where it happened")


def test_hostile_article_text_stays_escaped():
    text = ("<script>alert(1)</script> Twenty-one people were wounded in Basra. "
            "Baghdad said <img src=x onerror=alert(2)>.")
    _, mentions, events = _extract(text)
    marks = reader.mention_marks(mentions) + [(s, e, "casualty") for s, e in reader.casualty_spans(text, events)]
    marks += [(e.start_char, e.end_char, "evidence") for e in events]
    html = reader.highlight(text, marks)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "Twenty-one people</span>" in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == text
