"""The dashboard: its pure functions on the hand-made fixture (tests/helpers.py), and the
whole app in-process with Streamlit's AppTest, on the fixture and on the seeds."""

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import assets, compare, exports, frames, mapview, reader, timeline
from dashboard.escape import esc, plain
from dashboard.query import Choices, parse_query, to_query
from geodata.pipeline import extract
from geodata.render.filters import EventFilter
from geodata.render.safe import safe_url
from tests.helpers import APP, SENTENCES, map_layers, map_script, open_tab, run_app, shown, symbols
from geodata.render.symbols import CANVAS_FROM, MIN_RADIUS, describe_figures, format_range

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture
def frame(extraction):
    return frames.events_frame(extraction)


def ids(frame):
    return sorted(frame["event_id"])


# -- figures and headline numbers ----------------------------------------------------------

@pytest.mark.parametrize("killed, wounded, qualifier, wounded_qualifier, expected", [
    ((130, None), (350, 350), "at least", "exact", "at least 130 killed, 350 wounded"),
    # Each figure with its own qualifier: "approximately 500 killed and at least 1,200 wounded".
    ((500, 500), (1200, None), "approximately", "at least", "approximately 500 killed, at least 1,200 wounded"),
    ((None, 12), (40, None), "up to", "at least", "up to 12 killed, at least 40 wounded"),
    ((10, 10), (30, 80), "exact", "vague", "10 killed, 30–80 wounded (vague figure)"),
    # A killed figure that is a word with no number ("Dozens were killed and 30 wounded") still says so.
    ((None, None), (30, 30), "vague", "exact", "an unstated number killed (vague figure), 30 wounded"),
    # A record from before wounded_qualifier: the killed's qualifier is the killed's alone.
    ((130, None), (350, 350), "at least", "", "at least 130 killed, 350 wounded"),
    ((40, 40), (None, None), "exact", "", "40 killed"),
    ((5, 8), (None, None), "", "", "5–8 killed"),
    ((None, None), (12, 12), "approximately", "approximately", "approximately 12 wounded"),
    ((None, None), (12, 12), "approximately", "", "approximately 12 wounded"),
    ((1200, 1200), (None, None), "more than", "", "more than 1,200 killed"),
    ((20, 50), (None, None), "vague", "", "20–50 killed (vague figure)"),
    ((None, None), (None, None), "", "", ""),
])
def test_describe_figures(extraction, killed, wounded, qualifier, wounded_qualifier, expected):
    from dataclasses import replace
    event = replace(extraction.events[0], killed_low=killed[0], killed_high=killed[1], wounded_low=wounded[0],
                    wounded_high=wounded[1], count_qualifier=qualifier, wounded_qualifier=wounded_qualifier)
    assert describe_figures(event) == expected
    # A frame row reads the same as the record.
    row = next(frames.events_frame(replace(extraction, events=(event,))).itertuples(index=False))
    assert describe_figures(row) == expected


def test_headline_counts_each_event_once_and_keeps_wide_figures_apart(frame):
    # Local killed: e1 40, e2 at least 10 (open), e4 5-8, e7/e8 one event (g1): 2-4 -> 57 to open.
    assert frames.headline(frame) == frames.Headline(
        reports=8, places=4, articles=3, killed=(57, None), wounded=(30, 30),
        wide=[{"scope": "operation", "location": "Basra", "figures": "at least 130 killed, 350 wounded",
               "outlets": ["Socialist Worker", "World Socialist Web Site"], "reports": 2}],
    )
    closed = frame[frame["event_id"].isin(["e1", "e4", "e7", "e8"])]
    assert frames.headline(closed).killed == (40 + 5 + 2, 40 + 8 + 4)
    assert format_range(47, 52, open_high=True) == "47–52"
    assert format_range(57, None, open_high=True) == "57+"
    assert format_range(0, 0, open_high=True) == "0"


# -- filters ---------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    (EventFilter(), ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]),
    (EventFilter(outlet=("Socialist Worker",)), ["e3", "e4", "e5"]),
    (EventFilter(article=("a3",)), ["e6", "e7"]),
    (EventFilter(event_type=("Battles", "Protests")), ["e1", "e2", "e3", "e5", "e6"]),
    (EventFilter(start=date(2008, 3, 27), end=date(2008, 3, 28)), ["e3", "e4", "e5", "e8"]),
    # What a report adds to the local toll (geodata.counting): e5 and e6 are an operation's total.
    (EventFilter(min_killed=10), ["e1", "e2"]),
    (EventFilter(place="sadr"), ["e2"]),
    (EventFilter(place="Babil"), ["e7", "e8"]),  # the province
    (EventFilter(outlet=("News Line",), place="Basra"), ["e1"]),
    (EventFilter(place="Nowhere"), []),
])
def test_filters(extraction, frame, filters, expected):
    assert ids(frames.apply_filters(frame, filters)) == expected
    # The table's filtering is the filter's own, in plain Python.
    assert sorted(e.event_id for e in filters.select(extraction.events)) == expected


def test_facet_counts_are_taken_under_the_other_filters(frame):
    filters = EventFilter(outlet=("Socialist Worker",), event_type=("Battles",))
    assert frames.facet_counts(frame, filters, "outlet") == {
        "News Line": 2, "Socialist Worker": 1, "World Socialist Web Site": 1}
    assert frames.facet_counts(frame, filters, "event_type") == {
        "Battles": 1, "Protests": 1, "Violence against civilians": 1}
    assert frames.facet_counts(frame, filters, "article") == {"a2": 1}


CHOICES = Choices(outlets=("News Line", "Socialist Worker"), articles={"a1": "Clashes in Basra", "a2": "Revolt"},
                  event_types=("Battles", "Protests"), first=date(2008, 3, 25), last=date(2008, 3, 31))


@pytest.mark.parametrize("params, filters, notices", [
    ({}, EventFilter(), []),
    ({"outlet": ["Socialist Worker", "News Line"], "article": ["a1"], "event_type": ["Protests"],
      "start": ["2008-03-26"], "end": ["2008-03-28"], "min_killed": ["5"], "place": [" Basra "]},
     EventFilter(outlet=("Socialist Worker", "News Line"), article=("a1",), event_type=("Protests",),
             start=date(2008, 3, 26), end=date(2008, 3, 28), min_killed=5, place="Basra"), []),
    ({"article": ["Revolt"]}, EventFilter(article=("a2",)), []),  # a title finds its article
    ({"outlet": ["Daily Planet"], "event_type": ["Riots"]}, EventFilter(),
     ["Ignored outlet='Daily Planet': no such outlet in this corpus.",
      "Ignored event_type='Riots': no such event type in this corpus."]),
    ({"start": ["29/03/2008"], "min_killed": ["-3"], "zoom": ["4"]}, EventFilter(),
     ["Ignored unknown parameter 'zoom'.", "Ignored start='29/03/2008': not a date (use YYYY-MM-DD).",
      "Ignored min_killed='-3': not a whole number of 0 or more."]),
    ({"start": ["2008-03-30"], "end": ["2008-03-26"]}, EventFilter(),
     ["Ignored start=2008-03-30 and end=2008-03-26: the start is after the end."]),
    # The whole span of the data restricts nothing (and keeps undated reports).
    ({"start": ["2000-01-01"], "end": ["2008-03-31"]}, EventFilter(), []),
])
def test_parse_query(params, filters, notices):
    assert parse_query(params, CHOICES) == (filters, notices)


def test_to_query_round_trips():
    filters = EventFilter(outlet=("Socialist Worker",), article=("a1", "a2"), event_type=("Battles",),
                      start=date(2008, 3, 26), end=date(2008, 3, 28), min_killed=3, place="Kut")
    query = to_query(filters)
    assert query == {"outlet": ["Socialist Worker"], "article": ["a1", "a2"], "event_type": ["Battles"],
                     "start": "2008-03-26", "end": "2008-03-28", "min_killed": "3", "place": "Kut"}
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    assert parse_query(as_lists, CHOICES) == (filters, [])
    assert to_query(EventFilter()) == {}


# -- escaping and the map --------------------------------------------------------------------

def test_esc_and_plain():
    assert esc('<img src=x onerror="a()">`${x}`') == (
        "&lt;img src=x onerror=&quot;a()&quot;&gt;&#96;&#36;&#123;x&#125;&#96;")
    assert esc(None) == "" and esc(float("nan")) == "" and esc(pd.NA) == ""
    assert plain("[a](javascript:x) $y$") == r"\[a\]\(javascript\:x\) \$y\$"
    assert safe_url(" https://example.org/a ") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") == "" and safe_url("") == ""
    assert safe_url("http://") == "" and safe_url("HTTP://Example.org") == "HTTP://Example.org"  # a host, any case


def records(frame) -> dict[str, dict]:
    """:func:`mapview.feature_strings` of ``frame``, parsed, by event id."""
    parsed = [json.loads(text) for text in mapview.feature_strings(frame)]
    return {r["id"]: r for r in parsed}


def test_records_hold_the_popups_fields_and_links_only_http(frame):
    # The raw text of every piece of the popup and tooltip; the browser builds them.
    got = records(frame)
    assert got["e2"] == {
        "id": "e2", "x": 44.46, "y": 33.39, "r": 12.9, "n": "Sadr City", "w": "Baghdad, Iraq",
        "d": "2008-03-26 (day)", "f": "at least 10 killed, 30 wounded", "o": "News Line",
        "h": "Clashes in Basra", "u": "https://example.org/a1",
        "q": "At least 10 people were killed and 30 wounded in Sadr City.", "v": ["Mahdi Army"],
    }
    # Approximate (p), no figure, no URL: those keys are simply absent.
    assert got["e3"] == {
        "id": "e3", "x": 45.818, "y": 32.512, "r": 5.0, "p": 2, "n": "Kut", "w": "Wasit, Iraq",
        "d": "2008-03-27 (day)", "o": "Socialist Worker", "h": "Revolt spreads", "q": "Thousands marched in Kut.",
        "v": ["Mahdi Army"],
    }
    assert got["e5"]["s"] == "operation-wide" and got["e5"]["p"] == 3
    assert set().union(*got.values()) <= set(mapview.RECORD_KEYS)  # every key is documented
    hostile = frame.assign(url="javascript:alert(1)", title="<script>alert(`${1}`)</script>", added=True)
    texts = mapview.feature_strings(hostile)
    assert all("<" not in t and ">" not in t and "javascript" not in t for t in texts)
    record = json.loads(texts[1])
    assert (record["h"], record["a"], "u" in record) == ("<script>alert(`${1}`)</script>", 1, False)






def test_map_has_one_layer_per_type_and_one_symbol_per_place_and_type(frame):
    fmap = mapview.build_map(frame, assets=assets.local(), link="/?event=")
    html = fmap.get_root().render()
    layers = map_layers(html)
    # Basra's Battles (e1, e5, e6) are one symbol, Hilla's explosions (e7, e8) another.
    assert [(layer["type"], len(layer["rows"])) for layer in layers] == [
        ("Battles", 2), ("Explosions/Remote violence", 1), ("Protests", 1), ("Violence against civilians", 1)]
    assert layers[0]["style"] == {"color": "#d55e00", "fillColor": "#d55e00", "weight": 2, "opacity": 0.9,
                                  "fill": True, "fillOpacity": 0.55}
    assert [layer["shape"] for layer in layers] == ["circle", "star", "square", "triangle"]
    assert all(layer["popups"] for layer in layers)
    # Where a symbol's "and N more here" lists them all: the page filtered to the place and type.
    assert [layer["list"] for layer in layers] == [
        "/?event_type=Battles&place=", "/?event_type=Explosions%2FRemote%20violence&place=",
        "/?event_type=Protests&place=", "/?event_type=Violence%20against%20civilians&place="]
    # The folium layer control counts reports.
    assert "Battles (4)" in html and "Explosions/Remote violence (2)" in html
    # Biggest first, so the small symbols stacked on them stay clickable.
    basra, sadr = layers[0]["rows"]
    reports = records(frame)
    # A symbol of several reports: its count, toll counted once, style and the reports it shows,
    # the largest toll first, less the point and place the symbol holds for them.
    less = lambda r: {k: v for k, v in r.items() if k not in ("x", "y", "r", "n", "w")}  # noqa: E731
    assert basra == {
        "id": "e1", "x": 47.783, "y": 30.508, "r": round(MIN_RADIUS + 2.5 * 40 ** 0.5, 1), "n": "Basra",
        "w": "Basra, Iraq", "c": 3, "f": "3 reports · 40 killed",
        "e": "3 reports of Battles at Basra · 40 killed (one report gives a figure)",
        "m": [less(reports["e1"]), less(reports["e5"]), less(reports["e6"])],
    }
    # A report alone: its record, exactly.
    assert sadr == reports["e2"]
    assert layers[1]["rows"][0]["e"] == \
        "2 reports of Explosions/Remote violence at Hilla · 2 killed counted once (figures 2–3)"  # g1: its lowest
    assert [m["id"] for m in layers[1]["rows"][0]["m"]] == ["e7", "e8"]
    assert sorted(m["id"] for r in symbols(html) for m in r.get("m", [r])) == ids(frame)
    rows = {r["id"]: r for r in symbols(html)}
    assert rows["e1"]["r"] > rows["e4"]["r"] > rows["e3"]["r"] == MIN_RADIUS
    assert '"dashArray": "1 5"' in html  # a wide figure's style, for the symbols all of whose figures are wide
    # The symbol script comes once, before the layers, and draws approximate places hollow and dashed.
    assert html.count("var cmSymbols = ") == 1 and html.index("var cmSymbols = ") < html.index("cmSymbols.layer(")
    assert '{"fillOpacity": 0.06, "dashArray": "4 3"}' in html
    assert "L.heatLayer" in html and "L.control.layers" in html and "fitBounds" in html
    assert '"preferCanvas": false' in html  # a few symbols: SVG, each its own element
    # Everything the map loads comes from this server, nothing from a CDN.
    assert re.findall(r'(?:src|href)="(https?:)?//[^"]*\.(?:js|css)"', html) == []
    assert "/app/static/vendor/leaflet/leaflet.js" in html
    assert "/app/static/vendor/leaflet-heat/leaflet_heat.min.js" in html
    assert "bootstrap" not in html and "awesome" not in html and "jquery" not in html


def test_a_symbol_is_wide_or_approximate_only_when_every_report_is(frame):
    # e5 and e6 alone: both operation-wide at a province's point, so their symbol is too.
    html = mapview.build_map(frame[frame["event_id"].isin(["e5", "e6"])]).get_root().render()
    [row] = symbols(html)
    assert (row["c"], row["s"], row["p"], row["r"], row["f"]) == (2, 1, 3, MIN_RADIUS, "2 reports")
    assert row["e"] == "2 reports of Battles at Basra · no local killed figure"
    # With e1, a local and exact report: neither wide nor approximate.
    html = mapview.build_map(frame[frame["event_id"].isin(["e1", "e5", "e6"])]).get_root().render()
    [row] = symbols(html)
    assert "s" not in row and "p" not in row and row["c"] == 3
    # An added article's report among them: the heavy outline.
    html = mapview.build_map(frame.assign(added=frame["event_id"] == "e6")).get_root().render()
    assert [r["a"] for r in symbols(html) if "a" in r] == [1] and symbols(html)[0]["m"][2]["a"] == 1


def test_the_heat_map_has_one_point_per_place_each_killing_once(frame):
    html = mapview.build_map(frame).get_root().render()
    points = json.loads(html.split("L.heatLayer(", 1)[1].split(", {radius", 1)[0])
    # Basra: e1 (40) and e4 (5), each 1 + √killed; e5 and e6 are no local toll. Hilla: g1 once (2).
    assert points == [[30.508, 47.783, round(2 + 40 ** 0.5 + 5 ** 0.5, 2)], [33.39, 44.46, round(1 + 10 ** 0.5, 2)],
                      [32.512, 45.818, 1.0], [32.464, 44.421, round(2 + 2 ** 0.5, 2)]]


def test_thousands_of_symbols_draw_on_a_canvas(frame):
    copies = CANVAS_FROM // len(frame) + 1
    # Copies at one point are one symbol of several; at points of their own, a symbol each.
    many = pd.concat([frame.assign(event_id=frame["event_id"] + f"-{n}") for n in range(copies)],
                     ignore_index=True)
    html = mapview.build_map(many).get_root().render()
    assert len(symbols(html)) == 5 and '"preferCanvas": false' in html
    spread = many.assign(longitude=many["longitude"] + many.index * 0.001)
    html = mapview.build_map(spread).get_root().render()
    assert len(symbols(html)) == len(spread) > CANVAS_FROM
    assert '"preferCanvas": true' in html


def test_selected_reports_are_ringed_and_an_empty_map_is_still_a_map(frame):
    html = mapview.build_map(frame, selected=("e2", "e4")).get_root().render()
    ring = map_layers(html)[-1]
    assert ring["rows"] == [{"x": 44.46, "y": 33.39, "r": 17.9}, {"x": 47.783, "y": 30.508, "r": 15.6}]
    assert ring["popups"] is False and ring["style"]["interactive"] is False
    # A selected report in a symbol of several: the symbol is ringed, and shows it first.
    html = mapview.build_map(frame, selected=("e6",)).get_root().render()
    assert map_layers(html)[-1]["rows"] == [{"x": 47.783, "y": 30.508, "r": round(MIN_RADIUS + 2.5 * 40 ** 0.5 + 5, 1)}]
    assert [m["id"] for m in symbols(html)[0]["m"]] == ["e6", "e1", "e5"] and symbols(html)[0]["id"] == "e6"
    empty = mapview.build_map(frame.iloc[0:0]).get_root().render()
    assert map_layers(empty) == [] and "L.map(" in empty and "fitBounds" not in empty


HOSTILE = ("<script>alert(1)</script>`${alert(2)}` {{ 7 * 7 }} {% if 1 %}yes{% endif %} </script> "
           "<!-- {{'map_div'}} alert(coords); '\u2028' \\'); alert(3); //\n\"quoted\"\r\\u0027 \\")


def test_map_keeps_hostile_text_as_data(frame):
    # {{ }} matters because branca compiles folium's rendered scripts as Jinja templates,
    # and streamlit-folium rewrites {{'name'}} in the script it sends.
    from streamlit_folium import _get_map_string

    frame = frame.assign(title=HOSTILE, source=HOSTILE, sentence=HOSTILE, location=HOSTILE,
                         event_type=HOSTILE, event_id=HOSTILE)
    fmap = mapview.build_map(frame, selected=(HOSTILE,))
    html = fmap.get_root().render()
    for needle in ("<script>alert", "</script> ", "<!--", " 49 ", ">yes<", "\u2028"):
        assert needle not in html, needle
    assert html.count("<script") == html.count("</script>")
    # The layer control and the legend take HTML: there the type's name is escaped (and then JSON-encoded).
    assert "\\u0026lt;script\\u0026gt;alert(1)\\u0026lt;/script\\u0026gt;" in html  # folium's layer control
    legend = json.loads(re.search(r'div\.innerHTML = (".*?");\n', html).group(1))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#96;&#36;&#123;alert(2)" in legend and "<script" not in legend
    # Every text reaches the page whole, as data, through streamlit-folium too: in a symbol of
    # several reports (Basra's four, of one type now), its head line and the reports it shows.
    for script in (html, _get_map_string(fmap)):
        [row] = symbols(script)[:1]
        assert row["id"] == HOSTILE and row["c"] == 4 and row["e"].startswith(f"4 reports of {HOSTILE} at {HOSTILE}")
        report = row["m"][0]
        assert (row["n"], report["o"], report["h"], report["q"]) == (HOSTILE,) * 4
        assert map_layers(script)[0]["type"] == HOSTILE


# -- downloads, saved extractions, reader, tables -----------------------------------------

def test_downloads_hold_the_filtered_events_as_geodata_export_writes_them(extraction, frame):
    import csv
    import io

    subset = frames.apply_filters(frame, EventFilter(place="Kut")).index.union([6])  # e3 and e7
    rows = list(csv.DictReader(io.StringIO(exports.download(extraction, subset, "csv"))))
    assert [(r["event_id"], r["location"], r["killed_low"]) for r in rows] == [("e3", "Kut", ""), ("e7", "Hilla", "3")]
    geojson = json.loads(exports.download(extraction, subset, "geojson"))
    assert [f["geometry"]["coordinates"] for f in geojson["features"]] == [[45.818, 32.512], [44.421, 32.464]]
    assert [f["properties"]["event_id"] for f in geojson["features"]] == ["e3", "e7"]


def test_a_saved_extraction_reads_back(extraction):
    from geodata.io.export import from_json, to_json
    back = from_json(json.loads(json.dumps(to_json(extraction))))
    assert back.events == extraction.events and back.mentions == extraction.mentions
    assert [a.metadata() for a in back.articles] == [a.metadata() for a in extraction.articles]


def test_reader_marks_places_casualties_and_evidence_and_escapes():
    text = "In <b>Basra</b> at least 130 people were killed. Calm in Kut."
    phrase = text.index("at least")
    html = reader.highlight(text, [(6, 11, "place"), (phrase, phrase + 31, "casualty"), (0, 48, "evidence")])
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == text
    assert 'title="place, reported event">Basra</span>' in html
    assert 'title="casualty figure, reported event">at least 130 people were killed</span>' in html


def test_timeline_and_compare_sources(frame):
    series = timeline.timeline(frame)
    assert list(series.index.strftime("%m-%d")) == ["03-25", "03-26", "03-27", "03-28", "03-31"]
    assert series["reports"].tolist() == [1, 1, 2, 2, 1]  # e7 has no date
    assert series["killed"].tolist() == [40, 10, 2, 5, 0]  # operation-wide figures left out
    table = compare.compare_sources(frame)  # one row per event group (tests/dashboard/test_compare.py)
    assert list(table.columns[3:6]) == ["News Line", "Socialist Worker", "World Socialist Web Site"]
    basra = table[table["place"] == "Basra"]
    assert basra[["event type", "News Line", "Socialist Worker"]].values.tolist() == [
        ["Battles", "40 killed", ""], ["Violence against civilians", "", "5–8 killed"],
        ["Battles", "", "at least 130 killed, 350 wounded (operation-wide)"], ["Battles", "", ""]]
    assert table.loc[table["place"] == "Kut, Wasit", "News Line"].tolist() == [""]


def test_assets_are_copied_from_installed_packages(tmp_path):
    assets.install(tmp_path)
    vendor = tmp_path / "vendor"
    assert "Leaflet 1.9.3" in (vendor / "leaflet" / "leaflet.js").read_text()[:200]
    assert "heatLayer" in (vendor / "leaflet-heat" / "leaflet_heat.min.js").read_text()
    assert (vendor / "leaflet" / "images" / "layers.png").stat().st_size > 0
    assert json.loads((vendor / "basemap" / "basemap.json").read_text())["type"] == "FeatureCollection"
    assert assets.local("/tools/") == assets.Assets(
        "/tools/app/static/vendor/leaflet/leaflet.js", "/tools/app/static/vendor/leaflet/leaflet.css",
        "/tools/app/static/vendor/leaflet-heat/leaflet_heat.min.js", True,
        "/tools/app/static/vendor/basemap/basemap.json")
    assert assets.CDN.basemap == ""  # from a CDN the tiles load; no offline map is fetched


def test_the_map_fetches_the_offline_base_map_from_the_served_copy(frame):
    local = mapview.build_map(frame, assets=assets.local()).get_root().render()
    assert 'fetch("/app/static/vendor/basemap/basemap.json")' in local
    assert "Offline map (Natural Earth)" in local and "cmBasemap.watch(" in local
    cdn = mapview.build_map(frame, assets=assets.CDN).get_root().render()
    assert "cmBasemap" not in cdn and "Offline map" not in cdn


# -- the app, in-process -----------------------------------------------------------------------

@pytest.fixture(autouse=True)
def own_store(monkeypatch, tmp_path):
    """Every app test has a store of its own: the repository's data/ is never touched."""
    monkeypatch.setenv("GEODATA_DB", str(tmp_path / "geodata.sqlite"))
    monkeypatch.delenv("GEODATA_CORPUS", raising=False)
    monkeypatch.delenv("GEODATA_SAVE_UPLOADS", raising=False)








def metrics(app) -> dict:
    return {m.label: m.value for m in app.metric}


def widget(elements, label):
    return next(e for e in elements if e.label == label)


@pytest.fixture(scope="module")
def seeds():
    return extract([SEEDS])


@pytest.mark.parametrize("corpus", [None, SEEDS], ids=["store", "folder"])
def test_default_view_shows_every_seed_report(monkeypatch, seeds, corpus):
    # The default source is the store, seeded with the same articles on first use.
    app = run_app(monkeypatch, corpus)
    assert metrics(app)["Reports"] == f"{len(seeds.events):,}"
    # The one counting rule: the headline is the CSV's fatalities summed, each killing once.
    from geodata.io.export import to_csv
    fatalities = sum(int(r["fatalities"] or 0) for r in csv.DictReader(io.StringIO(to_csv(seeds))))
    assert metrics(app)["Killed"] == f"{fatalities:,}+" and fatalities > 100
    assert len(shown(app)) == len(seeds.events)
    # One symbol per place and event type, together holding every report.
    drawn = symbols(map_script(app))
    assert len(drawn) == len({(round(e.latitude, 5), round(e.longitude, 5), e.event_type) for e in seeds.events})
    assert sum(r.get("c", 1) for r in drawn) == len(seeds.events) > len(drawn)
    assert "https://www.geonames.org" in map_script(app)  # the places' licence, credited on the map
    assert f"{len(seeds.articles)} articles" in app.caption[0].value
    # Every seed article is offered in the reader and the article filter, by title.
    article_filter = widget(app.multiselect, "Article")
    assert article_filter.options == [f"{a.title} ({sum(e.article_id == a.id for e in seeds.events)})"
                                      for a in seeds.articles]
    reader_box = widget(open_tab(app, "Article reader").selectbox, "Article to read")
    assert reader_box.options == [a.title for a in seeds.articles]


def test_seed_outlet_filter_shows_only_the_socialist_worker_article(monkeypatch, seeds):
    app = run_app(monkeypatch, None, outlet="Socialist Worker")
    expected = [e for e in seeds.events if e.article_id.startswith("004_")]
    if not seeds.events:
        pytest.skip("the pipeline extracts no events yet")
    table = shown(app)
    assert set(table["source"]) <= {"Socialist Worker"} and len(table) == len(expected)
    assert set(table["title"]) <= {"Revolt spreads across Iraq"}


def test_default_view_of_the_fixture(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction)
    assert metrics(app) == {"Reports": "8", "Places": "4", "Killed": "57+", "Wounded": "30"}
    # By date (e3 and e8 on the 27th, e4 and e5 on the 28th, in the extraction's order), undated e7 last.
    assert list(shown(app)["event_id"]) == ["e1", "e2", "e3", "e8", "e4", "e5", "e6", "e7"]
    assert list(shown(app)["location"]) == ["Basra", "Sadr City", "Kut", "Hilla", "Basra", "Basra", "Basra", "Hilla"]
    # What each report adds to the local toll: nothing for the operation's total (e5, e6) or no figure (e3).
    assert [None if pd.isna(k) else int(k) for k in shown(app)["killed"]] == [40, 10, None, 2, 5, None, None, 3]
    assert set(shown(app)["country_name"]) == {"Iraq"}
    assert [r.get("c", 1) for r in symbols(map_script(app))] == [3, 1, 2, 1, 1]  # 8 reports, 5 symbols
    assert widget(app.multiselect, "Outlet").options == [
        "News Line (3)", "Socialist Worker (3)", "World Socialist Web Site (2)"]
    assert app.query_params == {}


def test_outlet_filter(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction)
    widget(app.multiselect, "Outlet").select("Socialist Worker").run()
    table = shown(app)
    assert list(table["source"].unique()) == ["Socialist Worker"]
    assert list(table["sentence"]) == ["Thousands marched in Kut.",
                                       "Militiamen killed five to eight civilians in Basra.",
                                       "The Basra operation has left at least 130 dead and 350 wounded."]
    assert len(symbols(map_script(app))) == 3
    assert metrics(app) == {"Reports": "3", "Places": "2", "Killed": "5–8", "Wounded": "0"}
    assert app.query_params == {"outlet": "Socialist Worker"}
    # The other filters count under this one.
    assert widget(app.multiselect, "Article").options == [
        "Clashes in Basra (0)", "Revolt spreads (3)", "Assault ends (0)"]


def test_article_filter(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction)
    widget(app.multiselect, "Article").select("a1").select("a3").run()
    assert sorted(shown(app)["title"]) == ["Assault ends"] * 2 + ["Clashes in Basra"] * 3
    assert [r.get("c", 1) for r in symbols(map_script(app))] == [2, 1, 2]  # Basra's battles, Sadr City, Hilla
    assert app.query_params == {"article": ["a1", "a3"]}


def test_query_parameters_restore_the_filters(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, outlet=["News Line", "Socialist Worker"],
                  event_type=["Battles", "Violence against civilians"], start="2008-03-26", end="2008-03-30",
                  min_killed="5", place="basra")
    assert widget(app.multiselect, "Outlet").value == ["News Line", "Socialist Worker"]
    assert widget(app.multiselect, "Event type").value == ["Battles", "Violence against civilians"]
    assert widget(app.date_input, "Date range").value == (date(2008, 3, 26), date(2008, 3, 30))
    assert widget(app.number_input, "Minimum killed").value == 5
    assert widget(app.text_input, "Place").value == "basra"
    # e1 is before the start, e2 in Sadr City, e5 an operation's total (no local toll): e4 is left.
    assert list(shown(app)["sentence"]) == [SENTENCES["a2"][1]]
    assert app.warning.len == 0
    # The URL is written back as it came.
    assert app.query_params == {"outlet": ["News Line", "Socialist Worker"],
                                "event_type": ["Battles", "Violence against civilians"],
                                "start": "2008-03-26", "end": "2008-03-30", "min_killed": "5", "place": "basra"}


def test_bad_parameters_are_ignored_with_a_notice(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, outlet=["Daily Planet", "Socialist Worker"],
                  article="<script>alert(1)</script>", start="yesterday", min_killed="lots", zoom="3")
    assert [w.value for w in app.warning] == [
        r"Ignored unknown parameter 'zoom'\.",
        r"Ignored start='yesterday'\: not a date \(use YYYY\-MM\-DD\)\.",
        r"Ignored min\_killed='lots'\: not a whole number of 0 or more\.",
        r"Ignored outlet='Daily Planet'\: no such outlet in this corpus\.",
        r"Ignored article='\<script\>alert\(1\)\</script\>'\: no such article in this corpus\.",
    ]
    assert len(shown(app)) == 3  # the valid outlet still applies
    assert app.query_params == {"outlet": "Socialist Worker"}


def test_nothing_matches_shows_a_message_and_an_empty_map(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, place="Atlantis")
    assert "No reports match these filters." in [i.value for i in app.info]
    assert symbols(map_script(app)) == [] and len(shown(app)) == 0
    assert metrics(app) == {"Reports": "0", "Places": "0", "Killed": "0", "Wounded": "0"}
    # Reset brings every report back and clears the URL.
    widget(app.button, "Reset filters").click().run()
    assert len(shown(app)) == 8 and app.query_params == {}


def test_timeline_comparison_and_reader_are_built_only_in_their_open_tab(monkeypatch, saved_extraction):
    # Their charts, tables and texts slow the first drawing of the page; the reports table is
    # always built, since its selection rings symbols on the map.
    def built(app) -> list[list[str]]:
        return [[getattr(c, "type", "") for c in tab.children.values()] for tab in app.tabs]

    app = run_app(monkeypatch, saved_extraction)
    assert [t.label for t in app.tabs] == ["Reports", "Timeline", "Compare sources", "Article reader"]
    tabs = built(app)
    assert "dataframe" in tabs[0] and tabs[1:] == [[], [], []]
    assert [s.label for s in app.selectbox] == []  # the reader's choice of article
    app.session_state["tab"] = "Timeline"
    app.run()
    assert built(app)[1].count("vega_lite_chart") == 1 and built(app)[2:] == [[], []]  # both charts, one axis
    app.session_state["tab"] = "Compare sources"
    app.run()
    assert built(app)[1] == [] and built(app)[2] == ["caption", "dataframe", "download_button"]
    assert built(app)[3] == []
    app.session_state["tab"] = "Article reader"
    app.run()
    assert built(app)[1:3] == [[], []] and "selectbox" in built(app)[3]
    assert "dataframe" in built(app)[0]


def test_many_wide_figures_list_the_first_ten_and_the_rest_on_demand(monkeypatch, tmp_path, extraction):
    from dataclasses import replace

    from geodata.io.export import to_json

    wide = extraction.events[4]  # e5: operation-wide, at least 130 killed
    events = extraction.events + tuple(replace(wide, event_id=f"w{n}", killed_low=200 + n, event_group="")
                                       for n in range(11))
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(to_json(replace(extraction, events=events))), encoding="utf-8")

    def listed(app) -> int:
        return sum(h.proto.body.count("<li>") for h in app.get("html") if "-wide, " in h.proto.body)

    app = run_app(monkeypatch, path)
    assert listed(app) == 10  # 12 distinct figures
    assert [e.label for e in app.expander if e.label.endswith(" more")] == ["2 more"]
    app.session_state["more_wide_figures"] = True
    app.run()
    assert listed(app) == 12


def test_the_reader_keeps_its_article_across_a_visit_to_another_tab(monkeypatch, saved_extraction):
    app = open_tab(run_app(monkeypatch, saved_extraction), "Article reader")
    widget(app.selectbox, "Article to read").set_value("a3").run()
    open_tab(open_tab(app, "Reports"), "Article reader")
    assert widget(app.selectbox, "Article to read").value == "a3"


def test_the_filters_stay_when_the_map_fails(monkeypatch, saved_extraction):
    # The sidebar comes after the map in the script; a failure there must not take the filters
    # (and the reset button) away with it.
    def broken(*args, **kwargs):
        raise RuntimeError("map failed")

    monkeypatch.setattr(mapview, "build_map", broken)
    monkeypatch.setenv("GEODATA_CORPUS", str(saved_extraction))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    # The visitor sees that something failed, never what or where (client.showErrorDetails = "none"
    # in .streamlit/config.toml): the server's log has the traceback.
    [shown_error] = app.exception
    assert "map failed" not in shown_error.message and "redacted" in shown_error.message
    assert not shown_error.stack_trace
    assert [m.label for m in app.sidebar.multiselect] == ["Outlet", "Article", "Event type", "Sub-event type", "Actor",
                                                         "Country"]
    assert any(b.label == "Reset filters" for b in app.sidebar.button)


def test_article_reader_shows_marked_escaped_text(monkeypatch, saved_extraction):
    app = open_tab(run_app(monkeypatch, saved_extraction, article="a2"), "Article reader")
    reader_box = widget(app.selectbox, "Article to read")
    assert reader_box.value == "a2"
    [text] = [h.proto.body for h in app.get("html") if "white-space:pre-wrap" in h.proto.body]
    assert 'title="place">Kut</span>' in text or 'title="place, reported event">Kut</span>' in text
    assert "killed five to eight civilians" in re.sub(r"<[^>]+>", "", text)
    # The figures the extraction read in the sentences behind the reports, marked.
    assert 'title="casualty figure, reported event">five to eight civilians</span>' in text
    assert 'title="casualty figure, reported event">at least 130</span>' in text


def test_a_folder_corpus_with_a_bad_file(monkeypatch, tmp_path):
    (tmp_path / "one.txt").write_text("Fighting in Basra\n\nFighting went on in Basra on Tuesday.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    app = run_app(monkeypatch, tmp_path)
    assert "1 articles" in app.caption[0].value or "1 article" in app.caption[0].value
    assert any("could not be read" in e.label for e in app.expander)
    assert widget(open_tab(app, "Article reader").selectbox, "Article to read").options == ["Fighting in Basra"]


@pytest.mark.parametrize("name, content", [("missing", None), ("broken.json", "{not json"),
                                           ("wrong.json", '{"events": [{"event_id": 1}]}')])
def test_a_corpus_that_cannot_be_read_is_a_message_not_an_exception(monkeypatch, tmp_path, name, content):
    if content is not None:
        (tmp_path / name).write_text(content)
    app = run_app(monkeypatch, tmp_path / name)
    assert any("could not be read" in e.label for e in app.expander)
    assert [i.value for i in app.info][:1] == ["No reports were extracted from this corpus."]
    assert symbols(map_script(app)) == []


def test_copy_link_reopens_the_view():
    from urllib.parse import parse_qs, urlsplit

    from dashboard.query import view_link

    link = view_link("http://localhost:8501/?outlet=Old", {"outlet": ["Socialist Worker", "News Line"],
                                                           "min_killed": "10"})
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("http", "localhost:8501", "/")
    assert parse_qs(parts.query) == {"outlet": ["Socialist Worker", "News Line"], "min_killed": ["10"]}
    assert view_link("", {}) == "/"


def test_the_sidebar_shows_the_link_to_the_current_view(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GEODATA_DB", str(tmp_path / "db.sqlite"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["outlet"] = "Socialist Worker"
    at.run()
    links = [m.value for m in at.sidebar.markdown if m.value.startswith("[Link to this view](<")]
    assert len(links) == 1 and "outlet=Socialist+Worker" in links[0] and links[0].count(">)") == 1


def test_casualty_ranges_count_each_group_once_and_keep_upper_bounds_open_below():
    import pandas as pd

    from dashboard.frames import casualty_range

    frame = pd.DataFrame({
        "event_id": ["a", "b", "c", "d"],
        "event_group": ["g1", "g1", "g2", "g3"],
        # g1: "at least 130" and "130" of one event; g2: "up to 60"; g3: no figure.
        "killed_low": [130, 130, None, None],
        "killed_high": [None, 130, 60, None],
        "fatalities": [130, 130, 0, None],  # what each adds to the local toll (geodata.counting)
        "scope": ["local"] * 4, "counted_in": [""] * 4,
    })
    # 130 to open-ended (at least), plus 0 to 60 (up to): 130 and no upper bound.
    assert casualty_range(frame, "killed") == (130, None)
    assert casualty_range(frame[frame["event_group"] != "g1"], "killed") == (0, 60)


# -- a link to one event ------------------------------------------------------------------------

def test_a_link_to_one_event_opens_the_map_on_it_with_its_popup(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, event="e4")
    script = map_script(app)
    assert "Selected (1)" in script  # ringed, and the view fitted to it
    assert 'wanted = "e4"' in script and 'layer.fire("click"' in script  # its popup opens
    assert app.warning.len == 0
    assert app.query_params == {"event": "e4"}  # the link stays shareable while nothing changes
    # The popups carry the page's address for their own "link to this event".
    assert '"link":"/?event="' in script
    # A changed filter ends it: the link and the open popup go.
    widget(app.multiselect, "Outlet").select("News Line").run()
    assert "event" not in app.query_params and "wanted =" not in map_script(app)
    assert "Selected (" not in map_script(app)


def test_a_link_to_a_report_in_a_symbol_of_several_opens_that_symbol_with_it_first(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, event="e6")
    script = map_script(app)
    [basra] = [r for r in symbols(script) if r.get("c") == 3]
    # The symbol's id is its first report's: the linked one, which OpenPopup asks for.
    assert basra["id"] == "e6" and [m["id"] for m in basra["m"]] == ["e6", "e1", "e5"]
    assert 'wanted = "e6"' in script and "Selected (1)" in script
    ring = round(MIN_RADIUS + 2.5 * 40 ** 0.5 + 5, 1)  # around the symbol: its size is its toll's
    assert map_layers(script)[-1]["rows"] == [{"x": 47.783, "y": 30.508, "r": ring}]


def test_a_link_to_an_unknown_or_hidden_event_says_so(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, event="<nope>")
    assert [w.value for w in app.warning] == [r"Ignored event='\<nope\>'\: no such event in this corpus\."]
    assert "wanted =" not in map_script(app)
    app = run_app(monkeypatch, saved_extraction, event="e4", outlet="World Socialist Web Site")
    assert [w.value for w in app.warning] == [r"The linked event e4 is hidden by the filters\."]


def test_the_table_is_by_date_with_countries_by_name_and_each_events_id(monkeypatch, saved_extraction):
    table = shown(run_app(monkeypatch, saved_extraction))
    dates = [d for d in table["event_date"] if d]
    assert dates == sorted(dates) and table["event_date"].iloc[-1] == ""  # undated last
    assert set(table["country_name"]) == {"Iraq"} and "country" not in table
    assert list(table["event_id"]) == ["e1", "e2", "e3", "e8", "e4", "e5", "e6", "e7"]


def test_a_popup_names_the_other_articles_that_report_its_event(frame):
    # e7 (a3) and e8 (a1) are one event (group g1): each popup lists the other article.
    got = records(frame)
    assert got["e7"]["g"] == [["News Line", "Clashes in Basra", "https://example.org/a1"]]
    assert [o[0] for o in got["e8"]["g"]] == ["World Socialist Web Site"]
    assert "g" not in got["e1"]
