"""Time the dashboard on a large synthetic extraction: first render and filter changes.

    python benchmarks/bench_dashboard.py [--events 10000] [--articles 500] [--places 300] [--browser]

Writes a saved extraction of synthetic events (``benchmarks/out/events-N.json``) and
opens the app on it through Streamlit's AppTest, in-process: the script's whole run,
server side (data load, filters, folium map, tables), not the browser's drawing; and the
size of the map's message to the browser (what streamlit-folium sends). It also writes the
page of ``geodata export-map`` for the same events (``benchmarks/out/map-N.html``), timed,
with its size. ``--browser`` also starts the server as ``make run`` does and times, in headless
chromium, page loads until every report is drawn on the map (one symbol per place and event
type: see :data:`REPORTS_JS`): the first after the server starts, and the median of the next
ones, each in a fresh browser context (no cache). The time is taken in the page (see
:data:`DRAWN_JS`); the test driver's own view, which adds its polling and waits for the page
to be idle, is shown beside it. Prints a table and exits 0: benchmarks report, they do not gate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
TARGET_FIRST_S = 3.0
TARGET_CHANGE_S = 1.0
TARGET_EXPORT_MB = 10.0
WARM_LOADS = 7

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments")
OUTLETS = tuple(f"Outlet {i:02d}" for i in range(12))
QUALIFIERS = ("exact", "at least", "up to", "approximately", "more than", "vague", "")


def make_extraction(events: int = 10_000, articles: int = 500, seed: int = 1, places: int = 300) -> dict:
    """A saved extraction (the JSON ``geodata extract`` writes) with ``events`` synthetic reports
    of six event types at ``places`` places (so at most six times as many symbols on a map)."""
    rng = random.Random(seed)
    spots = [(f"Place {i}", f"gn:{100000 + i}", f"Province {i % 18}", 29.5 + rng.random() * 7.5,
              39.0 + rng.random() * 9.0) for i in range(places)]
    sentences: dict[str, list[str]] = {f"art{i:04d}": [] for i in range(articles)}
    rows = []
    for n in range(events):
        article_id = f"art{rng.randrange(articles):04d}"
        name, place_id, admin1, lat, lon = rng.choice(spots)
        killed = rng.choice([None, None, rng.randint(1, 10), rng.randint(1, 300)])
        high = None if killed is None else killed + rng.choice([0, 0, 5])
        wounded = rng.choice([None, rng.randint(1, 100)])
        sentence = (f"Report {n}: fighting near {name} left {killed or 'an unknown number of'} people killed "
                    f"and {wounded or 'others'} wounded, officials said on the day.")
        sentences[article_id].append(sentence)
        day = rng.randrange(700)
        rows.append({
            "event_id": f"ev{n:06d}", "article_id": article_id, "source": "", "event_date":
            time.strftime("%Y-%m-%d", time.gmtime(1136073600 + day * 86400)), "time_precision": 1,
            "event_type": rng.choice(TYPES), "sub_event_type": "Armed clash", "actor1": "Militia",
            "actor2": "Army", "location": name, "location_text": name, "place_id": place_id, "admin1": admin1,
            "country": "IQ", "latitude": lat, "longitude": lon, "geo_precision": rng.choice([1, 1, 1, 2, 3]),
            "killed_low": killed, "killed_high": high, "wounded_low": wounded, "wounded_high": wounded,
            "count_qualifier": rng.choice(QUALIFIERS) if killed else "", "fatalities": killed,
            "scope": rng.choice(["local"] * 8 + ["operation", "national"]), "sentence": sentence,
            "start_char": 0, "end_char": 0, "notes": "", "event_group": "",
        })
    out_articles = []
    offsets: dict[str, dict[str, int]] = {}
    for i, (article_id, texts) in enumerate(sentences.items()):
        title = f"Synthetic report {i}"
        text = title + "\n\n" + " ".join(texts)
        out_articles.append({"id": article_id, "file": f"{article_id}.txt", "title": title,
                             "outlet": OUTLETS[i % len(OUTLETS)], "text": text, "author": "",
                             "published": "2007-01-01", "date_precision": "day", "url": "", "notes": ""})
        cursor, offsets[article_id] = len(title) + 2, {}
        for sentence in texts:
            offsets[article_id][sentence] = cursor
            cursor += len(sentence) + 1
    outlets = {a["id"]: a["outlet"] for a in out_articles}
    for row in rows:
        row["source"] = outlets[row["article_id"]]
        row["start_char"] = offsets[row["article_id"]][row["sentence"]]
        row["end_char"] = row["start_char"] + len(row["sentence"])
    return {"articles": out_articles, "mentions": [], "events": rows, "errors": []}


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_apptest(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    from streamlit.testing.v1 import AppTest

    os.environ["GEODATA_CORPUS"] = str(path)
    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    first = timed(app.run)
    assert not app.exception, app.exception
    [component] = [e for e in app.get("component_instance") if e.proto.component_name.endswith("st_folium")]
    message = len(component.proto.json_args.encode("utf-8")) / 1e6
    warm = []
    for _ in range(repeat):
        again = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
        warm.append(timed(again.run))
    outlet = next(m for m in app.multiselect if m.label == "Outlet")
    changes: dict[str, list[float]] = {"outlet": [], "min_killed": [], "place": [], "reset to all": []}
    for i in range(repeat):
        outlet.set_value([OUTLETS[i % len(OUTLETS)]])
        changes["outlet"].append(timed(app.run))
        next(n for n in app.number_input if n.label == "Minimum killed").set_value(50 + i)
        changes["min_killed"].append(timed(app.run))
        next(t for t in app.text_input if t.label == "Place").set_value(f"Place {i + 1}")
        changes["place"].append(timed(app.run))
        next(b for b in app.button if b.label == "Reset filters").click()
        changes["reset to all"].append(timed(app.run))
        outlet = next(m for m in app.multiselect if m.label == "Outlet")
    assert not app.exception, app.exception
    rows = [("first render, cold cache (s)", first, TARGET_FIRST_S),
            ("first render, new session (s, median)", statistics.median(warm), TARGET_FIRST_S),
            ("map message to the browser (MB)", message, None)]
    rows += [(f"filter change: {name} (s, median)", statistics.median(values), TARGET_CHANGE_S)
             for name, values in changes.items()]
    return rows


def bench_export(path: Path) -> list[tuple[str, float, float | None]]:
    """``geodata export-map`` of the saved extraction, in-process: its time and its file's size."""
    from geodata.io.export import from_json
    from geodata.render.htmlmap import render_map

    extraction = from_json(json.loads(path.read_text(encoding="utf-8")))
    start = time.perf_counter()
    page = render_map(extraction)
    took = time.perf_counter() - start
    target = path.with_name(path.name.replace("events-", "map-").replace(".json", ".html"))
    target.write_text(page.html, encoding="utf-8")
    return [("export-map: the page (s)", took, None),
            ("export-map: the file (MB)", target.stat().st_size / 1e6, TARGET_EXPORT_MB)]


# The reports the map's symbols hold: a symbol of several reports counts them all (its record's
# ``c``), one alone counts one; the rings around selected reports (no id) count none.
REPORTS_JS = ("(() => { let n = 0; if (window.map) window.map.eachLayer(l => { "
              "if (l.feature && l.feature.properties.id) n += l.feature.properties.c || 1; }); return n; })()")

# Runs in every frame of the page, before its own scripts. In the map's frame it watches
# for the map to hold every report, then notes the time once the next frame is drawn
# (a requestAnimationFrame, then a task after it), in the page's own clock: from the
# start of navigation to the symbols on screen, without the test driver's polling.
DRAWN_JS = """
if (window !== window.top) (function () {
  function check() {
    if (%(reports)s >= %(events)d) {
      requestAnimationFrame(function () { setTimeout(function () {
        window.top.__symbolsDrawn = performance.timeOrigin + performance.now() - window.top.performance.timeOrigin;
      }, 0); });
      return;
    }
    setTimeout(check, 10);
  }
  setTimeout(check, 10);
})();
"""


def bench_browser(path: Path, events: int) -> list[tuple[str, float, float | None]]:
    sys.path.insert(0, str(ROOT))
    from tests import helpers

    missing = helpers.browser_missing()
    if missing:
        print(f"browser timings skipped: {missing}")
        return []
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=helpers.CHROMIUM, args=helpers.CHROMIUM_ARGS)
        start = time.perf_counter()
        with helpers.serve(path) as url:  # `make run`'s server, on the synthetic events
            started = time.perf_counter() - start
            drawn, seen = [], []
            for _ in range(1 + WARM_LOADS):  # the first load after the server starts is the cold one
                with helpers.offline_page(browser, url) as page:
                    page.add_init_script(DRAWN_JS % {"reports": REPORTS_JS, "events": events})
                    begin = time.perf_counter()
                    page.goto(url)
                    element = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=120_000)
                    element.content_frame().wait_for_function(f"{REPORTS_JS} >= {events}", timeout=120_000)
                    seen.append(time.perf_counter() - begin)
                    done = page.wait_for_function("() => window.__symbolsDrawn", timeout=30_000)
                    drawn.append(done.json_value() / 1000)
        browser.close()
    return [("server start, until it answers (s)", started, None),
            ("page load to all symbols drawn, first visitor (s)", drawn[0], TARGET_FIRST_S),
            (f"page load to all symbols drawn (s, median of {WARM_LOADS})", statistics.median(drawn[1:]),
             TARGET_FIRST_S),
            ("  the same, as the test driver sees it (s, median)", statistics.median(seen[1:]), None)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--places", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"events-{args.events}.json"
    path.write_text(json.dumps(make_extraction(args.events, args.articles, places=args.places)), encoding="utf-8")
    rows = bench_apptest(path, args.repeat)
    rows += bench_export(path)
    if args.browser:
        rows += bench_browser(path, args.events)
    print(f"{args.events:,} events, {args.articles} articles, {args.places} places, {os.cpu_count()} cores")
    print(f"{'metric':<52} {'value':>8} {'target':>8}  result")
    for metric, value, target in rows:
        verdict = "" if target is None else "PASS" if value < target else "FAIL"
        print(f"{metric:<52} {value:>8.2f} {'' if target is None else '< ' + str(target):>8}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
