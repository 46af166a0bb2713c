"""One symbol per place and event type (geodata.render.aggregate), on both maps: the dashboard's
(dashboard.mapview) and the page of ``geodata export-map`` (geodata.render.htmlmap)."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard import frames, mapview
from geodata.counting import count_once
from geodata.io.export import from_json
from geodata.pipeline import extract
from geodata.render.aggregate import STACK_SHOWN, Symbol, aggregate, headline, tally
from geodata.render.htmlmap import map_data, render_map
from tests.helpers import make_extraction, map_layers, symbols

ROOT = Path(__file__).resolve().parents[2]
DATA_BLOCK = re.compile(r'<script type="application/json" id="cm-data">(.*?)</script>', re.S)


def table(rows: list[tuple]) -> dict:
    """The keyword arguments of :func:`aggregate` from rows of (id, lat, lon, type, killed, group,
    precision, wide, added)."""
    ids, lats, lons, types, killed, groups, precisions, wide, added = zip(*rows)
    return {"ids": ids, "latitudes": lats, "longitudes": lons, "types": types, "killed": killed,
            "groups": groups, "precisions": precisions, "wide": wide, "added": added}


def test_reports_of_one_type_at_one_point_make_one_symbol():
    rows = [
        ("a", 30.508521, 47.78040, "Battles", 9, "g1", 1, False, False),
        ("b", 30.508519, 47.780401, "Battles", 11, "g1", 2, False, True),  # the same point to 5 decimals
        ("c", 30.50852, 47.7804, "Battles", None, "", 3, True, False),
        ("d", 30.50852, 47.7804, "Protests", None, "", 2, False, False),  # another type: its own symbol
        ("e", 30.6, 47.7804, "Battles", 4, "", 1, False, False),  # another point
        ("f", 30.50852, 47.7804, "Battles", 30, "", 1, False, False),
    ]
    assert aggregate(**table(rows)) == [
        # a and b are one event (g1): its lowest figure once; f adds 30; c has no figure that counts.
        Symbol(shown=(5, 1, 0, 2), count=4, killed=39, figures=(9, 30), figured=3, precision=1, wide=False,
               added=True),
        Symbol(shown=(3,), count=1, killed=0, figures=None, figured=0, precision=2, wide=False, added=False),
        Symbol(shown=(4,), count=1, killed=4, figures=(4, 4), figured=1, precision=1, wide=False, added=False),
    ]
    # Approximate only when every report is, wide only when every report is.
    only_wide = [("w1", 1.0, 2.0, "Battles", None, "", 3, True, False), ("w2", 1.0, 2.0, "Battles", None, "", 2,
                                                                         True, False)]
    [wide] = aggregate(**table(only_wide))
    assert (wide.precision, wide.wide, wide.figures, wide.radius) == (2, True, None, 5.0)


def test_the_reports_asked_for_come_first_then_the_largest_tolls_and_at_most_stack_shown():
    rows = [(f"r{n:02}", 1.0, 2.0, "Battles", n if n % 3 else None, "", 1, False, False) for n in range(25)]
    [symbol] = aggregate(**table(rows), first=("r07", "r03"))
    assert symbol.count == 25 and len(symbol.shown) == STACK_SHOWN
    assert [rows[i][0] for i in symbol.shown] == ["r07", "r03", "r23", "r22", "r20", "r19", "r17", "r16", "r14",
                                                  "r13"]
    # Each killing once: the sum of count_once over the symbol's reports.
    killed = [r[4] for r in rows]
    assert symbol.killed == sum(count_once(killed, [""] * 25, [r[0] for r in rows])) == sum(k or 0 for k in killed)
    assert headline(symbol, event_type="Battles", location="Basra") == \
        f"25 reports of Battles at Basra · {symbol.killed:,} killed counted once (figures 1–23)"
    assert tally(symbol) == f"25 reports · {symbol.killed} killed"


@pytest.fixture(scope="module")
def seeds():
    return extract([ROOT / "seeds"])


def test_the_seeds_basra_reports_of_one_type_are_one_symbol_on_both_maps(seeds):
    frame = frames.events_frame(seeds)
    basra = frame[frame["location"] == "Basrah"]
    by_type = basra["event_type"].value_counts().to_dict()
    assert sum(by_type.values()) == 11 and len(by_type) == 3  # eleven reports at one point, of three types
    exported = {r["type"]: r for r in map_data(seeds, seeds.events)["events"] if r["location"] == "Basrah"}
    html = mapview.build_map(frame).get_root().render()
    drawn = {layer["type"]: row for layer in map_layers(html) for row in layer["rows"] if row["n"] == "Basrah"}
    assert set(exported) == set(drawn) == set(by_type)
    for name, count in by_type.items():
        reports = basra[basra["event_type"] == name]
        killed = int(frames.counted_killed(reports).sum())
        # Its count, its toll counted once; the same words on both maps.
        assert exported[name]["count"] == drawn[name]["c"] == count
        assert exported[name]["style"]["count"] == count
        assert exported[name]["head"] == drawn[name]["e"]
        assert exported[name]["head"].startswith(f"{count} reports of {name} at Basrah · ")
        assert exported[name]["tooltip"] == f"Basrah · {name} · {count} reports" + (
            f" · {killed} killed" if reports["killed"].notna().any() else "")
        assert sorted(r["id"] for r in exported[name]["reports"]) == sorted(m["id"] for m in drawn[name]["m"]) \
            == sorted(reports["event_id"])
        assert drawn[name]["r"] == exported[name]["style"]["radius"] == round(mapview.radius(killed), 1)
    battles = exported["Battles"]
    assert battles["head"] == "4 reports of Battles at Basrah · 130 killed (one report gives a figure)"
    assert battles["reports"][0]["figures"] == "at least 130 killed, 350 wounded"  # the largest toll first
    # A report alone keeps its record, exactly: the record of its own, as a map of it alone draws it.
    alone = next(e for e in seeds.events if e.location == "Al Diwaniyah")
    [record] = [r for r in map_data(seeds, seeds.events)["events"] if r["id"] == alone.event_id]
    assert record == map_data(seeds, [alone])["events"][0] and "count" not in record
    [row] = [r for r in symbols(html) if r["id"] == alone.event_id]
    assert row == json.loads(mapview.feature_strings(frame)[int(frame.index[frame["event_id"] == alone.event_id][0])])


@pytest.fixture(scope="module")
def many():
    from benchmarks.bench_dashboard import make_extraction as synthetic

    return from_json(synthetic(100_000, articles=500))


def test_a_hundred_thousand_reports_send_one_symbol_per_place_and_type_and_a_few_reports_each(many):
    # 300 places and 6 types in the synthetic data: at most 1,800 symbols, whatever the reports.
    places = {(round(e.latitude, 5), round(e.longitude, 5)) for e in many.events}
    types = {e.event_type for e in many.events}
    assert (len(places), len(types)) == (300, 6)
    page = render_map(many)
    data = json.loads(DATA_BLOCK.search(page.html).group(1))
    assert len(data["events"]) <= len(places) * len(types)
    assert sum(r.get("count", 1) for r in data["events"]) == 100_000
    assert max(len(r.get("reports", [r])) for r in data["events"]) == STACK_SHOWN
    assert len(page.html.encode("utf-8")) < 10_000_000  # it was 71 MB with a record per report
    frame = frames.events_frame(many)
    script = mapview.build_map(frame, features=mapview.feature_strings(frame)).get_root().render()
    rows = symbols(script)
    assert len(rows) == len(data["events"]) and sum(r.get("c", 1) for r in rows) == 100_000
    assert max(len(r.get("m", [r])) for r in rows) == STACK_SHOWN
    assert len(script.encode("utf-8")) < 8_000_000  # it was 36 MB
    assert {r["e"] for r in rows if "e" in r} == {r["head"] for r in data["events"] if "head" in r}


HOSTILE = "<script>window.__pwned=1</script></script> {{ 7*7 }} {% if 1 %}x{% endif %} `${alert(1)}` <!--"


def test_hostile_text_in_a_symbol_of_several_reports_stays_data_on_both_maps():
    base = make_extraction()
    # Basra's Battles (e1, e5, e6): a symbol of three, with article text in its place and its reports.
    events = tuple(replace(e, sentence=e.sentence + HOSTILE, location=HOSTILE, event_type=HOSTILE)
                   if e.event_id in ("e1", "e5", "e6") else e for e in base.events)
    hostile = replace(base, events=events)
    page = render_map(hostile).html
    outside = DATA_BLOCK.sub("", page)
    assert "__pwned" not in outside and "{{ 7*7 }}" not in outside and " 49 " not in page
    block = DATA_BLOCK.search(page).group(1)
    assert not set("<>&") & set(block)
    [group] = [r for r in json.loads(block)["events"] if r.get("count") == 3]
    assert group["head"].startswith(f"3 reports of {HOSTILE} at {HOSTILE} · ")
    assert all(r["sentence"].endswith(HOSTILE) for r in group["reports"])
    from streamlit_folium import _get_map_string

    fmap = mapview.build_map(frames.events_frame(hostile), selected=("e5",), open_event="e5", link="/?event=")
    html = fmap.get_root().render()
    for needle in ("<script>window", "</script> ", "<!--", " 49 ", ">x<"):
        assert needle not in html, needle
    for script in (html, _get_map_string(fmap)):
        [row] = [r for r in symbols(script) if r.get("c") == 3]
        assert row["id"] == "e5" and [m["id"] for m in row["m"]][0] == "e5"
        assert row["e"].startswith(f"3 reports of {HOSTILE} at {HOSTILE} · ")
        assert all(m["q"].endswith(HOSTILE) for m in row["m"])
