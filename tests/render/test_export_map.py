"""``geodata export-map``: one self-contained HTML file of the events, safe to send.

Expected events are computed from ``geodata.pipeline.extract`` here, never from
``geodata.render.htmlmap``'s own helpers. The browser tests open the file over file://
with every other request refused; they skip without chromium, unless
``CI_REQUIRE_BROWSER=1`` (set by .ci/run), where a skip is a failure.
"""

import csv
import json
import os
import re
from pathlib import Path
from importlib.resources import files

import pytest

from tests.helpers import POPUP_READER_JS
from tests.helpers import hostile_extraction as hostile_builder
from geodata.cli import main
from geodata.pipeline import extract
from geodata.render import symbols
from geodata.render.browser import static
from geodata.render.filters import EventFilter
from geodata.render.htmlmap import render_map
from geodata.render.safe import STREAMLIT_FOLIUM_UNSAFE, safe_url, script_json
from geodata.render.symbols import LEGEND_APPROXIMATE, LEGEND_SIZE, LEGEND_WIDE, MIN_RADIUS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "tests" / "artifacts"
DATA_BLOCK = re.compile(r'<script type="application/json" id="cm-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def seeds():
    return extract([SEEDS])


def embedded(html: str) -> dict:
    """The page's JSON block, parsed as the page parses it."""
    blocks = DATA_BLOCK.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def reports(data: dict) -> list[dict]:
    """The reports' records the page carries: a symbol alone is one; a symbol of several reports
    carries those it shows (every one, for the seeds: none holds more than STACK_SHOWN)."""
    return [r for symbol in data["events"] for r in symbol.get("reports", [symbol])]


def symbol_keys(events) -> set:
    """One symbol per point and event type."""
    return {(round(e.latitude, 5), round(e.longitude, 5), e.event_type) for e in events}


def export(capsys, tmp_path, *args) -> tuple[int, str, str]:
    """Run ``geodata export-map ARGS -o tmp/map.html``: exit status, the page, stderr."""
    target = tmp_path / "map.html"
    status = main(["export-map", *args, "--output", str(target)])
    html = target.read_text(encoding="utf-8") if target.exists() else ""
    return status, html, capsys.readouterr().err


# -- the file --------------------------------------------------------------------------


def test_one_file_with_everything_inlined(seeds, tmp_path, capsys):
    status, html, err = export(capsys, tmp_path, str(SEEDS))
    assert status == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
    assert f"map.html: {len(seeds.events)} of {len(seeds.events)} events" in err
    # Nothing to fetch to draw the events: no external script, stylesheet or frame.
    assert re.findall(r"<script[^>]*\ssrc=", html, re.I) == []
    assert re.findall(r"<link[^>]*href=", html, re.I) == []
    assert re.findall(r"<iframe|@import", html, re.I) == []
    assert re.findall(r"url\((?!data:|#default#VML)", html) == []  # Leaflet's images are inlined
    assert re.findall(r"src=[\"']?(?:https?:)?//", html, re.I) == []  # (links to OSM and Leaflet stay)
    assert 'version="1.9.3"' in html  # Leaflet itself, from xstatic-leaflet
    assert "sourceMappingURL" not in html
    assert html.count("<script") == 3  # the JSON, Leaflet and the page's own script
    # One symbol per place and event type; every report counted in one.
    assert len(embedded(html)["events"]) == len(symbol_keys(seeds.events)) < len(seeds.events)
    assert sum(r.get("count", 1) for r in embedded(html)["events"]) == len(seeds.events)
    # The data's licences are credited on the map itself: OpenStreetMap's tiles, GeoNames' places.
    assert embedded(html)["tiles"]["attribution"] == symbols.ATTRIBUTION
    assert "geonames.org" in symbols.ATTRIBUTION and "CC BY 4.0" in symbols.ATTRIBUTION
    # (and Who's On First, whose licence asks for a link back, as the rows read from it say)
    curated = (files("geodata") / "data" / "curated_places.csv").read_text(encoding="utf-8")
    assert "Who's On First" in curated and "whosonfirst-data/blob/master/LICENSE.md" in symbols.ATTRIBUTION


def test_every_event_is_embedded_with_its_popup_text(seeds, tmp_path, capsys):
    _, html, _ = export(capsys, tmp_path, str(SEEDS))
    data = embedded(html)
    assert sorted(e["id"] for e in reports(data)) == sorted(e.event_id for e in seeds.events)
    assert [t["name"] for t in data["types"]] == sorted({e.event_type for e in seeds.events})
    assert sum(t["count"] for t in data["types"]) == len(seeds.events)  # the layer control counts reports
    basra = next(e for e in seeds.events if e.killed_low == 130)
    title = next(a.title for a in seeds.articles if a.id == basra.article_id)
    # Basra's four Battles reports are one symbol; the largest toll first, its id the symbol's.
    record = next(r for r in data["events"] if r["id"] == basra.event_id)
    others = [e for e in seeds.events if e.location == "Basrah" and e.event_type == "Battles" and e is not basra]
    assert {k: v for k, v in record.items() if k != "reports"} == {
        "id": basra.event_id, "type": "Battles", "lat": round(basra.latitude, 5), "lon": round(basra.longitude, 5),
        "style": {"weight": 2, "opacity": 0.9, "fill": True, "fillOpacity": 0.55, "color": "#d55e00",
                  "fillColor": "#d55e00", "radius": 33.5, "count": 4},
        "count": 4, "location": "Basrah", "where": "Basra, Iraq",
        "tooltip": "Basrah · Battles · 4 reports · 130 killed",
        "head": "4 reports of Battles at Basrah · 130 killed (one report gives a figure)",
    }
    assert [r["id"] for r in record["reports"]] == [basra.event_id, *(e.event_id for e in others)]
    # Each report's popup words, less what the symbol says for all, and less empty fields.
    assert record["reports"][0] == {
        "id": basra.event_id, "location_text": "Basra",
        "date": "2008-03-28 (week)", "kind": "Battles · Armed clash", "figures": "at least 130 killed, 350 wounded",
        "actors": ["Iraqi army and police"], "outlet": "News Line", "title": title, "sentence": basra.sentence,
        # The same event in the other three articles (its event_group), for "also reported by".
        "also": [[a.outlet, a.title, ""] for a in seeds.articles
                 if a.id != basra.article_id and any(e.event_group == basra.event_group and e.article_id == a.id
                                                       for e in seeds.events)],
    }
    assert len(record["reports"][0]["also"]) == 3
    # A report alone: its whole record, as before there were symbols of several reports.
    lone = next(e for e in seeds.events if e.location == "Al Diwaniyah")
    article = next(a for a in seeds.articles if a.id == lone.article_id)
    assert next(r for r in data["events"] if r["id"] == lone.event_id) == {
        "id": lone.event_id, "type": "Battles", "lat": round(lone.latitude, 5), "lon": round(lone.longitude, 5),
        "style": {"weight": 2, "opacity": 0.9, "fill": True, "fillOpacity": 0.55, "color": "#d55e00",
                  "fillColor": "#d55e00", "radius": 5.0},
        "location": "Al Diwaniyah", "location_text": "Diwaniya", "where": "Qadisiyah, Iraq",
        "approximate": "", "date": "2008-03-29 (week)",
        "kind": "Battles · Armed clash", "figures": "", "scope": "", "actors": [], "outlet": "Socialist Worker",
        "title": article.title, "url": "", "sentence": lone.sentence, "also": [],
        "tooltip": "Al Diwaniyah · Battles",
    }
    # Approximate places are hollow and dashed; a figure that is no local toll is a dotted ring.
    alone = [r for r in data["events"] if "count" not in r]
    approximate = [r for r in alone if r["approximate"] and not r["scope"]]
    assert approximate and all(r["style"]["dashArray"] == "4 3" and r["style"]["fillOpacity"] == 0.06
                               for r in approximate)
    wide = [r for r in reports(data) if r.get("scope")]
    assert wide and {r["scope"] for r in wide} <= {"(operation-wide figure)", "(nationwide figure)",
                                                   "(cumulative figure)"}
    for symbol in data["events"]:
        shown = symbol.get("reports", [symbol])
        if all(r.get("scope") for r in shown):  # every report a wider figure: a dotted ring of the smallest size
            assert symbol["style"]["dashArray"] == "1 5" and symbol["style"]["fill"] is False
            assert symbol["style"]["radius"] == MIN_RADIUS
        else:
            assert symbol["style"].get("dashArray") != "1 5"


def _ids(events, keep) -> list[str]:
    return sorted(e.event_id for e in events if keep(e))


# Each filter's expectation written against the pipeline's own events.
FILTERS = [
    ([], lambda e: True),
    (["--outlet", "Socialist Worker"], lambda e: e.source == "Socialist Worker"),
    (["--outlet", "socialist worker", "--outlet", "World Socialist Web Site"],
     lambda e: e.source in ("Socialist Worker", "World Socialist Web Site")),
    (["--event-type", "Battles"], lambda e: e.event_type == "Battles"),
    (["--event-type", "Protests", "--event-type", "Strategic developments"],
     lambda e: e.event_type in ("Protests", "Strategic developments")),
    (["--start", "2008-03-28"], lambda e: e.event_date >= "2008-03-28"),
    (["--end", "2008-03-27"], lambda e: e.event_date and e.event_date <= "2008-03-27"),
    (["--start", "2008-03-27", "--end", "2008-03-28"], lambda e: "2008-03-27" <= e.event_date <= "2008-03-28"),
    (["--outlet", "News Line", "--event-type", "Battles", "--start", "2008-03-29"],
     lambda e: e.source == "News Line" and e.event_type == "Battles" and e.event_date >= "2008-03-29"),
    (["--article", "003_da1223952fc45d8f"], lambda e: e.article_id == "003_da1223952fc45d8f"),
    (["--article", "revolt spreads across iraq", "--article", "002_4c8e0b7573c1e50d"],
     lambda e: e.article_id in ("004_b394796c3655e125", "002_4c8e0b7573c1e50d")),
]


@pytest.mark.parametrize("args, keep", FILTERS, ids=[" ".join(a) or "none" for a, _ in FILTERS])
def test_filters_reduce_the_map(seeds, tmp_path, capsys, args, keep):
    status, html, err = export(capsys, tmp_path, str(SEEDS), *args)
    expected = _ids(seeds.events, keep)
    assert status == 0 and "warning" not in err
    assert sorted(e["id"] for e in reports(embedded(html))) == expected
    assert 0 < len(expected) <= len(seeds.events)
    if args:
        assert len(expected) < len(seeds.events)


@pytest.mark.parametrize("args, warning", [
    (["--outlet", "The Times"], "no outlet 'The Times' in these articles"),
    (["--event-type", "Riots"], "no event type 'Riots' in these articles"),
    (["--article", "999_nothing"], "no article with the id or title '999_nothing'"),
    (["--start", "2009-01-01"], None),
    (["--outlet", "Socialist Worker", "--article", "002_4c8e0b7573c1e50d"], None),
])
def test_filters_that_match_nothing_give_an_empty_map_and_a_warning(tmp_path, capsys, args, warning):
    status, html, err = export(capsys, tmp_path, str(SEEDS), *args)
    assert status == 0
    assert embedded(html)["events"] == []
    assert "No event matches these filters." in html
    if warning:
        assert f"warning: {warning}" in err
    assert "warning: no event matches these filters: the map is empty" in err


def test_the_store_is_the_default_source(seeds, tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    status, html, _ = export(capsys, tmp_path, "--db", str(db), "--outlet", "News Line")
    assert status == 0 and db.exists()  # created and seeded on first use
    assert sorted(e["id"] for e in reports(embedded(html))) == _ids(seeds.events, lambda e: e.source == "News Line")
    # Without PATH or --db: $GEODATA_DB.
    os.environ["GEODATA_DB"] = str(db)
    try:
        status, html, _ = export(capsys, tmp_path)
    finally:
        del os.environ["GEODATA_DB"]
    assert status == 0 and len(reports(embedded(html))) == len(seeds.events)


def test_bad_arguments(tmp_path, capsys):
    assert main(["export-map", str(SEEDS), "--db", str(tmp_path / "x.sqlite"), "-o", str(tmp_path / "m.html")]) == 2
    assert "not both" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export-map", str(SEEDS), "--start", "29 March 2008"])
    assert exit_.value.code == 2
    assert "not a date as YYYY-MM-DD" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_text("")
    assert main(["export-map", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "m.html")]) == 1
    assert not (tmp_path / "m.html").exists()


def test_symbol_sizes():
    assert [symbols.radius(k) for k in (None, 0, 9, 10_000, float("nan"))] == [5.0, 5.0, 12.5, 40.0, 5.0]
    assert symbols.type_colours(["Riots", "Battles", "Looting", "Arrests"]) == {
        "Arrests": "#000000", "Battles": "#d55e00", "Looting": "#8c6d1f", "Riots": "#56b4e9"}
    # The second cue: a shape per type, the ACLED six fixed, others the spare shapes in turn.
    assert symbols.type_shapes(["Riots", "Battles", "Looting", "Arrests"]) == {
        "Arrests": "triangle-down", "Battles": "circle", "Looting": "square", "Riots": "diamond"}
    assert len(set(symbols.TYPE_SHAPES.values())) == len(symbols.TYPE_SHAPES)  # no two ACLED types share one


def test_the_acled_colours_stay_apart_under_colour_blindness():
    """Every pair of the six types' colours differs clearly as a person with protanopia,
    deuteranopia or tritanopia sees it (Machado, Oliveira and Fernandes' 2009 matrices, severity 1),
    measured as the distance between the simulated colours in RGB (0-255)."""
    machado = {
        "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                       (-0.003882, -0.048116, 1.051998)),
        "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                         (-0.011820, 0.042940, 0.968881)),
        "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                       (0.004733, 0.691367, 0.303900)),
    }

    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def seen(colour: str, matrix) -> tuple[float, ...]:
        rgb = [linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5)]
        out = []
        for row in matrix:
            v = min(1.0, max(0.0, sum(a * b for a, b in zip(row, rgb))))
            out.append(255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055))
        return tuple(out)

    colours = list(symbols.TYPE_COLOURS.values())
    for name, matrix in machado.items():
        for i, a in enumerate(colours):
            for b in colours[i + 1:]:
                distance = sum((x - y) ** 2 for x, y in zip(seen(a, matrix), seen(b, matrix))) ** 0.5
                assert distance > 25, (name, a, b, round(distance))


def test_the_scripts_are_package_files_and_every_map_builds_popups_with_the_same_one():
    from dashboard.mapview import symbols_js

    popup_js, popup_css = static("popup.js"), static("popup.css")
    assert "function popup(e)" in popup_js and ".cm-popup{" in popup_css
    assert popup_js in static("page.js") and popup_js in symbols_js()
    assert popup_css in static("page.css")
    assert "include" not in static("page.js") + symbols_js() + static("page.css")


@pytest.mark.parametrize("url, safe", [
    (" https://example.org/a?b=1 ", "https://example.org/a?b=1"),
    ("HTTP://Example.org", "HTTP://Example.org"),
    ('https://example.org/"><img src=x onerror=alert(4)>', 'https://example.org/"><img src=x onerror=alert(4)>'),
    ("http://", ""), ("https:///path", ""), ("https:example.org", ""),  # no host
    ("javascript:alert(1)", ""), ("JavaScript://example.org/%0aalert(1)", ""), ("data:text/html,x", ""),
    ("ftp://example.org", ""), ("//example.org", ""), ("http://[::1", ""), ("", ""), (None, ""),
])
def test_only_web_addresses_with_a_host_become_links(url, safe):
    assert safe_url(url) == safe


def test_script_json_cannot_end_its_script():
    hostile = "</script><!--\u2028 & 'x'; a_b \u2029"
    text = script_json({"t": hostile})
    assert not set("<>&\u2028\u2029") & set(text) and json.loads(text) == {"t": hostile}
    assert "'" in text and ";" in text and "_" in text
    # The dashboard's map also hides what streamlit-folium rewrites in the script it sends.
    text = script_json({"t": hostile}, also=STREAMLIT_FOLIUM_UNSAFE)
    assert not set("<>&\u2028\u2029';_") & set(text) and json.loads(text) == {"t": hostile}


def test_a_filter_resolves_typed_values_and_warns_about_the_rest(seeds):
    typed = EventFilter(outlet=("socialist WORKER", "The Times"), article=("revolt spreads across iraq",),
                        event_type=("battles",))
    chosen, warnings = typed.resolve(seeds)
    assert chosen == EventFilter(outlet=("Socialist Worker", "The Times"), article=("004_b394796c3655e125",),
                                 event_type=("Battles",))
    assert warnings == ("no outlet 'The Times' in these articles",)
    assert chosen.select(seeds.events) == tuple(
        e for e in seeds.events if (e.source, e.article_id, e.event_type) ==
        ("Socialist Worker", "004_b394796c3655e125", "Battles"))
    assert typed.select(seeds.events) == ()  # unresolved, values match exactly
    assert EventFilter().select(seeds.events) == seeds.events
    assert EventFilter(place="BASRA", min_killed=100).describe() == ["at least 100 killed", "place: BASRA"]


# -- hostile articles ------------------------------------------------------------------

HOSTILE_TITLE = ('</script><script>window.__pwned="title"</script><img src=x onerror="window.__pwned=\'img\';'
                 'alert(1)">`${window.__pwned="template"}`\u2028 & more')
HOSTILE_OUTLET = '<img src=x onerror=alert(2)>`${alert(3)}`</script>'
PROSE = ("Residents said the fighting went on through the night and that shops stayed shut the next day. "
         "Officials gave no figure for the number of people who had left their homes. ") * 4
HOSTILE_TEXT = (PROSE + "Fighting in Basra <script>alert(6)</script> killed 12 people on Tuesday. "
                "<img src=x onerror=\"window.__pwned='text'\"> `${alert(7)}` Police said 5 were wounded in Kut. "
                + PROSE)


@pytest.fixture
def hostile_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE_TEXT + "\n", encoding="utf-8")
    with open(folder / "sources.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "title", "outlet", "author", "published", "date_precision", "url", "notes"])
        writer.writerow(["evil.txt", HOSTILE_TITLE, HOSTILE_OUTLET, "", "2008-03-29", "day",
                         "javascript:alert(10)", PROSE])  # prose, or the manifest looks like HTML
    return folder


def hostile_extraction():
    """The dashboard's fixture with hostile text in every field a popup, tooltip or control shows."""
    return hostile_builder(HOSTILE_TITLE, HOSTILE_OUTLET, location_text="`${alert(9)}`</script><!--<script>",
                            event_types={"Battles": "<i>Battles</i>", "Protests": "__proto__"})


def assert_inert(html: str):
    """The raw page: article text appears only inside the JSON block, escaped."""
    outside = DATA_BLOCK.sub("", html)
    for needle in ("__pwned", "alert(", "<img src=x", "onerror=alert", 'onerror="window', "${alert", "${window", "`${"):
        assert needle not in outside, needle
    assert "<script>alert" not in html and "<script>window" not in html
    assert html.count("<script") == 3 and html.count("</script>") == 3
    block = DATA_BLOCK.search(html).group(1)
    assert not set("<>&\u2028\u2029") & set(block)


def test_hostile_articles_are_inert_in_the_file(hostile_corpus, tmp_path, capsys):
    status, html, err = export(capsys, tmp_path, str(hostile_corpus))
    assert status == 0 and "error" not in err  # the manifest is read: its title and outlet are used
    assert_inert(html)
    data = embedded(html)
    assert data["events"], "the hostile article must yield events for this test to mean anything"
    assert {e["title"] for e in reports(data)} == {HOSTILE_TITLE}  # the text survives, as data
    assert {e["outlet"] for e in reports(data)} == {HOSTILE_OUTLET}
    assert {e.get("url", "") for e in reports(data)} == {""}  # javascript: is dropped
    assert any("<script>alert(6)</script>" in e["sentence"] for e in reports(data))


def test_hostile_fields_are_inert_in_the_file():
    html = render_map(hostile_extraction()).html
    assert_inert(html)
    data = embedded(html)
    assert {e.get("url", "") for e in reports(data)} == {'https://example.org/"><img src=x onerror=alert(4)>', ""}
    assert "<i>Battles</i>" in [t["name"] for t in data["types"]]
    # Basra's three "<i>Battles</i>": one symbol, whose head line holds the type's name as data.
    [basra] = [r for r in data["events"] if r.get("count") == 3]
    assert basra["head"].startswith("3 reports of <i>Battles</i> at Basra · ")


# -- in a browser ----------------------------------------------------------------------


def open_offline(browser, path: Path, width: int = 1400):
    """The file in a page that may fetch nothing but file:// and data: addresses."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.refused, page.dialogs, page.problems = [], [], []

    def route(request_route):
        if request_route.request.url.startswith(("file:", "data:", "about:", "blob:")):
            request_route.continue_()
        else:
            page.refused.append(request_route.request.url)
            request_route.abort()

    def dialog(d):
        page.dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("dialog", dialog)
    page.on("pageerror", lambda err: page.problems.append(str(err)))
    page.on("console", lambda m: page.problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.conflictMap !== undefined", timeout=15_000)
    return page


def popups_and_tooltips(page) -> dict:
    """Open every symbol's popup and tooltip through Leaflet: the texts of the reports it shows
    (one box each: a symbol of several reports shows each), its head line when it has one, the
    tooltips, links, and any element other than our own markup (img, script, iframe, anything
    with an on… attribute)."""
    return page.evaluate("() => {" + POPUP_READER_JS + """
        const map = window.conflictMap.map;
        Object.values(window.conflictMap.groups).forEach(group => group.eachLayer(layer => {
            layer.fire('click', {latlng: layer.getLatLng()}, true);
            readPopup(group.getPopup());
            map.closePopup();
            layer.fire('mouseover', {latlng: layer.getLatLng()}, true);
            out.tooltips.push(look(group.getTooltip().getElement()));
            layer.fire('mouseout', {latlng: layer.getLatLng()}, true);
        }));
        return out;
    }""")


def test_the_map_draws_every_event_offline_and_opens_popups(browser, seeds, tmp_path, capsys):
    _, _, _ = export(capsys, tmp_path, str(SEEDS))
    page = open_offline(browser, tmp_path / "map.html")
    try:
        assert page.evaluate("L.version") == "1.9.3"
        assert page.locator("path.cm-event").count() == len(symbol_keys(seeds.events))
        # A symbol of several reports has their number on it (an SVG text above its shape).
        counts = sorted(sum(symbol_keys([e]) == {key} for e in seeds.events) for key in symbol_keys(seeds.events))
        assert sorted(int(t) for t in page.locator("text.cm-count").all_text_contents()) == [n for n in counts if n > 1]
        assert page.locator(".leaflet-control-layers-overlays label").all_inner_texts() == [
            f" {name} ({sum(e.event_type == name for e in seeds.events)})"
            for name in sorted({e.event_type for e in seeds.events})]
        assert page.locator(".cm-legend").inner_text().splitlines()[-3:] == [
            LEGEND_APPROXIMATE, LEGEND_WIDE, LEGEND_SIZE]
        # A real click on a symbol that stands alone.
        lone = next(e for e in seeds.events if e.location == "Al Diwaniyah")
        point = page.evaluate("""(id) => {
            const map = window.conflictMap.map; let found = null;
            Object.values(window.conflictMap.groups).forEach(g => g.eachLayer(l => {
                if (l.cmEvent.id === id) found = map.latLngToContainerPoint(l.getLatLng()); }));
            const box = document.getElementById('map').getBoundingClientRect();
            return [box.left + found.x, box.top + found.y];
        }""", lone.event_id)
        page.mouse.click(*point)
        popup = page.locator(".leaflet-popup-content .cm-popup").first
        popup.wait_for(timeout=5_000)
        text = popup.inner_text()
        assert text.splitlines()[:6] == ["Al Diwaniyah (“Diwaniya”)", "Qadisiyah, Iraq", "2008-03-29 (week)",
                                         "Battles · Armed clash", "no casualty figure", "Actors: not stated"]
        assert "no casualty figure" in text
        assert "Socialist Worker: Revolt spreads across Iraq" in text
        assert lone.sentence in text
        page.wait_for_timeout(300)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "export_map.png"))
        # Every popup: the figures with their qualifier, as the dashboard writes them.
        shown = popups_and_tooltips(page)
        assert len(shown["texts"]) == len(seeds.events)  # each report's own box, in its symbol's popup
        assert any("at least 130 killed, 350 wounded" in t for t in shown["texts"])
        assert "Basrah · Battles · 4 reports · 130 killed" in shown["tooltips"]
        assert "4 reports of Battles at Basrah · 130 killed (one report gives a figure)" in shown["heads"]
        assert shown["elements"] == 0
        assert page.refused and all(u.startswith("https://tile.openstreetmap.org/") for u in page.refused)
        assert page.problems == [] and page.dialogs == []
    finally:
        page.close()


def test_an_empty_map_shows_its_note(browser, tmp_path, capsys):
    export(capsys, tmp_path, str(SEEDS), "--outlet", "The Times")
    page = open_offline(browser, tmp_path / "map.html")
    try:
        assert page.locator("path.cm-event").count() == 0
        assert page.locator(".cm-note").inner_text() == "No event matches these filters."
        assert page.problems == []
    finally:
        page.close()


def test_hostile_text_shows_as_text_and_runs_nothing(browser, hostile_corpus, tmp_path, capsys):
    export(capsys, tmp_path, str(hostile_corpus))
    read = extract([hostile_corpus])
    fixture = tmp_path / "fixture.html"
    fixture.write_text(render_map(hostile_extraction()).html, encoding="utf-8")
    for path, events in ((tmp_path / "map.html", read.events), (fixture, hostile_extraction().events)):
        page = open_offline(browser, path)
        try:
            assert page.locator("path.cm-event").count() == len(symbol_keys(events))
            shown = popups_and_tooltips(page)
            assert len(shown["texts"]) == len(events) and len(shown["tooltips"]) == len(symbol_keys(events))
            assert shown["elements"] == 0  # no article text became markup
            with_title = [HOSTILE_TITLE in t for t in shown["texts"]]
            if path == fixture:
                # The article's three reports, and the report of the same event (group g1) in another
                # article, whose popup lists it under "also reported by": as text every time.
                assert sum(with_title) == 4
                listed = [t.partition("Also reported by: ") for t in shown["texts"]]
                assert sum(HOSTILE_TITLE in after and HOSTILE_TITLE not in own for own, _, after in listed) == 1
                assert any("<b onmouseover=alert(8)>militia</b>" in t for t in shown["texts"])
                assert any("`${alert(9)}`</script><!--<script>" in t for t in shown["texts"])
                assert set(shown["hrefs"]) == {'https://example.org/"><img src=x onerror=alert(4)>'}
                labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
                assert " <i>Battles</i> (4)" in labels  # the type's name as text, not markup
                assert "3 reports of <i>Battles</i> at Basra · 40 killed (one report gives a figure)" in shown["heads"]
                assert " __proto__ (1)" in labels
                assert page.locator(".leaflet-control-layers-overlays i").count() == 0
            else:
                assert all(with_title)
                assert any("<script>alert(6)</script> killed 12 people" in t for t in shown["texts"])
                assert shown["hrefs"] == []
            page.wait_for_timeout(500)
            assert page.dialogs == []
            assert page.evaluate("window.__pwned === undefined")
            assert page.problems == []
        finally:
            page.close()


# -- the offline base map and the legend ----------------------------------------------------------
BASEMAP_STATE = """() => {
    const map = window.conflictMap.map, box = document.getElementById('map').getBoundingClientRect();
    const legend = document.querySelector('.cm-legend').getBoundingClientRect();
    const covered = [];
    Object.values(window.conflictMap.groups).forEach(g => g.eachLayer(l => {
        const p = map.latLngToContainerPoint(l.getLatLng()), x = box.left + p.x, y = box.top + p.y;
        if (x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom) covered.push(l.cmEvent.id);
    }));
    return {
        land: [...document.querySelectorAll('.leaflet-cmBase-pane canvas')].some(c => c.width > 0),
        names: [...document.querySelectorAll('.cm-base-name')].map(n => n.textContent),
        notice: (document.querySelector('.cm-tile-notice') || {}).textContent || '',
        attribution: document.querySelector('.leaflet-control-attribution').textContent,
        legendOpen: document.querySelector('.cm-legend').open,
        layersOpen: document.querySelector('.leaflet-control-layers')
            .classList.contains('leaflet-control-layers-expanded'),
        covered: covered,
    };
}"""


def test_offline_the_page_draws_land_borders_and_names_and_says_the_tiles_failed(browser, seeds, tmp_path, capsys):
    export(capsys, tmp_path, str(SEEDS))
    page = open_offline(browser, tmp_path / "map.html")
    try:
        page.wait_for_selector(".cm-tile-notice", timeout=10_000)
        state = page.evaluate(BASEMAP_STATE)
        assert state["land"]
        assert "Iraq" in state["names"] and "Iran" in state["names"]
        assert state["notice"] == "Map tiles could not load (offline?): showing the offline map."
        assert "Natural Earth" in state["attribution"] and "GeoNames" in state["attribution"]
        # Wide page: the legend and the layer control start open, and the legend hides no symbol.
        assert state["legendOpen"] and state["layersOpen"]
        assert state["covered"] == []
        # "Offline map" among the base layers takes the tiles away.
        assert page.locator(".leaflet-tile-pane img").count() > 0
        page.get_by_text("Offline map (Natural Earth)").click()
        assert page.locator(".leaflet-tile-pane img").count() == 0
        page.screenshot(path=str(ARTIFACTS / "export-map-offline.png"))
        assert page.problems == []
    finally:
        page.close()


def test_on_a_phone_the_legend_and_layers_start_folded_and_hide_no_symbol(browser, seeds, tmp_path, capsys):
    export(capsys, tmp_path, str(SEEDS))
    page = open_offline(browser, tmp_path / "map.html", width=390)
    try:
        state = page.evaluate(BASEMAP_STATE)
        assert not state["legendOpen"] and not state["layersOpen"]
        assert state["covered"] == []
        assert page.locator(".cm-legend").inner_text().strip() == "Legend"
        page.locator(".cm-legend summary").click()
        assert page.locator(".cm-legend").inner_text().splitlines()[-1] == LEGEND_SIZE
        page.screenshot(path=str(ARTIFACTS / "export-map-390.png"))
    finally:
        page.close()


def test_a_click_on_a_place_lists_its_reports_and_those_of_the_other_types_there(browser, seeds, tmp_path, capsys):
    export(capsys, tmp_path, str(SEEDS))
    at: dict = {}
    for e in seeds.events:
        at.setdefault((round(e.latitude, 5), round(e.longitude, 5)), []).append(e)
    stack = max(at.values(), key=len)
    types = sorted({e.event_type for e in stack})
    assert len(stack) == 11 and len(types) == 3  # the seeds' Basra point: eleven reports, of three types
    clicked = max(types, key=lambda t: sum(e.event_type == t for e in stack))  # Explosions/Remote violence: five
    mine = [e for e in stack if e.event_type == clicked]
    page = open_offline(browser, tmp_path / "map.html")
    try:
        script = """(type) => {
            const group = window.conflictMap.groups[type], lat = %s, lon = %s; let found = null;
            group.eachLayer(l => { if (l.cmEvent.lat === lat && l.cmEvent.lon === lon) found = l; });
            found.fire('click', {latlng: found.getLatLng()}, true);
            const content = group.getPopup().getElement().querySelector('.leaflet-popup-content');
            return {heads: [...content.querySelectorAll('.cm-stack-head, .cm-group-head')].map(h => h.textContent),
                    sentences: [...content.querySelectorAll('.cm-popup .cm-sentence')].map(q => q.textContent)};
        }""" % (round(stack[0].latitude, 5), round(stack[0].longitude, 5))
        boxes = page.evaluate(script, clicked)
        # The clicked symbol's count and its reports, then the other two types' symbols at that point.
        assert boxes["heads"][0] == f"{len(mine)} reports of {clicked} at Basrah · no local killed figure"
        assert boxes["heads"][1] == "2 other event types at this place:"
        assert sorted(boxes["sentences"]) == sorted(e.sentence for e in stack)
        assert sorted(boxes["sentences"][:len(mine)]) == sorted(e.sentence for e in mine)  # the clicked one's first
        # A type switched off in the layer control leaves its reports out of the list.
        hidden = next(t for t in types if t != clicked)
        page.locator(".leaflet-control-layers-overlays label", has_text=hidden).locator("input").uncheck()
        page.evaluate("() => window.conflictMap.map.closePopup()")
        shown = page.evaluate(script, clicked)
        assert len(shown["sentences"]) == sum(e.event_type != hidden for e in stack)
        assert shown["heads"][1] == "Another event type at this place:"
    finally:
        page.close()


def test_a_saved_extraction_is_mapped_as_it_is(seeds, tmp_path, capsys):
    saved = tmp_path / "seeds.json"
    assert main(["extract", str(SEEDS), "--format", "json", "-o", str(saved)]) == 0
    capsys.readouterr()
    code, html, err = export(capsys, tmp_path, str(saved))
    assert code == 0 and f"{len(seeds.events)} of {len(seeds.events)} events" in err
    assert sorted(e["id"] for e in reports(embedded(html))) == sorted(e.event_id for e in seeds.events)
    bad = tmp_path / "notes.json"
    bad.write_text('{"events": [{"nonsense": 1}]}', encoding="utf-8")
    code, _, err = export(capsys, tmp_path, str(bad))
    assert code == 1 and "notes.json: not a saved extraction (geodata extract --format json): TypeError" in err
    # A field of the wrong type (a file edited by hand) is one line naming it, never a traceback.
    edited = json.loads(saved.read_text(encoding="utf-8"))
    edited["events"][0]["event_type"] = None
    bad.write_text(json.dumps(edited), encoding="utf-8")
    code, _, err = export(capsys, tmp_path, str(bad), "--event-type", "Battles")
    assert code == 1 and err.strip().endswith("TypeError: event field 'event_type' holds NoneType")
    bad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = export(capsys, tmp_path, str(bad))
    assert code == 1 and "RecursionError" in err
    # A saved extraction is mapped alone.
    code, _, err = export(capsys, tmp_path, str(saved), str(SEEDS))
    assert code == 2 and "given as the only PATH" not in err and "the only PATH" in err


def test_a_symbol_of_many_reports_carries_the_largest_tolls_and_says_how_to_see_the_rest(browser, tmp_path):
    from dataclasses import replace

    from geodata.render.aggregate import STACK_SHOWN
    from tests.helpers import make_extraction

    base = make_extraction()
    first = base.events[0]
    many = tuple(replace(first, event_id=f"s{i:02}", killed_low=i, killed_high=i, fatalities=i) for i in range(61))
    path = tmp_path / "many.html"
    path.write_text(render_map(replace(base, events=many)).html, encoding="utf-8")
    data = embedded(path.read_text(encoding="utf-8"))
    [symbol] = data["events"]
    # Only the shown reports travel: the largest tolls, 60 down to 51.
    assert [r["id"] for r in symbol["reports"]] == [f"s{i:02}" for i in range(60, 60 - STACK_SHOWN, -1)]
    page = open_offline(browser, path)
    try:
        got = page.evaluate("""() => {
            let layer = null, group = null;
            Object.values(window.conflictMap.groups).forEach(g => g.eachLayer(l => { layer = l; group = g; }));
            layer.fire('click', {latlng: layer.getLatLng()}, true);
            const content = group.getPopup().getElement().querySelector('.leaflet-popup-content');
            return {boxes: content.querySelectorAll('.cm-popup').length,
                    head: content.querySelector('.cm-group-head').textContent,
                    more: content.querySelector('.cm-group-more').textContent,
                    count: document.querySelector('text.cm-count').textContent};
        }""")
        assert got == {
            "boxes": STACK_SHOWN, "count": "61",
            "head": "61 reports of Battles at Basra · 1,830 killed counted once (figures 0–60)",
            "more": "and 51 more here, not in this file: it carries the 10 largest tolls of each symbol. "
                    "For the others, export a narrower map (geodata export-map --place, --start, --end).",
        }
    finally:
        page.close()
