"""Compare sources: one row per event group, each outlet a column, disagreements marked; on the
hand-made fixture (tests/helpers.py: three articles from three outlets) and in the app."""

import csv
import io
import json
from dataclasses import replace

import pytest

from dashboard import compare as comparing, frames
from geodata.io.export import to_json
from geodata.render.filters import EventFilter
from tests.helpers import SENTENCES, hostile_extraction, make_extraction, open_tab, record_downloads, run_app

OUTLETS = ["News Line", "Socialist Worker", "World Socialist Web Site"]
COMPARED = ["date", "place", "event type", *OUTLETS, "agree?"]


def compare(**changes):
    """The comparison of the fixture, each event named in ``changes`` (by id) with those fields."""
    base = make_extraction()
    events = tuple(replace(e, **changes.get(e.event_id, {})) for e in base.events)
    return comparing.compare_sources(frames.events_frame(replace(base, events=events)))


def row(table, place, date):
    [found] = table[(table["place"] == place) & (table["date"] == date)].to_dict("records")
    return found


def test_one_row_per_event_group_sorted_by_date_then_place_each_outlet_a_column():
    table = compare()
    assert list(table.columns) == [*COMPARED, "sentences", "link: News Line"]
    # Eight reports: e7 and e8 are one event (g1), told by two outlets; every other report is its own row.
    assert table[COMPARED].values.tolist() == [
        ["2008-03-25", "Basra", "Battles", "40 killed", "", "", ""],
        ["2008-03-26", "Sadr City, Baghdad", "Battles", "at least 10 killed, 30 wounded", "", "", ""],
        # The group's date is its earliest known one; World Socialist Web Site gives none.
        ["2008-03-27", "Hilla, Babil", "Explosions/Remote violence", "2–4 killed", "", "3 killed", ""],
        ["2008-03-27", "Kut, Wasit", "Protests", "", "no figure", "", ""],
        ["2008-03-28", "Basra", "Violence against civilians", "", "5–8 killed", "", ""],
        ["2008-03-28", "Basra", "Battles", "", "at least 130 killed, 350 wounded (operation-wide)", "", ""],
        ["2008-03-31", "Basra", "Battles", "", "", "at least 130 killed, 350 wounded (operation-wide)", ""],
    ]


def test_only_the_outlets_under_the_filters_are_columns():
    frame = frames.events_frame(make_extraction())
    table = comparing.compare_sources(frames.apply_filters(frame, EventFilter(outlet=("World Socialist Web Site",))))
    assert list(table.columns) == ["date", "place", "event type", "World Socialist Web Site", "agree?", "sentences"]
    # Undated groups last.
    assert table["date"].tolist() == ["2008-03-31", ""]
    assert comparing.compare_sources(frame.iloc[:0]).empty


# The third Basra report (e6, World Socialist Web Site) made a local report of the same event as e1
# (News Line, 40 killed), with the changes of each case.
SAME_AS_E1 = {"event_group": "g2", "scope": "local", "event_date": "2008-03-25"}


@pytest.mark.parametrize("e6, news_line, wsws, agree", [
    # "at least 130" cannot be 40.
    ({}, "40 killed", "at least 130 killed, 350 wounded", "killed differ: 40 vs 130+"),
    ({"killed_low": 30, "killed_high": 45, "count_qualifier": "vague"}, "40 killed",
     "30–45 killed (vague figure), 350 wounded", ""),
    ({"killed_low": None, "killed_high": 60, "count_qualifier": "up to"}, "40 killed",
     "up to 60 killed, 350 wounded", ""),
    ({"killed_low": None, "killed_high": 30, "count_qualifier": "up to"}, "40 killed",
     "up to 30 killed, 350 wounded", "killed differ: 40 vs 0–30"),
    # The group's date is the earliest: the other outlet's is given in its cell. Outlets in column order.
    ({"killed_low": 40, "killed_high": 40, "count_qualifier": "exact", "event_date": "2008-03-24"},
     "40 killed (dated 2008-03-25)", "40 killed, 350 wounded", "dates differ: 2008-03-25 vs 2008-03-24"),
    ({"killed_low": 40, "killed_high": 40, "count_qualifier": "exact", "event_type": "Violence against civilians"},
     "40 killed",
     "40 killed, 350 wounded", "event types differ: Battles vs Violence against civilians"),
    # A date known only to the week is no claim against one known to the day.
    ({"killed_low": 40, "killed_high": 40, "count_qualifier": "exact", "event_date": "2008-03-24",
      "time_precision": 2}, "40 killed", "40 killed, 350 wounded (around 2008-03-24)", ""),
    # A figure that is no local toll is not compared with one.
    ({"scope": "operation"}, "40 killed", "at least 130 killed, 350 wounded (operation-wide)", ""),
])
def test_outlets_that_cannot_both_be_right_are_marked(e6, news_line, wsws, agree):
    table = compare(e1={"event_group": "g2"}, e6={**SAME_AS_E1, **e6})
    [found] = table[table["News Line"].str.startswith("40 killed")].to_dict("records")
    assert (found["News Line"], found["World Socialist Web Site"], found["agree?"]) == (news_line, wsws, agree)
    assert len(table) == 6  # e1 and e6 are one row


def test_three_outlets_that_differ_are_each_named_once():
    table = compare(e1={"event_group": "g2"}, e4={"event_group": "g2", "event_type": "Battles"},
                    e6={**SAME_AS_E1, "killed_low": 40, "killed_high": 40, "count_qualifier": "exact"})
    found = row(table, "Basra", "2008-03-25")
    assert [found[o] for o in OUTLETS] == ["40 killed", "5–8 killed (dated 2008-03-28)", "40 killed, 350 wounded"]
    assert found["agree?"] == "killed differ: 40 vs 5–8; dates differ: 2008-03-25 vs 2008-03-28"


def test_agreeing_outlets_and_a_single_outlet_are_not_marked():
    table = compare()
    hilla = row(table, "Hilla, Babil", "2008-03-27")  # 2–4 and 3 killed; one of the two undated
    assert hilla["agree?"] == ""
    assert (table["agree?"] == "").all()
    # Two reports of one outlet that differ: nothing to compare them with.
    alone = compare(e1={"event_group": "g2"}, e2={"event_group": "g2", "location": "Basra", "admin1": "Basra"})
    basra = row(alone, "Basra", "2008-03-25")
    assert basra["agree?"] == ""
    assert basra["News Line"] == "40 killed; at least 10 killed, 30 wounded (dated 2008-03-26)"


def test_each_outlet_shows_its_sentence_and_a_link_to_it():
    hilla = row(compare(), "Hilla, Babil", "2008-03-27")
    assert hilla["sentences"] == (f"News Line: “{SENTENCES['a1'][2]}”\n"
                                  f"World Socialist Web Site: “{SENTENCES['a3'][1]}”")
    # Only News Line's article has a web address: opened at the sentence's first and last words
    # (a text fragment; its "-" and "," escaped).
    assert hilla["link: News Line"] == "https://example.org/a1#:~:text=A%20bomb%20in%20Hilla,two%20and%20four%20people."
    short = compare(e1={"sentence": "Clashes in Basra-Hilla, 40 killed."})
    assert row(short, "Basra", "2008-03-25")["link: News Line"] == (
        "https://example.org/a1#:~:text=Clashes%20in%20Basra%2DHilla%2C%2040%20killed.")
    assert row(short, "Kut, Wasit", "2008-03-27")["link: News Line"] == ""


def test_a_link_is_only_ever_a_web_address():
    extraction = hostile_extraction("t", "News Line", location_text="x", event_types={})  # a2: javascript:
    table = comparing.compare_sources(frames.events_frame(extraction))
    links = [c for c in table.columns if c.startswith("link: ")]
    assert links == ["link: News Line"]  # not Socialist Worker's javascript:alert(5)
    assert all(v == "" or v.startswith("https://example.org/") for v in table["link: News Line"])


def test_the_app_compares_every_outlet_and_downloads_the_table(monkeypatch, tmp_path):
    extraction = hostile_extraction("t", "=HYPERLINK(1)", location_text="x", event_types={})
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(to_json(extraction)), encoding="utf-8")
    downloads = record_downloads(monkeypatch)
    app = open_tab(run_app(monkeypatch, path), "Compare sources")
    outlets = ["=HYPERLINK(1)", "Socialist Worker", "World Socialist Web Site"]
    [table] = [d for d in app.tabs[2].dataframe]
    assert list(table.value.columns)[3:6] == outlets
    # Fixed widths: columns sized to their text pushed the third outlet out of sight.
    config = json.loads(table.proto.columns)
    assert [config[o]["width"] for o in outlets] == ["medium"] * 3
    assert table.proto.row_height > 64  # Streamlit wraps a cell's text above 4rem
    # The download holds the same table, a spreadsheet's formulas neutralised.
    data = downloads["Download comparison"]
    rows = list(csv.reader(io.StringIO(data() if callable(data) else data)))
    assert rows[0][3:6] == ["'=HYPERLINK(1)", "Socialist Worker", "World Socialist Web Site"]
    assert len(rows) == 1 + len(table.value)
    assert rows[1][:4] == ["2008-03-25", "Basra", "Battles", "40 killed"]
    assert rows[1][7].startswith("'=HYPERLINK(1): “Clashes in Basra killed 40 fighters on Tuesday.")
