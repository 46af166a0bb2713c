"""Builders shared by the tests and the benchmarks: one home, no test imports another.

- a small hand-made extraction with events (three articles from three outlets, eight
  reports; each event's sentence is an exact slice of its article's text, as the pipeline
  guarantees), and a hostile variant for escaping tests;
- what a real browser needs (Debian's chromium driven by Playwright, never `playwright install`);
- reading the dashboard as Streamlit's AppTest shows it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from geodata.models import Article, Event, Extraction, Mention, Span

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = {
    "a1": ["Clashes in Basra killed 40 fighters on Tuesday.",
           "At least 10 people were killed and 30 wounded in Sadr City.",
           "A bomb in Hilla killed between two and four people."],
    "a2": ["Thousands marched in Kut.",
           "Militiamen killed five to eight civilians in Basra.",
           "The Basra operation has left at least 130 dead and 350 wounded."],
    "a3": ["The Basra operation has left at least 130 dead and 350 wounded.",
           "Three people died in a blast in Hilla."],
}
ARTICLES = {
    "a1": ("Clashes in Basra", "News Line", "2008-03-26", "https://example.org/a1"),
    "a2": ("Revolt spreads", "Socialist Worker", "2008-03-29", ""),
    "a3": ("Assault ends", "World Socialist Web Site", "2008-04-01", ""),
}
PLACES = {  # name -> (place_id, admin1, latitude, longitude)
    "Basra": ("gn:99532", "Basra", 30.508, 47.783),
    "Sadr City": ("cur:sadr-city", "Baghdad", 33.39, 44.46),
    "Kut": ("gn:97990", "Wasit", 32.512, 45.818),
    "Hilla": ("gn:99071", "Babil", 32.464, 44.421),
}


def _text(article_id: str) -> str:
    return ARTICLES[article_id][0] + "\n\n" + " ".join(SENTENCES[article_id])


def _event(event_id, article_id, index, location, event_type, date, killed=(None, None), wounded=(None, None),
           qualifier="", scope="local", geo_precision=1, group=""):
    text = _text(article_id)
    sentence = SENTENCES[article_id][index]
    start = text.index(sentence)
    place_id, admin1, lat, lon = PLACES[location]
    return Event(
        event_id=event_id, article_id=article_id, source=ARTICLES[article_id][1], event_date=date,
        time_precision=1, event_type=event_type, sub_event_type="", actor1="Mahdi Army", actor2="",
        location=location, location_text=location, place_id=place_id, admin1=admin1, country="IQ",
        latitude=lat, longitude=lon, geo_precision=geo_precision, killed_low=killed[0], killed_high=killed[1],
        wounded_low=wounded[0], wounded_high=wounded[1], count_qualifier=qualifier,
        # An operation's total keeps its fatalities here, as records stored before the counting rule
        # do: every view reads the scope too (geodata.counting.adds).
        fatalities=killed[0], scope=scope, sentence=sentence, start_char=start, end_char=start + len(sentence),
        event_group=group,
    )


EVENTS = (
    _event("e1", "a1", 0, "Basra", "Battles", "2008-03-25", killed=(40, 40), qualifier="exact"),
    _event("e2", "a1", 1, "Sadr City", "Battles", "2008-03-26", killed=(10, None), wounded=(30, 30),
           qualifier="at least"),
    _event("e3", "a2", 0, "Kut", "Protests", "2008-03-27", geo_precision=2),
    _event("e4", "a2", 1, "Basra", "Violence against civilians", "2008-03-28", killed=(5, 8)),
    _event("e5", "a2", 2, "Basra", "Battles", "2008-03-28", killed=(130, None), wounded=(350, 350),
           qualifier="at least", scope="operation", geo_precision=3),
    _event("e6", "a3", 0, "Basra", "Battles", "2008-03-31", killed=(130, None), wounded=(350, 350),
           qualifier="at least", scope="operation", geo_precision=3),
    _event("e7", "a3", 1, "Hilla", "Explosions/Remote violence", "", killed=(3, 3), qualifier="exact", group="g1"),
    _event("e8", "a1", 2, "Hilla", "Explosions/Remote violence", "2008-03-27", killed=(2, 4), group="g1"),
)


def _mentions() -> tuple[Mention, ...]:
    out = []
    for article_id in ARTICLES:
        text = _text(article_id)
        for name, (place_id, admin1, lat, lon) in PLACES.items():
            start = text.find(name, len(ARTICLES[article_id][0]))
            if start >= 0:
                out.append(Mention(article_id, name, start, start + len(name), place_id, name, "city", admin1,
                                   "IQ", lat, lon, "exact", "location"))
    return tuple(out)


def make_extraction() -> Extraction:
    articles = tuple(
        Article(id=article_id, file=f"{article_id}.txt", title=title, outlet=outlet, text=_text(article_id),
                body=(Span(len(title) + 2, len(_text(article_id))),), published=published,
                date_precision="day", url=url)
        for article_id, (title, outlet, published, url) in ARTICLES.items()
    )
    return Extraction(articles, _mentions(), EVENTS, ())


def hostile_extraction(title: str, outlet: str, *, location_text: str, event_types: dict[str, str],
                       sentence: str = "") -> Extraction:
    """:func:`make_extraction` with hostile text in every field a popup, tooltip or control
    shows: the first article's ``title``, ``outlet`` and URL (and ``sentence`` after each of
    its reports' sentences), the second article's URL, every event's actor and the words for
    its place (``location_text``), and the types renamed in ``event_types``."""
    base = make_extraction()
    article = replace(base.articles[0], title=title, outlet=outlet,
                      url='https://example.org/"><img src=x onerror=alert(4)>')
    other = replace(base.articles[1], url="javascript:alert(5)")
    events = tuple(
        replace(e, source=outlet if e.article_id == article.id else e.source,
                actor1="<b onmouseover=alert(8)>militia</b>", location_text=location_text,
                event_type=event_types.get(e.event_type, e.event_type),
                sentence=e.sentence + sentence if e.article_id == article.id else e.sentence)
        for e in base.events
    )
    return replace(base, articles=(article, other, *base.articles[2:]), events=events)



# -- a real browser: Debian's chromium driven by Playwright (never `playwright install`) --------

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def browser_missing() -> str:
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    return ""


# -- the dashboard served as `make run` serves it ----------------------------------------------

ARTIFACTS = ROOT / "tests" / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(corpus: Path | None, db: Path | None = None, **env_vars: str):
    """``streamlit run dashboard/serve.py`` (as ``make run`` does) on ``corpus``, or on the store
    ``db`` when None; yields the app's URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("GEODATA_CORPUS", "GEODATA_SAVE_UPLOADS")}
    # Never the repository's data/geodata.sqlite: a store of the test's own, or none at all.
    env["GEODATA_DB"] = str(db or ARTIFACTS / "no-store" / "geodata.sqlite")
    if corpus is not None:
        env["GEODATA_CORPUS"] = str(corpus)
    env.update(env_vars)
    log = ARTIFACTS / "streamlit.log"  # the last server's output, for a failed run
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard/serve.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                    if reply.read() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# The start of a page script that reads popups (the dashboard's map and an exported one): ``out``
# gathers what they show, ``look(node)`` counts a node's links and foreign elements (img, script,
# iframe, anything with an on... attribute), ``readPopup(popup)`` reads a clicked symbol's own box (other
# types' symbols at its point follow it, tested apart): the texts of the reports it shows, one box
# each, and the head line of a symbol of several reports.
POPUP_READER_JS = """
    const out = {texts: [], heads: [], tooltips: [], hrefs: [], elements: 0};
    const look = (node) => {
        node.querySelectorAll('a').forEach(a => out.hrefs.push(a.getAttribute('href')));
        node.querySelectorAll('img, script, iframe, svg, object, embed').forEach(() => out.elements++);
        node.querySelectorAll('*').forEach(e => {
            if ([...e.attributes].some(a => a.name.startsWith('on'))) out.elements++;
        });
        return node.innerText;
    };
    const readPopup = (popup) => {
        let own = popup.getElement().querySelector('.leaflet-popup-content').firstElementChild;
        if (own.classList.contains('cm-stack')) own = own.firstElementChild;
        look(own);
        if (own.classList.contains('cm-group')) {
            out.heads.push(own.querySelector('.cm-group-head').innerText);
            own.querySelectorAll('.cm-popup').forEach(box => out.texts.push(box.innerText));
        } else {
            out.texts.push(own.innerText);
        }
    };
"""


# Report symbols on the map: layers whose feature holds a report's record (it has an id;
# the rings around selected reports have none).
SYMBOLS_JS = ("(() => { let n = 0; if (window.map) window.map.eachLayer(l => "
              "{ if (l.feature && l.feature.properties.id) n++; }); return n; })()")


@contextlib.contextmanager
def offline_page(browser, url, **options):
    """A page that may only reach ``url``; dialogs are recorded and dismissed. ``options`` go to
    Playwright's ``new_page`` (``color_scheme="dark"``, a phone's ``viewport``)."""
    page = browser.new_page(**{"viewport": {"width": 1400, "height": 1200}, **options})
    refused, dialogs = [], []

    def route(request_route):
        target = request_route.request.url
        if target.startswith(url) or target.startswith(("data:", "blob:", "about:")):
            request_route.continue_()
        else:
            refused.append(target)
            request_route.abort()

    def dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("dialog", dialog)
    page.refused, page.dialogs = refused, dialogs
    try:
        yield page
    finally:
        page.close()


# -- the dashboard as AppTest shows it ---------------------------------------------------------

APP = str(ROOT / "dashboard" / "app.py")


TABLE = ["event_date", "location", "event_type", "figures", "killed", "source", "title", "added", "sentence",
         "admin1", "country_name", "sub_event_type", "scope", "actor1", "actor2", "event_id"]


def map_layers(script: str) -> list[dict]:
    """The data of each layer of symbols a map's script draws, in order: a JavaScript string
    of JSON whose only escapes are doubled backslashes (anything else would end it early or
    change it, and fail here)."""
    literals = re.findall(r"cmSymbols\.layer\(JSON\.parse\('([^'\n]*)'\)\);", script)
    assert len(literals) == script.count("cmSymbols.layer(")
    for literal in literals:
        assert re.fullmatch(r"(?:[^\\]|\\\\)*", literal)  # backslashes only in pairs
    return [json.loads(literal.replace("\\\\", "\\")) for literal in literals]


def symbols(script: str) -> list[dict]:
    """The report symbols' records (those with an id) in a map's script."""
    return [row for layer in map_layers(script) for row in layer["rows"] if "id" in row]


def open_tab(app, label: str) -> AppTest:
    """Switch to the tab ``label``, as a click on it does (the page reruns and builds it)."""
    app.session_state["tab"] = label
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def map_script(app) -> str:
    [component] = [e for e in app.get("component_instance") if e.proto.component_name.endswith("st_folium")]
    args = json.loads(component.proto.json_args)
    assert args["returned_objects"] == []  # panning and zooming never rerun the app
    return args["script"]


def shown(app) -> pd.DataFrame:
    """The reports table as the app shows it."""
    [table] = [d.value for d in app.dataframe if list(d.value.columns) == TABLE]
    return table


# ---------------------------------------------------------------------------
# Gold tables: data files in tests/gold/, read by the tests and the benchmarks alike.
GOLD = ROOT / "tests" / "gold"


def gold(name: str) -> object:
    """The gold table ``tests/gold/{name}.json``, as JSON reads it (lists, not tuples)."""
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def seed_events() -> list[tuple]:
    """The hand-read events of the seeds, one tuple per report (the fields of ``event_row``)."""
    return [tuple(r) for r in gold("seed_events")]


def event_row(e) -> tuple:
    """An extracted event as a row of ``seed_events()``."""
    return (e.article_id[:3], e.start_char, e.location_text, e.location, e.event_type, e.sub_event_type,
            e.event_date, e.time_precision, e.geo_precision, e.killed_low, e.killed_high, e.wounded_low,
            e.wounded_high, e.count_qualifier, e.scope)


def wire_places() -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """The hand-annotated wire sentences, table by table: (text, [(surface, country), ...])."""
    return {name: [(text, [tuple(p) for p in want]) for text, want in table]
            for name, table in gold("wire_places").items()}


def wire_mentions(text: str) -> list[Mention]:
    """The place mentions of one sentence, read as a whole article's body."""
    from geodata.places import extract_mentions, load_gazetteer

    article = Article(id="w", file="w.txt", title="", outlet="", text=text, body=(Span(0, len(text)),))
    return extract_mentions(article, load_gazetteer())


def mention_places(text: str) -> list[tuple[str, str]]:
    """(surface, country) of each place mention of ``text``."""
    return [(m.surface, m.country) for m in wire_mentions(text)]


def count_calls(run) -> int:
    """Every Python call (and generator step) ``run`` makes: a measure of work, not of time."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def run_app(monkeypatch=None, corpus=None, **params) -> AppTest:
    """The app on ``corpus`` (a folder or a saved extraction), or on the store when None,
    with ``params`` in its URL; it must run without an exception."""
    if corpus is not None:
        monkeypatch.setenv("GEODATA_CORPUS", str(corpus))
    app = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    return app


# -- the Add panel, as a visitor uses it (AppTest) -------------------------------------------------

def start(**secrets) -> AppTest:
    """A new session (a new visitor) of the app."""
    app = AppTest.from_file(APP, default_timeout=60)
    app.secrets.update(secrets)
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def unescape(text: str) -> str:
    """A Markdown-escaped message (dashboard.escape.plain) as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", text)


def open_panel(app) -> AppTest:
    """Open the "Add articles" expander, as a click on it does: its fields are built only while it is open."""
    if not any(t.key == "add_text" for t in app.text_area):
        app.session_state["add_panel"] = True
        app.run()
        assert not app.exception, [e.message for e in app.exception]
    return app


def submit(app, text: str = "", files=None, **fields) -> AppTest:
    """Fill the Add panel (text, files, the metadata fields by name) and press Add."""
    open_panel(app)
    if text:
        app.text_area(key="add_text").set_value(text)
    if files is not None:
        app.file_uploader[0].set_value(files)
    for name, value in fields.items():
        app.text_input(key=f"add_{name}").set_value(value)
    app.button(key="add_submit").click().run()
    assert not app.exception, [e.message for e in app.exception]
    return app


# The fixture's events with actors, sub-event types and countries that differ, for the filters'
# tests: event id -> (actor1, actor2, sub_event_type, country). Their geo_precision is the
# fixture's (e3 2, e5 and e6 3, the rest 1); their dates run from 2008-03-25 to 2008-03-31 (e7 has none).
VARIED = {
    "e1": ("Mahdi Army", "Iraqi Army", "Armed clash", "IQ"),
    "e2": ("Mahdi Army", "", "Armed clash", "IQ"),
    "e3": ("Protesters (Iraq)", "", "Peaceful protest", "IQ"),
    "e4": ("Militiamen", "Civilians (Iraq)", "Attack", "IQ"),
    "e5": ("Iraqi Army", "Mahdi Army", "Armed clash", "IQ"),
    "e6": ("Iraqi Army", "", "Armed clash", "KW"),
    "e7": ("Unidentified armed group", "", "Remote explosive/landmine/IED", "SY"),
    "e8": ("Unidentified armed group", "Civilians (Iraq)", "Remote explosive/landmine/IED", "IQ"),
}


def own_store(monkeypatch, tmp_path) -> Path:
    """The app on a store of the test's own (created on first use): no corpus folder, no saving
    for everyone. The store's path."""
    monkeypatch.setenv("GEODATA_DB", str(tmp_path / "store" / "geodata.sqlite"))
    monkeypatch.delenv("GEODATA_CORPUS", raising=False)
    monkeypatch.delenv("GEODATA_SAVE_UPLOADS", raising=False)
    return tmp_path / "store" / "geodata.sqlite"


def record_downloads(monkeypatch) -> dict:
    """What each download button of the app's runs offers, by label (the latest run's)."""
    import streamlit

    offered = {}
    offer = streamlit.download_button

    def recorded(label, data, *args, **kwargs):
        offered[label] = data
        return offer(label, data, *args, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", recorded)
    return offered
