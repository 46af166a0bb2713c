"""Reading articles: plain-text files, a ``sources.csv`` manifest, page furniture.

``Article.text`` is the file exactly as the user will see it (only a BOM and
Windows/Mac line ends are normalised), because every offset downstream
indexes it. Text that is not UTF-8 is read as Windows-1252, with a note
(:data:`DECODED_NOTE`) in ``Article.notes``. A folder's saved web pages are
read as ``geodata add`` reads them (:func:`geodata.io.sources.read_source`).
What is not prose (bylines, "Sign up..." lines, a repeated standfirst) is not
removed from the text but left out of ``Article.body``.

The metadata (id, file, title and the ``sources.csv`` fields) is one line of
printable text: control characters in a file name or a cell become a space
(:func:`one_line`), and error messages show them escaped (:func:`shown`).
Only regular files are read: a named pipe or a device is refused, never waited on.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from geodata import datafiles
from geodata.exc import ArticleError, ConfigError
from geodata.models import Article, ReadError, Span
from geodata.text.isodate import check_published, parse_iso

MANIFEST = "sources.csv"
MAX_BYTES = 5_000_000
# A manifest lists every article of its folder: a year of wire copy's is tens of megabytes.
MANIFEST_MAX_BYTES = 500_000_000
TITLE_MAX = 200
# Metadata columns of sources.csv besides "file"; any others are ignored.
META_FIELDS = ("title", "outlet", "author", "published", "date_precision", "url", "notes")
# The ones many rows share: held once, however many rows.
_REPEATED_FIELDS = ("outlet", "author", "published", "date_precision", "notes")
# What a folder's articles may be, in messages (geodata.io.sources.SUFFIXES has every suffix).
ARTICLE_KINDS = ".txt, .md, .html"
# The note a file that is not UTF-8 gets, in Article.notes (or as the manifest's ReadError).
DECODED_NOTE = "not UTF-8, read as Windows-1252"
# Notes the reader writes into Article.notes itself, as opposed to a sources.csv row's own.
_READING_NOTES = (DECODED_NOTE,)

# Bytes that never occur in text files, NUL apart: a high share means binary.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c") + b"\x7f"
_CONTROL_SHARE = 0.10
_HTML_START_RE = re.compile(r"\s*<(?:!doctype|html|\?xml)\b", re.IGNORECASE)
_TAG_RE = re.compile(r"<[!/?a-zA-Z][^<>]{0,2000}>")
_TAG_SHARE = 0.30
_LINE_RE = re.compile(r"[^\n]*\n?")
_HEADING_RE = re.compile(r"^#+\s*")
# C0 and C1 controls and DEL (tab, newline, escape, NEL...): never part of a one-line name.
# (U+2028/U+2029 are Unicode text, kept: every output escapes them where they matter.)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
# A whole terminal escape sequence (a colour, a window title) goes, not only its ESC.
_ESCAPE_SEQ_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,500}(?:\x07|\x1b\\)?")
_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
               (stat.S_ISBLK, "a device"))


@dataclass(frozen=True)
class FurnitureRule:
    """One row of ``geodata/data/furniture.csv``."""

    regex: re.Pattern[str]
    note: str


@cache
def _furniture() -> tuple[tuple[FurnitureRule, ...], re.Pattern[str]]:
    """Load the rules, and one regex that matches a line made only of them."""
    source = files("geodata") / "data" / "furniture.csv"
    rules = []
    with source.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                regex = re.compile(row["pattern"], re.IGNORECASE)
            except re.error as err:
                raise ConfigError(
                    f"geodata/data/furniture.csv row {number}: bad pattern {row['pattern']!r} ({err}); fix the regex"
                ) from err
            rules.append(FurnitureRule(regex, row.get("note") or ""))
    # "Downloading PDF. Please wait... Issue 2094" is two phrases on one line:
    # a line is furniture when furniture phrases, separated by spaces, make up
    # all of it. One alternation lets the regex engine do the backtracking.
    one = "|".join(f"(?:{rule.regex.pattern})" for rule in rules)
    whole = re.compile(rf"(?:{one})(?:\s+(?:{one}))*", re.IGNORECASE)
    return tuple(rules), whole


def __getattr__(name: str) -> tuple[FurnitureRule, ...]:
    # FURNITURE is loaded on first use, not at import time.
    if name == "FURNITURE":
        return _furniture()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_furniture(line: str) -> bool:
    """Whether ``line`` (one line of text) is page furniture rather than prose."""
    line = line.strip()
    return bool(line) and _furniture()[1].fullmatch(line) is not None


def read_article(path: str | Path, *, meta: dict | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read one plain-text article; ``meta`` is its row of ``sources.csv``, if any.

    Raises ``ArticleError`` with a one-line reason when the file is missing,
    a directory, too large, empty, binary, UTF-16 or an HTML page. Text that is
    not UTF-8 is read as Windows-1252, and :data:`DECODED_NOTE` added to ``notes``.
    """
    path = Path(path)
    text, note = _decode(path, read_bytes(path, max_bytes))
    if _HTML_START_RE.match(text) or _markup_share(text) > _TAG_SHARE:
        raise ArticleError(shown(path), "looks like HTML, not plain text (save the article text as .txt)")
    if note:
        meta = dict(meta or {})
        meta["notes"] = "; ".join(filter(None, (meta.get("notes"), note)))
    return article_from_text(text, id=path.stem, file=path.name, meta=meta)


def reading_notes(article: Article) -> tuple[str, ...]:
    """The notes the reader added to ``article.notes`` about how it read the file (that it was
    not UTF-8), for a run to show as warnings; a ``sources.csv`` row's own notes are not among them."""
    return tuple(part for part in article.notes.split("; ") if part in _READING_NOTES)


def article_from_text(text: str, *, id: str, file: str, meta: dict | None = None) -> Article:
    """An article from text already decoded (a pasted text, a web page's extracted text).

    Line ends are normalised as for files; the body, and the title when ``meta``
    has none, come from the text. The metadata is made one line (:func:`one_line`).
    A ``published`` date that is not a date, or lies outside the plausible years
    (:func:`geodata.text.isodate.check_published`), is dropped with a note in ``notes``.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(shown(file), "empty text")
    meta = {key: one_line(str(value or "")) for key, value in (meta or {}).items()}
    body = _body(text)
    stem = one_line(Path(file).stem)
    title = meta.get("title") or one_line(_title_from(text, body)) or stem
    fields = {key: meta.get(key) or "" for key in META_FIELDS[2:]}
    _, problem = check_published(fields["published"])
    if problem:
        note = f"published {fields['published']!r} not used: {problem}"
        fields.update(published="", date_precision="", notes="; ".join(filter(None, (fields["notes"], note))))
    return Article(
        id=one_line(id) or stem or "article",
        file=one_line(file),
        title=title,
        outlet=meta.get("outlet") or "unknown",
        text=text,
        body=body,
        **fields,
    )


def one_line(text: str) -> str:
    """``text`` as one line of printable text: terminal escape sequences (a colour, a window
    title) are dropped, each run of other control characters (tab, newline...) becomes a space,
    and the ends are trimmed. Printable Unicode is kept."""
    return _CONTROL_RE.sub(" ", _ESCAPE_SEQ_RE.sub("", text)).strip()


def shown(path: str | Path) -> str:
    """A file name for an error message: control characters escaped (``new\\nline.txt``), so
    the message stays one line and writes nothing to the terminal but text."""
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(path))


def read_manifest(path: str | Path) -> tuple[dict[str, dict], list[ReadError]]:
    """Read ``sources.csv``: a mapping from file name to metadata, and the problems found.

    Rows are numbered as a spreadsheet shows them (the header is row 1). A row
    with a bad date is kept without its date; a manifest that cannot be read
    at all gives one error and an empty mapping.

    Cells are text, whatever they hold (markup in a scraped title is kept as
    written); each is made one line (:func:`one_line`). A manifest that is not
    UTF-8 (a spreadsheet's CSV saved on Windows) is read as Windows-1252, and
    says so in one error, as its other problems do.
    """
    path = Path(path)
    where = shown(path)
    try:
        # No HTML sniff: that is for articles; a manifest's cells may quote markup.
        text, note = _decode(path, read_bytes(path, MANIFEST_MAX_BYTES))
        stream = io.StringIO(text, newline="")
        del text  # a manifest of 100,000 rows: one copy of its text at a time
        reader = csv.DictReader(stream, strict=True)
        fieldnames = reader.fieldnames
    except ArticleError as err:
        return {}, [ReadError(where, err.reason)]
    except csv.Error as err:
        return {}, [ReadError(where, f"not a valid CSV file ({err})")]
    errors = [ReadError(where, note)] if note else []
    if "file" not in (fieldnames or ()):
        return {}, [*errors, ReadError(where, "no 'file' column in the header")]
    entries: dict[str, dict] = {}
    common: dict[str, str] = {}  # one copy of each repeated cell (an outlet, a note), not one a row
    try:
        # Count records, not lines: a quoted cell may span lines, and a
        # spreadsheet shows it as one row. Row by row: never every row's dict at once.
        for number, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if not name:
                errors.append(ReadError(where, f"row {number} has no file name"))
                continue
            target = path.parent / name
            if not target.exists():
                errors.append(ReadError(where, f"row {number} names missing file {shown(name)}"))
            elif not target.is_file():
                errors.append(ReadError(where, f"row {number} names {shown(name)}, not a regular file"))
            if name in entries:
                errors.append(ReadError(where, f"row {number} repeats file {shown(name)}; the later row is used"))
            meta = {key: one_line(row.get(key) or "") for key in META_FIELDS}
            meta["published"], meta["date_precision"], problem = _parse_date(meta["published"],
                                                                             meta["date_precision"])
            if problem:
                errors.append(ReadError(where, f"row {number} ({shown(name)}): {problem}"))
            for key in _REPEATED_FIELDS:
                meta[key] = common.setdefault(meta[key], meta[key])
            entries[name] = meta
    except csv.Error as err:  # anywhere in the file, as when it was read whole: the manifest is not used
        return {}, [ReadError(where, f"not a valid CSV file ({err})")]
    return entries, errors


def read_corpus(
    paths: Iterable[str | Path], *, meta: dict | None = None, max_bytes: int = MAX_BYTES
) -> tuple[list[Article], list[ReadError]]:
    """Read articles from folders (their ``.txt``, ``.md`` and ``.html`` files) and single files.

    A ``sources.csv`` beside the articles supplies their metadata. ``meta`` (title, outlet,
    author, published, date_precision, url: one value for the whole run, such as a command
    line's options) fills, field by field, what an article's row leaves empty, over what the
    file itself says. Pages (``.html``, ``.htm``) are read as ``geodata add`` reads them; files
    given one by one with any other suffix are read as plain text. Bad input never raises:
    each problem becomes a ``ReadError`` and reading goes on. What a folder holds besides
    articles is left out (:func:`skipped_files` names it).
    """
    articles: list[Article] = []
    errors: list[ReadError] = []
    for item in iter_corpus(paths, meta=meta, max_bytes=max_bytes):
        (errors if isinstance(item, ReadError) else articles).append(item)
    return articles, errors


def iter_corpus(paths: Iterable[str | Path], *, meta: dict | None = None,
                max_bytes: int = MAX_BYTES) -> Iterator[Article | ReadError]:
    """:func:`read_corpus` one item at a time, in the same order: each article as it is read, each
    problem as it is found. Only one article's text is held at a time (and each folder's
    ``sources.csv`` while its folder is read), so a corpus of any size streams through."""
    given = {key: value for key, value in (meta or {}).items() if value}
    manifests = Manifests()
    seen: set[str] = set()
    errors: list[ReadError] = []

    for file in article_files(paths, errors):
        yield from errors
        errors.clear()
        # The row is written for this one article, the run's metadata for all of them: the row wins.
        entries = manifests.entries(file.parent.resolve(), lambda: folder_manifest(file.parent), errors)
        row = {key: value for key, value in (entries.get(file.name) or {}).items() if value}
        yield from errors
        errors.clear()
        try:
            article = read_file(file, meta={**given, **row}, max_bytes=max_bytes)
        except ArticleError as err:
            # The path as given, not err.path: a page's errors name the file without its folder.
            yield ReadError(shown(file), err.reason)
            continue
        unique = unique_id(article.id, seen)
        seen.add(unique)
        if unique != article.id:
            article = replace(article, id=unique)
        yield article
    yield from errors


def folder_manifest(folder: str | Path) -> tuple[dict[str, dict], list[ReadError]]:
    """The folder's ``sources.csv`` (:func:`read_manifest`), or nothing when it has none."""
    path = Path(folder) / MANIFEST
    return read_manifest(path) if path.exists() else ({}, [])


class Manifests:
    """The ``sources.csv`` of the folder being read. Only the current folder's is held (a big
    corpus's may have 100,000 rows): a folder's files come together, and a folder named again is
    read again, its problems reported the first time only."""

    def __init__(self) -> None:
        self._key: object = None
        self._entries: dict[str, dict] = {}
        self._reported: set = set()

    def entries(self, key: object, read: Callable[[], tuple[dict[str, dict], list[ReadError]]],
                errors: list[ReadError]) -> dict[str, dict]:
        """The rows of the folder ``key`` (``read()`` them when it is not the current one), its
        problems added to ``errors`` the first time."""
        if self._key != key:
            entries, problems = read()
            if key not in self._reported:
                errors.extend(problems)
            self._reported.add(key)
            self._key, self._entries = key, entries
        return self._entries


def unique_id(base: str, taken: Container[str]) -> str:
    """``base``, or the first of ``base-2``, ``base-3``... not in ``taken``: an article's id, made free."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def skipped_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files in the folders among ``paths`` that :func:`read_corpus` leaves out, not being
    articles by their suffix (a PDF, notes), in order: not ``sources.csv``, hidden files or folders."""
    return [file for raw in paths if Path(raw).is_dir() for file in _folder(Path(raw))[1]]


def read_file(path: Path, *, meta: dict, max_bytes: int) -> Article:
    """One file of a corpus as :func:`iter_corpus` reads it: a page as a page, any other as text;
    ``ArticleError`` with the reason."""
    # Imported here, not above: geodata.io.sources builds on this module.
    from geodata.io.sources import HTML_SUFFIXES, read_source

    if path.suffix.lower() in HTML_SUFFIXES:
        return read_source(path, meta=meta, max_bytes=max_bytes)
    return read_article(path, meta=meta, max_bytes=max_bytes)


def _folder(folder: Path) -> tuple[list[Path], list[Path]]:
    """A folder's articles, by suffix (``geodata add``'s), and the other files in it, each sorted."""
    from geodata.io.sources import SUFFIXES  # here: geodata.io.sources builds on this module

    articles: list[Path] = []
    others: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() in SUFFIXES and entry.stem.lower() not in not_articles():
            articles.append(entry)  # a folder named like an article too: it gets its error
        elif not (entry.name == MANIFEST or entry.name.startswith(".") or entry.is_dir()):
            others.append(entry)
    return articles, others


@cache
def not_articles() -> frozenset[str]:
    """Names of files that document a folder (``not_articles.csv``): a README.md is no article."""
    return frozenset(row["name"].strip().lower() for row in datafiles.rows("not_articles.csv"))


def article_files(paths: Iterable[str | Path], errors: list[ReadError]) -> Iterator[Path]:
    """The article files ``paths`` name, in reading order: each folder's (sorted), and single files;
    a missing path or a folder without articles is an error added to ``errors`` as it is met."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _folder(path)[0]
            if not found:
                errors.append(ReadError(shown(path), f"no articles ({ARTICLE_KINDS}) in this folder"))
            yield from found
        elif path.name == MANIFEST:
            continue  # "seeds/*" on a command line names the manifest too
        elif path.exists():
            yield path
        else:
            errors.append(ReadError(shown(path), "no such file"))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of the file at ``path``; ``ArticleError`` when it is missing, a folder, not a regular
    file (a named pipe, a device, a socket), over ``max_bytes`` or unreadable."""
    where = shown(path)
    try:
        _regular(os.stat(path), where, max_bytes)
        # Non-blocking: should a named pipe replace the file after the check, opening it does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as handle:
            info = os.fstat(fd)
            _regular(info, where, max_bytes)
            # The file's size, not the limit: reading asks for a buffer of the size asked (a
            # manifest's limit is 500 MB). A file that grew since is read on, up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max_bytes + 1 - len(data))
            return data
    except FileNotFoundError as err:
        raise ArticleError(where, "no such file") from err
    except IsADirectoryError as err:
        raise ArticleError(where, "is a directory, not a file") from err
    except OSError as err:
        raise ArticleError(where, f"cannot be read ({err.strerror or err})") from err


def _regular(info: os.stat_result, where: str, max_bytes: int) -> None:
    """Refuse what is not a regular file of at most ``max_bytes``."""
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(where, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _FILE_KINDS if test(info.st_mode)), "a special file")
        raise ArticleError(where, f"not a regular file ({kind}); only regular files are read")
    if info.st_size > max_bytes:
        raise ArticleError(where, f"file is {_size(info.st_size, max_bytes)} limit")


def _size(size: int, limit: int) -> str:
    def human(n: int) -> str:
        for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
            if n >= scale:
                return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
        return f"{n} bytes"

    if human(size) == human(limit):  # "5 MB, over the 5 MB limit" says nothing
        return f"{size:,} bytes, over the {limit:,}-byte"
    return f"{human(size)}, over the {human(limit)}"


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Bytes to text, BOM dropped, line ends made "\\n", and a note: "" for UTF-8, else
    :data:`DECODED_NOTE`. (Whether it is an HTML page is :func:`read_article`'s question:
    a manifest's cells may hold markup.)"""
    where = shown(path)
    if not data.strip():
        raise ArticleError(where, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(where, "UTF-16 text, not UTF-8 (save it as UTF-8)")
    if b"\x00" in data:
        raise ArticleError(where, "binary file (NUL bytes)")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _CONTROL_SHARE * len(sample):
        raise ArticleError(where, f"binary file ({controls / len(sample):.0%} control characters)")
    try:
        text, note = data.decode("utf-8"), ""
    except UnicodeDecodeError:
        # Text that is not UTF-8 is nearly always a Windows editor's or an older site's Windows-1252
        # (or Latin-1, which it extends): reading it so keeps the article, and the note tells the user.
        text, note = _windows_1252(data), DECODED_NOTE
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(where, "empty file")
    return text, note


def _windows_1252(data: bytes) -> str:
    """``data`` as Windows-1252; the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    as Latin-1 reads them, never an error."""
    # Latin-1 maps byte b to chr(b), and Windows-1252 differs from it only in 0x80-0x9F.
    return data.decode("latin-1").translate(_windows_1252_table())


@cache
def _windows_1252_table() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # undefined: Latin-1's C1 control stays
    return table


def _markup_share(text: str) -> float:
    return sum(len(tag) for tag in _TAG_RE.findall(text)) / len(text)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line with the offset where it starts, line end excluded."""
    for match in _LINE_RE.finditer(text):
        if match.start() < len(text):
            yield match.start(), match.group().rstrip("\n")


def _body(text: str) -> tuple[Span, ...]:
    """Spans of prose: maximal runs of content lines, furniture lines between them."""
    spans: list[Span] = []
    seen: set[str] = set()
    start = end = -1
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue  # blank lines neither start nor end a run
        # A line repeating an earlier content line (a standfirst printed again
        # as the first paragraph) is furniture. We drop the later copy: the
        # first is where a reader meets it, and keeping the first is simpler.
        if is_furniture(stripped) or stripped in seen:
            if start >= 0:
                spans.append(Span(start, end))
            start = -1
            continue
        seen.add(stripped)
        lead = len(line) - len(line.lstrip())
        if start < 0:
            start = offset + lead
        end = offset + lead + len(stripped)
    if start >= 0:
        spans.append(Span(start, end))
    return tuple(spans)


def _title_from(text: str, body: tuple[Span, ...]) -> str:
    """The first content line, without Markdown heading marks, cut at a word near 200 chars."""
    if not body:
        return ""
    first = body[0]
    line = text[first.start : first.end].split("\n", 1)[0]
    title = _HEADING_RE.sub("", line).strip()
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip() + "…"
    return title


def _parse_date(published: str, given: str) -> tuple[str, str, str]:
    """``published`` checked, its precision (from its form), and a problem or ""."""
    if not published:
        return "", "", ""
    date, problem = check_published(published)
    if date is None and parse_iso(published) is None:
        return "", "", (f"published {published!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY); "
                        "the row is used without it")
    if date is None:  # a real day, but no news article's
        return "", "", f"published {published!r} is {problem}; the row is used without it"
    if given and given != date.precision:
        return published, date.precision, (
            f"date_precision {given!r} does not fit published {published!r}; {date.precision!r} is used"
        )
    return published, date.precision, ""
