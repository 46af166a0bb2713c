"""How killings are counted (geodata.counting): the rule, and every view giving the same total."""

import csv
import io
import json
from types import SimpleNamespace

import pytest

from geodata.counting import WIDE_SCOPES, adds, count_once, counted
from geodata.io.export import to_csv, to_geojson
from geodata.models import Article, Extraction, Span
from geodata.pipeline import extract_records


@pytest.mark.parametrize("scope, counted_in, fatalities, low, high, expected", [
    ("local", "", 9, 9, None, 9),
    ("local", "", 0, None, 60, 0),  # "up to 60": a figure that counts 0
    ("local", "", 12, None, None, 12),  # "dozens"
    ("local", "", 0, None, None, None),  # no killed figure: nothing, never a 0 that lowers an event's count
    ("local", "", None, None, None, None),
    ("", "", 4, 4, 4, 4),  # a record without a scope is local
    ("local", "ev-1", 9, 9, 9, None),  # its killings are counted in another report
    ("operation", "", 500, 500, None, None),  # stored before the rule: the scope still says no local toll
    ("national", "", 60, 60, None, None),
    ("cumulative", "", 2000, 2000, None, None),
    ("local", "", float("nan"), float("nan"), float("nan"), None),  # a table's gaps
])
def test_what_a_report_adds(scope, counted_in, fatalities, low, high, expected):
    report = SimpleNamespace(scope=scope, counted_in=counted_in, fatalities=fatalities, killed_low=low,
                             killed_high=high)
    assert adds(report) == expected
    assert set(WIDE_SCOPES) == {"operation", "national", "cumulative"}


def test_each_event_counts_once_its_lowest_figure_on_one_report():
    fatalities = [9, 11, 5, None, 0, 7]
    groups = ["g1", "g1", "", "g2", "g2", ""]
    ids = ["a", "b", "c", "d", "e", "f"]
    # g1 counts 9 on its report with 9; g2's only figure is 0; c and f are alone.
    assert count_once(fatalities, groups, ids) == [9, 0, 5, 0, 0, 7]
    # On a tie, the first report in the given order carries it.
    assert count_once([4, 4], ["g", "g"], ["x", "y"]) == [4, 0]
    assert count_once([], [], []) == []


ARTICLES = [
    ("a1", "Wire A", "At least nine people were killed in a missile strike in eastern Ukraine on Tuesday.\n\n"
                     "The missile hit an apartment block in Kramatorsk, killing nine people and wounding 20."),
    ("a2", "Wire B", "A missile strike on Kramatorsk on Tuesday killed 11 people, officials said. The war has "
                     "killed more than 10,000 civilians since 2022, the UN says."),
    ("a3", "Wire A", "Shelling killed three people in Kherson on Sunday. Later a drone strike on Kherson killed "
                     "two more, bringing the toll to five."),
    ("a4", "Wire C", "Shelling killed up to 60 people in Izium on Monday."),
    # Another outlet's report of the Kherson shelling, with no toll: it must not lower the event's count.
    ("a5", "Wire C", "Russian shelling hit Kherson on Sunday, officials said."),
]
# Kramatorsk: 9 (told twice in a1, and by a2 as 11: one event, its lowest figure); Kherson: 5 (a
# running total); Izium: "up to 60" counts 0; the war's 10,000 is no local toll.
TOTAL = 9 + 5


@pytest.fixture(scope="module")
def corpus() -> Extraction:
    articles = [Article(id=i, file=f"{i}.txt", title="", outlet=outlet, text=text, body=(Span(0, len(text)),),
                        published="2024-05-09", date_precision="day") for i, outlet, text in ARTICLES]
    mentions, found = extract_records(articles)
    return Extraction(tuple(articles), mentions, found, ())


def test_the_corpus_has_each_shape(corpus):
    events = corpus.events
    assert any(e.counted_in for e in events)  # a toll told twice in one article
    assert any(e.scope == "cumulative" for e in events)
    assert any(e.killed_high == 60 and e.fatalities == 0 for e in events)  # "up to 60"
    kramatorsk = [e for e in events if e.location_text == "Kramatorsk"]
    assert len({e.article_id for e in kramatorsk}) == 2 and len({e.event_group for e in kramatorsk}) == 1
    kherson = {e.event_group for e in events if e.article_id == "a5"}
    assert any(e.event_group in kherson and e.killed_low for e in events if e.article_id == "a3")


def test_every_view_gives_the_same_total(corpus):
    from dashboard import frames, mapview, timeline
    from geodata.render.filters import EventFilter

    frame = frames.events_frame(corpus)
    assert frames.headline(frame).killed[0] == TOTAL
    assert int(timeline.timeline(frame)["killed"].sum()) == TOTAL
    rows = list(csv.DictReader(io.StringIO(to_csv(corpus))))
    assert sum(int(r["fatalities"] or 0) for r in rows) == TOTAL
    assert sum(f["properties"]["fatalities"] or 0 for f in to_geojson(corpus)["features"]) == TOTAL
    # The heat map's weights: one point per place, 1 + sqrt(killed) for each of its local reports,
    # each killing once; no heat from a wider figure.
    html = mapview.build_map(frame).get_root().render()
    weights = json.loads(html.split("L.heatLayer(", 1)[1].split(", {radius", 1)[0])
    local = frame[~frame["scope"].isin(WIDE_SCOPES)]
    once = frames.counted_killed(local)
    assert int(once.sum()) == TOTAL
    expected: dict = {}
    for lat, lon, killed in zip(local["latitude"].round(4), local["longitude"].round(4), once):
        expected[(lat, lon)] = expected.get((lat, lon), 0) + 1 + killed ** 0.5
    assert {(lat, lon): w for lat, lon, w in weights} == {k: round(v, 2) for k, v in expected.items()}
    # The minimum-killed filter keeps exactly the reports that add to the toll, in the app and the library.
    shown = frames.apply_filters(frame, EventFilter(min_killed=1))
    assert sorted(shown["event_id"]) == sorted(e.event_id for e in EventFilter(min_killed=1).select(corpus.events))
    assert frames.headline(shown).killed[0] == TOTAL
    # Filtered to one outlet, its reports count on their own.
    wire_b = frames.apply_filters(frame, EventFilter(outlet=("Wire B",)))
    assert frames.headline(wire_b).killed[0] == 11


def test_the_map_draws_a_wider_figure_small_and_apart(corpus):
    from geodata.render import symbols
    from geodata.render.htmlmap import map_data

    # One symbol per place and event type: its size the killed of its reports counted once; a
    # dotted ring of the smallest size when every one is a wider figure.
    by_id = {e.event_id: e for e in corpus.events}
    for record in map_data(corpus, corpus.events)["events"]:
        reports = [by_id[r["id"]] for r in record.get("reports", [record])]
        assert record.get("count", 1) == len(reports)  # (this corpus: no symbol holds more than it shows)
        style = record["style"]
        assert style["radius"] == round(symbols.radius(sum(count_once(
            [symbols.killed(e) for e in reports], [e.event_group for e in reports],
            [e.event_id for e in reports]))), 1)
        if all(e.scope in WIDE_SCOPES for e in reports):
            assert style["radius"] == symbols.MIN_RADIUS and style["fill"] is False


def test_export_counts_each_event_once_and_keeps_the_rest_as_they_are(corpus):
    once = counted(corpus.events)
    assert [e.event_id for e in once] == [e.event_id for e in corpus.events]
    for before, after in zip(corpus.events, once):
        assert (before.killed_low, before.killed_high, before.sentence) == (after.killed_low, after.killed_high,
                                                                           after.sentence)
        if before.scope in WIDE_SCOPES or before.counted_in:
            assert after.fatalities is None
        elif adds(before) is None:  # a local report with no killed figure: 0, as ACLED writes it
            assert after.fatalities == 0


def test_a_linked_reports_wounded_count_when_the_parts_give_none():
    from dashboard import frames

    text = ("At least 14 people were killed and 37 wounded in shelling of Avdiivka and Bakhmut on Monday.\n\n"
            "Nine died in Avdiivka and five in Bakhmut, the governor said.")
    article = Article(id="t", file="t.txt", title="", outlet="Wire", text=text, body=(Span(0, len(text)),),
                      published="2024-05-09", date_precision="day")
    mentions, found = extract_records([article])
    numbers = frames.headline(frames.events_frame(Extraction((article,), mentions, found, ())))
    assert (numbers.killed[0], numbers.wounded[0]) == (14, 37)
    assert [e.killed_low for e in found if e.counted_in] == [14]  # the total, counted in its parts
