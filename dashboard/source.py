"""Where the dashboard's articles come from, and what everyone sees of them.

By default the articles are the SQLite store's (``geodata.io.store``: ``$GEODATA_DB``, else
the library's default path), filled with the seed articles on first use. ``GEODATA_CORPUS``
names a folder of articles (``sources.csv`` beside them optional), a saved extraction
(``geodata extract --format json``) or a folder of Parquet tables (``--format parquet``, or a
cluster's run) instead, read without touching the store.

What a source holds is read once per change into a :class:`Shared`, a ``st.cache_resource``
keyed by the store file's path, times and sizes (or the folder's files'), and shared
read-only by every session. What a visitor adds is :mod:`dashboard.session`'s.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from geodata import analyse, group_reports, settings
from geodata.exc import GeodataError
from geodata.io.corpus import read_corpus
from geodata.io.export import from_json
from geodata.io.parquet import is_parquet_folder, read_parquet
from geodata.io.store import Store, content_hash, default_path
from geodata.models import Extraction, ReadError, Report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    """What the page reads: the store (``kind="store"``), a ``folder``, a saved ``json`` extraction or
    a ``parquet`` folder of tables."""

    kind: str
    path: str

    @property
    def ident(self) -> str:
        return f"{self.kind}:{self.path}"

    @property
    def label(self) -> str:
        """What a visitor is told: the corpus's own name, never the server's directories."""
        name = Path(self.path).name
        return f"{name} (store)" if self.kind == "store" else name


def source() -> Source:
    """``$GEODATA_CORPUS`` if set, else the store (``geodata.io.store.default_path()``: ``$GEODATA_DB``)."""
    if settings.is_set("GEODATA_CORPUS"):
        path = settings.path("GEODATA_CORPUS")
        kind = "json" if path.suffix.lower() == ".json" and path.is_file() else \
            "parquet" if is_parquet_folder(path) else "folder"
        return Source(kind, str(path))
    return Source("store", str(default_path().expanduser().absolute()))


def save_uploads() -> bool:
    """Whether additions go to the shared store: ``GEODATA_SAVE_UPLOADS``, else ``save_uploads``
    in ``.streamlit/secrets.toml``. Off by default, and off when the secrets cannot be read."""
    given = settings.flag("GEODATA_SAVE_UPLOADS")
    if given is not None:
        return given
    try:
        if not st.secrets.load_if_toml_exists():
            return False
        value = st.secrets.get("save_uploads", False)
    except Exception:  # a malformed secrets file must not take the page down
        return False
    return value is True or str(value).strip().lower() in settings.TRUE


def saving(src: Source) -> bool:
    """Whether this page's additions are saved for everyone (only ever into the store)."""
    return src.kind == "store" and save_uploads()


def fingerprint(path: Path) -> tuple:
    """Names, sizes and modification times of the corpus files (part of the cache key)."""
    try:
        if path.is_file():
            stat = path.stat()
            return ((path.name, stat.st_mtime_ns, stat.st_size),)
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in path.iterdir()))
    except OSError:
        return ()


def store_fingerprint(path: Path) -> tuple:
    """Times and sizes of the store and its write-ahead log: a write changes one of them."""
    out = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            stat = file.stat()
        except OSError:
            stat = None
        # An empty log holds nothing: it comes and goes as readers open and close the store.
        out.append((stat.st_mtime_ns, stat.st_size) if stat and stat.st_size else None)
    return tuple(out)


def open_store(path: str) -> Store:
    """The store at ``path``, seeded with the bundled articles when it is new. Close it after use."""
    return Store.open_seeded(path, analyse)


# -- what everyone sees ----------------------------------------------------------------------

@dataclass(frozen=True)
class Shared:
    """The source's articles, read once per change: shared read-only between sessions."""

    extraction: Extraction
    reports: tuple[Report, ...] | None  # ungrouped; None for a saved extraction (its events are grouped)
    origins: Mapping[str, str]  # article id -> "seed" or "added" (the store's); empty otherwise
    hashes: Mapping[str, str]  # content hash -> article id
    token: str  # changes whenever the content does


def _shared_of(extraction: Extraction, reports, origins=None, stamp: tuple = ()) -> Shared:
    hashes: dict[str, str] = {}
    token = hashlib.sha256(repr(stamp).encode())
    for article in extraction.articles:
        digest = content_hash(article.text)
        hashes.setdefault(digest, article.id)
        token.update(f"{article.id}\0{digest}\0".encode())
    token.update(f"{len(extraction.mentions)}:{len(extraction.events)}:{sorted((origins or {}).items())}".encode())
    return Shared(extraction, None if reports is None else tuple(reports), dict(origins or {}), hashes,
                  token.hexdigest()[:16])


def unreadable(path: str, reason: str, stamp: tuple = ()) -> Shared:
    """Nothing to show, and one line saying why: about the source's own name, never a server path."""
    error = ReadError(Path(path).name or path, public(reason, path)[:300])
    return _shared_of(Extraction((), (), (), (error,)), (), stamp=stamp)


def unexpected(err: BaseException) -> str:
    """What a visitor is told of a failure nobody planned for: its kind only (the log has the rest)."""
    return f"could not be read: an unexpected error ({type(err).__name__}); the server's log has the details"


def public(text: str, path: str) -> str:
    """``text`` without the folders above the source ``path``: what a visitor may see of a message."""
    for parent in {str(Path(path).parent), str(Path(path).absolute().parent),
                   str(Path(path).expanduser().resolve().parent)}:
        if parent not in ("", "."):
            text = text.replace(parent.rstrip(os.sep) + os.sep, "")
    return text


def relative(error: ReadError, root: str) -> ReadError:
    """A folder's read error named as a visitor may see it: relative to the corpus folder."""
    path, base = Path(error.path), Path(root)
    try:
        name = str(path.relative_to(base))
    except ValueError:
        try:
            name = str(path.resolve().relative_to(base.resolve()))
        except (ValueError, OSError):
            name = path.name
    if name in ("", "."):
        name = base.name
    return ReadError(name, public(error.reason, root))


@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def _shared(kind: str, path: str, key: tuple) -> Shared:
    """The articles of one source as they are at ``key`` (its files' times and sizes).

    Never raises: any failure is one "could not be read" line for the page (kept in the cache
    until the files change), and its traceback goes to the server's log.
    """
    try:
        return _read(kind, path, key)
    except Exception as err:
        log.exception("could not read the dashboard's source %s", path)
        return unreadable(path, unexpected(err), key)


def _read(kind: str, path: str, key: tuple) -> Shared:
    if kind == "store":
        try:
            with open_store(path) as store:
                extraction, reports = store.contents()  # each table read once
                return _shared_of(extraction, reports, store.origins(), key)
        except GeodataError as err:
            return unreadable(path, f"cannot read the store ({err})", key)
    if kind == "parquet":
        try:
            return _shared_of(read_parquet(path), None, stamp=key)
        except (OSError, ValueError, TypeError, KeyError) as err:
            reason = f"not a Parquet extraction (geodata extract --format parquet): {type(err).__name__}: {err}"
            return unreadable(path, reason, key)
    if kind == "json":
        try:
            saved = json.loads(Path(path).read_text(encoding="utf-8"))
            return _shared_of(from_json(saved), None, stamp=key)
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as err:
            reason = f"not a saved extraction (geodata extract --format json): {type(err).__name__}: {err}"
            return unreadable(path, reason, key)
    articles, errors = read_corpus([path])
    mentions, reports = analyse(articles)
    errors = tuple(relative(e, path) for e in errors)
    return _shared_of(Extraction(tuple(articles), mentions, group_reports(reports), errors), reports,
                      stamp=key)


def shared(src: Source) -> Shared:
    """The source's articles, read again only when its files change."""
    if src.kind == "store":
        path = Path(src.path)
        if not path.exists():
            try:  # create and seed before taking the key, so the key is the seeded file's
                with st.spinner("Preparing the store with the seed articles…"):
                    open_store(src.path).close()
            except GeodataError as err:
                return unreadable(src.path, f"cannot create the store ({err})")
            except Exception as err:  # the seeding's analysis, say: a notice, and the log has the rest
                log.exception("could not create the store %s", src.path)
                return unreadable(src.path, unexpected(err))
        return _shared(src.kind, src.path, store_fingerprint(path))
    return _shared(src.kind, src.path, fingerprint(Path(src.path)))


def forget_shared() -> None:
    """After this process wrote the store: read it again on the next run."""
    _shared.clear()
