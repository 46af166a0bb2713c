import os
import re
import subprocess
import threading
import sys
from pathlib import Path

import pytest

from geodata.exc import ArticleError
from geodata.io import corpus
from geodata.io.corpus import (article_from_text, is_furniture, read_article, read_corpus, read_manifest, skipped_files,
                                unique_id)
from geodata.models import ReadError, Span

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_IDS = [
    "000_45552ef480e63792",
    "001_eefc80d53b7e9bf4",
    "002_4c8e0b7573c1e50d",
    "003_da1223952fc45d8f",
    "004_b394796c3655e125",
]
GOOD = "Basra fell\n\nIraqi troops entered Basra on Tuesday.\n"


def seed(article_id: str):
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    return {article.id: article for article in articles}[article_id]


def in_body(article, start: int, end: int) -> bool:
    return any(span.start <= start and end <= span.end for span in article.body)


def touches_body(article, start: int, end: int) -> bool:
    return any(span.start < end and start < span.end for span in article.body)


def test_seeds_read_without_errors():
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    assert [article.id for article in articles] == SEED_IDS
    assert [article.file for article in articles] == [f"{i}.txt" for i in SEED_IDS]


def test_seed_metadata_comes_from_manifest():
    assert seed("003_da1223952fc45d8f").metadata() == {
        "id": "003_da1223952fc45d8f",
        "file": "003_da1223952fc45d8f.txt",
        "title": "US-backed assault on Basra ends in humiliation for Maliki government",
        "outlet": "World Socialist Web Site",
        "author": "Bill Van Auken",
        "published": "2008-04-01",
        "date_precision": "day",
        "url": "",
        "notes": "stated: dateline in the text (1 April 2008); published on wsws.org, exact URL unknown",
    }


def test_seed_manifest_reads_cleanly():
    entries, errors = read_manifest(SEEDS / "sources.csv")
    assert errors == []
    assert sorted(entries) == [f"{i}.txt" for i in SEED_IDS]
    assert {e["outlet"] for e in entries.values()} == {"News Line", "World Socialist Web Site", "Socialist Worker"}
    assert [e["published"] for e in entries.values()] == [
        "2008-03-29",
        "2008-03-27",
        "2006-10-26",
        "2008-04-01",
        "2008-03-29",
    ]


def test_manifest_named_as_a_path_is_not_an_article():
    # A shell glob such as seeds/* names sources.csv too.
    articles, errors = read_corpus(sorted(SEEDS.glob("*")))
    assert errors == []
    assert [(a.id, a.outlet) for a in articles] == [
        (SEED_IDS[0], "News Line"),
        (SEED_IDS[1], "News Line"),
        (SEED_IDS[2], "News Line"),
        (SEED_IDS[3], "World Socialist Web Site"),
        (SEED_IDS[4], "Socialist Worker"),
    ]


def test_single_file_uses_manifest_beside_it():
    articles, errors = read_corpus([SEEDS / "004_b394796c3655e125.txt"])
    assert errors == []
    assert [(a.id, a.author, a.outlet) for a in articles] == [
        ("004_b394796c3655e125", "Simon Assaf", "Socialist Worker")
    ]


@pytest.mark.parametrize(
    "article_id, title",
    [
        ("000_45552ef480e63792", "Iraqi resistance forces Maliki to back down"),
        ("001_eefc80d53b7e9bf4", "US Agent Maliki Turns On Shi’Ite Masses"),
        ("002_4c8e0b7573c1e50d", "Maliki Objects To US-Puppet Army Raid On Sadr City"),
        ("003_da1223952fc45d8f", "US-backed assault on Basra ends in humiliation for Maliki government"),
        ("004_b394796c3655e125", "Revolt spreads across Iraq"),
    ],
)
def test_title_without_manifest(article_id, title):
    article = read_article(SEEDS / f"{article_id}.txt")
    assert article.title == title


def test_metadata_without_manifest():
    assert read_article(SEEDS / "004_b394796c3655e125.txt").metadata() == {
        "id": "004_b394796c3655e125",
        "file": "004_b394796c3655e125.txt",
        "title": "Revolt spreads across Iraq",
        "outlet": "unknown",
        "author": "",
        "published": "",
        "date_precision": "",
        "url": "",
        "notes": "",
    }


def test_long_first_line_title_is_cut_at_a_word(tmp_path):
    line = "Troops entered Basra " * 20  # 420 characters
    (tmp_path / "long.txt").write_text(line + "\n\nMore text.\n", encoding="utf-8")
    title = read_article(tmp_path / "long.txt").title
    assert len(title) <= 200
    assert title == ("Troops entered Basra " * 9) + "Troops…"


FURNITURE_IN_SEEDS = [
    ("004_b394796c3655e125", "By Simon Assaf"),
    ("004_b394796c3655e125", "Downloading PDF. Please wait..."),
    ("004_b394796c3655e125", "Issue 2094"),
    ("004_b394796c3655e125", "This article is over 15 years, 8 months old"),
    ("004_b394796c3655e125", "See next week’s Socialist Worker for more on the revolt and Hassan Jumaa’s message"),
    ("004_b394796c3655e125", "Sign up for our daily email update ‘Breakfast in Red’"),
    ("004_b394796c3655e125", "Latest News"),
    ("004_b394796c3655e125", "Make a donation to Socialist Worker"),
    ("004_b394796c3655e125", "Help fund the resistance"),
    ("004_b394796c3655e125", "One-off"),
    ("003_da1223952fc45d8f", "Bill Van Auken 1 April 2008"),
    ("003_da1223952fc45d8f", "To contact the WSWS and the Socialist Equality Party visit:"),
    ("003_da1223952fc45d8f", "wsws.org/contact"),
]


@pytest.mark.parametrize("article_id, furniture", FURNITURE_IN_SEEDS)
def test_seed_furniture_lies_outside_body(article_id, furniture):
    article = seed(article_id)
    found = [m.span() for m in re.finditer(re.escape(furniture), article.text)]
    assert found, "the furniture string must occur in the seed"
    for start, end in found:
        assert not touches_body(article, start, end)


@pytest.mark.parametrize(
    "article_id, prose",
    [
        ("004_b394796c3655e125", "Revolt spreads across Iraq"),
        ("004_b394796c3655e125", "Basra rose in revolt"),
        ("004_b394796c3655e125", "This latest fighting exposes the lie"),
        ("003_da1223952fc45d8f", "## US-backed assault on Basra ends in humiliation for Maliki government"),
        ("003_da1223952fc45d8f", "Relative calm returned"),
        ("003_da1223952fc45d8f", "political capital has\n\nbeen severely depleted"),
        ("003_da1223952fc45d8f", "five years of occupation."),
        ("000_45552ef480e63792", "Iraqi resistance forces Maliki to back down\n\n\nAS Prime Minister"),
    ],
)
def test_seed_prose_lies_inside_body(article_id, prose):
    article = seed(article_id)
    start = article.text.index(prose)
    assert in_body(article, start, start + len(prose))


def test_seed_004_body_spans():
    article = seed("004_b394796c3655e125")
    assert [article.text[s.start : s.end][:40] for s in article.body] == [
        "Revolt spreads across Iraq",
        "A mass revolt has broken out across Iraq",
        "This began when Iraqi troops backed by U",
    ]
    assert article.text[: article.body[-1].end].endswith("the surge has brought peace to Iraq.")


def test_repeated_standfirst_is_in_body_once():
    article = seed("004_b394796c3655e125")
    standfirst = (
        "A mass revolt has broken out across Iraq against attempts by the US "
        "and its allies to crush the Shia Muslim resistance to the occupation."
    )
    starts = [m.start() for m in re.finditer(re.escape(standfirst), article.text)]
    assert len(starts) == 2
    # The first copy is kept and the later repeat dropped.
    assert [in_body(article, s, s + len(standfirst)) for s in starts] == [True, False]


def test_body_spans_are_trimmed_and_ordered():
    for article in read_corpus([SEEDS])[0]:
        ends = [0]
        for span in article.body:
            piece = article.text[span.start : span.end]
            assert piece == piece.strip() and piece
            assert span.start >= ends[-1]
            ends.append(span.end)


def test_bom_and_line_ends_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfBasra fell\r\n\r\nTroops entered.\r\nMore came.\rBy Simon Assaf\r\n")
    article = read_article(path)
    assert article.text == "Basra fell\n\nTroops entered.\nMore came.\nBy Simon Assaf\n"
    assert article.body == (Span(0, 38),)
    assert article.text[0:38] == "Basra fell\n\nTroops entered.\nMore came."
    assert article.title == "Basra fell"


def test_text_is_otherwise_unchanged(tmp_path):
    raw = "  ## Title  \n\n\tTabs stay,   spaces stay… “quotes” stay.\n\n\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.text == raw
    assert [raw[s.start : s.end] for s in article.body] == [
        "## Title  \n\n\tTabs stay,   spaces stay… “quotes” stay."
    ]
    assert article.title == "Title"


BAD_FILES = [
    ("empty", b"", "empty file"),
    ("whitespace only", b"  \n\t\r\n  ", "empty file"),
    ("bom only", b"\xef\xbb\xbf\n", "empty file"),
    ("nul bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    ("control chars", b"\x01\x02\x03\x04Basra", "binary file (44% control characters)"),
    ("utf-16", "Basra fell.".encode("utf-16"), "UTF-16 text, not UTF-8 (save it as UTF-8)"),
    (
        "html page",
        b"<!DOCTYPE html>\n<html><body><p>Basra fell.</p></body></html>\n",
        "looks like HTML, not plain text (save the article text as .txt)",
    ),
    (
        "html fragment",
        b'<div class="story"><p>Basra fell.</p><p><a href="/x">More</a></p></div>\n',
        "looks like HTML, not plain text (save the article text as .txt)",
    ),
]


@pytest.mark.parametrize("content, reason", [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_error_and_good_article_is_read(tmp_path, content, reason):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(content)
    articles, errors = read_corpus([tmp_path])
    assert errors == [ReadError(str(tmp_path / "bad.txt"), reason)]
    assert "bad.txt" in str(errors[0])
    assert [a.id for a in articles] == ["good"]


@pytest.mark.parametrize("content, reason", [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES])
def test_read_article_raises_article_error(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(tmp_path / "bad.txt")
    assert (caught.value.path, caught.value.reason) == (str(tmp_path / "bad.txt"), reason)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "size, max_bytes, reason",
    [
        (7_200_000, 5_000_000, "file is 7.2 MB, over the 5 MB limit"),
        (1_500, 1_000, "file is 1.5 kB, over the 1 kB limit"),
        (5_000_001, 5_000_000, "file is 5,000,001 bytes, over the 5,000,000-byte limit"),
    ],
)
def test_oversize_file(tmp_path, size, max_bytes, reason):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "big.txt").write_bytes(b"Basra fell. " * (size // 12) + b"x" * (size % 12))
    articles, errors = read_corpus([tmp_path], max_bytes=max_bytes)
    assert errors == [ReadError(str(tmp_path / "big.txt"), reason)]
    assert [a.id for a in articles] == ["good"]


def test_directory_named_like_an_article(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    articles, errors = read_corpus([tmp_path])
    assert errors == [ReadError(str(tmp_path / "folder.txt"), "is a directory, not a file")]
    assert [a.id for a in articles] == ["good"]


def test_missing_file(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = read_corpus([tmp_path / "gone.txt", tmp_path / "good.txt"])
    assert errors == [ReadError(str(tmp_path / "gone.txt"), "no such file")]
    assert [a.id for a in articles] == ["good"]
    with pytest.raises(ArticleError, match="gone.txt: no such file"):
        read_article(tmp_path / "gone.txt")


def test_folder_without_articles(tmp_path):
    articles, errors = read_corpus([tmp_path])
    assert (articles, errors) == ([], [ReadError(str(tmp_path), "no articles (.txt, .md, .html) in this folder")])


def test_duplicate_ids_get_a_suffix(tmp_path):
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "basra.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = read_corpus([tmp_path / "a", tmp_path / "b", tmp_path / "c"])
    assert errors == []
    assert [(a.id, a.file) for a in articles] == [
        ("basra", "basra.txt"), ("basra-2", "basra.txt"), ("basra-3", "basra.txt")]


HEADER = "file,title,outlet,author,published,date_precision,url,notes\n"
MANIFESTS = [
    (
        "missing file",
        HEADER + "good.txt,Basra falls,News Line,,2008-03-29,day,,\ngone.txt,Gone,News Line,,,,,\n",
        "row 3 names missing file gone.txt",
        {"title": "Basra falls", "published": "2008-03-29", "date_precision": "day"},
    ),
    (
        "bad date",
        HEADER + "good.txt,Basra falls,News Line,,29/03/2008,day,,\n",
        "row 2 (good.txt): published '29/03/2008' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); "
        "the row is used without it",
        {"title": "Basra falls", "published": "", "date_precision": ""},
    ),
    (
        "impossible date",
        HEADER + "good.txt,Basra falls,News Line,,2008-02-30,,,\n",
        "row 2 (good.txt): published '2008-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); "
        "the row is used without it",
        {"title": "Basra falls", "published": "", "date_precision": ""},
    ),
    (
        "date in year 9999",  # M1: a real day, but no news article's; it once overflowed the dating
        HEADER + "good.txt,Basra falls,News Line,,9999-12-31,day,,\n",
        "row 2 (good.txt): published '9999-12-31' is outside the years 1800 to 2200; the row is used without it",
        {"title": "Basra falls", "published": "", "date_precision": ""},
    ),
    (
        "date in year 1",
        HEADER + "good.txt,Basra falls,News Line,,0001,,,\n",
        "row 2 (good.txt): published '0001' is outside the years 1800 to 2200; the row is used without it",
        {"title": "Basra falls", "published": "", "date_precision": ""},
    ),
    (
        "precision disagrees",
        HEADER + "good.txt,Basra falls,News Line,,2008-03,day,,\n",
        "row 2 (good.txt): date_precision 'day' does not fit published '2008-03'; 'month' is used",
        {"title": "Basra falls", "published": "2008-03", "date_precision": "month"},
    ),
    (
        "blank file column",
        HEADER + "good.txt,Basra falls,News Line,,2008,,,\n ,Nothing,News Line,,,,,\n",
        "row 3 has no file name",
        {"title": "Basra falls", "published": "2008", "date_precision": "year"},
    ),
    (
        "repeated file",
        HEADER + "good.txt,Basra falls,News Line,,2008,,,\ngood.txt,Basra taken,News Line,,2008-03-29,,,\n",
        "row 3 repeats file good.txt; the later row is used",
        {"title": "Basra taken", "published": "2008-03-29", "date_precision": "day"},
    ),
    (
        "no file column",
        "title,outlet\nBasra falls,News Line\n",
        "no 'file' column in the header",
        {"title": "Basra fell", "published": "", "date_precision": ""},
    ),
    (
        "not utf-8",  # a spreadsheet's CSV, saved on Windows: read all the same, with a line saying how
        "file,title\ngood.txt,Caf\udce9\n",
        "not UTF-8, read as Windows-1252",
        {"title": "Caf\u00e9", "published": "", "date_precision": ""},
    ),
    (
        "not csv",
        'file,title\ngood.txt,"Basra "falls"\n',
        "not a valid CSV file (',' expected after '\"')",
        {"title": "Basra fell", "published": "", "date_precision": ""},
    ),
    (
        "empty",
        "",
        "empty file",
        {"title": "Basra fell", "published": "", "date_precision": ""},
    ),
]


@pytest.mark.parametrize(
    "manifest, reason, meta", [case[1:] for case in MANIFESTS], ids=[case[0] for case in MANIFESTS]
)
def test_bad_manifest_gives_one_error_and_article_is_read(tmp_path, manifest, reason, meta):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(manifest.encode("utf-8", "surrogateescape"))
    articles, errors = read_corpus([tmp_path])
    assert errors == [ReadError(str(tmp_path / "sources.csv"), reason)]
    assert "sources.csv" in str(errors[0])
    assert [{key: a.metadata()[key] for key in meta} for a in articles] == [meta]


def test_manifest_with_bom_extra_and_missing_columns(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    manifest = "\ufefffile,outlet,extra,published\r\ngood.txt, News Line ,ignored,2008-03-29\r\n"
    (tmp_path / "sources.csv").write_text(manifest, encoding="utf-8")
    entries, errors = read_manifest(tmp_path / "sources.csv")
    assert errors == []
    assert entries == {
        "good.txt": {
            "title": "",
            "outlet": "News Line",
            "author": "",
            "published": "2008-03-29",
            "date_precision": "day",
            "url": "",
            "notes": "",
        }
    }
    [article] = read_corpus([tmp_path])[0]
    assert (article.title, article.outlet, article.published) == ("Basra fell", "News Line", "2008-03-29")


def test_missing_manifest(tmp_path):
    assert read_manifest(tmp_path / "sources.csv") == ({}, [ReadError(str(tmp_path / "sources.csv"), "no such file")])


REAL_SENTENCES = [
    "By Tuesday the army had withdrawn.",
    "By Tuesday the army had withdrawn from Basra.",
    "By George W. Bush's order, troops moved north.",
    "Bill Van Auken reported from Basra on 1 April 2008.",
    "Issue 2094 of the paper was banned in Basra.",
    "Latest news from Basra is grim.",
    "Help fund the resistance, Sadr urged his followers.",
    "Make a donation to the Red Crescent, the imam said.",
    "Sign up for our army, the recruiter told men in Kut.",
    "One-off payments were made to fighters who gave up their weapons.",
    "Read more of the statement in Arabic.",
    "Copyright law was not a priority in Baghdad.",
    "Advertisement hoardings were torn down in Sadr City.",
    "This article is over 15 years, 8 months old, and still true.",
    "Revolt spreads across Iraq",
    "Sadr City",
    "Muqtada al-Sadr",
    "Relative calm returned to Basra on Monday.",
    "“The army that is laying siege to Basra is so large.",
]

FURNITURE_LINES = [
    "By Simon Assaf",
    "by Muqtada al-Sadr",
    "By Patrick O’Neil",
    "Bill Van Auken 1 April 2008",
    "Bill Van Auken April 1, 2008",
    "By Bill Van Auken, 1 April 2008",
    "1 April 2008",
    "Downloading PDF. Please wait...",
    "Downloading PDF. Please wait... Issue 2094",
    "Issue 2094",
    "This article is over 15 years, 8 months old",
    "This article is over 1 year old",
    "This article is more than 3 months old",
    "Sign up for our daily email update ‘Breakfast in Red’",
    "Latest News",
    "Make a donation to Socialist Worker",
    "Help fund the resistance",
    "Donate now",
    "One-off",
    "Monthly",
    "To contact the WSWS and the Socialist Equality Party visit:",
    "To contact the WSWS and the Socialist Equality Party visit: wsws.org/contact",
    "wsws.org/contact",
    "https://www.socialistworker.co.uk/news/revolt-spreads",
    "www.newsline.org.uk",
    "Share this article",
    "Related articles",
    "Advertisement",
    "Read more",
    "Click here to subscribe",
    "Follow us on Twitter",
    "Copyright 2008 Socialist Worker. All rights reserved.",
    "Copyright © 1998-2024 World Socialist Web Site",
    "© World Socialist Web Site",
    "All rights reserved",
    "See next week’s Socialist Worker for more on the revolt and Hassan Jumaa’s message",
    "  Latest News  ",
]


@pytest.mark.parametrize("line", REAL_SENTENCES)
def test_real_sentence_is_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line(line):
    assert is_furniture(line)


def test_blank_line_is_not_furniture():
    assert not is_furniture("  ")


def test_every_furniture_rule_is_exercised():
    for rule in corpus.FURNITURE:
        assert rule.note
        assert any(rule.regex.fullmatch(line.strip()) for line in FURNITURE_LINES), rule.regex.pattern


def test_furniture_loads_lazily():
    code = (
        "import geodata.io.corpus as c\n"
        "assert c._furniture.cache_info().currsize == 0\n"
        "assert len(c.FURNITURE) > 10\n"
        "assert c._furniture.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


@pytest.mark.parametrize("taken, expected", [
    (set(), "basra"), ({"basra"}, "basra-2"), ({"basra", "basra-2", "basra-3"}, "basra-4"), ({"basra-2"}, "basra"),
])
def test_unique_id(taken, expected):
    assert unique_id("basra", taken) == expected


# --- dates out of range, markup in the manifest, control characters, special files -----

@pytest.mark.parametrize("published", ["9999-12-31", "9999-12", "9999", "0001-01-01", "0001", "1799-12-31"])
def test_date_out_of_range_costs_the_article_its_date_with_a_note(published):
    meta = {"published": published, "date_precision": "day", "notes": "from the wire"}
    article = article_from_text(GOOD, id="a", file="a.txt", meta=meta)
    assert (article.published, article.date_precision) == ("", "")
    assert article.notes == f"from the wire; published {published!r} not used: outside the years 1800 to 2200"
    assert article.text == GOOD


@pytest.mark.parametrize("published", ["1800", "2008-03-29", "2200-12-31"])
def test_dates_in_range_are_kept(published):
    article = article_from_text(GOOD, id="a", file="a.txt", meta={"published": published})
    assert (article.published, article.notes) == (published, "")


def test_manifest_cells_with_markup_are_text(tmp_path):
    """L9: the HTML sniff is for articles; a scraped title may quote markup."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    title = "<script>alert(1)</script><img src=x onerror=alert(2)> <b>Basra</b> falls"
    (tmp_path / "sources.csv").write_text(
        f'file,title,outlet\ngood.txt,"{title}",<i>News</i> <u>Line</u>\n', encoding="utf-8")
    [article], errors = read_corpus([tmp_path])
    assert errors == []
    assert (article.title, article.outlet) == (title, "<i>News</i> <u>Line</u>")


def test_articles_that_look_like_html_are_still_refused(tmp_path):
    (tmp_path / "page.txt").write_text("<p><b>Basra</b></p><p><i>fell</i></p>\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = read_corpus([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert errors == [ReadError(str(tmp_path / "page.txt"),
                                "looks like HTML, not plain text (save the article text as .txt)")]


def test_control_characters_stay_out_of_ids_titles_and_metadata(tmp_path):
    """L10: a file name with a newline, a title line that sets the terminal's title and colour."""
    text = "\x1b]0;PWNED\x07\x1b[31mRed\theadline\x1b[0m\n\nIraqi troops entered Basra on Tuesday.\n"
    (tmp_path / "new\nline.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tab\tand\x1besc.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        'file,outlet,author,notes\n"tab\tand\x1besc.txt","News\x1b[2J Line","A.\x85Writer","one\ntwo"\n',
        encoding="utf-8")
    articles, errors = read_corpus([tmp_path])
    assert errors == []
    first, second = sorted(articles, key=lambda a: a.id)
    assert (first.id, first.file, first.title) == ("new line", "new line.txt", "Red headline")
    assert first.text == text  # the text itself is untouched: offsets index it
    assert (second.id, second.file, second.outlet, second.author, second.notes) == (
        "tab and esc", "tab and esc.txt", "News Line", "A. Writer", "one two")
    for article in articles:
        for value in article.metadata().values():
            assert value.isprintable(), value


def test_printable_unicode_is_kept(tmp_path):
    name = "ünïcödé_بصرة\u200c.txt"
    (tmp_path / name).write_text("Ça brûle à بصرة\n\nIraqi troops entered Basra on Tuesday.\n", encoding="utf-8")
    [article], errors = read_corpus([tmp_path])
    assert (article.id, article.file, article.title) == (name[:-4], name, "Ça brûle à بصرة")


def test_errors_show_control_characters_escaped(tmp_path):
    (tmp_path / "bad\nname\x1b[31m.txt").write_bytes(b"")
    articles, errors = read_corpus([tmp_path])
    assert errors == [ReadError(str(tmp_path) + "/bad\\nname\\x1b[31m.txt", "empty file")]
    assert str(errors[0]).isprintable()


def _returns_within(seconds: float, fifo, call):
    """``call()``'s result, or a failure if it blocks (then the pipe is opened for writing to free it)."""
    done: dict = {}

    def run():
        try:
            done["result"] = call()
        except Exception as err:  # raised again below, in the test's thread
            done["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # the blocked reader gets end of file
        worker.join(5)
        pytest.fail(f"blocked on the named pipe {fifo}")
    if "error" in done:
        raise done["error"]
    return done["result"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_not_waited_on(tmp_path):
    """L11: a FIFO named *.txt once blocked the run for ever."""
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = _returns_within(5, fifo, lambda: read_corpus([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert errors == [ReadError(str(fifo), "not a regular file (a named pipe); only regular files are read")]
    with pytest.raises(ArticleError, match="not a regular file"):
        _returns_within(5, fifo, lambda: read_article(fifo))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_manifest_that_is_a_named_pipe(tmp_path):
    fifo = tmp_path / "sources.csv"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = _returns_within(5, fifo, lambda: read_corpus([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert errors == [ReadError(str(fifo), "not a regular file (a named pipe); only regular files are read")]


def test_device_is_refused(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(ArticleError, match=r"not a regular file \(a device\)"):
        read_article(tmp_path / "zero.txt")


# --- pages and Markdown in folders, skipped files, metadata given to the whole run, Windows-1252 -----

PAGE = ("<html><head><title>Clashes in Baquba</title><script>alert(1)</script></head><body><article>"
        "<p>Gunmen killed 12 people in Baquba on Monday, police said, in the deadliest attack in "
        "Diyala province this month.</p></article></body></html>")


def test_a_folder_reads_text_markdown_and_pages_as_add_does(tmp_path):
    from geodata.io.sources import read_source

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Basra\n\nIraqi troops entered Basra.\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "D.HTM").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    articles, errors = read_corpus([tmp_path])
    assert errors == []
    assert [(a.id, a.file, a.title) for a in articles] == [
        ("D", "D.HTM", "Clashes in Baquba"), ("a", "a.txt", "Basra fell"), ("b", "b.md", "Basra"),
        ("c", "c.html", "Clashes in Baquba")]
    assert articles[3] == read_source(tmp_path / "c.html")
    assert "<" not in articles[3].text and "alert" not in articles[3].text


def test_a_page_given_directly_is_read_as_a_page(tmp_path):
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    [article], errors = read_corpus([tmp_path / "c.html"])
    assert (errors, article.title, article.text.strip()) == ([], "Clashes in Baquba", PAGE[PAGE.index("Gunmen"):
                                                                                       PAGE.index("</p>")])


def test_a_page_without_article_text_is_an_error_naming_its_path(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nav.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    articles, errors = read_corpus([tmp_path])
    assert [a.id for a in articles] == ["good"]
    assert [e.path for e in errors] == [str(tmp_path / "nav.html")]  # with its folder, as other errors
    assert errors[0].reason.startswith("no article text found in the page")


def test_a_text_and_a_page_of_one_name_get_distinct_ids(tmp_path):
    (tmp_path / "basra.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "basra.html").write_text(PAGE, encoding="utf-8")
    articles, errors = read_corpus([tmp_path])
    assert (errors, [(a.id, a.file) for a in articles]) == ([], [("basra", "basra.html"), ("basra-2", "basra.txt")])


def test_skipped_files_are_named_but_not_the_manifest_hidden_files_or_folders(tmp_path):
    from geodata.io.corpus import skipped_files

    for name in ("a.txt", "b.md", "c.html", "sources.csv", ".DS_Store", "notes.pdf", "README"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "scan.PDF").write_text("x", encoding="utf-8")
    assert skipped_files([tmp_path, tmp_path / "a.txt"]) == [tmp_path / "README", tmp_path / "notes.pdf",
                                                             tmp_path / "scan.PDF"]
    assert skipped_files([tmp_path / "notes.pdf"]) == []  # a file named on its own is read, as text


def test_a_folder_of_other_files_has_no_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert read_corpus([tmp_path]) == ([], [ReadError(str(tmp_path), "no articles (.txt, .md, .html) in this folder")])


def test_metadata_given_to_the_run_fills_what_the_manifest_leaves_empty(tmp_path):
    for name in ("listed.txt", "unlisted.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,title,outlet,published\nlisted.txt,Basra falls,News Line,2008-03\n", encoding="utf-8")
    given = {"outlet": "Reuters", "title": "", "published": "2007-03-12", "date_precision": "day", "url": "u"}
    articles, errors = read_corpus([tmp_path], meta=given)
    assert errors == []
    assert [(a.id, a.title, a.outlet, a.published, a.date_precision, a.url) for a in articles] == [
        ("listed", "Basra falls", "News Line", "2008-03", "month", "u"),
        ("unlisted", "Basra fell", "Reuters", "2007-03-12", "day", "u")]


CP1252 = "Caf\u00e9 \u201cSadr\u201d \u2013 \u20ac5\n\nIraqi troops entered Basra on Tuesday.\n"


def test_windows_1252_is_read_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_bytes(CP1252.encode("cp1252"))
    (tmp_path / "sources.csv").write_text("file,notes\na.txt,from the wire\n", encoding="utf-8")
    [article], errors = read_corpus([tmp_path])
    assert errors == []
    assert article.text == CP1252
    assert article.notes == "from the wire; not UTF-8, read as Windows-1252"
    assert corpus.reading_notes(article) == ("not UTF-8, read as Windows-1252",)


def test_latin_1_and_the_bytes_windows_1252_leaves_undefined(tmp_path):
    # Latin-1 text reads the same as Windows-1252 but for 0x80-0x9F; there, the five bytes
    # Windows-1252 leaves undefined are read as Latin-1 (C1 controls) rather than refused.
    raw = "Basra \u00e0 \u00ff\n".encode("latin-1") + b"\x81\x8d\x8f\x90\x9d\x80\n"
    (tmp_path / "a.txt").write_bytes(raw)
    article = read_article(tmp_path / "a.txt")
    assert article.text == "Basra \u00e0 \u00ff\n\x81\x8d\x8f\x90\x9d\u20ac\n"
    assert article.notes == "not UTF-8, read as Windows-1252"


def test_utf8_is_read_without_a_note(tmp_path):
    (tmp_path / "a.txt").write_text(CP1252, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert (article.text, article.notes, corpus.reading_notes(article)) == (CP1252, "", ())


def test_notes_from_the_manifest_are_not_reading_notes():
    article = article_from_text(GOOD, id="a", file="a.txt", meta={"notes": "paywalled; from the wire"})
    assert corpus.reading_notes(article) == ()


def test_a_folders_readme_or_provenance_note_is_no_article(tmp_path):
    (tmp_path / "a.txt").write_text("Clashes in Basra killed 12 people.", encoding="utf-8")
    (tmp_path / "PROVENANCE.md").write_text("Where these articles come from.", encoding="utf-8")
    (tmp_path / "README.md").write_text("About this folder.", encoding="utf-8")
    (tmp_path / "report.md").write_text("Shelling in Kharkiv killed four people.", encoding="utf-8")
    articles, errors = read_corpus([tmp_path])
    assert sorted(a.id for a in articles) == ["a", "report"] and errors == []
    assert [p.name for p in skipped_files([tmp_path])] == ["PROVENANCE.md", "README.md"]
    # Named on its own, a README is read as the user asked.
    assert [a.id for a in read_corpus([tmp_path / "README.md"])[0]] == ["README"]


def test_a_manifest_of_a_big_corpus_is_read_past_an_articles_size_limit(tmp_path):
    from geodata.io.corpus import MAX_BYTES, read_manifest

    (tmp_path / "a.txt").write_text("Fighting in Basra.\n", encoding="utf-8")
    row = "a.txt,Fighting,Reuters,,2008-03-26,day,," + "x" * 200 + "\n"
    with (tmp_path / "sources.csv").open("w", encoding="utf-8") as handle:
        handle.write("file,title,outlet,author,published,date_precision,url,notes\n")
        handle.write(row * (MAX_BYTES // len(row) + 100))  # the same row again and again, over 5 MB
    assert (tmp_path / "sources.csv").stat().st_size > MAX_BYTES
    entries, errors = read_manifest(tmp_path / "sources.csv")
    assert entries["a.txt"]["outlet"] == "Reuters"
    assert errors and all("repeats file a.txt" in e.reason for e in errors)


def test_iter_corpus_yields_in_read_corpus_order(tmp_path):
    from geodata.io.corpus import iter_corpus

    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Clashes in Kut.\n", encoding="utf-8")
    (tmp_path / "b" / "y.txt").write_bytes(b"")
    (tmp_path / "b" / "sources.csv").write_text("file,outlet\nx.txt,AP\nz.txt,AP\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Clashes in Hilla.\n", encoding="utf-8")
    paths = [tmp_path / "b", tmp_path / "missing.txt", tmp_path / "x.txt", tmp_path / "b" / "x.txt"]
    articles, errors = read_corpus(paths)
    items = list(iter_corpus(paths))
    assert [i for i in items if not isinstance(i, ReadError)] == articles
    assert [i for i in items if isinstance(i, ReadError)] == errors
    # Each problem where it was met: the manifest's before its folder's first article.
    assert [getattr(i, "id", None) or i.reason[:20] for i in items] == [
        "row 3 names missing ", "x", "empty file", "no such file", "x-2", "x-3"]
    assert [a.outlet for a in articles] == ["AP", "unknown", "AP"]
