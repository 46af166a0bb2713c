"""The dashboard in a real browser: Debian's chromium driven by Playwright, no internet.

The app runs with ``streamlit run`` on a free localhost port; every request that is
not for localhost is refused, so the map must come from the app's own server.
Without chromium or playwright these tests skip, unless ``CI_REQUIRE_BROWSER=1``
(set by .ci/run), where a skip would hide a broken map and so is an error.
"""

import csv
import re
import json
from pathlib import Path


from benchmarks.bench_dashboard import REPORTS_JS
from tests.helpers import ARTIFACTS, POPUP_READER_JS, SYMBOLS_JS, offline_page, serve
from tests.helpers import hostile_extraction as hostile_builder
from geodata.io.export import to_json
from geodata.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]


def symbol_keys(events) -> set:
    """One symbol per point and event type."""
    return {(round(e.latitude, 5), round(e.longitude, 5), e.event_type) for e in events}


def map_frame(page, reports: int):
    """The map's iframe, once Leaflet has drawn symbols holding ``reports`` reports."""
    element = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=60_000)
    frame = element.content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=30_000)
    frame.wait_for_function(f"{REPORTS_JS} >= {reports}", timeout=30_000)
    page.wait_for_timeout(500)
    return frame


def count_symbols(frame) -> int:
    """Report symbols on the map; below a few thousand each is an SVG path, checked too."""
    count = frame.evaluate(SYMBOLS_JS)
    assert frame.locator("path.leaflet-interactive").count() == count
    return count


def count_reports(frame) -> int:
    """The reports the map's symbols hold."""
    return frame.evaluate(REPORTS_JS)


def open_every_popup(frame) -> dict:
    """Click each report symbol in turn (through Leaflet's events). What the popups and
    tooltips show: the ``texts`` of the reports each symbol shows (one box each), the
    ``heads`` of the symbols of several reports, the ``tooltips``, their links' ``hrefs``, and
    how many ``elements`` other than our own markup (img, script, iframe, anything with an on…
    attribute) they held."""
    return frame.evaluate("() => {" + POPUP_READER_JS + """
        const symbols = [];
        window.map.eachLayer(layer => { if (layer.feature && layer.feature.properties.id) symbols.push(layer); });
        for (const layer of symbols) {
            layer.fire('click', {latlng: layer.getLatLng()}, true);
            readPopup(window.map._popup);
            window.map.closePopup();
            layer.fire('mouseover', {latlng: layer.getLatLng()}, true);
            const tip = document.querySelector('.leaflet-tooltip');
            if (tip) out.tooltips.push(look(tip));
            layer.fire('mouseout', {latlng: layer.getLatLng()}, true);
        }
        return out;
    }""")


def pwned(page) -> list:
    return [f.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)") for f in page.frames]


def test_the_seed_map_draws_every_report_without_internet(browser):
    events = extract([ROOT / "seeds"]).events
    with serve(ROOT / "seeds") as url, offline_page(browser, url) as page:
        page.goto(url)
        frame = map_frame(page, len(events))
        assert count_symbols(frame) == len(symbol_keys(events)) and count_reports(frame) == len(events)
        assert frame.evaluate("() => typeof L === 'object' && L.version") == "1.9.3"
        # The offline base map, fetched from the app's own server: the seeds' provinces named,
        # a notice that the tiles failed, and the legend (folded in this column) over no symbol.
        frame.wait_for_selector(".cm-base-name", timeout=15_000)
        names = frame.evaluate("() => [...document.querySelectorAll('.cm-base-name')].map(n => n.textContent)")
        assert {"Iraq", "Baghdad", "Basra"} <= set(names)
        assert frame.locator(".cm-tile-notice").inner_text() == \
            "Map tiles could not load (offline?): showing the offline map."
        assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
        assert frame.evaluate("""() => {
            const legend = document.querySelector('.cm-legend').getBoundingClientRect(), hidden = [];
            window.map.eachLayer(l => {
                if (!(l.feature && l.feature.properties.id)) return;
                const p = window.map.latLngToContainerPoint(l.getLatLng());
                if (p.x >= legend.left && p.x <= legend.right && p.y >= legend.top && p.y <= legend.bottom)
                    hidden.push(l.feature.properties.id);
            });
            return hidden;
        }""") == []
        page.get_by_text("Reports", exact=True).first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
        assert page.dialogs == []


def test_the_fixture_map_draws_one_symbol_per_report_with_popups(browser, saved_extraction):
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        page.goto(f"{url}/?outlet=Socialist%20Worker&outlet=News%20Line")
        frame = map_frame(page, 6)
        # e1-e5 and e8: the two outlets' reports; Basra's battles (e1, e5) one symbol.
        assert count_reports(frame) == 6 and count_symbols(frame) == 5
        # The map's column is under 700 px wide: the legend starts folded, and opens on a click.
        legend = frame.locator(".cm-legend")
        assert legend.inner_text().splitlines() == ["Legend"]
        legend.locator("summary").click()
        assert legend.inner_text().splitlines()[:3] == ["Legend", "Battles", "Explosions/Remote violence"]
        shown = open_every_popup(frame)
        texts = shown["texts"]
        assert len(texts) == 6
        assert any("at least 130 killed, 350 wounded" in t and "Revolt spreads" in t for t in texts)
        assert "Sadr City · Battles · at least 10 killed, 30 wounded" in shown["tooltips"]
        assert "Basra · Battles · 2 reports · 40 killed" in shown["tooltips"]
        assert shown["heads"] == ["2 reports of Battles at Basra · 40 killed (one report gives a figure)"]
        # The heat layer loads from the local copy and draws on its canvas.
        frame.locator(".leaflet-control-layers").hover()
        frame.get_by_text("Heat map (killed)").click()
        frame.wait_for_selector("canvas.leaflet-heatmap-layer", timeout=10_000)
        assert all("tile.openstreetmap.org" in u for u in page.refused), page.refused
        page.screenshot(path=str(ARTIFACTS / "dashboard-fixture.png"), full_page=True)
        # The timeline is built when its tab opens; that rerun leaves the map as it was.
        frame.evaluate("() => { window.map.setZoom(window.map.getZoom() - 1, {animate: false}); "
                       "window.__same_map = true; }")
        zoom = frame.evaluate("() => window.map.getZoom()")
        brush_hint = "Drag across the chart to filter the map to a period"
        assert page.get_by_text(brush_hint).count() == 0
        page.get_by_role("tab", name="Timeline").click()
        page.get_by_text(brush_hint).wait_for(timeout=30_000)
        page.wait_for_timeout(1000)
        assert frame.evaluate("() => [window.__same_map, window.map.getZoom()]") == [True, zoom]
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        page.goto(url)
        assert count_symbols(map_frame(page, 8)) == 5
        # Ticking the first row of the reports table rings that report on the map.
        table = page.locator("[data-testid='stDataFrame']").first.bounding_box()
        page.mouse.click(table["x"] + 14, table["y"] + 35 + 17)
        page.wait_for_function("""() => {
            const f = [...document.querySelectorAll('iframe')].find(i => i.title.includes('st_folium'));
            if (!f || !f.contentWindow.map) return false;
            let rings = 0;
            f.contentWindow.map.eachLayer(l => { if (l.feature && !l.feature.properties.id) rings++; });
            return rings === 1;
        }""", timeout=30_000)


def keys_of(rows: list[dict]) -> set:
    """One symbol per point and event type, of a saved extraction's events."""
    return {(round(r["latitude"], 5), round(r["longitude"], 5), r["event_type"]) for r in rows}


def test_thousands_of_symbols_draw_on_one_canvas_with_their_counts_and_open_their_popups(browser, tmp_path):
    from benchmarks.bench_dashboard import make_extraction as synthetic
    from geodata.render.symbols import CANVAS_FROM

    # Spread over 3,000 places: more symbols than the canvas threshold, many still of several reports.
    data = synthetic(3 * CANVAS_FROM, articles=60, places=3000)
    symbols = len(keys_of(data["events"]))
    assert CANVAS_FROM < symbols < len(data["events"])
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with serve(path) as url, offline_page(browser, url) as page:
        page.goto(url)
        frame = map_frame(page, len(data["events"]))
        assert frame.evaluate(SYMBOLS_JS) == symbols and count_reports(frame) == len(data["events"])
        # One canvas for every symbol: no SVG element per symbol.
        assert frame.locator("path.leaflet-interactive").count() == 0
        assert frame.locator(".leaflet-overlay-pane canvas").count() == 1
        # A symbol of several reports has its number drawn on the canvas, on its upper right rim
        # (shapes.js): dark text with a white halo, where no symbol's colour is that dark. Looked
        # for close up, at symbols alone at their point, so no other symbol is drawn over it.
        dark = frame.evaluate("""async () => {
            const frameDone = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            const at = {}, counted = [], out = [];
            window.map.eachLayer(l => {
                if (!(l.feature && l.feature.properties.id)) return;
                const p = l.feature.properties, key = p.x + ',' + p.y;
                at[key] = (at[key] || 0) + 1;
                if (p.c > 1) counted.push(l);
            });
            for (const l of counted.filter(l => at[l.feature.properties.x + ',' + l.feature.properties.y] === 1)
                                  .slice(0, 5)) {
                window.map.setView(l.getLatLng(), 13, {animate: false});
                await frameDone();
                const r = l._renderer, scale = window.devicePixelRatio || 1, d = 0.71 * l._radius;
                const x = (l._point.x + d - r._bounds.min.x) * scale, y = (l._point.y - d - r._bounds.min.y) * scale;
                const pixels = r._ctx.getImageData(x - 5 * scale, y - 5 * scale, 10 * scale, 10 * scale).data;
                let n = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    if (pixels[i + 3] > 200 && pixels[i] < 70 && pixels[i + 1] < 70 && pixels[i + 2] < 70) n++;
                }
                out.push(n);
            }
            window.map.fitBounds(window.map.getBounds(), {animate: false});
            return out;
        }""")
        assert len(dark) == 5 and all(n > 3 for n in dark), dark
        page.reload()
        frame = map_frame(page, len(data["events"]))
        # A real click on the symbol nearest the middle of the map opens the popup of the one on top there.
        x, y = frame.evaluate("""() => {
            const size = window.map.getSize(); let best = null, distance = Infinity;
            window.map.eachLayer(l => {
                if (!(l.feature && l.feature.properties.id)) return;
                const p = window.map.latLngToContainerPoint(l.getLatLng());
                const d = Math.hypot(p.x - size.x / 2, p.y - size.y / 2);
                if (d < distance) { distance = d; best = p; }
            });
            const box = window.map.getContainer().getBoundingClientRect();
            return [box.left + best.x, box.top + best.y];
        }""")
        iframe = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
        page.mouse.click(iframe["x"] + x, iframe["y"] + y)
        popup = frame.locator(".leaflet-popup-content .cm-popup").first
        popup.wait_for(timeout=10_000)
        place = popup.locator(".cm-place").inner_text()
        text = popup.inner_text()
        assert place.startswith("Place ") and f"fighting near {place} left" in text
        assert "Actors: Militia vs Army" in text and ": Synthetic report " in text
    # A filter leaves exactly its reports on the map.
    outlet = "Outlet 03"
    with serve(path) as url, offline_page(browser, url) as page:
        page.goto(f"{url}/?outlet={outlet.replace(' ', '%20')}")
        mine = [e for e in data["events"] if e["source"] == outlet]
        frame = map_frame(page, len(mine))
        assert count_reports(frame) == len(mine) and count_symbols(frame) == len(keys_of(mine))


HOSTILE_TITLE = ('<script>window.__pwned="title"</script><img src=x onerror="window.__pwned=\'img\';alert(1)">'
                 '`${window.__pwned="template"}`')
HOSTILE_OUTLET = '<img src=x onerror=alert(2)>`${alert(3)}`'
HOSTILE_SENTENCE = (' <img src=x onerror="window.__pwned=\'sentence\'"><script>window.__pwned="script"</script>'
                    # ...and out of the JavaScript string that carries the map's records.
                    ' \\\'); window.__pwned="literal"; (\' \\u0027 \\')
PROSE = ("Residents said the fighting went on through the night and that shops stayed shut the next day. "
         "Officials gave no figure for the number of people who had left their homes. ") * 4
HOSTILE_TEXT = (PROSE + "Fighting in Basra <script>alert(6)</script> killed 12 people on Tuesday. "
                "<img src=x onerror=\"window.__pwned='text'\"> `${alert(7)}` Police said 5 were wounded in Kut. "
                + PROSE)


def hostile_extraction():
    return hostile_builder(HOSTILE_TITLE, HOSTILE_OUTLET, location_text="`${alert(9)}`",
                            event_types={"Battles": "<i>Battles</i>"}, sentence=HOSTILE_SENTENCE)


def test_hostile_text_shows_as_text_and_runs_nothing(browser, tmp_path):
    # A folder corpus read by the real pipeline...
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE_TEXT + "\n", encoding="utf-8")
    with open(folder / "sources.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "title", "outlet", "author", "published", "date_precision", "url", "notes"])
        writer.writerow(["evil.txt", HOSTILE_TITLE, HOSTILE_OUTLET, "", "2008-03-29", "day",
                         "javascript:alert(10)", PROSE])
    # ...and a saved extraction whose events carry the same text into popups, tooltips and tables.
    saved = tmp_path / "hostile.json"
    saved.write_text(json.dumps(to_json(hostile_extraction())), encoding="utf-8")
    read = extract([folder])
    assert read.errors == () and [a.title for a in read.articles] == [HOSTILE_TITLE]
    events = len(read.events)

    for corpus, reports, symbols in ((folder, events, len(symbol_keys(read.events))), (saved, 8, 5)):
        with serve(corpus) as url, offline_page(browser, url) as page:
            page.goto(url)
            frame = map_frame(page, reports)
            assert count_symbols(frame) == symbols
            shown = open_every_popup(frame)
            texts = shown["texts"]
            assert len(texts) == reports  # every report's own box, in its symbol's popup
            assert shown["elements"] == 0  # no element of the articles' text became markup
            page.get_by_role("tab", name="Article reader").click()  # built when opened: the page reruns
            page.locator("div[style*='white-space:pre-wrap']").first.wait_for()  # the article's text
            body = page.locator("body").inner_text()
            if corpus == saved:
                assert any(HOSTILE_TITLE in t for t in texts)  # the title, as text, in a popup
                assert any("<b onmouseover=alert(8)>militia</b>" in t for t in texts)
                assert any("<i>Battles</i>" in t for t in texts)
                assert "3 reports of <i>Battles</i> at Basra · 40 killed (one report gives a figure)" in shown["heads"]
                # The sentence, whole and as text, in the popups of that article's three reports.
                assert sum(HOSTILE_SENTENCE.strip() in t for t in texts) == 3
                # Links only where the URL is http(s), with the URL whole as the address; no injected elements.
                # Besides them, each popup's own "link to this event": the page with ?event= and the id.
                links = {h for h in shown["hrefs"] if "?event=" in h}
                assert links and all(re.fullmatch(r"http://127\.0\.0\.1:\d+/\?event=[\w%-]+", h) for h in links)
                assert set(shown["hrefs"]) - links == {'https://example.org/"><img src=x onerror=alert(4)>'}
            else:
                assert all(HOSTILE_TITLE in t for t in texts)  # every popup names the article
                # ...and shows its report's sentence, markup and all, as text.
                assert all(any(e.sentence in t for t in texts) for e in read.events)
                assert "<script>alert(6)</script> killed 12 people" in body  # the article text, in the reader
                assert HOSTILE_TITLE in body  # the title, in the reader's choice of article
                assert "javascript:" not in page.locator("a").evaluate_all("els => els.map(e => e.href).join(' ')")
            page.wait_for_timeout(1000)
            assert page.dialogs == []
            assert pwned(page) == [None] * len(page.frames)


def test_articles_added_in_the_page_are_marked_on_the_map_and_run_nothing(browser, tmp_path):
    """Paste a text and upload a hostile web page through the sidebar, in a real browser."""
    events = extract([ROOT / "seeds"]).events
    page_file = tmp_path / "evil.html"
    page_file.write_text(
        "<!doctype html><html><head><title>Amara &lt;img src=x onerror=alert(1)&gt;</title>"
        "<script>window.__pwned='head'</script></head><body><article><h1>Battle for Amara</h1>"
        "<p>Iraqi troops and the Mahdi Army fought in Amara on Monday, and at least 20 people were killed in the "
        "clashes, officials said. <img src=x onerror=\"window.__pwned='img'\"></p><script>alert(11)</script>"
        "<p>Residents said the fighting went on through the night and that shops stayed shut the next day.</p>"
        "</article></body></html>", encoding="utf-8")
    with serve(None, db=tmp_path / "geodata.sqlite") as url, offline_page(browser, url) as page:
        page.goto(url)
        frame = map_frame(page, len(events))
        assert count_reports(frame) == len(events)
        page.get_by_text("Add articles").click()
        # Upload first: a rerun started by another field (Enter in "Date") could redraw the
        # uploader while the file is on its way, and the file would be lost.
        page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(page_file))
        page.get_by_text("evil.html").first.wait_for(timeout=30_000)
        text = page.get_by_label("Paste an article's text")
        text.fill("Fighting in Basra\n\nClashes between the Mahdi Army and Iraqi troops in Basra killed 12 people "
                  "on Tuesday, police said.\nA roadside bomb in Hilla wounded five civilians on Wednesday.\n")
        page.get_by_label("Date", exact=True).fill("2008-03-27")
        page.get_by_label("Date", exact=True).press("Enter")
        page.wait_for_timeout(1000)
        page.get_by_role("button", name="Add", exact=True).click()
        page.get_by_text("Added evil.html").wait_for(timeout=60_000)
        page.get_by_text("Added pasted-1.txt").wait_for(timeout=10_000)
        frame = map_frame(page, len(events) + 3)
        assert count_reports(frame) == len(events) + 3
        shown = open_every_popup(frame)
        assert shown["elements"] == 0
        added = [t for t in shown["texts"] if t.startswith("ADDED")]
        assert len(added) == 3, shown["texts"][:6]
        assert any("Battle for Amara" in t for t in added)
        # Removing the pasted text (listed first) takes its two reports away again.
        page.get_by_role("button", name="Remove").first.click()
        page.get_by_text("Removed pasted-1.").wait_for(timeout=30_000)
        page.wait_for_function("""(n) => {
            const f = [...document.querySelectorAll('iframe')].find(i => i.title.includes('st_folium'));
            if (!f || !f.contentWindow.map) return false;
            let reports = 0;
            f.contentWindow.map.eachLayer(l => {
                if (l.feature && l.feature.properties.id) reports += l.feature.properties.c || 1; });
            return reports === n;
        }""", arg=len(events) + 1, timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "dashboard-added.png"), full_page=True)
        page.wait_for_timeout(1000)
        assert page.dialogs == []
        assert pwned(page) == [None] * len(page.frames)


def test_a_link_streamlit_ignores_whole_gets_a_notice(browser, saved_extraction):
    # Streamlit drops a query string of more than 1,000 parameters before the page runs; the
    # server notes it (on its event loop, not the page's thread) and the page says so.
    query = "&".join(f"outlet=o{n}" for n in range(1500))
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        page.goto(f"{url}/?{query}")
        page.get_by_text("Ignored the whole link").wait_for(timeout=30_000)
        assert "its 1,500 parameters are more than Streamlit reads" in page.content()
        assert count_symbols(map_frame(page, 8)) == 5  # no filter applies: 8 reports, 5 symbols


def test_a_link_to_one_event_opens_its_popup_and_each_popup_links_to_its_event(browser, saved_extraction):
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        page.goto(f"{url}/?event=e7")
        frame = map_frame(page, 1)  # the map is fitted to e7 and ringed; its neighbours may be drawn too
        popup = frame.locator(".leaflet-popup-content .cm-popup").first
        popup.wait_for(timeout=15_000)
        text = popup.inner_text()
        assert text.startswith("Hilla") and "Event e7 · link to this event" in text
        # e7 and e8 share Hilla's symbol of explosions: its popup opened, e7 shown first in it.
        assert frame.locator(".leaflet-popup-content .cm-group-head").inner_text() == \
            "2 reports of Explosions/Remote violence at Hilla · 2 killed counted once (figures 2–3)"
        # e7 and e8 are one event told by two articles: the popup names the other, with its link.
        assert "Also reported by: News Line, Clashes in Basra" in text
        assert popup.get_by_text("Clashes in Basra").get_attribute("href") == "https://example.org/a1"
        link = popup.get_by_text("link to this event")
        assert link.get_attribute("href") == f"{url}/?event=e7" and link.get_attribute("target") == "_blank"
        # A click opens that link (the map's frame is sandboxed: a new tab, never a dead link).
        with page.context.expect_page(timeout=15_000) as opened:
            link.click()
        assert opened.value.url == f"{url}/?event=e7"
        opened.value.close()
        page.screenshot(path=str(ARTIFACTS / "dashboard-event-link.png"))


def test_the_page_follows_the_viewers_light_or_dark_preference_and_shapes_tell_types_apart(browser,
                                                                                          saved_extraction):
    backgrounds = {}
    with serve(saved_extraction) as url:
        for scheme in ("light", "dark"):
            with offline_page(browser, url, color_scheme=scheme) as page:
                page.goto(url)
                frame = map_frame(page, 8)
                backgrounds[scheme] = page.evaluate(
                    "() => getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
                if scheme == "dark":
                    # Each type its own shape in the legend, beside its colour: no colour alone tells.
                    frame.locator(".cm-legend summary").click()
                    shapes = frame.evaluate("""() => [...document.querySelectorAll('.cm-legend svg.cm-swatch')]
                        .map(s => s.firstChild.tagName + ':'
                                  + (s.firstChild.getAttribute('points') || '').split(' ').length)""")
                    # Battles a circle, Explosions a star, Protests a square, Violence against civilians a triangle.
                    assert shapes == ["circle:1", "polygon:10", "polygon:4", "polygon:3"]
                    # The map's own panels keep dark text on their light ground in a dark page.
                    assert frame.evaluate("() => getComputedStyle(document.querySelector('.cm-legend')).color") \
                        == "rgb(31, 31, 31)"
                    page.screenshot(path=str(ARTIFACTS / "dashboard-dark.png"))
    assert backgrounds == {"light": "rgb(251, 250, 247)", "dark": "rgb(23, 22, 20)"}


def test_dragging_across_the_timeline_filters_the_map_to_that_period(browser, saved_extraction):
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        page.goto(url)
        map_frame(page, 8)
        page.get_by_role("tab", name="Timeline").click()
        chart = page.locator("[data-testid='stVegaLiteChart']").first
        chart.wait_for(timeout=30_000)
        page.wait_for_timeout(1500)  # vega draws after the element appears
        box = chart.bounding_box()
        # Across the middle of the top chart, from a third of its width to two thirds.
        y = box["y"] + box["height"] * 0.25
        page.mouse.move(box["x"] + box["width"] * 0.35, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=8)
        page.mouse.up()
        page.wait_for_function("() => location.search.includes('start=') || location.search.includes('end=')",
                               timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "dashboard-timeline-brush.png"), full_page=True)
        frame = map_frame(page, 1)
        assert 0 < count_reports(frame) < 8  # the map follows the period


def test_a_click_on_the_basra_symbol_lists_its_reports_with_their_count_and_the_other_types_there(browser):
    events = extract([ROOT / "seeds"]).events
    basra = [e for e in events if e.location == "Basrah"]
    clicked = "Explosions/Remote violence"
    assert len(basra) == 11 and sum(e.event_type == clicked for e in basra) == 5  # five explosions, 2 other types
    with serve(ROOT / "seeds") as url, offline_page(browser, url) as page:
        page.goto(url)
        frame = map_frame(page, len(events))
        # A real click where the symbol stands (its count drawn on it), through the map's frame.
        x, y = frame.evaluate("""(type) => {
            let found = null;
            window.map.eachLayer(l => {
                if (l.feature && l.feature.properties.c && l.feature.properties.n === 'Basrah'
                    && l.options.shape === 'star') found = l;
            });
            window.map.setView(found.getLatLng(), 9, {animate: false});
            const p = window.map.latLngToContainerPoint(found.getLatLng());
            const box = window.map.getContainer().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""", clicked)
        frame.wait_for_selector("text.cm-count", timeout=10_000)
        labels = frame.evaluate("() => [...document.querySelectorAll('text.cm-count')].map(t => t.textContent)")
        assert {"5", "4", "2"} <= set(labels)  # Basra's explosions, battles, strategic developments
        page.wait_for_timeout(300)
        iframe = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
        page.mouse.click(iframe["x"] + x, iframe["y"] + y)
        frame.locator(".leaflet-popup-content .cm-group-head").first.wait_for(timeout=10_000)
        got = frame.evaluate("""() => {
            const content = window.map._popup.getElement().querySelector('.leaflet-popup-content');
            return {heads: [...content.querySelectorAll('.cm-group-head, .cm-stack-head')].map(h => h.textContent),
                    sentences: [...content.querySelectorAll('.cm-popup .cm-sentence')].map(q => q.textContent)};
        }""")
        # The symbol on top there (the explosions' star and the strategic developments' hexagon are
        # of one size): its count and its reports first, then the other types' symbols at that
        # point, each with its count: all eleven reports.
        heads = {f"5 reports of {clicked} at Basrah · no local killed figure": clicked,
                 "4 reports of Battles at Basrah · 130 killed (one report gives a figure)": "Battles",
                 "2 reports of Strategic developments at Basrah · no local killed figure": "Strategic developments"}
        assert got["heads"][1] == "2 other event types at this place:"
        assert sorted(got["heads"][:1] + got["heads"][2:]) == sorted(heads)
        top = [e for e in basra if e.event_type == heads[got["heads"][0]]]
        assert top[0].event_type != "Battles"  # the big circle lies beneath the small symbols
        assert sorted(got["sentences"][:len(top)]) == sorted(e.sentence for e in top)
        assert sorted(got["sentences"]) == sorted(e.sentence for e in basra)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "dashboard-stacked.png"))


def test_a_symbol_of_more_reports_than_it_shows_links_to_the_list_of_them_all(browser, tmp_path):
    from dataclasses import replace

    from geodata.render.aggregate import STACK_SHOWN
    from tests.helpers import make_extraction

    base = make_extraction()
    many = tuple(replace(base.events[0], event_id=f"s{i:02}", killed_low=i, killed_high=i, fatalities=i)
                 for i in range(STACK_SHOWN + 3))
    path = tmp_path / "many.json"
    path.write_text(json.dumps(to_json(replace(base, events=many))), encoding="utf-8")
    with serve(path) as url, offline_page(browser, url) as page:
        page.goto(url)
        frame = map_frame(page, len(many))
        assert count_symbols(frame) == 1
        frame.evaluate("""() => window.map.eachLayer(l => {
            if (l.feature && l.feature.properties.id) l.fire('click', {latlng: l.getLatLng()}, true); })""")
        more = frame.locator(".leaflet-popup-content .cm-group-more")
        assert more.inner_text() == "and 3 more here: list them all"
        assert frame.locator(".leaflet-popup-content .cm-popup").count() == STACK_SHOWN
        link = more.get_by_text("list them all")
        assert link.get_attribute("href") == f"{url}/?event_type=Battles&place=Basra"
        assert link.get_attribute("target") == "_blank"
        # The page it opens lists them all: the place and type filters, which the app already reads.
        with page.context.expect_page(timeout=15_000) as opened:
            link.click()
        listing = opened.value
        assert count_reports(map_frame(listing, len(many))) == len(many)
        assert "event_type=Battles" in listing.url and "place=Basra" in listing.url  # the filters kept
        listing.close()
