"""The SQLite store: adding, de-duplicating, removing, upgrading, and two writers at once."""

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from geodata.exc import StoreError
from geodata.io.corpus import read_corpus
from geodata.io.store import SCHEMA_VERSION, Store, content_hash
from geodata.pipeline import analyse, extract_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    return articles


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite") as s:
        yield s


def test_add_stores_articles_with_their_mentions(store, seeds):
    result = store.add(seeds[:2], analyse)
    assert result.added == (seeds[0].id, seeds[1].id) and result.duplicates == ()
    got = store.extraction()
    assert [a for a in got.articles] == seeds[:2]
    assert (got.mentions, got.events) == extract_records(seeds[:2])
    assert got.events  # the seeds report fighting


def test_same_text_twice_is_recognised(store, seeds):
    store.add(seeds[:1], analyse)
    again = store.add(seeds[:1], analyse)
    assert again.added == () and again.duplicates == ((seeds[0].file, seeds[0].id),)
    assert len(store) == 1
    # Whitespace alone does not make a new text.
    assert content_hash("Gunmen  killed\nfour.") == content_hash("Gunmen killed four.")


def test_failed_analysis_leaves_the_store_as_it_was(store, seeds):
    store.add(seeds[:1], analyse)
    before = store.extraction()

    def broken(articles):
        raise RuntimeError("gazetteer exploded")

    with pytest.raises(RuntimeError):
        store.add(seeds[1:3], broken)
    assert store.extraction() == before


def test_remove_takes_mentions_and_events_and_nothing_else(store, seeds):
    store.add(seeds[:3], analyse)
    assert store.remove(seeds[1].id) is True
    assert store.remove(seeds[1].id) is False
    after = store.extraction()
    assert [a.id for a in after.articles] == [seeds[0].id, seeds[2].id]
    # What is left is exactly what the two remaining articles give on their own.
    assert (after.mentions, after.events) == extract_records([seeds[0], seeds[2]])


def test_events_are_grouped_across_the_whole_store(store, seeds):
    # Added one by one, the seeds' events still share groups across articles.
    for article in seeds:
        store.add([article], analyse)
    assert store.extraction().events == extract_records(seeds)[1]
    groups = [e.event_group for e in store.extraction().events]
    assert len(set(groups)) < len(groups)


def test_seeds_on_first_use_only(store, seeds):
    assert store.seed(analyse) == 5
    store.remove(seeds[0].id)
    assert store.seed(analyse) == 0
    assert len(store) == 4
    assert set(store.origins().values()) == {"seed"}


def test_an_id_in_use_gets_a_suffix(store, seeds):
    from dataclasses import replace

    store.add(seeds[:1], analyse)
    other = replace(seeds[1], id=seeds[0].id)
    assert store.add([other], analyse).added == (f"{seeds[0].id}-2",)


def test_reextract_rebuilds_mentions(store, seeds):
    store.add(seeds[:2], analyse)
    before = store.extraction()
    store._db.execute("DELETE FROM mentions")
    store._db.execute("DELETE FROM reports")
    assert store.reextract(analyse) == 2
    assert store.extraction() == before


def test_schema_version_and_newer_files(tmp_path):
    path = tmp_path / "db.sqlite"
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer than this program"):
        Store.open(path)


def test_wal_mode(tmp_path):
    with Store.open(tmp_path / "db.sqlite") as s:
        assert s._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _writer(path: str, start: int, out) -> None:
    from geodata.models import Article, Span

    with Store.open(path) as s:
        for n in range(start, start + 15):
            text = f"Report {n}\n\nGunmen killed {n} people in Baqubah on Tuesday, police said."
            article = Article(id=f"r{n}", file=f"r{n}.txt", title=f"Report {n}", outlet="test", text=text,
                              body=(Span(0, len(text)),))
            s.add([article], analyse)
    out.put(start)


def test_two_processes_adding_at_once_leave_a_consistent_store(tmp_path):
    path = str(tmp_path / "db.sqlite")
    Store.open(path).close()
    ctx = multiprocessing.get_context("fork")
    done = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(path, start, done)) for start in (0, 100)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with Store.open(path) as s:
        got = s.extraction()
        assert len(got.articles) == 30
        assert {m.article_id for m in got.mentions} == {a.id for a in got.articles}
        assert len(got.mentions) == 30  # one "Baqubah" each
        assert len(got.events) == 30
        assert s._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_analysis_even_ctrl_c_leaves_the_store_as_it_was(store, seeds):
    store.add(seeds[:1], analyse)
    before = store.extraction()

    def interrupted(articles):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(seeds[1:3], interrupted)
    assert store.extraction() == before
    assert store.add(seeds[1:2], analyse).added == (seeds[1].id,)  # and the next write goes through


@pytest.mark.parametrize("use", [
    lambda s: s.articles(), lambda s: s.extraction(), lambda s: s.reports(), lambda s: s.origins(),
    lambda s: len(s), lambda s: s.version, lambda s: s.seed(analyse), lambda s: s.remove("a"),
    lambda s: s.add([], analyse), lambda s: s.reextract(analyse),
], ids=["articles", "extraction", "reports", "origins", "len", "version", "seed", "remove", "add", "reextract"])
def test_sqlite_errors_leave_the_store_as_store_errors(tmp_path, use):
    store = Store.open(tmp_path / "db.sqlite")
    store._db.close()  # any use now fails inside SQLite
    with pytest.raises(StoreError, match=r"db\.sqlite: ") as caught:
        use(store)
    assert isinstance(caught.value.__cause__, sqlite3.Error)


def test_a_write_while_another_holds_the_lock_is_a_store_error(tmp_path, seeds):
    path = tmp_path / "db.sqlite"
    with Store.open(path, timeout=0.05) as store:
        store.add(seeds[:1], analyse)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked"):
                store.remove(seeds[0].id)
            with pytest.raises(StoreError, match="adding failed, nothing was stored"):
                store.add(seeds[1:2], analyse)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert [a.id for a in store.articles()] == [seeds[0].id]


def test_a_version_1_file_is_upgraded_and_keeps_its_articles(tmp_path, seeds):
    from geodata.io.store import MIGRATIONS

    def tables(s):
        return {name for (name,) in s._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    # A new file as version 1 made it, its geocoding cache in use.
    path = tmp_path / "db.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "; INSERT INTO geocode_cache VALUES ('basra', NULL); PRAGMA user_version = 1;")
    db.close()
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION == 2
        assert tables(s) == {"articles", "mentions", "reports", "meta"}
        s.add(seeds[:2], analyse)
        before = s.extraction()
    # A version 1 file with articles in it: they stay.
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE geocode_cache (key TEXT PRIMARY KEY, answer TEXT); PRAGMA user_version = 1;")
    db.close()
    with Store.open(path) as s:
        assert s.version == 2 and tables(s) == {"articles", "mentions", "reports", "meta"}
        assert s.extraction() == before and len(s) == 2
