"""Extraction on a Dask cluster (geodata.distributed): the same records as one process, in order."""

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402 (after the skip)

from benchmarks.make_articles import write_articles  # noqa: E402
from geodata.cli import main  # noqa: E402
from geodata.distributed import AHEAD, Task, extract_on_cluster, plan  # noqa: E402
from geodata.io.corpus import iter_corpus  # noqa: E402
from geodata.io.parquet import read_parquet  # noqa: E402
from geodata.models import Article, ReadError, Span  # noqa: E402
from geodata.pipeline import extract  # noqa: E402

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as connected:
            yield connected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Seeds with their manifest (which names three seeds left behind), bad files, synthetic wire
    reports, and two folders that share file names; the paths, in the order given."""
    root = tmp_path_factory.mktemp("corpus")
    one, two = root / "one", root / "two"
    one.mkdir()
    two.mkdir()
    for name in ("000_45552ef480e63792.txt", "004_b394796c3655e125.txt", "sources.csv"):
        shutil.copy(SEEDS / name, one / name)
    (one / "empty.txt").write_text("")
    (one / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (one / "dup.txt").write_text("   \n")  # unreadable: the later dup.txt takes the id "dup"
    (one / "shared.txt").write_text((SEEDS / "001_eefc80d53b7e9bf4.txt").read_text(encoding="utf-8"))
    (two / "dup.txt").write_text("Clashes in Basra killed 40 fighters on Tuesday.\n")
    (two / "shared.txt").write_text((SEEDS / "002_4c8e0b7573c1e50d.txt").read_text(encoding="utf-8"))
    (two / "shared-2.txt").write_text("A bomb in Hilla killed three people on Monday.\n")
    (root / "nothing").mkdir()
    write_articles(root / "wire", count=12, words=300, seed=3)
    return [str(one), str(root / "wire"), str(two), str(root / "missing.txt"), str(root / "nothing"),
            str(one / "004_b394796c3655e125.txt")]


def _as_read_back(result):
    """An Extraction as read_parquet gives it: each article's body is its whole text."""
    articles = tuple(replace(a, body=(Span(0, len(a.text)),)) for a in result.articles)
    return replace(result, articles=articles)


def test_the_listing_is_iter_corpus_not_yet_read(corpus):
    # Item for item: the listing's own errors in place, and a task where a file is read (to an
    # article, or to the error reading it gives).
    def read_as(item):
        if isinstance(item, Article):
            return item.file
        return item

    def listed_as(item, read):
        if isinstance(item, ReadError):
            return item
        return Path(item.where).name if isinstance(read, Article) else ReadError(item.where, read.reason)

    read = list(iter_corpus(corpus))
    listed = list(plan(corpus))
    assert [listed_as(i, r) for i, r in zip(listed, read, strict=True)] == [read_as(r) for r in read]
    # Ids are given before reading: "dup" goes to the unreadable one/dup.txt (it is corrected
    # when the results come back); two/shared-2.txt pushes two/shared.txt to shared-3.
    assert [t.id for t in listed if isinstance(t, Task) and "/two/" in t.where] == ["dup-2", "shared-2", "shared-3"]


def test_the_cluster_writes_what_one_process_extracts(client, corpus, tmp_path):
    counts = extract_on_cluster(client, corpus, tmp_path / "out", batch=3)
    result = read_parquet(tmp_path / "out")
    expected = _as_read_back(extract(corpus))
    assert result == expected  # every article, mention, event (with its group) and error, in order
    assert [a.id for a in result.articles if a.id.startswith(("dup", "shared"))] == [
        "shared", "dup", "shared-2", "shared-3"]
    assert (counts.articles, counts.mentions, counts.events, counts.errors) == (
        len(expected.articles), len(expected.mentions), len(expected.events), len(expected.errors))
    reasons = {Path(e.path).name: e.reason for e in result.errors}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["missing.txt"] == "no such file"
    assert {e.reason for e in result.errors if e.path.endswith("sources.csv")} == {
        f"row {n} names missing file {name}" for n, name in
        ((3, "001_eefc80d53b7e9bf4.txt"), (4, "002_4c8e0b7573c1e50d.txt"), (5, "003_da1223952fc45d8f.txt"))}


def test_places_only_and_one_file_per_batch(client, corpus, tmp_path):
    extract_on_cluster(client, corpus[:2], tmp_path / "out", batch=1, events=False)
    assert read_parquet(tmp_path / "out") == _as_read_back(extract(corpus[:2], events=False))


class InProcess:
    """A client that runs each task in this process when its result is asked for, and counts the
    tasks submitted and not yet taken."""

    def __init__(self):
        self.waiting = self.most = 0

    def nthreads(self):
        return {"tcp://worker": 1}

    def submit(self, function, *args, pure=True):
        client = self
        client.waiting += 1
        client.most = max(client.most, client.waiting)

        class Later:
            def result(self):
                client.waiting -= 1
                return function(*args)

        return Later()


def test_few_batches_are_in_flight_and_results_come_in_order(corpus, tmp_path):
    client = InProcess()
    extract_on_cluster(client, corpus, tmp_path / "out", batch=2)
    assert client.most == AHEAD  # one thread: AHEAD batches at most, however many files
    assert read_parquet(tmp_path / "out") == _as_read_back(extract(corpus))


def test_a_url_is_read_through_fsspec(client, corpus, tmp_path):
    pytest.importorskip("fsspec")
    # file:// is the one store every worker can reach offline; s3:// and gs:// go the same way.
    urls = [f"file://{corpus[0]}", f"file://{corpus[2]}/"]
    notes = []
    extract_on_cluster(client, urls, tmp_path / "out", notify=lambda kind, text: notes.append((kind, text)))
    local = _as_read_back(extract(corpus[:1] + corpus[2:3]))
    named = tuple(ReadError(f"file://{e.path}", e.reason) for e in local.errors)
    assert read_parquet(tmp_path / "out") == replace(local, errors=named)
    assert [text for kind, text in notes if kind == "error"] == [str(e) for e in named]


def test_the_command_line_on_a_local_cluster_writes_what_one_core_writes(corpus, tmp_path, capsys):
    assert main(["extract", *corpus, "--format", "parquet", "--output", str(tmp_path / "one"), "--jobs", "1"]) == 0
    alone = capsys.readouterr().err
    assert main(["extract", *corpus, "--format", "parquet", "--output", str(tmp_path / "many"),
                 "--scheduler", "local:2"]) == 0
    together = capsys.readouterr().err
    assert read_parquet(tmp_path / "many") == read_parquet(tmp_path / "one")
    # The same errors and summary, line for line (the cluster's own log lines apart).
    assert _ours(together) == _ours(alone)


def test_the_command_line_writes_the_text_formats_too(corpus, tmp_path, capsys):
    assert main(["extract", *corpus[:2], "--format", "json", "--output", str(tmp_path / "one.json"), "-j", "1"]) == 0
    assert main(["extract", *corpus[:2], "--format", "json", "--output", str(tmp_path / "many.json"),
                 "--scheduler", "local:1"]) == 0
    assert json.loads((tmp_path / "many.json").read_text()) == json.loads((tmp_path / "one.json").read_text())


@pytest.mark.parametrize(("extra", "message"), [
    (["--online"], "--online"),
    (["--format", "parquet"], "give it with --output"),
    (["--scheduler", "local:none"], "local:N"),
])
def test_the_command_line_refuses_what_a_cluster_cannot_do(corpus, capsys, extra, message):
    argv = ["extract", corpus[0], *extra]
    if "--scheduler" not in extra:
        argv += ["--scheduler", "local:1"]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def _ours(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(("error:", "warning: skipped", "geodata:"))
            or line.endswith(("errors", "error"))]
