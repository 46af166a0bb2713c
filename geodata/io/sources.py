"""Reading the files a user adds: plain text, Markdown, and saved web pages.

A saved web page is mostly navigation, adverts and script; trafilatura (made
for exactly this) finds the article's text and metadata, and htmldate (which
it uses) the publication date. Markup is never kept and never run: only the
extracted plain text becomes the article.
"""

from __future__ import annotations

import re
from pathlib import Path

from geodata.exc import ArticleError
from geodata.io.corpus import MAX_BYTES, article_from_text, read_article, read_bytes, shown
from geodata.models import Article
from geodata.text.isodate import IsoDate, check_published, has_iso_form, parse_iso

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MIN_PAGE_WORDS = 15


def read_source(path: str | Path, *, meta: dict | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """One file as an article: ``.txt``/``.md`` as text, ``.html`` through trafilatura.

    ``meta`` (title, outlet, author, published, url) overrides what the file says.
    Raises ``ArticleError`` with a one-line reason.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    name = shown(path.name)
    meta = {k: v for k, v in (meta or {}).items() if v}
    check_date(name, meta.get("published", ""))
    if suffix in TEXT_SUFFIXES:
        return read_article(path, meta=meta, max_bytes=max_bytes)
    if suffix in HTML_SUFFIXES:
        data = read_bytes(path, max_bytes)
        if not data.strip():
            raise ArticleError(name, "empty file")
        if b"\x00" in data:
            raise ArticleError(name, "binary file (NUL bytes)")
        # Bytes, not text: trafilatura reads the page's own charset declaration.
        return page_article(data, file=path.name, meta=meta)
    raise ArticleError(name, f"cannot read {suffix or 'files without a suffix'}: "
                                  f"use {', '.join(SUFFIXES)}")


def page_article(html: str | bytes, *, file: str, meta: dict | None = None) -> Article:
    """The article inside a saved web page, with the page's title, site, author, date and URL.

    A date the page gives outside the plausible years is not used (``notes`` says so).
    """
    import trafilatura

    meta = dict(meta or {})
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as err:  # trafilatura raises assorted parser errors on broken markup
        raise ArticleError(shown(file), f"could not parse the page ({type(err).__name__})") from err
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (found.get("text") or "").strip()
    # Below a couple of sentences, what trafilatura falls back on is navigation.
    if len(text.split()) < MIN_PAGE_WORDS:
        raise ArticleError(shown(file), f"no article text found in the page ({_words(len(text.split()))})")
    # One paragraph a line in trafilatura's text; a blank line between them reads better.
    text = re.sub(r"\n+", "\n\n", text) + "\n"
    for key, source in (("title", "title"), ("outlet", "sitename"), ("author", "author"), ("url", "url")):
        if not meta.get(key) and found.get(source):
            meta[key] = str(found[source]).strip()
    dated = parse_iso(str(found.get("date") or ""))
    if not meta.get("published") and dated:
        meta["published"] = dated.text
    published = parse_iso(meta.get("published") or "")
    if published:
        meta.setdefault("date_precision", published.precision)
    return article_from_text(text, id=Path(file).stem, file=file, meta=meta)


def check_date(file: str, published: str) -> IsoDate | None:
    """The publication date ``published`` writes (None if it is empty); ``ArticleError`` when it is
    not YYYY, YYYY-MM or YYYY-MM-DD, no real day, or outside the plausible years (1800 to 2200,
    :data:`geodata.text.isodate.FIRST_YEAR`.. :data:`~geodata.text.isodate.LAST_YEAR`)."""
    date, problem = check_published(published)
    if date is None and problem:
        if not has_iso_form(published):
            raise ArticleError(file, f"unparseable date {published!r} (use YYYY-MM-DD)")
        if parse_iso(published) is None:
            raise ArticleError(file, f"impossible date {published!r}")
        raise ArticleError(file, f"implausible date {published!r} ({problem})")
    return date


def _words(n: int) -> str:
    return f"{n:,} word{'s' if n != 1 else ''}"
