"""geodata.stream: the streamed run writes what the in-memory pipeline gives, byte for byte."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from benchmarks.make_articles import write_articles
from geodata.io.export import dumps, to_json
from geodata.io.store import Store
from geodata.io.writers import TEXT_WRITERS
from geodata.pipeline import analyse, extract
from geodata.stream import extract_to, write_stored

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The seeds; the seeds again under other names (each of their events then has a group of
    several articles); synthetic wire copy dated within one week (more groups); a bad file."""
    root = tmp_path_factory.mktemp("corpus")
    again = root / "again"
    again.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, again / f"copy-{path.name}")
    shutil.copy(SEEDS / "sources.csv", again / "sources.csv")
    rows = list(csv.DictReader((again / "sources.csv").open(encoding="utf-8")))
    with (again / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, "file": f"copy-{row['file']}", "outlet": "Another outlet"} for row in rows)
    wire = root / "wire"
    write_articles(wire, count=40, words=300, seed=7)
    lines = (wire / "sources.csv").read_text(encoding="utf-8").splitlines()
    # Every synthetic article published in the same week: their events at one place meet.
    dated = [lines[0]] + [",".join(line.split(",")[:4] + [f"2007-05-0{1 + i % 7}", "day"] + line.split(",")[6:])
                          for i, line in enumerate(lines[1:])]
    (wire / "sources.csv").write_text("\n".join(dated) + "\n", encoding="utf-8")
    (wire / "empty.txt").write_text("", encoding="utf-8")
    return [str(SEEDS), str(again), str(wire)]


@pytest.fixture(scope="module")
def expected(corpus):
    return extract(corpus)


def streamed(corpus, fmt: str, **options) -> str:
    out = io.StringIO()
    extract_to(corpus, TEXT_WRITERS[fmt](out), **options)
    return out.getvalue()


def test_the_corpus_has_events_grouped_across_articles(expected):
    groups: dict[str, set[str]] = {}
    for event in expected.events:
        groups.setdefault(event.event_group, set()).add(event.article_id)
    assert sum(len(articles) > 1 for articles in groups.values()) >= 10
    assert [e.path.rsplit("/", 1)[-1] for e in expected.errors] == ["empty.txt"]


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_output_is_byte_for_byte_the_in_memory_output(corpus, expected, fmt, jobs):
    assert streamed(corpus, fmt, jobs=jobs) == dumps(expected, fmt)


def test_places_only_streams_the_mentions_alone(corpus):
    expected = extract(corpus, events=False)
    assert streamed(corpus, "json", events=False, jobs=2) == dumps(expected, "json")


def test_json_lines_and_geojson_sequence_hold_the_events_counted_once(corpus, expected):
    features = json.loads(dumps(expected, "geojson"))["features"]
    lines = streamed(corpus, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [f["properties"] for f in features]
    records = streamed(corpus, "geojsonseq").split("\n")
    assert records[-1] == "" and all(r.startswith("\x1e") for r in records[:-1])
    assert [json.loads(r[1:]) for r in records[:-1]] == features
    # Killings counted once: the sum is not the sum of every report's own figure.
    own = sum(e.fatalities or 0 for e in expected.events)
    once = sum(json.loads(line)["fatalities"] or 0 for line in lines)
    assert 0 < once < own


def test_errors_and_warnings_are_heard_as_they_happen(corpus):
    heard = []
    streamed(corpus, "csv", notify=lambda kind, message: heard.append((kind, message)))
    assert [kind for kind, _ in heard] == ["error"]
    assert heard[0][1].endswith("empty.txt: empty file")


def test_an_article_the_stages_fail_on_is_one_error_and_the_others_are_kept(corpus, expected, monkeypatch):
    import geodata.pipeline

    real = geodata.pipeline.analyse_article
    victim = expected.articles[3]

    def failing(article, *args, **kwargs):
        if article.id == victim.id:
            raise RuntimeError("a bug")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(geodata.pipeline, "analyse_article", failing)
    runs = [streamed(corpus, "json", jobs=jobs) for jobs in (1, 2)]
    assert runs[0] == runs[1]  # errors too, in the order met, read-ahead or not
    for output in runs:
        data = json.loads(output)
        assert len(data["articles"]) == len(expected.articles)  # the article itself is kept
        assert {m["article_id"] for m in data["mentions"]} == {m.article_id for m in expected.mentions} - {victim.id}
        failed = [e for e in data["errors"] if "extraction failed" in e["reason"]]
        assert failed == [{"path": victim.file, "reason": "extraction failed (RuntimeError: a bug); please report it"}]


def test_a_point_that_is_no_point_is_left_out_with_a_warning(corpus, expected, monkeypatch):
    import dataclasses

    import geodata.pipeline

    real = geodata.pipeline.analyse_article

    def broken(article, *args, **kwargs):
        mentions, reports = real(article, *args, **kwargs)
        if article.id == expected.articles[0].id:
            mentions = (dataclasses.replace(mentions[0], latitude=float("nan")), *mentions[1:])
        return mentions, reports

    monkeypatch.setattr(geodata.pipeline, "analyse_article", broken)
    heard = []
    data = json.loads(streamed(corpus, "json", notify=lambda kind, message: heard.append((kind, message))))
    assert len(data["mentions"]) == len(expected.mentions) - 1
    assert ("warning", f"{expected.articles[0].id}: mention of {expected.mentions[0].surface!r} left out: "
                       "latitude nan is not between -90 and 90") in heard


def test_a_store_is_written_as_its_extraction(corpus, tmp_path):
    with Store.open(tmp_path / "store.sqlite") as store:
        from geodata.io.corpus import read_corpus

        articles, _ = read_corpus(corpus)
        store.add(articles, analyse)
        expected = store.extraction()
        for fmt in ("json", "csv", "geojson"):
            out = io.StringIO()
            counts = write_stored(store, TEXT_WRITERS[fmt](out), tmp_path, mentions=fmt == "json")
            assert out.getvalue() == dumps(expected, fmt)
        assert (counts.articles, counts.mentions, counts.events) == (
            len(expected.articles), len(expected.mentions), len(expected.events))
    assert json.loads(dumps(expected, "json")) == to_json(expected)


def test_the_disk_grouper_groups_as_the_in_memory_one():
    import random

    from geodata.events.grouping import GroupKey, group_keys
    from geodata.stream import DiskGrouper

    rng = random.Random(3)
    keys = []
    for seq in range(3000):
        first = rng.randrange(200)
        dated = rng.random() < 0.9
        keys.append(GroupKey(seq, f"ev-{rng.randrange(10**6):06d}-{seq}", f"a{rng.randrange(40)}",
                             f"place{rng.randrange(30)}\x1fBattles\x1f" if dated else None, first,
                             first + rng.choice([0, 0, 0, 1, 6, 30]), rng.random() < 0.7,
                             rng.choice([None, None, 0, 1, 5, 30])))
    grouper = DiskGrouper()
    try:
        for key in keys:
            grouper.add(key)
        found = list(grouper.results())
    finally:
        grouper.close()
    expected = group_keys(keys)
    assert found == expected
    assert len({g for g, _ in expected}) < len(keys) * 0.8  # many reports share a group
