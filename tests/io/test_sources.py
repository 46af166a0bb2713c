"""Adding files: text, Markdown and saved web pages, and what is refused."""

import pytest

from geodata.exc import ArticleError
from geodata.io.sources import read_source

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
