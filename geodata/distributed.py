"""The pipeline on a Dask cluster: articles read and analysed by its workers, written here.

    from distributed import Client
    with Client("tcp://10.0.0.5:8786") as client:
        counts = extract_on_cluster(client, ["/shared/archive/"], "archive.parquet")

Three steps, split between this process (the client) and the cluster's workers:

1. the client lists the article files as :func:`geodata.io.corpus.iter_corpus` would read them
   (:func:`plan`): each folder's files sorted, each ``sources.csv`` read here once, the listing's
   problems (a missing path, a folder without articles, a manifest's bad rows) kept in place;
2. the workers read and analyse batches of files (:func:`geodata.pipeline.analyse_article`,
   the function every runner shares); a few batches per worker thread are in flight, so the
   client's memory stays flat, and the results are taken in the order the batches went out;
3. the client groups events across articles and writes, with the code a single process runs
   (:func:`geodata.stream.write_records`).

So the records, their order and their ids are those of :func:`geodata.pipeline.extract` and of
``geodata extract --format parquet``. An article's id must be unique across the run, which only
the client can see: it gives each file its id as it lists them, and should a file fail to read
(so that a later file of the same name takes the id after all), the client corrects the later
one's id and has it analysed again: rare, and the output stays exact.

Paths are local or shared folders and files that every worker can read at the same path, or,
with ``fsspec`` installed (it comes with dask), URLs such as ``s3://bucket/articles/`` (each
worker also needs the store's package, ``s3fs`` for S3, and its credentials). Events are
grouped across articles on the client: its cost is the limit of this design (docs/scaling.md).
"""

from __future__ import annotations

import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from geodata.exc import ArticleError, ConfigError
from geodata.io.corpus import (MANIFEST, MAX_BYTES, Manifests, article_files, folder_manifest, not_articles, read_file,
                               read_manifest, shown, unique_id)
from geodata.models import Article, ReadError
from geodata.parallel import Outcome, outcome_of
from geodata.places import Gazetteer, load_gazetteer
from geodata.stream import Counts, Notify, write_records

# Files a worker reads and analyses in one task: enough to make a task's overhead (a few ms
# on the scheduler) small beside its work, few enough that the workers end together.
BATCH = 16
# Batches in flight per worker thread: one running, the next waiting, so no worker idles while
# the client writes. The client holds the results of at most this many batches per thread.
AHEAD = 2

_gazetteer_lock = threading.Lock()


@dataclass(frozen=True)
class Task:
    """One file for a worker to read: where it is (a path or a URL), its metadata (the run's,
    under its ``sources.csv`` row), and the id the client gave it."""

    where: str
    meta: dict
    id: str
    remote: bool = False


def extract_on_cluster(client, paths: Iterable[str | Path], output: str | Path, *, batch: int = BATCH,
                       meta: dict | None = None, events: bool = True, max_bytes: int = MAX_BYTES,
                       notify: Notify | None = None, spool: str | Path | None = None) -> Counts:
    """Read every article under ``paths`` on the cluster of ``client`` (a ``distributed.Client``)
    and write what they report as a folder of Parquet tables at ``output``
    (:func:`geodata.io.parquet.read_parquet` opens it): the tables ``geodata extract --format
    parquet`` writes for the same paths. ``notify`` hears each error and warning."""
    from geodata.io.parquet import ParquetSink

    sink = ParquetSink(output)
    try:
        return write_on_cluster(client, paths, sink, batch=batch, meta=meta, events=events, max_bytes=max_bytes,
                                notify=notify, spool=spool)
    except BaseException:
        sink.abort()
        raise


def write_on_cluster(client, paths: Iterable[str | Path], writer, *, batch: int = BATCH, meta: dict | None = None,
                     events: bool = True, max_bytes: int = MAX_BYTES, notify: Notify | None = None,
                     spool: str | Path | None = None, mentions: bool = True) -> Counts:
    """:func:`extract_on_cluster` into any writer of :mod:`geodata.io.writers`; ``spool`` is where
    the client's temporary files go (default: the system's temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="geodata-", dir=spool) as folder:
        outcomes = _outcomes(client, plan(paths, meta=meta), batch=max(1, batch), events=events,
                             max_bytes=max_bytes)
        return write_records(outcomes, writer, folder, notify=notify, mentions=mentions)


# -- the listing, on the client ------------------------------------------------------------------


@dataclass(frozen=True)
class _File:
    where: str  # as iter_corpus names it in an error: the path as listed, or the URL
    folder: str  # the folder whose sources.csv describes it
    remote: bool


def plan(paths: Iterable[str | Path], *, meta: dict | None = None) -> Iterator[Task | ReadError]:
    """What :func:`geodata.io.corpus.iter_corpus` yields, in the same order, with each file not
    read yet but listed as a :class:`Task`: its metadata and the id it gets if every file before
    it reads. Each folder's ``sources.csv`` is read here, once, as ``iter_corpus`` reads it."""
    # This mirrors iter_corpus step for step (a test compares them); the two would share the code
    # if iter_corpus were built on a listing of its own.
    given = {key: value for key, value in (meta or {}).items() if value}
    manifests = Manifests()
    taken: set[str] = set()
    errors: list[ReadError] = []

    def manifest_of(file: _File) -> dict[str, dict]:
        key = file.folder if file.remote else Path(file.folder).resolve()
        read = _remote_manifest if file.remote else folder_manifest
        return manifests.entries(key, lambda: read(file.folder), errors)

    for file in _files(paths, errors):
        yield from errors
        errors.clear()
        name = PurePosixPath(file.where).name if file.remote else Path(file.where).name
        row = {key: value for key, value in (manifest_of(file).get(name) or {}).items() if value}
        yield from errors
        errors.clear()
        ident = unique_id(_base_id(name), taken)
        taken.add(ident)
        yield Task(file.where, {**given, **row}, ident, file.remote)
    yield from errors


def _files(paths: Iterable[str | Path], errors: list[ReadError]) -> Iterator[_File]:
    # iter_corpus's own listing for local paths, so that both list the same files in the same order.
    for raw in paths:
        if _is_url(raw):
            yield from _remote_files(str(raw), errors)
        else:
            yield from (_File(str(path), str(path.parent), False) for path in article_files([raw], errors))


def _base_id(name: str) -> str:
    """The id reading a file of this name gives (its stem, made one line), before it is made unique."""
    from geodata.io.corpus import one_line

    return one_line(PurePosixPath(name).stem) or "article"


# -- URLs through fsspec -------------------------------------------------------------------------


def _is_url(raw: str | Path) -> bool:
    return isinstance(raw, str) and "://" in raw and not Path(raw).exists()


def _filesystem(url: str):
    try:
        from fsspec.core import url_to_fs
    except ImportError as err:
        raise ConfigError(f"{url}: reading URLs needs fsspec: pip install 'conflict-map[distributed]'") from err
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as err:  # an unknown protocol, or its package missing (s3fs)
        raise ConfigError(f"{url}: {err}") from err


def _remote_files(url: str, errors: list[ReadError]) -> Iterator[_File]:
    """A URL's articles, as :func:`geodata.io.corpus.article_files` lists a folder or a file."""
    from geodata.io.corpus import ARTICLE_KINDS
    from geodata.io.sources import SUFFIXES

    fs, root = _filesystem(url)
    if fs.isdir(root):
        folder = url.rstrip("/")
        names = sorted(PurePosixPath(entry).name for entry in fs.ls(root, detail=False))
        found = [name for name in names
                 if PurePosixPath(name).suffix.lower() in SUFFIXES and PurePosixPath(name).stem.lower()
                 not in not_articles()]
        if not found:
            errors.append(ReadError(shown(url), f"no articles ({ARTICLE_KINDS}) in this folder"))
        yield from (_File(f"{folder}/{name}", folder, True) for name in found)
    elif PurePosixPath(root).name == MANIFEST:
        return
    elif fs.exists(root):
        yield _File(url, url.rsplit("/", 1)[0], True)
    else:
        errors.append(ReadError(shown(url), "no such file"))


def _remote_manifest(folder: str) -> tuple[dict[str, dict], list[ReadError]]:
    """A URL folder's ``sources.csv`` read by :func:`geodata.io.corpus.read_manifest`: copied into a
    temporary folder beside an empty stand-in for each file the URL holds, so that its checks (a
    row naming a missing file) see what the store holds. Its errors name the URL."""
    fs, root = _filesystem(folder)
    source = f"{root.rstrip('/')}/{MANIFEST}"
    if not fs.isfile(source):
        return {}, []
    with tempfile.TemporaryDirectory(prefix="geodata-") as scratch:
        for entry in fs.ls(root, detail=True):
            if entry.get("type") != "directory":
                (Path(scratch) / PurePosixPath(entry["name"]).name).touch()
            else:
                (Path(scratch) / PurePosixPath(entry["name"]).name).mkdir(exist_ok=True)
        fs.get_file(source, str(Path(scratch) / MANIFEST))
        entries, problems = read_manifest(Path(scratch) / MANIFEST)
    where = shown(f"{folder}/{MANIFEST}")
    return entries, [ReadError(where, problem.reason) for problem in problems]


# -- the work, on the workers --------------------------------------------------------------------


def _gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per worker process (``load_gazetteer`` caches it), and
    by one thread only when the worker runs several."""
    with _gazetteer_lock:
        return load_gazetteer()


def _read(task: Task, max_bytes: int) -> Article | ReadError:
    """The article at ``task.where``, or the error reading it gives, as iter_corpus words it."""
    # iter_corpus's own reader: the same article, or the same reason, for every kind of file.
    if task.remote:
        return _read_remote(task, max_bytes)
    try:
        return read_file(Path(task.where), meta=task.meta, max_bytes=max_bytes)
    except ArticleError as err:
        return ReadError(shown(Path(task.where)), err.reason)


def _read_remote(task: Task, max_bytes: int) -> Article | ReadError:
    """A URL's file, copied into a temporary folder under its own name and read there, so that
    the article (its id and file name) and the reasons are those of a local file."""
    fs, path = _filesystem(task.where)
    with tempfile.TemporaryDirectory(prefix="geodata-") as scratch:
        local = Path(scratch) / PurePosixPath(path).name
        try:
            size = fs.size(path)
            if size is not None and size > max_bytes:
                # Not fetched: a sparse file of its size gets the reader's own "over the limit".
                with open(local, "wb") as handle:
                    handle.truncate(size)
            else:
                fs.get_file(path, str(local))
        except FileNotFoundError:
            return ReadError(shown(task.where), "no such file")
        except OSError as err:
            return ReadError(shown(task.where), f"cannot be read ({err.strerror or err})")
        try:
            return read_file(local, meta=task.meta, max_bytes=max_bytes)
        except ArticleError as err:
            return ReadError(shown(task.where), err.reason)


def _analyse(article: Article, events: bool) -> tuple:
    # The single-process runner's own step: a failure becomes one error naming the file.
    outcome = outcome_of(article, _gazetteer(), None, events)
    return outcome.mentions, outcome.reports, outcome.error


def _run_batch(tasks: list[Task], events: bool, max_bytes: int) -> list:
    """Each task's ReadError, or (the id reading gave, the article with its given id, mentions,
    reports, error)."""
    out: list = []
    for task in tasks:
        article = _read(task, max_bytes)
        if isinstance(article, ReadError):
            out.append(article)
            continue
        base = article.id
        if task.id != base:
            article = replace(article, id=task.id)
        out.append((base, article, *_analyse(article, events)))
    return out


# -- the results, back on the client -------------------------------------------------------------


def _outcomes(client, items: Iterator[Task | ReadError], *, batch: int, events: bool,
              max_bytes: int) -> Iterator[Outcome]:
    """Each article's :class:`~geodata.parallel.Outcome`, in the listing's order, for write_records;
    a file that could not be read is an outcome with no article, in its place."""
    window = max(1, sum(client.nthreads().values())) * AHEAD
    pending: deque[tuple[list, object]] = deque()
    taken: set[str] = set()
    while True:
        while len(pending) < window:
            steps = _steps(items, batch)
            if not steps:
                break
            tasks = [step for step in steps if isinstance(step, Task)]
            future = client.submit(_run_batch, tasks, events, max_bytes, pure=False) if tasks else None
            pending.append((steps, future))
        if not pending:
            return
        steps, future = pending.popleft()
        results = iter(future.result() if future is not None else ())
        del future  # the worker may drop the batch's results now
        for step in steps:
            result = step if isinstance(step, ReadError) else next(results)
            if isinstance(result, ReadError):
                yield Outcome(None, error=result)  # in its place: write_records lists it among the errors
                continue
            base, article, mentions, reports, error = result
            ident = unique_id(base, taken)  # as iter_corpus: only the files that read take an id
            taken.add(ident)
            if ident != article.id:  # a file before it of the same name did not read
                article = replace(article, id=ident)
                mentions, reports, error = client.submit(_analyse, article, events, pure=False).result()
            yield Outcome(article, mentions, reports, error)


def _steps(items: Iterator[Task | ReadError], batch: int) -> list:
    """The next items of the listing up to and including the ``batch``-th task."""
    steps: list = []
    count = 0
    for item in items:
        steps.append(item)
        if isinstance(item, Task):
            count += 1
            if count == batch:
                break
    return steps


# -- the command line ----------------------------------------------------------------------------


@contextmanager
def connected(scheduler: str) -> Iterator:
    """A ``distributed.Client`` for ``scheduler``, closed after the block: a scheduler's address
    (``tcp://10.0.0.5:8786``), or ``local:N`` for a cluster of N worker processes on this machine
    (``local``: one per core), started for the block and stopped after it."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ConfigError("--scheduler needs Dask: pip install 'conflict-map[distributed]'") from err
    if scheduler == "local" or scheduler.startswith("local:"):
        from geodata.parallel import cores

        count = scheduler.partition(":")[2]
        if count and not (count.isdigit() and int(count) >= 1):
            raise ConfigError(f"--scheduler {scheduler}: give local:N with N a whole number of workers, 1 or more")
        # One thread a worker: the stages hold the interpreter lock. The dashboard on any free port:
        # its default one clashes with another local cluster's.
        with LocalCluster(n_workers=int(count) if count else cores(), threads_per_worker=1, processes=True,
                          dashboard_address=":0") as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as err:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with `dask "
                          "scheduler` and workers with `dask worker ADDRESS`, or use --scheduler local:N") from err
    with client:
        yield client


