"""Adding files: text, Markdown and saved web pages, and what is refused."""

import os
import threading

import pytest

from geodata.exc import ArticleError
from geodata.io.sources import check_date, page_article, read_source

PAGE = """<!doctype html><html><head><title>Clashes in Baquba | Reuters</title>
<meta property="og:site_name" content="Reuters"><meta property="og:title" content="Clashes in Baquba">
<meta name="date" content="2007-03-12"><script>window.evil = 1; alert('x')</script></head>
<body><nav>Home | World | Business</nav><div class="ad">Buy now</div>
<article><h1>Clashes in Baquba</h1>
<p>BAQUBA, Iraq (Reuters) - Gunmen killed 12 people in Baquba on Monday, police said, in the
deadliest attack in Diyala province this month.</p>
<p>The attack came a day after a car bomb in the centre of the city killed five people and wounded
20, an official at the city's main hospital said.</p>
<img src=x onerror="alert(2)"></article><footer>Sign up for our newsletter</footer></body></html>"""


def test_web_page_gives_article_text_and_metadata(tmp_path):
    path = tmp_path / "baquba.html"
    path.write_text(PAGE, encoding="utf-8")
    art = read_source(path)
    assert art.title == "Clashes in Baquba"
    assert art.outlet == "Reuters"
    assert art.published == "2007-03-12" and art.date_precision == "day"
    assert "Gunmen killed 12 people in Baquba on Monday" in art.text
    for markup in ("<", "alert", "window.evil", "Home | World", "Buy now", "newsletter"):
        assert markup not in art.text


def test_given_metadata_wins(tmp_path):
    path = tmp_path / "baquba.html"
    path.write_text(PAGE, encoding="utf-8")
    art = read_source(path, meta={"outlet": "Reuters wire", "published": "2007-03-13", "url": "https://example.org/a"})
    assert (art.outlet, art.published, art.url) == ("Reuters wire", "2007-03-13", "https://example.org/a")


def test_markdown_and_text(tmp_path):
    md = tmp_path / "report.md"
    md.write_text("# Fighting in Kut\n\nClashes broke out in Kut on Tuesday.\n", encoding="utf-8")
    art = read_source(md)
    assert art.title == "Fighting in Kut" and art.id == "report"


@pytest.mark.parametrize("name, content, reason", [
    ("empty.html", b"", "empty file"),
    ("nav.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ("photo.html", b"\x89PNG\x00\x00", "binary"),
    ("report.pdf", b"%PDF-1.4", "cannot read .pdf"),
    ("page.txt", b"<!doctype html><html><body><p>x</p></body></html>", "looks like HTML"),
])
def test_refused_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as err:
        read_source(path)
    assert name in str(err.value)


def test_bad_date_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Clashes in Kut.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="unparseable date"):
        read_source(path, meta={"published": "29/03/2008"})


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12", "9999", "0001-01-01", "0001"])
def test_date_out_of_range_is_refused_in_one_line(tmp_path, published):
    """M1: ``geodata add --published 9999-12-31`` once ended in an OverflowError traceback."""
    path = tmp_path / "a.txt"
    path.write_text("Clashes in Kut.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_source(path, meta={"published": published})
    assert str(err.value) == f"a.txt: implausible date {published!r} (outside the years 1800 to 2200)"
    with pytest.raises(ArticleError, match="implausible date"):
        check_date("date", published)


def test_dates_in_range_pass():
    assert check_date("date", "1800").precision == "year"
    assert check_date("date", "2200-12-31").precision == "day"
    assert check_date("date", "") is None


def test_page_date_out_of_range_is_dropped_with_a_note():
    art = page_article(PAGE, file="baquba.html", meta={"published": "9999-12-31"})
    assert (art.published, art.date_precision) == ("", "")
    assert art.notes == "published '9999-12-31' not used: outside the years 1800 to 2200"


def test_control_characters_stay_out_of_titles_and_ids(tmp_path):
    path = tmp_path / "re\x1bport\n.md"
    path.write_text("# \x1b]0;PWNED\x07Fighting\tin Kut\n\nClashes broke out in Kut on Tuesday.\n", encoding="utf-8")
    art = read_source(path, meta={"outlet": "Reu\x9bters\n"})
    assert (art.id, art.file, art.title, art.outlet) == ("re port", "re port .md", "Fighting in Kut", "Reu ters")
    with pytest.raises(ArticleError) as err:
        read_source(tmp_path / "x\ny.pdf")
    assert str(err.value).startswith("x\\ny.pdf: cannot read .pdf")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["fifo.txt", "fifo.html"])
def test_named_pipe_is_refused_not_waited_on(tmp_path, name):
    """L11: ``geodata add fifo.txt`` once waited for ever."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done: dict = {}

    def run():
        try:
            read_source(fifo)
        except ArticleError as err:
            done["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # the blocked reader gets end of file
        pytest.fail("blocked on a named pipe")
    assert str(done["error"]) == f"{fifo}: not a regular file (a named pipe); only regular files are read"
