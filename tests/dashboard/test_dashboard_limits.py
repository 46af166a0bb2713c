"""What a visitor can make the dashboard do, and what it shows them when something fails:
no traceback and no server path on the page, bounded size and time for an addition, query
values echoed short. Streamlit's AppTest, in-process and offline."""

import logging
import re
import threading

import pytest
from streamlit.testing.v1 import AppTest

import dashboard.widgets  # noqa: F401 (watches for query strings Streamlit drops, before the first run)
from dashboard import frames, session, source
from tests.helpers import APP, map_script, run_app, symbols

PASTE = ("Fighting in Basra\n\n"
         "Clashes between the Mahdi Army and Iraqi troops in Basra killed 12 people on Tuesday, police said.\n"
         "A roadside bomb in Hilla wounded five civilians on Wednesday.\n")


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    """A store of this test's own; no corpus folder, no saving, the default budgets."""
    monkeypatch.setenv("GEODATA_DB", str(tmp_path / "store" / "geodata.sqlite"))
    for name in ("GEODATA_CORPUS", "GEODATA_SAVE_UPLOADS", "GEODATA_ADD_MAX_CHARS", "GEODATA_ADD_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "store" / "geodata.sqlite"


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def errors_shown(app) -> list[str]:
    """The lines of the "could not be read" expander."""
    [box] = [e for e in app.expander if "could not be read" in e.label]
    return [t.value for t in box.text]


def page_text(app) -> str:
    """Every text, caption, notice and label of the page."""
    parts = [e.value for kind in ("caption", "text", "warning", "info", "error", "success", "markdown")
             for e in getattr(app, kind)]
    parts += [e.label for e in app.expander]
    return "\n".join(str(p) for p in parts)


def corpus_folder(tmp_path):
    folder = tmp_path / "server" / "private" / "corpus"
    folder.mkdir(parents=True)
    (folder / "one.txt").write_text(PASTE, encoding="utf-8")
    return folder


# -- no traceback, no server path -------------------------------------------------------------------

def test_the_config_hides_error_details_from_visitors():
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(APP).parent.parent / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"


def test_an_extraction_that_fails_on_the_corpus_is_a_notice_and_the_log_has_the_traceback(
        monkeypatch, tmp_path, caplog):
    # As a publication date of 9999-12-31 once made the extraction raise OverflowError.
    def broken(articles):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(source, "analyse", broken)
    folder = corpus_folder(tmp_path)
    with caplog.at_level(logging.ERROR, logger="dashboard.source"):
        app = run_app(monkeypatch, folder)
    assert not app.exception
    [line] = errors_shown(app)
    assert line.startswith("corpus: could not be read") and "OverflowError" in line
    assert str(tmp_path) not in page_text(app) and "Traceback" not in page_text(app)
    assert [i.value for i in app.info][:1] == ["No reports were extracted from this corpus."]
    assert symbols(map_script(app)) == []
    # The operator's log has the whole story.
    [record] = [r for r in caplog.records if r.name == "dashboard.source"]
    assert record.exc_info and record.exc_info[0] is OverflowError and str(folder) in record.getMessage()
    # The rest of the page works: the filters and the Add panel are there.
    assert [m.label for m in app.sidebar.multiselect] == ["Outlet", "Article", "Event type", "Sub-event type", "Actor",
                                                         "Country"]
    assert any(e.label == "Add articles" for e in app.sidebar.expander)


def test_a_failure_building_the_page_from_the_articles_is_a_notice(monkeypatch, saved_extraction, caplog):
    # As a saved extraction whose latitude is "not a number" once did, further down the page.
    real = frames.events_frame

    def broken(result, **kwargs):
        if result.events:
            raise ValueError("could not convert string to float: 'not a number'")
        return real(result, **kwargs)

    monkeypatch.setattr(frames, "events_frame", broken)
    with caplog.at_level(logging.ERROR, logger="dashboard.view"):
        app = run_app(monkeypatch, saved_extraction)
    assert not app.exception
    [line] = errors_shown(app)
    assert line.startswith("extraction.json: could not be read") and "ValueError" in line
    assert str(saved_extraction.parent) not in page_text(app)
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records if r.name == "dashboard.view")


def test_unreadable_files_are_named_relative_to_the_corpus_folder(monkeypatch, tmp_path):
    folder = corpus_folder(tmp_path)
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (folder / "sources.csv").write_text("file,title\nmissing.txt,Gone\n", encoding="utf-8")
    app = run_app(monkeypatch, folder)
    lines = errors_shown(app)
    assert len(lines) == 2
    assert any(line.startswith("bad.txt: ") for line in lines)
    assert any(line.startswith("sources.csv: ") for line in lines)
    assert str(tmp_path) not in page_text(app) and "/server/private" not in page_text(app)
    assert app.caption[0].value.startswith("Corpus: corpus ·")


def test_a_store_that_cannot_be_read_is_named_without_its_folders(environment, tmp_path):
    environment.parent.mkdir(parents=True)
    environment.write_bytes(b"this is not a SQLite database, just some bytes " * 100)
    app = run_app()
    [line] = errors_shown(app)
    assert line.startswith("geodata.sqlite: cannot read the store")
    assert str(tmp_path) not in page_text(app)


# -- the Add panel's budgets ------------------------------------------------------------------------

def open_panel(app) -> AppTest:
    if not any(t.key == "add_text" for t in app.text_area):
        app.session_state["add_panel"] = True
        app.run()
    return app


def submit(app, text: str = "", files=None) -> AppTest:
    open_panel(app)
    if text:
        app.text_area(key="add_text").set_value(text)
    if files is not None:
        app.file_uploader[0].set_value(files)
    app.button(key="add_submit").click().run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def messages(app, level: str) -> list[str]:
    return [unescape(e.value) for e in getattr(app, level)]


def added(app) -> list[str]:
    return [b.key.removeprefix("remove_") for b in app.button if (b.key or "").startswith("remove_")]


def test_an_addition_over_the_size_budget_is_refused_whole(monkeypatch):
    monkeypatch.setenv("GEODATA_ADD_MAX_CHARS", "300")
    app = run_app()
    second = PASTE.replace("12 people", "13 people")
    submit(app, PASTE, files=[("more.txt", second.encode(), "text/plain")])
    size = len(PASTE) + len(second.encode())
    assert messages(app, "error") == [f"This addition is {size:,} characters, over the 300 read at once: add "
                                      "fewer or shorter texts at a time. Nothing was added."]
    assert added(app) == [] and messages(app, "success") == []
    # Within the budget, the same text goes in.
    app.file_uploader[0].set_value(None)
    submit(app, PASTE)
    assert messages(app, "error") == [] and added(app) == ["pasted-1"]


@pytest.fixture
def slow(monkeypatch):
    """An extraction that runs until the test lets it go; every worker let go at the end."""
    release = threading.Event()
    started = []

    def analyse(articles):
        started.append([a.id for a in articles])
        release.wait(10)
        return (), ()

    monkeypatch.setattr(session, "analyse", analyse)
    monkeypatch.setenv("GEODATA_ADD_SECONDS", "0.2")
    yield started
    release.set()


def test_an_addition_slower_than_the_time_budget_adds_nothing_and_the_page_stays(slow, caplog):
    app = run_app()
    with caplog.at_level(logging.WARNING, logger="dashboard.session"):
        submit(app, PASTE)
    assert messages(app, "error") == ["This addition would take more than 0.2 s to read: split it into smaller "
                                      "parts and add them one at a time. Nothing was added."]
    assert slow == [["pasted-1"]] and added(app) == []
    assert any("goes on in the background" in r.getMessage() for r in caplog.records)
    # The draft stays, for the visitor to split.
    assert app.text_area(key="add_text").value == PASTE


def test_an_addition_that_finds_every_worker_busy_is_cancelled_unrun(slow):
    app = run_app()
    for n in range(session.WORKERS):  # each runs on past its budget, holding a worker
        submit(app, PASTE.replace("12 people", f"{20 + n} people"))
    assert len(slow) == session.WORKERS
    submit(app, PASTE.replace("12 people", "99 people"))
    assert messages(app, "error") == ["The server is busy reading other additions: try again in a minute. "
                                      "Nothing was added."]
    assert len(slow) == session.WORKERS and added(app) == []  # never started


def test_a_slow_addition_with_saving_on_saves_nothing(monkeypatch, environment, slow):
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", "1")
    app = run_app()
    from geodata.io.store import Store

    with Store.open(environment) as store:
        before = [a.id for a in store.articles()]
    submit(app, PASTE)
    assert messages(app, "error") == ["This addition would take more than 0.2 s to read: split it into smaller "
                                      "parts and add them one at a time. Nothing was added."]
    with Store.open(environment) as store:
        assert [a.id for a in store.articles()] == before


def test_a_refused_batch_reports_no_in_batch_repeat_as_already_added(monkeypatch):
    monkeypatch.setattr(session, "MAX_SESSION_ARTICLES", 2)
    app = run_app()
    files = [(f"f{n}.txt", PASTE.replace("12 people", f"{n} people").encode(), "text/plain") for n in range(3)]
    submit(app, files=files + files)  # three texts, each twice
    assert messages(app, "info") == []
    assert messages(app, "error") == ["A session holds at most 2 added articles: remove some, then add 3 articles "
                                      "again."]
    assert added(app) == []
    # A text really held already is still reported, even when the batch is refused.
    app.file_uploader[0].set_value(None)
    submit(app, PASTE)
    assert added(app) == ["pasted-1"]
    submit(app, files=[("again.txt", PASTE.encode(), "text/plain")] + files)
    assert messages(app, "info") == ["again.txt: already added in this session as pasted-1; nothing added."]


# -- the query string ------------------------------------------------------------------------------

def test_long_query_values_are_echoed_short(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, outlet="A" * 100_000, article="B" * 100_000, start="C" * 5_000,
              min_killed="9" * 5_000 + "x", **{"Z" * 100_000: "1"})
    notices = [unescape(w.value) for w in app.warning]
    assert len(notices) == 5
    assert all(len(n) < 200 for n in notices), [len(n) for n in notices]
    assert f"Ignored outlet='{'A' * 80}'…: no such outlet in this corpus." in notices
    assert f"Ignored unknown parameter '{'Z' * 80}'…." in notices


def test_many_ignored_values_make_a_bounded_number_of_notices(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, outlet=[f"nobody-{n}" for n in range(500)])
    notices = [unescape(w.value) for w in app.warning]
    assert len(notices) == 20
    assert notices[-1] == "Ignored 481 more values of this link."


def test_a_query_string_streamlit_drops_is_a_notice(monkeypatch, saved_extraction):
    app = run_app(monkeypatch, saved_extraction, outlet=[f"o{n}" for n in range(3000)])
    notices = [unescape(w.value) for w in app.warning]
    assert notices == ["Ignored the whole link: its 3,000 parameters are more than Streamlit reads (1,000 "
                       "parameters, 512 Ki characters), so no filter from it applies."]
    # Once: the next run of the same page shows no notice about it.
    app.run()
    assert [w.value for w in app.warning] == []
