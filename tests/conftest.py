"""A small hand-made extraction with events, for the dashboard tests.

Three articles from three outlets, eight reports. Each event's sentence is an
exact slice of its article's text, as the pipeline guarantees.
"""

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from geodata.io.export import to_json
from geodata.models import Article, Event, Extraction, Mention, Span

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


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def saved_extraction(tmp_path):
    """The fixture written as ``geodata extract --format json`` would write it."""
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(to_json(make_extraction())), encoding="utf-8")
    return path


# -- a real browser: Debian's chromium driven by Playwright (never `playwright install`) --------

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def _browser_missing() -> str:
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    return ""


@pytest.fixture(scope="module")
def browser():
    """A headless chromium; skipped with a reason when there is none, except where
    ``CI_REQUIRE_BROWSER=1`` (``.ci/run``) makes that a failure."""
    reason = _browser_missing()
    if reason:
        if os.environ.get("CI_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CI_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
