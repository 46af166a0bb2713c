"""A store in memory for what one visitor adds: :class:`~geodata.io.store.Store`'s add and
remove, without a file.

    session = SessionStore(known=hashes, taken=ids, limit=50)   # beside a shared corpus
    result = session.add(articles, analyse)   # an AddResult, as Store.add gives
    state["added"] = session.additions        # an immutable snapshot, to keep between runs
    session = SessionStore(state["added"], known=hashes, taken=ids, limit=50)

The session lies beside the articles everyone sees (a store, a corpus): a text among
them is a duplicate, and an added article never takes one of their ids. Each
:class:`Addition` keeps the article with its mentions and its reports, ungrouped, so
that they can be grouped with the shared ones.

Session additions are lost with the session; :func:`archive` packs them into one ZIP file to
keep (each article's text, a ``sources.csv`` and the extraction as JSON), and
:func:`read_archive` reads such a file (or any ZIP of articles) back as articles to add again.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from geodata.events import group_reports
from geodata.exc import ArticleError
from geodata.io.corpus import MANIFEST, MAX_BYTES, META_FIELDS, read_corpus, reading_notes, unique_id
from geodata.io.export import to_json
from geodata.io.sources import SUFFIXES
from geodata.io.store import AddResult, Analyse, triage
from geodata.models import Article, Extraction, Mention, Report, ReadError

MAX_ARCHIVE_ERRORS = 20  # files of one archive that cannot be read before the whole is refused
EXTRACTION = "extraction.json"  # in an archive: the additions' extraction, for the user's own tools
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class Addition:
    """An article added in a session, with what the pipeline found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    reports: tuple[Report, ...]  # ungrouped
    digest: str  # geodata.io.store.content_hash of its text


class SessionStore:
    """The articles one session added, in memory, in the order they came.

    ``known`` maps the content hashes of the shared articles to their ids and ``taken``
    holds the shared ids. With a ``limit``, an addition that would take the session past
    that many articles adds nothing: its new texts' files are ``AddResult.refused``.
    """

    def __init__(self, additions: Iterable[Addition] = (), *, known: Mapping[str, str] | None = None,
                 taken: Collection[str] = (), limit: int | None = None):
        self.additions: tuple[Addition, ...] = tuple(additions)
        self._known = known or {}
        self._taken = taken
        self.limit = limit

    def add(self, articles: Iterable[Article], analyse: Analyse) -> AddResult:
        """Add articles with what ``analyse`` extracts from them, all or none (as :meth:`Store.add`).

        A text already shared or added (same content hash) is not added again; an id in
        use gets a numeric suffix. If ``analyse`` raises, the session is as it was.
        """
        own = {a.digest: a.article.id for a in self.additions}
        fresh, duplicates = triage(
            articles, held=lambda digest: self._known.get(digest, own.get(digest)),
            taken={*self._taken, *own.values()})
        if self.limit is not None and len(self.additions) + len(fresh) > self.limit:
            return AddResult((), tuple(duplicates), tuple(a.file for a, _ in fresh))
        if not fresh:
            return AddResult((), tuple(duplicates))
        mentions, reports = analyse([a for a, _ in fresh])
        found: dict[str, tuple[list[Mention], list[Report]]] = {a.id: ([], []) for a, _ in fresh}
        for m in mentions:
            if m.article_id in found:
                found[m.article_id][0].append(m)
        for r in reports:
            if r.event.article_id in found:
                found[r.event.article_id][1].append(r)
        self.additions += tuple(Addition(a, tuple(found[a.id][0]), tuple(found[a.id][1]), digest)
                                for a, digest in fresh)
        return AddResult(tuple(a.id for a, _ in fresh), tuple(duplicates))

    def remove(self, article_id: str) -> bool:
        """Take an added article away with its mentions and reports; False if there was none."""
        kept = tuple(a for a in self.additions if a.article.id != article_id)
        removed = len(kept) < len(self.additions)
        self.additions = kept
        return removed

    def articles(self) -> list[Article]:
        return [a.article for a in self.additions]

    def reports(self) -> list[Report]:
        """The added reports, ungrouped (to group with the shared ones)."""
        return [r for a in self.additions for r in a.reports]

    def extraction(self) -> Extraction:
        """The added articles on their own, as the pipeline would return them."""
        return Extraction(tuple(self.articles()), tuple(m for a in self.additions for m in a.mentions),
                          group_reports(self.reports()), ())

    def __len__(self) -> int:
        return len(self.additions)


def archive(additions: Iterable[Addition]) -> bytes:
    """Additions as one ZIP file that :func:`read_archive` (or ``read_corpus`` on its unpacked
    folder) reads back: each article's text, exactly, as ``<id>.txt``; their metadata in
    ``sources.csv``; and :data:`EXTRACTION`, ``to_json`` of their articles, mentions and events."""
    items = tuple(additions)
    names: list[str] = []
    rows = []
    for item in items:
        article = item.article
        name = unique_id(_UNSAFE.sub("-", article.id).strip("-.")[:80] or "article", names)
        names.append(name)
        meta = article.metadata()
        # The reader's own notes ("not UTF-8...") described the file given, not the one written here.
        meta["notes"] = "; ".join(n for n in article.notes.split("; ") if n and n not in reading_notes(article))
        rows.append({"file": f"{name}.txt", **{key: meta.get(key) or "" for key in META_FIELDS}})
    manifest = io.StringIO()
    writer = csv.DictWriter(manifest, fieldnames=("file", *META_FIELDS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    extraction = SessionStore(items).extraction()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as packed:
        for name, item in zip(names, items, strict=True):
            packed.writestr(f"{name}.txt", item.article.text.encode("utf-8"))
        packed.writestr(MANIFEST, manifest.getvalue().encode("utf-8"))
        packed.writestr(EXTRACTION, json.dumps(to_json(extraction), ensure_ascii=False, indent=1))
    return out.getvalue()


def read_archive(data: bytes, *, name: str = "archive.zip", meta: dict | None = None,
                 max_bytes: int = MAX_BYTES, max_total: int = 50 * MAX_BYTES,
                 max_files: int = 500) -> tuple[list[Article], list[ReadError]]:
    """The articles of a ZIP file (its ``.txt``, ``.md`` and ``.html`` files, wherever they lie in it,
    with a ``sources.csv`` among them for their metadata), read as ``read_corpus`` reads a folder.

    ``meta`` fills what a row leaves empty. Each problem with one member is a ``ReadError`` named
    ``<name>/<member>``; other members are still read. Raises ``ArticleError`` (path ``name``) when
    the whole file cannot be used: not a ZIP, more than ``max_files`` articles, or more than
    ``max_total`` bytes unpacked (counted as read, not as the archive claims).
    """
    try:
        packed = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise ArticleError(name, "not a ZIP file") from err
    errors: list[ReadError] = []
    with packed, tempfile.TemporaryDirectory(prefix="geodata-archive-") as folder:
        # Every member opened counts, whatever becomes of it: a refused or repeated one costs the
        # same unpacking, and the errors listed stay few.
        total, found, opened, written = 0, 0, 0, set()
        for info in packed.infolist():
            member = PurePosixPath(info.filename.replace("\\", "/"))
            where = f"{name}/{info.filename}"
            hidden = any(part == "__MACOSX" or (part.startswith(".") and part not in (".", ".."))
                         for part in member.parts)
            wanted = member.name == MANIFEST or member.suffix.lower() in SUFFIXES
            if info.is_dir() or hidden or not wanted:
                continue  # extraction.json, folders, a Mac's resource forks
            found += member.name != MANIFEST
            opened += 1
            if opened > max_files:
                raise ArticleError(name, f"holds more than {max_files} articles: add fewer at a time")
            if len(errors) >= MAX_ARCHIVE_ERRORS:
                raise ArticleError(name, f"more than {MAX_ARCHIVE_ERRORS} of its files cannot be read")
            if member.name in written:
                errors.append(ReadError(where, f"another file named {member.name} came first; this one is left out"))
                continue
            if info.file_size > max_bytes:  # what the archive says: refused without unpacking
                errors.append(ReadError(where, f"file is over the {max_bytes:,}-byte limit"))
                continue
            try:
                with packed.open(info) as handle:
                    content = handle.read(max_bytes + 1)
            except (RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
                errors.append(ReadError(where, f"cannot be unpacked ({err})"))  # encrypted, damaged...
                continue
            total += len(content)  # as unpacked, whatever the archive said
            if len(content) > max_bytes:
                errors.append(ReadError(where, f"file is over the {max_bytes:,}-byte limit"))
                continue
            if total > max_total:
                raise ArticleError(name, f"unpacks to more than {max_total:,} bytes: add fewer or shorter "
                                         "texts at a time")
            try:
                # Only the member's own name is used: nothing is written outside the folder.
                (Path(folder) / member.name).write_bytes(content)
            except (OSError, ValueError) as err:
                errors.append(ReadError(where, f"cannot be unpacked ({err})"))  # a name the system refuses
                continue
            written.add(member.name)
        if not found:
            raise ArticleError(name, "no articles (.txt, .md, .html) in this ZIP file")
        if not written - {MANIFEST}:
            return [], errors
        articles, problems = read_corpus([folder], meta=meta, max_bytes=max_bytes)
        prefix = os.path.join(folder, "")
        errors += [ReadError(f"{name}/{e.path.removeprefix(prefix)}", e.reason) for e in problems]
    return articles, errors
