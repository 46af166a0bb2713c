"""Adding articles in the dashboard: the store as the default source, the "Add articles"
panel (paste, upload, remove), session-only additions, saving to the store when the
operator allows it, de-duplication. Streamlit's AppTest, in-process and offline; each
test has its own store file under tmp_path."""

import re
from datetime import date
from pathlib import Path

import pytest

from dashboard import session, source, view
from geodata.io.corpus import article_from_text
from geodata.io.session import Addition
from geodata.io.store import Store, content_hash
from geodata.pipeline import analyse
from tests.helpers import map_script, open_panel, open_tab, own_store, shown, start, submit, symbols, unescape

ROOT = Path(__file__).resolve().parents[2]
SEED_IDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
PASTE = ("Fighting in Basra\n\n"
         "Clashes between the Mahdi Army and Iraqi troops in Basra killed 12 people on Tuesday, police said.\n"
         "A roadside bomb in Hilla wounded five civilians on Wednesday.\n")
PAGE = b"""<!doctype html><html><head><title>Battle for Amara</title>
<script>window.__pwned = "head"</script><style>p {color: red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Battle for Amara</h1>
<p>Iraqi troops and the Mahdi Army fought in Amara on Monday, and at least 20 people were killed in the clashes,
officials said.</p>
<script>alert("x"); window.__pwned = "body"</script>
<p>Residents said the fighting went on through the night and that shops stayed shut the next day in the city.</p>
</article><footer>Copyright 2008 Example News</footer></body></html>"""


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    """A store of this test's own; no corpus folder, no saving, unless a test says so."""
    return own_store(monkeypatch, tmp_path)




def messages(app, level: str) -> list[str]:
    return [unescape(e.value) for e in getattr(app, level)]




def count(app) -> tuple[int, int]:
    """Reports on the map (in one symbol per place and event type), rows in the reports table."""
    return sum(r.get("c", 1) for r in symbols(map_script(app))), len(shown(app))


def removable(app) -> list[str]:
    """The articles the panel offers to remove (it is opened first, as a visitor would)."""
    open_panel(app)
    return [b.key.removeprefix("remove_") for b in app.button if (b.key or "").startswith("remove_")]


def stored(path) -> dict[str, str]:
    with Store.open(path) as store:
        return store.origins()


# -- the store as the default source -----------------------------------------------------------

def test_first_run_creates_and_seeds_the_store(environment):
    assert not environment.exists()
    app = start()
    assert environment.is_file()
    with Store.open(environment) as store:
        assert sorted(store.origins().items()) == [(i, "seed") for i in SEED_IDS]
        events = store.extraction().events
    assert count(app) == (len(events), len(events)) and len(events) > 0
    assert "5 articles" in app.caption[0].value and "(store)" in unescape(app.caption[0].value)
    assert not any(shown(app)["added"])
    assert removable(app) == []  # seed articles cannot be removed from the app


def test_without_geodata_db_the_store_is_the_library_default(monkeypatch, tmp_path):
    # The GEODATA_DB default lies under $XDG_DATA_HOME, moved here so the test never touches the real one.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "default"))
    monkeypatch.delenv("GEODATA_DB")
    app = start()
    default = tmp_path / "default" / "conflict-map" / "geodata.sqlite"
    assert sorted(stored(default)) == SEED_IDS
    # The caption names the store, never the server's directories.
    caption = unescape(app.caption[0].value)
    assert "geodata.sqlite (store)" in caption and str(default.parent) not in caption


# -- paste, upload, remove ---------------------------------------------------------------------

def test_the_add_panel_is_built_only_when_opened():
    # A dozen fields nobody sees slowed every page's first drawing: closed, it holds nothing.
    app = start()
    [panel] = [e for e in app.expander if e.label == "Add articles"]
    assert len(panel.children) == 0 and app.text_area.len == 0 and app.file_uploader.len == 0
    open_panel(app)
    [panel] = [e for e in app.expander if e.label == "Add articles"]
    assert [t.key for t in app.text_area] == ["add_text"] and app.file_uploader.len == 1
    assert [b.key for b in app.button if b.key == "add_submit"] == ["add_submit"]
    # Closing it again takes the fields away; what was added stays on the map.
    submit(app, PASTE)
    added = count(app)
    app.session_state["add_panel"] = False
    app.run()
    assert app.text_area.len == 0 and count(app) == added


def test_paste_adds_reports_to_the_map_and_remove_takes_them_away(environment):
    app = start()
    before = count(app)
    submit(app, PASTE, title="Fighting <b>in</b> Basra", outlet="Test Wire", date="2008-03-27",
           url="https://example.org/basra")
    assert messages(app, "error") == []
    assert messages(app, "success") == ["Added pasted-1.txt: 2 reports, shown in this session only."]
    after = count(app)
    assert after == (before[0] + 2, before[1] + 2)
    table = shown(app)
    assert list(table.loc[table["added"], "location"]) == ["Basrah", "Al Hillah"]
    assert set(table.loc[table["added"], "source"]) == {"Test Wire"}
    assert not any(table.loc[~table["added"], "title"] == "Fighting <b>in</b> Basra")
    # The added reports are marked on the map: a label in the popup, a heavy black outline.
    # (a symbol of several reports carries their records in "m"; it has the outline when any is added)
    added = [m for r in symbols(map_script(app)) for m in r.get("m", [r]) if m.get("a") == 1]
    assert len(added) == 2
    assert all(r["h"] == "Fighting <b>in</b> Basra" for r in added)  # data; the popup sets it as text
    assert '"color": "#111111", "weight": 4' in map_script(app)
    assert "from an added article" in map_script(app)
    assert "1 added in this session" in app.caption[0].value
    # The form is cleared for the next article.
    assert app.text_area(key="add_text").value == "" and app.text_input(key="add_title").value == ""

    assert removable(app) == ["pasted-1"]
    app.button(key="remove_pasted-1").click().run()
    assert count(app) == before
    assert removable(app) == [] and messages(app, "success") == ["Removed pasted-1."]
    assert not any(shown(app)["added"])


def test_an_added_report_is_grouped_with_the_same_event_in_other_articles():
    # The store's seed reports and a session's: one event in Basra on 25 March, two outlets.
    with Store.open(":memory:") as store:
        store.seed(analyse)
        base = source._shared_of(store.extraction(), store.reports(), store.origins())
    article = article_from_text(PASTE, id="pasted-1", file="pasted-1.txt",
                                meta={"published": "2008-03-27", "date_precision": "day", "outlet": "Test Wire"})
    mentions, reports = analyse([article])
    combined = view.combine(base, [Addition(article, mentions, reports, content_hash(PASTE))])
    assert combined.articles[-1] == article and combined.mentions[-len(mentions):] == mentions
    events = {e.event_id: e for e in combined.events}
    basra = next(e for e in combined.events if e.article_id == "pasted-1" and e.location == "Basrah")
    others = [e for e in events.values() if e.event_group == basra.event_group and e.article_id != "pasted-1"]
    assert others and {e.event_type for e in others} == {"Battles"}
    # Without the additions, the base's events as they were.
    assert view.combine(base, []).events == base.extraction.events


def test_an_uploaded_web_page_becomes_an_article_without_its_markup():
    app = start()
    before = count(app)
    submit(app, files=[("amara.html", PAGE, "text/html")], date="2008-03-31", outlet="Example News")
    assert messages(app, "error") == []
    assert messages(app, "success") == ["Added amara.html: 1 report, shown in this session only."]
    assert count(app)[0] == before[0] + 1
    assert "Battle for Amara (1)" in next(m for m in app.multiselect if m.label == "Article").options
    row = shown(app).query("added").iloc[-1]
    assert (row["location"], row["title"], row["source"], bool(row["added"])) == (
        "Al ‘Amārah", "Battle for Amara", "Example News", True)
    # The reader shows the article's text: the page's words, none of its markup or script.
    reader = next(s for s in open_tab(app, "Article reader").selectbox if s.label == "Article to read")
    reader.set_value("amara").run()
    [text] = [h.proto.body for h in app.get("html") if "white-space:pre-wrap" in h.proto.body]
    plain_text = re.sub(r"<[^>]+>", "", text)
    assert "at least 20 people were killed" in plain_text and "shops stayed shut" in plain_text
    for markup in ("script", "__pwned", "alert", "<p>", "&lt;", "color: red", "Home", "Copyright"):
        assert markup not in plain_text, markup
    assert removable(app) == ["amara"]


def test_bad_uploads_are_refused_one_line_each_and_the_app_keeps_working(monkeypatch):
    # A budget per click above the 5 MB file: the file's own limit is what refuses it here.
    monkeypatch.setenv("GEODATA_ADD_MAX_CHARS", "6000000")
    app = start()
    before = count(app)
    submit(app, files=[("empty.txt", b"", "text/plain"),
                       ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "text/plain"),
                       ("latin1.md", "Caf\u00e9 in Basra".encode("latin-1"), "text/markdown"),
                       ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"),
                       ("report.pdf", b"%PDF-1.4", "application/pdf"),
                       ("huge.txt", b"word " * 1_000_001, "text/plain")])
    assert messages(app, "error") == [
        "empty.txt: empty file",
        "photo.txt: binary file (NUL bytes)",
        "menu.html: no article text found in the page (1 word)",
        "report.pdf: cannot read .pdf: use .txt, .md, .markdown, .html, .htm, .xhtml",
        "huge.txt: file is 5,000,005 bytes, over the 5,000,000-byte limit",
    ]
    # Latin-1 text is read (as Windows-1252, its superset), with a warning, never refused.
    assert messages(app, "warning") == ["latin1.md: not UTF-8, read as Windows-1252"]
    assert count(app) == before and removable(app) == ["latin1"]
    # The files stay for the user to see what was refused; a good text still goes in.
    app.file_uploader[0].set_value(None)
    submit(app, PASTE)
    assert messages(app, "error") == [] and count(app)[0] == before[0] + 2


@pytest.mark.parametrize("fields, error", [
    ({"date": "31/03/2008"}, "date: unparseable date '31/03/2008' (use YYYY-MM-DD)"),
    ({"date": "2008-02-30"}, "date: impossible date '2008-02-30'"),
    ({"url": "javascript:alert(1)"}, "URL: 'javascript:alert(1)' is not an http(s) address"),
])
def test_bad_fields_refuse_the_addition(fields, error):
    app = start()
    before = count(app)
    submit(app, PASTE, **fields)
    assert messages(app, "error") == [error]
    assert count(app) == before
    assert app.text_area(key="add_text").value == PASTE  # kept, to correct the field and try again


@pytest.mark.parametrize("saving", ["0", "1"])
def test_the_panel_stays_open_with_its_draft_while_the_visitor_works_in_it(monkeypatch, saving):
    # Correcting a refused field reruns the page; the panel, the text and the fields stay.
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", saving)
    app = start()
    submit(app, PASTE, date="31/03/2008", outlet="Test Wire")
    assert messages(app, "error") == ["date: unparseable date '31/03/2008' (use YYYY-MM-DD)"]
    app.text_input(key="add_date").set_value("2008-03-31").run()
    assert app.session_state["add_panel"] is True
    assert app.text_area(key="add_text").value == PASTE and app.text_input(key="add_outlet").value == "Test Wire"
    app.button(key="add_submit").click().run()
    assert messages(app, "error") == [] and len(messages(app, "success")) == 1
    # After an addition (saved to the store, or kept in the session) the next action keeps it open too.
    app.text_input(key="add_title").set_value("Another").run()
    assert app.session_state["add_panel"] is True and app.text_area.len == 1


def test_closing_the_panel_keeps_a_draft_for_when_it_opens_again():
    app = open_panel(start())
    app.text_area(key="add_text").set_value(PASTE).run()
    app.session_state["add_panel"] = False
    app.run()
    assert app.text_area.len == 0
    open_panel(app)
    assert app.text_area(key="add_text").value == PASTE


def test_empty_paste_is_refused_and_nothing_given_is_a_hint():
    app = start()
    submit(app)
    assert messages(app, "info") == ["Paste an article's text or choose files, then press Add."]
    submit(app, files=[("blank.txt", b"  \n\n ", "text/plain")])
    assert messages(app, "error") == ["blank.txt: empty file"]


# -- who sees what -------------------------------------------------------------------------------

def test_additions_stay_in_the_session_by_default(environment):
    first = start()
    before = count(first)
    submit(first, PASTE)
    assert count(first)[0] == before[0] + 2
    second = start()
    assert count(second) == before
    assert not any(shown(second)["added"]) and removable(second) == []
    assert sorted(stored(environment)) == SEED_IDS


def test_with_saving_on_additions_go_to_the_store_for_everyone(monkeypatch, environment):
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", "1")
    first = start()
    before = count(first)
    assert "saved in the shared store" in " ".join(c.value for c in open_panel(first).caption)
    submit(first, PASTE, outlet="Test Wire")
    assert messages(first, "success") == ["Added pasted-1.txt to the store."]
    assert stored(environment) == {**{i: "seed" for i in SEED_IDS}, "pasted-1": "added"}
    assert count(first)[0] == before[0] + 2

    second = start()
    assert count(second)[0] == before[0] + 2
    assert list(shown(second).loc[shown(second)["added"], "source"]) == ["Test Wire"] * 2
    assert removable(second) == ["pasted-1"]  # the store's added articles; never a seed
    # The same text again is recognised by the store.
    submit(second, PASTE)
    assert messages(second, "info") == ["pasted-1.txt: already in the store as pasted-1; nothing added."]
    second.button(key="remove_pasted-1").click().run()
    assert sorted(stored(environment)) == SEED_IDS
    assert count(second) == before and count(start()) == before


def test_saving_can_be_turned_on_in_the_secrets(environment):
    app = start(save_uploads=True)
    submit(app, PASTE)
    assert stored(environment)["pasted-1"] == "added"


def test_saving_off_in_the_environment_wins_over_the_secrets(monkeypatch, environment):
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", "0")
    app = start(save_uploads=True)
    submit(app, PASTE)
    assert sorted(stored(environment)) == SEED_IDS and removable(app) == ["pasted-1"]


def test_the_same_text_twice_is_added_once():
    app = start()
    submit(app, PASTE)
    after = count(app)
    submit(app, "  " + PASTE.replace("\n", "\r\n") + "\n")  # the same words, other white space
    assert messages(app, "info") == ["pasted-2.txt: already added in this session as pasted-1; nothing added."]
    assert count(app) == after and removable(app) == ["pasted-1"]
    # A seed article's text is known too.
    seed = (ROOT / "seeds" / f"{SEED_IDS[0]}.txt").read_bytes()
    submit(app, files=[("copy.txt", seed, "text/plain")])
    assert messages(app, "info") == [f"copy.txt: already in the store as {SEED_IDS[0]}; nothing added."]
    assert count(app) == after


def test_a_corpus_folder_leaves_the_store_alone(monkeypatch, tmp_path, environment):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text("Fighting in Kut\n\nClashes in Kut killed three people on Monday.\n")
    monkeypatch.setenv("GEODATA_CORPUS", str(folder))
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", "1")  # saving is only ever into the store
    app = start()
    assert "1 articles" in app.caption[0].value
    before = count(app)
    submit(app, PASTE)
    assert count(app)[0] == before[0] + 2 and removable(app) == ["pasted-1"]
    assert "stays in this browser session" in " ".join(c.value for c in app.caption)
    app.button(key="remove_pasted-1").click().run()
    assert count(app) == before
    assert not environment.exists() and not environment.parent.exists()


def test_a_saved_extraction_takes_additions_too(monkeypatch, saved_extraction, environment):
    monkeypatch.setenv("GEODATA_CORPUS", str(saved_extraction))
    app = start()
    assert count(app) == (8, 8)
    submit(app, PASTE)
    assert count(app) == (10, 10)
    assert list(shown(app)["added"]) == [False] * 8 + [True] * 2
    assert not environment.exists()


def test_a_store_that_cannot_be_read_is_a_message_and_adding_still_works(environment):
    environment.parent.mkdir(parents=True)
    environment.write_bytes(b"this is not a SQLite database, just some bytes " * 100)
    app = start()
    [errors] = [e for e in app.expander if "could not be read" in e.label]
    assert "cannot read the store" in errors.text[0].value
    assert count(app) == (0, 0)
    submit(app, PASTE)
    assert count(app) == (2, 2) and removable(app) == ["pasted-1"]


def test_a_session_holds_a_bounded_number_of_articles(monkeypatch):
    monkeypatch.setattr(session, "MAX_SESSION_ARTICLES", 2)
    app = start()
    submit(app, PASTE)
    submit(app, PASTE.replace("12 people", "13 people"))
    submit(app, PASTE.replace("12 people", "14 people"))
    assert messages(app, "error") == ["A session holds at most 2 added articles: remove some, then add 1 article "
                                      "again."]
    assert removable(app) == ["pasted-1", "pasted-2"]


def test_an_uploaded_file_name_is_only_a_name():
    app = start()
    submit(app, files=[("../../<img src=x onerror=alert(1)>.txt", PASTE.encode(), "text/plain")])
    assert messages(app, "error") == []
    [added] = removable(app)
    assert re.fullmatch(r"[\w.-]+", added), added  # the article's id: no path, no markup
    [text] = messages(app, "success")
    assert text.startswith("Added ../../<img src=x onerror=alert(1)>.txt as ")  # shown as typed, as text


def test_a_pasted_page_source_is_read_as_a_page():
    app = start()
    submit(app, PAGE.decode())
    assert messages(app, "success") == ["Added pasted-1.html: 1 report, shown in this session only."]
    row = shown(app).query("added").iloc[-1]
    assert row["title"] == "Battle for Amara" and "<" not in row["sentence"]


def test_a_text_the_pipeline_cannot_analyse_is_a_message_and_nothing_is_added(monkeypatch):
    app = start()
    submit(app, PASTE)
    after = count(app)

    def broken(articles):
        raise RuntimeError("gazetteer exploded")

    monkeypatch.setattr(session, "analyse", broken)
    submit(app, files=[("again.txt", PASTE.encode(), "text/plain"),
                       ("new.txt", PASTE.replace("12 people", "13 people").encode(), "text/plain")])
    assert messages(app, "info") == ["again.txt: already added in this session as pasted-1; nothing added."]
    assert messages(app, "error") == ["new.txt: could not be analysed (RuntimeError: gazetteer exploded)"]
    assert count(app) == after and removable(app) == ["pasted-1"]


# -- filters follow the data (issue: an added article hidden at once) ---------------------------
LATER = ("Strikes on Kharkiv\n\n"
         "A missile strike on Kharkiv killed four people on Tuesday, the regional governor said.\n"
         "Shelling in Izium wounded three civilians on Wednesday.\n")


def _dates(app):
    return next(d for d in app.date_input if d.label == "Date range").value


def test_an_article_from_a_later_war_widens_the_date_filter_and_shows_at_once():
    app = start()
    first, last = _dates(app)
    assert first.year in (2006, 2007, 2008)
    before = count(app)
    submit(app, LATER, outlet="Test Wire", date="2023-05-09")
    assert count(app) == (before[0] + 2, before[1] + 2)  # both new reports on the map and in the table
    assert _dates(app) == (first, date(2023, 5, 9))  # the latest report: "on Tuesday", the day published
    assert "end" not in app.query_params and "start" not in app.query_params
    assert [i.value for i in app.info if "hidden by the filters" in i.value] == []


def test_a_range_the_visitor_chose_stays_and_the_page_says_what_it_hides():
    app = start()
    first, _ = _dates(app)
    chosen = (first, date(2008, 3, 31))
    next(d for d in app.date_input if d.label == "Date range").set_value(chosen).run()
    submit(app, LATER, outlet="Test Wire", date="2023-05-09")
    assert _dates(app) == chosen
    assert app.query_params["end"] == "2008-03-31"
    assert not any(shown(app)["added"])
    assert [unescape(i.value) for i in app.info if "hidden" in i.value] == [
        "2 of the 2 reports from your added articles are hidden by the filters (date range). "
        "Reset filters to see them."]
    next(b for b in app.button if b.label == "Reset filters").click().run()
    assert sum(shown(app)["added"]) == 2
    assert [i.value for i in app.info if "hidden" in i.value] == []


def test_no_two_fields_of_the_page_share_a_name():
    """A screen reader names a field by its label: the sidebar's Outlet filter and the Add panel's
    outlet field, or the Article filter and the reader's choice, must not read the same."""
    app = open_panel(start())
    open_tab(app, "Article reader")
    labels = [w.label for kind in ("multiselect", "selectbox", "text_input", "text_area", "date_input",
                                   "number_input", "radio", "slider", "file_uploader")
              for w in getattr(app, kind, [])]
    assert {"Outlet", "Outlet of the article", "Article", "Article to read"} <= set(labels)
    assert sorted(label for label in set(labels) if labels.count(label) > 1) == []


def test_removing_the_only_dated_article_leaves_no_date_filter_behind(monkeypatch, tmp_path):
    import json
    from dataclasses import replace

    from geodata.io.export import to_json
    from tests.helpers import make_extraction

    undated = make_extraction()
    undated = replace(undated, events=tuple(replace(e, event_date="") for e in undated.events))
    saved = tmp_path / "undated.json"
    saved.write_text(json.dumps(to_json(undated)), encoding="utf-8")
    monkeypatch.setenv("GEODATA_CORPUS", str(saved))
    app = start()
    assert count(app)[1] == 8 and not [d for d in app.date_input if d.label == "Date range"]
    submit(app, LATER, outlet="Test Wire", date="2023-05-09")
    assert count(app)[1] == 10 and _dates(app) == (date(2023, 5, 3), date(2023, 5, 9))
    app.button(key=f"remove_{removable(app)[0]}").click().run()
    # Every undated report is back: no range from the removed article hides them.
    assert count(app)[1] == 8 and "start" not in app.query_params and "end" not in app.query_params
