"""Session-only additions are not lost unawares: the warning under the "Add articles" panel,
"Download my additions" (a ZIP the panel, and ``read_corpus``, read back), and the note that
a link to this view names articles only this session has. Streamlit's AppTest, offline; each
test has its own store file under tmp_path."""

import io
import json
import zipfile

import pytest
from streamlit.testing.v1 import AppTest

from geodata.exc import ArticleError
from geodata.io.corpus import read_corpus
from geodata.io.session import read_archive
from tests.helpers import APP, ROOT, open_panel, own_store, record_downloads, shown, start, submit, unescape

SEEDS = ROOT / "seeds"

PASTE = ("Fighting in Basra\n\n"
         "Clashes between the Mahdi Army and Iraqi troops in Basra killed 12 people on Tuesday, police said.\n"
         "A roadside bomb in Hilla wounded five civilians on Wednesday.\n")
LATER = ("Strikes on Kharkiv\n\n"
         "A missile strike on Kharkiv killed four people on Tuesday, the regional governor said.\n"
         "Shelling in Izium wounded three civilians on Wednesday.\n")
LINK_NOTE = "Links to this view name articles only this session has: others opening it will not see them."


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    """A store of this test's own; no corpus folder, no saving, unless a test says so."""
    return own_store(monkeypatch, tmp_path)


@pytest.fixture
def downloads(monkeypatch):
    """What each download button of the runs offers, by label (the latest run's)."""
    return record_downloads(monkeypatch)






def warnings(app) -> list[str]:
    """The session-only warnings on the page, as the reader sees them."""
    return [unescape(m.value) for m in app.markdown if "browser session" in m.value]


def download_offered(app) -> bool:
    return any(b.key == "additions_download" for b in app.get("download_button"))


def captions(app) -> list[str]:
    return [c.value for c in app.caption]


def archive_of(downloads) -> zipfile.ZipFile:
    data = downloads["Download my additions"]
    return zipfile.ZipFile(io.BytesIO(data() if callable(data) else data))


def added_rows(app) -> list[tuple]:
    table = shown(app)
    return sorted(map(tuple, table.loc[table["added"], ["location", "title", "source"]].values.tolist()))


# -- the warning -------------------------------------------------------------------------------

def test_the_warning_appears_with_the_first_addition_and_counts_them():
    app = open_panel(start())
    assert warnings(app) == [] and not download_offered(app)
    submit(app, PASTE)
    assert warnings(app) == [":orange[:material/warning:] **Your added article lives only in this browser "
                             "session: reloading or closing the page loses it. Download it to keep it; "
                             "adding the file here again brings it back.**"]
    assert download_offered(app)
    submit(app, LATER)
    [text] = warnings(app)
    assert "Your 2 added articles live only in this browser session" in text and "loses them." in text
    # Closing the panel does not hide it: the articles are as much at risk.
    app.session_state["add_panel"] = False
    app.run()
    assert app.text_area.len == 0 and len(warnings(app)) == 1 and download_offered(app)
    # Removing the additions takes the warning away.
    open_panel(app)
    for article_id in ("pasted-1", "pasted-2"):
        app.button(key=f"remove_{article_id}").click().run()
    assert warnings(app) == [] and not download_offered(app)


def test_with_saving_on_there_is_nothing_to_warn_about(monkeypatch):
    monkeypatch.setenv("GEODATA_SAVE_UPLOADS", "1")
    app = submit(start(), PASTE)
    assert [unescape(s.value) for s in app.success] == ["Added pasted-1.txt to the store."]
    assert warnings(app) == [] and not download_offered(app)


# -- the download --------------------------------------------------------------------------------

def test_the_download_reads_back_as_the_same_articles(downloads, tmp_path):
    app = start()
    submit(app, PASTE, title="Fighting <b>in</b> Basra", outlet="Test Wire", date="2008-03-27",
           url="https://example.org/basra")
    submit(app, LATER, outlet="=Other Wire", date="2023-05")
    packed = archive_of(downloads)
    assert sorted(packed.namelist()) == ["extraction.json", "pasted-1.txt", "pasted-2.txt", "sources.csv"]
    packed.extractall(tmp_path / "unpacked")
    articles, errors = read_corpus([tmp_path / "unpacked"])
    assert errors == []
    assert [(a.id, a.text, a.title, a.outlet, a.published, a.date_precision, a.url) for a in articles] == [
        ("pasted-1", PASTE, "Fighting <b>in</b> Basra", "Test Wire", "2008-03-27", "day",
         "https://example.org/basra"),
        ("pasted-2", LATER, "Strikes on Kharkiv", "=Other Wire", "2023-05", "month", ""),
    ]


def test_the_download_holds_the_extraction_of_the_additions_only(downloads):
    app = start()
    submit(app, PASTE, outlet="Test Wire", date="2008-03-27")
    data = json.loads(archive_of(downloads).read("extraction.json"))
    assert [a["id"] for a in data["articles"]] == ["pasted-1"] and data["articles"][0]["text"] == PASTE
    assert [(e["article_id"], e["location"], e["source"]) for e in data["events"]] == [
        ("pasted-1", "Basrah", "Test Wire"), ("pasted-1", "Al Hillah", "Test Wire")]
    assert {m["article_id"] for m in data["mentions"]} == {"pasted-1"}
    assert all(PASTE[e["start_char"]:e["end_char"]] == e["sentence"] for e in data["events"])


def test_a_new_session_adds_the_download_back(downloads):
    first = start()
    submit(first, PASTE, title="Fighting in Basra", outlet="Test Wire", date="2008-03-27")
    submit(first, LATER, outlet="Other Wire", date="2023-05-09")
    rows = added_rows(first)
    packed = archive_of(downloads)
    data = packed.fp.getvalue()

    # The ZIP as it is: its texts with their titles, outlets and dates.
    second = submit(start(), files=[("my-additions.zip", data, "application/zip")])
    assert [e.value for e in second.error] == []
    assert [unescape(s.value) for s in second.success] == [
        "Added pasted-1.txt: 2 reports, shown in this session only.",
        "Added pasted-2.txt: 2 reports, shown in this session only."]
    assert added_rows(second) == rows

    # Its text files alone: the same texts, dated and named by the panel's fields.
    third = submit(start(), files=[(name, packed.read(name), "text/plain") for name in ("pasted-1.txt",)],
                   outlet="Test Wire", date="2008-03-27")
    assert [e.value for e in third.error] == []
    assert added_rows(third) == [row for row in rows if row[2] == "Test Wire"]


def test_a_zip_upload_names_what_it_refuses():
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("news/good.txt", PASTE)
        archive.writestr("news/empty.txt", "")
        archive.writestr("notes.pdf", b"%PDF-1.4")  # not an article: left out, as a folder's would be
    app = submit(start(), files=[("mine.zip", packed.getvalue(), "application/zip"),
                                 ("broken.zip", b"PK\x03\x04 not really", "application/zip")])
    assert sorted(unescape(e.value) for e in app.error) == ["broken.zip: not a ZIP file",
                                                           "mine.zip/empty.txt: empty file"]
    assert [unescape(s.value) for s in app.success] == ["Added good.txt: 2 reports, shown in this session only."]


def test_an_archive_is_unpacked_within_its_bounds():
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../escape.txt", PASTE)
        archive.writestr("big.txt", "word " * 300)
    articles, errors = read_archive(packed.getvalue(), name="a.zip", max_bytes=1000)
    assert [(a.id, a.text) for a in articles] == [("escape", PASTE)]  # written under its own name only
    assert [(e.path, e.reason) for e in errors] == [("a.zip/big.txt", "file is over the 1,000-byte limit")]
    with pytest.raises(ArticleError, match="more than 100 bytes"):
        read_archive(packed.getvalue(), name="a.zip", max_total=100)


def test_refused_and_repeated_members_count_towards_the_archives_bounds():
    # Members over the per-file limit are refused by their stated size, unpacked not at all, and
    # count: past 20 refusals the archive is refused whole, its errors never a flood.
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(25):
            archive.writestr(f"big{i}.txt", "word " * 1000)  # 5,000 bytes, deflated to a few dozen
    with pytest.raises(ArticleError, match="more than 20 of its files cannot be read"):
        read_archive(packed.getvalue(), name="a.zip", max_bytes=4000)
    repeated = io.BytesIO()
    with zipfile.ZipFile(repeated, "w") as archive:
        for _ in range(30):
            archive.writestr("a.txt", PASTE)
    with pytest.raises(ArticleError, match="more than 20 of its files cannot be read"):
        read_archive(repeated.getvalue(), name="a.zip")
    with pytest.raises(ArticleError, match="more than 5 articles"):
        read_archive(repeated.getvalue(), name="a.zip", max_files=5)


# -- links -------------------------------------------------------------------------------------

def _articles(app):
    return next(m for m in app.multiselect if m.label == "Article")


def test_the_link_note_shows_only_while_the_article_filter_selects_a_session_article():
    seed = sorted(p.stem for p in SEEDS.glob("*.txt"))[0]
    app = submit(start(), PASTE)
    assert LINK_NOTE not in captions(app)
    _articles(app).set_value([seed]).run()  # a shared article: everyone sees what the link names
    assert LINK_NOTE not in captions(app)
    _articles(app).set_value([seed, "pasted-1"]).run()
    assert LINK_NOTE in captions(app)
    assert app.query_params["article"] == [seed, "pasted-1"]  # what a link to this view holds
    _articles(app).set_value([]).run()
    assert LINK_NOTE not in captions(app)
    # Another visitor given that link: the unknown article is ignored, as before, with a note.
    other = AppTest.from_file(APP, default_timeout=60)
    other.query_params["article"] = [seed, "pasted-1"]
    other.run()
    assert not other.exception
    [ignored] = [unescape(w.value) for w in other.warning]
    assert ignored.startswith("Ignored article=") and "pasted-1" in ignored and "no such article" in ignored
    assert _articles(other).value == [seed] and LINK_NOTE not in captions(other)
