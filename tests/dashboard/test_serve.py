"""dashboard/serve.py: the server reads the corpus and builds the first page's map data
before the first visitor, into the same caches the page then reads."""

import asyncio
import logging

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import mapview, serve, source, view
from tests.helpers import APP, map_script, symbols


@pytest.fixture
def counted(monkeypatch, saved_extraction):
    """The app on a saved extraction, with empty caches; counts reads of the file and map builds."""
    monkeypatch.setenv("GEODATA_CORPUS", str(saved_extraction))
    for cached in (source._shared, view.load, view._features):
        cached.clear()
    calls = {"read": 0, "records": 0, "freeze": 0}

    def counting(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(source, "from_json", counting("read", source.from_json))
    monkeypatch.setattr(mapview, "feature_strings", counting("records", mapview.feature_strings))
    # Not in the test process: what it holds would stay out of the collector's sight.
    monkeypatch.setattr(serve.gc, "freeze", counting("freeze", lambda: None))
    yield calls
    for cached in (source._shared, view.load, view._features):
        cached.clear()


def test_the_first_page_after_warming_reads_nothing_again(counted, extraction):
    serve.warm()
    # Read once, and what was loaded is kept out of the collection Streamlit runs after each page.
    assert counted == {"read": 1, "records": 1, "freeze": 1}
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception
    assert counted == {"read": 1, "records": 1, "freeze": 1}  # the page found both in the caches
    assert sum(r.get("c", 1) for r in symbols(map_script(app))) == len(extraction.events)  # every report, in its symbol


def test_without_warming_the_first_page_does_the_work(counted):
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception and counted == {"read": 1, "records": 1, "freeze": 0}


def test_the_lifespan_warms_before_the_server_answers(counted):
    async def start():
        async with serve.lifespan(None):
            return dict(counted)

    assert asyncio.run(start()) == {"read": 1, "records": 1, "freeze": 1}


def test_a_failure_while_warming_is_logged_and_the_server_goes_on(monkeypatch, caplog):
    monkeypatch.setattr(serve.gc, "freeze", lambda: None)

    def broken():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(view, "warm", broken)
    with caplog.at_level(logging.ERROR, logger="dashboard.serve"):
        serve.warm()
    [record] = caplog.records
    assert "ahead of the first visitor" in record.getMessage() and "disk on fire" in record.exc_text
