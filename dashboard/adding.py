"""The "Add articles" panel: pasted text and uploaded files become articles through geodata.

Reading is geodata's (``geodata.io.sources.read_source`` for files, written to a temporary
folder under their own suffix; ``geodata.io.corpus.article_from_text`` for pasted text); what
it refuses is shown as one line per input, naming it, with geodata's reason; a ZIP file is
read as ``geodata.io.session.read_archive`` reads it. Where the articles go (this session, or
the shared store) is :mod:`dashboard.session`'s business.

Session-only additions are gone with the session: while there are any, a box under the panel
says so, offers them as one ZIP file (``geodata.io.session.archive``) to add again later, and
says when the article filter, and so a link to this view, names them.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path

import streamlit as st

from dashboard import session
from dashboard.escape import plain
from dashboard.source import Source
from dashboard.view import Page
from dashboard.widgets import KEYS as FILTER_KEYS
from geodata.exc import ArticleError
from geodata.io.corpus import MAX_BYTES, article_from_text, reading_notes
from geodata.io.session import archive, read_archive
from geodata.render.safe import safe_url
from geodata.io.sources import SUFFIXES, check_date, page_article, read_source
from geodata.models import Article

KEYS = {name: f"add_{name}" for name in ("text", "title", "outlet", "date", "url")}
ROUND = "add_round"  # a new file uploader after each successful addition: the old one's files are gone
PASTED = "add_pasted"  # pasted texts so far, for their names
MESSAGES = "add_messages"
PANEL = "add_panel"  # the expander's open state
SHOW_REMOVABLE = 25  # remove buttons in the sidebar: the latest additions
_PAGE = re.compile(r"\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_UNSAFE = re.compile(r"[^\w.-]+")


def metadata(title: str = "", outlet: str = "", date: str = "", url: str = "") -> tuple[dict, list[str]]:
    """The panel's fields as article metadata, and what is wrong with them (one line each)."""
    meta = {"title": title.strip(), "outlet": outlet.strip(), "published": date.strip(), "url": url.strip()}
    problems = []
    try:
        published = check_date("date", meta["published"])
    except ArticleError as err:
        problems.append(str(err))
    else:
        if published:
            meta["date_precision"] = published.precision
    if meta["url"] and not safe_url(meta["url"]):
        problems.append(f"URL: {meta['url'][:80]!r} is not an http(s) address")
    return {k: v for k, v in meta.items() if v}, problems


def read_pasted(text: str, number: int, meta: dict) -> Article:
    """Pasted text as the article ``pasted-<number>``; a pasted web page's source is read as a page.

    Raises ``ArticleError`` (path ``pasted-<number>.txt``) when it is empty or too long.
    """
    name = f"pasted-{number}"
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise ArticleError(f"{name}.txt", f"text is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
    if _PAGE.match(text):
        return page_article(text, file=f"{name}.html", meta=meta)
    return article_from_text(text, id=name, file=f"{name}.txt", meta=meta)


def _safe_name(name: str) -> str:
    """A file name to write an upload under: no folders, no odd characters, its suffix kept."""
    path = Path(name.replace("\\", "/")).name
    stem, suffix = Path(path).stem, Path(path).suffix.lower()
    stem = _UNSAFE.sub("-", stem).strip("-.")[:80] or "upload"
    return stem + (suffix if re.fullmatch(r"\.\w{1,10}", suffix) else "")


def read_uploads(files: Iterable, meta: dict, *, limit: int = MAX_BYTES) -> tuple[list[Article], list[str]]:
    """Uploaded files (anything with ``name`` and ``getvalue()``) as articles, and one line
    per file refused: ``"<file name>: <reason>"``. A ``.zip`` file's articles are read with its
    ``sources.csv`` (the file "Download my additions" gives), at most ``limit`` bytes unpacked."""
    articles, refused = [], []
    with tempfile.TemporaryDirectory(prefix="conflict-map-upload-") as folder:
        for number, upload in enumerate(files):
            shown = str(getattr(upload, "name", "") or "upload")
            if shown.lower().endswith(".zip"):
                try:
                    unpacked, errors = read_archive(upload.getvalue(), name=shown, meta=meta, max_total=limit)
                except ArticleError as err:
                    refused.append(f"{err.path}: {err.reason}")
                    continue
                articles += unpacked
                refused += [f"{e.path}: {e.reason}" for e in errors]
                continue
            # Each file in a folder of its own: two uploads of one name never meet.
            target = Path(folder) / str(number) / _safe_name(shown)
            try:
                target.parent.mkdir()
                target.write_bytes(upload.getvalue())
                article = read_source(target, meta=meta)
            except ArticleError as err:
                refused.append(f"{shown}: {err.reason}")
                continue
            except OSError as err:
                refused.append(f"{shown}: could not be stored for reading ({err.strerror or err})")
                continue
            articles.append(replace(article, file=shown))
    return articles, refused


def given_size(text: str, files: Iterable) -> int:
    """What one click asks to read: the pasted text's characters and the uploaded files' bytes."""
    total = len(text) if text.strip() else 0
    for upload in files:
        size = getattr(upload, "size", None)
        total += size if isinstance(size, int) else len(upload.getvalue())
    return total


# -- the panel -----------------------------------------------------------------------------------

def _uploader_key() -> str:
    return f"add_files_{st.session_state.get(ROUND, 0)}"


def _submit(src: Source) -> None:
    """The Add button's callback: read what was given, add what could be read, report on each."""
    state = st.session_state
    meta, problems = metadata(*(state.get(KEYS[k]) or "" for k in ("title", "outlet", "date", "url")))
    text = state.get(KEYS["text"]) or ""
    files = [f for f in (state.get(_uploader_key()) or []) if hasattr(f, "getvalue")]
    messages: list[tuple[str, str]] = [("error", p) for p in problems]
    if not problems and not text.strip() and not files:
        messages.append(("info", "Paste an article's text or choose files, then press Add."))
    if problems or not (text.strip() or files):
        state[MESSAGES] = messages
        return
    size, limit = given_size(text, files), int(session.budget("GEODATA_ADD_MAX_CHARS"))
    if size > limit:
        state[MESSAGES] = [("error", f"This addition is {size:,} characters, over the {limit:,} read at "
                                     "once: add fewer or shorter texts at a time. Nothing was added.")]
        return
    articles: list[Article] = []
    if text.strip():
        number = state.get(PASTED, 0) + 1
        state[PASTED] = number
        try:
            articles.append(read_pasted(text, number, meta))
        except ArticleError as err:
            messages.append(("error", f"{err.path}: {err.reason}"))
    read, refused = read_uploads(files, meta, limit=limit)
    articles += read
    messages += [("error", line) for line in refused]
    # Read, but not as given: "not UTF-8, read as Windows-1252". Said, never a refusal.
    messages += [("warning", f"{a.file}: {note}") for a in read for note in reading_notes(a)]
    if articles:
        messages += session.add(src, articles)
    state[MESSAGES] = messages
    if not any(level == "error" for level, _ in messages):
        for key in KEYS.values():
            state[key] = ""
        state[ROUND] = state.get(ROUND, 0) + 1


def _remove(src: Source, article_id: str) -> None:
    st.session_state[MESSAGES] = session.remove(src, article_id)


def session_only(count: int) -> str:
    """The warning shown while ``count`` articles live only in this session."""
    these, it = ("Your added article lives", "it") if count == 1 else (f"Your {count} added articles live", "them")
    return (f"{these} only in this browser session: reloading or closing the page loses {it}. "
            f"Download {it} to keep {it}; adding the file here again brings {it} back.")


LINK_NOTE = "Links to this view name articles only this session has: others opening it will not see them."


def kept(page: Page) -> None:
    """Under the panel, open or closed, while this session holds articles nobody else has: the
    warning that they go with the session, their download, and whether a link names them."""
    if not page.session:
        return
    items = session.additions(page.source)
    with st.container(border=True, key="additions_kept"):
        st.markdown(f":orange[:material/warning:] **{session_only(len(page.session))}**")
        # partial, not a lambda over the session state: the file is built from this run's
        # immutable additions, when the button is pressed.
        st.download_button("Download my additions", partial(archive, items), "my-additions.zip",
                           "application/zip", key="additions_download", on_click="ignore", width="stretch",
                           help="A ZIP file: each article's text (.txt) with a sources.csv of their titles, "
                                "outlets and dates, which this panel adds again, and extraction.json, "
                                "their places and events (as `geodata export` writes them).")
        selected = set(st.session_state.get(FILTER_KEYS["article"]) or ())
        if selected & set(page.session):
            st.caption(LINK_NOTE)


def panel(page: Page) -> None:
    """The sidebar's "Add articles" expander: paste or upload, and the added articles to remove;
    under it, while there are session-only additions, their warning and download (:func:`kept`).

    Its fields are built only while it is open (opening it reruns the page): a dozen
    widgets nobody sees slowed every page's first drawing.
    """
    # Never a computed `expanded`: it is part of the expander's identity, so a value that
    # changed between runs would make a new, closed panel, and its fields' values would go.
    box = st.expander("Add articles", key=PANEL, on_change="rerun")
    if box.open:
        _fields(page, box)
    kept(page)


def _fields(page: Page, box) -> None:
    messages = st.session_state.pop(MESSAGES, [])
    with box:
        if page.saving:
            st.caption("What you add is saved in the shared store: everyone using this dashboard sees it.")
        else:
            st.caption("What you add stays in this browser session: nobody else sees it, and it is gone "
                       "when the session ends.")
        # persist_state: a draft survives closing the panel (a file chosen for upload does not).
        st.text_area("Paste an article's text", key=KEYS["text"], height=140, persist_state="page",
                     placeholder="The article's text; its first line becomes the title unless you give one.")
        st.file_uploader(f"Or upload files ({', '.join(SUFFIXES)}, .zip)", accept_multiple_files=True,
                         key=_uploader_key(),
                         help="Web pages are reduced to the article's text; their scripts and markup are dropped. "
                              "A .zip file's articles are added with its sources.csv (as \"Download my "
                              "additions\" gives them).")
        st.text_input("Title", key=KEYS["title"], persist_state="page", placeholder="from the text if empty")
        # Not "Outlet": the sidebar's filter has that name, and a screen reader must tell them apart.
        st.text_input("Outlet of the article", key=KEYS["outlet"], persist_state="page", placeholder="e.g. Reuters")
        st.text_input("Date", key=KEYS["date"], persist_state="page", placeholder="YYYY-MM-DD",
                      help="The publication date: relative dates in the text (\"on Tuesday\") are read from it.")
        st.text_input("URL", key=KEYS["url"], persist_state="page", placeholder="https://…")
        st.caption("Title, outlet, date and URL apply to everything added together; a web page's own "
                   "are used where a field is empty.")
        st.button("Add", key="add_submit", on_click=_submit, args=(page.source,), type="primary",
                  width="stretch", help=f"Reads at most {int(session.budget('GEODATA_ADD_MAX_CHARS')):,} "
                                        "characters (pasted text and files together) per click.")
        for level, text in messages:
            getattr(st, level)(plain(text))
        if page.removable:
            st.markdown("**Added articles**")
            if len(page.removable) > SHOW_REMOVABLE:
                st.caption(f"The latest {SHOW_REMOVABLE} of {len(page.removable)}; remove others with "
                           "`geodata remove ID`.")
            for article_id, title in page.removable[-SHOW_REMOVABLE:]:
                st.caption(plain(f"{title or article_id} · {article_id}"))
                st.button("Remove", key=f"remove_{article_id}", on_click=_remove, args=(page.source, article_id),
                          width="stretch")
